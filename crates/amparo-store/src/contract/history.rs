//! Contract tests of history: retractions, reviews, the gazetteer and claims, the audit
//! chain, merges and the review queue.
//!
//! A little past 400 lines: the history tests share their fixtures; splitting them would copy those.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{Harness, add, ctx, fact, person, source, status_of};
use crate::{PersonQuery, StoreError, Write};
use amparo_domain::*;

/// Retracted facts count for nothing; a fact is retracted once, with a reason.
pub async fn retractions_and_reviews(h: &dyn Harness) {
    let store = h.store();
    let s = source(store, "Diario Inventado", None).await;
    let p = person(store, "Marcos Olivares").await;
    let arrest = fact(
        &p,
        &s,
        FactKind::Arrest {
            facility: None,
            agency: None,
        },
        "2024-05-01",
    );
    let release = fact(
        &p,
        &s,
        FactKind::Release {
            release_kind: ReleaseKind::Full,
            measures: vec![],
        },
        "2025-01-01",
    );
    add(store, &arrest).await;
    add(store, &release).await;
    assert_eq!(
        status_of(store, &p, "2025-06-01").await.state,
        CustodyState::ReleasedFully
    );
    assert!(store.retract_fact(release.id, " ", &ctx()).await.is_err());
    store
        .retract_fact(release.id, "the source confused two people", &ctx())
        .await
        .unwrap();
    assert!(matches!(
        store.retract_fact(release.id, "again", &ctx()).await,
        Err(StoreError::AlreadyDone(_))
    ));
    assert!(matches!(
        store.retract_fact(FactId::generate(), "x", &ctx()).await,
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(
        status_of(store, &p, "2025-06-01").await.state,
        CustodyState::InCustody
    );
    assert_eq!(
        store
            .fact(release.id, Access::Admin)
            .await
            .unwrap()
            .retraction
            .as_deref(),
        Some("the source confused two people")
    );

    let mut proposed = fact(
        &p,
        &s,
        FactKind::Transfer {
            facility: "Rodeo I".into(),
        },
        "2024-06-01",
    );
    proposed.review = ReviewState::Proposed;
    add(store, &proposed).await;
    assert_eq!(
        status_of(store, &p, "2024-07-01").await.facility,
        None,
        "proposed facts do not count"
    );
    store
        .review_fact(
            proposed.id,
            ReviewState::Accepted,
            "checked with the family",
            &ctx(),
        )
        .await
        .unwrap();
    assert_eq!(
        status_of(store, &p, "2024-07-01").await.facility.as_deref(),
        Some("Rodeo I")
    );
    assert!(
        store
            .review_fact(proposed.id, ReviewState::Rejected, "no", &ctx())
            .await
            .is_err()
    );

    let other = person(store, "Otra Persona").await;
    let mut wrong = fact(&other, &s, FactKind::Pardon, "2025");
    wrong.supersedes = Some(arrest.id);
    assert!(matches!(
        store.write_batch(vec![Write::Fact(wrong)], &ctx()).await,
        Err(StoreError::Invalid(_))
    ));
    assert!(store.verify().await.unwrap().problems.is_empty());
}

/// The gazetteer, announcements and claims round-trip.
pub async fn gazetteer_announcements_and_claims(h: &dyn Harness) {
    let store = h.store();
    let s = source(store, "Gobierno", None).await;
    let mut f = Facility::new("El Helicoide").unwrap();
    f.operator = Some("SEBIN".into());
    store.put_facility(&f, &ctx()).await.unwrap();
    f.state = Some("Distrito Capital".into());
    store.put_facility(&f, &ctx()).await.unwrap();
    assert_eq!(store.facilities(Access::Admin).await.unwrap(), vec![f]);
    let a = Announcement {
        id: ClaimId::generate(),
        source: s.id,
        announced_by: "Asamblea Nacional".into(),
        date: PartialDate::parse("2026-01-08").unwrap(),
        quantity: Quantity::Vague("un número importante".into()),
        description: None,
        retracted: None,
    };
    store.add_announcement(&a, &ctx()).await.unwrap();
    assert_eq!(
        store.announcements(Access::Admin).await.unwrap(),
        vec![a.clone()]
    );
    let c = AggregateClaim {
        id: ClaimId::generate(),
        source: s.id,
        according_to: "Foro Penal".into(),
        subject: ClaimSubject::Held,
        quantity: Quantity::Number(863),
        as_of: Some(PartialDate::parse("2025-12-29").unwrap()),
        period: None,
        retracted: None,
    };
    store.add_claim(&c, &ctx()).await.unwrap();
    assert_eq!(store.claims(Access::Admin).await.unwrap(), vec![c.clone()]);
    // issue 10: a stock claim without its date, a flow claim without its period are refused.
    let mut undated = c.clone();
    undated.id = ClaimId::generate();
    undated.as_of = None;
    assert!(matches!(
        store.add_claim(&undated, &ctx()).await,
        Err(StoreError::Invalid(_))
    ));
    let mut flow = undated.clone();
    flow.subject = ClaimSubject::Released;
    assert!(matches!(
        store.add_claim(&flow, &ctx()).await,
        Err(StoreError::Invalid(_))
    ));
    // Claims and announcements are withdrawn with a reason, once.
    for id in [c.id, a.id] {
        let retract = || Write::RetractClaim {
            id,
            reason: "the source corrected it".into(),
        };
        store.write_batch(vec![retract()], &ctx()).await.unwrap();
        assert!(matches!(
            store.write_batch(vec![retract()], &ctx()).await,
            Err(StoreError::AlreadyDone(_))
        ));
    }
    assert_eq!(
        store.claims(Access::Admin).await.unwrap()[0]
            .retracted
            .as_deref(),
        Some("the source corrected it")
    );
    assert!(
        store.announcements(Access::Admin).await.unwrap()[0]
            .retracted
            .is_some()
    );
    assert!(store.verify().await.unwrap().problems.is_empty());
}

/// Every write is in the audit log, chained; altering a row or an entry is found and named.
pub async fn audit_chain_detects_tampering(h: &dyn Harness) {
    let store = h.store();
    let s = source(store, "Diario Inventado", Some(b"bytes")).await;
    let p = person(store, "Valentina Sucre").await;
    let f = fact(
        &p,
        &s,
        FactKind::Arrest {
            facility: None,
            agency: None,
        },
        "2024-02-09",
    );
    add(store, &f).await;
    let log = store.audit_log(Access::Admin).await.unwrap();
    assert_eq!(log.len(), 3);
    assert_eq!(log[2].entity_id, f.id.to_string());
    let report = store.verify().await.unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!((report.entries, report.rows), (3, 3));

    h.execute(&format!(
        "UPDATE facts SET date = '2024-02-08' WHERE id = '{}'",
        f.id
    ))
    .await;
    let report = store.verify().await.unwrap();
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert_eq!(report.problems[0].seq, Some(3));
    assert_eq!(
        report.problems[0].entity.as_deref(),
        Some(format!("fact {}", f.id).as_str())
    );
    h.execute(&format!(
        "UPDATE facts SET date = '2024-02-09' WHERE id = '{}'",
        f.id
    ))
    .await;
    assert!(store.verify().await.unwrap().problems.is_empty());

    h.execute("UPDATE audit SET actor = 'mallory' WHERE seq = 2")
        .await;
    let report = store.verify().await.unwrap();
    assert_eq!(report.problems[0].seq, Some(2), "{:?}", report.problems);
    h.execute("UPDATE audit SET actor = 'contract' WHERE seq = 2")
        .await;
    h.execute("DELETE FROM audit WHERE seq = 3").await;
    let report = store.verify().await.unwrap();
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.entity.as_deref() == Some(format!("fact {}", f.id).as_str()))
    );
}

