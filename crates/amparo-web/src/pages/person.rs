//! `/p/{id}`: a person's public page: the status today in words and the timeline of the
//! facts that count, each with its public sources. A hidden person is "not found", exactly
//! as an id that does not exist.

use super::{Chrome, Negotiated, render};
use crate::cache::Version;
use crate::error::{Surface, WebError};
use crate::state::AppState;
use crate::words;
use amparo_app::PublicPersonPage;
use amparo_domain::PersonId;
use amparo_i18n::{Args, Lang, t};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};

/// A citation as the page shows it.
pub struct CitationLine {
    pub publisher: String,
    /// Only http(s) links are kept.
    pub url: Option<String>,
    pub published: Option<String>,
    pub excerpt: Option<String>,
}

/// A fact as the page shows it.
pub struct FactLine {
    pub date: String,
    pub title: String,
    pub verification: String,
    pub decides: bool,
    pub citations: Vec<CitationLine>,
}

#[derive(Template)]
#[template(path = "person.html")]
struct PersonPage {
    chrome: Chrome,
    name: String,
    initials_only: bool,
    status: String,
    conflicts: bool,
    nationalities: String,
    timeline: Vec<FactLine>,
}

/// A link a reader may follow: http(s) only.
pub fn safe_url(url: Option<&str>) -> Option<String> {
    url.filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .map(str::to_owned)
}

/// The timeline in words.
pub fn timeline(lang: Lang, page: &PublicPersonPage) -> Vec<FactLine> {
    page.timeline
        .iter()
        .map(|f| FactLine {
            date: words::date_text(lang, &f.date),
            title: words::fact(lang, &f.kind),
            verification: words::verification(lang, f.verification),
            decides: f.decides_status,
            citations: f
                .citations
                .iter()
                .map(|c| CitationLine {
                    publisher: c.publisher.clone(),
                    url: safe_url(c.url.as_deref()),
                    published: c.published.as_ref().map(|d| words::date_text(lang, d)),
                    excerpt: c.excerpt.clone(),
                })
                .collect(),
        })
        .collect()
}

/// `GET /p/{id}`.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let chrome =
        |title: String| Chrome::new(&state, lang, title, "lookup", &format!("/p/{id}"), &[]);
    // Not found says nothing of the id asked for, not even in the language switch.
    let not_found = || {
        Chrome::new(
            &state,
            lang,
            t(lang, "error-title", &Args::new()),
            "lookup",
            "/",
            &[],
        )
        .error(WebError::not_found(Surface::Page, lang))
        .into_response()
    };
    let Ok(person) = PersonId::parse(&id) else {
        return not_found();
    };
    let head = match state.app.store().head().await {
        Ok(h) => h,
        Err(e) => {
            return chrome(t(lang, "error-title", &Args::new()))
                .error(WebError::app(e.into(), Surface::Page, lang))
                .into_response();
        }
    };
    let today = state.app.today();
    let version = Version::new(head, today, lang.code(), state.built());
    if let Some(not_modified) = version.not_modified(&headers) {
        return not_modified;
    }
    let data = match state.app.public_person(person, today).await {
        Ok(d) => d,
        Err(e) if e.kind() == amparo_app::ErrorKind::NotFound => return not_found(),
        Err(e) => {
            return chrome(t(lang, "error-title", &Args::new()))
                .error(WebError::app(e, Surface::Page, lang))
                .into_response();
        }
    };
    let name = data.person.name.clone();
    let page = PersonPage {
        chrome: chrome(t(
            lang,
            "person-title",
            &Args::new().text("name", name.clone()),
        )),
        status: words::status(lang, data.person.sex, &data.status),
        conflicts: data.status.conflicts > 0,
        initials_only: data.initials_only,
        nationalities: data
            .person
            .nationalities
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        timeline: timeline(lang, &data),
        name,
    };
    version.apply(render(&page, lang))
}
