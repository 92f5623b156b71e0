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
                writes: &[$crate::Write],
                ctx: &$crate::WriteContext,
                progress: &(dyn Fn(usize) + Send + Sync),
            ) -> Result<(), $crate::StoreError> {
                use amparo_domain::{AuditAction, EntityKind};
                let mut tx = self.pool.begin().await.map_err(db_err)?;
                let mut tail = Self::audit_tail(&mut tx).await?;
                let mut persons = std::collections::HashSet::new();
                let mut sources = std::collections::HashSet::new();
                // Persons and facts are written many rows a statement: one statement per row
                // made a million-row import spend most of its time in the driver.
                let mut pending = Pending::default();
                for (done, write) in writes.iter().enumerate() {
                    if done % 1000 == 0 {
                        progress(done);
                    }
                    match write {
                        $crate::Write::Source { source, original } => {
                            let row = $crate::rows::SourceRow::new(source, original.as_deref())?;
                            Self::insert_source(&mut tx, &row).await?;
                            Self::audit(&mut tx, &mut tail, ctx, AuditAction::Create, EntityKind::Source, &row.id, None, row.content_hash()).await?;
                            sources.insert(row.id);
                        }
                        $crate::Write::Person(person) => {
                            let row = $crate::rows::PersonRow::new(person)?;
                            Self::audit(&mut tx, &mut tail, ctx, AuditAction::Create, EntityKind::Person, &row.id, None, row.content_hash()).await?;
                            persons.insert(row.id.clone());
                            pending.persons.push(row);
                        }
                        $crate::Write::Proposal(proposal) => {
                            let source = proposal.source.to_string();
                            if !sources.contains(&source) {
                                if !Self::exists(&mut tx, "SELECT CAST(1 AS BIGINT) FROM sources WHERE id = $1", &source).await? {
                                    return Err($crate::StoreError::NotFound { kind: "source", id: source });
                                }
                                sources.insert(source.clone());
                            }
                            let row = $crate::rows::proposal_row(proposal)?;
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
                        $crate::Write::Decide { proposal, state, reason } => {
                            let key = proposal.to_string();
                            let data: Option<(String,)> = sqlx::query_as("SELECT data FROM proposals WHERE id = $1")
                                .bind(&key)
                                .fetch_optional(&mut *tx)
                                .await
                                .map_err(db_err)?;
                            let Some((data,)) = data else {
                                return Err($crate::StoreError::NotFound { kind: "proposal", id: key });
                            };
                            let mut p: amparo_domain::Proposal = $crate::rows::from_json("proposal", &key, &data)?;
                            if p.state != amparo_domain::ReviewState::Proposed {
                                return Err($crate::StoreError::Rejected(format!("proposal {key} was already {}", p.state)));
                            }
                            if reason.trim().is_empty() {
                                return Err($crate::StoreError::Rejected("a review decision needs a reason".into()));
                            }
                            p.state = *state;
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
                            Self::audit(&mut tx, &mut tail, ctx, AuditAction::Review, EntityKind::Proposal, &key, Some(reason), hash).await?;
                        }
                        $crate::Write::Fact(fact) => {
                            if fact.supersedes.is_some() {
                                // The fact it corrects may be among those not yet written.
                                Self::flush_rows(&mut tx, &mut pending).await?;
                            }
                            Self::check_fact(&mut tx, fact, &mut persons, &mut sources).await?;
                            let row = $crate::rows::FactRow::new(fact)?;
                            Self::audit(&mut tx, &mut tail, ctx, AuditAction::Create, EntityKind::Fact, &row.id, None, row.content_hash()).await?;
                            pending.facts.push(row);
                        }
                    }
                    if pending.persons.len() + pending.facts.len() >= 5000 {
                        Self::flush_rows(&mut tx, &mut pending).await?;
                    }
                }
                Self::flush_rows(&mut tx, &mut pending).await?;
                progress(writes.len());
                Self::finish(tx, tail).await
            }

            /// Writes the pending persons, then the pending facts, many rows a statement.
            async fn flush_rows(tx: &mut sqlx::Transaction<'_, $db>, pending: &mut Pending) -> Result<(), $crate::StoreError> {
                for chunk in pending.persons.chunks(500) {
                    let mut qb = sqlx::QueryBuilder::<$db>::new(
                        "INSERT INTO persons (id, display_name, search_names, national_id, merged_into, data) ",
                    );
                    qb.push_values(chunk, |mut b, r| {
                        b.push_bind(r.id.clone())
                            .push_bind(r.display_name.clone())
                            .push_bind(r.search_names.clone())
                            .push_bind(r.national_id.clone())
                            .push_bind(r.merged_into.clone())
                            .push_bind(r.data.clone());
                    });
                    qb.build().execute(&mut **tx).await.map_err(db_err)?;
                }
                pending.persons.clear();
                for chunk in pending.facts.chunks(500) {
                    let mut qb = sqlx::QueryBuilder::<$db>::new(
                        "INSERT INTO facts (id, person_id, kind, date, date_first, verification, review, supersedes, data, custody) ",
                    );
                    qb.push_values(chunk, |mut b, r| {
                        b.push_bind(r.id.clone())
                            .push_bind(r.person_id.clone())
                            .push_bind(r.kind.clone())
                            .push_bind(r.date.clone())
                            .push_bind(r.date_first.clone())
                            .push_bind(r.verification.clone())
                            .push_bind(r.review.clone())
                            .push_bind(r.supersedes.clone())
                            .push_bind(r.data.clone())
                            .push_bind(r.custody.clone());
                    });
                    qb.build().execute(&mut **tx).await.map_err(db_err)?;
                }
                pending.facts.clear();
                Ok(())
            }
        }
    };
}
