//! Test registries and a client: the demo, and a fixture with hidden and initials-only
//! persons whose restricted fields are all set, each behind a router answered in memory.

use amparo_app::{Actor, App, FactInput, FixedClock, OpenOptions, PersonInput, SourceInput};
use amparo_domain::{PersonId, SourceId};
use amparo_web::{AppState, Config};
use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use std::sync::Arc;
use tower::ServiceExt;

/// What a test must never find in a public answer.
#[derive(Debug, Default)]
pub struct Secrets {
    /// National ids, as digits.
    pub national_ids: Vec<String>,
    /// Contacts, notes, health, testimony publishers and words.
    pub texts: Vec<String>,
    /// Full names of hidden persons and initials-only persons.
    pub names: Vec<String>,
    /// Ids of hidden persons: never linked, never returned.
    pub hidden_ids: Vec<String>,
}

impl Secrets {
    /// Notes the protected persons of `persons`.
    pub fn protect(&mut self, persons: &[amparo_domain::Person]) {
        for p in persons {
            match p.visibility {
                amparo_domain::Visibility::Public => continue,
                amparo_domain::Visibility::Hidden => self.hidden_ids.push(p.id.to_string()),
                amparo_domain::Visibility::Initials => {}
            }
            self.names
                .extend(p.names.iter().map(|n| n.as_str().to_owned()));
        }
    }
}

/// A registry behind a router.
pub struct Site {
    pub _dir: tempfile::TempDir,
    pub app: Arc<App>,
    pub state: AppState,
    pub router: Router,
    pub secrets: Secrets,
    /// Every person id, hidden ones included.
    pub persons: Vec<PersonId>,
}

pub fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock(
        chrono::DateTime::parse_from_rfc3339("2026-01-12T10:00:00Z")
            .unwrap()
            .to_utc(),
    ))
}

pub async fn open(dir: &tempfile::TempDir) -> App {
    let db = dir.path().join("registry.db");
    let options = OpenOptions {
        create: true,
        ..OpenOptions::default()
    };
    App::open(db.to_str().unwrap(), &options, clock())
        .await
        .unwrap()
}

pub fn config() -> Config {
    Config {
        contact: "familias@organizacion-inventada.example".into(),
        rate_limit_per_minute: 0,
        ..Config::default()
    }
}

pub async fn site_of(dir: tempfile::TempDir, app: App, config: Config, secrets: Secrets) -> Site {
    let app = Arc::new(app);
    let persons = app
        .store()
        .all_persons(amparo_domain::Access::Admin)
        .await
        .unwrap()
        .iter()
        .map(|p| p.id)
        .collect();
    let state = AppState::new(Arc::clone(&app), config).await.unwrap();
    Site {
        _dir: dir,
        router: amparo_web::router(state.clone()),
        app,
        state,
        secrets,
        persons,
    }
}

/// The demo registry, as `serve --demo` builds it (without the article).
pub async fn demo() -> Site {
    let dir = tempfile::tempdir().unwrap();
    let app = open(&dir).await;
    app.load_demo(&Actor::local("test")).await.unwrap();
    let all = app
        .store()
        .all_persons(amparo_domain::Access::Admin)
        .await
        .unwrap();
    let mut secrets = Secrets::default();
    for p in &all {
        if let Some(id) = &p.national_id {
            secrets.national_ids.push(id.digits().to_owned());
        }
    }
    secrets.protect(&all);
    let config = Config {
        demo: true,
        ..config()
    };
    site_of(dir, app, config, secrets).await
}

