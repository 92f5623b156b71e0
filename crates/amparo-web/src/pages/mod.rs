//! The public pages: the family lookup (`/`), a person's history (`/p/{id}`) and the
//! counts (`/cifras`). Server-rendered, no script, in the reader's language with a switch
//! on every page.

pub mod figures;
pub mod lookup;
pub mod person;
pub(crate) mod rows;

use crate::error::{Surface, WebError};
use crate::state::AppState;
use amparo_i18n::{Args, Lang, t};
use askama::Template;
use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::{Html, IntoResponse, Response};
use std::convert::Infallible;

/// The catalogue in one language, for templates: `{{ chrome.tr.t("key") }}`.
#[derive(Debug, Clone, Copy)]
pub struct Tr(pub Lang);

impl Tr {
    /// The message `key` without arguments.
    pub fn t(&self, key: &str) -> String {
        t(self.0, key, &Args::new())
    }
}

/// What every page carries around its content.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub tr: Tr,
    pub lang_code: &'static str,
    pub title: String,
    pub section: &'static str,
    pub demo: bool,
    pub contact: String,
    pub contact_line: String,
    /// The same page in the other language.
    pub switch_href: String,
    pub switch_code: &'static str,
}

impl Chrome {
    /// The frame of a page at `path` with `query` (pairs to keep in the language switch).
    pub fn new(
        state: &AppState,
        lang: Lang,
        title: String,
        section: &'static str,
        path: &str,
        query: &[(&str, &str)],
    ) -> Chrome {
        let other = match lang {
            Lang::Es => Lang::En,
            Lang::En => Lang::Es,
        };
        let mut pairs = form_urlencoded::Serializer::new(String::new());
        for (k, v) in query.iter().filter(|(k, v)| *k != "lang" && !v.is_empty()) {
            pairs.append_pair(k, v);
        }
        pairs.append_pair("lang", other.code());
        let contact = state.config.contact.clone();
        Chrome {
            tr: Tr(lang),
            lang_code: lang.code(),
            title,
            section,
            demo: state.config.demo,
            contact_line: t(
                lang,
                "footer-contact",
                &Args::new().text("contact", contact.clone()),
            ),
            contact,
            switch_href: format!("{path}?{}", pairs.finish()),
            switch_code: other.code(),
        }
    }

    /// An error shown in this frame.
    pub fn error(self, e: WebError) -> WebError {
        e.with_chrome(self)
    }
}

/// The language of a request: `?lang=`, else Accept-Language, else Spanish.
pub fn negotiate(query: Option<&str>, headers: &HeaderMap) -> Lang {
    let explicit = query.and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.into_owned())
    });
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    amparo_i18n::negotiate(explicit.as_deref(), accept)
}

/// The language of a whole request.
pub fn lang_of(request: &Request) -> Lang {
    negotiate(request.uri().query(), request.headers())
}

/// The negotiated language, as an extractor.
pub struct Negotiated(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for Negotiated {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Negotiated, Infallible> {
        Ok(Negotiated(negotiate(parts.uri.query(), &parts.headers)))
    }
}

/// Renders a page template, or answers 500 (logged).
pub fn render(page: &impl Template, lang: Lang) -> Response {
    match page.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "page did not render");
            WebError {
                kind: amparo_app::ErrorKind::Internal,
                detail: None,
                surface: Surface::Page,
                lang,
                chrome: None,
            }
            .into_response()
        }
    }
}
