//! User accounts: add, change password, change role, disable, list. Only admins manage
//! accounts. Passwords are hashed with argon2id (its recommended parameters) off the async
//! workers; the audit log records each change and its reason, never the hash.
//!
//! Signing in and sessions are in `accounts_session.rs`, API tokens in `accounts_tokens.rs`.

use crate::{Action, Actor, App, AppError, AppResult, Role};
use amparo_store::{UserAccount, Write};
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use serde::Serialize;
use std::fmt;

/// The shortest password accepted, in characters.
pub const MIN_PASSWORD: usize = 12;
/// The longest password accepted: hashing cost grows with it.
const MAX_PASSWORD: usize = 1024;

/// A password as typed. Its `Debug` never shows it.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub fn new(text: impl Into<String>) -> Password {
        Password(text.into())
    }

    fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    /// Refuses a password too short to resist guessing, or absurdly long.
    fn check(&self) -> AppResult<()> {
        let n = self.0.chars().count();
        if n < MIN_PASSWORD {
            return Err(AppError::Invalid(format!(
                "a password needs at least {MIN_PASSWORD} characters"
            )));
        }
        if n > MAX_PASSWORD {
            return Err(AppError::Invalid(format!(
                "a password has at most {MAX_PASSWORD} characters"
            )));
        }
        Ok(())
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password([redacted])")
    }
}

/// An account as it is shown: everything but the password hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UserView {
    pub login: String,
    pub name: String,
    pub role: Role,
    pub disabled: bool,
    pub created_at: String,
}

impl UserView {
    fn of(u: &UserAccount) -> AppResult<UserView> {
        Ok(UserView {
            login: u.login.clone(),
            name: u.name.clone(),
            role: stored_role(&u.role)?,
            disabled: u.disabled,
            created_at: u.created_at.clone(),
        })
    }
}

/// A role as stored, read back.
pub(crate) fn stored_role(text: &str) -> AppResult<Role> {
    Role::parse(text).map_err(|_| {
        AppError::Store(amparo_store::StoreError::Corrupt {
            kind: "account",
            id: String::new(),
            reason: format!("unknown role {text:?}"),
        })
    })
}

/// The roles an account or a token may hold: the organisation's, not the public's.
pub(crate) fn account_role(role: Role) -> AppResult<Role> {
    if role >= Role::Viewer {
        Ok(role)
    } else {
        Err(AppError::Invalid(format!(
            "an account's role is viewer, reviewer, editor or admin, not {role}"
        )))
    }
}

/// A login: 1 to 64 letters, digits and `.`, `_`, `-`, `@`.
fn check_login(login: &str) -> AppResult<String> {
    let login = login.trim();
    let ok = !login.is_empty()
        && login.chars().count() <= 64
        && login
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'));
    if ok {
        Ok(login.to_owned())
    } else {
        Err(AppError::Invalid(format!(
            "{login:?} is not a login: use 1 to 64 letters, digits and . _ - @"
        )))
    }
}

fn check_name(name: &str) -> AppResult<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 || name.chars().any(char::is_control) {
        return Err(AppError::Invalid(
            "a display name has 1 to 200 characters and no control characters".into(),
        ));
    }
    Ok(name.to_owned())
}

/// Hashes a password with argon2id and a random salt, off the async workers.
pub(crate) async fn hash_password(password: &Password) -> AppResult<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt)
        .map_err(|e| AppError::Invalid(format!("no randomness for a salt: {e}")))?;
    let password = password.clone();
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::encode_b64(&salt)
            .map_err(|e| AppError::Invalid(format!("cannot encode a salt: {e}")))?;
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| AppError::Invalid(format!("cannot hash the password: {e}")))
    })
    .await
    .map_err(AppError::Task)?
}

/// Whether `password` matches the PHC string `hash`, off the async workers. An unreadable
/// hash matches nothing.
pub(crate) async fn password_matches(password: &Password, hash: &str) -> AppResult<bool> {
    let password = password.clone();
    let hash = hash.to_owned();
    tokio::task::spawn_blocking(move || match PasswordHash::new(&hash) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    })
    .await
    .map_err(AppError::Task)
}

impl App {
    /// The account with `login`, read as the admin the caller was checked to be.
    async fn account(&self, login: &str) -> AppResult<UserAccount> {
        self.store
            .user(login, amparo_domain::Access::Admin)
            .await?
            .ok_or_else(|| {
                AppError::Store(amparo_store::StoreError::NotFound {
                    kind: "account",
                    id: login.trim().to_owned(),
                })
            })
    }

