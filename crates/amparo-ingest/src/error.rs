//! Why a whole file could not be read. Problems with single rows are not errors: they
//! become [`crate::Reject`]s with a line number.

use thiserror::Error;

/// Why a file (or a mapping file) could not be read at all.
#[derive(Debug, Error)]
pub enum IngestError {
    /// The file is empty, or has no row at all.
    #[error("the file is empty")]
    Empty,
    /// The bytes are not a format this importer reads.
    #[error("cannot tell the format of {name:?}: expected CSV/TSV, XLSX, XLS, ODS, JSON or JSONL")]
    UnknownFormat { name: String },
    /// A workbook that the spreadsheet reader could not open or read.
    #[error("cannot read the workbook: {0}")]
    Workbook(String),
    /// The mapping names a sheet the workbook does not have.
    #[error("the workbook has no sheet {name:?}; its sheets are: {available}")]
    SheetNotFound { name: String, available: String },
    /// The CSV reader failed (rare: the text is decoded before it is parsed).
    #[error("cannot read the delimited text near line {line}: {message}")]
    Csv { line: u64, message: String },
    /// JSON that does not parse, or is not an array of objects / one object per line.
    #[error("invalid JSON at line {line}: {message}")]
    Json { line: usize, message: String },
    /// No column was recognised as a name, so no row could name a person.
    #[error(
        "no column was recognised as a name (nombre, apellidos, nombre completo, full name); \
         the columns are: {columns}; write a mapping file to say which is which"
    )]
    NoNameColumn { columns: String },
    /// More header cells than any person list has: the file is refused whole.
    #[error("the table has {count} columns; a list has at most {max}: is this the right file?")]
    TooManyColumns { count: usize, max: usize },
    /// A mapping file that does not parse or names an unknown field or encoding.
    #[error("invalid mapping: {0}")]
    Mapping(String),
}
