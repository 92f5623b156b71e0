//! Contract tests of search and of writers that race: name search folds, escapes and
//! pages; crossed merges from two connections cannot make a cycle; identity decisions made
//! on stale persons are refused; two people saving one record from the same version: one
//! save lands, the other is refused, never a silent overwrite.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::{Harness, ctx, fact, person, source};
use crate::{Expectation, PersonQuery, StoreError, Write};
use amparo_domain::*;

/// Name search folds like the rest of amparo (ñ → n), escapes LIKE's wildcards, and pages.
pub async fn name_search_folds_escapes_and_pages(h: &dyn Harness) {
    let store = h.store();
    person(store, "Rosa Añez").await;
    person(store, "Luis Núñez").await;
    person(store, "100% Inventado").await;
    let find = |text: &str, limit: u32, offset: u32| PersonQuery {
        text: Some(text.into()),
        limit,
        offset,
    };
    let names = |page: crate::Page<Person>| {
        page.items
            .iter()
            .map(|p| p.display_name().to_owned())
            .collect::<Vec<_>>()
    };
    // issue 9: `person list --name anez` finds "Añez"; "nunez" finds "Núñez".
    assert_eq!(
        names(
            store
                .find_persons(&find("anez", 0, 0), Access::Public)
                .await
                .unwrap()
        ),
        ["Rosa Añez"]
    );
    assert_eq!(
        names(
            store
                .find_persons(&find("NUÑEZ", 0, 0), Access::Public)
                .await
                .unwrap()
        ),
        ["Luis Núñez"]
    );
    assert_eq!(
        store
            .find_persons(&find("%", 0, 0), Access::Admin)
            .await
            .unwrap()
            .total,
        3
    );
    assert_eq!(
        store
            .find_persons(&find("_", 0, 0), Access::Admin)
            .await
            .unwrap()
            .total,
        3
    );
    let page = store
        .find_persons(
            &PersonQuery {
                text: None,
                limit: 2,
                offset: 2,
            },
            Access::Admin,
        )
        .await
        .unwrap();
    assert_eq!((page.total, page.offset, page.items.len()), (3, 2, 1));
}

/// Two connections merge A into B and B into A at the same time: one merge lands, the
/// other is refused, and nobody is merged into a chain (issue 9).
pub async fn crossed_merges_cannot_make_a_cycle(h: &dyn Harness) {
    let other = h.second().await;
    for round in 0..5 {
        let (a, b) = (
            person(h.store(), &format!("Ana Crucero {round}")).await,
            person(h.store(), &format!("Ana Cruzero {round}")).await,
        );
        let c = ctx();
        let (first, second) = tokio::join!(
            h.store().merge_person(a.id, b.id, "same person", &c),
            other.merge_person(b.id, a.id, "same person", &c),
        );
        assert!(
            first.is_ok() != second.is_ok(),
            "round {round}: {first:?} / {second:?}"
        );
        let refused = first.err().or(second.err()).unwrap();
        assert!(matches!(refused, StoreError::Conflict(_)), "{refused}");
        let (a, b) = (
            h.store().person(a.id, Access::Admin).await.unwrap(),
            h.store().person(b.id, Access::Admin).await.unwrap(),
        );
        assert!(
            a.merged_into.is_none() || b.merged_into.is_none(),
            "a cycle: {a:?} {b:?}"
        );
    }
    assert!(h.store().verify().await.unwrap().problems.is_empty());
}

/// A batch carrying identity decisions made before another writer added a person is
/// refused as stale, so the caller decides again (two imports of one list, issue 14).
pub async fn stale_identity_decisions_are_refused(h: &dyn Harness) {
    let store = h.store();
    let s = source(store, "Lista Inventada", None).await;
    let seen = store.head().await.unwrap();
    let p = person(store, "Nadia Escalona").await;
    let f = fact(&p, &s, FactKind::Detention { facility: None }, "2025");
    let err = store
        .write_batch(
            vec![
                Write::Expect(Expectation::PersonsUnchangedSince(seen)),
                Write::Fact(f.clone()),
            ],
            &ctx(),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, StoreError::Stale { .. }), "{err}");
    let now = store.head().await.unwrap();
    assert!(now > seen);
    store
        .write_batch(
            vec![
                Write::Expect(Expectation::PersonsUnchangedSince(now)),
                Write::Fact(f),
            ],
            &ctx(),
        )
        .await
        .unwrap();
    assert_eq!(store.head().await.unwrap(), now + 1);
}

/// Two writers on two connections edit one person from the version both read: exactly one
/// save lands; the other is refused as a conflict and its change is nowhere.
pub async fn two_edits_from_one_version_never_overwrite(h: &dyn Harness) {
    let other = h.second().await;
    for round in 0..5 {
        let p = person(h.store(), &format!("Olga Versionada {round}")).await;
        let version = h.store().person_version(p.id, Access::Admin).await.unwrap();
        let edit = |notes: &str| {
            let mut changed = p.clone();
            changed.notes = Some(notes.into());
            vec![Write::UpdatePerson {
                person: changed,
                reason: "prueba".into(),
                version: Some(version),
            }]
        };
        let c = ctx();
        let (first, second) = tokio::join!(
            h.store().write_batch(edit("nota de la primera"), &c),
            other.write_batch(edit("nota de la segunda"), &c),
        );
        assert!(
            first.is_ok() != second.is_ok(),
            "round {round}: {first:?} / {second:?}"
        );
        let refused = first.as_ref().err().or(second.as_ref().err()).unwrap();
        assert!(matches!(refused, StoreError::Conflict(_)), "{refused}");
        let kept = h.store().person(p.id, Access::Admin).await.unwrap().notes;
        let winner = if first.is_ok() {
            "nota de la primera"
        } else {
            "nota de la segunda"
        };
        assert_eq!(kept.as_deref(), Some(winner), "round {round}");
    }
    assert!(h.store().verify().await.unwrap().problems.is_empty());
}
