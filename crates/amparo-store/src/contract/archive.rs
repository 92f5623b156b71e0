//! Contract tests of the registry's history beyond the audit log (issue 14, "Trust"):
//! checkpoints that catch a truncated, emptied or rewritten log, a missing table named
//! rather than thrown, the schema's state, and an export that restores the same registry
//! entry for entry.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{Harness, add, ctx, fact, person, source};
use crate::archive::{Checkpoint, Schema};
use crate::records::Record;
use crate::rows::DataRow;
use crate::{Store, StoreError, Write};
use amparo_domain::*;

/// A registry with one of everything: an original, a hidden and a merged person, a
/// correction, a retraction, a decided proposal, the gazetteer, an announcement, a claim.
pub async fn fill(store: &dyn Store) {
    let s = source(store, "Diario Inventado", Some(b"texto original \x00\xff")).await;
    let p = person(store, "Rosa Inventada").await;
    let mut hidden = Person::new(
        PersonId::generate(),
        PersonName::parse("Oculta Ficticia").unwrap(),
    );
    hidden.visibility = Visibility::Hidden;
    let twin = person(store, "Rosa Inventada Pérez").await;
    store
        .write_batch(vec![Write::Person(hidden.clone())], &ctx())
        .await
        .unwrap();
    let arrest = fact(
        &p,
        &s,
        FactKind::Arrest {
            facility: Some("Rodeo I".into()),
            agency: None,
        },
        "2025-03",
    );
    add(store, &arrest).await;
    let mut correction = fact(
        &p,
        &s,
        FactKind::Arrest {
            facility: Some("El Helicoide".into()),
            agency: None,
        },
        "2025-03-02",
    );
    correction.supersedes = Some(arrest.id);
    add(store, &correction).await;
    let release = fact(
        &hidden,
        &s,
        FactKind::Release {
            release_kind: ReleaseKind::Full,
            measures: vec![],
        },
        "2025-06-01",
    );
    add(store, &release).await;
    store
        .retract_fact(release.id, "another person of the same name", &ctx())
        .await
        .unwrap();
    store
        .merge_person(p.id, twin.id, "the same person", &ctx())
        .await
        .unwrap();
    let proposal = Proposal {
        id: ProposalId::generate(),
        source: s.id,
        what: amparo_domain::Proposed::Fact {
            person: ProposedPerson::Existing {
                id: p.id,
                score: 0.873_412_9,
            },
            kind: FactKind::Transfer {
                facility: "Rodeo I".into(),
            },
        },
        date: Some(PartialDate::parse("2025-04").unwrap()),
        verification: Verification::Reported,
        excerpt: "Fue trasladada en abril.".into(),
        locator: None,
        note: None,
        state: ReviewState::Proposed,
        decision: None,
    };
    let decide = Write::Decide {
        proposal: proposal.id,
        state: ReviewState::Rejected,
        reason: "no date".into(),
    };
    store
        .write_batch(vec![Write::Proposal(proposal), decide], &ctx())
        .await
        .unwrap();
    store
        .put_facility(&Facility::new("Rodeo I").unwrap(), &ctx())
        .await
        .unwrap();
    let a = Announcement {
        id: ClaimId::generate(),
        source: s.id,
        announced_by: "Un ministerio inventado".into(),
        date: PartialDate::parse("2026-01-08").unwrap(),
        quantity: Quantity::Vague("muchos".into()),
        description: None,
        retracted: None,
    };
    store.add_announcement(&a, &ctx()).await.unwrap();
    let c = AggregateClaim {
        id: ClaimId::generate(),
        source: s.id,
        according_to: "Una ONG inventada".into(),
        subject: ClaimSubject::Held,
        quantity: Quantity::Number(12),
        as_of: Some(PartialDate::parse("2025-12-29").unwrap()),
        period: None,
        retracted: None,
    };
    store.add_claim(&c, &ctx()).await.unwrap();
}

