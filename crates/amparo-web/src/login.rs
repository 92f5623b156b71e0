//! Signing in and out: `GET /ingresar` shows the form, `POST /ingresar` checks it, `POST
//! /salir` ends the session.
//!
//! The sign-in form has a CSRF token of its own before any session exists: the same random
//! value in a short-lived cookie (limited to `/ingresar`) and in a hidden field, which a
//! page of another site can neither read nor set. A wrong login or password gets the form
//! again with one message whatever was wrong; too many failures get 429 with Retry-After.
//! Signing out needs the session's CSRF token.

use crate::pages::{Chrome, Negotiated, render};
use crate::security::client_ip;
use crate::session::{
    COOKIE, WORKSPACE, clear_session_cookie, cookie, no_store, safe_next, session_cookie,
    set_cookie, signed_in,
};
use crate::signed_in::SignedIn;
use crate::signed_in::same_token;
use crate::state::AppState;
use amparo_app::{Password, SignIn};
use amparo_i18n::{Args, Lang, t};
use askama::Template;
use axum::Form;
use axum::extract::{FromRequest, Query, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

/// The cookie holding the sign-in form's CSRF token.
const FORM_COOKIE: &str = "amparo_signin";
/// How long a sign-in form stays valid.
const FORM_SECONDS: i64 = 3600;

#[derive(Template)]
#[template(path = "login.html")]
struct LoginPage {
    chrome: Chrome,
    csrf: String,
    next: String,
    login: String,
    message: String,
}

/// `?next=` on the sign-in page.
#[derive(Debug, Default, Deserialize)]
pub struct NextParam {
    pub next: Option<String>,
}

/// What the sign-in form posts.
#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    next: String,
}

/// What the sign-out form posts.
#[derive(Deserialize)]
pub struct LogoutForm {
    #[serde(default)]
    csrf: String,
}

/// The form page with a fresh CSRF token, its cookie set, with `status` and `message`.
fn form(
    state: &AppState,
    lang: Lang,
    next: &str,
    login: &str,
    status: StatusCode,
    message: String,
) -> Response {
    let csrf = match amparo_app::random_token(32) {
        Ok(token) => token,
        Err(e) => {
            tracing::error!(error = %e, "no token for the sign-in form");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let page = LoginPage {
        chrome: Chrome::new(
            state,
            lang,
            t(lang, "auth-title", &Args::new()),
            "signin",
            "/ingresar",
            &[("next", next)],
        ),
        csrf: csrf.clone(),
        next: safe_next(next),
        login: login.to_owned(),
        message,
    };
    let mut response = render(&page, lang);
    *response.status_mut() = status;
    let secure = state.config.behind_tls;
    response.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(FORM_COOKIE, &csrf, "/ingresar", FORM_SECONDS, secure),
    );
    no_store(response)
}

/// `GET /ingresar`: the form; a person already signed in goes on to the workspace.
pub async fn page(
    State(state): State<AppState>,
    Negotiated(lang): Negotiated,
    Query(q): Query<NextParam>,
    headers: HeaderMap,
) -> Response {
    let next = safe_next(q.next.as_deref().unwrap_or(WORKSPACE));
    if let Ok(Some(_)) = signed_in(&state, &headers).await {
        return Redirect::to(&next).into_response();
    }
    form(&state, lang, &next, "", StatusCode::OK, String::new())
}

/// `POST /ingresar`: checks the form's token, then the login and password.
pub async fn submit(State(state): State<AppState>, request: Request) -> Response {
    let lang = crate::pages::lang_of(&request);
    let client = client_ip(&request, state.config.trust_forwarded_for).to_string();
    let headers = request.headers().clone();
    let Ok(Form(f)) = Form::<LoginForm>::from_request(request, &state).await else {
        return form_expired(lang);
    };
    if !cookie(&headers, FORM_COOKIE).is_some_and(|c| same_token(&c, &f.csrf)) {
        return form_expired(lang);
    }
    let next = safe_next(&f.next);
    let outcome = state
        .app
        .sign_in(&f.login, &Password::new(f.password), &client)
        .await;
    match outcome {
        Ok(SignIn::Started(session)) => {
            let secure = state.config.behind_tls;
            let mut response = Redirect::to(&next).into_response();
            let h = response.headers_mut();
            h.append(header::SET_COOKIE, session_cookie(&session.token, secure));
            h.append(
                header::SET_COOKIE,
                set_cookie(FORM_COOKIE, "", "/ingresar", 0, secure),
            );
            no_store(response)
        }
        Ok(SignIn::Refused) => {
            let message = t(lang, "auth-refused", &Args::new());
            form(&state, lang, &next, &f.login, StatusCode::OK, message)
        }
        Ok(SignIn::Throttled {
            retry_after_seconds,
        }) => {
            let minutes = retry_after_seconds.div_ceil(60);
            let message = t(
                lang,
                "auth-throttled",
                &Args::new().num("minutes", minutes as f64),
            );
            let mut response = form(
                &state,
                lang,
                &next,
                &f.login,
                StatusCode::TOO_MANY_REQUESTS,
                message,
            );
            if let Ok(v) = HeaderValue::from_str(&retry_after_seconds.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, v);
            }
            response
        }
        Err(e) => crate::error::WebError::app(e, crate::error::Surface::Page, lang).into_response(),
    }
}

/// 403: a form without its token, or with another's.
fn form_expired(lang: Lang) -> Response {
    (
        StatusCode::FORBIDDEN,
        t(lang, "auth-form-expired", &Args::new()),
    )
        .into_response()
}

/// `POST /salir`: ends the session named by the cookie, if the form carries its token.
pub async fn logout(State(state): State<AppState>, request: Request) -> Response {
    let lang = crate::pages::lang_of(&request);
    let headers = request.headers().clone();
    let person: SignedIn = match signed_in(&state, &headers).await {
        Ok(Some(person)) => person,
        Ok(None) => return form_expired(lang),
        Err(answer) => return answer,
    };
    let Ok(Form(f)) = Form::<LogoutForm>::from_request(request, &state).await else {
        return form_expired(lang);
    };
    if !person.csrf_matches(&f.csrf) {
        return form_expired(lang);
    }
    if let Some(token) = cookie(&headers, COOKIE)
        && let Err(e) = state.app.sign_out(&token).await
    {
        return crate::error::WebError::app(e, crate::error::Surface::Page, lang).into_response();
    }
    let mut response = Redirect::to("/ingresar").into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        clear_session_cookie(state.config.behind_tls),
    );
    no_store(response)
}
