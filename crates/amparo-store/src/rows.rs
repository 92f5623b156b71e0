//! The rows both backends store, built from domain values and back, and the content hash
//! of each row that the audit log records.
//!
//! Every table keeps the whole domain value as JSON in `data` plus the columns queries need
//! (derived from `data`). The content hash covers every column, so that changing one byte of
//! any of them is caught by `verify`.

use crate::StoreError;
use amparo_domain::{AggregateClaim, Announcement, Facility, Fact, Person, Sha256, Source};
use amparo_text::fold;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// SHA-256 over length-prefixed fields, absent fields marked apart from empty ones.
pub fn hash_fields(fields: &[Option<&str>]) -> Sha256 {
    let mut bytes = Vec::with_capacity(512);
    for field in fields {
        match field {
            Some(f) => {
                bytes.push(1);
                bytes.extend_from_slice(&(f.len() as u64).to_be_bytes());
                bytes.extend_from_slice(f.as_bytes());
            }
            None => bytes.push(0),
        }
    }
    Sha256::of(&bytes)
}

fn to_json<T: Serialize>(value: &T) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|e| StoreError::Invalid(format!("cannot encode: {e}")))
}

/// Parses a row's `data`, naming the row when it does not parse.
pub fn from_json<T: DeserializeOwned>(
    kind: &'static str,
    id: &str,
    data: &str,
) -> Result<T, StoreError> {
    serde_json::from_str(data).map_err(|e| StoreError::Corrupt {
        kind,
        id: id.to_owned(),
        reason: e.to_string(),
    })
}

/// A row of `sources`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRow {
    pub id: String,
    pub sha256: Option<String>,
    pub data: String,
    pub original: Option<Vec<u8>>,
}

impl SourceRow {
    pub fn new(source: &Source, original: Option<&[u8]>) -> Result<SourceRow, StoreError> {
        let mut source = source.clone();
        if let Some(bytes) = original {
            source.sha256 = Some(Sha256::of(bytes));
        }
        Ok(SourceRow {
            id: source.id.to_string(),
            sha256: source.sha256.map(|h| h.to_string()),
            data: to_json(&source)?,
            original: original.map(<[u8]>::to_vec),
        })
    }

    pub fn source(&self) -> Result<Source, StoreError> {
        from_json("source", &self.id, &self.data)
    }

    /// The content hash; the original bytes count through their own hash.
    pub fn content_hash(&self) -> Sha256 {
        let original = self.original.as_deref().map(|b| Sha256::of(b).to_string());
        hash_fields(&[
            Some(&self.id),
            self.sha256.as_deref(),
            Some(&self.data),
            original.as_deref(),
        ])
    }
}

/// A row of `persons`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRow {
    pub id: String,
    pub display_name: String,
    /// Every name folded (case and accents aside), separated by `|`, for search.
    pub search_names: String,
    pub national_id: Option<String>,
    pub merged_into: Option<String>,
    pub data: String,
    /// Derived from `data`, so not in the content hash (`verify` checks them against
    /// `data`): every name folded by `amparo_text::fold` between `|`s (the search column),
    /// and the visibility (which reads filter on).
    pub derived: PersonDerived,
}

/// The columns of a person's row that are derived from its `data`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonDerived {
    pub search_folded: String,
    pub visibility: String,
}

impl PersonDerived {
    pub fn of(person: &Person) -> PersonDerived {
        let mut search_folded = String::from("|");
        for n in &person.names {
            search_folded.push_str(&amparo_text::fold(n.as_str()));
            search_folded.push('|');
        }
        PersonDerived {
            search_folded,
            visibility: person.visibility.as_str().to_owned(),
        }
    }
}

impl PersonRow {
    pub fn new(person: &Person) -> Result<PersonRow, StoreError> {
        Ok(PersonRow {
            id: person.id.to_string(),
            display_name: person.display_name().to_owned(),
            search_names: person
                .names
                .iter()
                .map(|n| fold(n.as_str()))
                .collect::<Vec<_>>()
                .join("|"),
            national_id: person.national_id.as_ref().map(|n| n.digits().to_owned()),
            merged_into: person.merged_into.map(|p| p.to_string()),
            data: to_json(person)?,
            derived: PersonDerived::of(person),
        })
    }

    pub fn person(&self) -> Result<Person, StoreError> {
        from_json("person", &self.id, &self.data)
    }

    pub fn content_hash(&self) -> Sha256 {
        hash_fields(&[
            Some(&self.id),
            Some(&self.display_name),
            Some(&self.search_names),
            self.national_id.as_deref(),
            self.merged_into.as_deref(),
            Some(&self.data),
        ])
    }
}

