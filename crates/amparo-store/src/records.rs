//! The rows of a registry as an export carries them: one JSON object a line, `"type"`
//! first, every column as stored (the `data` JSON embedded byte for byte, originals in
//! base64), so that a restore writes the very rows whose content hashes the audit log holds.
//! Derived columns (search names folded, visibility, the custody projection) are not
//! carried: a restore computes them again from `data`.

use crate::StoreError;
use crate::archive::Checkpoint;
use crate::rows::{DataRow, FactRow, PersonDerived, PersonRow, SourceRow};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

/// An audit row, every column as text so that an altered row is carried as it is (and
/// found by whoever verifies the export).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRecord {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: String,
    pub reason: Option<String>,
    pub content_hash: String,
    pub prev_hash: String,
    pub hash: String,
}

impl AuditRecord {
    /// The row as the verifier reads it.
    pub fn raw(self) -> crate::sql::verify::RawAudit {
        (
            self.seq,
            self.at,
            self.actor,
            self.action,
            self.entity,
            self.entity_id,
            self.reason,
            self.content_hash,
            self.prev_hash,
            self.hash,
        )
    }
}

/// A source with its original bytes.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SourceRecord {
    pub id: String,
    pub sha256: Option<String>,
    pub data: Box<RawValue>,
    #[serde(with = "base64_bytes", default)]
    pub original: Option<Vec<u8>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PersonRecord {
    pub id: String,
    pub display_name: String,
    pub search_names: String,
    pub national_id: Option<String>,
    pub merged_into: Option<String>,
    pub data: Box<RawValue>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FactRecord {
    pub id: String,
    pub person_id: String,
    pub kind: String,
    pub date: String,
    pub date_first: String,
    pub verification: String,
    pub review: String,
    pub supersedes: Option<String>,
    pub data: Box<RawValue>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProposalRecord {
    pub id: String,
    pub source_id: String,
    pub state: String,
    pub data: Box<RawValue>,
}

/// A row of the tables that hold an id and its JSON.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DataRecord {
    pub id: String,
    pub data: Box<RawValue>,
}

/// One row of an export.
#[derive(Debug, Clone)]
pub enum Record {
    Audit(AuditRecord),
    Source(SourceRecord),
    Person(PersonRecord),
    Fact(FactRecord),
    Retraction(DataRecord),
    Proposal(ProposalRecord),
    Facility(DataRecord),
    Announcement(DataRecord),
    Claim(DataRecord),
    Checkpoint(Checkpoint),
}

/// The `"type"` of every kind of record, in the order an export writes them.
pub const RECORD_TYPES: [&str; 10] = [
    "audit",
    "source",
    "person",
    "fact",
    "retraction",
    "proposal",
    "facility",
    "announcement",
    "claim",
    "checkpoint",
];

#[derive(Deserialize)]
struct Tag {
    #[serde(rename = "type")]
    kind: String,
}

/// The `"type"` of a line of an export.
pub fn line_type(line: &str) -> Result<String, StoreError> {
    serde_json::from_str::<Tag>(line)
        .map(|t| t.kind)
        .map_err(|e| StoreError::Invalid(format!("not a line of an amparo export: {e}")))
}

fn parse<T: DeserializeOwned>(line: &str) -> Result<T, StoreError> {
    serde_json::from_str(line).map_err(|e| StoreError::Invalid(format!("unreadable record: {e}")))
}

/// Embeds stored JSON text as it is; a row whose `data` is not JSON was altered.
pub fn raw_json(kind: &'static str, id: &str, data: String) -> Result<Box<RawValue>, StoreError> {
    RawValue::from_string(data).map_err(|e| StoreError::Corrupt {
        kind,
        id: id.to_owned(),
        reason: e.to_string(),
    })
}

impl Record {
    /// The record's `"type"`.
    pub fn kind(&self) -> &'static str {
        match self {
            Record::Audit(_) => "audit",
            Record::Source(_) => "source",
            Record::Person(_) => "person",
            Record::Fact(_) => "fact",
            Record::Retraction(_) => "retraction",
            Record::Proposal(_) => "proposal",
            Record::Facility(_) => "facility",
            Record::Announcement(_) => "announcement",
            Record::Claim(_) => "claim",
            Record::Checkpoint(_) => "checkpoint",
        }
    }

    /// One line of JSON (without its newline), `"type"` first.
    pub fn to_line(&self) -> Result<String, StoreError> {
        let body = match self {
            Record::Audit(r) => serde_json::to_string(r),
            Record::Source(r) => serde_json::to_string(r),
            Record::Person(r) => serde_json::to_string(r),
            Record::Fact(r) => serde_json::to_string(r),
            Record::Proposal(r) => serde_json::to_string(r),
            Record::Retraction(r)
            | Record::Facility(r)
            | Record::Announcement(r)
            | Record::Claim(r) => serde_json::to_string(r),
            Record::Checkpoint(r) => serde_json::to_string(r),
        }
        .map_err(|e| StoreError::Invalid(format!("cannot encode a record: {e}")))?;
        // Every record is a JSON object with fields: `{` then the fields.
        Ok(format!("{{\"type\":\"{}\",{}", self.kind(), &body[1..]))
    }

    /// Parses a line whose `"type"` is `kind`; `None` for a type that is not a row (an
    /// export's header and manifest).
    pub fn from_line(kind: &str, line: &str) -> Result<Option<Record>, StoreError> {
        Ok(Some(match kind {
            "audit" => Record::Audit(parse(line)?),
            "source" => Record::Source(parse(line)?),
            "person" => Record::Person(parse(line)?),
            "fact" => Record::Fact(parse(line)?),
            "retraction" => Record::Retraction(parse(line)?),
            "proposal" => Record::Proposal(parse(line)?),
            "facility" => Record::Facility(parse(line)?),
            "announcement" => Record::Announcement(parse(line)?),
            "claim" => Record::Claim(parse(line)?),
            "checkpoint" => Record::Checkpoint(parse(line)?),
            _ => return Ok(None),
        }))
    }
}

