//! Workspace forms: people, facts with release measures, announcements, list upload.

use super::{TOKEN, get, post, post_file, workspace};
use crate::support::fixture;
use amparo_app::{Actor, Role};
use axum::http::StatusCode;

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
        page.body.contains("Excarcelado el 10 de enero de 2026"),
        "{}",
        page.body
    );
    // A correction supersedes the release: its date was the 9th, not the 10th.
    let released = site
        .app
        .person_status(
            &admin,
            amparo_domain::PersonId::parse(&id).unwrap(),
            site.app.today(),
        )
        .await
        .unwrap()
        .1
        .decided_by[0]
        .to_string();
    let correction = post(
        &editor,
        &format!("/trabajo/personas/{id}/hechos"),
        &[
            ("csrf", TOKEN),
            ("source", news.as_str()),
            ("kind", "release"),
            ("date", "2026-01-09"),
            ("release_kind", "conditional"),
            ("measures", "reporting:30"),
            ("measures", "travel-ban"),
            ("verification", "verified"),
            ("supersedes", released.as_str()),
            ("excerpt", "Excarcelado el viernes 9."),
        ],
    )
    .await;
    assert_eq!(
        correction.status,
        StatusCode::SEE_OTHER,
        "{}",
        correction.body
    );
    let page = get(&editor, &format!("/trabajo/personas/{id}")).await;
    assert!(
        page.body.contains("Excarcelado el 9 de enero de 2026; debe presentarse ante el tribunal cada 30 días; tiene prohibida la salida del país"),
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
    // The import runs apart: the answer is its page, which shows it move, then its outcome.
    assert_eq!(a.status, StatusCode::SEE_OTHER, "{}", a.body);
    let job = a.headers["location"].to_str().unwrap().to_owned();
    assert!(job.starts_with("/trabajo/listas/cargas/"), "{job}");
    let a = loop {
        let page = get(&editor, &job).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        if !page.body.contains("http-equiv=\"refresh\"") {
            break page;
        }
        assert!(page.body.contains("<progress"), "{}", page.body);
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
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
    // Another account does not see this import; a viewer may not start one.
    let other = workspace(&site, "beto", Role::Editor);
    assert_eq!(get(&other, &job).await.status, StatusCode::NOT_FOUND);
    let viewer = workspace(&site, "vera", Role::Viewer);
    let refused = post_file(
        &viewer,
        "/trabajo/listas",
        &[("csrf", TOKEN), ("publisher", "Foro Inventado")],
        ("otra.csv", "Nombre\nAurelio Quintana Bello\n"),
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}
