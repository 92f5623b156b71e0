//! Signing in: a login and password give a session (a random token the browser keeps, and a
//! CSRF token its forms carry back); the database keeps only the token's SHA-256.
//!
//! Guessing is slowed two ways. The password is checked with argon2id even when the login
//! is unknown or disabled (against a hash of a random password), so the time taken does not
//! tell which logins exist. And after 5 failures in 15 minutes for one account, or 20 for
//! one client, attempts are refused without checking the password until the oldest of those
//! failures is 15 minutes old. Sessions end after 12 hours unused or 7 days in all.

use crate::accounts::{Password, hash_password, password_matches, stored_role};
use crate::{Actor, App, AppError, AppResult, Role};
use amparo_domain::Sha256;
use amparo_store::{Session, UserAccount};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use tokio::sync::OnceCell;

/// How long failures count against an account or a client.
pub const FAILURE_WINDOW_MINUTES: i64 = 15;
/// Failures within the window that stop an account's attempts.
pub const ACCOUNT_FAILURES: usize = 5;
/// Failures within the window that stop a client's attempts (a client may try many logins).
pub const CLIENT_FAILURES: usize = 20;
/// A session unused this long ends.
pub const IDLE_HOURS: i64 = 12;
/// A session ends this long after it began, however used.
pub const ABSOLUTE_DAYS: i64 = 7;
/// A session's last use is written at most this often.
const TOUCH_SECONDS: i64 = 60;

/// A session just begun: the token goes into the cookie and is never stored.
#[derive(Clone)]
pub struct NewSession {
    pub token: String,
    pub csrf: String,
    pub login: String,
    pub name: String,
    pub role: Role,
}

impl std::fmt::Debug for NewSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewSession")
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

/// What an attempt to sign in came to.
#[derive(Debug)]
pub enum SignIn {
    /// The login and password match an enabled account.
    Started(NewSession),
    /// Unknown login, wrong password or disabled account: the same answer for each.
    Refused,
    /// Too many failures lately: try again after this many seconds.
    Throttled { retry_after_seconds: u64 },
}

/// A live session, as a request carries it.
#[derive(Debug, Clone)]
pub struct ActiveSession {
    /// "user:LOGIN" with the account's role.
    pub actor: Actor,
    pub name: String,
    pub csrf: String,
}

/// `bytes` random bytes as base64url text: for session, CSRF and API tokens.
pub fn random_token(bytes: usize) -> AppResult<String> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf)
        .map_err(|e| AppError::Invalid(format!("no randomness for a token: {e}")))?;
    Ok(URL_SAFE_NO_PAD.encode(buf))
}

/// How a token is stored: its SHA-256, hex.
pub(crate) fn token_hash(token: &str) -> String {
    Sha256::of(token.as_bytes()).to_string()
}

/// The hash an unknown login's password is checked against, made once per process from a
/// random password, with the same parameters as real hashes (so it takes as long).
async fn dummy_hash() -> AppResult<&'static str> {
    static DUMMY: OnceCell<String> = OnceCell::const_new();
    DUMMY
        .get_or_try_init(|| async {
            let password = Password::new(random_token(24)?);
            hash_password(&password).await
        })
        .await
        .map(String::as_str)
}

/// Seconds until fewer than `limit` of `failures` (times, oldest first, all within the
/// window) remain within the window; `None` when fewer than `limit` are there now.
fn wait_for(failures: &[String], limit: usize, now: DateTime<Utc>) -> Option<u64> {
    if failures.len() < limit {
        return None;
    }
    let oldest_that_counts = &failures[failures.len() - limit];
    let at = DateTime::parse_from_rfc3339(oldest_that_counts)
        .map(|t| t.to_utc())
        .unwrap_or(now);
    let free = at + Duration::minutes(FAILURE_WINDOW_MINUTES);
    Some((free - now).num_seconds().max(1) as u64)
}

fn account_key(login: &str) -> String {
    format!("account:{}", UserAccount::key(login))
}

fn client_key(client: &str) -> String {
    format!("client:{client}")
}

