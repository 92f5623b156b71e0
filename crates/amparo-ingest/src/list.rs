//! What reading a list produces: validated rows (with the warnings about cells that could not
//! be taken, and the columns no field took), rejects with their line, and an account of how
//! the file was read (format, encoding and its doubtful bytes, which column went where).

use crate::model::{DateOrder, Field, Format, ListStatus};
use amparo_domain::{
    CountryCode, NationalId, PartialDate, PersonName, PersonRole, ReleaseMeasure, Sex,
};
use serde::Serialize;
use std::fmt;

/// One person as a list gives them, validated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListRow {
    /// The 1-based line (text formats, where the record starts) or sheet row (spreadsheets)
    /// as a person would count it in an editor; the header is usually line 1. For a JSON
    /// array it is the line where the object starts.
    pub line: usize,
    /// The list's own id or row number.
    pub record_id: Option<String>,
    /// The person's names, never empty: the first is the name as the list writes it (the
    /// full-name column, else given names then surnames); then the other form when both a
    /// full name and separate parts are given and differ.
    pub names: Vec<PersonName>,
    /// The full-name column as written.
    pub full_name: Option<String>,
    /// Given names, when the list has them apart.
    pub given_names: Option<String>,
    /// Surnames, when the list has them apart (first and second joined by a space).
    pub surnames: Option<String>,
    /// Restricted: the *cédula*.
    pub national_id: Option<NationalId>,
    pub sex: Option<Sex>,
    pub birth_date: Option<PartialDate>,
    /// Age in years as stated (the list's date, not today's).
    pub age: Option<u32>,
    pub nationalities: Vec<CountryCode>,
    pub roles: Vec<PersonRole>,
    /// The occupation or role column as written.
    pub occupation: Option<String>,
    pub status: Option<ListStatus>,
    /// The status cell(s) as written, e.g. "Excarcelado con medidas".
    pub status_text: Option<String>,
    /// The date the list gives the status (a status-date column); the status facts are
    /// dated by it rather than by the list's own date.
    pub status_date: Option<PartialDate>,
    pub arrest_date: Option<PartialDate>,
    pub release_date: Option<PartialDate>,
    /// The facility as written; the integrator matches it against the gazetteer.
    pub facility: Option<String>,
    /// The Venezuelan state (or region) as written.
    pub region: Option<String>,
    pub measures: Vec<ReleaseMeasure>,
    pub notes: Option<String>,
    /// Every column no field took, with its value (header as written, value trimmed), in
    /// column order: nothing in a row is lost. The importer keeps them with the person's
    /// restricted notes. Cells past the last header are named "column N" (1-based).
    pub extra: Vec<(String, String)>,
    /// Cells read but not taken as they stood (a date that is no date, a status not
    /// understood, a cell cut to length, a byte that was not text) and contradictions
    /// between columns. The row came in without (or with less of) those values; see
    /// [`ListRow::needs_review`].
    pub warnings: Vec<RowWarning>,
}

impl ListRow {
    /// Whether a warning touches a field the row's facts or the person's identity rest on
    /// (see [`Field::matters_for_review`]): the importer should queue such a row for a
    /// documenter rather than publish its facts as read.
    pub fn needs_review(&self) -> bool {
        self.warnings.iter().any(RowWarning::matters_for_review)
    }
}

/// A cell (or the row as a whole) that could not be taken as it stood; the row was kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowWarning {
    /// The line of the row, counted as in [`ListRow::line`].
    pub line: usize,
    /// The column header as written; `None` for a warning about the row as a whole (two
    /// columns that contradict each other).
    pub column: Option<String>,
    /// The field the column feeds (or the warning is about).
    pub field: Option<Field>,
    /// The value as written, shortened to 80 characters for display.
    pub value: Option<String>,
    /// What was wrong, in words.
    pub reason: String,
}

impl RowWarning {
    /// Whether the warning is about a field that sends the row to review.
    pub fn matters_for_review(&self) -> bool {
        self.field.is_some_and(Field::matters_for_review)
    }
}

impl fmt::Display for RowWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}", self.line)?;
        if let Some(column) = &self.column {
            write!(f, ", column '{column}'")?;
        }
        if let Some(value) = &self.value {
            write!(f, ", value {value:?}")?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// A row that could not be read, with the reason in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reject {
    /// The line or sheet row, counted as in [`ListRow::line`].
    pub line: usize,
    /// The column at fault, when one is ("Nombre").
    pub column: Option<String>,
    /// The value at fault, shortened to 80 characters for display.
    pub value: Option<String>,
    /// Why, naming the column and the value ("no usable name: \"12345\" has digits in it").
    pub reason: String,
    /// The name on the row, when there was one, so a report can say whose row it was.
    pub name: Option<String>,
}

/// Something about the file as a whole: today, bytes that are not text in the encoding the
/// file was read in (each is U+FFFD in its cell).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReadWarning {
    /// The 1-based line of the file.
    pub line: usize,
    /// The 0-based byte offset in the file, when the warning is about one place.
    pub offset: Option<usize>,
    /// What was wrong, in words.
    pub reason: String,
}

impl fmt::Display for ReadWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.offset {
            Some(offset) => write!(f, "line {}, byte {offset}: {}", self.line, self.reason),
            None => write!(f, "line {}: {}", self.line, self.reason),
        }
    }
}

/// Everything read from one file. Every data row is accounted for:
/// `rows_read == rows.len() + rejects.len() + blank`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListRead {
    pub rows: Vec<ListRow>,
    pub rejects: Vec<Reject>,
    /// Rows with nothing in them (or only a row number), skipped.
    pub blank: usize,
    /// Data rows after the header.
    pub rows_read: usize,
    /// "UTF-8", "UTF-8 (BOM)", "windows-1252", "UTF-16LE"...; "binary" for workbooks.
    pub encoding: &'static str,
    /// Warnings about the file as a whole (bytes that are not UTF-8 in a UTF-8 file).
    pub warnings: Vec<ReadWarning>,
    pub format: Format,
    /// The sheet read, for workbooks.
    pub sheet: Option<String>,
    /// The line (or sheet row) of the header.
    pub header_line: usize,
    /// Each column header as written, with the field it went to (`None`: not understood,
    /// or a second column for a field that takes one; its values are in [`ListRow::extra`]).
    pub columns: Vec<(String, Option<Field>)>,
    /// How numeric dates were read (from the mapping, else guessed from the values,
    /// else day-month-year).
    pub date_order: DateOrder,
}

impl ListRead {
    /// Whether the counts add up (they always should).
    pub fn is_accounted(&self) -> bool {
        self.rows_read == self.rows.len() + self.rejects.len() + self.blank
    }

    /// The columns that no field took.
    pub fn ignored_columns(&self) -> impl Iterator<Item = &str> {
        self.columns
            .iter()
            .filter(|(_, f)| f.is_none())
            .map(|(name, _)| name.as_str())
    }

    /// The rows the importer should queue for review (see [`ListRow::needs_review`]).
    pub fn rows_needing_review(&self) -> impl Iterator<Item = &ListRow> {
        self.rows.iter().filter(|r| r.needs_review())
    }

    /// Every row warning, in row order.
    pub fn row_warnings(&self) -> impl Iterator<Item = &RowWarning> {
        self.rows.iter().flat_map(|r| &r.warnings)
    }
}
