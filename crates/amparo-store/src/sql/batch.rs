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
            /// Writes a batch in one transaction. Large batches stay in WAL mode on SQLite:
            /// readers beside a long import keep answering (a rollback-journal write was a
            /// quarter faster but locked every reader out until it committed).
            async fn write_batch_impl(
                &self,
                writes: Vec<$crate::Write>,
                ctx: &$crate::WriteContext,
                progress: &(dyn Fn(usize) + Send + Sync),
            ) -> Result<(), $crate::StoreError> {
                self.write_batch_tx(writes, ctx, progress).await
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
                let mut tx = self.begin_write().await?;
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
                                Self::audit(&mut tail, ctx, AuditAction::Create, EntityKind::Person, &row.id, None, hash);
                                persons.insert(id);
                                pending.persons.push(row);
                            }
                            Prepared::Fact(fact, row, hash) => {
                                if fact.supersedes.is_some() {
                                    // The fact it corrects may be among those not yet written.
                                    Self::flush_rows(&mut tx, &mut pending).await?;
                                }
                                Self::check_fact(&mut tx, &fact, &mut persons, &mut sources).await?;
                                Self::audit(&mut tail, ctx, AuditAction::Create, EntityKind::Fact, &row.id, None, hash);
                                pending.facts.push(row);
                            }
                            Prepared::Other(write) => {
                                // These read what earlier writes of the batch wrote.
                                Self::flush_rows(&mut tx, &mut pending).await?;
                                Self::write_other(&mut tx, &mut tail, ctx, *write, &mut sources).await?;
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
                                $crate::StoreError::database(e)
                            })??;
                        }
                        None => break,
                    }
                }
                progress(total);
                Self::finish(tx, tail).await
            }

            /// A write that is rare in bulk, checked and written inside the transaction.
            async fn write_other(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                write: $crate::Write,
                sources: &mut std::collections::HashSet<amparo_domain::SourceId>,
            ) -> Result<(), $crate::StoreError> {
                use amparo_domain::{AuditAction, EntityKind};
                use $crate::Write;
                match write {
                    Write::Source { source, original } => {
                        let row = $crate::rows::SourceRow::new(&source, original.as_deref())?;
                        Self::insert_source(tx, &row).await?;
                        Self::audit(tail, ctx, AuditAction::Create, EntityKind::Source, &row.id, None, row.content_hash());
                        sources.insert(source.id);
                    }
                    Write::Proposal(proposal) => {
                        if !sources.contains(&proposal.source) {
                            Self::check_source(tx, proposal.source).await?;
                            sources.insert(proposal.source);
                        }
                        Self::insert_proposal_tx(tx, tail, ctx, &proposal).await?;
                    }
                    Write::Decide { proposal, state, reason } => {
                        Self::decide_tx(tx, tail, ctx, proposal, state, &reason).await?;
                    }
                                        Write::UpdatePerson { person, reason, version } => {
                        Self::person_tx(tx, person.id).await?;
                        if let Some(seen) = version {
                            let now = Self::person_version_tx(tx, person.id).await?;
                            if now != seen {
                                return Err($crate::StoreError::Conflict(format!(
                                    "person {} was changed by someone else since it was read (version {seen}, now {now}): reload it and make the change again",
                                    person.id
                                )));
                            }
                        }

                        Self::update_person_tx(tx, tail, ctx, &person, AuditAction::Update, &reason).await?;
                    }
                    Write::Merge { into, from, reason } => Self::merge_tx(tx, tail, ctx, into, from, &reason).await?,
                    Write::Unmerge { person, reason } => Self::unmerge_tx(tx, tail, ctx, person, &reason).await?,
                    Write::Retract { fact, reason } => Self::retract_tx(tx, tail, ctx, fact, &reason).await?,
                    Write::ReviewFact { fact, state, reason } => {
                        Self::review_fact_tx(tx, tail, ctx, fact, state, &reason).await?;
                    }
                    Write::Facility(facility) => Self::put_facility_tx(tx, tail, ctx, &facility).await?,
                    Write::Announcement(a) => {
                        Self::check_source(tx, a.source).await?;
                        let row = $crate::rows::announcement_row(&a)?;
                        Self::put_data_tx(tx, tail, ctx, "INSERT INTO announcements (id, data) VALUES ($1, $2)", row,
                            AuditAction::Create, EntityKind::Announcement, None).await?;
                    }
                    Write::Claim(c) => {
                        c.validate().map_err(|e| $crate::StoreError::Invalid(e.to_string()))?;
                        Self::check_source(tx, c.source).await?;
                        let row = $crate::rows::claim_row(&c)?;
                        Self::put_data_tx(tx, tail, ctx, "INSERT INTO claims (id, data) VALUES ($1, $2)", row,
                            AuditAction::Create, EntityKind::Claim, None).await?;
                    }
                    Write::RetractClaim { id, reason } => Self::retract_claim_tx(tx, tail, ctx, id, &reason).await?,
                    Write::Expect(expectation) => Self::expect_tx(tx, expectation).await?,
                    Write::User(user) => Self::create_user_tx(tx, tail, ctx, &user).await?,
                    Write::UpdateUser { user, reason } => Self::update_user_tx(tx, tail, ctx, &user, &reason).await?,
                    Write::ApiToken(token) => Self::create_token_tx(tx, tail, ctx, &token).await?,
                    Write::RevokeToken { label, at } => Self::revoke_token_tx(tx, tail, ctx, &label, &at).await?,
                    // Prepared apart; never here.
                    Write::Person(_) | Write::Fact(_) => {}
                }
                Ok(())
            }

            /// Writes the pending persons, then the pending facts and the sources they cite,
            /// many rows a statement; the rows are moved into the statements, not copied.
            async fn flush_rows(tx: &mut sqlx::Transaction<'_, $db>, pending: &mut Pending) -> Result<(), $crate::StoreError> {
                Self::insert_many(
                    tx,
                    "INSERT INTO persons (id, display_name, search_names, national_id, merged_into, data, search_folded, visibility) ",
                    std::mem::take(&mut pending.persons),
                    |mut b, r| {
                        b.push_bind(r.id)
                            .push_bind(r.display_name)
                            .push_bind(r.search_names)
                            .push_bind(r.national_id)
                            .push_bind(r.merged_into)
                            .push_bind(r.data)
                            .push_bind(r.derived.search_folded)
                            .push_bind(r.derived.visibility);
                    },
                )
                .await?;
                let facts = std::mem::take(&mut pending.facts);
                let citing: Vec<(String, String)> = facts
                    .iter()
                    .flat_map(|r| r.sources.iter().map(|s| (s.clone(), r.id.clone())))
                    .collect();
                Self::insert_many(
                    tx,
                    "INSERT INTO facts (id, person_id, kind, date, date_first, verification, review, supersedes, data, custody) ",
                    facts,
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
                .await?;
                Self::insert_many(tx, "INSERT INTO fact_sources (source_id, fact_id) ", citing, |mut b, (source, fact)| {
                    b.push_bind(source).push_bind(fact);
                })
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
