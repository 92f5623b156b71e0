//! Who is signed in to the workspace. The session layer (cookie → stored session) puts a
//! [`SignedIn`] into each workspace request's extensions; every workspace handler takes it
//! as an extractor, checks the role its action needs, and checks the form's CSRF token.

use amparo_app::{Actor, Role};
use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;

/// Whether a token sent back is the one expected: never when empty, compared in constant
/// time so the answer's timing does not tell how much of it was right.
pub fn same_token(expected: &str, given: &str) -> bool {
    let (a, b) = (expected.as_bytes(), given.as_bytes());
    !a.is_empty()
        && a.len() == b.len()
        && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The person using the workspace for this request.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// Who acts, with their role: every use case is called as this actor.
    pub actor: Actor,
    /// The account's display name, shown in the page header and the audit log.
    pub name: String,
    /// The session's CSRF token: every form carries it back in a hidden `csrf` field.
    pub csrf: String,
}

impl SignedIn {
    /// Whether the form's token is the session's, compared in constant time.
    pub fn csrf_matches(&self, given: &str) -> bool {
        same_token(&self.csrf, given)
    }

    /// Whether the actor's role is at least `role`.
    pub fn at_least(&self, role: Role) -> bool {
        self.actor.role >= role
    }
}

/// Without a session the request never reaches a workspace handler: the session layer
/// redirects to the login page first, so a missing extension means a routing mistake.
impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<SignedIn>()
            .cloned()
            .ok_or(StatusCode::UNAUTHORIZED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn signed(csrf: &str) -> SignedIn {
        SignedIn {
            actor: Actor::new("user:ana", Role::Reviewer),
            name: "Ana".into(),
            csrf: csrf.into(),
        }
    }

    #[test]
    fn the_token_must_be_the_sessions_and_never_empty() {
        assert!(signed("abc123").csrf_matches("abc123"));
        assert!(!signed("abc123").csrf_matches("abc124"));
        assert!(!signed("abc123").csrf_matches("abc12"));
        assert!(!signed("").csrf_matches(""));
    }

    #[test]
    fn roles_are_ordered() {
        assert!(signed("x").at_least(Role::Viewer));
        assert!(!signed("x").at_least(Role::Editor));
    }
}
