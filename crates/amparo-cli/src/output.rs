//! The stable JSON shapes of the commands (documented in docs/json.md) and small helpers
//! for the human-readable output.

use amparo_domain::{CustodyStatus, FactId, Person, ReleaseMeasure};
use amparo_store::StoredFact;
use serde::Serialize;
use std::collections::HashMap;

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    use std::io::Write as _;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

/// `{"id": ...}`: what a command that creates something prints with --json.
#[derive(Serialize)]
pub struct Created {
    pub id: String,
}

/// What a command that creates something prints: the id, or `{"id": ...}` with --json.
pub fn print_created(id: impl std::fmt::Display, json: bool) -> anyhow::Result<()> {
    if json {
        print_json(&Created { id: id.to_string() })
    } else {
        println!("{id}");
        Ok(())
    }
}

/// A derived status, as JSON.
#[derive(Serialize)]
pub struct StatusJson {
    pub state: String,
    /// The state with "(release announced)" when an unconfirmed release is pending.
    pub label: String,
    pub since: Option<String>,
    pub facility: Option<String>,
    pub measures: Vec<String>,
    pub decided_by: Vec<FactId>,
    pub release_announced: Option<FactId>,
    pub conflicts: Vec<ConflictJson>,
}

#[derive(Serialize)]
pub struct ConflictJson {
    pub overruled: FactId,
    pub prevailing: FactId,
    pub reason: String,
}

impl From<&CustodyStatus> for StatusJson {
    fn from(s: &CustodyStatus) -> StatusJson {
        StatusJson {
            state: s.state.to_string(),
            label: s.label(),
            since: s.since.map(|d| d.to_string()),
            facility: s.facility.clone(),
            measures: s.measures.iter().map(ReleaseMeasure::to_string).collect(),
            decided_by: s.decided_by.clone(),
            release_announced: s.release_announced,
            conflicts: s
                .conflicts
                .iter()
                .map(|c| ConflictJson {
                    overruled: c.overruled,
                    prevailing: c.prevailing,
                    reason: c.reason.clone(),
                })
                .collect(),
        }
    }
}

/// A fact with its citations resolved to their publishers, as `person show` gives it.
#[derive(Serialize)]
pub struct FactJson {
    pub id: FactId,
    pub kind: String,
    pub date: String,
    pub verification: String,
    pub review: String,
    /// The kind's own data (facility, release kind and measures, offences...).
    pub details: serde_json::Value,
    pub citations: Vec<CitationJson>,
    pub supersedes: Option<FactId>,
    /// The reason it was retracted, if it was.
    pub retracted: Option<String>,
    /// Whether this fact decided the derived status.
    pub decides_status: bool,
}

#[derive(Serialize)]
pub struct CitationJson {
    pub source: String,
    pub publisher: Option<String>,
    pub excerpt: Option<String>,
    pub locator: Option<String>,
}

impl FactJson {
    pub fn new(
        stored: &StoredFact,
        status: &CustodyStatus,
        publishers: &HashMap<String, String>,
    ) -> FactJson {
        let fact = &stored.fact;
        FactJson {
            id: fact.id,
            kind: fact.kind.fact_type().to_string(),
            date: fact.date.to_string(),
            verification: fact.verification.to_string(),
            review: fact.review.to_string(),
            details: serde_json::to_value(&fact.kind).unwrap_or(serde_json::Value::Null),
            citations: fact
                .citations()
                .iter()
                .map(|c| CitationJson {
                    source: c.source.to_string(),
                    publisher: publishers.get(&c.source.to_string()).cloned(),
                    excerpt: c.excerpt.clone(),
                    locator: c.locator.clone(),
                })
                .collect(),
            supersedes: fact.supersedes,
            retracted: stored.retraction.clone(),
            decides_status: status.decided_by.contains(&fact.id),
        }
    }
}

/// `person show --json`.
#[derive(Serialize)]
pub struct PersonShow<'a> {
    pub person: &'a Person,
    pub as_of: String,
    pub status: StatusJson,
    pub facts: Vec<FactJson>,
}

/// One line of a person in `status` and `person list`.
#[derive(Serialize)]
pub struct PersonLine {
    pub id: String,
    pub name: String,
    #[serde(flatten)]
    pub status: StatusJson,
}

/// A short human description of a status: "in-custody since 2024-02-09 at El Helicoide".
pub fn describe(status: &StatusJson) -> String {
    let mut text = status.label.clone();
    if let Some(since) = &status.since {
        text.push_str(&format!(" since {since}"));
    }
    if let Some(f) = &status.facility {
        text.push_str(&format!(" at {f}"));
    }
    if !status.measures.is_empty() {
        text.push_str(&format!(" [{}]", status.measures.join(", ")));
    }
    if !status.conflicts.is_empty() {
        text.push_str(&format!(" ({} conflict(s))", status.conflicts.len()));
    }
    text
}
