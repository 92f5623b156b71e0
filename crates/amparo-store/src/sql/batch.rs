//! The batch writer: sources, persons, facts, proposals and review decisions in one
//! transaction, each audited, persons and facts written many rows a statement.

/// The batch half of the shared SQL implementation.
#[macro_export]
macro_rules! sql_batch {
    ($store:ty, $db:ty) => {
        /// Rows of a batch not yet written.
        #[derive(Default)]
        struct Pending {
            persons: Vec<$crate::rows::PersonRow>,
            facts: Vec<$crate::rows::FactRow>,
        }

        impl $store {
            async fn write_batch_impl(
                &self,
                writes: Vec<$crate::Write>,
                ctx: &$crate::WriteContext,
                progress: &(dyn Fn(usize) + Send + Sync),
            ) -> Result<(), $crate::StoreError> {
                // The backend may write a large batch another way (SQLite: see `bulk_begin`).
                let bulk = self.bulk_begin(writes.len()).await?;
                let written = self.write_batch_tx(writes, ctx, progress).await;
                let restored = self.bulk_end(bulk).await;
                written.and(restored)
            }

            async fn write_batch_tx(
                &self,
                writes: Vec<$crate::Write>,
                ctx: &$crate::WriteContext,
                progress: &(dyn Fn(usize) + Send + Sync),
            ) -> Result<(), $crate::StoreError> {
                use amparo_domain::{AuditAction, EntityKind};
                use $crate::rows::Prepared;
                /// Writes prepared (rows built, hashed) at a time.
                const CHUNK: usize = 5000;
                let total = writes.len();
                let mut rest = writes.into_iter();
                // The next chunk of writes, taken as it is needed: the batch is not copied.
                let mut chunks = std::iter::from_fn(move || {
                    let chunk: Vec<$crate::Write> = rest.by_ref().take(CHUNK).collect();
                    (!chunk.is_empty()).then_some(chunk)
                });
                let mut tx = self.pool.begin().await.map_err(db_err)?;
                let mut tail = Self::audit_tail(&mut tx).await?;
                let mut persons = std::collections::HashSet::new();
                let mut sources = std::collections::HashSet::new();
                // Persons, facts and audit entries are written many rows a statement: one
                // statement per row made a million-row import spend most of its time in the
                // driver.
                let mut pending = Pending::default();
                let mut done = 0;
                // The first chunk is prepared here; each next one on a blocking thread while
                // this one is written (a small batch never leaves this thread).
                let mut current = match chunks.next() {
                    Some(chunk) => $crate::rows::prepare(chunk)?,
                    None => Vec::new(),
                };
                loop {
                    let next = chunks
                        .next()
                        .map(|chunk| tokio::task::spawn_blocking(move || $crate::rows::prepare(chunk)));
                    for item in current {
                        if done % 1000 == 0 {
                            progress(done);
                        }
                        done += 1;
                        match item {
                            Prepared::Person(id, row, hash) => {
                                Self::audit(&mut tx, &mut tail, ctx, AuditAction::Create, EntityKind::Person, &row.id, None, hash).await?;
                                persons.insert(id);
                                pending.persons.push(row);
                            }
                            Prepared::Fact(fact, row, hash) => {
                                if fact.supersedes.is_some() {
                                    // The fact it corrects may be among those not yet written.
                                    Self::flush_rows(&mut tx, &mut pending).await?;
                                }
                                Self::check_fact(&mut tx, &fact, &mut persons, &mut sources).await?;
                                Self::audit(&mut tx, &mut tail, ctx, AuditAction::Create, EntityKind::Fact, &row.id, None, hash).await?;
                                pending.facts.push(row);
                            }
                            Prepared::Source { source, original } => {
                                let row = $crate::rows::SourceRow::new(&source, original.as_deref())?;
                                Self::insert_source(&mut tx, &row).await?;
                                Self::audit(&mut tx, &mut tail, ctx, AuditAction::Create, EntityKind::Source, &row.id, None, row.content_hash()).await?;
                                sources.insert(source.id);
                            }
                            Prepared::Proposal(proposal) => {
                                if !sources.contains(&proposal.source) {
                                    Self::check_source(&mut tx, proposal.source).await?;
                                    sources.insert(proposal.source);
                                }
                                let source = proposal.source.to_string();
                                let row = $crate::rows::proposal_row(&proposal)?;
                                sqlx::query("INSERT INTO proposals (id, source_id, state, data) VALUES ($1, $2, $3, $4)")
                                    .bind(&row.id)
                                    .bind(&source)
                                    .bind(proposal.state.as_str())
                                    .bind(&row.data)
                                    .execute(&mut *tx)
                                    .await
                                    .map_err(db_err)?;
                                let hash = $crate::rows::proposal_hash(&row.id, &source, proposal.state.as_str(), &row.data);
                                Self::audit(&mut tx, &mut tail, ctx, AuditAction::Create, EntityKind::Proposal, &row.id, None, hash).await?;
                            }
                            Prepared::Decide { proposal, state, reason } => {
                                let key = proposal.to_string();
                                let mut p: amparo_domain::Proposal =
                                    Self::stored(&mut tx, "SELECT data FROM proposals WHERE id = $1", "proposal", &key).await?;
                                if p.state != amparo_domain::ReviewState::Proposed {
                                    return Err($crate::StoreError::Rejected(format!("proposal {key} was already {}", p.state)));
                                }
                                if reason.trim().is_empty() {
                                    return Err($crate::StoreError::Rejected("a review decision needs a reason".into()));
                                }
                                p.state = state;
                                p.decision = Some(reason.clone());
                                let row = $crate::rows::proposal_row(&p)?;
                                sqlx::query("UPDATE proposals SET state = $1, data = $2 WHERE id = $3")
                                    .bind(p.state.as_str())
                                    .bind(&row.data)
                                    .bind(&key)
                                    .execute(&mut *tx)
                                    .await
                                    .map_err(db_err)?;
                                let hash = $crate::rows::proposal_hash(&key, &p.source.to_string(), p.state.as_str(), &row.data);
                                Self::audit(&mut tx, &mut tail, ctx, AuditAction::Review, EntityKind::Proposal, &key, Some(&reason), hash).await?;
                            }
                        }
                    }
                    // Each chunk's rows and audit entries are written before the next chunk:
                    // a batch never holds them all.
                    Self::flush_rows(&mut tx, &mut pending).await?;
                    Self::flush_audit(&mut tx, &mut tail).await?;
                    match next {
                        Some(handle) => {
                            current = handle.await.map_err(|e| {
                                $crate::StoreError::Database(format!("preparing rows failed: {e}"))
                            })??;
                        }
                        None => break,
                    }
                }
                progress(total);
                Self::finish(tx, tail).await
            }

            /// Writes the pending persons, then the pending facts, many rows a statement; the
            /// rows are moved into the statements, not copied.
            async fn flush_rows(tx: &mut sqlx::Transaction<'_, $db>, pending: &mut Pending) -> Result<(), $crate::StoreError> {
                Self::insert_many(
                    tx,
                    "INSERT INTO persons (id, display_name, search_names, national_id, merged_into, data) ",
                    std::mem::take(&mut pending.persons),
                    |mut b, r| {
                        b.push_bind(r.id)
                            .push_bind(r.display_name)
                            .push_bind(r.search_names)
                            .push_bind(r.national_id)
                            .push_bind(r.merged_into)
                            .push_bind(r.data);
                    },
                )
                .await?;
                Self::insert_many(
                    tx,
                    "INSERT INTO facts (id, person_id, kind, date, date_first, verification, review, supersedes, data, custody) ",
                    std::mem::take(&mut pending.facts),
                    |mut b, r| {
                        b.push_bind(r.id)
                            .push_bind(r.person_id)
                            .push_bind(r.kind)
                            .push_bind(r.date)
                            .push_bind(r.date_first)
                            .push_bind(r.verification)
                            .push_bind(r.review)
                            .push_bind(r.supersedes)
                            .push_bind(r.data)
                            .push_bind(r.custody);
                    },
                )
                .await
            }

            /// Inserts `rows` 500 a statement: `head` is the `INSERT INTO table (columns) `
            /// part, `bind` binds one row's values in the order of those columns. Each
            /// statement is handed to the database before the next one is bound, so that
            /// binding and writing overlap.
            async fn insert_many<T>(
                tx: &mut sqlx::Transaction<'_, $db>,
                head: &'static str,
                rows: Vec<T>,
                mut bind: impl FnMut(sqlx::query_builder::Separated<'_, $db, &'static str>, T),
            ) -> Result<(), $crate::StoreError> {
                let mut rows = rows.into_iter().peekable();
                let mut statement = |rows: &mut std::iter::Peekable<std::vec::IntoIter<T>>| {
                    rows.peek()?;
                    let mut qb = sqlx::QueryBuilder::<$db>::new(head);
                    qb.push_values(rows.by_ref().take(500), &mut bind);
                    Some(qb)
                };
                let mut next = statement(&mut rows);
                while let Some(mut qb) = next.take() {
                    let mut run = std::pin::pin!(qb.build().execute(&mut **tx));
                    // The first poll hands the statement to the database.
                    let first = std::future::poll_fn(|cx| {
                        std::task::Poll::Ready(std::future::Future::poll(run.as_mut(), cx))
                    })
                    .await;
                    next = statement(&mut rows);
                    match first {
                        std::task::Poll::Ready(done) => done,
                        std::task::Poll::Pending => run.await,
                    }
                    .map_err(db_err)?;
                }
                Ok(())
            }
        }
    };
}
