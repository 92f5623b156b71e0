//! Bearer tokens for the API's program routes: `Authorization: Bearer TOKEN` names an API
//! token (`amparo token add`), and the request acts as "token:LABEL" with the token's role.
//! No token, or one unknown or revoked, is answered 401 with `WWW-Authenticate: Bearer`;
//! a role too low for the route is refused by the use case itself (403).

use crate::error::problem;
use crate::pages::lang_of;
use crate::state::AppState;
use amparo_app::Actor;
use amparo_i18n::{Args, t};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The program acting through a token, for the handlers behind [`require_token`].
#[derive(Debug, Clone)]
pub struct TokenActor(pub Actor);

/// The token of an `Authorization: Bearer` header.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then(|| token.trim())
        .filter(|t| !t.is_empty())
}

/// Lets a request through only with a live token, its actor in the extensions.
pub async fn require_token(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let lang = lang_of(&request);
    let found = match bearer(request.headers()) {
        Some(token) => state.app.token_actor(token).await,
        None => Ok(None),
    };
    match found {
        Ok(Some(actor)) => {
            request.extensions_mut().insert(TokenActor(actor));
            next.run(request).await
        }
        Ok(None) => {
            let mut answer = problem(
                StatusCode::UNAUTHORIZED,
                t(lang, "auth-token-needed", &Args::new()),
            );
            answer
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            answer
        }
        Err(e) => crate::error::WebError::app(e, crate::error::Surface::Api, lang).into_response(),
    }
}

impl<S: Send + Sync> FromRequestParts<S> for TokenActor {
    type Rejection = StatusCode;

    /// Present behind [`require_token`]; a route without it is a routing mistake.
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<TokenActor>()
            .cloned()
            .ok_or(StatusCode::UNAUTHORIZED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_bearer_header_gives_a_token() {
        let mut h = HeaderMap::new();
        assert_eq!(bearer(&h), None);
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer amparo_abc"),
        );
        assert_eq!(bearer(&h), Some("amparo_abc"));
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("bearer  amparo_abc "),
        );
        assert_eq!(bearer(&h), Some("amparo_abc"));
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Basic YTpi"),
        );
        assert_eq!(bearer(&h), None);
    }
}
