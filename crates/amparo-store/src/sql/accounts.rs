//! Accounts in SQL: the audited writes of users and tokens (called from the batch), the
//! [`crate::accounts::Accounts`] reads, and the unaudited session and login-failure rows.

/// The accounts half of the shared SQL implementation.
#[macro_export]
macro_rules! sql_accounts {
    ($store:ty, $db:ty) => {
        type UserColumns = (String, String, String, String, i64, String);
        type TokenColumns = (String, String, String, String, String, Option<String>);

        fn user_of(row: UserColumns) -> $crate::accounts::UserAccount {
            let (login, name, role, password_hash, disabled, created_at) = row;
            $crate::accounts::UserAccount { login, name, role, password_hash, disabled: disabled != 0, created_at }
        }

        fn token_of(row: TokenColumns) -> $crate::accounts::ApiToken {
            let (token_hash, label, role, created_by, created_at, revoked_at) = row;
            $crate::accounts::ApiToken { token_hash, label, role, created_by, created_at, revoked_at }
        }

        impl $store {
            /// Creates an account; a login taken in any case is a conflict.
            async fn create_user_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                user: &$crate::accounts::UserAccount,
            ) -> Result<(), $crate::StoreError> {
                let key = $crate::accounts::UserAccount::key(&user.login);
                if Self::exists(tx, "SELECT CAST(1 AS BIGINT) FROM users WHERE login_key = $1", &key).await? {
                    return Err($crate::StoreError::Conflict(format!("the login {} is taken", user.login)));
                }
                sqlx::query(
                    "INSERT INTO users (login_key, login, name, role, password_hash, disabled, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(&key)
                .bind(&user.login)
                .bind(&user.name)
                .bind(&user.role)
                .bind(&user.password_hash)
                .bind(i64::from(user.disabled))
                .bind(&user.created_at)
                .execute(&mut **tx)
                .await
                .map_err(db_err)?;
                Self::audit(tail, ctx, amparo_domain::AuditAction::Create, amparo_domain::EntityKind::Account,
                    &user.entity_id(), None, user.content_hash());
                Ok(())
            }

            /// Replaces an account's name, role, password hash and state (its login and
            /// creation stay), with the reason.
            async fn update_user_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                user: &$crate::accounts::UserAccount,
                reason: &str,
            ) -> Result<(), $crate::StoreError> {
                if reason.trim().is_empty() {
                    return Err($crate::StoreError::Invalid("a change to an account needs a reason".into()));
                }
                let key = $crate::accounts::UserAccount::key(&user.login);
                let stored: Option<UserColumns> = sqlx::query_as(
                    "SELECT login, name, role, password_hash, disabled, created_at FROM users WHERE login_key = $1",
                )
                .bind(&key)
                .fetch_optional(&mut **tx)
                .await
                .map_err(db_err)?;
                let Some(stored) = stored.map(user_of) else {
                    return Err($crate::StoreError::NotFound { kind: "account", id: user.login.clone() });
                };
                let updated = $crate::accounts::UserAccount {
                    login: stored.login,
                    created_at: stored.created_at,
                    ..user.clone()
                };
                sqlx::query("UPDATE users SET name = $1, role = $2, password_hash = $3, disabled = $4 WHERE login_key = $5")
                    .bind(&updated.name)
                    .bind(&updated.role)
                    .bind(&updated.password_hash)
                    .bind(i64::from(updated.disabled))
                    .bind(&key)
                    .execute(&mut **tx)
                    .await
                    .map_err(db_err)?;
                Self::audit(tail, ctx, amparo_domain::AuditAction::Update, amparo_domain::EntityKind::Account,
                    &updated.entity_id(), Some(reason.trim()), updated.content_hash());
                Ok(())
            }

            /// Stores a new API token; a label in use is a conflict.
            async fn create_token_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                token: &$crate::accounts::ApiToken,
            ) -> Result<(), $crate::StoreError> {
                if Self::exists(tx, "SELECT CAST(1 AS BIGINT) FROM api_tokens WHERE label = $1", &token.label).await? {
                    return Err($crate::StoreError::Conflict(format!("a token labelled {} exists", token.label)));
                }
                sqlx::query(
                    "INSERT INTO api_tokens (token_hash, label, role, created_by, created_at, revoked_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(&token.token_hash)
                .bind(&token.label)
                .bind(&token.role)
                .bind(&token.created_by)
                .bind(&token.created_at)
                .bind(token.revoked_at.as_deref())
                .execute(&mut **tx)
                .await
                .map_err(db_err)?;
                Self::audit(tail, ctx, amparo_domain::AuditAction::Create, amparo_domain::EntityKind::Account,
                    &token.entity_id(), None, token.content_hash());
                Ok(())
            }

            /// Revokes a token at `at`; revoking twice is already done.
            async fn revoke_token_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                label: &str,
                at: &str,
            ) -> Result<(), $crate::StoreError> {
                let stored: Option<TokenColumns> = sqlx::query_as(
                    "SELECT token_hash, label, role, created_by, created_at, revoked_at FROM api_tokens WHERE label = $1",
                )
                .bind(label)
                .fetch_optional(&mut **tx)
                .await
                .map_err(db_err)?;
                let Some(mut token) = stored.map(token_of) else {
                    return Err($crate::StoreError::NotFound { kind: "token", id: label.to_owned() });
                };
                if token.revoked_at.is_some() {
                    return Err($crate::StoreError::AlreadyDone(format!("the token {label} is already revoked")));
                }
                token.revoked_at = Some(at.to_owned());
                sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE label = $2")
                    .bind(at)
                    .bind(label)
                    .execute(&mut **tx)
                    .await
                    .map_err(db_err)?;
                Self::audit(tail, ctx, amparo_domain::AuditAction::Retract, amparo_domain::EntityKind::Account,
                    &token.entity_id(), None, token.content_hash());
                Ok(())
            }

            /// Runs a statement that writes an unaudited row, with its binds. It does not
            /// count as a write of the record (no checkpoint is signed for it).
            async fn account_exec(&self, sql: &'static str, binds: &[&str]) -> Result<(), $crate::StoreError> {
                let mut query = sqlx::query(sql);
                for b in binds {
                    query = query.bind(*b);
                }
                query.execute(&self.pool).await.map(|_| ()).map_err(db_err)
            }
        }

        #[async_trait::async_trait]
        impl $crate::accounts::Accounts for $store {
            async fn users(&self, access: amparo_domain::Access) -> Result<Vec<$crate::accounts::UserAccount>, $crate::StoreError> {
                if access != amparo_domain::Access::Admin {
                    return Ok(Vec::new());
                }
                let rows: Vec<UserColumns> = sqlx::query_as(
                    "SELECT login, name, role, password_hash, disabled, created_at FROM users ORDER BY login_key",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(rows.into_iter().map(user_of).collect())
            }

            async fn user(&self, login: &str, access: amparo_domain::Access) -> Result<Option<$crate::accounts::UserAccount>, $crate::StoreError> {
                if access != amparo_domain::Access::Admin {
                    return Ok(None);
                }
                let row: Option<UserColumns> = sqlx::query_as(
                    "SELECT login, name, role, password_hash, disabled, created_at FROM users WHERE login_key = $1",
                )
                .bind($crate::accounts::UserAccount::key(login))
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(row.map(user_of))
            }

            async fn api_tokens(&self, access: amparo_domain::Access) -> Result<Vec<$crate::accounts::ApiToken>, $crate::StoreError> {
                if access != amparo_domain::Access::Admin {
                    return Ok(Vec::new());
                }
                let rows: Vec<TokenColumns> = sqlx::query_as(
                    "SELECT token_hash, label, role, created_by, created_at, revoked_at FROM api_tokens ORDER BY created_at, label",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(rows.into_iter().map(token_of).collect())
            }

            async fn api_token_by_hash(&self, token_hash: &str) -> Result<Option<$crate::accounts::ApiToken>, $crate::StoreError> {
                let row: Option<TokenColumns> = sqlx::query_as(
                    "SELECT token_hash, label, role, created_by, created_at, revoked_at FROM api_tokens WHERE token_hash = $1",
                )
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(row.map(token_of))
            }

            async fn put_session(&self, s: &$crate::accounts::Session) -> Result<(), $crate::StoreError> {
                self.account_exec(
                    "INSERT INTO sessions (token_hash, login_key, csrf, created_at, expires_at, last_seen) VALUES ($1, $2, $3, $4, $5, $6)",
                    &[&s.token_hash, &$crate::accounts::UserAccount::key(&s.login), &s.csrf, &s.created_at, &s.expires_at, &s.last_seen],
                )
                .await
            }

            async fn session_by_hash(
                &self,
                token_hash: &str,
            ) -> Result<Option<($crate::accounts::Session, $crate::accounts::UserAccount)>, $crate::StoreError> {
                type Row = (String, String, String, String, String, String, String, String, String, String, i64, String);
                let row: Option<Row> = sqlx::query_as(
                    "SELECT s.token_hash, s.login_key, s.csrf, s.created_at, s.expires_at, s.last_seen, \
                     u.login, u.name, u.role, u.password_hash, u.disabled, u.created_at \
                     FROM sessions s JOIN users u ON u.login_key = s.login_key WHERE s.token_hash = $1",
                )
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(row.map(|(token_hash, login, csrf, created_at, expires_at, last_seen, ulogin, name, role, hash, disabled, ucreated)| {
                    (
                        $crate::accounts::Session { token_hash, login, csrf, created_at, expires_at, last_seen },
                        user_of((ulogin, name, role, hash, disabled, ucreated)),
                    )
                }))
            }

            async fn touch_session(&self, token_hash: &str, at: &str) -> Result<(), $crate::StoreError> {
                self.account_exec("UPDATE sessions SET last_seen = $1 WHERE token_hash = $2", &[at, token_hash]).await
            }

            async fn delete_session(&self, token_hash: &str) -> Result<(), $crate::StoreError> {
                self.account_exec("DELETE FROM sessions WHERE token_hash = $1", &[token_hash]).await
            }

            async fn delete_sessions_of(&self, login: &str) -> Result<(), $crate::StoreError> {
                let key = $crate::accounts::UserAccount::key(login);
                self.account_exec("DELETE FROM sessions WHERE login_key = $1", &[&key]).await
            }

            async fn delete_stale_sessions(&self, now: &str, idle_before: &str) -> Result<(), $crate::StoreError> {
                self.account_exec("DELETE FROM sessions WHERE expires_at < $1 OR last_seen < $2", &[now, idle_before]).await
            }

            async fn record_login_failure(&self, key: &str, at: &str) -> Result<(), $crate::StoreError> {
                self.account_exec("INSERT INTO login_failures (failure_key, at) VALUES ($1, $2)", &[key, at]).await
            }

            async fn login_failures(&self, key: &str, since: &str) -> Result<Vec<String>, $crate::StoreError> {
                let rows: Vec<(String,)> = sqlx::query_as(
                    "SELECT at FROM login_failures WHERE failure_key = $1 AND at > $2 ORDER BY at",
                )
                .bind(key)
                .bind(since)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(rows.into_iter().map(|(at,)| at).collect())
            }

            async fn clear_login_failures(&self, key: &str) -> Result<(), $crate::StoreError> {
                self.account_exec("DELETE FROM login_failures WHERE failure_key = $1", &[key]).await
            }

            async fn prune_login_failures(&self, before: &str) -> Result<(), $crate::StoreError> {
                self.account_exec("DELETE FROM login_failures WHERE at <= $1", &[before]).await
            }
        }
    };
}
