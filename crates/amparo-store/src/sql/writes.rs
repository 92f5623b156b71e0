//! Writes of single entities (updates, retractions, reviews, merges, the gazetteer,
//! claims) and the audit tail every write appends to; batches are in `batch.rs`.

/// The write half of the shared SQL implementation.
#[macro_export]
macro_rules! sql_writes {
    ($store:ty, $db:ty, $lock:expr) => {

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

            #[allow(clippy::too_many_arguments)]
            async fn audit(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                action: amparo_domain::AuditAction,
                entity: amparo_domain::EntityKind,
                entity_id: &str,
                reason: Option<&str>,
                content_hash: amparo_domain::Sha256,
            ) -> Result<(), $crate::StoreError> {
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
                let _ = tx;
                Ok(())
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
                        return Err($crate::StoreError::Rejected(format!(
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
                            return Err($crate::StoreError::Rejected(format!(
                                "fact {old} is about another person: a correction must be about the same person"
                            )))
                        }
                        Some(_) => {}
                    }
                }
                Ok(())
            }

            async fn put_data(
                &self,
                table_sql: &'static str,
                row: $crate::rows::DataRow,
                action: amparo_domain::AuditAction,
                entity: amparo_domain::EntityKind,
                reason: Option<&str>,
                ctx: &$crate::WriteContext,
            ) -> Result<(), $crate::StoreError> {
                let mut tx = self.pool.begin().await.map_err(db_err)?;
                let mut tail = Self::audit_tail(&mut tx).await?;
                sqlx::query(table_sql)
                    .bind(&row.id)
                    .bind(&row.data)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                Self::audit(&mut tx, &mut tail, ctx, action, entity, &row.id, reason, row.content_hash()).await?;
                Self::finish(tx, tail).await
            }

            /// Fills the derived `custody` column of facts written before it existed.
            async fn backfill_custody(&self) -> Result<(), $crate::StoreError> {
                let rows: Vec<(String, String)> = sqlx::query_as(
                    "SELECT id, data FROM facts WHERE custody IS NULL AND kind IN ('arrest', 'detention', 'transfer', \
                     'release', 're-arrest', 'whereabouts-unknown', 'whereabouts-confirmed', 'death-in-custody', \
                     'measure-imposed', 'measure-lifted')",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                if rows.is_empty() {
                    return Ok(());
                }
                let mut tx = self.pool.begin().await.map_err(db_err)?;
                for (id, data) in rows {
                    let fact: amparo_domain::Fact = $crate::rows::from_json("fact", &id, &data)?;
                    sqlx::query("UPDATE facts SET custody = $1 WHERE id = $2")
                        .bind($crate::rows::custody_of(&fact)?)
                        .bind(&id)
                        .execute(&mut *tx)
                        .await
                        .map_err(db_err)?;
                }
                tx.commit().await.map_err(db_err)
            }

            async fn update_person_impl(
                &self,
                person: &amparo_domain::Person,
                action: amparo_domain::AuditAction,
                reason: &str,
                ctx: &$crate::WriteContext,
            ) -> Result<(), $crate::StoreError> {
                let row = $crate::rows::PersonRow::new(person)?;
                let mut tx = self.pool.begin().await.map_err(db_err)?;
                let mut tail = Self::audit_tail(&mut tx).await?;
                let done = sqlx::query(
                    "UPDATE persons SET display_name = $1, search_names = $2, national_id = $3, merged_into = $4, data = $5 WHERE id = $6",
                )
                .bind(&row.display_name)
                .bind(&row.search_names)
                .bind(row.national_id.as_deref())
                .bind(row.merged_into.as_deref())
                .bind(&row.data)
                .bind(&row.id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound { kind: "person", id: row.id });
                }
                Self::audit(&mut tx, &mut tail, ctx, action, amparo_domain::EntityKind::Person, &row.id, Some(reason), row.content_hash()).await?;
                Self::finish(tx, tail).await
            }

            async fn retract_fact_impl(
                &self,
                id: amparo_domain::FactId,
                reason: &str,
                ctx: &$crate::WriteContext,
            ) -> Result<(), $crate::StoreError> {
                if reason.trim().is_empty() {
                    return Err($crate::StoreError::Rejected("a retraction needs a reason (--reason)".into()));
                }
                let mut tx = self.pool.begin().await.map_err(db_err)?;
                let mut tail = Self::audit_tail(&mut tx).await?;
                let key = id.to_string();
                if !Self::exists(&mut tx, "SELECT CAST(1 AS BIGINT) FROM facts WHERE id = $1", &key).await? {
                    return Err($crate::StoreError::NotFound { kind: "fact", id: key });
                }
                if Self::exists(&mut tx, "SELECT CAST(1 AS BIGINT) FROM retractions WHERE id = $1", &key).await? {
                    return Err($crate::StoreError::Rejected(format!("fact {key} is already retracted")));
                }
                let retraction = amparo_domain::Retraction { fact: id, reason: reason.trim().to_owned() };
                let row = $crate::rows::DataRow::new(key.clone(), &retraction)?;
                sqlx::query("INSERT INTO retractions (id, data) VALUES ($1, $2)")
                    .bind(&row.id)
                    .bind(&row.data)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                Self::audit(&mut tx, &mut tail, ctx, amparo_domain::AuditAction::Retract, amparo_domain::EntityKind::Retraction, &key, Some(reason), row.content_hash()).await?;
                Self::finish(tx, tail).await
            }

            async fn review_fact_impl(
                &self,
                id: amparo_domain::FactId,
                state: amparo_domain::ReviewState,
                reason: &str,
                ctx: &$crate::WriteContext,
            ) -> Result<(), $crate::StoreError> {
                let mut tx = self.pool.begin().await.map_err(db_err)?;
                let mut tail = Self::audit_tail(&mut tx).await?;
                let key = id.to_string();
                let mut fact: amparo_domain::Fact =
                    Self::stored(&mut tx, "SELECT data FROM facts WHERE id = $1", "fact", &key).await?;
                if fact.review != amparo_domain::ReviewState::Proposed {
                    return Err($crate::StoreError::Rejected(format!(
                        "fact {key} was already reviewed ({}); a correction is a new fact",
                        fact.review
                    )));
                }
                fact.review = state;
                let row = $crate::rows::FactRow::new(&fact)?;
                sqlx::query("UPDATE facts SET review = $1, data = $2, custody = $3 WHERE id = $4")
                    .bind(&row.review)
                    .bind(&row.data)
                    .bind(row.custody.as_deref())
                    .bind(&row.id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_err)?;
                Self::audit(&mut tx, &mut tail, ctx, amparo_domain::AuditAction::Review, amparo_domain::EntityKind::Fact, &key, Some(reason), row.content_hash()).await?;
                Self::finish(tx, tail).await
            }
        }

        fn db_err(e: sqlx::Error) -> $crate::StoreError {
            $crate::StoreError::Database(e.to_string())
        }
    };
}
