//! Accounts of the people and programs that use a registry: users with their password
//! hashes, browser sessions, API tokens and the failed logins that throttle guessing.
//!
//! Users and tokens are written through [`crate::Write`] like every change, and audited as
//! [`amparo_domain::EntityKind::Account`]: the entry's content hash covers every column (a
//! role raised by hand in the database is found by `verify`), yet the log holds neither a
//! password hash nor a token. Sessions and login failures change on every request and carry
//! nothing of the record: they are written directly and never audited. Accounts belong to
//! the installation, not to the record: exports do not carry them.
//!
//! Secrets never reach these tables in the clear: a session or token is stored as the
//! SHA-256 of its random value, a password as its argon2id PHC string.

use crate::StoreError;
use crate::rows::hash_fields;
use amparo_domain::{Access, Sha256};
use async_trait::async_trait;
use serde::Serialize;

/// A user account. The role is kept as text: the application layer owns the roles.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct UserAccount {
    /// As the admin wrote it; unique whatever its case.
    pub login: String,
    /// The name shown in pages and beside the person's changes.
    pub name: String,
    pub role: String,
    /// The argon2id PHC string.
    #[serde(skip)]
    pub password_hash: String,
    pub disabled: bool,
    /// RFC 3339 UTC.
    pub created_at: String,
}

impl std::fmt::Debug for UserAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserAccount")
            .field("login", &self.login)
            .field("role", &self.role)
            .field("disabled", &self.disabled)
            .field("created_at", &self.created_at)
            .finish_non_exhaustive()
    }
}

impl UserAccount {
    /// The key logins are unique by: the login in lower case.
    pub fn key(login: &str) -> String {
        login.trim().to_lowercase()
    }

    /// The audit log's name for the account.
    pub fn entity_id(&self) -> String {
        format!("user:{}", Self::key(&self.login))
    }

    /// The content hash the audit log records: every column. The password hash enters
    /// only through this SHA-256 (with its salt it never leaves the table).
    pub fn content_hash(&self) -> Sha256 {
        let disabled = if self.disabled { "1" } else { "0" };
        hash_fields(&[
            Some(&Self::key(&self.login)),
            Some(&self.login),
            Some(&self.name),
            Some(&self.role),
            Some(&self.password_hash),
            Some(disabled),
            Some(&self.created_at),
        ])
    }
}

/// A browser session, keyed by the SHA-256 of its token (the token itself is only in the
/// person's cookie).
#[derive(Clone, PartialEq, Eq)]
pub struct Session {
    /// Hex SHA-256 of the session token.
    pub token_hash: String,
    /// The account's login key.
    pub login: String,
    /// The token every form of the session carries back.
    pub csrf: String,
    /// RFC 3339 UTC, as every time here.
    pub created_at: String,
    /// The absolute end, whatever the activity.
    pub expires_at: String,
    pub last_seen: String,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("login", &self.login)
            .field("created_at", &self.created_at)
            .field("expires_at", &self.expires_at)
            .field("last_seen", &self.last_seen)
            .finish_non_exhaustive()
    }
}

/// An API token for a program, bound to a role, keyed by the SHA-256 of its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiToken {
    /// Hex SHA-256 of the token.
    #[serde(skip)]
    pub token_hash: String,
    /// Unique: the audit log names the token's writes by it.
    pub label: String,
    pub role: String,
    /// The actor who made it.
    pub created_by: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

impl ApiToken {
    /// The audit log's name for the token.
    pub fn entity_id(&self) -> String {
        format!("token:{}", self.label)
    }

    /// The content hash the audit log records: every column.
    pub fn content_hash(&self) -> Sha256 {
        hash_fields(&[
            Some(&self.token_hash),
            Some(&self.label),
            Some(&self.role),
            Some(&self.created_by),
            Some(&self.created_at),
            self.revoked_at.as_deref(),
        ])
    }
}

/// The sessions, tokens and failed logins of a registry, and the reads of its accounts.
///
/// Reads of accounts and tokens take the caller's [`Access`]: only [`Access::Admin`] reads
/// them (any other access finds none). The lookups by hash are for the web's sign-in
/// layer, which has no actor yet: they return only what the hash names.
#[async_trait]
pub trait Accounts: Send + Sync {
    /// Every user account, by login.
    async fn users(&self, access: Access) -> Result<Vec<UserAccount>, StoreError>;
    /// The account with this login, whatever its case.
    async fn user(&self, login: &str, access: Access) -> Result<Option<UserAccount>, StoreError>;

    /// Every API token, oldest first.
    async fn api_tokens(&self, access: Access) -> Result<Vec<ApiToken>, StoreError>;
    /// The token whose value has this hash (revoked ones included: the caller decides).
    async fn api_token_by_hash(&self, token_hash: &str) -> Result<Option<ApiToken>, StoreError>;

    /// Stores a new session.
    async fn put_session(&self, session: &Session) -> Result<(), StoreError>;
    /// The session with this hash and its account.
    async fn session_by_hash(
        &self,
        token_hash: &str,
    ) -> Result<Option<(Session, UserAccount)>, StoreError>;
    /// Records that the session was used at `at`.
    async fn touch_session(&self, token_hash: &str, at: &str) -> Result<(), StoreError>;
    /// Ends one session.
    async fn delete_session(&self, token_hash: &str) -> Result<(), StoreError>;
    /// Ends every session of an account (its password changed, it was disabled).
    async fn delete_sessions_of(&self, login: &str) -> Result<(), StoreError>;
    /// Forgets sessions whose absolute end is before `now`, and those idle since before
    /// `idle_before`.
    async fn delete_stale_sessions(&self, now: &str, idle_before: &str) -> Result<(), StoreError>;

    /// Records a failed login under `key` (an account's or a client's) at `at`.
    async fn record_login_failure(&self, key: &str, at: &str) -> Result<(), StoreError>;
    /// The times of the failures under `key` after `since`, oldest first.
    async fn login_failures(&self, key: &str, since: &str) -> Result<Vec<String>, StoreError>;
    /// Forgets the failures under `key` (a successful login).
    async fn clear_login_failures(&self, key: &str) -> Result<(), StoreError>;
    /// Forgets every failure at or before `before` (out of the window).
    async fn prune_login_failures(&self, before: &str) -> Result<(), StoreError>;
}
