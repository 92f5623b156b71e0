//! The SQL both backends run, written once. This is the one reviewed module where the
//! statements live: static text with bound values, never values formatted into SQL.
//!
//! SQLite and PostgreSQL read the same statements: `$N` placeholders (sqlx's SQLite driver
//! binds `$N` by number), TEXT for ids, dates and JSON, BIGINT/INTEGER for numbers. The
//! macros expand inside each backend crate, over its own pool type, so that each backend
//! keeps sqlx's native driver (and its speed) without a second copy of the queries.

mod reads;
pub mod verify;
mod writes;

use amparo_domain::{FactId, FactKind, PartialDate, ReviewState, SourceId, Verification};
use serde::Deserialize;

/// The kinds of fact the custody rules read, as stored in `facts.kind`.
pub const CUSTODY_KINDS: [&str; 8] = [
    "arrest",
    "detention",
    "transfer",
    "release",
    "re-arrest",
    "whereabouts-unknown",
    "whereabouts-confirmed",
    "death-in-custody",
];

/// Whether a stored kind is read by the custody rules.
pub fn is_custody_kind(kind: &str) -> bool {
    CUSTODY_KINDS.contains(&kind) || kind == "measure-imposed" || kind == "measure-lifted"
}

/// The part of a stored fact's JSON that custody derivation reads; the excerpts are
/// skipped, not kept.
#[derive(Deserialize)]
pub struct LiteFact {
    pub id: FactId,
    pub kind: FactKind,
    pub date: PartialDate,
    pub verification: Verification,
    pub review: ReviewState,
    pub supersedes: Option<FactId>,
    pub citations: Vec<LiteCitation>,
}

/// The source of a citation, without its excerpt.
#[derive(Deserialize)]
pub struct LiteCitation {
    pub source: SourceId,
}

/// Implements [`crate::Store`] for a backend type with a `pool` field, given its sqlx
/// database type and the statement that takes the audit log's write lock.
#[macro_export]
macro_rules! impl_sql_store {
    ($store:ty, $db:ty, lock_audit = $lock:expr) => {
        $crate::sql_writes!($store, $db, $lock);
        $crate::sql_reads!($store, $db);
        $crate::sql_verify!($store, $db);
    };
}
