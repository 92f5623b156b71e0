//! The registry's history beyond the audit log: where its schema stands, its signed
//! checkpoints, and its rows read out as stored (an export) from one consistent snapshot,
//! page by page so that a large registry is never held whole. The restore is in
//! `restore.rs`.

/// The archive half of the shared SQL implementation: [`crate::archive::Archive`].
#[macro_export]
macro_rules! sql_archive {
    ($store:ty, $db:ty, $snapshot:expr) => {
        impl $store {
            /// Where the schema stands against this build's migrations; reads only.
            async fn schema_impl(&self) -> Result<$crate::archive::Schema, $crate::StoreError> {
                use $crate::archive::Schema;
                let rows: Result<Vec<(i64, bool)>, sqlx::Error> =
                    sqlx::query_as("SELECT version, success FROM _sqlx_migrations").fetch_all(&self.pool).await;
                let applied: std::collections::HashSet<i64> = match rows {
                    Ok(rows) => rows.into_iter().filter(|(_, ok)| *ok).map(|(v, _)| v).collect(),
                    Err(e) if schema_error(&e).is_some() => return Ok(Schema::Unrecorded),
                    Err(e) => return Err(db_err(e)),
                };
                if applied.is_empty() {
                    return Ok(Schema::Unrecorded);
                }
                let known: std::collections::HashSet<i64> = MIGRATOR
                    .iter()
                    .filter(|m| !matches!(m.migration_type, sqlx::migrate::MigrationType::ReversibleDown))
                    .map(|m| m.version)
                    .collect();
                if applied.iter().any(|v| !known.contains(v)) {
                    return Ok(Schema::Ahead);
                }
                match known.difference(&applied).count() {
                    0 => Ok(Schema::Current),
                    n => Ok(Schema::Behind(n)),
                }
            }

            /// Reads a table page by page (`sql` takes the last key seen as `$1` and the page
            /// size as `$2`) and hands each row to `sink` as a record.
            async fn export_table<T>(
                tx: &mut sqlx::Transaction<'_, $db>,
                sink: &mut dyn $crate::archive::RecordSink,
                sql: &'static str,
                page: i64,
                key: fn(&T) -> String,
                record: fn(T) -> Result<$crate::records::Record, $crate::StoreError>,
            ) -> Result<(), $crate::StoreError>
            where
                T: for<'r> sqlx::FromRow<'r, <$db as sqlx::Database>::Row> + Send + Unpin,
            {
                let mut after = String::new();
                loop {
                    let rows: Vec<T> = sqlx::query_as(sql)
                        .bind(&after)
                        .bind(page)
                        .fetch_all(&mut **tx)
                        .await
                        .map_err(db_err)?;
                    let full = rows.len() as i64 == page;
                    let Some(last) = rows.last() else { return Ok(()) };
                    after = key(last);
                    for row in rows {
                        sink.put(record(row)?).await?;
                    }
                    if !full {
                        return Ok(());
                    }
                }
            }

            async fn export_impl(&self, sink: &mut dyn $crate::archive::RecordSink) -> Result<(), $crate::StoreError> {
                use $crate::records::{raw_json, AuditRecord, DataRecord, FactRecord, PersonRecord, ProposalRecord, Record, SourceRecord};
                // One snapshot: rows written meanwhile by another process are not half in.
                let mut tx = self.pool.begin_with($snapshot).await.map_err(db_err)?;
                let mut after = 0_i64;
                loop {
                    let rows: Vec<AuditRow> = sqlx::query_as(
                        "SELECT seq, at, actor, action, entity, entity_id, reason, content_hash, prev_hash, hash \
                         FROM audit WHERE seq > $1 ORDER BY seq LIMIT 5000",
                    )
                    .bind(after)
                    .fetch_all(&mut *tx)
                    .await
                    .map_err(db_err)?;
                    let Some(last) = rows.last() else { break };
                    after = last.0;
                    for (seq, at, actor, action, entity, entity_id, reason, content_hash, prev_hash, hash) in rows {
                        let r = AuditRecord { seq, at, actor, action, entity, entity_id, reason, content_hash, prev_hash, hash };
                        sink.put(Record::Audit(r)).await?;
                    }
                }
                type SourceColumns = (String, Option<String>, String, Option<Vec<u8>>);
                Self::export_table::<SourceColumns>(
                    &mut tx, sink,
                    "SELECT id, sha256, data, original FROM sources WHERE id > $1 ORDER BY id LIMIT $2",
                    50, |r| r.0.clone(),
                    |(id, sha256, data, original)| {
                        let data = raw_json("source", &id, data)?;
                        Ok(Record::Source(SourceRecord { id, sha256, data, original }))
                    },
                ).await?;
                type PersonColumns = (String, String, String, Option<String>, Option<String>, String);
                Self::export_table::<PersonColumns>(
                    &mut tx, sink,
                    "SELECT id, display_name, search_names, national_id, merged_into, data FROM persons \
                     WHERE id > $1 ORDER BY id LIMIT $2",
                    2000, |r| r.0.clone(),
                    |(id, display_name, search_names, national_id, merged_into, data)| {
                        let data = raw_json("person", &id, data)?;
                        Ok(Record::Person(PersonRecord { id, display_name, search_names, national_id, merged_into, data }))
                    },
                ).await?;
                type FactColumns = (String, String, String, String, String, String, String, Option<String>, String);
                Self::export_table::<FactColumns>(
                    &mut tx, sink,
                    "SELECT id, person_id, kind, date, date_first, verification, review, supersedes, data FROM facts \
                     WHERE id > $1 ORDER BY id LIMIT $2",
                    2000, |r| r.0.clone(),
                    |(id, person_id, kind, date, date_first, verification, review, supersedes, data)| {
                        let data = raw_json("fact", &id, data)?;
                        Ok(Record::Fact(FactRecord { id, person_id, kind, date, date_first, verification, review, supersedes, data }))
                    },
                ).await?;
                Self::export_table::<(String, String)>(
                    &mut tx, sink, "SELECT id, data FROM retractions WHERE id > $1 ORDER BY id LIMIT $2", 2000, |r| r.0.clone(),
                    |(id, data)| Ok(Record::Retraction(DataRecord { data: raw_json("retraction", &id, data)?, id })),
                ).await?;
                Self::export_table::<(String, String, String, String)>(
                    &mut tx, sink,
                    "SELECT id, source_id, state, data FROM proposals WHERE id > $1 ORDER BY id LIMIT $2",
                    2000, |r| r.0.clone(),
                    |(id, source_id, state, data)| {
                        let data = raw_json("proposal", &id, data)?;
                        Ok(Record::Proposal(ProposalRecord { id, source_id, state, data }))
                    },
                ).await?;
                Self::export_table::<(String, String)>(
                    &mut tx, sink, "SELECT id, data FROM facilities WHERE id > $1 ORDER BY id LIMIT $2", 2000, |r| r.0.clone(),
                    |(id, data)| Ok(Record::Facility(DataRecord { data: raw_json("facility", &id, data)?, id })),
                ).await?;
                Self::export_table::<(String, String)>(
                    &mut tx, sink, "SELECT id, data FROM announcements WHERE id > $1 ORDER BY id LIMIT $2", 2000, |r| r.0.clone(),
                    |(id, data)| Ok(Record::Announcement(DataRecord { data: raw_json("announcement", &id, data)?, id })),
                ).await?;
                Self::export_table::<(String, String)>(
                    &mut tx, sink, "SELECT id, data FROM claims WHERE id > $1 ORDER BY id LIMIT $2", 2000, |r| r.0.clone(),
                    |(id, data)| Ok(Record::Claim(DataRecord { data: raw_json("claim", &id, data)?, id })),
                ).await?;
                let checkpoints: Vec<(i64, String, String, String, String)> = sqlx::query_as(
                    "SELECT seq, hash, at, public_key, signature FROM checkpoints ORDER BY seq, public_key",
                )
                .fetch_all(&mut *tx)
                .await
                .map_err(db_err)?;
                for (seq, hash, at, public_key, signature) in checkpoints {
                    let c = $crate::archive::Checkpoint { seq, hash, at, public_key, signature };
                    sink.put(Record::Checkpoint(c)).await?;
                }
                tx.commit().await.map_err(db_err)
            }
        }

        #[async_trait::async_trait]
        impl $crate::archive::Archive for $store {
            async fn schema(&self) -> Result<$crate::archive::Schema, $crate::StoreError> {
                self.schema_impl().await
            }

            async fn head_entry(&self) -> Result<Option<(i64, amparo_domain::Sha256)>, $crate::StoreError> {
                let last: Option<(i64, String)> =
                    sqlx::query_as("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(db_err)?;
                last.map(|(seq, hash)| {
                    amparo_domain::Sha256::parse(&hash)
                        .map(|h| (seq, h))
                        .map_err(|e| $crate::StoreError::Corrupt { kind: "audit entry", id: seq.to_string(), reason: e.to_string() })
                })
                .transpose()
            }

            async fn checkpoints(&self) -> Result<Vec<$crate::archive::Checkpoint>, $crate::StoreError> {
                let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
                    "SELECT seq, hash, at, public_key, signature FROM checkpoints ORDER BY seq, public_key",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                Ok(rows
                    .into_iter()
                    .map(|(seq, hash, at, public_key, signature)| $crate::archive::Checkpoint { seq, hash, at, public_key, signature })
                    .collect())
            }

            async fn add_checkpoint(&self, c: &$crate::archive::Checkpoint) -> Result<(), $crate::StoreError> {
                let mut tx = self.begin_write().await?;
                sqlx::query(
                    "INSERT INTO checkpoints (seq, hash, at, public_key, signature) VALUES ($1, $2, $3, $4, $5) \
                     ON CONFLICT (seq, public_key) DO NOTHING",
                )
                .bind(c.seq)
                .bind(&c.hash)
                .bind(&c.at)
                .bind(&c.public_key)
                .bind(&c.signature)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
                tx.commit().await.map_err(db_err)
            }

            async fn verify_against(
                &self,
                trusted: &[$crate::archive::Checkpoint],
            ) -> Result<$crate::VerifyReport, $crate::StoreError> {
                self.verify_impl(trusted).await
            }

            async fn export_rows(&self, sink: &mut dyn $crate::archive::RecordSink) -> Result<(), $crate::StoreError> {
                self.export_impl(sink).await
            }

            async fn restore_rows(
                &self,
                source: &mut dyn $crate::archive::RecordSource,
            ) -> Result<$crate::archive::RestoreCounts, $crate::StoreError> {
                self.restore_impl(source).await
            }

            fn wrote(&self) -> bool {
                self.written.load(std::sync::atomic::Ordering::Relaxed)
            }
        }
    };
}
