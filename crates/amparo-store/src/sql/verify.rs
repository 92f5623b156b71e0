//! `verify`: recompute the audit chain, then check every row against the content hash the
//! log holds for it. Problems are collected, not thrown, so that one run names them all.

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
                self.audit_rows()
                    .await?
                    .into_iter()
                    .map(|row| {
                        let seq = row.0;
                        $crate::sql::verify::parse_audit(row).map_err(|reason| $crate::StoreError::Corrupt {
                            kind: "audit entry",
                            id: seq.to_string(),
                            reason,
                        })
                    })
                    .collect()
            }

            async fn verify_impl(&self) -> Result<$crate::VerifyReport, $crate::StoreError> {
                let mut check = $crate::sql::verify::Checker::default();
                check.audit(self.audit_rows().await?);
                let sources: Vec<(String, Option<String>, String, Option<Vec<u8>>)> =
                    sqlx::query_as("SELECT id, sha256, data, original FROM sources").fetch_all(&self.pool).await.map_err(db_err)?;
                for (id, sha256, data, original) in sources {
                    check.source($crate::rows::SourceRow { id, sha256, data, original });
                }
                type PersonColumns = (String, String, String, Option<String>, Option<String>, String, Option<String>, Option<String>);
                let persons: Vec<PersonColumns> = sqlx::query_as(
                    "SELECT id, display_name, search_names, national_id, merged_into, data, search_folded, visibility FROM persons",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                for (id, display_name, search_names, national_id, merged_into, data, search_folded, visibility) in persons {
                    let derived = $crate::rows::PersonDerived {
                        search_folded: search_folded.unwrap_or_default(),
                        visibility: visibility.unwrap_or_default(),
                    };
                    let row = $crate::rows::PersonRow { id, display_name, search_names, national_id, merged_into, data, derived };
                    check.derived_person(&row);
                    check.row(amparo_domain::EntityKind::Person, &row.id, row.content_hash());
                }
                let facts: Vec<(String, String, String, String, String, String, String, Option<String>, String, Option<String>)> = sqlx::query_as(
                    "SELECT id, person_id, kind, date, date_first, verification, review, supersedes, data, custody FROM facts",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                for (id, person_id, kind, date, date_first, verification, review, supersedes, data, custody) in facts {
                    let row = $crate::rows::FactRow { id, person_id, kind, date, date_first, verification, review, supersedes, data, custody };
                    check.derived(&row);
                    check.row(amparo_domain::EntityKind::Fact, &row.id, row.content_hash());
                }
                for (sql, entity) in [
                    ("SELECT id, data FROM retractions", amparo_domain::EntityKind::Retraction),
                    ("SELECT id, data FROM facilities", amparo_domain::EntityKind::Facility),
                    ("SELECT id, data FROM announcements", amparo_domain::EntityKind::Announcement),
                    ("SELECT id, data FROM claims", amparo_domain::EntityKind::Claim),
                ] {
                    let rows: Vec<(String, String)> = sqlx::query_as(sql).fetch_all(&self.pool).await.map_err(db_err)?;
                    for (id, data) in rows {
                        let row = $crate::rows::DataRow { id, data };
                        check.row(entity, &row.id, row.content_hash());
                    }
                }
                let proposals: Vec<(String, String, String, String)> =
                    sqlx::query_as("SELECT id, source_id, state, data FROM proposals").fetch_all(&self.pool).await.map_err(db_err)?;
                for (id, source_id, state, data) in proposals {
                    let hash = $crate::rows::proposal_hash(&id, &source_id, &state, &data);
                    check.row(amparo_domain::EntityKind::Proposal, &id, hash);
                }
                Ok(check.finish())
            }
        }
    };
}

use crate::rows::SourceRow;
use crate::{Problem, VerifyReport};
use amparo_domain::{AuditAction, AuditEntry, EntityKind, Sha256};
use std::collections::HashMap;

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

/// Collects what `verify` finds.
#[derive(Default)]
pub struct Checker {
    /// The latest content hash the log holds for each entity, and the entry that holds it.
    expected: HashMap<(EntityKind, String), (i64, Sha256)>,
    seen: std::collections::HashSet<(EntityKind, String)>,
    entries: u64,
    rows: u64,
    problems: Vec<Problem>,
}

