//! The contract suite: every backend runs these same tests (through [`contract_suite!`]),
//! each on a fresh database.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod archive;
mod history;
mod privacy;
mod races;
mod registry;

pub use accounts::*;
pub use archive::*;
pub use history::*;
pub use privacy::*;
pub use races::*;
pub use registry::*;

use crate::{Store, Write, WriteContext};
use amparo_domain::*;
use async_trait::async_trait;
use chrono::NaiveDate;

/// A fresh store, and a way to run raw SQL against it (to play the attacker).
#[async_trait]
pub trait Harness: Send + Sync {
    fn store(&self) -> &dyn Store;
    async fn execute(&self, sql: &str);
    /// A second connection to the same registry, as another process would open it.
    async fn second(&self) -> Box<dyn Store>;
    /// Removes what the test made (a PostgreSQL database); nothing by default.
    async fn cleanup(&self) {}
}

pub(crate) fn ctx() -> WriteContext {
    WriteContext {
        actor: "contract".into(),
        at: "2026-01-10T12:00:00.000000Z".into(),
    }
}

pub(crate) fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub(crate) async fn source(store: &dyn Store, publisher: &str, bytes: Option<&[u8]>) -> Source {
    let mut s = Source::new(SourceId::generate(), SourceKind::NewsArticle, publisher).unwrap();
    s.published = Some(PartialDate::parse("2026-01-08").unwrap());
    store
        .write_batch(
            vec![Write::Source {
                source: s.clone(),
                original: bytes.map(<[u8]>::to_vec),
            }],
            &ctx(),
        )
        .await
        .unwrap();
    store.source(s.id, Access::Admin).await.unwrap()
}

pub(crate) async fn person(store: &dyn Store, name: &str) -> Person {
    let p = Person::new(PersonId::generate(), PersonName::parse(name).unwrap());
    store
        .write_batch(vec![Write::Person(p.clone())], &ctx())
        .await
        .unwrap();
    p
}

pub(crate) fn fact(p: &Person, s: &Source, kind: FactKind, date: &str) -> Fact {
    let citation = Citation::new(s.id, Some("an invented excerpt".into()), None).unwrap();
    Fact::new(
        FactId::generate(),
        p.id,
        kind,
        PartialDate::parse(date).unwrap(),
        vec![citation],
    )
    .unwrap()
}

pub(crate) async fn add(store: &dyn Store, f: &Fact) {
    store
        .write_batch(vec![Write::Fact(f.clone())], &ctx())
        .await
        .unwrap();
}

pub(crate) async fn status_of(store: &dyn Store, p: &Person, as_of: &str) -> CustodyStatus {
    let events: Vec<CustodyEvent> = store
        .custody_events(Access::Admin)
        .await
        .unwrap()
        .into_iter()
        .filter(|(id, _)| *id == p.id)
        .map(|(_, e)| e)
        .collect();
    custody_status(&events, day(as_of))
}

/// Generates one `#[tokio::test]` per contract test, given an async expression that makes a
/// fresh harness (or `None` to skip, having said why).
#[macro_export]
macro_rules! contract_suite {
    ($make:expr) => {
        $crate::contract_suite!(@tests $make;
            sources_keep_their_bytes_and_refuse_duplicates,
            persons_are_found_by_name_without_accents,
            reads_enforce_privacy_by_role,
            facts_need_known_people_and_sources_and_batches_are_atomic,
            custody_status_from_stored_facts,
            retractions_and_reviews,
            gazetteer_announcements_and_claims,
            audit_chain_detects_tampering,
            merges_are_reversible,
            the_review_queue_holds_proposals_until_decided,
            large_batches_are_written_in_chunks_and_stay_atomic,
            every_read_hides_what_the_role_may_not_see,
            name_search_folds_escapes_and_pages,
            crossed_merges_cannot_make_a_cycle,
            two_edits_from_one_version_never_overwrite,
            stale_identity_decisions_are_refused,
            a_truncated_log_is_found_against_a_checkpoint,
            an_emptied_registry_is_found_against_a_checkpoint,
            a_rehashed_forgery_is_found_against_a_checkpoint,
            a_missing_table_is_named_not_thrown,
            the_schema_state_is_read_without_writing,
            export_then_restore_gives_the_same_registry,
            accounts_are_audited_without_secrets_and_read_by_admins_only,
            tokens_are_found_by_hash_and_revoked_once,
            sessions_and_failed_logins_stay_out_of_the_record,
        );
    };
    (@tests $make:expr; $($name:ident),+ $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                if let Some(harness) = $make.await {
                    $crate::contract::$name(&harness).await;
                    $crate::contract::Harness::cleanup(&harness).await;
                }
            }
        )+
    };
}
