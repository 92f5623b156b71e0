//! `/listas`: list upload. An editor sends a list (CSV, XLSX, ODS, JSON) with its publisher
//! and date; the app's import accounts for every row, and the page says what became of each
//! (created, matched to whom, queued for review, rejected with line and reason), with the
//! rejected rows offered as a CSV file to correct and send again.

use super::fields::multipart;
use super::{Fields, Frame, check_csrf, failed, invalid, page as render_page};
use crate::pages::Negotiated;
use crate::signed_in::SignedIn;
use crate::state::AppState;
use amparo_app::{ImportOptions, ImportSummary, LineOutcome, Role};
use amparo_i18n::{Args, Lang, number, t};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::collections::hash_map::Entry;

/// Lines of the outcome a page lists (the counts cover them all).
const SHOWN: usize = 100;

/// What became of one line.
pub struct LineView {
    pub line: usize,
    pub outcome: String,
    pub person: Option<(String, String)>,
}

/// A rejected row.
pub struct RejectView {
    pub line: usize,
    pub column: String,
    pub value: String,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "workspace/lists.html")]
struct ListsPage {
    frame: Frame,
    may_edit: bool,
    today: String,
    /// After an upload: the counts in words.
    summary: Option<String>,
    lines: Vec<LineView>,
    more_lines: usize,
    rejects: Vec<RejectView>,
    /// The rejected rows as CSV, sent back by the download form.
    rejects_csv: String,
}

fn frame(state: &AppState, signed: &SignedIn, lang: Lang) -> Frame {
    Frame::new(
        state,
        signed,
        lang,
        t(lang, "ws-lists-title", &Args::new()),
        "ws-lists",
        "/listas",
    )
}

fn empty(state: &AppState, signed: &SignedIn, lang: Lang) -> ListsPage {
    ListsPage {
        may_edit: signed.at_least(Role::Editor),
        today: state.app.today().to_string(),
        summary: None,
        lines: Vec::new(),
        more_lines: 0,
        rejects: Vec::new(),
        rejects_csv: String::new(),
        frame: frame(state, signed, lang),
    }
}

/// `GET /listas`.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
) -> Response {
    let page = empty(&state, &signed, lang);
    render_page(&page, &page.frame)
}

fn counts(lang: Lang, s: &ImportSummary) -> String {
    let n = |v: usize| number(lang, v as i64);
    t(
        lang,
        "ws-lists-summary",
        &Args::new()
            .text("rows", n(s.rows))
            .text("created", n(s.created))
            .text("matched", n(s.matched))
            .text("queued", n(s.queued))
            .text("rejected", n(s.rejected)),
    )
}

/// `POST /listas` (multipart): imports the list and shows what became of every row.
pub async fn upload(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    request: Request,
) -> Response {
    let (fields, file) = multipart(request, &state).await;
    let mut page = empty(&state, &signed, lang);
    if let Err(refused) = check_csrf(&page.frame, &signed, fields.get("csrf")) {
        return *refused;
    }
    let Some((name, bytes)) = file else {
        return invalid(&page.frame, &page.frame.t("ws-lists-no-file"));
    };
    let Some(publisher) = fields.text("publisher") else {
        return invalid(&page.frame, &page.frame.t("ws-intake-publisher-needed"));
    };
    let options = ImportOptions {
        source_kind: fields.text("kind"),
        source_publisher: publisher,
        source_published: fields
            .text("published")
            .unwrap_or_else(|| page.today.clone()),
        source_url: fields.text("url"),
        source_title: fields.text("title"),
        verification: fields.text("verification"),
        mapping: None,
        dry_run: false,
        lines: true,
    };
    let summary = match state
        .app
        .import_list(&signed.actor, &name, bytes, &options, &|_| {})
        .await
    {
        Ok(s) => s,
        Err(e) => return failed(&page.frame, e),
    };
    let mut names: HashMap<String, String> = HashMap::new();
    for (line, outcome) in summary.lines.iter().take(SHOWN) {
        let (key, person) = match outcome {
            LineOutcome::Created { person } => ("ws-line-created", Some(*person)),
            LineOutcome::Matched { person, .. } => ("ws-line-matched", Some(*person)),
            LineOutcome::Queued { .. } => ("ws-line-queued", None),
        };
        let person = match person {
            Some(person) => {
                let id = person.to_string();
                if let Entry::Vacant(slot) = names.entry(id.clone()) {
                    match state.app.person(&signed.actor, person).await {
                        Ok(p) => slot.insert(p.display_name().to_owned()),
                        Err(e) => return failed(&page.frame, e),
                    };
                }
                let link = page.frame.href(&format!("/personas/{id}"));
                Some((names.get(&id).cloned().unwrap_or_default(), link))
            }
            None => None,
        };
        page.lines.push(LineView {
            line: *line,
            outcome: t(lang, key, &Args::new()),
            person,
        });
    }
    page.more_lines = summary.lines.len().saturating_sub(SHOWN);
    page.rejects = summary
        .rejects
        .iter()
        .take(SHOWN)
        .map(|r| RejectView {
            line: r.line,
            column: r.column.clone().unwrap_or_default(),
            value: r.value.clone().unwrap_or_default(),
            reason: r.reason.clone(),
        })
        .collect();
    page.rejects_csv = match summary.rejects_csv() {
        Ok(csv) if !summary.rejects.is_empty() => csv,
        Ok(_) => String::new(),
        Err(e) => return failed(&page.frame, e),
    };
    page.summary = Some(if summary.result == "imported" {
        counts(lang, &summary)
    } else {
        t(lang, "ws-lists-already", &Args::new())
    });
    render_page(&page, &page.frame)
}

/// `POST /listas/rechazos`: the rejected rows just shown, as a CSV download.
pub async fn rejects(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    body: Bytes,
) -> Response {
    let frame = frame(&state, &signed, lang);
    let fields = Fields::parse(&body);
    if let Err(refused) = check_csrf(&frame, &signed, fields.get("csrf")) {
        return *refused;
    }
    let csv = fields.raw("rejects").unwrap_or_default().to_owned();
    let mut response = csv.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"rechazos.csv\""),
    );
    response
}
