//! Contract tests of the registry's contents: sources, persons, privacy, facts, custody.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{Harness, add, ctx, fact, person, source, status_of};
use crate::{PersonQuery, StoreError, Write};
use amparo_domain::*;

/// Sources keep their original bytes and hash; the same bytes twice are refused.
pub async fn sources_keep_their_bytes_and_refuse_duplicates(h: &dyn Harness) {
    let store = h.store();
    let s = source(store, "Diario Inventado", Some(b"original text")).await;
    assert_eq!(s.sha256, Some(Sha256::of(b"original text")));
    assert_eq!(
        store
            .source_original(s.id, Access::Admin)
            .await
            .unwrap()
            .as_deref(),
        Some(&b"original text"[..])
    );
    assert_eq!(
        store
            .source_by_hash(&Sha256::of(b"original text"), Access::Admin)
            .await
            .unwrap(),
        Some(s.clone())
    );
    let again = Source::new(SourceId::generate(), SourceKind::NgoList, "Other").unwrap();
    let err = store
        .write_batch(
            vec![Write::Source {
                source: again,
                original: Some(b"original text".to_vec()),
            }],
            &ctx(),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    assert_eq!(store.sources(Access::Admin).await.unwrap().len(), 1);
}

/// Persons are found by any part of any name, case and accents aside.
pub async fn persons_are_found_by_name_without_accents(h: &dyn Harness) {
    let store = h.store();
    let p = person(store, "Inés Carolina Quevedo").await;
    person(store, "Tomás Ferrer").await;
    let found = store
        .find_persons(
            &PersonQuery {
                text: Some("QUEVEDO".to_owned()),
                limit: 10,
                offset: 0,
            },
            Access::Documenter,
        )
        .await
        .unwrap()
        .items;
    assert_eq!(found.iter().map(|p| p.id).collect::<Vec<_>>(), vec![p.id]);
    let found = store
        .find_persons(
            &PersonQuery {
                text: Some("ines".to_owned()),
                limit: 10,
                offset: 0,
            },
            Access::Documenter,
        )
        .await
        .unwrap()
        .items;
    assert_eq!(found.len(), 1);
    assert_eq!(
        store
            .find_persons(
                &PersonQuery {
                    text: None,
                    limit: 10,
                    offset: 0
                },
                Access::Documenter
            )
            .await
            .unwrap()
            .items
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
            vec![Write::Person(p.clone()), Write::Person(hidden.clone())],
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
        .find_persons(
            &PersonQuery {
                text: Some("rosa".to_owned()),
                limit: 10,
                offset: 0,
            },
            Access::Public,
        )
        .await
        .unwrap()
        .items;
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
        .write_batch(vec![Write::Fact(bad)], &ctx())
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::NotFound { kind: "person", .. }),
        "{err}"
    );
    let ghost = Source::new(SourceId::generate(), SourceKind::Testimony, "ghost").unwrap();
    let err = store
        .write_batch(
            vec![Write::Fact(fact(&p, &ghost, FactKind::Acquittal, "2024"))],
            &ctx(),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::NotFound { kind: "source", .. }),
        "{err}"
    );
    let entries = store.audit_log(Access::Admin).await.unwrap().len();
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
            vec![
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
    assert_eq!(store.audit_log(Access::Admin).await.unwrap().len(), entries);
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

/// A batch larger than the writer's chunks (an import) lands whole, audited and in order;
/// one that fails in a later chunk leaves nothing of the earlier ones.
pub async fn large_batches_are_written_in_chunks_and_stay_atomic(h: &dyn Harness) {
    let store = h.store();
    let s = source(store, "Lista inventada", None).await;
    let arrest = FactKind::Arrest {
        facility: None,
        agency: None,
    };
    let mut writes = Vec::new();
    for i in 0..6_000 {
        let p = Person::new(
            PersonId::generate(),
            PersonName::parse(&format!("Persona Inventada {i}")).unwrap(),
        );
        let f = fact(&p, &s, arrest.clone(), "2024-03-01");
        writes.push(Write::Person(p));
        writes.push(Write::Fact(f));
    }
    let total = writes.len();
    let seen = std::sync::atomic::AtomicUsize::new(0);
    store
        .write_batch_with_progress(writes, &ctx(), &|n| {
            seen.fetch_max(n, std::sync::atomic::Ordering::Relaxed);
        })
        .await
        .unwrap();
    assert_eq!(seen.into_inner(), total, "progress reaches the end");
    assert_eq!(store.all_persons(Access::Admin).await.unwrap().len(), 6_000);
    assert_eq!(
        store.custody_events(Access::Admin).await.unwrap().len(),
        6_000
    );
    let report = store.verify().await.unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.entries, 1 + total as u64);

    let entries = store.audit_log(Access::Admin).await.unwrap().len();
    let mut writes = Vec::new();
    let mut first = None;
    for i in 0..6_000 {
        let p = Person::new(
            PersonId::generate(),
            PersonName::parse(&format!("Otra Persona {i}")).unwrap(),
        );
        first.get_or_insert(p.id);
        writes.push(Write::Person(p));
    }
    let stranger = Person::new(PersonId::generate(), PersonName::parse("Nadie").unwrap());
    writes.push(Write::Fact(fact(&stranger, &s, arrest, "2024")));
    let err = store
        .write_batch_with_progress(writes, &ctx(), &|_| {})
        .await
        .unwrap_err();
    assert!(
        matches!(err, StoreError::NotFound { kind: "person", .. }),
        "{err}"
    );
    assert!(
        store.person(first.unwrap(), Access::Admin).await.is_err(),
        "the first chunk must roll back with the last"
    );
    assert_eq!(store.all_persons(Access::Admin).await.unwrap().len(), 6_000);
    assert_eq!(store.audit_log(Access::Admin).await.unwrap().len(), entries);
}
