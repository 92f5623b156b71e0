//! Errors of the resolution crate.

use std::path::PathBuf;

/// What can go wrong while reading person lists or writing pairs.
#[derive(Debug, thiserror::Error)]
pub enum ResolveError {
    /// A file could not be opened, read or written.
    #[error("cannot access {path}: {source}")]
    Io {
        /// The file concerned.
        path: PathBuf,
        /// The underlying I/O error.
        source: std::io::Error,
    },
    /// The CSV text could not be parsed.
    #[error("malformed CSV: {0}")]
    Csv(#[from] csv::Error),
    /// No column could be used as a record id.
    #[error("no id column found (expected one of rec_id, record_id, id, or an explicit mapping)")]
    MissingIdColumn,
    /// No column carries a name, so nothing can be compared.
    #[error("no name column found (expected e.g. full_name, first_name/surname, nombre/apellidos)")]
    MissingNameColumn,
    /// An explicit column mapping names a column that is not in the header.
    #[error("mapped column `{0}` is not in the header")]
    UnknownColumn(String),
    /// An explicit column mapping tried to use the truth column.
    #[error("column `{0}` is a ground-truth column and is never read")]
    TruthColumn(String),
}
