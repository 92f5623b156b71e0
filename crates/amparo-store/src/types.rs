//! The values the store's API carries: who writes and when, the writes of a batch and
//! their preconditions, pages of a search, stored facts, and what `verify` found.

use crate::SignedHead;
use amparo_domain::audit::ChainBreak;
use amparo_domain::{
    AggregateClaim, Announcement, Facility, Fact, FactId, Person, PersonId, Proposal, ProposalId,
    ReviewState, Source,
};
use serde::Serialize;

/// Who writes, and when: time is a parameter, never read deep inside the store.
#[derive(Debug, Clone)]
pub struct WriteContext {
    /// The actor as the audit log records it.
    pub actor: String,
    /// RFC 3339 UTC.
    pub at: String,
}

impl WriteContext {
    /// A context for `actor` at `at`.
    pub fn new(actor: &str, at: chrono::DateTime<chrono::Utc>) -> WriteContext {
        WriteContext {
            actor: actor.to_owned(),
            at: at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        }
    }
}

/// A fact as stored, with its retraction if there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredFact {
    pub fact: Fact,
    pub retraction: Option<String>,
}

/// One write of a batch. A batch is one transaction: every write is checked inside it,
/// after the registry's write lock is taken, so two writers never decide on the same
/// stale state (two crossed merges cannot make a cycle).
#[derive(Debug, Clone)]
pub enum Write {
    Source {
        source: Source,
        original: Option<Vec<u8>>,
    },
    /// A new person.
    Person(Person),
    /// Replaces a person's record (names, attributes, visibility), with the reason. With
    /// `version`, refused as a conflict when the person changed since that version was
    /// read (two documenters editing one person: the second save is refused, never a
    /// silent overwrite).
    UpdatePerson {
        person: Person,
        reason: String,
        version: Option<i64>,
    },
    /// Merges `from` into `into`: reads then show `from`'s facts under `into`.
    Merge {
        into: PersonId,
        from: PersonId,
        reason: String,
    },
    /// Undoes a merge: the person's facts are its own again.
    Unmerge {
        person: PersonId,
        reason: String,
    },
    Fact(Fact),
    /// Retracts a fact: it then counts for nothing. A fact is retracted once.
    Retract {
        fact: FactId,
        reason: String,
    },
    /// Moves a proposed fact to accepted or rejected.
    ReviewFact {
        fact: FactId,
        state: ReviewState,
        reason: String,
    },
    /// A machine-made proposal entering the review queue.
    Proposal(Proposal),
    /// A reviewer's decision on a proposal (accepted or rejected), with the reason.
    Decide {
        proposal: ProposalId,
        state: ReviewState,
        reason: String,
    },
    /// Adds or replaces a facility of the gazetteer.
    Facility(Facility),
    /// Records an announcement of releases.
    Announcement(Announcement),
    /// Records a number a source states.
    Claim(AggregateClaim),
    /// Withdraws an announcement or a claim, with the reason: it then counts for nothing.
    RetractClaim {
        id: amparo_domain::ClaimId,
        reason: String,
    },
    /// A new user account (a login taken in any case is a conflict).
    User(crate::accounts::UserAccount),
    /// Replaces an account's name, role, password hash and state, with the reason.
    UpdateUser {
        user: crate::accounts::UserAccount,
        reason: String,
    },
    /// A new API token (stored by the hash of its value).
    ApiToken(crate::accounts::ApiToken),
    /// Revokes the token with this label at `at` (RFC 3339 UTC).
    RevokeToken {
        label: String,
        at: String,
    },
    /// A precondition: the batch is refused with [`StoreError::Stale`] when it no longer holds.
    Expect(Expectation),
}

/// What a batch expects of the registry when it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expectation {
    /// No person was created, changed or merged after this audit sequence number: the
    /// identity decisions the batch carries (an import's) were made on the current persons.
    PersonsUnchangedSince(i64),
}

/// A slice of a longer list, and how long the whole list is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// How many there are in all.
    pub total: u64,
    pub offset: u64,
}

/// What a person search asks for.
#[derive(Debug, Clone, Default)]
pub struct PersonQuery {
    /// Part of a name (folded: case, accents and punctuation aside) or, for the roles that
    /// see restricted fields, of a national id's digits.
    pub text: Option<String>,
    /// At most this many (0: as many as there are).
    pub limit: u32,
    pub offset: u32,
}

/// What `verify` found.
#[derive(Debug, Clone, Serialize)]
pub struct VerifyReport {
    /// Audit entries checked.
    pub entries: u64,
    /// Rows checked against the hashes the audit log holds for them.
    pub rows: u64,
    /// Every problem found, the first chain break first.
    pub problems: Vec<Problem>,
    /// The latest signed checkpoint the log still matches, when one was given.
    pub signed: Option<SignedHead>,
    /// What is worth saying but is no sign of alteration (entries not yet signed, no key).
    pub warnings: Vec<String>,
}

/// One thing that does not match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The audit entry concerned, when there is one.
    pub seq: Option<i64>,
    /// The table and id of the row concerned, when there is one.
    pub entity: Option<String>,
    pub reason: String,
}

impl From<ChainBreak> for Problem {
    fn from(b: ChainBreak) -> Problem {
        Problem {
            seq: Some(b.seq),
            entity: None,
            reason: b.reason,
        }
    }
}
