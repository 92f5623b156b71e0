//! `/personas`: finding a person in the whole record (names, aliases and, for the roles
//! that see them, cédulas), with their status today, and recording a new person.

use super::{Fields, Frame, check_csrf, failed, page as render_page, see_other};
use crate::pages::Negotiated;
use crate::signed_in::SignedIn;
use crate::state::AppState;
use crate::words;
use amparo_app::views::StatusView;
use amparo_app::{Action, PersonInput, PublicStatus, Role};
use amparo_domain::{CustodyState, PartialDate, ReleaseMeasure};
use amparo_i18n::{Args, Lang, number, t};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

/// Persons a page lists.
const PER_PAGE: u32 = 25;

/// A person found.
pub struct Found {
    pub name: String,
    pub link: String,
    pub status: String,
}

#[derive(Debug, Default, Deserialize)]
pub struct SearchParams {
    pub q: Option<String>,
    pub pagina: Option<u32>,
}

#[derive(Template)]
#[template(path = "workspace/persons.html")]
struct PersonsPage {
    frame: Frame,
    q: String,
    showing: String,
    found: Vec<Found>,
    older: Option<String>,
    may_edit: bool,
}

fn frame(state: &AppState, signed: &SignedIn, lang: Lang) -> Frame {
    Frame::new(
        state,
        signed,
        lang,
        t(lang, "ws-persons-title", &Args::new()),
        "ws-persons",
        "/personas",
    )
}

/// A listed status in words, as the person page says it (without the person's sex).
fn status_words(lang: Lang, v: &StatusView) -> String {
    let day = |d: &Option<String>| d.as_deref().and_then(|d| PartialDate::parse(d).ok());
    let status = PublicStatus {
        state: CustodyState::parse(&v.state).unwrap_or(CustodyState::Unknown),
        since: day(&v.since),
        observed_by: day(&v.observed_by),
        facility: v.facility.clone(),
        measures: v
            .measures
            .iter()
            .filter_map(|m| ReleaseMeasure::parse(m).ok())
            .collect(),
        release_announced: v.release_announced.is_some(),
        conflicts: v.conflicts.len(),
    };
    words::status(lang, None, &status)
}

/// `GET /personas?q=`.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Query(params): Query<SearchParams>,
) -> Response {
    let frame = frame(&state, &signed, lang);
    let q = params.q.clone().unwrap_or_default().trim().to_owned();
    let n = params.pagina.unwrap_or(1).max(1);
    let offset = (n - 1).saturating_mul(PER_PAGE);
    // The whole record is for the organisation's members.
    if let Err(e) = signed.actor.require(Action::ReadRecord) {
        return failed(&frame, e);
    }
    let page = match state
        .app
        .list_persons(
            &signed.actor,
            Some(&q).filter(|q| !q.is_empty()).map(String::as_str),
            state.app.today(),
            PER_PAGE,
            offset,
        )
        .await
    {
        Ok(p) => p,
        Err(e) => return failed(&frame, e),
    };
    let shown = page.items.len() as u64;
    let mut next = form_urlencoded::Serializer::new(String::new());
    next.append_pair("q", &q)
        .append_pair("pagina", &(n + 1).to_string())
        .append_pair("lang", lang.code());
    let view = PersonsPage {
        showing: t(
            lang,
            "ws-showing",
            &Args::new()
                .text(
                    "from",
                    number(lang, (u64::from(offset) + u64::from(shown > 0)) as i64),
                )
                .text("to", number(lang, (u64::from(offset) + shown) as i64))
                .text("total", number(lang, page.total as i64)),
        ),
        found: page
            .items
            .iter()
            .map(|p| Found {
                name: p.name.clone(),
                link: frame.href(&format!("/personas/{}", p.id)),
                status: status_words(lang, &p.status),
            })
            .collect(),
        older: (u64::from(offset) + shown < page.total)
            .then(|| format!("/trabajo/personas?{}", next.finish())),
        may_edit: signed.at_least(Role::Editor),
        q,
        frame,
    };
    render_page(&view, &view.frame)
}

/// `POST /personas`: records a person, then opens their page (naming a likely duplicate).
pub async fn create(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    body: Bytes,
) -> Response {
    let frame = frame(&state, &signed, lang);
    let f = Fields::parse(&body);
    if let Err(refused) = check_csrf(&frame, &signed, f.get("csrf")) {
        return *refused;
    }
    let input = PersonInput {
        name: f.text("name").unwrap_or_default(),
        aliases: f.list("aliases"),
        national_id: f.text("national_id"),
        sex: f.text("sex"),
        birth_date: f.text("birth_date"),
        nationalities: f
            .list("nationalities")
            .into_iter()
            .map(|c| c.to_ascii_uppercase())
            .collect(),
        roles: f.list("roles"),
        visibility: f.text("visibility"),
        high_profile: f.ticked("high_profile"),
        contacts: f.text("contacts"),
        notes: f.text("notes"),
    };
    match state.app.add_person(&signed.actor, &input, None).await {
        Ok(added) => {
            let mut to = format!("/personas/{}?hecho=creada&lang={}", added.id, lang.code());
            if let Some((twin, _, _)) = added.likely_duplicates.first() {
                to.push_str(&format!("&parecida={twin}"));
            }
            see_other(&to)
        }
        Err(e) => failed(&frame, e),
    }
}