/// Merges show the merged person's facts under the other, keep their citations, and are
/// undone by an unmerge; both are in the audit log.
pub async fn merges_are_reversible(h: &dyn Harness) {
    let store = h.store();
    let s = source(store, "Lista Ficticia", None).await;
    let a = person(store, "José María Basoa Ficticio").await;
    let b = person(store, "BASOA FICTICIO, JOSE M.").await;
    let arrest = fact(
        &a,
        &s,
        FactKind::Arrest {
            facility: None,
            agency: None,
        },
        "2024-02-09",
    );
    let release = fact(
        &b,
        &s,
        FactKind::Release {
            release_kind: ReleaseKind::Full,
            measures: vec![],
        },
        "2026-01-08",
    );
    add(store, &arrest).await;
    add(store, &release).await;
    assert!(
        store.merge_person(a.id, b.id, " ", &ctx()).await.is_err(),
        "a merge needs a reason"
    );
    store
        .merge_person(a.id, b.id, "same cédula on both lists", &ctx())
        .await
        .unwrap();
    let facts = store.facts_of(a.id, Access::Documenter).await.unwrap();
    assert_eq!(facts.len(), 2);
    assert_eq!(facts[1].fact.citations()[0].source, s.id);
    assert_eq!(
        status_of(store, &a, "2026-01-09").await.state,
        CustodyState::ReleasedFully
    );
    assert_eq!(
        store
            .find_persons(
                &PersonQuery {
                    text: Some("basoa".to_owned()),
                    limit: 10,
                    offset: 0
                },
                Access::Documenter
            )
            .await
            .unwrap()
            .items
            .len(),
        1
    );
    assert!(
        store
            .merge_person(b.id, a.id, "again", &ctx())
            .await
            .is_err(),
        "no chains of merges"
    );
    store
        .unmerge_person(b.id, "different birth dates after all", &ctx())
        .await
        .unwrap();
    assert_eq!(
        store
            .facts_of(a.id, Access::Documenter)
            .await
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        status_of(store, &a, "2026-01-09").await.state,
        CustodyState::InCustody
    );
    let actions: Vec<AuditAction> = store
        .audit_log(Access::Admin)
        .await
        .unwrap()
        .iter()
        .map(|e| e.action)
        .collect();
    assert!(actions.contains(&AuditAction::Merge) && actions.contains(&AuditAction::Unmerge));
    assert!(store.verify().await.unwrap().problems.is_empty());
}

