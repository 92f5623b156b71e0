//! The record's routes for programs (issue 12, part 3): an editor's token records and
//! corrects persons, facts, sources, claims and announcements, and imports a list, through
//! the same use cases as the command line; a viewer's token is refused 403 on every route
//! that writes, and writes nothing; no token is 401 everywhere; an edit naming a stale
//! version is 409 and overwrites nothing; a list's bad row comes back with its line; a
//! viewer reads the cédula (its role reads the whole record) and a researcher acting
//! through these routes does not, nor any hidden person. The same story runs on SQLite and,
//! when a server is there, on PostgreSQL.

mod lists;
mod record;
mod refusals;

use super::support::{Answer, Secrets, Site, clock, config, open, site_of};
use amparo_app::{Actor, App, OpenOptions, PersonInput, Role, SourceInput};
use amparo_postgres::scratch::ScratchDatabase;
use amparo_web::api::auth::TokenActor;
use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use axum::middleware::{Next, from_fn};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

/// A list with one row of a person already recorded, one new, and one without a usable
/// name (line 4).
const LIST: &str = "Nombre,Cédula,Situación\nCasilda Ordóñez Pimentel,V-21.436.587,Excarcelada\nAurelio Quintana Bello,V-8.765.432,Detenido\n12345,,Detenido\n";

/// A program calling the record's routes (`/api/v1/registry` + path) with a token.
pub struct Client {
    router: Router,
    token: Option<String>,
}

