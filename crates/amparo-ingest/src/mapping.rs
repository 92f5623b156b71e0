//! An explicit column mapping, for lists whose headers are not recognised or are
//! recognised wrongly. Written as a small TOML or JSON file:
//!
//! ```toml
//! sheet = "Detenidos"          # workbooks: which sheet (default: the first)
//! delimiter = ";"              # delimited text: , ; | or "tab" (default: guessed)
//! encoding = "windows-1252"    # text: any WHATWG label (default: guessed)
//! date_order = "mdy"           # dmy (default) or mdy
//!
//! [columns]
//! "Nombre del privado de libertad" = "full-name"
//! "Cárcel" = "facility"
//! "Estado" = "region"
//! "Columna interna" = "ignore"
//! ```
//!
//! Column names are compared folded (case, accents and punctuation ignored). Columns the
//! mapping does not name are still recognised from their headers.

use crate::IngestError;
use crate::model::{DateOrder, Field};
use crate::text::fold;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Overrides for reading one list. Deserialises from the file form above, so it can also
/// sit inside a larger configuration.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(try_from = "MappingFile")]
pub struct Mapping {
    /// Column header (folded) → field, or `None` to ignore the column.
    columns: Vec<(String, Option<Field>)>,
    /// The sheet to read in a workbook.
    pub sheet: Option<String>,
    /// The delimiter of a delimited text file.
    pub delimiter: Option<u8>,
    /// The text encoding, as an `encoding_rs` encoding.
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// How numeric dates are ordered.
    pub date_order: Option<DateOrder>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MappingFile {
    sheet: Option<String>,
    delimiter: Option<String>,
    encoding: Option<String>,
    date_order: Option<DateOrder>,
    #[serde(default)]
    columns: BTreeMap<String, String>,
}

impl Mapping {
    /// Parses a mapping file, as TOML unless the name ends in `.json` or the text starts
    /// with `{`.
    pub fn parse(text: &str, name_hint: &str) -> Result<Mapping, IngestError> {
        if name_hint.to_ascii_lowercase().ends_with(".json") || text.trim_start().starts_with('{') {
            Mapping::from_json(text)
        } else {
            Mapping::from_toml(text)
        }
    }

    /// Parses the TOML form.
    pub fn from_toml(text: &str) -> Result<Mapping, IngestError> {
        let file: MappingFile =
            toml::from_str(text).map_err(|e| IngestError::Mapping(e.to_string()))?;
        Mapping::from_file(file)
    }

    /// Parses the JSON form (the same keys as the TOML form).
    pub fn from_json(text: &str) -> Result<Mapping, IngestError> {
        let file: MappingFile =
            serde_json::from_str(text).map_err(|e| IngestError::Mapping(e.to_string()))?;
        Mapping::from_file(file)
    }

    fn from_file(file: MappingFile) -> Result<Mapping, IngestError> {
        Mapping::try_from(file)
    }

    /// Adds (or replaces) one column: `target` is a field name ("full-name") or "ignore".
    pub fn with_column(mut self, column: &str, target: &str) -> Result<Mapping, IngestError> {
        let field = match target.trim() {
            "ignore" | "-" | "" => None,
            other => Some(Field::parse(other).ok_or_else(|| {
                let names: Vec<&str> = Field::ALL.iter().map(|f| f.as_str()).collect();
                IngestError::Mapping(format!(
                    "column {column:?}: unknown field {other:?}; expected one of {} or ignore",
                    names.join(", ")
                ))
            })?),
        };
        let key = fold(column);
        self.columns.retain(|(k, _)| *k != key);
        self.columns.push((key, field));
        Ok(self)
    }

    /// What the mapping says about a column header: `Some(Some(field))`, `Some(None)` for
    /// ignore, `None` when the mapping does not name it.
    pub fn column(&self, header: &str) -> Option<Option<Field>> {
        let key = fold(header);
        self.columns
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, field)| *field)
    }

    /// Whether the mapping names any column.
    pub fn has_columns(&self) -> bool {
        !self.columns.is_empty()
    }
}

impl TryFrom<MappingFile> for Mapping {
    type Error = IngestError;

    fn try_from(file: MappingFile) -> Result<Mapping, IngestError> {
        let mut mapping = Mapping {
            sheet: file.sheet,
            date_order: file.date_order,
            ..Mapping::default()
        };
        for (column, target) in file.columns {
            mapping = mapping.with_column(&column, &target)?;
        }
        if let Some(d) = file.delimiter {
            mapping.delimiter = Some(match d.as_str() {
                "tab" | "\\t" | "\t" => b'\t',
                "," | ";" | "|" | ":" => d.as_bytes()[0],
                other => {
                    return Err(IngestError::Mapping(format!(
                        "delimiter {other:?}: expected , ; | : or \"tab\""
                    )));
                }
            });
        }
        if let Some(label) = file.encoding {
            mapping.encoding = Some(
                encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
                    IngestError::Mapping(format!(
                        "encoding {label:?}: expected utf-8, windows-1252, latin1, utf-16le..."
                    ))
                })?,
            );
        }
        Ok(mapping)
    }
}