impl App {
    /// Signs in with `login` and `password` from `client` (an address, for throttling).
    #[tracing::instrument(skip_all)]
    pub async fn sign_in(
        &self,
        login: &str,
        password: &Password,
        client: &str,
    ) -> AppResult<SignIn> {
        let now = self.now();
        let since = self.timestamp(now - Duration::minutes(FAILURE_WINDOW_MINUTES));
        let store = self.store();
        store.prune_login_failures(&since).await?;
        let (account, client) = (account_key(login), client_key(client));
        let waits = [
            wait_for(
                &store.login_failures(&account, &since).await?,
                ACCOUNT_FAILURES,
                now,
            ),
            wait_for(
                &store.login_failures(&client, &since).await?,
                CLIENT_FAILURES,
                now,
            ),
        ];
        if let Some(wait) = waits.into_iter().flatten().max() {
            tracing::warn!(seconds = wait, "sign-in throttled");
            return Ok(SignIn::Throttled {
                retry_after_seconds: wait,
            });
        }
        let user = store.user(login, amparo_domain::Access::Admin).await?;
        // The password is checked whatever the login, so that the time taken is the same.
        let hash = match &user {
            Some(u) => u.password_hash.as_str(),
            None => dummy_hash().await?,
        };
        let matches = password_matches(password, hash).await?;
        let user = match user {
            Some(u) if matches && !u.disabled => u,
            _ => {
                let at = self.timestamp(now);
                store.record_login_failure(&account, &at).await?;
                store.record_login_failure(&client, &at).await?;
                tracing::info!("sign-in refused");
                return Ok(SignIn::Refused);
            }
        };
        store.clear_login_failures(&account).await?;
        let idle_before = self.timestamp(now - Duration::hours(IDLE_HOURS));
        store
            .delete_stale_sessions(&self.timestamp(now), &idle_before)
            .await?;
        let token = random_token(32)?;
        let csrf = random_token(32)?;
        store
            .put_session(&Session {
                token_hash: token_hash(&token),
                login: user.login.clone(),
                csrf: csrf.clone(),
                created_at: self.timestamp(now),
                expires_at: self.timestamp(now + Duration::days(ABSOLUTE_DAYS)),
                last_seen: self.timestamp(now),
            })
            .await?;
        let role = stored_role(&user.role)?;
        tracing::info!(%role, "signed in");
        Ok(SignIn::Started(NewSession {
            token,
            csrf,
            login: user.login,
            name: user.name,
            role,
        }))
    }

    /// The live session a token names: `None` when there is none, it has ended (unused 12
    /// hours, begun 7 days ago) or its account is disabled. Its last use is recorded.
    pub async fn session(&self, token: &str) -> AppResult<Option<ActiveSession>> {
        let hash = token_hash(token);
        let Some((session, user)) = self.store().session_by_hash(&hash).await? else {
            return Ok(None);
        };
        let now = self.now();
        let at = |text: &str| DateTime::parse_from_rfc3339(text).map(|t| t.to_utc()).ok();
        let ended = match (at(&session.expires_at), at(&session.last_seen)) {
            (Some(expires), Some(seen)) => {
                expires <= now || seen + Duration::hours(IDLE_HOURS) <= now
            }
            _ => true,
        };
        if ended || user.disabled {
            self.store().delete_session(&hash).await?;
            return Ok(None);
        }
        if at(&session.last_seen).is_some_and(|seen| now - seen >= Duration::seconds(TOUCH_SECONDS))
        {
            self.store()
                .touch_session(&hash, &self.timestamp(now))
                .await?;
        }
        let role = stored_role(&user.role)?;
        Ok(Some(ActiveSession {
            actor: Actor::new(format!("user:{}", user.login), role),
            name: user.name,
            csrf: session.csrf,
        }))
    }

    /// Ends the session a token names (signing out); nothing when there is none.
    pub async fn sign_out(&self, token: &str) -> AppResult<()> {
        self.store().delete_session(&token_hash(token)).await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> String {
        format!("2026-01-10T{s}:00.000000Z")
    }

    #[test]
    fn the_wait_ends_when_the_oldest_counting_failure_leaves_the_window() {
        let now = DateTime::parse_from_rfc3339(&t("12:10")).unwrap().to_utc();
        let failures: Vec<String> = ["12:00", "12:02", "12:04", "12:06", "12:08"]
            .map(t)
            .to_vec();
        assert_eq!(wait_for(&failures[..4], 5, now), None);
        // The 12:00 failure leaves the window at 12:15: five minutes from now.
        assert_eq!(wait_for(&failures, 5, now), Some(300));
        // With six, two must leave: the second oldest (12:00) decides, not the oldest.
        let mut six = vec![t("11:57")];
        six.extend(failures);
        assert_eq!(wait_for(&six, 5, now), Some(300));
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let a = random_token(32).unwrap();
        assert_eq!(a.len(), 43);
        assert_ne!(a, random_token(32).unwrap());
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }
}
