//! The storage trait of amparo: one [`Store`] with a SQLite and a PostgreSQL backend.
//!
//! Reads take the caller's [`Access`] so that privacy is enforced here, not by each caller:
//! hidden persons are not found by the public, restricted fields are removed. Writes take a
//! [`WriteContext`] (who, when) and append to the hash-chained audit log in the same
//! transaction. Facts are never updated except for their review state.

pub mod accounts;
#[doc(hidden)]
pub use amparo_text;
pub mod archive;
pub mod privacy;
pub mod provenance;
pub mod records;
pub mod rows;
#[doc(hidden)]
pub mod sql;
mod types;

pub use types::{
    Expectation, Page, PersonQuery, Problem, StoredFact, VerifyReport, Write, WriteContext,
};

#[cfg(feature = "contract-tests")]
pub mod contract;

pub use accounts::{Accounts, ApiToken, Session, UserAccount};
pub use archive::{
    Archive, Checkpoint, RecordSink, RecordSource, RestoreCounts, Schema, SignedHead,
};
pub use provenance::Provenance;

use amparo_domain::{
    Access, AggregateClaim, Announcement, AuditEntry, CustodyEvent, Facility, FactId, Person,
    PersonId, Proposal, ProposalId, ReviewState, Sha256, Source, SourceId,
};
use async_trait::async_trait;
use thiserror::Error;

