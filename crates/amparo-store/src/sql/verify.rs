//! `verify`: recompute the audit chain, check every row against the content hash the log
//! holds for it and the log against signed checkpoints. Problems are collected (see
//! `checker.rs`), not thrown, so that one run names them all; a table that is gone is one.

/// The verify half of the shared SQL implementation.
#[macro_export]
macro_rules! sql_verify {
    ($store:ty, $db:ty) => {
        type AuditRow = (i64, String, String, String, String, String, Option<String>, String, String, String);

        impl $store {
            async fn audit_rows(&self) -> Result<Vec<AuditRow>, $crate::StoreError> {
                sqlx::query_as(
                    "SELECT seq, at, actor, action, entity, entity_id, reason, content_hash, prev_hash, hash FROM audit ORDER BY seq",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)
            }

            async fn audit_entries(&self) -> Result<Vec<amparo_domain::AuditEntry>, $crate::StoreError> {
                $crate::sql::verify::parse_audit_rows(self.audit_rows().await?)
            }

            /// Verifies the registry; the log is also checked against `trusted` checkpoints.
            /// A table that is gone or lost its columns is a problem named, not an error.
            async fn verify_impl(
                &self,
                trusted: &[$crate::archive::Checkpoint],
            ) -> Result<$crate::VerifyReport, $crate::StoreError> {
                use amparo_domain::EntityKind;
                let mut check = $crate::sql::verify::Checker::default();
                match self.schema_impl().await? {
                    $crate::archive::Schema::Unrecorded => check.problem(
                        "the registry's record of its schema (_sqlx_migrations) is missing or empty: the registry was altered".into(),
                    ),
                    $crate::archive::Schema::Behind(n) => check.warn(format!(
                        "the schema is {n} migration(s) behind this amparo: run `amparo migrate`"
                    )),
                    $crate::archive::Schema::Ahead => check.warn(
                        "the schema was brought up to date by a newer amparo: some of its rows may not be checked".into(),
                    ),
                    $crate::archive::Schema::Current => {}
                }
                let audit: Result<Vec<AuditRow>, sqlx::Error> = sqlx::query_as(
                    "SELECT seq, at, actor, action, entity, entity_id, reason, content_hash, prev_hash, hash FROM audit ORDER BY seq",
                )
                .fetch_all(&self.pool)
                .await;
                match readable(&mut check, "audit", None, audit)? {
                    Some(rows) => check.audit(rows),
                    None => check.audit(Vec::new()),
                }
                let sources: Result<Vec<(String, Option<String>, String, Option<Vec<u8>>)>, sqlx::Error> =
                    sqlx::query_as("SELECT id, sha256, data, original FROM sources").fetch_all(&self.pool).await;
                for (id, sha256, data, original) in readable(&mut check, "sources", Some(EntityKind::Source), sources)?.unwrap_or_default() {
                    check.source($crate::rows::SourceRow { id, sha256, data, original });
                }
                type PersonColumns = (String, String, String, Option<String>, Option<String>, String, Option<String>, Option<String>);
                let persons: Result<Vec<PersonColumns>, sqlx::Error> = sqlx::query_as(
                    "SELECT id, display_name, search_names, national_id, merged_into, data, search_folded, visibility FROM persons",
                )
                .fetch_all(&self.pool)
                .await;
                for (id, display_name, search_names, national_id, merged_into, data, search_folded, visibility) in
                    readable(&mut check, "persons", Some(EntityKind::Person), persons)?.unwrap_or_default()
                {
                    let derived = $crate::rows::PersonDerived {
                        search_folded: search_folded.unwrap_or_default(),
                        visibility: visibility.unwrap_or_default(),
                    };
                    let row = $crate::rows::PersonRow { id, display_name, search_names, national_id, merged_into, data, derived };
                    check.derived_person(&row);
                    check.row(EntityKind::Person, &row.id, row.content_hash());
                }
                type FactColumns = (String, String, String, String, String, String, String, Option<String>, String, Option<String>);
                let facts: Result<Vec<FactColumns>, sqlx::Error> = sqlx::query_as(
                    "SELECT id, person_id, kind, date, date_first, verification, review, supersedes, data, custody FROM facts",
                )
                .fetch_all(&self.pool)
                .await;
                for (id, person_id, kind, date, date_first, verification, review, supersedes, data, custody) in
                    readable(&mut check, "facts", Some(EntityKind::Fact), facts)?.unwrap_or_default()
                {
                    let row = $crate::rows::FactRow { id, person_id, kind, date, date_first, verification, review, supersedes, data, custody, sources: Vec::new() };
                    check.derived(&row);
                    check.row(EntityKind::Fact, &row.id, row.content_hash());
                }
                for (table, sql, entity) in [
                    ("retractions", "SELECT id, data FROM retractions", EntityKind::Retraction),
                    ("facilities", "SELECT id, data FROM facilities", EntityKind::Facility),
                    ("announcements", "SELECT id, data FROM announcements", EntityKind::Announcement),
                    ("claims", "SELECT id, data FROM claims", EntityKind::Claim),
                ] {
                    let rows: Result<Vec<(String, String)>, sqlx::Error> = sqlx::query_as(sql).fetch_all(&self.pool).await;
                    for (id, data) in readable(&mut check, table, Some(entity), rows)?.unwrap_or_default() {
                        let row = $crate::rows::DataRow { id, data };
                        check.row(entity, &row.id, row.content_hash());
                    }
                }
                let proposals: Result<Vec<(String, String, String, String)>, sqlx::Error> =
                    sqlx::query_as("SELECT id, source_id, state, data FROM proposals").fetch_all(&self.pool).await;
                for (id, source_id, state, data) in
                    readable(&mut check, "proposals", Some(EntityKind::Proposal), proposals)?.unwrap_or_default()
                {
                    let hash = $crate::rows::proposal_hash(&id, &source_id, &state, &data);
                    check.row(EntityKind::Proposal, &id, hash);
                }
                let users: Result<Vec<(String, String, String, String, i64, String)>, sqlx::Error> = sqlx::query_as(
                    "SELECT login, name, role, password_hash, disabled, created_at FROM users",
                )
                .fetch_all(&self.pool)
                .await;
                for row in readable(&mut check, "users", Some(EntityKind::Account), users)?.unwrap_or_default() {
                    let user = user_of(row);
                    check.row(EntityKind::Account, &user.entity_id(), user.content_hash());
                }
                let tokens: Result<Vec<(String, String, String, String, String, Option<String>)>, sqlx::Error> = sqlx::query_as(
                    "SELECT token_hash, label, role, created_by, created_at, revoked_at FROM api_tokens",
                )
                .fetch_all(&self.pool)
                .await;
                for row in readable(&mut check, "api_tokens", Some(EntityKind::Account), tokens)?.unwrap_or_default() {
                    let token = token_of(row);
                    check.row(EntityKind::Account, &token.entity_id(), token.content_hash());
                }
                let checkpoints: Result<Vec<(i64,)>, sqlx::Error> =
                    sqlx::query_as("SELECT seq FROM checkpoints LIMIT 1").fetch_all(&self.pool).await;
                readable(&mut check, "checkpoints", None, checkpoints)?;
                check.checkpoints(trusted);
                Ok(check.finish())
            }
        }

        /// A table's rows, or `None` with the problem noted when the table is gone or lost
        /// its columns; other errors (the database unreachable) stay errors.
        fn readable<T>(
            check: &mut $crate::sql::verify::Checker,
            table: &str,
            kind: Option<amparo_domain::EntityKind>,
            rows: Result<Vec<T>, sqlx::Error>,
        ) -> Result<Option<Vec<T>>, $crate::StoreError> {
            match rows {
                Ok(rows) => Ok(Some(rows)),
                Err(e) => match schema_error(&e) {
                    Some(missing) => {
                        check.table_altered(table, kind, missing, &e.to_string());
                        Ok(None)
                    }
                    None => Err(db_err(e)),
                },
            }
        }

        /// Whether an error says the schema is not as amparo made it: `Some(true)` for a
        /// missing table, `Some(false)` for missing or changed columns.
        fn schema_error(e: &sqlx::Error) -> Option<bool> {
            match e {
                sqlx::Error::ColumnNotFound(_) | sqlx::Error::ColumnDecode { .. } | sqlx::Error::Decode(_) => Some(false),
                sqlx::Error::Database(d) => {
                    let message = d.message();
                    match d.code().as_deref() {
                        // PostgreSQL: undefined_table, undefined_column.
                        Some("42P01") => Some(true),
                        Some("42703") => Some(false),
                        // SQLite: SQLITE_ERROR, with the reason in words.
                        Some("1") if message.starts_with("no such table") => Some(true),
                        Some("1") if message.starts_with("no such column") => Some(false),
                        _ => None,
                    }
                }
                _ => None,
            }
        }
    };
}

