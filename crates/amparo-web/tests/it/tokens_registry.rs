//! The record's routes for programs (issue 12, part 3): an editor's token records and
//! corrects persons, facts, sources, claims and announcements, and imports a list, through
//! the same use cases as the command line; a viewer's token is refused 403 on every route
//! that writes, and writes nothing; no token is 401 everywhere; an edit naming a stale
//! version is 409 and overwrites nothing; a list's bad row comes back with its line; a
//! viewer reads the cédula (its role reads the whole record) and a researcher acting
//! through these routes does not, nor any hidden person. The same story runs on SQLite and,
//! when a server is there, on PostgreSQL.

use super::support::{Answer, Secrets, Site, clock, config, open, site_of};
use amparo_app::{Actor, App, OpenOptions, PersonInput, Role, SourceInput};
use amparo_domain::Access;
use amparo_postgres::PgStore;
use amparo_web::api::auth::TokenActor;
use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use axum::middleware::{Next, from_fn};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A list with one row of a person already recorded, one new, and one without a usable
/// name (line 4).
const LIST: &str = "Nombre,Cédula,Situación\nCasilda Ordóñez Pimentel,V-21.436.587,Excarcelada\nAurelio Quintana Bello,V-8.765.432,Detenido\n12345,,Detenido\n";

