//! The storage trait of amparo: one [`Store`] with a SQLite and a PostgreSQL backend.
//!
//! Reads take the caller's [`Access`] so that privacy is enforced here, not by each caller:
//! hidden persons are not found by the public, restricted fields are removed. Writes take a
//! [`WriteContext`] (who, when) and append to the hash-chained audit log in the same
//! transaction. Facts are never updated except for their review state.

pub mod rows;
#[doc(hidden)]
pub mod sql;

#[cfg(feature = "contract-tests")]
pub mod contract;

use amparo_domain::audit::ChainBreak;
use amparo_domain::{
    Access, AggregateClaim, Announcement, AuditEntry, CustodyEvent, Facility, Fact, FactId, Person,
    PersonId, Proposal, ProposalId, ReviewState, Sha256, Source, SourceId,
};
use async_trait::async_trait;
use serde::Serialize;
use thiserror::Error;

/// Why a store operation failed.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The thing asked for does not exist (or is hidden from the caller).
    #[error("no {kind} with id {id}")]
    NotFound { kind: &'static str, id: String },
    /// A write that would break a rule: a fact citing an unknown source, a duplicate...
    #[error("{0}")]
    Rejected(String),
    /// A stored row that no longer parses: the database was altered or corrupted.
    #[error("stored {kind} {id} is unreadable: {reason}")]
    Corrupt {
        kind: &'static str,
        id: String,
        reason: String,
    },
    /// The database could not be reached or answered with an error.
    #[error("database error: {0}")]
    Database(String),
    /// The schema could not be brought up to date.
    #[error("migration failed: {0}")]
    Migration(String),
}

/// Who writes, and when: time is a parameter, never read deep inside the store.
#[derive(Debug, Clone)]
pub struct WriteContext {
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

/// One write of a batch; a batch is one transaction.
#[derive(Debug, Clone)]
pub enum Write {
    Source {
        source: Source,
        original: Option<Vec<u8>>,
    },
    Person(Person),
    Fact(Fact),
    /// A machine-made proposal entering the review queue.
    Proposal(Proposal),
    /// A reviewer's decision on a proposal (accepted or rejected), with the reason.
    Decide {
        proposal: ProposalId,
        state: ReviewState,
        reason: String,
    },
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

/// The storage of a registry. Every backend passes the same contract tests.
#[async_trait]
pub trait Store: Send + Sync {
    /// Brings the schema up to date (also run on start-up).
    async fn migrate(&self) -> Result<(), StoreError>;

    /// Writes everything in one transaction, each write audited. The writes are taken: a
    /// large batch is prepared on one thread while written from another.
    async fn write_batch(&self, writes: Vec<Write>, ctx: &WriteContext) -> Result<(), StoreError>;
    /// [`Store::write_batch`], calling `progress` with the number of writes done so far
    /// every thousand writes (for a progress bar on long imports).
    async fn write_batch_with_progress(
        &self,
        writes: Vec<Write>,
        ctx: &WriteContext,
        progress: &(dyn Fn(usize) + Send + Sync),
    ) -> Result<(), StoreError>;

    /// A source by id.
    async fn source(&self, id: SourceId) -> Result<Source, StoreError>;
    /// The source whose original bytes have this hash.
    async fn source_by_hash(&self, hash: &Sha256) -> Result<Option<Source>, StoreError>;
    /// The original bytes of a source, when they were stored.
    async fn source_original(&self, id: SourceId) -> Result<Option<Vec<u8>>, StoreError>;
    /// All sources, oldest first.
    async fn sources(&self) -> Result<Vec<Source>, StoreError>;

    /// Replaces a person's record (names, attributes, visibility), audited with a reason.
    async fn update_person(
        &self,
        person: &Person,
        reason: &str,
        ctx: &WriteContext,
    ) -> Result<(), StoreError>;
    /// A person as `access` may see it; hidden persons are not found by the public.
    async fn person(&self, id: PersonId, access: Access) -> Result<Person, StoreError>;
    /// Persons whose names contain `name` (case and accents aside), as `access` may see them.
    async fn find_persons(
        &self,
        name: Option<&str>,
        access: Access,
        limit: u32,
    ) -> Result<Vec<Person>, StoreError>;
    /// Merges `from` into `into`: reads then show `from`'s facts under `into`. Audited,
    /// and undone by [`Store::unmerge_person`]. Facts keep their citations.
    async fn merge_person(
        &self,
        into: PersonId,
        from: PersonId,
        reason: &str,
        ctx: &WriteContext,
    ) -> Result<(), StoreError>;
    /// Undoes a merge: the person's facts are its own again.
    async fn unmerge_person(
        &self,
        id: PersonId,
        reason: &str,
        ctx: &WriteContext,
    ) -> Result<(), StoreError>;
    /// The proposals in the review queue, oldest first; only those in `state` when given.
    async fn proposals(&self, state: Option<ReviewState>) -> Result<Vec<Proposal>, StoreError>;
    /// One proposal.
    async fn proposal(&self, id: ProposalId) -> Result<Proposal, StoreError>;
    /// Every person as `access` may see them (merged records included, with
    /// `merged_into` set), for reports.
    async fn all_persons(&self, access: Access) -> Result<Vec<Person>, StoreError>;

    /// A fact by id, with its retraction.
    async fn fact(&self, id: FactId) -> Result<StoredFact, StoreError>;
    /// A person's facts, oldest event first.
    async fn facts_of(
        &self,
        person: PersonId,
        access: Access,
    ) -> Result<Vec<StoredFact>, StoreError>;
    /// Retracts a fact: it then counts for nothing. A fact is retracted once.
    async fn retract_fact(
        &self,
        id: FactId,
        reason: &str,
        ctx: &WriteContext,
    ) -> Result<(), StoreError>;
    /// Moves a proposed fact to accepted or rejected.
    async fn review_fact(
        &self,
        id: FactId,
        state: ReviewState,
        reason: &str,
        ctx: &WriteContext,
    ) -> Result<(), StoreError>;
    /// The custody events of every person, for statuses and counts.
    async fn custody_events(&self) -> Result<Vec<(PersonId, CustodyEvent)>, StoreError>;
    /// Every fact that is not about custody (legal, recognition, attributes), for counts.
    async fn other_facts(&self) -> Result<Vec<StoredFact>, StoreError>;

    /// Adds or replaces a facility of the gazetteer.
    async fn put_facility(&self, facility: &Facility, ctx: &WriteContext)
    -> Result<(), StoreError>;
    /// The gazetteer.
    async fn facilities(&self) -> Result<Vec<Facility>, StoreError>;

    /// Records an announcement of releases.
    async fn add_announcement(
        &self,
        a: &Announcement,
        ctx: &WriteContext,
    ) -> Result<(), StoreError>;
    async fn announcements(&self) -> Result<Vec<Announcement>, StoreError>;
    /// Records a number a source states.
    async fn add_claim(&self, c: &AggregateClaim, ctx: &WriteContext) -> Result<(), StoreError>;
    async fn claims(&self) -> Result<Vec<AggregateClaim>, StoreError>;

    /// The audit log, in order.
    async fn audit_log(&self) -> Result<Vec<AuditEntry>, StoreError>;
    /// Recomputes the audit chain and checks every row against the hash the log holds.
    async fn verify(&self) -> Result<VerifyReport, StoreError>;
}

/// Shorthand for a one-write batch.
pub async fn write_one(
    store: &dyn Store,
    write: Write,
    ctx: &WriteContext,
) -> Result<(), StoreError> {
    store.write_batch(vec![write], ctx).await
}