pub fn fact(
    person: PersonId,
    kind: &str,
    date: &str,
    source: SourceId,
    excerpt: &str,
) -> FactInput {
    FactInput {
        person,
        kind: kind.into(),
        date: date.into(),
        sources: vec![source],
        excerpt: Some(excerpt.into()),
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

/// Invented persons: public, hidden and initials-only, each with a cédula, contacts,
/// health and notes; a testimony names the hidden one.
pub async fn fixture() -> Site {
    let dir = tempfile::tempdir().unwrap();
    let app = open(&dir).await;
    let admin = Actor::local("test");
    app.seed_gazetteer(&admin).await.unwrap();
    let source = |kind: &str, publisher: &str| SourceInput {
        kind: kind.into(),
        publisher: publisher.into(),
        published: Some("2026-01-09".into()),
        url: Some("https://periodico-inventado.example/nota".into()),
        ..SourceInput::default()
    };
    let news = app
        .register_source(&admin, &source("news-article", "Periódico Inventado"), None)
        .await
        .unwrap();
    let testimony = app
        .register_source(
            &admin,
            &source("testimony", "Prima Confidencial Ugarte"),
            None,
        )
        .await
        .unwrap();
    let mut secrets = Secrets::default();
    secrets.texts.push("Prima Confidencial Ugarte".into());
    let people = [
        (
            "Casilda Ordóñez Pimentel",
            "V-21.436.587",
            "public",
            "female",
        ),
        (
            "Baltasar Quiroga Urdaneta",
            "V-19.283.746",
            "hidden",
            "male",
        ),
        (
            "Filomena Arismendi Yépez",
            "V-17.364.829",
            "initials",
            "female",
        ),
    ];
    for (i, (name, cedula, visibility, sex)) in people.into_iter().enumerate() {
        let contacts = format!("telefono-familia-{i}@correo-inventado.example");
        let notes = format!("nota-interna-{i}: la madre pidio discrecion");
        let health = format!("diabetes-tipo-{i}");
        let mut input = PersonInput {
            name: name.into(),
            national_id: Some(cedula.into()),
            sex: Some(sex.into()),
            nationalities: vec!["VE".into()],
            visibility: Some(visibility.into()),
            contacts: Some(contacts.clone()),
            notes: Some(notes.clone()),
            ..PersonInput::default()
        };
        input.aliases = vec![format!("{} (alias)", name.split(' ').next().unwrap())];
        let mut person = input.build().unwrap();
        person.health = Some(health.clone());
        let id = person.id;
        app.store()
            .write_batch(
                vec![amparo_store::Write::Person(person)],
                &amparo_store::WriteContext::new("test", app.now()),
            )
            .await
            .unwrap();
        secrets
            .national_ids
            .push(cedula.chars().filter(char::is_ascii_digit).collect());
        secrets.texts.extend([contacts, notes, health]);
        let excerpt = format!("{name} (cédula {cedula}) fue detenida por el SEBIN.");
        let mut arrest = fact(id, "arrest", "2024-08-03", news, &excerpt);
        arrest.facility = Some("Helicoide".into());
        app.add_fact(&admin, &arrest).await.unwrap();
        let mut release = fact(
            id,
            "release",
            "2026-01-08",
            news,
            "Excarcelada con medidas.",
        );
        release.release_kind = Some("conditional".into());
        release.measures = vec!["reporting:30".into(), "travel-ban".into()];
        app.add_fact(&admin, &release).await.unwrap();
        let heard = fact(
            id,
            "detention",
            "2025-03-01",
            testimony,
            "Su prima la vio en el Helicoide.",
        );
        app.add_fact(&admin, &heard).await.unwrap();
    }
    let all = app
        .store()
        .all_persons(amparo_domain::Access::Admin)
        .await
        .unwrap();
    secrets.protect(&all);
    site_of(dir, app, config(), secrets).await
}

/// An answer read whole.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Answer {
    /// Headers and body as one text, for leak checks.
    pub fn everything(&self) -> String {
        let mut text = format!("{:?}\n", self.headers);
        text.push_str(&self.body);
        text
    }
}

/// GETs `uri` with `headers`.
pub async fn get_with(router: &Router, uri: &str, headers: &[(&str, &str)]) -> Answer {
    let mut request = Request::builder().uri(uri);
    for (k, v) in headers {
        request = request.header(*k, *v);
    }
    let response = router
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
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

/// GETs `uri`.
pub async fn get(router: &Router, uri: &str) -> Answer {
    get_with(router, uri, &[]).await
}

/// `text` as a query value.
pub fn enc(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}
