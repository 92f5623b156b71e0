//! What sources say in aggregate: announcements of release waves and numbers they state,
//! kept beside the registry's own counts so that the gap is visible.

use crate::text::choice_enum;
use crate::{DomainError, PartialDate, SourceId};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Identifies an announcement or an aggregate claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ClaimId(pub Uuid);

impl ClaimId {
    /// A new time-ordered id; call it at the edges.
    pub fn generate() -> ClaimId {
        ClaimId(Uuid::now_v7())
    }

    /// Parses an id as `Display` writes it.
    pub fn parse(input: &str) -> Result<ClaimId, DomainError> {
        Uuid::parse_str(input.trim())
            .ok()
            .filter(|u| u.get_version_num() == 7)
            .map(ClaimId)
            .ok_or_else(|| DomainError::InvalidId {
                kind: "claim",
                input: input.to_owned(),
            })
    }
}

impl std::fmt::Display for ClaimId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

/// A number promised or a quantity in words: "a significant number" is not a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quantity {
    Number(u64),
    /// Kept as the source's words.
    Vague(String),
    Unspecified,
}

/// A promised release wave: who announced it, when, and how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Announcement {
    pub id: ClaimId,
    pub source: SourceId,
    pub announced_by: String,
    pub date: PartialDate,
    pub quantity: Quantity,
    pub description: Option<String>,
    /// Why it was withdrawn, once it was: it then counts for nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retracted: Option<String>,
}

choice_enum! {
    /// What an aggregate claim counts.
    pub enum ClaimSubject: "claim subject" {
        /// People held for political reasons ("863 political prisoners").
        Held = "held",
        Released = "released",
        Arrested = "arrested",
        DeathsInCustody = "deaths-in-custody",
        Disappeared = "disappeared",
    }
}

/// A number a source states: "863 political prisoners as of 2025-12-29 according to Foro
/// Penal"; "808 released according to the government".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AggregateClaim {
    pub id: ClaimId,
    pub source: SourceId,
    pub according_to: String,
    pub subject: ClaimSubject,
    pub quantity: Quantity,
    /// The date the count is as of (for stocks such as "held").
    pub as_of: Option<PartialDate>,
    /// The period counted (for flows such as "released"), first day to last.
    pub period: Option<(PartialDate, PartialDate)>,
    /// Why it was withdrawn, once it was: it then counts for nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retracted: Option<String>,
}

impl ClaimSubject {
    /// Whether the subject is a stock, counted as of a date (held, disappeared), rather
    /// than a flow counted over a period (released, arrested, deaths in custody).
    pub fn is_stock(self) -> bool {
        matches!(self, ClaimSubject::Held | ClaimSubject::Disappeared)
    }
}

impl AggregateClaim {
    /// Checks that the claim says who makes it, and when: a stock needs the date it is
    /// counted as of, a flow the period it covers (issue 10: without them a claim was
    /// compared as of whatever date a report asked for).
    pub fn validate(&self) -> Result<(), DomainError> {
        if self.according_to.trim().is_empty() {
            return Err(DomainError::Empty {
                field: "according-to",
            });
        }
        if self.subject.is_stock() && self.as_of.is_none() {
            return Err(DomainError::Empty { field: "as-of" });
        }
        if !self.subject.is_stock() && self.period.is_none() {
            return Err(DomainError::Empty { field: "period" });
        }
        Ok(())
    }
}
