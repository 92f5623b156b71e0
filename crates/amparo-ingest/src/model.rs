//! The vocabulary of reading a list: the fields a column can feed, the formats, the order of
//! numeric dates, and the custody statuses a list states.

use amparo_domain::ReleaseKind;
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
    /// The date the status was true or began (*fecha del estatus*, status date).
    StatusDate,
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
        Field::StatusDate,
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
            Field::StatusDate => "status-date",
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
            Field::BirthDate
                | Field::ArrestDate
                | Field::ReleaseDate
                | Field::StatusDate
                | Field::Released
        )
    }

    /// Whether a value of this field that could not be read (or was cut or damaged) should
    /// send the row to review: the fields the row's facts are made of (dates, status,
    /// release, measures, facility, nationality, role) and those that say who the person
    /// is (the name parts, the *cédula*). Record id, sex, birth date, age, region and
    /// notes do not: the row's facts stand without them.
    pub fn matters_for_review(self) -> bool {
        !matches!(
            self,
            Field::RecordId
                | Field::Sex
                | Field::BirthDate
                | Field::Age
                | Field::Region
                | Field::Notes
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
