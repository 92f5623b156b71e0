//! The documenters' workspace (issue 12): every page renders for a viewer, small and without
//! script; a viewer's accept is refused 403; a form without its CSRF token is refused 403
//! before anything is done; a reviewer accepts what a pasted invented news text proposes and
//! the person's status changes; an edit saved over an older version is refused, never
//! overwriting. The session layer is replaced by one that signs in a fixed account.

use super::support::{Answer, Site, fixture};
use amparo_app::{Actor, IngestOptions, Role};
use amparo_domain::{PersonId, ProposalId, ReviewState};
use amparo_web::signed_in::SignedIn;
use axum::Router;
use axum::body::Body;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::{Next, from_fn};
use http_body_util::BodyExt;
use tower::ServiceExt;

const TOKEN: &str = "token-de-prueba-0123456789";

/// An invented article: a person of the fixture arrested again after her release.
const NEWS: &str = "Caracas, 11 de enero de 2026. Casilda Ordóñez Pimentel fue detenida nuevamente el 11 de enero de 2026 por funcionarios del SEBIN y trasladada a El Helicoide, según informó su abogado.";

/// The workspace as `name` with `role`, mounted where the accounts layer mounts it.
fn workspace(site: &Site, name: &str, role: Role) -> Router {
    let signed = SignedIn {
        actor: Actor::new(format!("user:{name}"), role),
        name: name.into(),
        csrf: TOKEN.into(),
    };
    let sign_in = move |mut request: Request, next: Next| {
        let signed = signed.clone();
        async move {
            request.extensions_mut().insert(signed);
            next.run(request).await
        }
    };
    Router::new()
        .nest(
            "/trabajo",
            amparo_web::workspace::router().layer(from_fn(sign_in)),
        )
        .with_state(site.state.clone())
}

async fn send(router: &Router, request: Request<Body>) -> Answer {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    Answer {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

async fn get(router: &Router, uri: &str) -> Answer {
    send(router, Request::get(uri).body(Body::empty()).unwrap()).await
}

async fn post(router: &Router, uri: &str, fields: &[(&str, &str)]) -> Answer {
    let body = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    let request = Request::post(uri)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();
    send(router, request).await
}

async fn post_multipart(router: &Router, uri: &str, fields: &[(&str, &str)]) -> Answer {
    post_file(router, uri, fields, ("", "")).await
}

/// A multipart form with `file` (name, content) as its file part.
async fn post_file(
    router: &Router,
    uri: &str,
    fields: &[(&str, &str)],
    file: (&str, &str),
) -> Answer {
    let boundary = "----limite-amparo-prueba";
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\nContent-Type: application/octet-stream\r\n\r\n{}\r\n--{boundary}--\r\n",
        file.0, file.1
    ));
    let request = Request::post(uri)
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .unwrap();
    send(router, request).await
}

/// Files the invented article's proposals as the command line would.
async fn ingest_news(site: &Site) -> Vec<ProposalId> {
    let options = IngestOptions {
        publisher: "Diario Inventado".into(),
        published: chrono::NaiveDate::from_ymd_opt(2026, 1, 11).unwrap(),
        url: Some("https://diario-inventado.example/nota".into()),
        kind: "news-article".into(),
        lang: None,
        accept: false,
    };
    let done = site
        .app
        .ingest_texts(
            &Actor::local("test"),
            vec![("nota.txt".into(), NEWS.as_bytes().to_vec())],
            &options,
        )
        .await
        .unwrap();
    done.into_iter().flat_map(|d| d.proposals).collect()
}

async fn casilda(site: &Site) -> PersonId {
    let admin = Actor::local("test");
    let page = site
        .app
        .list_persons(&admin, Some("Casilda"), site.app.today(), 5, 0)
        .await
        .unwrap();
    PersonId::parse(&page.items[0].id).unwrap()
}