/// A row of `facts`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactRow {
    pub id: String,
    pub person_id: String,
    pub kind: String,
    pub date: String,
    /// The first day of the date, YYYY-MM-DD, which sorts as text.
    pub date_first: String,
    pub verification: String,
    pub review: String,
    pub supersedes: Option<String>,
    pub data: String,
    /// The custody projection of `data` (a [`amparo_domain::CustodyEvent`] as JSON) for the
    /// kinds the custody rules read, so whole-registry reads skip the citations. Derived,
    /// so not in the content hash: `verify` checks it against `data` instead.
    pub custody: Option<String>,
    /// The sources the fact cites, each once (the `fact_sources` rows written beside it).
    /// Derived, so not in the content hash; empty on rows read back.
    pub sources: Vec<String>,
}

/// The custody projection a fact's row carries.
pub fn custody_of(fact: &Fact) -> Result<Option<String>, StoreError> {
    amparo_domain::CustodyEvent::from_fact(fact, false)
        .map(|e| to_json(&e))
        .transpose()
}

/// The sources a fact cites, each once, in the order of its citations.
pub fn sources_of(fact: &Fact) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(fact.citations().len());
    for c in fact.citations() {
        let id = c.source.to_string();
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

impl FactRow {
    pub fn new(fact: &Fact) -> Result<FactRow, StoreError> {
        Ok(FactRow {
            id: fact.id.to_string(),
            person_id: fact.person.to_string(),
            kind: fact.kind.fact_type().as_str().to_owned(),
            date: fact.date.to_string(),
            date_first: fact.date.first_day().format("%Y-%m-%d").to_string(),
            verification: fact.verification.as_str().to_owned(),
            review: fact.review.as_str().to_owned(),
            supersedes: fact.supersedes.map(|f| f.to_string()),
            data: to_json(fact)?,
            custody: custody_of(fact)?,
            sources: sources_of(fact),
        })
    }

    pub fn fact(&self) -> Result<Fact, StoreError> {
        from_json("fact", &self.id, &self.data)
    }

    pub fn content_hash(&self) -> Sha256 {
        hash_fields(&[
            Some(&self.id),
            Some(&self.person_id),
            Some(&self.kind),
            Some(&self.date),
            Some(&self.date_first),
            Some(&self.verification),
            Some(&self.review),
            self.supersedes.as_deref(),
            Some(&self.data),
        ])
    }
}

/// A row of a table that holds only an id (or key) and its JSON: retractions, facilities,
/// announcements, claims.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataRow {
    pub id: String,
    pub data: String,
}

impl DataRow {
    pub fn new<T: Serialize>(id: String, value: &T) -> Result<DataRow, StoreError> {
        Ok(DataRow {
            id,
            data: to_json(value)?,
        })
    }

    pub fn content_hash(&self) -> Sha256 {
        hash_fields(&[Some(&self.id), Some(&self.data)])
    }
}

/// The audit entity and id of each kind of row.
pub fn facility_row(f: &Facility) -> Result<DataRow, StoreError> {
    DataRow::new(fold(&f.name), f)
}

pub fn announcement_row(a: &Announcement) -> Result<DataRow, StoreError> {
    DataRow::new(a.id.to_string(), a)
}

pub fn proposal_row(p: &amparo_domain::Proposal) -> Result<DataRow, StoreError> {
    DataRow::new(p.id.to_string(), p)
}

pub fn claim_row(c: &AggregateClaim) -> Result<DataRow, StoreError> {
    DataRow::new(c.id.to_string(), c)
}

/// The content hash of a `proposals` row: every column.
pub fn proposal_hash(id: &str, source_id: &str, state: &str, data: &str) -> Sha256 {
    hash_fields(&[Some(id), Some(source_id), Some(state), Some(data)])
}

/// A write with the part that needs no database done: its row built, its content hash
/// computed. The batch writer prepares the next writes on another thread while the
/// database writes the previous ones.
pub enum Prepared {
    Person(amparo_domain::PersonId, PersonRow, Sha256),
    Fact(Box<Fact>, FactRow, Sha256),
    /// The writes that are rare in bulk are built as they are written.
    Other(Box<crate::Write>),
}

/// Prepares `writes`, in order.
pub fn prepare(writes: Vec<crate::Write>) -> Result<Vec<Prepared>, StoreError> {
    writes
        .into_iter()
        .map(|write| {
            Ok(match write {
                crate::Write::Person(person) => {
                    let row = PersonRow::new(&person)?;
                    let hash = row.content_hash();
                    Prepared::Person(person.id, row, hash)
                }
                crate::Write::Fact(fact) => {
                    let row = FactRow::new(&fact)?;
                    let hash = row.content_hash();
                    Prepared::Fact(Box::new(fact), row, hash)
                }
                other => Prepared::Other(Box::new(other)),
            })
        })
        .collect()
}