    /// Adds an account (admins only). The display name is the login when not given.
    #[tracing::instrument(skip_all)]
    pub async fn add_user(
        &self,
        actor: &Actor,
        login: &str,
        name: Option<&str>,
        role: Role,
        password: &Password,
    ) -> AppResult<UserView> {
        actor.require(Action::Administer)?;
        let login = check_login(login)?;
        let name = check_name(name.unwrap_or(&login))?;
        let role = account_role(role)?;
        password.check()?;
        let user = UserAccount {
            login,
            name,
            role: role.as_str().to_owned(),
            password_hash: hash_password(password).await?,
            disabled: false,
            created_at: self.timestamp(self.now()),
        };
        self.write(actor, Action::Administer, vec![Write::User(user.clone())])
            .await?;
        UserView::of(&user)
    }

    /// Writes a changed account and ends its sessions when `sign_out` (a new password, a
    /// disabled account: whoever held a session must sign in again).
    async fn change_user(
        &self,
        actor: &Actor,
        user: UserAccount,
        reason: &str,
        sign_out: bool,
    ) -> AppResult<UserView> {
        let view = UserView::of(&user)?;
        let login = user.login.clone();
        let write = Write::UpdateUser {
            user,
            reason: reason.to_owned(),
        };
        self.write(actor, Action::Administer, vec![write]).await?;
        if sign_out {
            self.store.delete_sessions_of(&login).await?;
        }
        Ok(view)
    }

    /// Sets an account's password (admins only); its sessions end.
    #[tracing::instrument(skip_all)]
    pub async fn set_password(
        &self,
        actor: &Actor,
        login: &str,
        password: &Password,
    ) -> AppResult<UserView> {
        actor.require(Action::Administer)?;
        password.check()?;
        let mut user = self.account(login).await?;
        user.password_hash = hash_password(password).await?;
        self.change_user(actor, user, "password changed", true)
            .await
    }

    /// Sets an account's role (admins only).
    #[tracing::instrument(skip_all)]
    pub async fn set_role(&self, actor: &Actor, login: &str, role: Role) -> AppResult<UserView> {
        actor.require(Action::Administer)?;
        let role = account_role(role)?;
        let mut user = self.account(login).await?;
        user.role = role.as_str().to_owned();
        let reason = format!("role set to {role}");
        self.change_user(actor, user, &reason, false).await
    }

    /// Disables an account (admins only): it can no longer sign in, and its sessions end.
    #[tracing::instrument(skip_all)]
    pub async fn disable_user(&self, actor: &Actor, login: &str) -> AppResult<UserView> {
        actor.require(Action::Administer)?;
        let mut user = self.account(login).await?;
        if user.disabled {
            return Err(AppError::Store(amparo_store::StoreError::AlreadyDone(
                format!("the account {} is already disabled", user.login),
            )));
        }
        user.disabled = true;
        self.change_user(actor, user, "disabled", true).await
    }

    /// Every account (admins only), by login.
    pub async fn users(&self, actor: &Actor) -> AppResult<Vec<UserView>> {
        actor.require(Action::Administer)?;
        self.store
            .users(amparo_domain::Access::Admin)
            .await?
            .iter()
            .map(UserView::of)
            .collect()
    }

    /// A time as the registry stores times: RFC 3339 UTC with microseconds, so that text
    /// order is time order.
    pub(crate) fn timestamp(&self, at: chrono::DateTime<chrono::Utc>) -> String {
        at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_is_argon2id_salted_and_verifies_only_its_password() {
        let p = Password::new("correct horse battery");
        let a = hash_password(&p).await.unwrap();
        let b = hash_password(&p).await.unwrap();
        assert!(a.starts_with("$argon2id$"), "{a}");
        assert_ne!(a, b, "each hash has its own salt");
        assert!(password_matches(&p, &a).await.unwrap());
        assert!(
            !password_matches(&Password::new("correct horse battery!"), &a)
                .await
                .unwrap()
        );
        assert!(!password_matches(&p, "not a hash").await.unwrap());
        assert_eq!(format!("{p:?}"), "Password([redacted])");
    }

    #[test]
    fn logins_and_passwords_are_checked() {
        assert!(check_login("ana.perez@org").is_ok());
        assert!(check_login("ana perez").is_err());
        assert!(check_login("").is_err());
        assert!(Password::new("short").check().is_err());
        assert!(Password::new("twelve chars").check().is_ok());
        assert!(account_role(Role::Researcher).is_err());
    }
}
