//! The writes that change what is stored rather than add to it, each checked inside the
//! batch's transaction after the write lock: facilities, person edits (versioned), merges
//! and unmerges, retractions, reviews, the queue's proposals and decisions, withdrawn
//! claims, and the batch's preconditions.

/// The changing writes of the shared SQL implementation.
#[macro_export]
macro_rules! sql_changes {
    ($store:ty, $db:ty) => {
        impl $store {
            /// Adds or replaces a facility. A facility keeps the key it was first stored
            /// under, even if the way keys are folded changed since.
            async fn put_facility_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                facility: &amparo_domain::Facility,
            ) -> Result<(), $crate::StoreError> {
                let mut row = $crate::rows::facility_row(facility)?;
                let stored: Vec<(String, String)> = sqlx::query_as("SELECT id, data FROM facilities")
                    .fetch_all(&mut **tx)
                    .await
                    .map_err(db_err)?;
                for (id, data) in stored {
                    let f: amparo_domain::Facility = $crate::rows::from_json("facility", &id, &data)?;
                    if $crate::amparo_text::fold(&f.name) == $crate::amparo_text::fold(&facility.name) {
                        row.id = id;
                        break;
                    }
                }
                Self::put_data_tx(
                    tx, tail, ctx,
                    "INSERT INTO facilities (id, data) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET data = excluded.data",
                    row, amparo_domain::AuditAction::Update, amparo_domain::EntityKind::Facility, None,
                ).await
            }

                        /// A person's version inside the transaction: the sequence number of the last
            /// audit entry about it.
            async fn person_version_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                id: amparo_domain::PersonId,
            ) -> Result<i64, $crate::StoreError> {
                let (seq,): (Option<i64>,) = sqlx::query_as("SELECT MAX(seq) FROM audit WHERE entity = 'person' AND entity_id = $1")
                    .bind(id.to_string())
                    .fetch_one(&mut **tx)
                    .await
                    .map_err(db_err)?;
                Ok(seq.unwrap_or(0))
            }

            /// Reads a person inside the transaction.

            async fn person_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                id: amparo_domain::PersonId,
            ) -> Result<amparo_domain::Person, $crate::StoreError> {
                Self::stored(tx, "SELECT data FROM persons WHERE id = $1", "person", &id.to_string()).await
            }

            async fn update_person_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                person: &amparo_domain::Person,
                action: amparo_domain::AuditAction,
                reason: &str,
            ) -> Result<(), $crate::StoreError> {
                if reason.trim().is_empty() {
                    return Err($crate::StoreError::Invalid("a change to a person needs a reason".into()));
                }
                let row = $crate::rows::PersonRow::new(person)?;
                let done = sqlx::query(
                    "UPDATE persons SET display_name = $1, search_names = $2, national_id = $3, merged_into = $4, data = $5, \
                     search_folded = $6, visibility = $7 WHERE id = $8",
                )
                .bind(&row.display_name)
                .bind(&row.search_names)
                .bind(row.national_id.as_deref())
                .bind(row.merged_into.as_deref())
                .bind(&row.data)
                .bind(&row.derived.search_folded)
                .bind(&row.derived.visibility)
                .bind(&row.id)
                .execute(&mut **tx)
                .await
                .map_err(db_err)?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound { kind: "person", id: row.id });
                }
                Self::audit(tail, ctx, action, amparo_domain::EntityKind::Person, &row.id, Some(reason.trim()), row.content_hash());
                Ok(())
            }

            /// Checks a merge against the registry as it stands under the write lock, so
            /// crossed merges cannot make a cycle, and writes it.
            async fn merge_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                into: amparo_domain::PersonId,
                from: amparo_domain::PersonId,
                reason: &str,
            ) -> Result<(), $crate::StoreError> {
                if into == from {
                    return Err($crate::StoreError::Invalid("a person cannot be merged into itself".into()));
                }
                if reason.trim().is_empty() {
                    return Err($crate::StoreError::Invalid("a merge needs a reason".into()));
                }
                let target = Self::person_tx(tx, into).await?;
                let mut merged = Self::person_tx(tx, from).await?;
                if let Some(other) = target.merged_into {
                    return Err($crate::StoreError::Conflict(format!("{into} was itself merged into {other}: merge into {other} instead")));
                }
                match merged.merged_into {
                    Some(other) if other == into => {
                        return Err($crate::StoreError::AlreadyDone(format!("{from} is already merged into {into}")));
                    }
                    Some(other) => {
                        return Err($crate::StoreError::Conflict(format!("{from} is already merged into {other}: unmerge it first")));
                    }
                    None => {}
                }
                let children: Option<(String,)> = sqlx::query_as("SELECT id FROM persons WHERE merged_into = $1 LIMIT 1")
                    .bind(from.to_string())
                    .fetch_optional(&mut **tx)
                    .await
                    .map_err(db_err)?;
                if let Some((child,)) = children {
                    return Err($crate::StoreError::Conflict(format!("{child} is merged into {from}: unmerge it first, or merge it into {into} directly")));
                }
                merged.merged_into = Some(into);
                Self::update_person_tx(tx, tail, ctx, &merged, amparo_domain::AuditAction::Merge, reason).await
            }

            async fn unmerge_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                id: amparo_domain::PersonId,
                reason: &str,
            ) -> Result<(), $crate::StoreError> {
                if reason.trim().is_empty() {
                    return Err($crate::StoreError::Invalid("an unmerge needs a reason".into()));
                }
                let mut person = Self::person_tx(tx, id).await?;
                if person.merged_into.is_none() {
                    return Err($crate::StoreError::AlreadyDone(format!("{id} is not merged into anyone")));
                }
                person.merged_into = None;
                Self::update_person_tx(tx, tail, ctx, &person, amparo_domain::AuditAction::Unmerge, reason).await
            }

            async fn retract_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                id: amparo_domain::FactId,
                reason: &str,
            ) -> Result<(), $crate::StoreError> {
                if reason.trim().is_empty() {
                    return Err($crate::StoreError::Invalid("a retraction needs a reason".into()));
                }
                let key = id.to_string();
                if !Self::exists(tx, "SELECT CAST(1 AS BIGINT) FROM facts WHERE id = $1", &key).await? {
                    return Err($crate::StoreError::NotFound { kind: "fact", id: key });
                }
                if Self::exists(tx, "SELECT CAST(1 AS BIGINT) FROM retractions WHERE id = $1", &key).await? {
                    return Err($crate::StoreError::AlreadyDone(format!("fact {key} is already retracted")));
                }
                let retraction = amparo_domain::Retraction { fact: id, reason: reason.trim().to_owned() };
                let row = $crate::rows::DataRow::new(key.clone(), &retraction)?;
                Self::put_data_tx(
                    tx, tail, ctx, "INSERT INTO retractions (id, data) VALUES ($1, $2)", row,
                    amparo_domain::AuditAction::Retract, amparo_domain::EntityKind::Retraction, Some(reason.trim()),
                ).await
            }

            async fn review_fact_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                id: amparo_domain::FactId,
                state: amparo_domain::ReviewState,
                reason: &str,
            ) -> Result<(), $crate::StoreError> {
                let key = id.to_string();
                let mut fact: amparo_domain::Fact =
                    Self::stored(tx, "SELECT data FROM facts WHERE id = $1", "fact", &key).await?;
                if fact.review != amparo_domain::ReviewState::Proposed {
                    return Err($crate::StoreError::AlreadyDone(format!(
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
                    .execute(&mut **tx)
                    .await
                    .map_err(db_err)?;
                Self::audit(tail, ctx, amparo_domain::AuditAction::Review, amparo_domain::EntityKind::Fact, &key, Some(reason), row.content_hash());
                Ok(())
            }

            async fn insert_proposal_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                proposal: &amparo_domain::Proposal,
            ) -> Result<(), $crate::StoreError> {
                let source = proposal.source.to_string();
                let row = $crate::rows::proposal_row(proposal)?;
                sqlx::query("INSERT INTO proposals (id, source_id, state, data) VALUES ($1, $2, $3, $4)")
                    .bind(&row.id)
                    .bind(&source)
                    .bind(proposal.state.as_str())
                    .bind(&row.data)
                    .execute(&mut **tx)
                    .await
                    .map_err(db_err)?;
                let hash = $crate::rows::proposal_hash(&row.id, &source, proposal.state.as_str(), &row.data);
                Self::audit(tail, ctx, amparo_domain::AuditAction::Create, amparo_domain::EntityKind::Proposal, &row.id, None, hash);
                Ok(())
            }

            async fn decide_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                proposal: amparo_domain::ProposalId,
                state: amparo_domain::ReviewState,
                reason: &str,
            ) -> Result<(), $crate::StoreError> {
                let key = proposal.to_string();
                let mut p: amparo_domain::Proposal =
                    Self::stored(tx, "SELECT data FROM proposals WHERE id = $1", "proposal", &key).await?;
                if p.state != amparo_domain::ReviewState::Proposed {
                    return Err($crate::StoreError::AlreadyDone(format!("proposal {key} was already {}", p.state)));
                }
                if reason.trim().is_empty() {
                    return Err($crate::StoreError::Invalid("a review decision needs a reason".into()));
                }
                p.state = state;
                p.decision = Some(reason.to_owned());
                let row = $crate::rows::proposal_row(&p)?;
                sqlx::query("UPDATE proposals SET state = $1, data = $2 WHERE id = $3")
                    .bind(p.state.as_str())
                    .bind(&row.data)
                    .bind(&key)
                    .execute(&mut **tx)
                    .await
                    .map_err(db_err)?;
                let hash = $crate::rows::proposal_hash(&key, &p.source.to_string(), p.state.as_str(), &row.data);
                Self::audit(tail, ctx, amparo_domain::AuditAction::Review, amparo_domain::EntityKind::Proposal, &key, Some(reason), hash);
                Ok(())
            }

            /// Withdraws an announcement or a claim: its row keeps it, with the reason.
            async fn retract_claim_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                tail: &mut AuditTail,
                ctx: &$crate::WriteContext,
                id: amparo_domain::ClaimId,
                reason: &str,
            ) -> Result<(), $crate::StoreError> {
                use amparo_domain::{AuditAction, EntityKind};
                if reason.trim().is_empty() {
                    return Err($crate::StoreError::Invalid("a retraction needs a reason".into()));
                }
                let key = id.to_string();
                let already = || $crate::StoreError::AlreadyDone(format!("{key} is already retracted"));
                let reason = Some(reason.trim().to_owned());
                if Self::exists(tx, "SELECT CAST(1 AS BIGINT) FROM claims WHERE id = $1", &key).await? {
                    let mut c: amparo_domain::AggregateClaim =
                        Self::stored(tx, "SELECT data FROM claims WHERE id = $1", "claim", &key).await?;
                    if c.retracted.is_some() {
                        return Err(already());
                    }
                    c.retracted = reason.clone();
                    let row = $crate::rows::claim_row(&c)?;
                    return Self::put_data_tx(tx, tail, ctx, "UPDATE claims SET data = $2 WHERE id = $1", row,
                        AuditAction::Retract, EntityKind::Claim, reason.as_deref()).await;
                }
                let mut a: amparo_domain::Announcement =
                    Self::stored(tx, "SELECT data FROM announcements WHERE id = $1", "claim or announcement", &key).await?;
                if a.retracted.is_some() {
                    return Err(already());
                }
                a.retracted = reason.clone();
                let row = $crate::rows::announcement_row(&a)?;
                Self::put_data_tx(tx, tail, ctx, "UPDATE announcements SET data = $2 WHERE id = $1", row,
                    AuditAction::Retract, EntityKind::Announcement, reason.as_deref()).await
            }

            /// Refuses the batch when what it expects of the registry no longer holds.
            async fn expect_tx(
                tx: &mut sqlx::Transaction<'_, $db>,
                expectation: $crate::Expectation,
            ) -> Result<(), $crate::StoreError> {
                match expectation {
                    $crate::Expectation::PersonsUnchangedSince(seen) => {
                        let (now,): (Option<i64>,) =
                            sqlx::query_as("SELECT MAX(seq) FROM audit WHERE seq > $1 AND entity = 'person'")
                                .bind(seen)
                                .fetch_one(&mut **tx)
                                .await
                                .map_err(db_err)?;
                        match now {
                            Some(now) => Err($crate::StoreError::Stale { seen, now }),
                            None => Ok(()),
                        }
                    }
                }
            }

        }
    };
}
