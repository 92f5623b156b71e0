//! API tokens for programs: each bound to a role and a unique label, shown once when made
//! and stored as its SHA-256, revocable. A request with a live token acts as
//! "token:LABEL" with the token's role.

use crate::accounts::{account_role, stored_role};
use crate::accounts_session::{random_token, token_hash};
use crate::{Action, Actor, App, AppError, AppResult, Role};
use amparo_store::{ApiToken, Write};
use serde::Serialize;

/// A token as listed: never its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenView {
    pub label: String,
    pub role: Role,
    pub created_by: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

/// A token just made: the value is shown this once.
#[derive(Clone)]
pub struct NewToken {
    pub label: String,
    pub role: Role,
    pub token: String,
}

impl std::fmt::Debug for NewToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewToken")
            .field("label", &self.label)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

/// The prefix of every token, so that a leaked one is recognised by secret scanners.
const PREFIX: &str = "amparo_";

fn check_label(label: &str) -> AppResult<String> {
    let label = label.trim();
    let ok = !label.is_empty()
        && label.chars().count() <= 64
        && label
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(label.to_owned())
    } else {
        Err(AppError::Invalid(format!(
            "{label:?} is not a token label: use 1 to 64 letters, digits and . _ -"
        )))
    }
}

impl TokenView {
    fn of(t: &ApiToken) -> AppResult<TokenView> {
        Ok(TokenView {
            label: t.label.clone(),
            role: stored_role(&t.role)?,
            created_by: t.created_by.clone(),
            created_at: t.created_at.clone(),
            revoked_at: t.revoked_at.clone(),
        })
    }
}

impl App {
    /// Makes a token for `role` labelled `label` (admins only).
    #[tracing::instrument(skip_all)]
    pub async fn add_token(&self, actor: &Actor, label: &str, role: Role) -> AppResult<NewToken> {
        actor.require(Action::Administer)?;
        let label = check_label(label)?;
        let role = account_role(role)?;
        let token = format!("{PREFIX}{}", random_token(32)?);
        let stored = ApiToken {
            token_hash: token_hash(&token),
            label: label.clone(),
            role: role.as_str().to_owned(),
            created_by: actor.id.clone(),
            created_at: self.timestamp(self.now()),
            revoked_at: None,
        };
        self.write(actor, Action::Administer, vec![Write::ApiToken(stored)])
            .await?;
        Ok(NewToken { label, role, token })
    }

    /// Every token (admins only), oldest first.
    pub async fn tokens(&self, actor: &Actor) -> AppResult<Vec<TokenView>> {
        actor.require(Action::Administer)?;
        self.store()
            .api_tokens(amparo_domain::Access::Admin)
            .await?
            .iter()
            .map(TokenView::of)
            .collect()
    }

    /// Revokes the token labelled `label` (admins only): it stops working at once.
    #[tracing::instrument(skip_all)]
    pub async fn revoke_token(&self, actor: &Actor, label: &str) -> AppResult<()> {
        actor.require(Action::Administer)?;
        let write = Write::RevokeToken {
            label: label.trim().to_owned(),
            at: self.timestamp(self.now()),
        };
        self.write(actor, Action::Administer, vec![write]).await
    }

    /// The actor a token acts as: "token:LABEL" with its role; `None` for an unknown or
    /// revoked token.
    pub async fn token_actor(&self, token: &str) -> AppResult<Option<Actor>> {
        let token = token.trim();
        if !token.starts_with(PREFIX) {
            return Ok(None);
        }
        let Some(stored) = self.store().api_token_by_hash(&token_hash(token)).await? else {
            return Ok(None);
        };
        if stored.revoked_at.is_some() {
            return Ok(None);
        }
        let role = stored_role(&stored.role)?;
        Ok(Some(Actor::new(format!("token:{}", stored.label), role)))
    }
}
