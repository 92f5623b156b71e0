//! The public index holds only what the public may see: hidden persons never, initials
//! persons only by initials, national ids only as keyed hashes.

use super::*;
use crate::{Actor, FactInput, FixedClock, OpenOptions, PersonInput, SourceInput};

fn fact(person: PersonId, kind: &str, date: &str, source: SourceId) -> FactInput {
    FactInput {
        person,
        kind: kind.into(),
        date: date.into(),
        sources: vec![source],
        excerpt: Some("Según la lista, la persona fue detenida.".into()),
        locator: None,
        verification: Some("verified".into()),
        release_kind: None,
        measures: vec![],
        facility: None,
        agency: None,
        offences: vec![],
        term_months: None,
        text: None,
        by: None,
        criteria: None,
        country: None,
        role: None,
        supersedes: None,
        proposed: false,
    }
}

async fn fixture() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let clock = FixedClock(
        chrono::DateTime::parse_from_rfc3339("2026-01-10T12:00:00Z")
            .unwrap()
            .to_utc(),
    );
    let options = OpenOptions {
        create: true,
        ..OpenOptions::default()
    };
    let app = App::open(db.to_str().unwrap(), &options, Arc::new(clock))
        .await
        .unwrap();
    let admin = Actor::local("test");
    let ngo = app
        .register_source(
            &admin,
            &SourceInput {
                kind: "ngo-list".into(),
                publisher: "Observatorio Inventado".into(),
                ..SourceInput::default()
            },
            None,
        )
        .await
        .unwrap();
    let testimony = app
        .register_source(
            &admin,
            &SourceInput {
                kind: "testimony".into(),
                publisher: "Hermana de la persona".into(),
                ..SourceInput::default()
            },
            None,
        )
        .await
        .unwrap();
    for (name, cedula, visibility) in [
        ("Eulalia Brizuela Tovar", "V-20.111.222", "public"),
        ("Octavio Sanabria Leal", "V-20.333.444", "hidden"),
        ("Renata Escalona Mujica", "V-20.555.666", "initials"),
    ] {
        let id = app
            .add_person(
                &admin,
                &PersonInput {
                    name: name.into(),
                    national_id: Some(cedula.into()),
                    visibility: Some(visibility.into()),
                    contacts: Some("+58 412 0000000".into()),
                    ..PersonInput::default()
                },
                None,
            )
            .await
            .unwrap()
            .id;
        app.add_fact(&admin, &fact(id, "arrest", "2024-08-03", ngo))
            .await
            .unwrap();
        let mut heard = fact(id, "detention", "2025-02-01", testimony);
        heard.verification = Some("reported".into());
        app.add_fact(&admin, &heard).await.unwrap();
    }
    (dir, app)
}

#[tokio::test]
async fn the_index_holds_only_what_the_public_may_see() {
    let (_dir, app) = fixture().await;
    let index = app.public_index().await.unwrap();
    assert_eq!(index.len(), 2, "the hidden person is not in the index");

    let found = index.search("eulalia brizuela");
    assert_eq!(found.hits.len(), 1);
    let hit = &found.hits[0].entry;
    assert_eq!(hit.name, "Eulalia Brizuela Tovar");
    assert_eq!(hit.status.state, CustodyState::InCustody);
    assert_eq!(hit.sources, 2, "the testimony is counted");
    assert_eq!(hit.publishers, ["Observatorio Inventado"], "but not named");
    assert_eq!(
        hit.last_verified.map(|d| d.to_string()).as_deref(),
        Some("2024-08-03")
    );
    assert!(index.search("V-20.111.222").hits.len() == 1);
    assert!(index.search("20111222").by_national_id);

    for query in [
        "Octavio Sanabria",
        "Sanabria Leal",
        "V-20.333.444",
        "20333444",
        "O. S. L.",
    ] {
        assert!(
            index.search(query).hits.is_empty(),
            "hidden person found by {query}"
        );
    }
    for query in ["Renata Escalona", "Escalona Mujica", "V-20.555.666"] {
        assert!(
            index.search(query).hits.is_empty(),
            "initials person confirmed by {query}"
        );
    }
    let by_initials = index.search("R. E. M.");
    assert_eq!(by_initials.hits.len(), 1);
    assert_eq!(by_initials.hits[0].entry.name, "R. E. M.");
    assert!(by_initials.hits[0].entry.initials_only);

    // Nothing in a serialised entry gives a restricted field away.
    let json = serde_json::to_string(&index.search("Brizuela")).unwrap();
    for secret in [
        "20111222",
        "20.111.222",
        "+58",
        "Hermana",
        "Renata",
        "Octavio",
    ] {
        assert!(!json.contains(secret), "{secret} in {json}");
    }
}

#[tokio::test]
async fn the_public_page_of_a_hidden_person_is_not_found() {
    let (_dir, app) = fixture().await;
    let index = app.public_index().await.unwrap();
    let today = app.today();
    let public = index.search("Brizuela").hits[0].entry.id;
    let page = app.public_person(public, today).await.unwrap();
    assert_eq!(
        page.timeline.len(),
        1,
        "the testimony's fact is not in the public timeline"
    );
    let all = app.store().all_persons(Access::Admin).await.unwrap();
    let hidden = all
        .iter()
        .find(|p| p.display_name().starts_with("Octavio"))
        .unwrap();
    let err = app.public_person(hidden.id, today).await.unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::NotFound);
    let initials = all
        .iter()
        .find(|p| p.display_name().starts_with("Renata"))
        .unwrap();
    let page = app.public_person(initials.id, today).await.unwrap();
    assert_eq!(page.person.name, "R. E. M.");
    assert!(!serde_json::to_string(&page).unwrap().contains("Escalona"));
}
