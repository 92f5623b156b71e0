//! The session layer over the workspace (`/trabajo`): the `amparo_session` cookie names a
//! session stored in the database; a live one puts [`SignedIn`] into the request for the
//! workspace's handlers. Without one, a GET is sent to the sign-in page (303, coming back
//! afterwards) and anything else is refused (403). Workspace answers are never cached.
//!
//! Cookies are written by hand (a few attributes, no crate needed): HttpOnly, SameSite=Strict,
//! Path=/, and Secure when the server is behind TLS (the switch that also sends HSTS).

use crate::pages::lang_of;
use crate::signed_in::SignedIn;
use crate::state::AppState;
use amparo_i18n::{Args, t};
use axum::extract::{OriginalUri, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

/// The session cookie.
pub const COOKIE: &str = "amparo_session";
/// Where the workspace lives.
pub const WORKSPACE: &str = "/trabajo";
/// A session cookie's lifetime: the session's absolute end (the server ends it sooner when
/// it is left unused).
const COOKIE_SECONDS: i64 = amparo_app::SESSION_DAYS * 24 * 3600;

/// The value of cookie `name` in a request's headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// A `Set-Cookie` value: `max_age` 0 removes the cookie.
pub fn set_cookie(name: &str, value: &str, path: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let text = format!(
        "{name}={value}; Path={path}; Max-Age={max_age}; HttpOnly; SameSite=Strict{secure}"
    );
    // Values are base64url tokens and fixed names: always a valid header.
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The session cookie for a new session.
pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    set_cookie(COOKIE, token, "/", COOKIE_SECONDS, secure)
}

/// The session cookie removed.
pub fn clear_session_cookie(secure: bool) -> HeaderValue {
    set_cookie(COOKIE, "", "/", 0, secure)
}

/// The signed-in person of a request's session cookie, if the session is live.
pub async fn signed_in(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<SignedIn>, Response> {
    let Some(token) = cookie(headers, COOKIE) else {
        return Ok(None);
    };
    match state.app.session(&token).await {
        Ok(found) => Ok(found.map(|s| SignedIn {
            actor: s.actor,
            name: s.name,
            csrf: s.csrf,
        })),
        Err(e) => {
            tracing::error!(error = %amparo_app::backend::error_chain(&e), "session lookup failed");
            Err(StatusCode::SERVICE_UNAVAILABLE.into_response())
        }
    }
}

/// The middleware over the workspace: a live session or no entry.
pub async fn require(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let found = match signed_in(&state, request.headers()).await {
        Ok(found) => found,
        Err(answer) => return answer,
    };
    let Some(person) = found else {
        if matches!(*request.method(), Method::GET | Method::HEAD) {
            // Inside the nest the path has lost its prefix: the original one is wanted.
            let original = request
                .extensions()
                .get::<OriginalUri>()
                .map_or_else(|| request.uri().clone(), |o| o.0.clone());
            let wanted = original.path_and_query().map_or(WORKSPACE, |p| p.as_str());
            let target = form_urlencoded::Serializer::new(String::new())
                .append_pair("next", wanted)
                .finish();
            return no_store(Redirect::to(&format!("/ingresar?{target}")).into_response());
        }
        let lang = lang_of(&request);
        return (
            StatusCode::FORBIDDEN,
            t(lang, "auth-no-session", &Args::new()),
        )
            .into_response();
    };
    request.extensions_mut().insert(person);
    no_store(next.run(request).await)
}

/// Marks an answer as never to be kept by a cache: it is one person's.
pub fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Where to go after signing in: a page of the workspace, never another site.
pub fn safe_next(next: &str) -> String {
    let inside = next
        .strip_prefix(WORKSPACE)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/') || rest.starts_with('?'));
    if inside && !next.contains("//") && !next.contains('\\') {
        next.to_owned()
    } else {
        WORKSPACE.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_workspace_pages_are_followed_after_signing_in() {
        assert_eq!(safe_next("/trabajo/cola?x=1"), "/trabajo/cola?x=1");
        assert_eq!(safe_next("/trabajo"), "/trabajo");
        for bad in [
            "https://evil.example/trabajo",
            "//evil.example",
            "/trabajo//evil",
            "/trabajox",
            "/",
            "/trabajo\\x",
        ] {
            assert_eq!(safe_next(bad), "/trabajo", "{bad}");
        }
    }

    #[test]
    fn cookies_are_read_among_others_and_written_with_every_flag() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; amparo_session=tok; b=2"),
        );
        assert_eq!(cookie(&h, COOKIE).as_deref(), Some("tok"));
        assert_eq!(cookie(&h, "c"), None);
        let c = session_cookie("tok", true);
        let c = c.to_str().unwrap();
        for flag in ["HttpOnly", "SameSite=Strict", "Path=/", "Secure"] {
            assert!(c.contains(flag), "{c}");
        }
        assert!(
            !session_cookie("tok", false)
                .to_str()
                .unwrap()
                .contains("Secure")
        );
    }
}
