//! `/listas`: list upload. An editor sends a list (CSV, XLSX, ODS, JSON) with its publisher
//! and date; the app's import accounts for every row, and the page says what became of each
//! (created, matched to whom, queued for review, rejected with line and reason), with the
//! rejected rows offered as a CSV file to correct and send again. A long list is imported
//! in the background ([`super::list_jobs`]): its page shows the rows written meanwhile.

use super::fields::multipart;
use super::list_jobs::JobState;
use super::page as render_page;
use super::{Fields, Frame, answer, check_csrf, failed, failure, invalid, see_other};
use crate::pages::Negotiated;
use crate::signed_in::SignedIn;
use crate::state::AppState;
use amparo_app::{ImportOptions, ImportProgress, ImportSummary, LineOutcome, Role};
use amparo_i18n::{Args, Lang, number, t};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::Arc;

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

/// `POST /listas` (multipart): starts importing the list and sends the browser to the
/// import's page ([`job`]).
pub async fn upload(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    request: Request,
) -> Response {
    let (fields, file) = multipart(request, &state).await;
    let page = empty(&state, &signed, lang);
    if let Err(refused) = check_csrf(&page.frame, &signed, fields.get("csrf")) {
        return *refused;
    }
    if !signed.at_least(Role::Editor) {
        return answer(
            &page.frame,
            StatusCode::FORBIDDEN,
            &page.frame.t("ws-forbidden"),
        );
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
    match state.list_jobs.start(
        Arc::clone(&state.app),
        signed.actor.clone(),
        name,
        bytes,
        options,
    ) {
        Ok(id) => see_other(&format!("/listas/cargas/{id}{}", page.frame.lang_query)),
        Err(e) => failed(&page.frame, e),
    }
}

#[derive(Template)]
#[template(path = "workspace/list_job.html")]
struct JobPage {
    frame: Frame,
    /// What the import is doing, in words.
    doing: String,
    /// Rows written and to write, while writing.
    written: Option<(usize, usize)>,
}

/// `GET /listas/cargas/{id}`: while the import runs, where it stands (the page reloads
/// itself every two seconds); once it ended, what became of every row.
pub async fn job(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    signed: SignedIn,
    Path(id): Path<String>,
) -> Response {
    let page = empty(&state, &signed, lang);
    let n = |v: usize| number(lang, v as i64);
    let (doing, written) = match state.list_jobs.state(&id, &signed.actor.id) {
        None => {
            return answer(
                &page.frame,
                StatusCode::NOT_FOUND,
                &page.frame.t("ws-lists-job-gone"),
            );
        }
        Some(JobState::Failed(kind, detail)) => return failure(&page.frame, kind, detail),
        Some(JobState::Done(summary)) => return outcome(&state, &signed, page, &summary).await,
        Some(JobState::Running(ImportProgress::Reading)) => {
            (page.frame.t("ws-lists-reading"), None)
        }
        Some(JobState::Running(ImportProgress::Matching { rows })) => (
            t(
                lang,
                "ws-lists-matching",
                &Args::new().text("rows", n(rows)),
            ),
            None,
        ),
        Some(JobState::Running(ImportProgress::Writing { done, total })) => (
            t(
                lang,
                "ws-lists-writing",
                &Args::new().text("done", n(done)).text("total", n(total)),
            ),
            Some((done, total)),
        ),
    };
    let job = JobPage {
        frame: page.frame,
        doing,
        written,
    };
    render_page(&job, &job.frame)
}

/// The list page with what became of every row of an ended import.
async fn outcome(
    state: &AppState,
    signed: &SignedIn,
    mut page: ListsPage,
    summary: &ImportSummary,
) -> Response {
    let lang = page.frame.lang;
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
        counts(lang, summary)
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