/// Why a store operation failed. The kinds map onto answers a front end gives: not found
/// (404), conflict and stale (409), invalid (422), already done (409 with the state).
#[derive(Debug, Error)]
pub enum StoreError {
    /// The thing asked for does not exist (or is hidden from the caller).
    #[error("no {kind} with id {id}")]
    NotFound { kind: &'static str, id: String },
    /// The write conflicts with what the registry holds: a duplicate, a merge that would
    /// make a cycle, a record that changed meanwhile.
    #[error("{0}")]
    Conflict(String),
    /// The write breaks a rule whatever the registry holds: an empty reason, a person
    /// merged into itself, a claim without its date.
    #[error("{0}")]
    Invalid(String),
    /// The write was already done: a fact retracted twice, a proposal decided twice.
    #[error("{0}")]
    AlreadyDone(String),
    /// A precondition of the batch no longer holds: the registry changed since the caller
    /// read it (see [`Expectation`]). Read again, decide again, write again.
    #[error("the registry changed since it was read (audit entry {seen} is now {now})")]
    Stale { seen: i64, now: i64 },
    /// A stored row that no longer parses: the database was altered or corrupted.
    #[error("stored {kind} {id} is unreadable: {reason}")]
    Corrupt {
        kind: &'static str,
        id: String,
        reason: String,
    },
    /// Another process held the registry for longer than the wait allows (a long import).
    #[error(
        "the registry is busy: another process has been writing to it for too long; try again when it finishes"
    )]
    Busy,
    /// The registry was opened read-only (a copy on a read-only medium) and cannot be written.
    #[error("the registry is open read-only: it cannot be written")]
    ReadOnly,
    /// The database could not be reached or answered with an error.
    #[error("database error")]
    Database(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// The schema could not be brought up to date.
    #[error("the schema could not be brought up to date")]
    Migration(#[source] Box<dyn std::error::Error + Send + Sync>),
}

impl StoreError {
    /// A database error from anything that is an error.
    pub fn database(e: impl std::error::Error + Send + Sync + 'static) -> StoreError {
        StoreError::Database(Box::new(e))
    }
}

/// The storage of a registry. Every backend passes the same contract tests.
///
/// Every read takes the caller's [`Access`]. For the roles that do not see restricted
/// fields (public, researcher), each read applies the same rules: hidden persons, their
/// facts and everything that names them are absent; initials-only persons are initials
/// everywhere, and the names of hidden and initials-only persons are scrubbed from
/// excerpts and titles ([`amparo_domain::Redactor`]); national ids, contacts, health and
/// notes are removed; private sources (testimony) and the originals of sources are not
/// read; the review queue is internal; the audit log names no actor and gives no reason.
/// Aggregate counts that must include hidden persons read as [`Access::Admin`] and
/// publish numbers only (the application layer does that).
#[async_trait]
pub trait Store: Archive + Accounts + Provenance + Send + Sync {
    /// Brings the schema up to date.
    async fn migrate(&self) -> Result<(), StoreError>;

    /// The audit log's last sequence number (0 for an empty registry): every write moves
    /// it, so it versions the whole registry (caches and ETags key on it).
    async fn head(&self) -> Result<i64, StoreError>;

    /// Writes everything in one transaction, each write checked and audited. The writes
    /// are taken: a large batch is prepared on one thread while written from another.
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
    async fn source(&self, id: SourceId, access: Access) -> Result<Source, StoreError>;
    /// The source whose original bytes have this hash.
    async fn source_by_hash(
        &self,
        hash: &Sha256,
        access: Access,
    ) -> Result<Option<Source>, StoreError>;
    /// The original bytes of a source, when they were stored.
    async fn source_original(
        &self,
        id: SourceId,
        access: Access,
    ) -> Result<Option<Vec<u8>>, StoreError>;
    /// All sources, oldest first.
    async fn sources(&self, access: Access) -> Result<Vec<Source>, StoreError>;

    /// A person as `access` may see it; hidden persons are not found by the public.
    async fn person(&self, id: PersonId, access: Access) -> Result<Person, StoreError>;
    /// The version of a person's record: the audit sequence number of its last change
    /// (creation, edit, merge). An edit that names it is refused if it moved since.
    async fn person_version(&self, id: PersonId, access: Access) -> Result<i64, StoreError>;

    /// Persons (not merged into another) whose names contain the query's text, by display
    /// name, as `access` may see them. The public finds a person only by the name it may
    /// see: an initials-only person is not found by a full name or alias.
    async fn find_persons(
        &self,
        query: &PersonQuery,
        access: Access,
    ) -> Result<Page<Person>, StoreError>;
    /// The persons whose id starts or ends with `prefix` (at most 10), as `access` may see
    /// them: people are named on the command line by a short id, as git names commits (the
    /// end of an id is its random part, so eight characters of it are as good as the whole).
    async fn persons_with_id_prefix(
        &self,
        prefix: &str,
        access: Access,
    ) -> Result<Vec<Person>, StoreError>;
    /// The persons (merged records included) with this national id, compared by digits.
    async fn persons_with_national_id(
        &self,
        id: &amparo_domain::NationalId,
        access: Access,
    ) -> Result<Vec<Person>, StoreError>;
    /// Every person as `access` may see them (merged records included, with
    /// `merged_into` set), for reports.
    async fn all_persons(&self, access: Access) -> Result<Vec<Person>, StoreError>;

    /// The proposals in the review queue, oldest first; only those in `state` when given.
    async fn proposals(
        &self,
        state: Option<ReviewState>,
        access: Access,
    ) -> Result<Vec<Proposal>, StoreError>;
    /// One proposal.
    async fn proposal(&self, id: ProposalId, access: Access) -> Result<Proposal, StoreError>;

    /// A fact by id, with its retraction.
    async fn fact(&self, id: FactId, access: Access) -> Result<StoredFact, StoreError>;
    /// A person's facts, oldest event first.
    async fn facts_of(
        &self,
        person: PersonId,
        access: Access,
    ) -> Result<Vec<StoredFact>, StoreError>;
    /// The custody events of every person `access` may see, for statuses and counts.
    async fn custody_events(
        &self,
        access: Access,
    ) -> Result<Vec<(PersonId, CustodyEvent)>, StoreError>;
    /// Every fact that is not about custody (legal, recognition, attributes), for counts.
    async fn other_facts(&self, access: Access) -> Result<Vec<StoredFact>, StoreError>;

    /// The gazetteer.
    async fn facilities(&self, access: Access) -> Result<Vec<Facility>, StoreError>;
    async fn announcements(&self, access: Access) -> Result<Vec<Announcement>, StoreError>;
    async fn claims(&self, access: Access) -> Result<Vec<AggregateClaim>, StoreError>;

    /// The audit log, in order.
    async fn audit_log(&self, access: Access) -> Result<Vec<AuditEntry>, StoreError>;
    /// Recomputes the audit chain and checks every row against the hash the log holds.
    async fn verify(&self) -> Result<VerifyReport, StoreError>;

    /// One write: [`Write::UpdatePerson`].
    async fn update_person(
        &self,
        person: &Person,
        reason: &str,
        ctx: &WriteContext,
    ) -> Result<(), StoreError> {
        let write = Write::UpdatePerson {
            person: person.clone(),
            reason: reason.to_owned(),
            version: None,
        };
        self.write_batch(vec![write], ctx).await
    }
    /// One write: [`Write::Merge`].
    async fn merge_person(
        &self,
        into: PersonId,
        from: PersonId,
        reason: &str,
        ctx: &WriteContext,
    ) -> Result<(), StoreError> {
        let write = Write::Merge {
            into,
            from,
            reason: reason.to_owned(),
        };
        self.write_batch(vec![write], ctx).await
    }
    /// One write: [`Write::Unmerge`].
    async fn unmerge_person(
        &self,
        person: PersonId,
        reason: &str,
        ctx: &WriteContext,
    ) -> Result<(), StoreError> {
        let write = Write::Unmerge {
            person,
            reason: reason.to_owned(),
        };
        self.write_batch(vec![write], ctx).await
    }
    /// One write: [`Write::Retract`].
    async fn retract_fact(
        &self,
        fact: FactId,
        reason: &str,
        ctx: &WriteContext,
    ) -> Result<(), StoreError> {
        let write = Write::Retract {
            fact,
            reason: reason.to_owned(),
        };
        self.write_batch(vec![write], ctx).await
    }
    /// One write: [`Write::ReviewFact`].
    async fn review_fact(
        &self,
        fact: FactId,
        state: ReviewState,
        reason: &str,
        ctx: &WriteContext,
    ) -> Result<(), StoreError> {
        let write = Write::ReviewFact {
            fact,
            state,
            reason: reason.to_owned(),
        };
        self.write_batch(vec![write], ctx).await
    }
    /// One write: [`Write::Facility`].
    async fn put_facility(
        &self,
        facility: &Facility,
        ctx: &WriteContext,
    ) -> Result<(), StoreError> {
        self.write_batch(vec![Write::Facility(facility.clone())], ctx)
            .await
    }
    /// One write: [`Write::Announcement`].
    async fn add_announcement(
        &self,
        a: &Announcement,
        ctx: &WriteContext,
    ) -> Result<(), StoreError> {
        self.write_batch(vec![Write::Announcement(a.clone())], ctx)
            .await
    }
    /// One write: [`Write::Claim`].
    async fn add_claim(&self, c: &AggregateClaim, ctx: &WriteContext) -> Result<(), StoreError> {
        self.write_batch(vec![Write::Claim(c.clone())], ctx).await
    }
}

/// Shorthand for a one-write batch.
pub async fn write_one(
    store: &dyn Store,
    write: Write,
    ctx: &WriteContext,
) -> Result<(), StoreError> {
    store.write_batch(vec![write], ctx).await
}
