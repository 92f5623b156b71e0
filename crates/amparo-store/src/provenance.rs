//! The reads that answer "where does this come from, and who wrote it": the facts citing a
//! source (in any of their citations), the audit log a page at a time, and who first wrote
//! each of some entities. The documenters' workspace reads them on every page, so each is
//! one indexed query, not a read of the whole registry.

use crate::{StoreError, StoredFact};
use amparo_domain::{Access, AuditEntry, EntityKind, SourceId};
use async_trait::async_trait;
use std::collections::HashMap;

#[async_trait]
pub trait Provenance: Send + Sync {
    /// The facts that cite `source` in any citation, as `access` may see them (retracted
    /// ones with their retraction), oldest first. The caller checks that the source
    /// itself may be seen.
    async fn facts_citing(
        &self,
        source: SourceId,
        access: Access,
    ) -> Result<Vec<StoredFact>, StoreError>;

    /// `limit` entries of the audit log as `access` may see it, newest first, after
    /// skipping `offset`; and how many entries it may see in all.
    async fn audit_page(
        &self,
        access: Access,
        limit: u64,
        offset: u64,
    ) -> Result<(Vec<AuditEntry>, u64), StoreError>;

    /// The actor of the first audit entry of each of `ids` (entities of `kind`), as the
    /// log names them. Roles that do not see who acted (see [`crate::privacy::Shield`])
    /// learn nobody: the map is empty.
    async fn first_actors(
        &self,
        kind: EntityKind,
        ids: &[String],
        access: Access,
    ) -> Result<HashMap<String, String>, StoreError>;
}