impl Checker {
    /// Checks the chain and learns the expected content hashes.
    pub fn audit(&mut self, rows: Vec<RawAudit>) {
        let mut entries = Vec::with_capacity(rows.len());
        for row in rows {
            let seq = row.0;
            match parse_audit(row) {
                Ok(e) => entries.push(e),
                Err(reason) => {
                    self.problems.push(Problem {
                        seq: Some(seq),
                        entity: None,
                        reason: format!("audit entry {seq} is unreadable: {reason}"),
                    });
                    break;
                }
            }
        }
        match amparo_domain::check_chain(&entries) {
            Ok(n) => self.entries = n,
            Err(b) => {
                self.problems.insert(0, Problem::from(b.clone()));
                self.entries = b.seq.max(1) as u64 - 1;
            }
        }
        for e in entries {
            self.expected
                .insert((e.entity, e.entity_id.clone()), (e.seq, e.content_hash));
        }
    }

    /// Checks a source row, including its original bytes against its hash.
    pub fn source(&mut self, row: SourceRow) {
        if let (Some(bytes), Some(hash)) = (&row.original, &row.sha256)
            && Sha256::of(bytes).to_string() != *hash
        {
            self.problems.push(Problem {
                seq: None,
                entity: Some(format!("source {}", row.id)),
                reason: "its original bytes do not match their SHA-256".into(),
            });
        }
        self.row(EntityKind::Source, &row.id, row.content_hash());
    }

    /// Checks a fact's derived custody column against its data.
    pub fn derived(&mut self, row: &crate::rows::FactRow) {
        let expected = row
            .fact()
            .ok()
            .and_then(|f| crate::rows::custody_of(&f).ok())
            .flatten();
        if expected != row.custody {
            self.problems.push(Problem {
                seq: None,
                entity: Some(format!("fact {}", row.id)),
                reason: "its custody column does not match its data: it was altered".into(),
            });
        }
    }

    /// Checks a person's derived columns (search names, visibility) against its data: a
    /// hidden person made public by editing the column alone would leak.
    pub fn derived_person(&mut self, row: &crate::rows::PersonRow) {
        let expected = row
            .person()
            .ok()
            .map(|p| crate::rows::PersonDerived::of(&p));
        if expected.as_ref() != Some(&row.derived) {
            self.problems.push(Problem {
                seq: None,
                entity: Some(format!("person {}", row.id)),
                reason: "its search or visibility column does not match its data: it was altered"
                    .into(),
            });
        }
    }

    /// Checks one row against the latest hash the log holds for it.
    pub fn row(&mut self, entity: EntityKind, id: &str, actual: Sha256) {
        self.rows += 1;
        let key = (entity, id.to_owned());
        match self.expected.get(&key) {
            None => self.problems.push(Problem {
                seq: None,
                entity: Some(format!("{entity} {id}")),
                reason: "the row has no audit entry: it was written outside amparo".into(),
            }),
            Some((seq, expected)) if *expected != actual => self.problems.push(Problem {
                seq: Some(*seq),
                entity: Some(format!("{entity} {id}")),
                reason: format!("the row does not match the content hash recorded by audit entry {seq}: it was altered"),
            }),
            Some(_) => {}
        }
        self.seen.insert(key);
    }

    /// The report, with entities the log knows but the tables lost.
    pub fn finish(mut self) -> VerifyReport {
        let mut missing: Vec<_> = self
            .expected
            .iter()
            .filter(|(k, _)| !self.seen.contains(*k))
            .map(|((entity, id), (seq, _))| Problem {
                seq: Some(*seq),
                entity: Some(format!("{entity} {id}")),
                reason: format!(
                    "audit entry {seq} records this row but it is gone: it was deleted"
                ),
            })
            .collect();
        missing.sort_by_key(|p| p.seq);
        self.problems.extend(missing);
        VerifyReport {
            entries: self.entries,
            rows: self.rows,
            problems: self.problems,
        }
    }
}