#[tokio::test]
async fn every_page_renders_for_a_viewer_small_and_without_script() {
    let site = fixture().await;
    let proposals = ingest_news(&site).await;
    let person = casilda(&site).await;
    let admin = Actor::local("test");
    // One accepted, so the source is cited; another text's proposals wait in the queue.
    site.app
        .accept_proposal(&admin, proposals[0], None, "prueba")
        .await
        .unwrap();
    let options = IngestOptions {
        publisher: "Radio Inventada".into(),
        published: chrono::NaiveDate::from_ymd_opt(2026, 1, 12).unwrap(),
        url: None,
        kind: "news-article".into(),
        lang: None,
        accept: false,
    };
    let other =
        "El estudiante Teodoro Villalba Quintero fue detenido el 12 de enero de 2026 en Valencia.";
    site.app
        .ingest_texts(
            &admin,
            vec![("otra.txt".into(), other.as_bytes().to_vec())],
            &options,
        )
        .await
        .unwrap();
    let source = site.app.sources(&admin).await.unwrap();
    let news = source
        .iter()
        .find(|s| s.publisher == "Diario Inventado")
        .unwrap()
        .id;
    let viewer = workspace(&site, "vera", Role::Viewer);
    for (uri, expect) in [
        ("/trabajo".to_owned(), "Resumen de hoy"),
        ("/trabajo/revision".to_owned(), "<mark>"),
        ("/trabajo/noticias".to_owned(), "Su rol permite consultar"),
        (
            format!("/trabajo/personas/{person}"),
            "Casilda Ordóñez Pimentel",
        ),
        (format!("/trabajo/fuentes/{news}"), "<mark>"),
        ("/trabajo/registro".to_owned(), "test (línea de órdenes)"),
        ("/trabajo/registro?lang=en".to_owned(), "Change log"),
        (
            "/trabajo/personas?q=casilda".to_owned(),
            "Casilda Ordóñez Pimentel",
        ),
        ("/trabajo/listas".to_owned(), "Cargar una lista"),
        (
            "/trabajo/anuncios".to_owned(),
            "Anuncios de excarcelaciones",
        ),
    ] {
        let a = get(&viewer, &uri).await;
        assert_eq!(a.status, StatusCode::OK, "{uri}: {}", a.body);
        assert!(
            a.body.contains(expect),
            "{uri} lacks {expect:?}:\n{}",
            a.body
        );
        assert!(a.body.contains("vera"), "{uri}: who is signed in");
        assert!(!a.body.contains("<script"), "{uri}: no script");
        assert!(a.body.len() < 30_000, "{uri}: {} bytes", a.body.len());
        // Every link the workspace emits is absolute, under its mount point or the site's.
        for href in a.body.split("href=\"").skip(1) {
            assert!(
                href.starts_with('/') || href.starts_with('#') || href.starts_with("https://"),
                "{uri}: relative link {}",
                &href[..href.len().min(40)]
            );
        }
    }
    // A viewer sees no form that changes the record.
    let page = get(&viewer, &format!("/trabajo/personas/{person}")).await;
    assert!(!page.body.contains("method=\"post\""));
}

#[tokio::test]
async fn a_viewer_may_not_accept_and_a_form_without_its_token_does_nothing() {
    let site = fixture().await;
    let proposals = ingest_news(&site).await;
    let id = proposals[0];
    let viewer = workspace(&site, "vera", Role::Viewer);
    let uri = format!("/trabajo/revision/{id}/aceptar");
    let a = post(&viewer, &uri, &[("csrf", TOKEN)]).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "{}", a.body);
    assert!(a.body.contains("Su rol no permite"));

    let reviewer = workspace(&site, "rita", Role::Reviewer);
    let a = post(&reviewer, &uri, &[]).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "no token");
    let a = post(&reviewer, &uri, &[("csrf", "otro-token-de-otra-sesion")]).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "another session's token");
    let reject = format!("/trabajo/revision/{id}/rechazar");
    let a = post(&reviewer, &reject, &[("reason", "no")]).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);

    let editor = workspace(&site, "elena", Role::Editor);
    let a = post_multipart(
        &editor,
        "/trabajo/noticias",
        &[
            ("text", "Otra nota inventada."),
            ("publisher", "Diario Inventado"),
        ],
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "intake without a token");
    let a = post(&editor, "/trabajo/noticias", &[("csrf", TOKEN)]).await;
    assert_eq!(a.status, StatusCode::FORBIDDEN, "intake not multipart");

    // Nothing was decided or ingested.
    let admin = Actor::local("test");
    let p = site.app.proposal(&admin, id).await.unwrap();
    assert_eq!(p.state, ReviewState::Proposed);
    assert_eq!(site.app.sources(&admin).await.unwrap().len(), 3);
}