/// Proposals wait in the queue; a decision is final and audited, with its reason.
pub async fn the_review_queue_holds_proposals_until_decided(h: &dyn Harness) {
    let store = h.store();
    let s = source(store, "Diario Inventado", Some(b"texto")).await;
    let proposal = Proposal {
        id: ProposalId::generate(),
        source: s.id,
        what: amparo_domain::Proposed::Fact {
            person: ProposedPerson::New {
                name: "Nadia Ficticia".into(),
                variants: vec![],
                nationalities: vec![],
                roles: vec![PersonRole::Journalist],
                possible_match: None,
                details: PersonDetails::default(),
            },
            kind: FactKind::Arrest {
                facility: None,
                agency: None,
            },
        },
        date: Some(PartialDate::parse("2026-01-05").unwrap()),
        verification: Verification::Reported,
        excerpt: "La periodista Nadia Ficticia fue detenida el lunes.".into(),
        locator: Some("chars 0-52".into()),
        note: None,
        state: ReviewState::Proposed,
        decision: None,
    };
    store
        .write_batch(vec![Write::Proposal(proposal.clone())], &ctx())
        .await
        .unwrap();
    assert_eq!(
        store
            .proposals(Some(ReviewState::Proposed), Access::Admin)
            .await
            .unwrap(),
        vec![proposal.clone()]
    );
    assert!(
        store
            .proposals(Some(ReviewState::Accepted), Access::Admin)
            .await
            .unwrap()
            .is_empty()
    );
    let decide = |state, reason: &str| Write::Decide {
        proposal: proposal.id,
        state,
        reason: reason.into(),
    };
    store
        .write_batch(
            vec![decide(ReviewState::Rejected, "not a detention")],
            &ctx(),
        )
        .await
        .unwrap();
    let decided = store.proposal(proposal.id, Access::Admin).await.unwrap();
    assert_eq!(
        (decided.state, decided.decision.as_deref()),
        (ReviewState::Rejected, Some("not a detention"))
    );
    assert!(
        store
            .write_batch(
                vec![decide(ReviewState::Accepted, "changed my mind")],
                &ctx()
            )
            .await
            .is_err()
    );
    assert!(store.verify().await.unwrap().problems.is_empty());
    h.execute(&format!(
        "UPDATE proposals SET state = 'accepted' WHERE id = '{}'",
        proposal.id
    ))
    .await;
    assert_eq!(store.verify().await.unwrap().problems.len(), 1);
}
