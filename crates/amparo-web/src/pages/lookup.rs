//! `/`: the family lookup. One search box; up to ten results from the in-memory public
//! index, each with its status in words, since when, when last verified, how many sources
//! and which public publishers. A search by national id never shows the number back.

use super::{Chrome, Negotiated, render};
use crate::cache::Version;
use crate::state::AppState;
use crate::words;
use amparo_app::{LookupResult, PublicEntry};
use amparo_i18n::{Args, Lang, t};
use askama::Template;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Deserialize;

/// The longest query read, in characters (a name is far shorter).
pub const MAX_QUERY: usize = 200;

/// `?q=&lang=`.
#[derive(Debug, Default, Deserialize)]
pub struct LookupParams {
    pub q: Option<String>,
    pub lang: Option<String>,
}

/// One result as the page shows it.
pub struct ResultLine {
    pub href: String,
    pub name: String,
    pub initials_only: bool,
    pub status: String,
    pub verified: String,
    pub sources: String,
    pub publishers: String,
}

impl ResultLine {
    /// The line of an entry, in `lang`.
    pub fn of(lang: Lang, e: &PublicEntry) -> ResultLine {
        let verified = match &e.last_verified {
            Some(d) => format!(
                "{}: {}",
                t(lang, "lookup-last-verified", &Args::new()),
                words::date_text(lang, d)
            ),
            None => format!(
                "{}: {}",
                t(lang, "lookup-last-verified", &Args::new()),
                t(lang, "lookup-not-verified", &Args::new())
            ),
        };
        ResultLine {
            href: format!("/p/{}?lang={}", e.id, lang.code()),
            name: e.name.clone(),
            initials_only: e.initials_only,
            status: words::status(lang, e.sex, &e.status),
            verified,
            sources: t(
                lang,
                "lookup-sources",
                &Args::new().num("count", e.sources as f64),
            ),
            publishers: e.publishers.join(", "),
        }
    }
}

#[derive(Template)]
#[template(path = "lookup.html")]
struct LookupPage {
    chrome: Chrome,
    shown_query: String,
    searched: bool,
    too_short: bool,
    by_national_id: bool,
    summary: String,
    none_contact: String,
    results: Vec<ResultLine>,
}

/// The query as read: trimmed and cut to [`MAX_QUERY`] characters.
pub fn read_query(q: Option<&str>) -> Option<String> {
    let q: String = q?.trim().chars().take(MAX_QUERY).collect();
    (!q.is_empty()).then_some(q)
}

/// What the page says when nobody is found: what that means and whom to write to.
pub fn none_contact(state: &AppState, lang: Lang) -> String {
    t(
        lang,
        "lookup-none-contact",
        &Args::new().text("contact", state.config.contact.clone()),
    )
}

/// `GET /`.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    Query(params): Query<LookupParams>,
    headers: HeaderMap,
) -> Response {
    let index = state.index();
    let version = Version::new(index.head, index.as_of, lang.code(), state.built());
    if let Some(not_modified) = version.not_modified(&headers) {
        return not_modified;
    }
    let query = read_query(params.q.as_deref());
    let found: Option<LookupResult> = query.as_deref().map(|q| index.search(q));
    let by_national_id = found.as_ref().is_some_and(|f| f.by_national_id);
    // A national id is never written back into the page, not even in the search box.
    let shown_query = match (&query, by_national_id) {
        (Some(q), false) => q.clone(),
        _ => String::new(),
    };
    let chrome = Chrome::new(
        &state,
        lang,
        t(lang, "lookup-title", &Args::new()),
        "lookup",
        "/",
        &[("q", shown_query.as_str())],
    );
    let results: Vec<ResultLine> = found
        .as_ref()
        .map(|f| {
            f.hits
                .iter()
                .map(|h| ResultLine::of(lang, &h.entry))
                .collect()
        })
        .unwrap_or_default();
    let page = LookupPage {
        summary: t(
            lang,
            "lookup-results",
            &Args::new().num("count", results.len() as f64),
        ),
        none_contact: none_contact(&state, lang),
        chrome,
        shown_query,
        searched: found.is_some(),
        too_short: found.as_ref().is_some_and(|f| f.too_short),
        by_national_id,
        results,
    };
    version.apply(render(&page, lang))
}