#[tokio::test]
async fn a_reviewer_accepts_what_a_pasted_news_text_proposes_and_the_status_changes() {
    let site = fixture().await;
    let person = casilda(&site).await;
    let admin = Actor::local("test");
    let today = site.app.today();
    let (_, before) = site.app.person_status(&admin, person, today).await.unwrap();
    assert_eq!(before.state.to_string(), "released-with-measures");

    let editor = workspace(&site, "elena", Role::Editor);
    let a = post_multipart(
        &editor,
        "/trabajo/noticias",
        &[
            ("csrf", TOKEN),
            ("text", NEWS),
            ("publisher", "Diario Inventado"),
            ("published", "2026-01-11"),
            ("url", "https://diario-inventado.example/nota"),
            ("kind", "news-article"),
        ],
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let location = a.headers["location"].to_str().unwrap().to_owned();
    assert!(
        location.starts_with("/trabajo/revision?nuevas="),
        "{location}"
    );
    let reviewer = workspace(&site, "rita", Role::Reviewer);
    let queue = get(&reviewer, &location).await;
    assert!(queue.body.contains("propuesta"), "{}", queue.body);
    assert!(queue.body.contains("<mark>"), "the sentence is marked");

    let proposals = site
        .app
        .proposals(&admin, Some(ReviewState::Proposed))
        .await
        .unwrap();
    let about_her: Vec<_> = proposals
        .iter()
        .filter(|p| matches!(p.fact(), Some((amparo_domain::ProposedPerson::Existing { id, .. }, _)) if *id == person))
        .collect();
    assert!(
        !about_her.is_empty(),
        "linked to the registry's person: {proposals:#?}"
    );
    for p in about_her {
        let a = post(
            &reviewer,
            &format!("/trabajo/revision/{}/aceptar", p.id),
            &[("csrf", TOKEN)],
        )
        .await;
        assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    }
    let (_, after) = site.app.person_status(&admin, person, today).await.unwrap();
    assert_eq!(after.state.to_string(), "in-custody");
    let page = get(&reviewer, &format!("/trabajo/personas/{person}")).await;
    assert!(
        page.body.contains("Detenida desde el 11 de enero de 2026"),
        "{}",
        page.body
    );
    assert!(page.body.contains("registrado por rita"), "who accepted it");
    let log = get(&reviewer, "/trabajo/registro").await;
    assert!(log.body.contains("<td>rita</td>") && log.body.contains("<td>elena</td>"));
}

/// The version the person page's edit form carries.
fn version_in(page: &str) -> String {
    let at = page.find("name=\"version\" value=\"").unwrap() + 22;
    page[at..].split('"').next().unwrap().to_owned()
}

#[tokio::test]
async fn an_edit_over_an_older_version_is_refused_and_overwrites_nothing() {
    let site = fixture().await;
    let person = casilda(&site).await;
    let editor = workspace(&site, "elena", Role::Editor);
    let uri = format!("/trabajo/personas/{person}");
    let page = get(&editor, &uri).await;
    let version = version_in(&page.body);
    let edit = |notes: &'static str, version: String| {
        let editor = editor.clone();
        let uri = format!("{uri}/editar");
        async move {
            post(
                &editor,
                &uri,
                &[
                    ("csrf", TOKEN),
                    ("version", &version),
                    ("name", "Casilda Ordóñez Pimentel"),
                    ("aliases", "Casilda (alias)"),
                    ("national_id", "V-21.436.587"),
                    ("sex", "female"),
                    ("nationalities", "VE"),
                    ("visibility", "public"),
                    ("notes", notes),
                    ("reason", "la familia aportó datos"),
                ],
            )
            .await
        }
    };
    let first = edit("primera nota inventada", version.clone()).await;
    assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
    let second = edit("segunda nota inventada", version).await;
    assert_eq!(second.status, StatusCode::CONFLICT, "{}", second.body);
    assert!(
        second.body.contains("No se sobrescribió nada"),
        "{}",
        second.body
    );
    let saved = site
        .app
        .person(&Actor::local("test"), person)
        .await
        .unwrap();
    assert_eq!(saved.notes.as_deref(), Some("primera nota inventada"));
    // Read again, the form carries the new version and saves.
    let page = get(&editor, &uri).await;
    let third = edit("segunda nota inventada", version_in(&page.body)).await;
    assert_eq!(third.status, StatusCode::SEE_OTHER, "{}", third.body);
    // A viewer with a good token is still refused by the app.
    let viewer = workspace(&site, "vera", Role::Viewer);
    let a = post(
        &viewer,
        &format!("{uri}/editar"),
        &[("csrf", TOKEN), ("version", "1"), ("reason", "x")],
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_editor_records_a_person_a_release_with_measures_and_an_announcement() {
    let site = fixture().await;
    let editor = workspace(&site, "elena", Role::Editor);
    let admin = Actor::local("test");
    let a = post(
        &editor,
        "/trabajo/personas",
        &[
            ("csrf", TOKEN),
            ("name", "Hermógenes Altuve Sarmiento"),
            ("sex", "male"),
            ("nationalities", "ve"),
            ("visibility", "public"),
        ],
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let location = a.headers["location"].to_str().unwrap().to_owned();
    let id = location
        .trim_start_matches("/trabajo/personas/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let news = site.app.sources(&admin).await.unwrap()[0].id.to_string();
    let fact = |fields: Vec<(&'static str, &'static str)>| {
        let (editor, id, news) = (editor.clone(), id.clone(), news.clone());
        async move {
            let mut all = vec![("csrf", TOKEN), ("source", news.as_str())];
            all.extend(fields);
            post(&editor, &format!("/trabajo/personas/{id}/hechos"), &all).await
        }
    };
    let arrest = fact(vec![
        ("kind", "arrest"),
        ("date", "2025-02-03"),
        ("facility", "Helicoide"),
        ("excerpt", "Fue detenido en febrero."),
    ])
    .await;
    assert_eq!(arrest.status, StatusCode::SEE_OTHER, "{}", arrest.body);
    let release = fact(vec![
        ("kind", "release"),
        ("date", "10/01/2026"),
        ("release_kind", "conditional"),
        ("measures", "reporting:30, travel-ban"),
        ("verification", "verified"),
        ("excerpt", "Excarcelado con régimen de presentación."),
    ])
    .await;
    assert_eq!(release.status, StatusCode::SEE_OTHER, "{}", release.body);
    // A field that does not belong to the kind is refused, saying which.
    let wrong = fact(vec![
        ("kind", "release"),
        ("date", "2026-01-11"),
        ("facility", "Helicoide"),
        ("excerpt", "x"),
    ])
    .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("facility"), "{}", wrong.body);
    let page = get(&editor, &format!("/trabajo/personas/{id}")).await;
    assert!(
        page.body.contains("Excarcelado el 10 de enero de 2026; debe presentarse ante el tribunal cada 30 días; tiene prohibida la salida del país"),
        "{}",
        page.body
    );
    assert!(page.body.contains("registrado por elena"));

    let a = post(
        &editor,
        "/trabajo/anuncios/anuncio",
        &[
            ("csrf", TOKEN),
            ("source", news.as_str()),
            ("by", "Ministerio Inventado"),
            ("date", "2026-01-08"),
            ("vague", "un número importante"),
        ],
    )
    .await;
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let page = get(&editor, "/trabajo/anuncios").await;
    assert!(
        page.body
            .contains("Ministerio Inventado anunció el 8 de enero de 2026"),
        "{}",
        page.body
    );
    assert_eq!(site.app.announcements(&admin).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_list_upload_says_what_became_of_every_row_and_offers_the_rejects() {
    let site = fixture().await;
    let editor = workspace(&site, "elena", Role::Editor);
    let list = "Nombre,Cédula,Situación\nCasilda Ordóñez Pimentel,V-21.436.587,Excarcelada\nNepomuceno Ibarra Lander,V-9.876.543,Detenido\n12345,,Detenido\n";
    let a = post_file(
        &editor,
        "/trabajo/listas",
        &[
            ("csrf", TOKEN),
            ("publisher", "Foro Inventado"),
            ("published", "2026-01-11"),
        ],
        ("lista.csv", list),
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert!(a.body.contains("3 filas"), "{}", a.body);
    assert!(
        a.body.contains("persona nueva") && a.body.contains("ya registrada"),
        "{}",
        a.body
    );
    assert!(a.body.contains("Filas rechazadas"), "{}", a.body);
    assert!(a.body.len() < 30_000);
    let at = a.body.find("name=\"rejects\" value=\"").unwrap() + 22;
    let csv = a.body[at..]
        .split('"')
        .next()
        .unwrap()
        .replace("&#10;", "\n");
    let csv = csv
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&amp;", "&");
    let download = post(
        &editor,
        "/trabajo/listas/rechazos",
        &[("csrf", TOKEN), ("rejects", &csv)],
    )
    .await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(
        download.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    assert!(
        download.body.starts_with("line,column,value,name,reason"),
        "{}",
        download.body
    );
    assert!(download.body.contains("12345"));
    // Without the token, nothing is imported.
    let again = post_file(
        &editor,
        "/trabajo/listas",
        &[("publisher", "Foro Inventado")],
        ("otra.csv", "Nombre\nAurelio Quintana Bello\n"),
    )
    .await;
    assert_eq!(again.status, StatusCode::FORBIDDEN);
}
