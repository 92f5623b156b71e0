//! The contract suite: every backend runs these same tests (through [`contract_suite!`]),
//! each on a fresh database.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::{Store, StoreError, Write, WriteContext};
use amparo_domain::*;
use async_trait::async_trait;
use chrono::NaiveDate;

/// A fresh store, and a way to run raw SQL against it (to play the attacker).
#[async_trait]
pub trait Harness: Send + Sync {
    fn store(&self) -> &dyn Store;
    async fn execute(&self, sql: &str);
    /// Removes what the test made (a PostgreSQL database); nothing by default.
    async fn cleanup(&self) {}
}

fn ctx() -> WriteContext {
    WriteContext {
        actor: "contract".into(),
        at: "2026-01-10T12:00:00.000000Z".into(),
    }
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

async fn source(store: &dyn Store, publisher: &str, bytes: Option<&[u8]>) -> Source {
    let mut s = Source::new(SourceId::generate(), SourceKind::NewsArticle, publisher).unwrap();
    s.published = Some(PartialDate::parse("2026-01-08").unwrap());
    store
        .write_batch(
            &[Write::Source {
                source: s.clone(),
                original: bytes.map(<[u8]>::to_vec),
            }],
            &ctx(),
        )
        .await
        .unwrap();
    store.source(s.id).await.unwrap()
}

async fn person(store: &dyn Store, name: &str) -> Person {
    let p = Person::new(PersonId::generate(), PersonName::parse(name).unwrap());
    store
        .write_batch(&[Write::Person(p.clone())], &ctx())
        .await
        .unwrap();
    p
}

fn fact(p: &Person, s: &Source, kind: FactKind, date: &str) -> Fact {
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

async fn add(store: &dyn Store, f: &Fact) {
    store
        .write_batch(&[Write::Fact(f.clone())], &ctx())
        .await
        .unwrap();
}

async fn status_of(store: &dyn Store, p: &Person, as_of: &str) -> CustodyStatus {
    let events: Vec<CustodyEvent> = store
        .custody_events()
        .await
        .unwrap()
        .into_iter()
        .filter(|(id, _)| *id == p.id)
        .map(|(_, e)| e)
        .collect();
    custody_status(&events, day(as_of))
}

/// Sources keep their original bytes and hash; the same bytes twice are refused.
pub async fn sources_keep_their_bytes_and_refuse_duplicates(h: &dyn Harness) {
    let store = h.store();
    let s = source(store, "Diario Inventado", Some(b"original text")).await;
    assert_eq!(s.sha256, Some(Sha256::of(b"original text")));
    assert_eq!(
        store.source_original(s.id).await.unwrap().as_deref(),
        Some(&b"original text"[..])
    );
    assert_eq!(
        store
            .source_by_hash(&Sha256::of(b"original text"))
            .await
            .unwrap(),
        Some(s.clone())
    );
    let again = Source::new(SourceId::generate(), SourceKind::NgoList, "Other").unwrap();
    let err = store
        .write_batch(
            &[Write::Source {
                source: again,
                original: Some(b"original text".to_vec()),
            }],
            &ctx(),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Rejected(_)), "{err}");
    assert_eq!(store.sources().await.unwrap().len(), 1);
}

/// Persons are found by any part of any name, case and accents aside.
pub async fn persons_are_found_by_name_without_accents(h: &dyn Harness) {
    let store = h.store();
    let p = person(store, "Inés Carolina Quevedo").await;
    person(store, "Tomás Ferrer").await;
    let found = store
        .find_persons(Some("QUEVEDO"), Access::Documenter, 10)
        .await
        .unwrap();
    assert_eq!(found.iter().map(|p| p.id).collect::<Vec<_>>(), vec![p.id]);
    let found = store
        .find_persons(Some("ines"), Access::Documenter, 10)
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(
        store
            .find_persons(None, Access::Documenter, 10)
            .await
            .unwrap()
            .len(),
        2
    );
    assert!(matches!(
        store.person(PersonId::generate(), Access::Admin).await,
        Err(StoreError::NotFound { .. })
    ));
}

/// The public never sees restricted fields nor hidden persons, whatever read it uses.
pub async fn reads_enforce_privacy_by_role(h: &dyn Harness) {
    let store = h.store();
    let mut p = Person::new(
        PersonId::generate(),
        PersonName::parse("Rosa Elvira Montilla").unwrap(),
    );
    p.national_id = Some(NationalId::parse("V-11.222.333").unwrap());
    p.health = Some("needs insulin".into());
    let mut hidden = Person::new(
        PersonId::generate(),
        PersonName::parse("Rosa Hidalgo").unwrap(),
    );
    hidden.visibility = Visibility::Hidden;
    store
        .write_batch(
            &[Write::Person(p.clone()), Write::Person(hidden.clone())],
            &ctx(),
        )
        .await
        .unwrap();
    let public = store.person(p.id, Access::Public).await.unwrap();
    assert_eq!(public.national_id, None);
    assert_eq!(public.health, None);
    assert_eq!(
        store
            .person(p.id, Access::Documenter)
            .await
            .unwrap()
            .health
            .as_deref(),
        Some("needs insulin")
    );
    assert!(store.person(hidden.id, Access::Public).await.is_err());
    assert!(store.facts_of(hidden.id, Access::Researcher).await.is_err());
    let found = store
        .find_persons(Some("rosa"), Access::Public, 10)
        .await
        .unwrap();
    assert_eq!(found.len(), 1);
    assert!(found.iter().all(|p| p.national_id.is_none()));
    assert_eq!(store.all_persons(Access::Public).await.unwrap().len(), 1);
    assert_eq!(store.all_persons(Access::Admin).await.unwrap().len(), 2);
}

/// A fact must point at a known person and known sources; a failed batch writes nothing.
pub async fn facts_need_known_people_and_sources_and_batches_are_atomic(h: &dyn Harness) {
    let store = h.store();
    let s = source(store, "Diario Inventado", None).await;
    let p = person(store, "Julián Arráiz").await;
    let stranger = Person::new(PersonId::generate(), PersonName::parse("Nadie").unwrap());
    let bad = fact(&stranger, &s, FactKind::Acquittal, "2024");
    let err = store
        .write_batch(&[Write::Fact(bad)], &ctx())
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::NotFound { kind: "person", .. }),
        "{err}"
    );
    let ghost = Source::new(SourceId::generate(), SourceKind::Testimony, "ghost").unwrap();
    let err = store
        .write_batch(
            &[Write::Fact(fact(&p, &ghost, FactKind::Acquittal, "2024"))],
            &ctx(),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::NotFound { kind: "source", .. }),
        "{err}"
    );
    let entries = store.audit_log().await.unwrap().len();
    let newcomer = Person::new(
        PersonId::generate(),
        PersonName::parse("Lucía Benavides").unwrap(),
    );
    let good = fact(
        &newcomer,
        &s,
        FactKind::Arrest {
            facility: None,
            agency: None,
        },
        "2024-02-09",
    );
    let err = store
        .write_batch(
            &[
                Write::Person(newcomer.clone()),
                Write::Fact(good),
                Write::Fact(fact(&stranger, &s, FactKind::Pardon, "2025")),
            ],
            &ctx(),
        )
        .await;
    assert!(err.is_err());
    assert!(
        store.person(newcomer.id, Access::Admin).await.is_err(),
        "the batch must roll back"
    );
    assert_eq!(store.audit_log().await.unwrap().len(), entries);
}

