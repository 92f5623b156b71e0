//! Workspace pages and decisions: what a viewer sees, what a viewer and a forged form may
//! not do, a reviewer's accept, a stale edit.

use super::{
    NEWS, TOKEN, accepted_news, casilda, get, ingest_news, post, post_multipart, workspace,
};
use crate::support::fixture;
use amparo_app::{Actor, IngestOptions, Role};
use amparo_domain::ReviewState;
use axum::http::StatusCode;

#[tokio::test]
async fn every_page_renders_for_a_viewer_small_and_without_script() {
    let site = fixture().await;
    // One accepted, so the source is cited; another text's proposals wait in the queue.
    let (person, news) = accepted_news(&site).await;
    let admin = Actor::local("test");
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
    assert!(!page.body.contains("method=\"post\" action=\"/trabajo"));
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
    assert!(queue.body.contains("Corregir antes de aceptar"));
    assert!(queue.body.len() < 30_000, "{} bytes", queue.body.len());

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
            // Corrected before accepting: the reviewer reached her lawyer.
            &[("csrf", TOKEN), ("verification", "corroborated")],
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
    assert!(
        page.body.contains("confirmado por dos fuentes"),
        "the correction was kept"
    );
    assert!(
        page.body.contains("Lo deciden:") && page.body.contains("(según Diario Inventado)"),
        "the status says why"
    );
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
