//! What reading a list produces: validated rows, rejects with their line, and an account of
//! how the file was read (format, encoding, which column went to which field).

use amparo_domain::{
    CountryCode, NationalId, PartialDate, PersonName, PersonRole, ReleaseKind, ReleaseMeasure, Sex,
};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A field of a list row that a column can feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    /// The list's own row number or record id (id, nro, n°).
    RecordId,
    /// The whole name in one column (nombre completo, nombres y apellidos).
    FullName,
    /// Given names only (nombres, first name).
    GivenNames,
    /// Both surnames in one column (apellidos).
    Surnames,
    /// *Primer apellido*.
    FirstSurname,
    /// *Segundo apellido*.
    SecondSurname,
    /// *Cédula* or another national id number.
    NationalId,
    /// Sex or gender.
    Sex,
    /// Date of birth.
    BirthDate,
    /// Age in years, as the list states it.
    Age,
    /// Nationalities (demonyms, country names or codes).
    Nationality,
    /// Profession, occupation or role (periodista, militar, estudiante...).
    Role,
    /// Date of arrest (*fecha de detención*).
    ArrestDate,
    /// Facility where the person is or was held (*centro de reclusión*).
    Facility,
    /// Venezuelan state (*estado*) or other region of the arrest.
    Region,
    /// Custody status (*situación*, *estatus*, or *estado* when its values say so).
    Status,
    /// A released flag (*excarcelado*: sí/no), a release date or a release description.
    Released,
    /// Date of release (*fecha de excarcelación*).
    ReleaseDate,
    /// Release conditions (*medidas cautelares*).
    Measures,
    /// Free notes (*observaciones*).
    Notes,
}

impl Field {
    /// Every field, in declaration order.
    pub const ALL: &'static [Field] = &[
        Field::RecordId,
        Field::FullName,
        Field::GivenNames,
        Field::Surnames,
        Field::FirstSurname,
        Field::SecondSurname,
        Field::NationalId,
        Field::Sex,
        Field::BirthDate,
        Field::Age,
        Field::Nationality,
        Field::Role,
        Field::ArrestDate,
        Field::Facility,
        Field::Region,
        Field::Status,
        Field::Released,
        Field::ReleaseDate,
        Field::Measures,
        Field::Notes,
    ];

    /// The kebab-case name used in mapping files ("full-name", "arrest-date").
    pub fn as_str(self) -> &'static str {
        match self {
            Field::RecordId => "record-id",
            Field::FullName => "full-name",
            Field::GivenNames => "given-names",
            Field::Surnames => "surnames",
            Field::FirstSurname => "first-surname",
            Field::SecondSurname => "second-surname",
            Field::NationalId => "national-id",
            Field::Sex => "sex",
            Field::BirthDate => "birth-date",
            Field::Age => "age",
            Field::Nationality => "nationality",
            Field::Role => "role",
            Field::ArrestDate => "arrest-date",
            Field::Facility => "facility",
            Field::Region => "region",
            Field::Status => "status",
            Field::Released => "released",
            Field::ReleaseDate => "release-date",
            Field::Measures => "measures",
            Field::Notes => "notes",
        }
    }

    /// Parses the kebab-case name (case, `_` and spaces tolerated).
    pub fn parse(input: &str) -> Option<Field> {
        let key = input.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        Field::ALL.iter().copied().find(|f| f.as_str() == key)
    }

    /// Whether the field carries a date.
    pub fn is_date(self) -> bool {
        matches!(
            self,
            Field::BirthDate | Field::ArrestDate | Field::ReleaseDate | Field::Released
        )
    }

    /// Whether the field is part of the person's name.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            Field::FullName
                | Field::GivenNames
                | Field::Surnames
                | Field::FirstSurname
                | Field::SecondSurname
        )
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The format a file was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "format")]
pub enum Format {
    /// Delimited text: CSV, TSV, semicolon- or pipe-separated.
    Delimited { delimiter: char },
    /// Office Open XML workbook.
    Xlsx,
    /// Legacy Excel workbook.
    Xls,
    /// Excel binary workbook.
    Xlsb,
    /// OpenDocument spreadsheet.
    Ods,
    /// A JSON array of objects.
    Json,
    /// One JSON object per line.
    Jsonl,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Format::Delimited { delimiter: '\t' } => f.write_str("delimited (tab)"),
            Format::Delimited { delimiter } => write!(f, "delimited ({delimiter})"),
            Format::Xlsx => f.write_str("xlsx"),
            Format::Xls => f.write_str("xls"),
            Format::Xlsb => f.write_str("xlsb"),
            Format::Ods => f.write_str("ods"),
            Format::Json => f.write_str("json"),
            Format::Jsonl => f.write_str("jsonl"),
        }
    }
}

/// How dates written with numbers only ("08/01/2026") are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    /// Day, month, year: the Spanish and Latin-American default.
    #[default]
    Dmy,
    /// Month, day, year: lists prepared in the United States.
    Mdy,
}

/// The custody status a list states for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "status")]
pub enum ListStatus {
    /// Held (*detenido*, *preso*, *privado de libertad*).
    Detained,
    /// Released. `kind` is `None` when the list only says "liberado"/"released"
    /// without saying how; measures in the row imply [`ReleaseKind::Conditional`] (or
    /// [`ReleaseKind::HouseArrest`]), and *excarcelado* means conditional by definition.
    Released { kind: Option<ReleaseKind> },
    /// Whereabouts unknown (*desaparecido*, *paradero desconocido*).
    WhereaboutsUnknown,
    /// Dead (*fallecido*).
    Deceased,
}

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
    pub arrest_date: Option<PartialDate>,
    pub release_date: Option<PartialDate>,
    /// The facility as written; the integrator matches it against the gazetteer.
    pub facility: Option<String>,
    /// The Venezuelan state (or region) as written.
    pub region: Option<String>,
    pub measures: Vec<ReleaseMeasure>,
    pub notes: Option<String>,
    /// Things read but not understood, kept so a documenter can look: an unrecognised
    /// status or age, a contradiction between columns.
    pub warnings: Vec<String>,
}

/// A row that could not be read, with the reason in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reject {
    /// The line or sheet row, counted as in [`ListRow::line`].
    pub line: usize,
    /// Why, naming the column and the value ("column 'fecha de detención': invalid
    /// date \"31/02/2025\": ...").
    pub reason: String,
    /// The name on the row, when there was one, so a report can say whose row it was.
    pub name: Option<String>,
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
    pub format: Format,
    /// The sheet read, for workbooks.
    pub sheet: Option<String>,
    /// The line (or sheet row) of the header.
    pub header_line: usize,
    /// Each column header as written, with the field it went to (`None`: ignored).
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
}