/// A checkpoint of the current head. The store does not check signatures (the application
/// does, before it calls the checkpoints trusted).
pub async fn checkpoint(store: &dyn Store) -> Checkpoint {
    let (seq, hash) = store.head_entry().await.unwrap().unwrap();
    let c = Checkpoint {
        seq,
        hash: hash.to_string(),
        at: "2026-01-10T12:00:01.000000Z".into(),
        public_key: "ed25519:test".into(),
        signature: "unchecked".into(),
    };
    store.add_checkpoint(&c).await.unwrap();
    store.add_checkpoint(&c).await.unwrap();
    c
}

/// Every row as export lines.
pub async fn export_lines(store: &dyn Store) -> Vec<String> {
    let mut records: Vec<Record> = Vec::new();
    store.export_rows(&mut records).await.unwrap();
    records.iter().map(|r| r.to_line().unwrap()).collect()
}

fn sorted(mut events: Vec<(PersonId, CustodyEvent)>) -> Vec<(PersonId, CustodyEvent)> {
    events.sort_by_key(|(p, e)| (p.to_string(), e.fact.to_string()));
    events
}

fn reasons(report: &crate::VerifyReport) -> String {
    report
        .problems
        .iter()
        .map(|p| p.reason.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Deleting the last audit entry and its row leaves the chain whole, but not the
/// checkpoint: verify names the truncation.
pub async fn a_truncated_log_is_found_against_a_checkpoint(h: &dyn Harness) {
    let store = h.store();
    fill(store).await;
    let cp = checkpoint(store).await;
    let report = store
        .verify_against(std::slice::from_ref(&cp))
        .await
        .unwrap();
    assert!(report.problems.is_empty(), "{}", reasons(&report));
    assert_eq!(report.signed.as_ref().map(|s| s.seq), Some(cp.seq));
    assert_eq!(store.checkpoints().await.unwrap(), vec![cp.clone()]);
    let last = store.audit_log(Access::Admin).await.unwrap().pop().unwrap();
    assert_eq!(last.entity, EntityKind::Claim);
    h.execute(&format!(
        "DELETE FROM claims WHERE id = '{}'",
        last.entity_id
    ))
    .await;
    h.execute(&format!("DELETE FROM audit WHERE seq = {}", last.seq))
        .await;
    assert!(
        store.verify().await.unwrap().problems.is_empty(),
        "the log alone cannot see it"
    );
    let report = store.verify_against(&[cp]).await.unwrap();
    assert!(
        reasons(&report).contains("entries were deleted from its end"),
        "{}",
        reasons(&report)
    );
}

/// Emptying every table leaves "0 entries" that verify alone accepts; the checkpoint kept
/// outside does not.
pub async fn an_emptied_registry_is_found_against_a_checkpoint(h: &dyn Harness) {
    let store = h.store();
    fill(store).await;
    let cp = checkpoint(store).await;
    for table in [
        "checkpoints",
        "audit",
        "retractions",
        "proposals",
        "facts",
        "persons",
        "sources",
        "facilities",
        "announcements",
        "claims",
    ] {
        h.execute(&format!("DELETE FROM {table}")).await;
    }
    assert!(store.verify().await.unwrap().problems.is_empty());
    let report = store.verify_against(&[cp]).await.unwrap();
    assert!(
        reasons(&report).contains("the registry was emptied"),
        "{}",
        reasons(&report)
    );
}

/// A row altered with its audit entry's content hash and every later hash recomputed is a
/// valid chain, but no longer the one that was signed.
pub async fn a_rehashed_forgery_is_found_against_a_checkpoint(h: &dyn Harness) {
    let store = h.store();
    fill(store).await;
    let cp = checkpoint(store).await;
    let log = store.audit_log(Access::Admin).await.unwrap();
    let at = log
        .iter()
        .position(|e| e.entity == EntityKind::Facility)
        .unwrap();
    let id = log[at].entity_id.clone();
    let forged = DataRow::new(id.clone(), &Facility::new("Rodeo II").unwrap()).unwrap();
    h.execute(&format!(
        "UPDATE facilities SET data = '{}' WHERE id = '{id}'",
        forged.data
    ))
    .await;
    let mut prev = if at == 0 {
        audit::GENESIS
    } else {
        log[at - 1].hash
    };
    for (i, mut e) in log.into_iter().enumerate().skip(at) {
        if i == at {
            e.content_hash = forged.content_hash();
        }
        e.prev_hash = prev;
        e.hash = e.recompute();
        prev = e.hash;
        h.execute(&format!(
            "UPDATE audit SET content_hash = '{}', prev_hash = '{}', hash = '{}' WHERE seq = {}",
            e.content_hash, e.prev_hash, e.hash, e.seq
        ))
        .await;
    }
    assert!(
        store.verify().await.unwrap().problems.is_empty(),
        "the forgery holds together"
    );
    let report = store.verify_against(&[cp]).await.unwrap();
    assert!(
        reasons(&report).contains("the log was rewritten"),
        "{}",
        reasons(&report)
    );
}

/// A dropped table is a problem that names it, not a database error.
pub async fn a_missing_table_is_named_not_thrown(h: &dyn Harness) {
    let store = h.store();
    fill(store).await;
    h.execute("DROP TABLE retractions").await;
    let report = store.verify().await.unwrap();
    let text = reasons(&report);
    assert!(
        text.contains("the table retractions is missing: the registry was altered"),
        "{text}"
    );
    assert_eq!(report.problems.len(), 1, "{text}");
    h.execute("DROP TABLE audit").await;
    let text = reasons(&store.verify().await.unwrap());
    assert!(text.contains("the table audit is missing"), "{text}");
}

/// The schema is current once migrated; a registry whose record of migrations was emptied
/// says so, and verify names it.
pub async fn the_schema_state_is_read_without_writing(h: &dyn Harness) {
    let store = h.store();
    assert_eq!(store.schema().await.unwrap(), Schema::Current);
    h.execute("DELETE FROM _sqlx_migrations WHERE version = 6")
        .await;
    assert_eq!(store.schema().await.unwrap(), Schema::Behind(1));
    h.execute("DELETE FROM _sqlx_migrations").await;
    assert_eq!(store.schema().await.unwrap(), Schema::Unrecorded);
    assert!(reasons(&store.verify().await.unwrap()).contains("_sqlx_migrations"));
}

/// Backup, wipe, restore: the export of the restored registry is the export it was made
/// from, line for line (same audit entries, hashes, originals, citations), the chain and
/// every row verify, reads give the same answers, and the checkpoint still matches. A
/// registry that holds anything is not restored into.
pub async fn export_then_restore_gives_the_same_registry(h: &dyn Harness) {
    let store = h.store();
    fill(store).await;
    let cp = checkpoint(store).await;
    let before = export_lines(store).await;
    let persons = store.all_persons(Access::Admin).await.unwrap();
    let custody = sorted(store.custody_events(Access::Public).await.unwrap());
    let mut records: Vec<Record> = Vec::new();
    store.export_rows(&mut records).await.unwrap();
    let err = store
        .restore_rows(&mut records.clone().into_iter())
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    for table in [
        "checkpoints",
        "audit",
        "retractions",
        "proposals",
        "facts",
        "persons",
        "sources",
        "facilities",
        "announcements",
        "claims",
    ] {
        h.execute(&format!("DELETE FROM {table}")).await;
    }
    let counts = store.restore_rows(&mut records.into_iter()).await.unwrap();
    assert_eq!(
        (
            counts.persons,
            counts.facts,
            counts.sources,
            counts.checkpoints
        ),
        (3, 3, 1, 1)
    );
    assert_eq!(export_lines(store).await, before);
    assert_eq!(store.all_persons(Access::Admin).await.unwrap(), persons);
    assert_eq!(
        sorted(store.custody_events(Access::Public).await.unwrap()),
        custody
    );
    let report = store.verify_against(&[cp]).await.unwrap();
    assert!(report.problems.is_empty(), "{}", reasons(&report));
    assert_eq!(
        store
            .find_persons(
                &crate::PersonQuery {
                    text: Some("oculta".into()),
                    ..Default::default()
                },
                Access::Public
            )
            .await
            .unwrap()
            .total,
        0
    );
}
