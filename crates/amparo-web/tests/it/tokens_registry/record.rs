//! An editor's token keeps the record: a source with its text, a person found by name,
//! facts (a release with measures, its correction, a retraction), an edit that names its
//! version (a stale one is 409 and overwrites nothing), a merge and its undoing.

use super::{Story, id};
use axum::http::{Method, StatusCode};
use serde_json::{Value, json};

/// Records a source with its text and reads it back; returns its id.
pub async fn sources(s: &Story) -> String {
    let e = &s.editor;
    let text = "Caracas, 9 de enero de 2026. Texto inventado de una nota.";
    let made = json!({"kind": "news-article", "publisher": "Diario Inventado", "published": "2026-01-09", "text": text});
    let a = e.send(Method::POST, "/sources", &made).await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
    let source = id(&serde_json::from_str(&a.body).unwrap());
    let location = format!("/api/v1/registry/sources/{source}");
    assert_eq!(a.headers["location"], location.as_str());
    let again = e
        .refused(Method::POST, "/sources", made, StatusCode::CONFLICT)
        .await;
    assert!(
        again.body.contains(&source),
        "names the source: {}",
        again.body
    );
    assert_eq!(
        e.get("/sources").await["sources"].as_array().unwrap().len(),
        2
    );
    let shown = e.get(&format!("/sources/{source}?text=true")).await;
    assert_eq!(shown["text"], text);
    assert_eq!(shown["source"]["publisher"], "Diario Inventado");
    assert!(e.get(&format!("/sources/{source}")).await["text"].is_null());
    source
}

fn arrest_of(person: &Value) -> Value {
    person["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "arrest")
        .unwrap()
        .clone()
}

/// A person recorded, found, given facts, corrected, merged and unmerged.
pub async fn persons_and_facts(s: &Story, source: &str) {
    let e = &s.editor;
    let created = StatusCode::CREATED;
    let made = json!({"name": "Nepomuceno Ibarra Lander", "national_id": "V-9.876.543", "nationalities": ["ve"], "roles": ["journalist"]});
    let nepomuceno = id(&e.ok(Method::POST, "/persons", made, created).await);
    let found = e.get("/persons?name=nepomuceno&limit=5").await;
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(found["items"][0]["id"], nepomuceno.as_str());
    assert_eq!(found["items"][0]["state"], "unknown");
    let twin_id = json!({"name": "Otro Nombre Inventado", "national_id": "V-9.876.543"});
    e.refused(Method::POST, "/persons", twin_id, StatusCode::CONFLICT)
        .await;

    // Facts: an arrest, a release with its measures, its correction, a retraction.
    let arrest = json!({"person": nepomuceno, "kind": "arrest", "date": "2025-06-01", "sources": [source], "agency": "DGCIM", "excerpt": "Fue detenido por la DGCIM."});
    e.ok(Method::POST, "/facts", arrest, created).await;
    let release = json!({"person": nepomuceno, "kind": "release", "date": "2026-01-08", "sources": [source], "excerpt": "Excarcelado con régimen de presentación cada 15 días.", "measures": ["reporting:15", "travel-ban"], "verification": "verified"});
    let release = id(&e.ok(Method::POST, "/facts", release, created).await);
    let misfit = json!({"person": nepomuceno, "kind": "arrest", "date": "2025-06-01", "sources": [source], "locator": "p. 2", "measures": ["travel-ban"]});
    e.refused(
        Method::POST,
        "/facts",
        misfit,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let path = format!("/persons/{nepomuceno}");
    let read = e.get(&path).await;
    assert_eq!(read["status"]["state"], "released-with-measures", "{read}");
    assert_eq!(
        read["status"]["measures"],
        json!(["reporting:15", "travel-ban"])
    );
    assert_eq!(read["status"]["decided_by"], json!([release]));
    assert_eq!(read["person"]["national_id"], "V-9876543");
    let full = json!({"person": nepomuceno, "kind": "release", "date": "2026-01-08", "sources": [source], "locator": "párrafo 3", "release_kind": "full"});
    let correction = e
        .ok(
            Method::POST,
            &format!("/facts/{release}/supersede"),
            full,
            created,
        )
        .await;
    assert_eq!(correction["supersedes"], release.as_str());
    let read = e.get(&path).await;
    assert_eq!(read["status"]["state"], "released-fully", "{read}");
    let retract = format!("/facts/{}/retract", id(&arrest_of(&read)));
    let why = json!({"reason": "wrong person in the article"});
    e.ok(Method::POST, &retract, why, StatusCode::OK).await;
    let again = json!({"reason": "again"});
    e.refused(Method::POST, &retract, again, StatusCode::CONFLICT)
        .await;
    let read = e.get(&path).await;
    assert_eq!(arrest_of(&read)["retracted"], "wrong person in the article");

    // An edit names its version; a stale one is refused and overwrites nothing.
    let version = read["version"].as_i64().unwrap();
    let edit = json!({"version": version, "reason": "the family's lawyer", "birth_date": "1988", "add_aliases": ["Nepo Ibarra"]});
    let edited = e.ok(Method::PATCH, &path, edit, StatusCode::OK).await;
    assert!(edited["version"].as_i64().unwrap() > version, "{edited}");
    assert_eq!(edited["person"]["birth_date"], "1988");
    let stale = json!({"version": version, "reason": "an older read", "birth_date": "1977"});
    let a = e
        .refused(Method::PATCH, &path, stale, StatusCode::CONFLICT)
        .await;
    assert!(a.body.contains("Nothing was overwritten"), "{}", a.body);
    let unversioned = json!({"reason": "r", "sex": "male"});
    e.refused(
        Method::PATCH,
        &path,
        unversioned,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await;
    let read = e.get(&path).await;
    assert_eq!(read["person"]["birth_date"], "1988", "nothing overwritten");
    assert!(read["person"]["sex"].is_null(), "nothing half-written");

    // A duplicate, merged and unmerged.
    let twin = json!({"name": "Nepomuceno Ibarra"});
    let twin = e.ok(Method::POST, "/persons", twin, created).await;
    assert_eq!(
        twin["likely_duplicates"][0]["id"],
        nepomuceno.as_str(),
        "{twin}"
    );
    let twin = id(&twin);
    let merge = json!({"into": nepomuceno, "reason": "same cédula in the court papers"});
    let merged = e
        .ok(
            Method::POST,
            &format!("/persons/{twin}/merge"),
            merge,
            StatusCode::OK,
        )
        .await;
    assert_eq!(merged["into"], nepomuceno.as_str());
    let found = e.get("/persons?name=nepomuceno").await;
    assert_eq!(found["total"], 1, "a merged person is not listed: {found}");
    let why = json!({"reason": "not the same after all"});
    e.ok(
        Method::POST,
        &format!("/persons/{twin}/unmerge"),
        why,
        StatusCode::OK,
    )
    .await;
    assert_eq!(e.get("/persons?name=nepomuceno").await["total"], 2);
}
