//! The workspace in English: every page an editor opens with `?lang=en` carries none of
//! the Spanish catalogue's words (those whose English differs), so no page was left
//! half-translated.

use super::{accepted_news, get, workspace};
use crate::support::fixture;
use amparo_app::Role;
use axum::http::StatusCode;

/// The Spanish catalogue's fragments (text between placeables, 14 characters or more) of
/// the messages whose English differs.
fn spanish_only() -> Vec<String> {
    let locales = concat!(env!("CARGO_MANIFEST_DIR"), "/../amparo-i18n/locales");
    let read = |lang: &str| -> std::collections::HashMap<String, String> {
        let text = std::fs::read_to_string(format!("{locales}/{lang}/web.ftl")).unwrap();
        text.lines()
            .filter_map(|l| l.split_once(" = "))
            .filter(|(k, _)| !k.starts_with(['#', ' ']))
            .map(|(k, v)| (k.trim().to_owned(), v.to_owned()))
            .collect()
    };
    let (es, en) = (read("es"), read("en"));
    let mut out = Vec::new();
    for (key, value) in &es {
        if en.get(key) == Some(value) {
            continue;
        }
        for piece in value.split(['{', '}']).step_by(2) {
            let piece = piece.trim();
            if piece.chars().count() >= 14 {
                out.push(piece.to_owned());
            }
        }
    }
    assert!(out.len() > 100, "read the catalogue: {}", out.len());
    out
}

#[tokio::test]
async fn every_workspace_page_in_english_has_no_spanish_words_of_the_catalogue() {
    let site = fixture().await;
    let (person, news) = accepted_news(&site).await;
    let spanish = spanish_only();
    for role in [Role::Editor, Role::Viewer] {
        let who = workspace(&site, "elena", role);
        for uri in [
            "/trabajo".to_owned(),
            "/trabajo/revision".to_owned(),
            "/trabajo/noticias".to_owned(),
            format!("/trabajo/personas/{person}"),
            format!("/trabajo/fuentes/{news}"),
            "/trabajo/registro".to_owned(),
            "/trabajo/personas?q=casilda".to_owned(),
            "/trabajo/personas".to_owned(),
            "/trabajo/listas".to_owned(),
            "/trabajo/anuncios".to_owned(),
        ] {
            let sep = if uri.contains('?') { '&' } else { '?' };
            let uri = format!("{uri}{sep}lang=en");
            let a = get(&who, &uri).await;
            assert_eq!(a.status, StatusCode::OK, "{uri}: {}", a.body);
            assert!(a.body.contains("<html lang=\"en\""), "{uri}");
            for words in &spanish {
                assert!(
                    !a.body.contains(words.as_str()),
                    "{role:?} {uri} shows Spanish {words:?}:\n{}",
                    a.body
                );
            }
        }
    }
}