impl Client {
    /// Sends `body` as `content_type`.
    pub async fn raw(
        &self,
        method: Method,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> Answer {
        let mut request = Request::builder()
            .method(method)
            .uri(format!("/api/v1/registry{path}"))
            .header("content-type", content_type)
            .header("accept-language", "en");
        if let Some(token) = &self.token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        let response = self
            .router
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

    /// Sends a request of the tables: a string body is a CSV list, anything else JSON
    /// (null: no body).
    pub async fn send(&self, method: Method, path: &str, body: &Value) -> Answer {
        match body {
            Value::String(csv) => {
                self.raw(method, path, "text/csv", csv.clone().into_bytes())
                    .await
            }
            Value::Null => self.raw(method, path, "application/json", Vec::new()).await,
            json => {
                let bytes = json.to_string().into_bytes();
                self.raw(method, path, "application/json", bytes).await
            }
        }
    }

    /// Sends and expects `status`; the answer's JSON.
    pub async fn ok(&self, method: Method, path: &str, body: Value, status: StatusCode) -> Value {
        let a = self.send(method.clone(), path, &body).await;
        assert_eq!(a.status, status, "{method} {path}: {}", a.body);
        serde_json::from_str(&a.body).unwrap()
    }

    /// GETs and expects 200.
    pub async fn get(&self, path: &str) -> Value {
        self.ok(Method::GET, path, Value::Null, StatusCode::OK)
            .await
    }

    /// Sends and expects a problem document with `status`.
    pub async fn refused(
        &self,
        method: Method,
        path: &str,
        body: Value,
        status: StatusCode,
    ) -> Answer {
        let a = self.send(method.clone(), path, &body).await;
        problem(&a, status, &format!("{method} {path}"));
        a
    }
}

/// `a` is an RFC 9457 problem document with `status`.
pub fn problem(a: &Answer, status: StatusCode, what: &str) {
    assert_eq!(a.status, status, "{what}: {}", a.body);
    assert_eq!(
        a.headers["content-type"], "application/problem+json",
        "{what}"
    );
    let json: Value = serde_json::from_str(&a.body).unwrap();
    assert_eq!(json["status"], status.as_u16(), "{what}");
}

pub fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

/// What the story shares.
pub struct Story {
    pub site: Site,
    pub editor: Client,
    pub viewer: Client,
    /// Tokens are made for the organisation's roles only, which all read restricted
    /// fields; the routes read as whatever actor they are given, so a researcher is put in
    /// directly, as if its token had been checked.
    pub researcher: Client,
    /// No token at all.
    pub anyone: Client,
    pub news: String,
    /// A public person with a cédula and notes.
    pub casilda: String,
    /// A hidden person.
    pub hidden: String,
}

/// The routes for programs acting as `actor`, without a token.
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

/// The registry the story starts from: a source, a public person with a cédula and notes,
/// a hidden one, each with an arrest whose excerpt quotes the cédula; an editor's and a
/// viewer's token.
async fn begin(app: App, dir: tempfile::TempDir) -> Story {
    let admin = Actor::local("test");
    let source = SourceInput {
        kind: "news-article".into(),
        publisher: "Periódico Inventado".into(),
        published: Some("2024-08-05".into()),
        ..SourceInput::default()
    };
    let news = app.register_source(&admin, &source, None).await.unwrap();
    let mut persons = Vec::new();
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
        let excerpt = format!("{name} (cédula {cedula}) fue detenida por el SEBIN.");
        let arrest = super::support::fact(person, "arrest", "2024-08-03", news, &excerpt);
        app.add_fact(&admin, &arrest).await.unwrap();
        persons.push(person.to_string());
    }
    let editor = app
        .add_token(&admin, "editora", Role::Editor)
        .await
        .unwrap();
    let viewer = app.add_token(&admin, "lector", Role::Viewer).await.unwrap();
    let site = site_of(dir, app, config(), Secrets::default()).await;
    let client = |token: Option<String>| Client {
        router: site.router.clone(),
        token,
    };
    Story {
        editor: client(Some(editor.token)),
        viewer: client(Some(viewer.token)),
        anyone: client(None),
        researcher: Client {
            router: acting_as(&site, Actor::new("token:investigadora", Role::Researcher)),
            token: None,
        },
        news: news.to_string(),
        casilda: persons[0].clone(),
        hidden: persons[1].clone(),
        site,
    }
}

/// Every route of the record that writes, as the story's refusals send it: method, path
/// (under `/api/v1/registry`), body.
pub fn writes(person: &str, fact: &str, claim: &str, source: &str) -> Vec<(Method, String, Value)> {
    let (post, patch) = (Method::POST, Method::PATCH);
    vec![
        (
            post.clone(),
            "/persons".into(),
            json!({"name": "Eulogio Tapia Berroterán"}),
        ),
        (
            patch,
            format!("/persons/{person}"),
            json!({"version": 1, "reason": "r", "notes": "x"}),
        ),
        (
            post.clone(),
            format!("/persons/{person}/merge"),
            json!({"into": person, "reason": "r"}),
        ),
        (
            post.clone(),
            format!("/persons/{person}/unmerge"),
            json!({"reason": "r"}),
        ),
        (
            post.clone(),
            "/facts".into(),
            json!({"person": person, "kind": "release", "date": "2026-01-08", "sources": [source], "locator": "p. 1"}),
        ),
        (
            post.clone(),
            format!("/facts/{fact}/supersede"),
            json!({"person": person, "kind": "arrest", "date": "2024-08-02", "sources": [source], "locator": "p. 1"}),
        ),
        (
            post.clone(),
            format!("/facts/{fact}/retract"),
            json!({"reason": "r"}),
        ),
        (
            post.clone(),
            "/sources".into(),
            json!({"kind": "news-article", "publisher": "Diario Inventado", "text": "Texto."}),
        ),
        (
            post.clone(),
            "/claims".into(),
            json!({"source": source, "by": "Foro Inventado", "subject": "held", "number": 863}),
        ),
        (
            post.clone(),
            format!("/claims/{claim}/retract"),
            json!({"reason": "r"}),
        ),
        (
            post.clone(),
            "/announcements".into(),
            json!({"source": source, "by": "Gobierno Inventado", "date": "2026-01-08"}),
        ),
        (
            post.clone(),
            format!("/announcements/{claim}/retract"),
            json!({"reason": "r"}),
        ),
        (
            post,
            "/lists?source_publisher=Foro%20Inventado&source_published=2026-01-10".into(),
            Value::String(LIST.into()),
        ),
    ]
}

/// Every route of the record that only reads.
pub fn reads(person: &str, source: &str) -> Vec<(Method, String, Value)> {
    [
        "/persons?name=casilda".to_owned(),
        format!("/persons/{person}"),
        "/sources".to_owned(),
        format!("/sources/{source}?text=true"),
        "/claims".to_owned(),
        "/announcements".to_owned(),
    ]
    .into_iter()
    .map(|path| (Method::GET, path, Value::Null))
    .collect()
}

/// The story, on `app`.
async fn programs_keep_the_record(app: App, dir: tempfile::TempDir) {
    let story = begin(app, dir).await;
    refusals::every_route_is_documented_and_tested(&story).await;
    refusals::no_token_and_a_low_role_are_refused(&story).await;
    refusals::each_role_reads_what_it_may(&story).await;
    let source = record::sources(&story).await;
    record::persons_and_facts(&story, &source).await;
    lists::claims_and_announcements(&story, &source).await;
    lists::lists(&story).await;
    // The audit log names the token that wrote, and never the one refused.
    let log = story
        .site
        .app
        .store()
        .audit_log(amparo_domain::Access::Admin)
        .await
        .unwrap();
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
    let Some(db) = ScratchDatabase::create("api").await else {
        return;
    };
    let options = OpenOptions {
        create: true,
        ..OpenOptions::default()
    };
    let app = App::open(&db.url(), &options, clock()).await.unwrap();
    programs_keep_the_record(app, tempfile::tempdir().unwrap()).await;
    db.remove().await;
}
