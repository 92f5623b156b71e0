//! The audit log: every write appends an entry whose SHA-256 covers the previous entry's
//! hash and a hash of the entity's content, so any later alteration of an entry or of the
//! entity it describes is detectable. This module computes and checks hashes; storing is
//! the store's job.

use crate::Sha256;
use crate::text::choice_enum;
use serde::{Deserialize, Serialize};

choice_enum! {
    /// What a write did.
    pub enum AuditAction: "audit action" {
        Create = "create",
        Update = "update",
        Retract = "retract",
        Review = "review",
        Merge = "merge",
        Unmerge = "unmerge",
        Import = "import",
    }
}

choice_enum! {
    /// What a write touched.
    pub enum EntityKind: "entity kind" {
        Source = "source",
        Person = "person",
        Fact = "fact",
        Retraction = "retraction",
        Facility = "facility",
        Announcement = "announcement",
        Claim = "claim",
        Proposal = "proposal",
        Merge = "merge",
        /// A user account or an API token (never its password hash or its token).
        Account = "account",
    }
}

/// The hash of an audit entry.
pub type AuditHash = Sha256;

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Position in the log, from 1.
    pub seq: i64,
    /// When, as RFC 3339 UTC text (kept as text so that both backends hash the same bytes).
    pub at: String,
    pub actor: String,
    pub action: AuditAction,
    pub entity: EntityKind,
    pub entity_id: String,
    pub reason: Option<String>,
    /// SHA-256 of the entity's content after the write.
    pub content_hash: Sha256,
    /// The previous entry's hash; all zeros for the first entry.
    pub prev_hash: Sha256,
    /// SHA-256 over all the fields above.
    pub hash: Sha256,
}

/// The `prev_hash` of the first entry.
pub const GENESIS: Sha256 = Sha256::ZERO;

/// The fields of an entry before it is hashed.
pub struct AuditDraft<'a> {
    pub seq: i64,
    pub at: &'a str,
    pub actor: &'a str,
    pub action: AuditAction,
    pub entity: EntityKind,
    pub entity_id: &'a str,
    pub reason: Option<&'a str>,
    pub content_hash: Sha256,
    pub prev_hash: Sha256,
}

impl AuditDraft<'_> {
    /// The entry's hash: every field, length-prefixed so that no two field lists give the
    /// same bytes.
    pub fn hash(&self) -> Sha256 {
        let mut bytes = Vec::with_capacity(256);
        let mut field = |b: &[u8]| {
            bytes.extend_from_slice(&(b.len() as u64).to_be_bytes());
            bytes.extend_from_slice(b);
        };
        field(&self.seq.to_be_bytes());
        field(self.at.as_bytes());
        field(self.actor.as_bytes());
        field(self.action.as_str().as_bytes());
        field(self.entity.as_str().as_bytes());
        field(self.entity_id.as_bytes());
        match self.reason {
            Some(r) => field(format!("+{r}").as_bytes()),
            None => field(b"-"),
        }
        field(self.content_hash.bytes());
        field(self.prev_hash.bytes());
        Sha256::of(&bytes)
    }

    /// The finished entry.
    pub fn seal(self) -> AuditEntry {
        let hash = self.hash();
        AuditEntry {
            seq: self.seq,
            at: self.at.to_owned(),
            actor: self.actor.to_owned(),
            action: self.action,
            entity: self.entity,
            entity_id: self.entity_id.to_owned(),
            reason: self.reason.map(str::to_owned),
            content_hash: self.content_hash,
            prev_hash: self.prev_hash,
            hash,
        }
    }
}

impl AuditEntry {
    /// The hash recomputed from the stored fields.
    pub fn recompute(&self) -> Sha256 {
        AuditDraft {
            seq: self.seq,
            at: &self.at,
            actor: &self.actor,
            action: self.action,
            entity: self.entity,
            entity_id: &self.entity_id,
            reason: self.reason.as_deref(),
            content_hash: self.content_hash,
            prev_hash: self.prev_hash,
        }
        .hash()
    }
}

/// Why the chain does not hold at some entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainBreak {
    pub seq: i64,
    pub reason: String,
}

/// Walks the entries in order and returns the first that does not hold: a gap in the
/// sequence, a `prev_hash` that is not the previous entry's hash, or a hash that does not
/// match the entry's fields.
pub fn check_chain<'a>(
    entries: impl IntoIterator<Item = &'a AuditEntry>,
) -> Result<u64, ChainBreak> {
    let mut prev = GENESIS;
    let mut count = 0;
    for (expected_seq, entry) in (1..).zip(entries) {
        if entry.seq != expected_seq {
            return Err(ChainBreak {
                seq: entry.seq,
                reason: format!(
                    "expected entry {expected_seq} here: entries are missing or reordered"
                ),
            });
        }
        if entry.prev_hash != prev {
            return Err(ChainBreak {
                seq: entry.seq,
                reason: "its previous-hash does not match the entry before it".into(),
            });
        }
        if entry.recompute() != entry.hash {
            return Err(ChainBreak {
                seq: entry.seq,
                reason: "its contents do not match its hash".into(),
            });
        }
        prev = entry.hash;
        count += 1;
    }
    Ok(count)
}

/// The content hash of an entity: SHA-256 of its JSON form (field order is fixed by the
/// type, so both backends give the same bytes).
pub fn content_hash<T: Serialize>(value: &T) -> Sha256 {
    Sha256::of(&serde_json::to_vec(value).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<AuditEntry> {
        let mut prev = GENESIS;
        (1..=n)
            .map(|seq| {
                let e = AuditDraft {
                    seq,
                    at: "2026-01-08T10:00:00Z",
                    actor: "doc",
                    action: AuditAction::Create,
                    entity: EntityKind::Fact,
                    entity_id: "x",
                    reason: None,
                    content_hash: Sha256::of(&seq.to_be_bytes()),
                    prev_hash: prev,
                }
                .seal();
                prev = e.hash;
                e
            })
            .collect()
    }

    #[test]
    fn an_untouched_chain_holds_and_any_change_breaks_it_where_it_happened() {
        let mut entries = chain(5);
        assert_eq!(check_chain(&entries), Ok(5));
        entries[2].actor = "mallory".into();
        assert_eq!(check_chain(&entries).unwrap_err().seq, 3);
        let mut entries = chain(5);
        entries.remove(1);
        assert_eq!(check_chain(&entries).unwrap_err().seq, 3);
    }
}
