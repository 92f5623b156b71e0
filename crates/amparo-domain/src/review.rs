//! The review queue: what importers and extractors propose waits here until a documenter
//! accepts, edits or rejects it. Nothing machine-made becomes an accepted fact unreviewed.

use crate::{FactKind, PartialDate, PersonId, ReviewState, SourceId, Verification};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Identifies a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ProposalId(pub Uuid);

impl ProposalId {
    /// A new time-ordered id; call it at the edges.
    pub fn generate() -> ProposalId {
        ProposalId(Uuid::now_v7())
    }

    /// Parses the hyphenated form.
    pub fn parse(input: &str) -> Result<ProposalId, crate::DomainError> {
        Uuid::parse_str(input.trim())
            .ok()
            .filter(|u| u.get_version_num() == 7)
            .map(ProposalId)
            .ok_or_else(|| crate::DomainError::InvalidId {
                kind: "proposal",
                input: input.to_owned(),
            })
    }
}

impl std::fmt::Display for ProposalId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// Who a proposed fact is about: a person already in the registry (identity resolution
/// was confident), or someone new, as the text names them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "person", rename_all = "kebab-case")]
pub enum ProposedPerson {
    Existing {
        id: PersonId,
        /// The match score that linked them.
        score: f64,
    },
    New {
        name: String,
        #[serde(default)]
        variants: Vec<String>,
        #[serde(default)]
        nationalities: Vec<crate::CountryCode>,
        #[serde(default)]
        roles: Vec<crate::PersonRole>,
        /// A registry person who may be the same, for the reviewer to consider.
        #[serde(default)]
        possible_match: Option<PersonId>,
        /// What else the source says of the person (a list's cédula, birth date, other
        /// columns): kept so that accepting loses none of it. Restricted, like the queue.
        #[serde(default, skip_serializing_if = "PersonDetails::is_empty")]
        details: PersonDetails,
    },
}

/// What a source says of a new person beyond names, nationalities and roles.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub national_id: Option<crate::NationalId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<crate::Sex>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<crate::PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}

impl PersonDetails {
    /// Whether nothing is known beyond the names.
    pub fn is_empty(&self) -> bool {
        self == &PersonDetails::default()
    }
}

/// What a proposal proposes: a fact about a person, or a number a source states, or an
/// announced release wave. Stored flat beside the proposal's other fields, so proposals
/// written before numbers could be proposed read as facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Proposed {
    Fact {
        person: ProposedPerson,
        kind: FactKind,
    },
    Claim {
        claim: crate::AggregateClaim,
    },
    Announcement {
        announcement: crate::Announcement,
    },
}

/// Something machine-made (or entered as proposed) waiting for review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Proposal {
    pub id: ProposalId,
    pub source: SourceId,
    #[serde(flatten)]
    pub what: Proposed,

    /// None when the text gives no date: the reviewer must set one before accepting.
    pub date: Option<PartialDate>,
    pub verification: Verification,
    /// The sentence it came from.
    pub excerpt: String,
    /// Where in the source: character offsets.
    pub locator: Option<String>,
    /// Why the machine hedged, if it did ("announced", "disputed"...).
    pub note: Option<String>,
    pub state: ReviewState,
    /// The reviewer's reason, once decided.
    pub decision: Option<String>,
}

impl Proposal {
    /// The person and the fact, when the proposal is of a fact.
    pub fn fact(&self) -> Option<(&ProposedPerson, &FactKind)> {
        match &self.what {
            Proposed::Fact { person, kind } => Some((person, kind)),
            _ => None,
        }
    }

    /// What kind of thing it proposes, in words: a fact type, "claim" or "announcement".
    pub fn subject(&self) -> String {
        match &self.what {
            Proposed::Fact { kind, .. } => kind.fact_type().to_string(),
            Proposed::Claim { .. } => "claim".into(),
            Proposed::Announcement { .. } => "announcement".into(),
        }
    }
}
