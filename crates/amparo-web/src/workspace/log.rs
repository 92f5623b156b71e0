//! `/registro`: the audit log, newest first, a page at a time, with names rather than ids:
//! who did what to which record, when and why. The dashboard shows its first lines.

use super::{Frame, failed, page as render_page, who};
use crate::pages::Negotiated;
use crate::signed_in::SignedIn;
use crate::state::AppState;
use amparo_app::LogEntry;
use amparo_domain::EntityKind;
use amparo_i18n::{Args, Lang, number, t};
use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

/// Entries a page of the log shows.
const PER_PAGE: usize = 50;

/// One change as a line of the log.
pub struct Change {
    pub seq: i64,
    /// "2026-01-12 10:00" (UTC).
    pub when: String,
    pub who: String,
    /// "creó (persona)".
    pub what: String,
    /// The record's workspace page, when it has one.
    pub link: Option<String>,
    pub reason: String,
}

/// A log entry in words.
pub fn change(frame: &Frame, e: &LogEntry) -> Change {
    let lang = frame.lang;
    let what = t(
        lang,
        "ws-change",
        &Args::new()
            .text(
                "action",
                t(lang, &format!("ws-action-{}", e.action), &Args::new()),
            )
            .text(
                "entity",
                t(lang, &format!("ws-entity-{}", e.entity), &Args::new()),
            ),
    );
    let link = match e.entity {
        EntityKind::Person => Some(frame.href(&format!("/personas/{}", e.entity_id))),
        EntityKind::Source => Some(frame.href(&format!("/fuentes/{}", e.entity_id))),
        EntityKind::Proposal => Some(frame.href("/revision")),
        _ => None,
    };
    Change {
        seq: e.seq,
        when: e.at.get(..16).unwrap_or(&e.at).replace('T', " "),
        who: who::name(lang, &e.actor),
        what,
        link,
        reason: e.reason.clone().unwrap_or_default(),
    }
}

/// The page asked for.
#[derive(Debug, Default, Deserialize)]
pub struct LogParams {
    pub pagina: Option<usize>,
}

#[derive(Template)]
#[template(path = "workspace/log.html")]
struct LogPage {
    frame: Frame,
    changes: Vec<Change>,
    showing: String,
    newer: Option<String>,
    older: Option<String>,
}

/// "Showing 51 to 100 of 1,204".
fn showing(lang: Lang, from: usize, to: usize, total: u64) -> String {
    t(
        lang,
        "ws-showing",
        &Args::new()
            .text("from", number(lang, from as i64))
            .text("to", number(lang, to as i64))
            .text("total", number(lang, total as i64)),
    )
}

/// `GET /registro?pagina=N`.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Query(params): Query<LogParams>,
) -> Response {
    let frame = Frame::new(
        &state,
        &signed,
        lang,
        t(lang, "ws-log-title", &Args::new()),
        "ws-log",
        "/registro",
    );
    let n = params.pagina.unwrap_or(1).max(1);
    let offset = (n - 1).saturating_mul(PER_PAGE);
    let log = match state.app.audit_page(&signed.actor, PER_PAGE, offset).await {
        Ok(l) => l,
        Err(e) => return failed(&frame, e),
    };
    let shown = log.items.len();
    let page_link = |k: usize| format!("{}&pagina={k}", frame.href("/registro"));
    let page = LogPage {
        changes: log.items.iter().map(|e| change(&frame, e)).collect(),
        showing: showing(
            lang,
            offset + usize::from(shown > 0),
            offset + shown,
            log.total,
        ),
        newer: (n > 1).then(|| page_link(n - 1)),
        older: ((offset + shown) < log.total as usize).then(|| page_link(n + 1)),
        frame,
    };
    render_page(&page, &page.frame)
}
