//! The writes every batch is made of, each checked inside the batch's transaction after
//! the registry's write lock is taken, and the audit tail every write appends to; the
//! batch loop itself is in `batch.rs`, the writes that change stored rows in `changes.rs`.

/// The write half of the shared SQL implementation.
#[macro_export]
macro_rules! sql_writes {
    ($store:ty, $db:ty, $lock:expr, $begin:expr) => {

        /// The audit log's tail, carried through a transaction.
        struct AuditTail {
            seq: i64,
            prev: amparo_domain::Sha256,
            /// Entries not yet written. They are sealed (chained and hashed) as they are
            /// bound into multi-row statements, which overlaps with the database writing
            /// the statement before: their `prev_hash` and `hash` are filled in then.
            pending: Vec<amparo_domain::AuditEntry>,
        }

        impl $store {
            /// A write transaction: on SQLite `BEGIN IMMEDIATE`, which takes the write lock
            /// at once (a deferred transaction that reads first and then writes fails with
            /// "database is locked" when another writer came between, whatever the timeout).
            async fn begin_write(&self) -> Result<sqlx::Transaction<'static, $db>, $crate::StoreError> {
                self.written.store(true, std::sync::atomic::Ordering::Relaxed);
                self.pool.begin_with($begin).await.map_err(db_err)
            }

            async fn audit_tail(
                tx: &mut sqlx::Transaction<'_, $db>,
            ) -> Result<AuditTail, $crate::StoreError> {
                sqlx::query($lock).execute(&mut **tx).await.map_err(db_err)?;
                let last: Option<(i64, String)> =
                    sqlx::query_as("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
                        .fetch_optional(&mut **tx)
                        .await
                        .map_err(db_err)?;
                match last {
                    None => Ok(AuditTail { seq: 0, prev: amparo_domain::audit::GENESIS, pending: Vec::new() }),
                    Some((seq, hash)) => Ok(AuditTail {
                        pending: Vec::new(),
                        seq,
                        prev: amparo_domain::Sha256::parse(&hash).map_err(|e| {
                            $crate::StoreError::Corrupt {
                                kind: "audit entry",
                                id: seq.to_string(),
                                reason: e.to_string(),
                            }
                        })?,
                    }),
                }
            }

            /// Queues an audit entry; it is sealed and written by `flush_audit`.
            fn audit(
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                action: amparo_domain::AuditAction,
                entity: amparo_domain::EntityKind,
                entity_id: &str,
                reason: Option<&str>,
                content_hash: amparo_domain::Sha256,
            ) {
                tail.seq += 1;
                tail.pending.push(amparo_domain::AuditEntry {
                    seq: tail.seq,
                    at: ctx.at.clone(),
                    actor: ctx.actor.clone(),
                    action,
                    entity,
                    entity_id: entity_id.to_owned(),
                    reason: reason.map(str::to_owned),
                    content_hash,
                    prev_hash: amparo_domain::Sha256::ZERO,
                    hash: amparo_domain::Sha256::ZERO,
                });
            }

            /// Seals the pending audit entries in order, each chained to the one before, and
            /// writes them, many rows a statement.
            async fn flush_audit(tx: &mut sqlx::Transaction<'_, $db>, tail: &mut AuditTail) -> Result<(), $crate::StoreError> {
                let prev = &mut tail.prev;
                Self::insert_many(
                    tx,
                    "INSERT INTO audit (seq, at, actor, action, entity, entity_id, reason, content_hash, prev_hash, hash) ",
                    std::mem::take(&mut tail.pending),
                    |mut b, mut e| {
                        e.prev_hash = *prev;
                        e.hash = e.recompute();
                        *prev = e.hash;
                        b.push_bind(e.seq)
                            .push_bind(e.at)
                            .push_bind(e.actor)
                            .push_bind(e.action.as_str())
                            .push_bind(e.entity.as_str())
                            .push_bind(e.entity_id)
                            .push_bind(e.reason)
                            .push_bind(e.content_hash.to_string())
                            .push_bind(e.prev_hash.to_string())
                            .push_bind(e.hash.to_string());
                    },
                )
                .await
            }

            /// Writes what is pending and commits.
            async fn finish(mut tx: sqlx::Transaction<'_, $db>, mut tail: AuditTail) -> Result<(), $crate::StoreError> {
                Self::flush_audit(&mut tx, &mut tail).await?;
                tx.commit().await.map_err(db_err)
            }

            /// The domain value a row keeps in `data`, read by `sql` (one `$1`: the id) inside
            /// the transaction; not found and unreadable rows are errors naming `kind`.
            async fn stored<T: serde::de::DeserializeOwned>(
                tx: &mut sqlx::Transaction<'_, $db>,
                sql: &'static str,
                kind: &'static str,
                id: &str,
            ) -> Result<T, $crate::StoreError> {
                let row: Option<(String,)> =
                    sqlx::query_as(sql).bind(id).fetch_optional(&mut **tx).await.map_err(db_err)?;
                let Some((data,)) = row else {
                    return Err($crate::StoreError::NotFound { kind, id: id.to_owned() });
                };
                $crate::rows::from_json(kind, id, &data)
            }

            async fn exists(
                tx: &mut sqlx::Transaction<'_, $db>,
                sql: &'static str,
                id: &str,
            ) -> Result<bool, $crate::StoreError> {
                let row: Option<(i64,)> =
                    sqlx::query_as(sql).bind(id).fetch_optional(&mut **tx).await.map_err(db_err)?;
                Ok(row.is_some())
            }

            async fn insert_source(
                tx: &mut sqlx::Transaction<'_, $db>,
                row: &$crate::rows::SourceRow,
            ) -> Result<(), $crate::StoreError> {
                if let Some(hash) = &row.sha256 {
                    let dup: Option<(String,)> = sqlx::query_as("SELECT id FROM sources WHERE sha256 = $1")
                        .bind(hash)
                        .fetch_optional(&mut **tx)
                        .await
                        .map_err(db_err)?;
                    if let Some((id,)) = dup {
                        return Err($crate::StoreError::Conflict(format!(
                            "a source with the same original bytes is already stored: {id}"
                        )));
                    }
                }
                sqlx::query("INSERT INTO sources (id, sha256, data, original) VALUES ($1, $2, $3, $4)")
                    .bind(&row.id)
                    .bind(row.sha256.as_deref())
                    .bind(&row.data)
                    .bind(row.original.as_deref())
                    .execute(&mut **tx)
                    .await
                    .map_err(db_err)?;
                Ok(())
            }

            /// Checks that a source is stored.
            async fn check_source(
                tx: &mut sqlx::Transaction<'_, $db>,
                source: amparo_domain::SourceId,
            ) -> Result<(), $crate::StoreError> {
                let source = source.to_string();
                if !Self::exists(tx, "SELECT CAST(1 AS BIGINT) FROM sources WHERE id = $1", &source).await? {
                    return Err($crate::StoreError::NotFound { kind: "source", id: source });
                }
                Ok(())
            }

            /// Checks what a fact refers to: its person, its sources, the fact it supersedes.
            async fn check_fact(
                tx: &mut sqlx::Transaction<'_, $db>,
                fact: &amparo_domain::Fact,
                known_persons: &mut std::collections::HashSet<amparo_domain::PersonId>,
                known_sources: &mut std::collections::HashSet<amparo_domain::SourceId>,
            ) -> Result<(), $crate::StoreError> {
                if !known_persons.contains(&fact.person) {
                    let person = fact.person.to_string();
                    if !Self::exists(tx, "SELECT CAST(1 AS BIGINT) FROM persons WHERE id = $1", &person).await? {
                        return Err($crate::StoreError::NotFound { kind: "person", id: person });
                    }
                    known_persons.insert(fact.person);
                }
                for citation in fact.citations() {
                    if !known_sources.contains(&citation.source) {
                        Self::check_source(tx, citation.source).await?;
                        known_sources.insert(citation.source);
                    }
                }
                if let Some(old) = fact.supersedes {
                    let owner: Option<(String,)> = sqlx::query_as("SELECT person_id FROM facts WHERE id = $1")
                        .bind(old.to_string())
                        .fetch_optional(&mut **tx)
                        .await
                        .map_err(db_err)?;
                    match owner {
                        None => return Err($crate::StoreError::NotFound { kind: "fact", id: old.to_string() }),
                        Some((p,)) if p != fact.person.to_string() => {
                            return Err($crate::StoreError::Invalid(format!(
                                "fact {old} is about another person: a correction must be about the same person"
                            )))
                        }
                        Some(_) => {}
                    }
                }
                Ok(())
            }

            /// Inserts or replaces an id-and-JSON row and audits it.
            #[allow(clippy::too_many_arguments)]
            async fn put_data_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                table_sql: &'static str,
                row: $crate::rows::DataRow,
                action: amparo_domain::AuditAction,
                entity: amparo_domain::EntityKind,
                reason: Option<&str>,
            ) -> Result<(), $crate::StoreError> {
                sqlx::query(table_sql)
                    .bind(&row.id)
                    .bind(&row.data)
                    .execute(&mut **tx)
                    .await
                    .map_err(db_err)?;
                Self::audit(tail, ctx, action, entity, &row.id, reason, row.content_hash());
                Ok(())
            }

            /// Fills the derived columns of rows written before they existed: the custody
            /// projection of facts, the folded search names and visibility of persons.
            async fn backfill(&self) -> Result<(), $crate::StoreError> {
                let facts: Vec<(String, String)> = sqlx::query_as(
                    "SELECT id, data FROM facts WHERE custody IS NULL AND kind IN ('arrest', 'detention', 'transfer', \
                     'release', 're-arrest', 'whereabouts-unknown', 'whereabouts-confirmed', 'death-in-custody', \
                     'measure-imposed', 'measure-lifted')",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                let persons: Vec<(String, String)> =
                    sqlx::query_as("SELECT id, data FROM persons WHERE search_folded IS NULL OR visibility IS NULL")
                        .fetch_all(&self.pool)
                        .await
                        .map_err(db_err)?;
                if facts.is_empty() && persons.is_empty() {
                    return Ok(());
                }
                let mut tx = self.begin_write().await?;
                for (id, data) in facts {
                    let fact: amparo_domain::Fact = $crate::rows::from_json("fact", &id, &data)?;
                    sqlx::query("UPDATE facts SET custody = $1 WHERE id = $2")
                        .bind($crate::rows::custody_of(&fact)?)
                        .bind(&id)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                }
                for (id, data) in persons {
                    let person: amparo_domain::Person = $crate::rows::from_json("person", &id, &data)?;
                    let derived = $crate::rows::PersonDerived::of(&person);
                    sqlx::query("UPDATE persons SET search_folded = $1, visibility = $2 WHERE id = $3")
                        .bind(&derived.search_folded)
                        .bind(&derived.visibility)
                        .bind(&id)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                }
                tx.commit().await.map_err(db_err)
            }
        }

        /// A database error, with the two a user can act on told apart: the registry busy
        /// for too long (another process writing), and a registry that is read-only.
        fn db_err(e: sqlx::Error) -> $crate::StoreError {
            let code = e.as_database_error().and_then(|d| d.code()).map(|c| c.into_owned());
            match code.as_deref() {
                // SQLite: SQLITE_BUSY, SQLITE_LOCKED (and their extended codes).
                Some("5" | "6" | "261" | "517" | "262") => $crate::StoreError::Busy,
                // SQLite: SQLITE_READONLY and its extended codes; PostgreSQL: a read-only
                // transaction.
                Some("8" | "264" | "520" | "776" | "1032" | "25006") => $crate::StoreError::ReadOnly,
                _ => $crate::StoreError::database(e),
            }
        }
    };
}