/// Issue 2's scenario through the store: custody, release with measures, a conflict.
pub async fn custody_status_from_stored_facts(h: &dyn Harness) {
    let store = h.store();
    let a = source(store, "Source A", None).await;
    let b = source(store, "Source B", None).await;
    let c = source(store, "Source C", None).await;
    let p = person(store, "Ernesto Villalba").await;
    let arrest = fact(
        &p,
        &a,
        FactKind::Arrest {
            facility: None,
            agency: Some("SEBIN".into()),
        },
        "2024-02-09",
    );
    let transfer = fact(
        &p,
        &a,
        FactKind::Transfer {
            facility: "El Helicoide".into(),
        },
        "2024-02-12",
    );
    let mut release = fact(
        &p,
        &b,
        FactKind::Release {
            release_kind: ReleaseKind::Conditional,
            measures: vec![
                ReleaseMeasure::Reporting { every_days: 30 },
                ReleaseMeasure::TravelBan,
            ],
        },
        "2026-01-08",
    );
    release.verification = Verification::Verified;
    for f in [&arrest, &transfer, &release] {
        add(store, f).await;
    }
    let held = status_of(store, &p, "2025-12-31").await;
    assert_eq!(held.state, CustodyState::InCustody);
    assert_eq!(held.facility.as_deref(), Some("El Helicoide"));
    let out = status_of(store, &p, "2026-01-09").await;
    assert_eq!(out.state, CustodyState::ReleasedWithMeasures);
    assert_eq!(out.decided_by, vec![release.id]);
    add(
        store,
        &fact(&p, &c, FactKind::Detention { facility: None }, "2026-01-10"),
    )
    .await;
    assert_eq!(status_of(store, &p, "2026-01-11").await.conflicts.len(), 1);
    let facts = store.facts_of(p.id, Access::Documenter).await.unwrap();
    assert_eq!(facts.len(), 4);
    assert_eq!(facts[0].fact.id, arrest.id);
    assert_eq!(facts[2].fact.citations()[0].source, b.id);
}

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
        Err(StoreError::Rejected(_))
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
        store.fact(release.id).await.unwrap().retraction.as_deref(),
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
        store.write_batch(&[Write::Fact(wrong)], &ctx()).await,
        Err(StoreError::Rejected(_))
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
    assert_eq!(store.facilities().await.unwrap(), vec![f]);
    let a = Announcement {
        id: ClaimId::generate(),
        source: s.id,
        announced_by: "Asamblea Nacional".into(),
        date: PartialDate::parse("2026-01-08").unwrap(),
        quantity: Quantity::Vague("un número importante".into()),
        description: None,
    };
    store.add_announcement(&a, &ctx()).await.unwrap();
    assert_eq!(store.announcements().await.unwrap(), vec![a]);
    let c = AggregateClaim {
        id: ClaimId::generate(),
        source: s.id,
        according_to: "Foro Penal".into(),
        subject: ClaimSubject::Held,
        quantity: Quantity::Number(863),
        as_of: Some(PartialDate::parse("2025-12-29").unwrap()),
        period: None,
    };
    store.add_claim(&c, &ctx()).await.unwrap();
    assert_eq!(store.claims().await.unwrap(), vec![c]);
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
    let log = store.audit_log().await.unwrap();
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
            .find_persons(Some("basoa"), Access::Documenter, 10)
            .await
            .unwrap()
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
        .audit_log()
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
        person: ProposedPerson::New {
            name: "Nadia Ficticia".into(),
            variants: vec![],
            nationalities: vec![],
            roles: vec![PersonRole::Journalist],
            possible_match: None,
        },
        kind: FactKind::Arrest {
            facility: None,
            agency: None,
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
        .write_batch(&[Write::Proposal(proposal.clone())], &ctx())
        .await
        .unwrap();
    assert_eq!(
        store.proposals(Some(ReviewState::Proposed)).await.unwrap(),
        vec![proposal.clone()]
    );
    assert!(
        store
            .proposals(Some(ReviewState::Accepted))
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
        .write_batch(&[decide(ReviewState::Rejected, "not a detention")], &ctx())
        .await
        .unwrap();
    let decided = store.proposal(proposal.id).await.unwrap();
    assert_eq!(
        (decided.state, decided.decision.as_deref()),
        (ReviewState::Rejected, Some("not a detention"))
    );
    assert!(
        store
            .write_batch(&[decide(ReviewState::Accepted, "changed my mind")], &ctx())
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
