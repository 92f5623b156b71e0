//! One answer for every failure: a page in the reader's language for the site, an RFC 9457
//! problem document for the API. The cause goes to the log (without personal data: causes
//! are errors of the registry, never the query); the reader gets a clear sentence.

use crate::pages::Chrome;
use amparo_app::{AppError, ErrorKind};
use amparo_i18n::{Args, Lang, t};
use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use serde::Serialize;

/// Where the failure is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Surface {
    /// An HTML page.
    Page,
    /// `application/problem+json`.
    Api,
}

/// A failure, ready to answer.
#[derive(Debug)]
pub struct WebError {
    pub kind: ErrorKind,
    /// Said to the reader (for invalid input: what is wrong with it).
    pub detail: Option<String>,
    pub surface: Surface,
    pub lang: Lang,
    pub chrome: Option<Chrome>,
}

impl WebError {
    /// A failure of a use case.
    pub fn app(e: AppError, surface: Surface, lang: Lang) -> WebError {
        let kind = e.kind();
        match kind {
            ErrorKind::Internal | ErrorKind::Unavailable => {
                tracing::error!(error = %amparo_app::backend::error_chain(&e), "request failed")
            }
            _ => tracing::debug!(kind = ?kind, "request refused"),
        }
        // What is wrong with the input, or what it conflicts with, is said back; what
        // failed inside is not.
        let detail = matches!(
            kind,
            ErrorKind::Invalid | ErrorKind::Conflict | ErrorKind::AlreadyDone
        )
        .then(|| e.to_string());
        WebError {
            kind,
            detail,
            surface,
            lang,
            chrome: None,
        }
    }

    /// Invalid input, with what is wrong.
    pub fn invalid(detail: impl Into<String>, surface: Surface, lang: Lang) -> WebError {
        WebError {
            kind: ErrorKind::Invalid,
            detail: Some(detail.into()),
            surface,
            lang,
            chrome: None,
        }
    }

    /// Nothing there.
    pub fn not_found(surface: Surface, lang: Lang) -> WebError {
        WebError {
            kind: ErrorKind::NotFound,
            detail: None,
            surface,
            lang,
            chrome: None,
        }
    }

    /// Shown inside the site's page frame.
    pub fn with_chrome(mut self, chrome: Chrome) -> WebError {
        self.chrome = Some(chrome);
        self
    }

    fn status(&self) -> StatusCode {
        match self.kind {
            ErrorKind::Forbidden => StatusCode::FORBIDDEN,
            ErrorKind::NotFound => StatusCode::NOT_FOUND,
            ErrorKind::Invalid => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorKind::Conflict | ErrorKind::AlreadyDone => StatusCode::CONFLICT,
            ErrorKind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            ErrorKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn sentence(&self) -> String {
        let lang = self.lang;
        match self.kind {
            // A program's token with too low a role is told so (the public is never
            // refused by role: what it may not see does not exist for it).
            ErrorKind::Forbidden if self.surface == Surface::Api => {
                t(lang, "api-forbidden", &Args::new())
            }
            ErrorKind::NotFound | ErrorKind::Forbidden => t(lang, "error-not-found", &Args::new()),
            ErrorKind::Invalid | ErrorKind::Conflict | ErrorKind::AlreadyDone => t(
                lang,
                "error-invalid",
                &Args::new().text("detail", self.detail.clone().unwrap_or_default()),
            ),
            ErrorKind::Unavailable => t(lang, "error-unavailable", &Args::new()),
            ErrorKind::Internal => t(lang, "error-internal", &Args::new()),
        }
    }
}

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Problem {
    /// A URI naming the kind of problem (`about:blank` when the status says it all).
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
}

/// The problem+json response for `status` with `detail`.
pub fn problem(status: StatusCode, detail: String) -> Response {
    let body = Problem {
        kind: "about:blank".into(),
        title: status.canonical_reason().unwrap_or("Error").to_owned(),
        status: status.as_u16(),
        detail,
    };
    let mut response = (status, axum::Json(body)).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/problem+json"),
    );
    response
}

/// A refusal the tower layers answer before any handler runs (a body past the size limit,
/// a request past its time) comes as a bare English phrase: it is said again in the
/// reader's language, as a problem document on the API.
pub fn said_plainly(response: &Response, api: bool, lang: Lang) -> Option<Response> {
    let key = match response.status() {
        StatusCode::PAYLOAD_TOO_LARGE => "error-too-large",
        StatusCode::REQUEST_TIMEOUT => "error-timeout",
        _ => return None,
    };
    let problem_already = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/problem+json"));
    if problem_already {
        return None;
    }
    let sentence = t(lang, key, &Args::new());
    Some(if api {
        problem(response.status(), sentence)
    } else {
        (response.status(), sentence).into_response()
    })
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    chrome: &'a Chrome,
    sentence: &'a str,
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let status = self.status();
        let sentence = self.sentence();
        match (self.surface, &self.chrome) {
            (Surface::Page, Some(chrome)) => {
                let page = ErrorPage {
                    chrome,
                    sentence: &sentence,
                };
                match page.render() {
                    Ok(html) => (status, Html(html)).into_response(),
                    Err(e) => {
                        tracing::error!(error = %e, "error page did not render");
                        (status, sentence).into_response()
                    }
                }
            }
            (Surface::Page, None) => (status, sentence).into_response(),
            (Surface::Api, _) => problem(status, sentence),
        }
    }
}
