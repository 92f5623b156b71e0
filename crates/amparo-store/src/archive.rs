//! What a registry keeps of its own history beyond the audit log, and how it leaves and
//! comes back whole: signed checkpoints of the audit chain's head, the state of its schema,
//! and the rows exactly as stored, for exports and restores that reproduce the audit log
//! entry for entry (same sequence numbers, same hashes).
//!
//! The store knows nothing of keys: a [`Checkpoint`] is stored and read as it is, and the
//! application checks its signature before it hands it back to [`Archive::verify_against`]
//! as trusted.

use crate::records::Record;
use crate::{StoreError, VerifyReport};
use amparo_domain::Sha256;
use async_trait::async_trait;
use serde::{Deserialize, Serialize};

/// A signed statement that the audit log's entry `seq` had the hash `hash` at `at`: once
/// signed with a key kept outside the registry, a later deletion of entries, an emptied
/// registry or a rewritten chain no longer matches it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    /// The audit entry signed (the head when it was signed).
    pub seq: i64,
    /// That entry's hash, as hex text (kept as text so that an altered row is read, and
    /// fails its signature, rather than failing to parse).
    pub hash: String,
    /// When it was signed, RFC 3339 UTC.
    pub at: String,
    /// The signer's public key, as `amparo key show` prints it.
    pub public_key: String,
    /// The signature over [`Checkpoint::message`], base64.
    pub signature: String,
}

impl Checkpoint {
    /// The bytes a checkpoint's signature covers: a fixed text form, so that both backends
    /// and every version sign and check the same bytes.
    pub fn message(seq: i64, hash: &str, at: &str) -> Vec<u8> {
        format!("amparo checkpoint v1\nseq {seq}\nhash {hash}\nat {at}\n").into_bytes()
    }
}

/// The latest checkpoint the audit log still matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SignedHead {
    pub seq: i64,
    pub at: String,
}

/// Where the registry's schema stands against the migrations this build knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schema {
    /// Every migration is applied.
    Current,
    /// This many migrations are not applied yet: `amparo migrate` applies them.
    Behind(usize),
    /// A migration this build does not know was applied: a newer amparo made it.
    Ahead,
    /// The registry records no migration at all: a new file, or a record that was emptied.
    Unrecorded,
}

/// How many rows of each kind a restore wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RestoreCounts {
    pub audit: u64,
    pub sources: u64,
    pub persons: u64,
    pub facts: u64,
    pub retractions: u64,
    pub proposals: u64,
    pub facilities: u64,
    pub announcements: u64,
    pub claims: u64,
    pub checkpoints: u64,
}

/// Where an export's records go, one at a time, in the order a restore needs them.
#[async_trait]
pub trait RecordSink: Send {
    async fn put(&mut self, record: Record) -> Result<(), StoreError>;
}

/// Where a restore's records come from; `None` at the end.
#[async_trait]
pub trait RecordSource: Send {
    async fn next(&mut self) -> Result<Option<Record>, StoreError>;
}

/// The history of a registry: checkpoints, the schema, exports and restores. Every
/// [`crate::Store`] is one; both backends pass the same contract tests.
#[async_trait]
pub trait Archive: Send + Sync {
    /// Where the schema stands. Reads only: opening a registry to read never migrates.
    async fn schema(&self) -> Result<Schema, StoreError>;

    /// The audit log's last entry, as (sequence number, hash); `None` when it is empty.
    async fn head_entry(&self) -> Result<Option<(i64, Sha256)>, StoreError>;

    /// The checkpoints the registry holds, oldest first, as stored (unchecked).
    async fn checkpoints(&self) -> Result<Vec<Checkpoint>, StoreError>;

    /// Stores a checkpoint; storing the same one twice keeps one.
    async fn add_checkpoint(&self, checkpoint: &Checkpoint) -> Result<(), StoreError>;

    /// [`crate::Store::verify`], and the log checked against `trusted` checkpoints (whose
    /// signatures the caller checked): entries deleted from the end, an emptied registry and
    /// a rewritten chain are found. A missing table is a problem named, not an error.
    async fn verify_against(&self, trusted: &[Checkpoint]) -> Result<VerifyReport, StoreError>;

    /// Every row as stored, from one consistent snapshot, in the order a restore needs:
    /// the audit log, sources (with their originals), persons, facts, retractions,
    /// proposals, facilities, announcements, claims, checkpoints.
    async fn export_rows(&self, sink: &mut dyn RecordSink) -> Result<(), StoreError>;

    /// Writes exported rows into an empty registry in one transaction, the audit log as it
    /// was; the derived columns are computed again from each row's data. Refused with
    /// [`StoreError::Conflict`] when the registry holds anything.
    async fn restore_rows(
        &self,
        source: &mut dyn RecordSource,
    ) -> Result<RestoreCounts, StoreError>;

    /// Whether this handle has written since it was opened (a command that wrote ends by
    /// signing a checkpoint and, on SQLite, folding the write-ahead log into the file).
    fn wrote(&self) -> bool;
}

/// Records kept in memory, in order (tests, small registries).
#[async_trait]
impl RecordSink for Vec<Record> {
    async fn put(&mut self, record: Record) -> Result<(), StoreError> {
        self.push(record);
        Ok(())
    }
}

#[async_trait]
impl RecordSource for std::vec::IntoIter<Record> {
    async fn next(&mut self) -> Result<Option<Record>, StoreError> {
        Ok(Iterator::next(self))
    }
}