pub use super::checker::{Checker, RecordChecker};
use amparo_domain::{AuditAction, AuditEntry, EntityKind, Sha256};

/// An audit row as read: seq, at, actor, action, entity, entity id, reason, content hash,
/// previous hash, hash.
pub type RawAudit = (
    i64,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
);

/// Parses raw audit rows into entries; a row that cannot be read is a corrupt entry.
pub fn parse_audit_rows(rows: Vec<RawAudit>) -> Result<Vec<AuditEntry>, crate::StoreError> {
    rows.into_iter()
        .map(|row| {
            let seq = row.0;
            parse_audit(row).map_err(|reason| crate::StoreError::Corrupt {
                kind: "audit entry",
                id: seq.to_string(),
                reason,
            })
        })
        .collect()
}

/// Parses a raw audit row into an entry, or says why it cannot be read.
pub fn parse_audit(row: RawAudit) -> Result<AuditEntry, String> {
    let (seq, at, actor, action, entity, entity_id, reason, content, prev, hash) = row;
    let h = |s: &str| Sha256::parse(s).map_err(|e| e.to_string());
    Ok(AuditEntry {
        seq,
        at,
        actor,
        action: AuditAction::parse(&action).map_err(|e| e.to_string())?,
        entity: EntityKind::parse(&entity).map_err(|e| e.to_string())?,
        entity_id,
        reason,
        content_hash: h(&content)?,
        prev_hash: h(&prev)?,
        hash: h(&hash)?,
    })
}