impl SourceRecord {
    pub fn row(self) -> SourceRow {
        SourceRow {
            id: self.id,
            sha256: self.sha256,
            data: self.data.get().to_owned(),
            original: self.original,
        }
    }
}

impl PersonRecord {
    /// The row, its derived columns computed from `data`.
    pub fn row(self) -> Result<PersonRow, StoreError> {
        let data = self.data.get().to_owned();
        let person: amparo_domain::Person = crate::rows::from_json("person", &self.id, &data)?;
        Ok(PersonRow {
            id: self.id,
            display_name: self.display_name,
            search_names: self.search_names,
            national_id: self.national_id,
            merged_into: self.merged_into,
            data,
            derived: PersonDerived::of(&person),
        })
    }
}

impl FactRecord {
    /// The row, its custody projection computed from `data`.
    pub fn row(self) -> Result<FactRow, StoreError> {
        let mut row = FactRow {
            id: self.id,
            person_id: self.person_id,
            kind: self.kind,
            date: self.date,
            date_first: self.date_first,
            verification: self.verification,
            review: self.review,
            supersedes: self.supersedes,
            data: self.data.get().to_owned(),
            custody: None,
            sources: Vec::new(),
        };
        let fact = row.fact()?;
        row.custody = crate::rows::custody_of(&fact)?;
        row.sources = crate::rows::sources_of(&fact);
        Ok(row)
    }

    /// The row without its derived column, for its content hash alone.
    pub fn bare_row(&self) -> FactRow {
        FactRow {
            id: self.id.clone(),
            person_id: self.person_id.clone(),
            kind: self.kind.clone(),
            date: self.date.clone(),
            date_first: self.date_first.clone(),
            verification: self.verification.clone(),
            review: self.review.clone(),
            supersedes: self.supersedes.clone(),
            data: self.data.get().to_owned(),
            custody: None,
            sources: Vec::new(),
        }
    }
}

impl DataRecord {
    pub fn row(&self) -> DataRow {
        DataRow {
            id: self.id.clone(),
            data: self.data.get().to_owned(),
        }
    }
}

/// Original bytes as base64 text.
mod base64_bytes {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
        match bytes {
            Some(b) => s.serialize_some(&STANDARD.encode(b)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
        let text: Option<String> = Option::deserialize(d)?;
        text.map(|t| STANDARD.decode(t).map_err(serde::de::Error::custom))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_line_keeps_stored_json_byte_for_byte() {
        let data = r#"{"b":1,"a":"ñ \"x\""}"#;
        let record = Record::Facility(DataRecord {
            id: "rodeo i".into(),
            data: raw_json("facility", "rodeo i", data.into()).unwrap(),
        });
        let line = record.to_line().unwrap();
        assert!(line.starts_with(r#"{"type":"facility","#), "{line}");
        assert_eq!(line_type(&line).unwrap(), "facility");
        let Some(Record::Facility(back)) = Record::from_line("facility", &line).unwrap() else {
            panic!("not a facility: {line}");
        };
        assert_eq!(back.data.get(), data);
    }

    #[test]
    fn originals_travel_as_base64() {
        let record = Record::Source(SourceRecord {
            id: "s".into(),
            sha256: None,
            data: raw_json("source", "s", "{}".into()).unwrap(),
            original: Some(vec![0, 255, 10]),
        });
        let line = record.to_line().unwrap();
        assert!(line.contains(r#""original":"AP8K""#), "{line}");
        let Some(Record::Source(back)) = Record::from_line("source", &line).unwrap() else {
            panic!("not a source");
        };
        assert_eq!(back.original, Some(vec![0, 255, 10]));
    }
}