/// Sends `body` (of `content_type`) to `uri` with `token`.
async fn call(
    router: &Router,
    method: Method,
    uri: &str,
    token: Option<&str>,
    content_type: &str,
    body: Vec<u8>,
) -> Answer {
    let mut request = Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", content_type)
        .header("accept-language", "en");
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    let response = router
        .clone()
        .oneshot(request.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// Sends JSON and expects `status`; returns the answer's JSON.
async fn expect(
    router: &Router,
    (method, uri): (Method, &str),
    token: &str,
    body: Value,
    status: StatusCode,
) -> Value {
    let json_body = if method == Method::GET {
        Vec::new()
    } else {
        body.to_string().into_bytes()
    };
    let a = call(
        router,
        method.clone(),
        uri,
        Some(token),
        "application/json",
        json_body,
    )
    .await;
    assert_eq!(a.status, status, "{method} {uri}: {}", a.body);
    serde_json::from_str(&a.body).unwrap()
}

fn problem(a: &Answer, status: StatusCode, what: &str) {
    assert_eq!(a.status, status, "{what}: {}", a.body);
    assert_eq!(
        a.headers["content-type"], "application/problem+json",
        "{what}"
    );
    let json: Value = serde_json::from_str(&a.body).unwrap();
    assert_eq!(json["status"], status.as_u16(), "{what}");
}

fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

/// The registry the story starts from: a source, a public person with a cédula and notes,
/// a hidden one, each with an arrest whose excerpt quotes the cédula.
async fn seed(app: &App) -> (String, String, String) {
    let admin = Actor::local("test");
    let news = app
        .register_source(
            &admin,
            &SourceInput {
                kind: "news-article".into(),
                publisher: "Periódico Inventado".into(),
                published: Some("2024-08-05".into()),
                ..SourceInput::default()
            },
            None,
        )
        .await
        .unwrap();
    let mut ids = Vec::new();
    for (name, cedula, visibility) in [
        ("Casilda Ordóñez Pimentel", "V-21.436.587", "public"),
        ("Baltasar Quiroga Urdaneta", "V-19.283.746", "hidden"),
    ] {
        let input = PersonInput {
            name: name.into(),
            national_id: Some(cedula.into()),
            visibility: Some(visibility.into()),
            notes: Some("nota-interna: la madre pidio discrecion".into()),
            ..PersonInput::default()
        };
        let person = app.add_person(&admin, &input, None).await.unwrap().id;
        let mut arrest = super::support::fact(
            person,
            "arrest",
            "2024-08-03",
            news,
            &format!("{name} (cédula {cedula}) fue detenida por el SEBIN."),
        );
        arrest.agency = Some("SEBIN".into());
        app.add_fact(&admin, &arrest).await.unwrap();
        ids.push(person.to_string());
    }
    (news.to_string(), ids[0].clone(), ids[1].clone())
}

/// Every route of the record, with what the story sends: method, path, body.
fn writes(person: &str, fact: &str, claim: &str, source: &str) -> Vec<(Method, String, Value)> {
    let p = |path: &str| format!("/api/v1/registry{path}");
    vec![
        (
            Method::POST,
            p("/persons"),
            json!({"name": "Eulogio Tapia Berroterán"}),
        ),
        (
            Method::PATCH,
            p(&format!("/persons/{person}")),
            json!({"version": 1, "reason": "r", "notes": "x"}),
        ),
        (
            Method::POST,
            p(&format!("/persons/{person}/merge")),
            json!({"into": person, "reason": "r"}),
        ),
        (
            Method::POST,
            p(&format!("/persons/{person}/unmerge")),
            json!({"reason": "r"}),
        ),
        (
            Method::POST,
            p("/facts"),
            json!({"person": person, "kind": "release", "date": "2026-01-08", "sources": [source]}),
        ),
        (
            Method::POST,
            p(&format!("/facts/{fact}/supersede")),
            json!({"person": person, "kind": "arrest", "date": "2024-08-02", "sources": [source]}),
        ),
        (
            Method::POST,
            p(&format!("/facts/{fact}/retract")),
            json!({"reason": "r"}),
        ),
        (
            Method::POST,
            p("/sources"),
            json!({"kind": "news-article", "publisher": "Diario Inventado", "text": "Texto."}),
        ),
        (
            Method::POST,
            p("/claims"),
            json!({"source": source, "by": "Foro Inventado", "subject": "held", "number": 863}),
        ),
        (
            Method::POST,
            p(&format!("/claims/{claim}/retract")),
            json!({"reason": "r"}),
        ),
        (
            Method::POST,
            p("/announcements"),
            json!({"source": source, "by": "Gobierno Inventado", "date": "2026-01-08"}),
        ),
        (
            Method::POST,
            p(&format!("/announcements/{claim}/retract")),
            json!({"reason": "r"}),
        ),
        (
            Method::POST,
            p("/lists?source_publisher=Foro%20Inventado&source_published=2026-01-10"),
            Value::String(LIST.into()),
        ),
    ]
}

/// The routes that only read.
fn reads(person: &str, source: &str) -> Vec<(Method, String)> {
    let p = |path: &str| format!("/api/v1/registry{path}");
    vec![
        (Method::GET, p("/persons?name=casilda")),
        (Method::GET, p(&format!("/persons/{person}"))),
        (Method::GET, p("/sources")),
        (Method::GET, p(&format!("/sources/{source}?text=true"))),
        (Method::GET, p("/claims")),
        (Method::GET, p("/announcements")),
    ]
}

/// A request of the table as sent: a list is CSV, the rest JSON.
async fn send(
    r: &Router,
    (method, uri, body): &(Method, String, Value),
    token: Option<&str>,
) -> Answer {
    let (kind, bytes) = match body {
        Value::String(csv) => ("text/csv", csv.clone().into_bytes()),
        other => ("application/json", other.to_string().into_bytes()),
    };
    call(r, method.clone(), uri, token, kind, bytes).await
}

/// The routes for programs acting as `actor`, as if its token had been checked.
fn acting_as(site: &Site, actor: Actor) -> Router {
    let mut router = Router::new();
    for (path, handler) in amparo_web::api::routes_with_token() {
        router = router.route(path, handler);
    }
    let act = move |mut request: Request<Body>, next: Next| {
        let actor = actor.clone();
        async move {
            request.extensions_mut().insert(TokenActor(actor));
            next.run(request).await
        }
    };
    router.layer(from_fn(act)).with_state(site.state.clone())
}

/// The story, on `app`.
async fn programs_keep_the_record(app: App, dir: tempfile::TempDir) {
    let (news, casilda, hidden) = seed(&app).await;
    let admin = Actor::local("test");
    let mut tokens = Vec::new();
    for (label, role) in [("editora", Role::Editor), ("lector", Role::Viewer)] {
        tokens.push(app.add_token(&admin, label, role).await.unwrap().token);
    }
    let [editor, viewer] = [&tokens[0], &tokens[1]];
    let site = site_of(dir, app, config(), Secrets::default()).await;
    let r = &site.router;
    // Tokens are made for the organisation's roles only, which all read restricted fields;
    // the routes read as whatever actor they are given, so a researcher is put in directly.
    let as_researcher = acting_as(&site, Actor::new("token:investigadora", Role::Researcher));
    let researcher = "not-checked";
    let reg = |path: &str| format!("/api/v1/registry{path}");

    // Every route of the record is in the tables below (a new one must be tested too), and
    // the document has each with the method the tables send.
    let table = writes(&casilda, "f", "c", &news);
    let all: Vec<(Method, String)> = table
        .iter()
        .map(|(m, u, _)| (m.clone(), u.clone()))
        .chain(reads(&casilda, &news))
        .collect();
    let doc = super::support::get(r, "/api/v1/openapi.json").await;
    let doc: Value = serde_json::from_str(&doc.body).unwrap();
    for (path, _) in amparo_web::api::routes_with_token() {
        if !path.starts_with("/api/v1/registry") {
            continue;
        }
        let pattern: Vec<&str> = path.split('/').collect();
        let sent: Vec<&Method> = all
            .iter()
            .filter(|(_, uri)| {
                let parts: Vec<&str> = uri.split('?').next().unwrap().split('/').collect();
                parts.len() == pattern.len()
                    && parts
                        .iter()
                        .zip(&pattern)
                        .all(|(a, b)| a == b || b.starts_with('{'))
            })
            .map(|(m, _)| m)
            .collect();
        assert!(!sent.is_empty(), "{path} has no test here");
        for method in sent {
            let operation = &doc["paths"][path][method.as_str().to_ascii_lowercase()];
            assert!(operation.is_object(), "{method} {path} is not documented");
            assert_eq!(operation["security"][0]["bearer"], json!([]), "{path}");
        }
    }
    assert!(doc["components"]["schemas"]["ListImported"].is_object());

    // No token: 401 everywhere, reads included.
    for request in &table {
        problem(
            &send(r, request, None).await,
            StatusCode::UNAUTHORIZED,
            &request.1,
        );
    }
    for (method, uri) in reads(&casilda, &news) {
        let a = call(r, method, &uri, None, "application/json", Vec::new()).await;
        problem(&a, StatusCode::UNAUTHORIZED, &uri);
        assert_eq!(a.headers["www-authenticate"], "Bearer");
    }

    // A viewer's token reads the whole record, and is refused every write: nothing written.
    let person = expect(
        r,
        (Method::GET, &reg(&format!("/persons/{casilda}"))),
        viewer,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    let arrest = person["facts"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(person["person"]["national_id"], "V-21436587", "{person}");
    let before = site.app.store().head().await.unwrap();
    for request in writes(&casilda, &arrest, &arrest, &news) {
        problem(
            &send(r, &request, Some(viewer)).await,
            StatusCode::FORBIDDEN,
            &request.1,
        );
    }
    assert_eq!(
        site.app.store().head().await.unwrap(),
        before,
        "a viewer wrote"
    );

    // A researcher: the person without restricted fields; no hidden person at all.
    let a = call(
        &as_researcher,
        Method::GET,
        &reg(&format!("/persons/{casilda}")),
        Some(researcher),
        "application/json",
        Vec::new(),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    for secret in ["21436587", "21.436.587", "nota-interna"] {
        assert!(
            !a.body.contains(secret),
            "a researcher read {secret}: {}",
            a.body
        );
    }
    let seen: Value = serde_json::from_str(&a.body).unwrap();
    assert!(seen["person"]["national_id"].is_null());
    assert!(seen["version"].is_null(), "only the record's readers edit");
    problem(
        &call(
            &as_researcher,
            Method::GET,
            &reg(&format!("/persons/{hidden}")),
            Some(researcher),
            "application/json",
            Vec::new(),
        )
        .await,
        StatusCode::NOT_FOUND,
        "a hidden person for a researcher",
    );
    let found = expect(
        &as_researcher,
        (Method::GET, &reg("/persons?name=quiroga")),
        researcher,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(found["total"], 0, "{found}");

    // An editor's token: a source with its text.
    let text = "Caracas, 9 de enero de 2026. Texto inventado de una nota.";
    let made = json!({"kind": "news-article", "publisher": "Diario Inventado", "published": "2026-01-09", "text": text});
    let a = call(
        r,
        Method::POST,
        &reg("/sources"),
        Some(editor),
        "application/json",
        made.to_string().into_bytes(),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
    let source = id(&serde_json::from_str(&a.body).unwrap());
    assert_eq!(
        a.headers["location"],
        reg(&format!("/sources/{source}")).as_str()
    );
    let again = call(
        r,
        Method::POST,
        &reg("/sources"),
        Some(editor),
        "application/json",
        made.to_string().into_bytes(),
    )
    .await;
    problem(&again, StatusCode::CONFLICT, "the same text twice");
    assert!(
        again.body.contains(&source),
        "the conflict names the source: {}",
        again.body
    );
    let listed = expect(
        r,
        (Method::GET, &reg("/sources")),
        editor,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(listed["sources"].as_array().unwrap().len(), 2);
    let shown = expect(
        r,
        (Method::GET, &reg(&format!("/sources/{source}?text=true"))),
        editor,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(shown["text"], text);
    assert_eq!(shown["source"]["publisher"], "Diario Inventado");

    // A person, found by name.
    let made = expect(
        r,
        (Method::POST, &reg("/persons")),
        editor,
        json!({"name": "Nepomuceno Ibarra Lander", "national_id": "V-9.876.543", "nationalities": ["ve"], "roles": ["journalist"]}),
        StatusCode::CREATED,
    )
    .await;
    let nepomuceno = id(&made);
    let found = expect(
        r,
        (Method::GET, &reg("/persons?name=nepomuceno&limit=5")),
        editor,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(found["items"][0]["id"], nepomuceno.as_str());
    assert_eq!(found["items"][0]["state"], "unknown");
    problem(
        &call(
            r,
            Method::POST,
            &reg("/persons"),
            Some(editor),
            "application/json",
            json!({"name": "Otro Nombre Inventado", "national_id": "V-9.876.543"})
                .to_string()
                .into_bytes(),
        )
        .await,
        StatusCode::CONFLICT,
        "a national id another person has",
    );

    // Facts: an arrest, a release with measures, its correction, a retraction.
    let facts = reg("/facts");
    expect(
        r,
        (Method::POST, &facts),
        editor,
        json!({"person": nepomuceno, "kind": "arrest", "date": "2025-06-01", "sources": [source], "agency": "DGCIM", "excerpt": "Fue detenido por la DGCIM."}),
        StatusCode::CREATED,
    )
    .await;
    let release = expect(
        r,
        (Method::POST, &facts),
        editor,
        json!({"person": nepomuceno, "kind": "release", "date": "2026-01-08", "sources": [source], "excerpt": "Excarcelado con régimen de presentación cada 15 días.", "measures": ["reporting:15", "travel-ban"], "verification": "verified"}),
        StatusCode::CREATED,
    )
    .await;
    let release = id(&release);
    problem(
        &call(r, Method::POST, &facts, Some(editor), "application/json", json!({"person": nepomuceno, "kind": "arrest", "date": "2025-06-01", "sources": [source], "measures": ["travel-ban"]}).to_string().into_bytes()).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a measure on an arrest",
    );
    let person_uri = reg(&format!("/persons/{nepomuceno}"));
    let read = expect(
        r,
        (Method::GET, &person_uri),
        editor,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(read["status"]["state"], "released-with-measures", "{read}");
    assert_eq!(
        read["status"]["measures"],
        json!(["reporting:15", "travel-ban"])
    );
    assert_eq!(read["status"]["decided_by"], json!([release]));
    assert_eq!(read["person"]["national_id"], "V-9876543");
    let correction = expect(
        r,
        (Method::POST, &reg(&format!("/facts/{release}/supersede"))),
        editor,
        json!({"person": nepomuceno, "kind": "release", "date": "2026-01-08", "sources": [source], "locator": "párrafo 3", "release_kind": "full"}),
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(correction["supersedes"], release.as_str());
    let read = expect(
        r,
        (Method::GET, &person_uri),
        editor,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(read["status"]["state"], "released-fully", "{read}");
    let arrest_of = |read: &Value| {
        read["facts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["kind"] == "arrest")
            .unwrap()
            .clone()
    };
    let retract = reg(&format!("/facts/{}/retract", id(&arrest_of(&read))));
    expect(
        r,
        (Method::POST, &retract),
        editor,
        json!({"reason": "wrong person in the article"}),
        StatusCode::OK,
    )
    .await;
    problem(
        &call(
            r,
            Method::POST,
            &retract,
            Some(editor),
            "application/json",
            json!({"reason": "again"}).to_string().into_bytes(),
        )
        .await,
        StatusCode::CONFLICT,
        "a fact retracted twice",
    );
    let read = expect(
        r,
        (Method::GET, &person_uri),
        editor,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(arrest_of(&read)["retracted"], "wrong person in the article");

    // An edit names its version; a stale one is refused and overwrites nothing.
    let version = read["version"].as_i64().unwrap();
    let edited = expect(
        r,
        (Method::PATCH, &person_uri),
        editor,
        json!({"version": version, "reason": "the family's lawyer", "birth_date": "1988", "add_aliases": ["Nepo Ibarra"]}),
        StatusCode::OK,
    )
    .await;
    assert!(edited["version"].as_i64().unwrap() > version, "{edited}");
    assert_eq!(edited["person"]["birth_date"], "1988");
    let stale = call(
        r,
        Method::PATCH,
        &person_uri,
        Some(editor),
        "application/json",
        json!({"version": version, "reason": "an older read", "birth_date": "1977"})
            .to_string()
            .into_bytes(),
    )
    .await;
    problem(&stale, StatusCode::CONFLICT, "a stale version");
    assert!(
        stale.body.contains("Nothing was overwritten"),
        "{}",
        stale.body
    );
    let no_version = call(
        r,
        Method::PATCH,
        &person_uri,
        Some(editor),
        "application/json",
        json!({"reason": "r", "sex": "male"})
            .to_string()
            .into_bytes(),
    )
    .await;
    problem(
        &no_version,
        StatusCode::UNPROCESSABLE_ENTITY,
        "an edit without its version",
    );
    let read = expect(
        r,
        (Method::GET, &person_uri),
        editor,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(read["person"]["birth_date"], "1988", "nothing overwritten");

    // A duplicate, merged and unmerged.
    let twin = expect(
        r,
        (Method::POST, &reg("/persons")),
        editor,
        json!({"name": "Nepomuceno Ibarra"}),
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(
        twin["likely_duplicates"][0]["id"],
        nepomuceno.as_str(),
        "{twin}"
    );
    let twin = id(&twin);
    let merged = expect(
        r,
        (Method::POST, &reg(&format!("/persons/{twin}/merge"))),
        editor,
        json!({"into": nepomuceno, "reason": "same cédula in the court papers"}),
        StatusCode::OK,
    )
    .await;
    assert_eq!(merged["into"], nepomuceno.as_str());
    let found = expect(
        r,
        (Method::GET, &reg("/persons?name=nepomuceno")),
        editor,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(found["total"], 1, "a merged person is not listed: {found}");
    expect(
        r,
        (Method::POST, &reg(&format!("/persons/{twin}/unmerge"))),
        editor,
        json!({"reason": "not the same after all"}),
        StatusCode::OK,
    )
    .await;
    let found = expect(
        r,
        (Method::GET, &reg("/persons?name=nepomuceno")),
        editor,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(found["total"], 2, "{found}");

    // Claims and announcements: recorded, listed, withdrawn once.
    let claim = expect(
        r,
        (Method::POST, &reg("/claims")),
        editor,
        json!({"source": source, "by": "Foro Inventado", "subject": "held", "number": 863, "as_of": "2025-12-29"}),
        StatusCode::CREATED,
    )
    .await;
    problem(
        &call(r, Method::POST, &reg("/claims"), Some(editor), "application/json", json!({"source": source, "by": "X", "subject": "released", "number": 8, "from": "2026-01-01"}).to_string().into_bytes()).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "half a period",
    );
    let announced = expect(
        r,
        (Method::POST, &reg("/announcements")),
        editor,
        json!({"source": source, "by": "Gobierno Inventado", "date": "2026-01-08", "vague": "un número importante"}),
        StatusCode::CREATED,
    )
    .await;
    let claims = expect(
        r,
        (Method::GET, &reg("/claims")),
        editor,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(claims["claims"][0]["id"], claim["id"]);
    let announcements = expect(
        r,
        (Method::GET, &reg("/announcements")),
        editor,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(announcements["announcements"][0]["id"], announced["id"]);
    for (kind, thing) in [("claims", &claim), ("announcements", &announced)] {
        let uri = reg(&format!("/{kind}/{}/retract", id(thing)));
        let done = expect(
            r,
            (Method::POST, &uri),
            editor,
            json!({"reason": "the source corrected it"}),
            StatusCode::OK,
        )
        .await;
        assert_eq!(done["change"], "withdrawn");
        problem(
            &call(
                r,
                Method::POST,
                &uri,
                Some(editor),
                "application/json",
                json!({"reason": "again"}).to_string().into_bytes(),
            )
            .await,
            StatusCode::CONFLICT,
            "withdrawn twice",
        );
    }
    let claims = expect(
        r,
        (Method::GET, &reg("/claims")),
        editor,
        Value::Null,
        StatusCode::OK,
    )
    .await;
    assert_eq!(claims["claims"][0]["retracted"], "the source corrected it");

    // A list: every row accounted for, the bad one with its line and reason.
    let lists =
        reg("/lists?source_publisher=Foro%20Inventado&source_published=2026-01-10&file=enero");
    let a = call(
        r,
        Method::POST,
        &lists,
        Some(editor),
        "text/csv; charset=utf-8",
        LIST.as_bytes().to_vec(),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.body);
    let done: Value = serde_json::from_str(&a.body).unwrap();
    assert_eq!(done["file"], "enero.csv");
    assert_eq!(
        (done["rows"].as_u64(), done["rejected"].as_u64()),
        (Some(3), Some(1)),
        "{done}"
    );
    let outcomes = done["outcomes"].as_array().unwrap();
    let at = |line: u64| outcomes.iter().find(|o| o["line"] == line).unwrap();
    assert_eq!(at(2)["outcome"], "matched", "{done}");
    assert_eq!(at(2)["person"], casilda.as_str(), "matched to whom");
    assert_eq!(at(3)["outcome"], "created");
    assert_eq!(at(4)["outcome"], "rejected");
    assert!(
        at(4)["reason"].as_str().unwrap().contains("12345"),
        "{}",
        at(4)
    );
    assert_eq!(done["rejects"][0]["line"], 4);
    assert!(
        done["rejects_csv"].as_str().unwrap().contains("\n4,"),
        "{done}"
    );
    let again = call(
        r,
        Method::POST,
        &lists,
        Some(editor),
        "text/csv",
        LIST.as_bytes().to_vec(),
    )
    .await;
    assert_eq!(
        again.status,
        StatusCode::OK,
        "the same list twice adds nothing: {}",
        again.body
    );

    let workbook = include_bytes!("../../../amparo-ingest/tests/fixtures/lista.xlsx").to_vec();
    let lists =
        reg("/lists?source_publisher=Foro%20Inventado&source_published=2026-01-11&dry_run=true");
    let a = call(
        r,
        Method::POST,
        &lists,
        Some(editor),
        XLSX,
        workbook.clone(),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    let done: Value = serde_json::from_str(&a.body).unwrap();
    assert!(done["format"].as_str().unwrap().contains("xlsx"), "{done}");
    assert!(
        done["rows"].as_u64().unwrap() > 0 && done["dry_run"] == true,
        "{done}"
    );
    problem(
        &call(
            r,
            Method::POST,
            &lists,
            Some(editor),
            "application/pdf",
            workbook,
        )
        .await,
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        "a PDF",
    );
    problem(
        &call(
            r,
            Method::POST,
            &reg("/lists?source_published=2026-01-11"),
            Some(editor),
            "text/csv",
            LIST.as_bytes().to_vec(),
        )
        .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a list without its publisher",
    );

    // The audit log names the token that wrote.
    let log = site.app.store().audit_log(Access::Admin).await.unwrap();
    assert!(log.iter().any(|e| e.actor.starts_with("token:editora")));
    assert!(!log.iter().any(|e| e.actor.starts_with("token:lector")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn programs_keep_the_record_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let app = open(&dir).await;
    programs_keep_the_record(app, dir).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn programs_keep_the_record_on_postgresql() {
    let base = std::env::var("AMPARO_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned());
    let admin = match PgStore::connect_admin(&format!("{base}/postgres")).await {
        Ok(admin) => admin,
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("SKIPPED: PostgreSQL API test: no server at {base} ({e})");
            return;
        }
        Err(e) => panic!("PostgreSQL is required in CI but {base} is unreachable: {e}"),
    };
    let name = format!(
        "amparo_api_test_{}_{}",
        std::process::id(),
        chrono::Utc::now().timestamp_micros()
    );
    admin
        .execute_raw(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    let options = OpenOptions {
        create: true,
        ..OpenOptions::default()
    };
    let app = App::open(&format!("{base}/{name}"), &options, clock())
        .await
        .unwrap();
    programs_keep_the_record(app, tempfile::tempdir().unwrap()).await;
    admin
        .execute_raw(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .await
        .unwrap();
}
