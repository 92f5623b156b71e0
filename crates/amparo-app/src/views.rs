//! The shapes use cases return, serialised as the command line's `--json` prints them and
//! as the web's API answers (documented in docs/json.md). Public views carry no field the
//! public may not see: they cannot leak one by mistake.

use amparo_domain::{
    CountryCode, CustodyStatus, FactId, Person, PersonId, PersonRole, ReleaseMeasure, Sex,
};
use amparo_store::StoredFact;
use amparo_text::Lang;
use serde::Serialize;
use std::collections::HashMap;

/// `{"id": ...}`: what a use case that creates something returns.
#[derive(Debug, Clone, Serialize)]
pub struct Created {
    pub id: String,
}

/// A derived status.
#[derive(Debug, Clone, Serialize)]
pub struct StatusView {
    pub state: String,
    /// The state with "(release announced)" when an unconfirmed release is pending.
    pub label: String,
    pub since: Option<String>,
    /// When the status comes from a list without a date of its own: the list's date (the
    /// change happened on or before it; `since` is then unknown).
    pub observed_by: Option<String>,
    pub facility: Option<String>,
    pub measures: Vec<String>,
    pub decided_by: Vec<FactId>,
    pub release_announced: Option<FactId>,
    pub conflicts: Vec<ConflictView>,
}

/// A disagreement between sources that the derivation saw.
#[derive(Debug, Clone, Serialize)]
pub struct ConflictView {
    pub kind: String,
    pub overruled: FactId,
    pub prevailing: FactId,
    pub reason: String,
    /// The conflict in words: which sources say what, and why one prevails.
    pub explanation: String,
}

impl From<&CustodyStatus> for StatusView {
    fn from(s: &CustodyStatus) -> StatusView {
        StatusView::new(s, &HashMap::new(), Lang::Es)
    }
}

impl StatusView {
    /// The view of a status, its conflicts explained in `lang` with sources named by
    /// their publishers.
    pub fn new(s: &CustodyStatus, publishers: &HashMap<String, String>, lang: Lang) -> StatusView {
        StatusView {
            state: s.state.to_string(),
            label: s.label(),
            since: s.since.map(|d| d.to_string()),
            observed_by: s.observed_by.map(|d| d.to_string()),
            facility: s.facility.clone(),
            measures: s.measures.iter().map(ReleaseMeasure::to_string).collect(),
            decided_by: s.decided_by.clone(),
            release_announced: s.release_announced,
            conflicts: s
                .conflicts
                .iter()
                .map(|c| ConflictView {
                    kind: c.kind.to_string(),
                    overruled: c.overruled,
                    prevailing: c.prevailing,
                    reason: c.reason.clone(),
                    explanation: c.explain(lang, |id| publishers.get(&id.to_string()).cloned()),
                })
                .collect(),
        }
    }
}

impl StatusView {
    /// A short human description: "in-custody since 2024-02-09 at El Helicoide".
    pub fn describe(&self) -> String {
        let mut text = self.label.clone();
        if let Some(since) = &self.since {
            text.push_str(&format!(" since {since}"));
        }
        if let Some(f) = &self.facility {
            text.push_str(&format!(" at {f}"));
        }
        if !self.measures.is_empty() {
            text.push_str(&format!(" [{}]", self.measures.join(", ")));
        }
        if !self.conflicts.is_empty() {
            text.push_str(&format!(" ({} conflict(s))", self.conflicts.len()));
        }
        text
    }
}

/// A fact with its citations resolved to their publishers.
#[derive(Debug, Clone, Serialize)]
pub struct FactView {
    pub id: FactId,
    pub kind: String,
    pub date: String,
    pub verification: String,
    pub review: String,
    /// The kind's own data (facility, release kind and measures, offences...).
    pub details: serde_json::Value,
    pub citations: Vec<CitationView>,
    pub supersedes: Option<FactId>,
    /// The reason it was retracted, if it was.
    pub retracted: Option<String>,
    /// Whether this fact decided the derived status.
    pub decides_status: bool,
}

/// Where a fact comes from.
#[derive(Debug, Clone, Serialize)]
pub struct CitationView {
    pub source: String,
    pub publisher: Option<String>,
    pub excerpt: Option<String>,
    pub locator: Option<String>,
}

impl FactView {
    pub fn new(
        stored: &StoredFact,
        status: &CustodyStatus,
        publishers: &HashMap<String, String>,
    ) -> FactView {
        let fact = &stored.fact;
        FactView {
            id: fact.id,
            kind: fact.kind.fact_type().to_string(),
            date: fact.date.to_string(),
            verification: fact.verification.to_string(),
            review: fact.review.to_string(),
            details: serde_json::to_value(&fact.kind).unwrap_or(serde_json::Value::Null),
            citations: fact
                .citations()
                .iter()
                // A citation of a source the reader may not see (a testimony) is not shown.
                .filter(|c| publishers.contains_key(&c.source.to_string()))
                .map(|c| CitationView {
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

/// A person shown whole: the record as the reader may see it, its facts and its status.
#[derive(Debug, Clone, Serialize)]
pub struct PersonShow {
    pub person: Person,
    pub as_of: String,
    pub status: StatusView,
    pub facts: Vec<FactView>,
}

/// One line of a person in `status` and `person list`.
#[derive(Debug, Clone, Serialize)]
pub struct PersonLine {
    pub id: String,
    pub name: String,
    #[serde(flatten)]
    pub status: StatusView,
}

/// A person as the public lookup shows them: no national id, contacts, health or notes,
/// which this type has no field for.
#[derive(Debug, Clone, Serialize)]
pub struct PublicPerson {
    pub id: PersonId,
    /// The name, or initials for a person shown by initials.
    pub name: String,
    pub sex: Option<Sex>,
    pub nationalities: Vec<CountryCode>,
    pub roles: Vec<PersonRole>,
    pub high_profile: bool,
}

impl PublicPerson {
    /// The public view of a person the store already redacted for the public.
    pub fn of(person: &Person) -> PublicPerson {
        PublicPerson {
            id: person.id,
            name: person.display_name().to_owned(),
            sex: person.sex,
            nationalities: person.nationalities.clone(),
            roles: person.roles.clone(),
            high_profile: person.is_high_profile(),
        }
    }
}

/// A page of a longer list: "showing 50 of 30,012".
#[derive(Debug, Clone, Serialize)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub offset: u64,
}
