//! The restore: exported rows written into an empty registry in one transaction, the audit
//! log entry for entry as it was, the derived columns computed again from each row's data.
//! Nothing of it is visible until all of it is written.

/// The restore half of the shared SQL implementation.
#[macro_export]
macro_rules! sql_restore {
    ($store:ty, $db:ty) => {
        /// Rows of a restore not yet written, and the facts that wait for the fact they
        /// correct.
        #[derive(Default)]
        struct Restoring {
            audit: Vec<$crate::records::AuditRecord>,
            persons: Vec<$crate::rows::PersonRow>,
            facts: Vec<$crate::rows::FactRow>,
            corrections: Vec<$crate::rows::FactRow>,
            counts: $crate::archive::RestoreCounts,
        }

        impl $store {
            async fn restore_impl(
                &self,
                source: &mut dyn $crate::archive::RecordSource,
            ) -> Result<$crate::archive::RestoreCounts, $crate::StoreError> {
                use $crate::records::Record;
                let mut tx = self.begin_write().await?;
                // The audit log's write lock: no other writer comes between the check that the
                // registry is empty and the restore.
                Self::audit_tail(&mut tx).await?;
                let (held,): (i64,) = sqlx::query_as(
                    "SELECT (SELECT COUNT(*) FROM audit) + (SELECT COUNT(*) FROM sources) + (SELECT COUNT(*) FROM persons) \
                     + (SELECT COUNT(*) FROM facts) + (SELECT COUNT(*) FROM retractions) + (SELECT COUNT(*) FROM proposals) \
                     + (SELECT COUNT(*) FROM facilities) + (SELECT COUNT(*) FROM announcements) + (SELECT COUNT(*) FROM claims) \
                     + (SELECT COUNT(*) FROM checkpoints)",
                )
                .fetch_one(&mut *tx)
                .await
                .map_err(db_err)?;
                if held > 0 {
                    return Err($crate::StoreError::Conflict(format!(
                        "a restore writes into an empty registry, and this one holds {held} rows: restore into a new one"
                    )));
                }
                // The index of citations is derived from facts, and there are none: what it
                // still holds (a registry emptied by hand) goes.
                sqlx::query("DELETE FROM fact_sources").execute(&mut *tx).await.map_err(db_err)?;
                let mut r = Restoring::default();
                let mut previous = "";
                while let Some(record) = source.next().await? {
                    let kind = record.kind();
                    if kind != previous {
                        // What comes next may refer to what came before (facts to persons,
                        // retractions to facts): write it first.
                        Self::flush_restoring(&mut tx, &mut r, true).await?;
                        previous = kind;
                    }
                    match record {
                        Record::Audit(a) => {
                            r.counts.audit += 1;
                            r.audit.push(a);
                        }
                        Record::Source(s) => {
                            let row = s.row();
                            sqlx::query("INSERT INTO sources (id, sha256, data, original) VALUES ($1, $2, $3, $4)")
                                .bind(&row.id)
                                .bind(row.sha256.as_deref())
                                .bind(&row.data)
                                .bind(row.original.as_deref())
                                .execute(&mut *tx)
                                .await
                                .map_err(db_err)?;
                            r.counts.sources += 1;
                        }
                        Record::Person(p) => {
                            r.counts.persons += 1;
                            r.persons.push(p.row()?);
                        }
                        Record::Fact(f) => {
                            r.counts.facts += 1;
                            let row = f.row()?;
                            if row.supersedes.is_some() {
                                r.corrections.push(row);
                            } else {
                                r.facts.push(row);
                            }
                        }
                        Record::Retraction(d) | Record::Facility(d) | Record::Announcement(d) | Record::Claim(d) => {
                            let sql = match kind {
                                "retraction" => {
                                    r.counts.retractions += 1;
                                    "INSERT INTO retractions (id, data) VALUES ($1, $2)"
                                }
                                "facility" => {
                                    r.counts.facilities += 1;
                                    "INSERT INTO facilities (id, data) VALUES ($1, $2)"
                                }
                                "announcement" => {
                                    r.counts.announcements += 1;
                                    "INSERT INTO announcements (id, data) VALUES ($1, $2)"
                                }
                                _ => {
                                    r.counts.claims += 1;
                                    "INSERT INTO claims (id, data) VALUES ($1, $2)"
                                }
                            };
                            sqlx::query(sql).bind(&d.id).bind(d.data.get()).execute(&mut *tx).await.map_err(db_err)?;
                        }
                        Record::Proposal(p) => {
                            sqlx::query("INSERT INTO proposals (id, source_id, state, data) VALUES ($1, $2, $3, $4)")
                                .bind(&p.id)
                                .bind(&p.source_id)
                                .bind(&p.state)
                                .bind(p.data.get())
                                .execute(&mut *tx)
                                .await
                                .map_err(db_err)?;
                            r.counts.proposals += 1;
                        }
                        Record::Checkpoint(c) => {
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
                            r.counts.checkpoints += 1;
                        }
                    }
                    Self::flush_restoring(&mut tx, &mut r, false).await?;
                }
                Self::flush_restoring(&mut tx, &mut r, true).await?;
                tx.commit().await.map_err(db_err)?;
                Ok(r.counts)
            }

            /// Writes the pending rows once there are many of them, or all of them (and the
            /// corrections, each after the fact it corrects) when `all`.
            async fn flush_restoring(
                tx: &mut sqlx::Transaction<'_, $db>,
                r: &mut Restoring,
                all: bool,
            ) -> Result<(), $crate::StoreError> {
                const MANY: usize = 5000;
                if all || r.audit.len() >= MANY {
                    Self::insert_many(
                        tx,
                        "INSERT INTO audit (seq, at, actor, action, entity, entity_id, reason, content_hash, prev_hash, hash) ",
                        std::mem::take(&mut r.audit),
                        |mut b, e| {
                            b.push_bind(e.seq)
                                .push_bind(e.at)
                                .push_bind(e.actor)
                                .push_bind(e.action)
                                .push_bind(e.entity)
                                .push_bind(e.entity_id)
                                .push_bind(e.reason)
                                .push_bind(e.content_hash)
                                .push_bind(e.prev_hash)
                                .push_bind(e.hash);
                        },
                    )
                    .await?;
                }
                if all || r.persons.len() >= MANY || r.facts.len() >= MANY {
                    let mut pending = Pending {
                        persons: std::mem::take(&mut r.persons),
                        facts: std::mem::take(&mut r.facts),
                    };
                    Self::flush_rows(tx, &mut pending).await?;
                }
                if all && !r.corrections.is_empty() {
                    // A correction waits while the fact it corrects is itself waiting.
                    let mut waiting = std::mem::take(&mut r.corrections);
                    while !waiting.is_empty() {
                        let ids: std::collections::HashSet<String> = waiting.iter().map(|f| f.id.clone()).collect();
                        let (ready, later): (Vec<_>, Vec<_>) = waiting
                            .into_iter()
                            .partition(|f| f.supersedes.as_ref().is_none_or(|s| !ids.contains(s)));
                        // Nothing ready: a loop of corrections; writing them lets the database
                        // refuse the dangling reference.
                        let (ready, later) = if ready.is_empty() { (later, Vec::new()) } else { (ready, later) };
                        let mut pending = Pending { persons: Vec::new(), facts: ready };
                        Self::flush_rows(tx, &mut pending).await?;
                        waiting = later;
                    }
                }
                Ok(())
            }
        }
    };
}
