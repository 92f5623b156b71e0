//! `/fuentes/{id}`: a source: what it is, its stored original with the excerpt of every
//! fact citing it marked, and those facts, each linked to its person.

use super::mark::{self, Piece};
use super::{Frame, failed, invalid, page as render_page};
use crate::pages::Negotiated;
use crate::pages::person::safe_url;
use crate::signed_in::SignedIn;
use crate::state::AppState;
use crate::words;
use amparo_app::AppError;
use amparo_domain::SourceId;
use amparo_i18n::{Args, t};
use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// A fact citing the source.
pub struct Citing {
    pub date: String,
    pub title: String,
    pub person: String,
    pub link: String,
    pub excerpt: Option<String>,
    pub retracted: bool,
}

#[derive(Template)]
#[template(path = "workspace/source.html")]
struct SourcePage {
    frame: Frame,
    publisher: String,
    title: Option<String>,
    kind: String,
    url: Option<String>,
    published: Option<String>,
    sha256: Option<String>,
    /// The original with the excerpts marked; `None` when no text is stored.
    original: Option<Vec<Piece>>,
    /// Excerpts not found in the original (it may have been cited in other words).
    unmarked: usize,
    facts: Vec<Citing>,
}

/// `GET /fuentes/{id}`.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Path(id): Path<String>,
) -> Response {
    let frame = Frame::new(
        &state,
        &signed,
        lang,
        t(lang, "ws-source-title", &Args::new()),
        "ws-source",
        &format!("/fuentes/{id}"),
    );
    let Ok(id) = SourceId::parse(&id) else {
        return invalid(&frame, &frame.t("ws-bad-id"));
    };
    match build(&state, &signed, frame.clone(), id).await {
        Ok(page) => render_page(&page, &page.frame),
        Err(e) => failed(&frame, e),
    }
}

async fn build(
    state: &AppState,
    signed: &SignedIn,
    frame: Frame,
    id: SourceId,
) -> Result<SourcePage, AppError> {
    let (app, actor, lang) = (&state.app, &signed.actor, frame.lang);
    // The original first: it is the role check (reading the whole record).
    let original = app.source_original(actor, id).await?;
    let source = app.source(actor, id).await?;
    let stored = app.facts_citing(actor, id).await?;
    let mut names: HashMap<String, String> = HashMap::new();
    let mut facts = Vec::new();
    for f in &stored {
        let person = f.fact.person;
        if let Entry::Vacant(slot) = names.entry(person.to_string()) {
            slot.insert(app.person(actor, person).await?.display_name().to_owned());
        }
        facts.push(Citing {
            date: words::date_text(lang, &f.fact.date),
            title: words::fact(lang, &f.fact.kind),
            person: names.get(&person.to_string()).cloned().unwrap_or_default(),
            link: frame.href(&format!("/personas/{person}")),
            excerpt: f
                .fact
                .citations()
                .iter()
                .find(|c| c.source == id)
                .and_then(|c| c.excerpt.clone()),
            retracted: f.retraction.is_some(),
        });
    }
    let text = original.and_then(|b| String::from_utf8(b).ok());
    let mut unmarked = 0;
    let original = text.map(|text| {
        let mut ranges = Vec::new();
        for f in &stored {
            for c in f.fact.citations().iter().filter(|c| c.source == id) {
                match c
                    .excerpt
                    .as_deref()
                    .and_then(|e| mark::find(&text, e, c.locator.as_deref()))
                {
                    Some(r) => ranges.push(r),
                    None => unmarked += 1,
                }
            }
        }
        mark::pieces(&text, &ranges)
    });
    Ok(SourcePage {
        publisher: source.publisher.clone(),
        title: source.title.clone(),
        kind: t(lang, &format!("ws-kind-{}", source.kind), &Args::new()),
        url: safe_url(source.url.as_deref()),
        published: source.published.as_ref().map(|d| words::date_text(lang, d)),
        sha256: source.sha256.map(|h| h.to_string()),
        original,
        unmarked,
        facts,
        frame,
    })
}
