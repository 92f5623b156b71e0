//! The documenters' workspace, mounted under `/trabajo` behind the session layer: the
//! dashboard, the review queue, news intake, person and source pages and the audit log.
//!
//! Every handler takes [`SignedIn`] and calls amparo-app's use cases as `signed.actor`; the
//! app checks the role (a refusal is answered 403). Every POST form carries the session's
//! CSRF token in a hidden `csrf` field, checked before anything else is done. Pages are
//! server-rendered, script-free, in the reader's language; every action is a plain form.

mod candidates;
mod claims;
mod dashboard;
mod fields;
mod intake;
mod list_jobs;
mod lists;
mod log;
mod mark;
mod person;
mod person_forms;
mod persons;
mod review;
mod source;
mod who;

use crate::error::{Surface, WebError};
use crate::pages::{Chrome, render};
use crate::signed_in::SignedIn;
use crate::state::AppState;
use amparo_app::{AppError, ErrorKind};
use amparo_i18n::{Args, Lang, t};
use askama::Template;
use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};

pub use fields::Fields;
pub use list_jobs::ListJobs;

/// A form refused before the app was called: the answer to send.
pub type Refusal = Box<Response>;

/// Where the workspace is mounted: every link a page emits starts with it.
pub const BASE: &str = "/trabajo";

/// The workspace's routes, relative to [`BASE`].
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/", get(dashboard::page))
        .route("/revision", get(review::page))
        .route("/revision/{id}/aceptar", post(review::accept))
        .route("/revision/{id}/rechazar", post(review::reject))
        .route("/noticias", get(intake::page).post(intake::submit))
        .route("/listas", get(lists::page).post(lists::upload))
        .route("/listas/rechazos", post(lists::rejects))
        .route("/listas/cargas/{id}", get(lists::job))
        .route("/personas", get(persons::page).post(persons::create))
        .route("/personas/{id}", get(person::page))
        .route("/personas/{id}/hechos", post(person_forms::add_fact))
        .route("/personas/{id}/editar", post(person_forms::edit))
        .route("/personas/{id}/fusionar", post(person_forms::merge))
        .route("/personas/{id}/separar", post(person_forms::unmerge))
        .route("/hechos/{id}/retirar", post(person_forms::retract))
        .route("/fuentes/{id}", get(source::page))
        .route("/anuncios", get(claims::page))
        .route("/anuncios/anuncio", post(claims::announce))
        .route("/anuncios/cifra", post(claims::claim))
        .route("/anuncios/{id}/retirar", post(claims::retract))
        .route("/registro", get(log::page))
}

/// What every workspace page carries around its content: the site's frame, who is signed
/// in, and the token its forms send back.
#[derive(Debug, Clone)]
pub struct Frame {
    pub chrome: Chrome,
    /// The signed-in account's name.
    pub user: String,
    pub csrf: String,
    pub lang: Lang,
    /// `?lang=xx`, appended to the workspace's own links.
    pub lang_query: String,
}

impl Frame {
    /// The frame of the workspace page at `path` (relative to [`BASE`]).
    pub fn new(
        state: &AppState,
        signed: &SignedIn,
        lang: Lang,
        title: String,
        section: &'static str,
        path: &str,
    ) -> Frame {
        Frame {
            chrome: Chrome::new(state, lang, title, section, &format!("{BASE}{path}"), &[]),
            user: signed.name.clone(),
            csrf: signed.csrf.clone(),
            lang,
            lang_query: format!("?lang={}", lang.code()),
        }
    }

    /// The message `key` in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.chrome.tr.t(key)
    }

    /// An absolute workspace link to `path`, keeping the language.
    pub fn href(&self, path: &str) -> String {
        format!("{BASE}{path}{}", self.lang_query)
    }
}

#[derive(Template)]
#[template(path = "workspace/error.html")]
struct ErrorPage<'a> {
    frame: &'a Frame,
    sentence: &'a str,
}

/// A refusal or failure, shown in the workspace's frame with `status`.
pub fn answer(frame: &Frame, status: StatusCode, sentence: &str) -> Response {
    let page = ErrorPage { frame, sentence };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "error page did not render");
            (status, sentence.to_owned()).into_response()
        }
    }
}

/// A use case's failure: 403 for a role that may not, 404, 409 for a conflict, 422 for bad
/// input (said back), 503 and 500 (logged, never said).
pub fn failed(frame: &Frame, e: AppError) -> Response {
    let kind = e.kind();
    let detail = e.to_string();
    // Logs the cause of what should not happen, in one place with the public pages.
    drop(WebError::app(e, Surface::Page, frame.lang));
    failure(frame, kind, detail)
}

/// A failure of `kind` that said `detail`, as [`failed`] shows it.
pub fn failure(frame: &Frame, kind: ErrorKind, detail: String) -> Response {
    let lang = frame.lang;
    let (status, sentence) = match kind {
        ErrorKind::Forbidden => (StatusCode::FORBIDDEN, frame.t("ws-forbidden")),
        ErrorKind::NotFound => (StatusCode::NOT_FOUND, frame.t("ws-not-found")),
        ErrorKind::Conflict | ErrorKind::AlreadyDone => (
            StatusCode::CONFLICT,
            t(lang, "ws-conflict", &Args::new().text("detail", detail)),
        ),
        ErrorKind::Invalid => (
            StatusCode::UNPROCESSABLE_ENTITY,
            t(lang, "error-invalid", &Args::new().text("detail", detail)),
        ),
        ErrorKind::Unavailable => (
            StatusCode::SERVICE_UNAVAILABLE,
            frame.t("error-unavailable"),
        ),
        ErrorKind::Internal => (StatusCode::INTERNAL_SERVER_ERROR, frame.t("error-internal")),
    };
    answer(frame, status, &sentence)
}

pub fn invalid(frame: &Frame, detail: &str) -> Response {
    let lang = frame.lang;
    answer(
        frame,
        StatusCode::UNPROCESSABLE_ENTITY,
        &t(lang, "error-invalid", &Args::new().text("detail", detail)),
    )
}

/// Refuses a form whose token is missing or not the session's, before anything is done.
pub fn check_csrf(frame: &Frame, signed: &SignedIn, given: Option<&str>) -> Result<(), Refusal> {
    if signed.csrf_matches(given.unwrap_or("")) {
        Ok(())
    } else {
        tracing::warn!(role = %signed.actor.role, "form refused: CSRF token missing or wrong");
        Err(Box::new(answer(
            frame,
            StatusCode::FORBIDDEN,
            &frame.t("ws-csrf"),
        )))
    }
}

/// After a form: 303 to the workspace page `path` (relative to [`BASE`], with its query).
pub fn see_other(path: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("{BASE}{path}")) {
        response.headers_mut().insert(header::LOCATION, v);
    }
    response
}

/// Renders a workspace page.
pub fn page(template: &impl Template, frame: &Frame) -> Response {
    render(template, frame.lang)
}
