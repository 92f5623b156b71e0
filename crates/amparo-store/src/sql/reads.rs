//! Reads, with the caller's access enforced here, and the `Store` trait implementation
//! that ties reads and writes together.

/// The read half of the shared SQL implementation, and the trait impl.
#[macro_export]
macro_rules! sql_reads {
    ($store:ty, $db:ty, $agg:literal) => {
        type FactJoinRow = (String, String, String, String, String, String, String, Option<String>, String, Option<String>);

        impl $store {
            fn stored_fact(row: FactJoinRow) -> Result<$crate::StoredFact, $crate::StoreError> {
                let (id, person_id, kind, date, date_first, verification, review, supersedes, data, retraction) = row;
                let fact_row = $crate::rows::FactRow { id, person_id, kind, date, date_first, verification, review, supersedes, data, custody: None };
                let retraction = match retraction {
                    None => None,
                    Some(r) => Some($crate::rows::from_json::<amparo_domain::Retraction>("retraction", &fact_row.id, &r)?.reason),
                };
                Ok($crate::StoredFact { fact: fact_row.fact()?, retraction })
            }

            async fn data_rows<T: serde::de::DeserializeOwned>(
                &self,
                sql: &'static str,
                kind: &'static str,
            ) -> Result<Vec<T>, $crate::StoreError> {
                let rows: Vec<(String, String)> = sqlx::query_as(sql).fetch_all(&self.pool).await.map_err(db_err)?;
                rows.iter().map(|(id, data)| $crate::rows::from_json(kind, id, data)).collect()
            }

            async fn visible_person(
                &self,
                id: amparo_domain::PersonId,
                access: amparo_domain::Access,
            ) -> Result<amparo_domain::Person, $crate::StoreError> {
                let key = id.to_string();
                let row: Option<(String,)> = sqlx::query_as("SELECT data FROM persons WHERE id = $1")
                    .bind(&key)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                let not_found = || $crate::StoreError::NotFound { kind: "person", id: key.clone() };
                let (data,) = row.ok_or_else(not_found)?;
                let person: amparo_domain::Person = $crate::rows::from_json("person", &key, &data)?;
                person.redacted_for(access).ok_or_else(not_found)
            }
        }

        #[async_trait::async_trait]
        impl $crate::Store for $store {
            async fn migrate(&self) -> Result<(), $crate::StoreError> {
                self.run_migrations().await
            }

            async fn write_batch(&self, writes: Vec<$crate::Write>, ctx: &$crate::WriteContext) -> Result<(), $crate::StoreError> {
                self.write_batch_impl(writes, ctx, &|_| {}).await
            }

            async fn write_batch_with_progress(
                &self,
                writes: Vec<$crate::Write>,
                ctx: &$crate::WriteContext,
                progress: &(dyn Fn(usize) + Send + Sync),
            ) -> Result<(), $crate::StoreError> {
                self.write_batch_impl(writes, ctx, progress).await
            }

            async fn source(&self, id: amparo_domain::SourceId) -> Result<amparo_domain::Source, $crate::StoreError> {
                let key = id.to_string();
                let row: Option<(String,)> = sqlx::query_as("SELECT data FROM sources WHERE id = $1")
                    .bind(&key)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                let (data,) = row.ok_or_else(|| $crate::StoreError::NotFound { kind: "source", id: key.clone() })?;
                $crate::rows::from_json("source", &key, &data)
            }

            async fn source_by_hash(&self, hash: &amparo_domain::Sha256) -> Result<Option<amparo_domain::Source>, $crate::StoreError> {
                let row: Option<(String, String)> = sqlx::query_as("SELECT id, data FROM sources WHERE sha256 = $1")
                    .bind(hash.to_string())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                row.map(|(id, data)| $crate::rows::from_json("source", &id, &data)).transpose()
            }

            async fn source_original(&self, id: amparo_domain::SourceId) -> Result<Option<Vec<u8>>, $crate::StoreError> {
                let row: Option<(Option<Vec<u8>>,)> = sqlx::query_as("SELECT original FROM sources WHERE id = $1")
                    .bind(id.to_string())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                match row {
                    None => Err($crate::StoreError::NotFound { kind: "source", id: id.to_string() }),
                    Some((bytes,)) => Ok(bytes),
                }
            }

            async fn sources(&self) -> Result<Vec<amparo_domain::Source>, $crate::StoreError> {
                self.data_rows("SELECT id, data FROM sources ORDER BY id", "source").await
            }

            async fn update_person(&self, person: &amparo_domain::Person, reason: &str, ctx: &$crate::WriteContext) -> Result<(), $crate::StoreError> {
                self.update_person_impl(person, amparo_domain::AuditAction::Update, reason, ctx).await
            }

            async fn merge_person(&self, into: amparo_domain::PersonId, from: amparo_domain::PersonId, reason: &str, ctx: &$crate::WriteContext) -> Result<(), $crate::StoreError> {
                use amparo_domain::Access;
                if into == from {
                    return Err($crate::StoreError::Rejected("a person cannot be merged into itself".into()));
                }
                if reason.trim().is_empty() {
                    return Err($crate::StoreError::Rejected("a merge needs a reason (--reason)".into()));
                }
                let target = self.visible_person(into, Access::Admin).await?;
                let mut merged = self.visible_person(from, Access::Admin).await?;
                if let Some(other) = target.merged_into {
                    return Err($crate::StoreError::Rejected(format!("{into} was itself merged into {other}: merge into {other} instead")));
                }
                if let Some(other) = merged.merged_into {
                    return Err($crate::StoreError::Rejected(format!("{from} is already merged into {other}: unmerge it first")));
                }
                let children: Option<(String,)> = sqlx::query_as("SELECT id FROM persons WHERE merged_into = $1 LIMIT 1")
                    .bind(from.to_string())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                if let Some((child,)) = children {
                    return Err($crate::StoreError::Rejected(format!("{child} is merged into {from}: unmerge it first, or merge it into {into} directly")));
                }
                merged.merged_into = Some(into);
                self.update_person_impl(&merged, amparo_domain::AuditAction::Merge, reason, ctx).await
            }

            async fn unmerge_person(&self, id: amparo_domain::PersonId, reason: &str, ctx: &$crate::WriteContext) -> Result<(), $crate::StoreError> {
                if reason.trim().is_empty() {
                    return Err($crate::StoreError::Rejected("an unmerge needs a reason (--reason)".into()));
                }
                let mut person = self.visible_person(id, amparo_domain::Access::Admin).await?;
                if person.merged_into.is_none() {
                    return Err($crate::StoreError::Rejected(format!("{id} is not merged into anyone")));
                }
                person.merged_into = None;
                self.update_person_impl(&person, amparo_domain::AuditAction::Unmerge, reason, ctx).await
            }

            async fn proposals(&self, state: Option<amparo_domain::ReviewState>) -> Result<Vec<amparo_domain::Proposal>, $crate::StoreError> {
                let rows: Vec<(String, String)> = sqlx::query_as(
                    "SELECT id, data FROM proposals WHERE $1 = '' OR state = $2 ORDER BY id",
                )
                .bind(state.map(|s| s.as_str()).unwrap_or(""))
                .bind(state.map(|s| s.as_str()).unwrap_or(""))
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                rows.iter().map(|(id, data)| $crate::rows::from_json("proposal", id, data)).collect()
            }

            async fn proposal(&self, id: amparo_domain::ProposalId) -> Result<amparo_domain::Proposal, $crate::StoreError> {
                let key = id.to_string();
                let row: Option<(String,)> = sqlx::query_as("SELECT data FROM proposals WHERE id = $1")
                    .bind(&key)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                let (data,) = row.ok_or_else(|| $crate::StoreError::NotFound { kind: "proposal", id: key.clone() })?;
                $crate::rows::from_json("proposal", &key, &data)
            }

            async fn person(&self, id: amparo_domain::PersonId, access: amparo_domain::Access) -> Result<amparo_domain::Person, $crate::StoreError> {
                self.visible_person(id, access).await
            }

            async fn find_persons(&self, name: Option<&str>, access: amparo_domain::Access, limit: u32) -> Result<Vec<amparo_domain::Person>, $crate::StoreError> {
                let pattern = format!("%{}%", amparo_domain::text::fold(name.unwrap_or("")));
                let rows: Vec<(String, String)> = sqlx::query_as(
                    "SELECT id, data FROM persons WHERE search_names LIKE $1 AND merged_into IS NULL ORDER BY display_name, id",
                )
                .bind(pattern)
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                let mut out = Vec::new();
                for (id, data) in rows {
                    let person: amparo_domain::Person = $crate::rows::from_json("person", &id, &data)?;
                    if let Some(p) = person.redacted_for(access) {
                        out.push(p);
                        if out.len() >= limit as usize {
                            break;
                        }
                    }
                }
                Ok(out)
            }

            async fn all_persons(&self, access: amparo_domain::Access) -> Result<Vec<amparo_domain::Person>, $crate::StoreError> {
                // One aggregated row rather than one row per person: the driver's per-row
                // cost, not the bytes, dominates reading a whole registry.
                let (all,): (String,) = sqlx::query_as(concat!("SELECT '[' || COALESCE(", $agg, "(data, ','), '') || ']' FROM persons"))
                    .fetch_one(&self.pool)
                    .await
                    .map_err(db_err)?;
                let mut people: Vec<amparo_domain::Person> = $crate::rows::from_json("person", "(all)", &all)?;
                people.sort_unstable_by_key(|p| p.id);
                Ok(people.into_iter().filter_map(|p| p.redacted_for(access)).collect())
            }

            async fn fact(&self, id: amparo_domain::FactId) -> Result<$crate::StoredFact, $crate::StoreError> {
                let row: Option<FactJoinRow> = sqlx::query_as(
                    "SELECT f.id, f.person_id, f.kind, f.date, f.date_first, f.verification, f.review, f.supersedes, f.data, r.data \
                     FROM facts f LEFT JOIN retractions r ON r.id = f.id WHERE f.id = $1",
                )
                .bind(id.to_string())
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
                let row = row.ok_or_else(|| $crate::StoreError::NotFound { kind: "fact", id: id.to_string() })?;
                Self::stored_fact(row)
            }

            async fn facts_of(&self, person: amparo_domain::PersonId, access: amparo_domain::Access) -> Result<Vec<$crate::StoredFact>, $crate::StoreError> {
                self.visible_person(person, access).await?;
                let rows: Vec<FactJoinRow> = sqlx::query_as(
                    "SELECT f.id, f.person_id, f.kind, f.date, f.date_first, f.verification, f.review, f.supersedes, f.data, r.data \
                     FROM facts f LEFT JOIN retractions r ON r.id = f.id \
                     WHERE f.person_id = $1 OR f.person_id IN (SELECT id FROM persons WHERE merged_into = $2) \
                     ORDER BY f.date_first, f.id",
                )
                .bind(person.to_string())
                .bind(person.to_string())
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                rows.into_iter().map(Self::stored_fact).collect()
            }

            async fn retract_fact(&self, id: amparo_domain::FactId, reason: &str, ctx: &$crate::WriteContext) -> Result<(), $crate::StoreError> {
                self.retract_fact_impl(id, reason, ctx).await
            }

            async fn review_fact(&self, id: amparo_domain::FactId, state: amparo_domain::ReviewState, reason: &str, ctx: &$crate::WriteContext) -> Result<(), $crate::StoreError> {
                self.review_fact_impl(id, state, reason, ctx).await
            }

            async fn custody_events(&self) -> Result<Vec<(amparo_domain::PersonId, amparo_domain::CustodyEvent)>, $crate::StoreError> {
                // One row per person, its custody facts aggregated into a JSON array: the
                // per-row cost of the driver, not the bytes, dominates a million-fact read.
                let rows: Vec<(String, String)> = sqlx::query_as(concat!(
                    "SELECT person_id, '[' || ", $agg, "(custody, ',') || ']' FROM facts WHERE custody IS NOT NULL GROUP BY person_id"
                ))
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                // Retractions are few: a set, rather than a join on every fact.
                let retracted: std::collections::HashSet<String> = sqlx::query_as::<_, (String,)>("SELECT id FROM retractions")
                    .fetch_all(&self.pool)
                    .await
                    .map_err(db_err)?
                    .into_iter()
                    .map(|(id,)| id)
                    .collect();
                // Merged records are few: their facts count under the person they were merged into.
                let merged: std::collections::HashMap<String, String> =
                    sqlx::query_as::<_, (String, String)>("SELECT id, merged_into FROM persons WHERE merged_into IS NOT NULL")
                        .fetch_all(&self.pool)
                        .await
                        .map_err(db_err)?
                        .into_iter()
                        .collect();
                $crate::sql::custody_rows(rows, &merged, &retracted)
            }

            async fn other_facts(&self) -> Result<Vec<$crate::StoredFact>, $crate::StoreError> {
                let rows: Vec<FactJoinRow> = sqlx::query_as(
                    "SELECT f.id, f.person_id, f.kind, f.date, f.date_first, f.verification, f.review, f.supersedes, f.data, r.data \
                     FROM facts f LEFT JOIN retractions r ON r.id = f.id \
                     WHERE f.kind NOT IN ('arrest', 'detention', 'transfer', 'release', 're-arrest', 'whereabouts-unknown', \
                     'whereabouts-confirmed', 'death-in-custody', 'measure-imposed', 'measure-lifted')",
                )
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                rows.into_iter().map(Self::stored_fact).collect()
            }

            async fn put_facility(&self, facility: &amparo_domain::Facility, ctx: &$crate::WriteContext) -> Result<(), $crate::StoreError> {
                let row = $crate::rows::facility_row(facility)?;
                self.put_data(
                    "INSERT INTO facilities (id, data) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET data = excluded.data",
                    row, amparo_domain::AuditAction::Update, amparo_domain::EntityKind::Facility, None, ctx,
                ).await
            }

            async fn facilities(&self) -> Result<Vec<amparo_domain::Facility>, $crate::StoreError> {
                self.data_rows("SELECT id, data FROM facilities ORDER BY id", "facility").await
            }

            async fn add_announcement(&self, a: &amparo_domain::Announcement, ctx: &$crate::WriteContext) -> Result<(), $crate::StoreError> {
                self.source(a.source).await?;
                let row = $crate::rows::announcement_row(a)?;
                self.put_data("INSERT INTO announcements (id, data) VALUES ($1, $2)", row,
                    amparo_domain::AuditAction::Create, amparo_domain::EntityKind::Announcement, None, ctx).await
            }

            async fn announcements(&self) -> Result<Vec<amparo_domain::Announcement>, $crate::StoreError> {
                self.data_rows("SELECT id, data FROM announcements ORDER BY id", "announcement").await
            }

            async fn add_claim(&self, c: &amparo_domain::AggregateClaim, ctx: &$crate::WriteContext) -> Result<(), $crate::StoreError> {
                c.validate().map_err(|e| $crate::StoreError::Rejected(e.to_string()))?;
                self.source(c.source).await?;
                let row = $crate::rows::claim_row(c)?;
                self.put_data("INSERT INTO claims (id, data) VALUES ($1, $2)", row,
                    amparo_domain::AuditAction::Create, amparo_domain::EntityKind::Claim, None, ctx).await
            }

            async fn claims(&self) -> Result<Vec<amparo_domain::AggregateClaim>, $crate::StoreError> {
                self.data_rows("SELECT id, data FROM claims ORDER BY id", "claim").await
            }

            async fn audit_log(&self) -> Result<Vec<amparo_domain::AuditEntry>, $crate::StoreError> {
                self.audit_entries().await
            }

            async fn verify(&self) -> Result<$crate::VerifyReport, $crate::StoreError> {
                self.verify_impl().await
            }
        }
    };
}
