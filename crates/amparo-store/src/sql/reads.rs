//! Reads, with the caller's access applied here through [`crate::privacy::Shield`], and
//! the `Store` trait implementation that ties reads and writes together.
//!
//! Past 400 lines on purpose: one `Store` impl per backend is generated here, and its reads belong together.

/// The read half of the shared SQL implementation, and the trait impl.
#[macro_export]
macro_rules! sql_reads {
    ($store:ty, $db:ty, $agg:literal) => {
        type FactJoinRow = (String, String, String, String, String, String, String, Option<String>, String, Option<String>);

        impl $store {
            fn stored_fact(row: FactJoinRow) -> Result<$crate::StoredFact, $crate::StoreError> {
                let (id, person_id, kind, date, date_first, verification, review, supersedes, data, retraction) = row;
                let fact_row = $crate::rows::FactRow { id, person_id, kind, date, date_first, verification, review, supersedes, data, custody: None, sources: Vec::new() };
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

            /// What `access` may not see: for the roles that see restricted fields, nothing;
            /// otherwise built from the protected persons and the merged records.
            /// Fact rows as `access` may see them (hidden persons' facts left out).
            async fn shielded_facts(&self, rows: Vec<FactJoinRow>, access: amparo_domain::Access) -> Result<Vec<$crate::StoredFact>, $crate::StoreError> {
                let shield = self.shield(access).await?;
                let mut out = Vec::with_capacity(rows.len());
                for row in rows {
                    out.extend(shield.fact(Self::stored_fact(row)?));
                }
                Ok(out)
            }

            async fn shield(&self, access: amparo_domain::Access) -> Result<$crate::privacy::Shield, $crate::StoreError> {
                if access.sees_restricted() {
                    return Ok($crate::privacy::Shield::open());
                }
                let persons: Vec<amparo_domain::Person> = self
                    .data_rows("SELECT id, data FROM persons WHERE visibility <> 'public' OR merged_into IS NOT NULL", "person")
                    .await?;
                Ok($crate::privacy::Shield::new(access, persons))
            }

            async fn raw_person(&self, id: amparo_domain::PersonId) -> Result<amparo_domain::Person, $crate::StoreError> {
                let key = id.to_string();
                let row: Option<(String,)> = sqlx::query_as("SELECT data FROM persons WHERE id = $1")
                    .bind(&key)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                let (data,) = row.ok_or_else(|| $crate::StoreError::NotFound { kind: "person", id: key.clone() })?;
                $crate::rows::from_json("person", &key, &data)
            }

            async fn raw_source(&self, id: amparo_domain::SourceId) -> Result<amparo_domain::Source, $crate::StoreError> {
                let key = id.to_string();
                let row: Option<(String,)> = sqlx::query_as("SELECT data FROM sources WHERE id = $1")
                    .bind(&key)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                let (data,) = row.ok_or_else(|| $crate::StoreError::NotFound { kind: "source", id: key.clone() })?;
                $crate::rows::from_json("source", &key, &data)
            }
        }

        #[async_trait::async_trait]
        impl $crate::Store for $store {
            async fn migrate(&self) -> Result<(), $crate::StoreError> {
                self.run_migrations().await
            }

            async fn head(&self) -> Result<i64, $crate::StoreError> {
                let (seq,): (Option<i64>,) = sqlx::query_as("SELECT MAX(seq) FROM audit")
                    .fetch_one(&self.pool)
                    .await
                    .map_err(db_err)?;
                Ok(seq.unwrap_or(0))
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

            async fn source(&self, id: amparo_domain::SourceId, access: amparo_domain::Access) -> Result<amparo_domain::Source, $crate::StoreError> {
                let source = self.raw_source(id).await?;
                self.shield(access).await?.source(source).ok_or_else(|| $crate::StoreError::NotFound { kind: "source", id: id.to_string() })
            }

            async fn source_by_hash(&self, hash: &amparo_domain::Sha256, access: amparo_domain::Access) -> Result<Option<amparo_domain::Source>, $crate::StoreError> {
                let row: Option<(String, String)> = sqlx::query_as("SELECT id, data FROM sources WHERE sha256 = $1")
                    .bind(hash.to_string())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                let Some((id, data)) = row else { return Ok(None) };
                let source: amparo_domain::Source = $crate::rows::from_json("source", &id, &data)?;
                Ok(self.shield(access).await?.source(source))
            }

            async fn source_original(&self, id: amparo_domain::SourceId, access: amparo_domain::Access) -> Result<Option<Vec<u8>>, $crate::StoreError> {
                // An original names whoever it names: only the roles that see everything read it.
                if !access.sees_restricted() {
                    return Err($crate::StoreError::NotFound { kind: "source original", id: id.to_string() });
                }
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

            async fn sources(&self, access: amparo_domain::Access) -> Result<Vec<amparo_domain::Source>, $crate::StoreError> {
                let all: Vec<amparo_domain::Source> = self.data_rows("SELECT id, data FROM sources ORDER BY id", "source").await?;
                let shield = self.shield(access).await?;
                Ok(all.into_iter().filter_map(|s| shield.source(s)).collect())
            }

            async fn person(&self, id: amparo_domain::PersonId, access: amparo_domain::Access) -> Result<amparo_domain::Person, $crate::StoreError> {
                let person = self.raw_person(id).await?;
                self.shield(access).await?.person(person, access).ok_or_else(|| $crate::StoreError::NotFound { kind: "person", id: id.to_string() })
            }

                        async fn person_version(&self, id: amparo_domain::PersonId, access: amparo_domain::Access) -> Result<i64, $crate::StoreError> {
                $crate::Store::person(self, id, access).await?;
                let (seq,): (Option<i64>,) = sqlx::query_as("SELECT MAX(seq) FROM audit WHERE entity = 'person' AND entity_id = $1")
                    .bind(id.to_string())
                    .fetch_one(&self.pool)
                    .await
                    .map_err(db_err)?;
                Ok(seq.unwrap_or(0))
            }

            async fn find_persons(
&self, query: &$crate::PersonQuery, access: amparo_domain::Access) -> Result<$crate::Page<amparo_domain::Person>, $crate::StoreError> {
                let text = query.text.as_deref().unwrap_or("");
                let name = format!("%{}%", $crate::sql::like_escape(&$crate::amparo_text::fold(text)));
                // National ids are searched by their digits, and only by the roles that see them.
                let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                let id_pattern = if access.sees_restricted() && digits.len() >= 4 {
                    format!("%{digits}%")
                } else {
                    String::new()
                };
                let public_only = if access.sees_restricted() { 0_i64 } else { 1_i64 };
                let limit = if query.limit == 0 { i64::MAX } else { i64::from(query.limit) };
                let (total,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM persons WHERE merged_into IS NULL AND ($1 = 0 OR visibility = 'public') \
                     AND (search_folded LIKE $2 ESCAPE '\\' OR national_id LIKE $3)",
                )
                .bind(public_only)
                .bind(&name)
                .bind(&id_pattern)
                .fetch_one(&self.pool)
                .await
                .map_err(db_err)?;
                let rows: Vec<(String, String)> = sqlx::query_as(
                    "SELECT id, data FROM persons WHERE merged_into IS NULL AND ($1 = 0 OR visibility = 'public') \
                     AND (search_folded LIKE $2 ESCAPE '\\' OR national_id LIKE $3) ORDER BY display_name, id LIMIT $4 OFFSET $5",
                )
                .bind(public_only)
                .bind(&name)
                .bind(&id_pattern)
                .bind(limit)
                .bind(i64::from(query.offset))
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                let shield = self.shield(access).await?;
                let mut items = Vec::with_capacity(rows.len());
                for (id, data) in rows {
                    let person: amparo_domain::Person = $crate::rows::from_json("person", &id, &data)?;
                    items.extend(shield.person(person, access));
                }
                Ok($crate::Page { items, total: total.max(0) as u64, offset: u64::from(query.offset) })
            }

                        async fn persons_with_id_prefix(&self, prefix: &str, access: amparo_domain::Access) -> Result<Vec<amparo_domain::Person>, $crate::StoreError> {
                let part = $crate::sql::like_escape(&prefix.trim().to_ascii_lowercase());
                let rows: Vec<(String, String)> = sqlx::query_as(
                    "SELECT id, data FROM persons WHERE id LIKE $1 ESCAPE '\\' OR id LIKE $2 ESCAPE '\\' ORDER BY id LIMIT 10",
                )
                .bind(format!("{part}%"))
                .bind(format!("%{part}"))
                    .fetch_all(&self.pool)
                    .await
                    .map_err(db_err)?;
                let shield = self.shield(access).await?;
                let mut out = Vec::new();
                for (key, data) in rows {
                    let person: amparo_domain::Person = $crate::rows::from_json("person", &key, &data)?;
                    out.extend(shield.person(person, access));
                }
                Ok(out)
            }

            async fn persons_with_national_id(
&self, id: &amparo_domain::NationalId, access: amparo_domain::Access) -> Result<Vec<amparo_domain::Person>, $crate::StoreError> {
                let persons: Vec<(String, String)> = sqlx::query_as("SELECT id, data FROM persons WHERE national_id = $1 ORDER BY id")
                    .bind(id.digits())
                    .fetch_all(&self.pool)
                    .await
                    .map_err(db_err)?;
                let shield = self.shield(access).await?;
                let mut out = Vec::new();
                for (key, data) in persons {
                    let person: amparo_domain::Person = $crate::rows::from_json("person", &key, &data)?;
                    // The public finds by national id only persons it may see by name: a
                    // hidden or initials-only person is not confirmed by a number either.
                    if let Some(p) = shield.person(person, access)
                        && (access.sees_restricted() || p.visibility == amparo_domain::Visibility::Public)
                    {
                        out.push(p);
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
                let shield = self.shield(access).await?;
                Ok(people.into_iter().filter_map(|p| shield.person(p, access)).collect())
            }

            async fn proposals(&self, state: Option<amparo_domain::ReviewState>, access: amparo_domain::Access) -> Result<Vec<amparo_domain::Proposal>, $crate::StoreError> {
                if !access.sees_restricted() {
                    return Ok(Vec::new());
                }
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

            async fn proposal(&self, id: amparo_domain::ProposalId, access: amparo_domain::Access) -> Result<amparo_domain::Proposal, $crate::StoreError> {
                let key = id.to_string();
                let not_found = || $crate::StoreError::NotFound { kind: "proposal", id: key.clone() };
                if !access.sees_restricted() {
                    return Err(not_found());
                }
                let row: Option<(String,)> = sqlx::query_as("SELECT data FROM proposals WHERE id = $1")
                    .bind(&key)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                let (data,) = row.ok_or_else(not_found)?;
                $crate::rows::from_json("proposal", &key, &data)
            }

            async fn fact(&self, id: amparo_domain::FactId, access: amparo_domain::Access) -> Result<$crate::StoredFact, $crate::StoreError> {
                let row: Option<FactJoinRow> = sqlx::query_as(concat!($crate::fact_columns!(), " WHERE f.id = $1"))
                    .bind(id.to_string())
                    .fetch_optional(&self.pool)
                    .await
                    .map_err(db_err)?;
                let not_found = || $crate::StoreError::NotFound { kind: "fact", id: id.to_string() };
                let row = row.ok_or_else(not_found)?;
                self.shield(access).await?.fact(Self::stored_fact(row)?).ok_or_else(not_found)
            }

            async fn facts_of(&self, person: amparo_domain::PersonId, access: amparo_domain::Access) -> Result<Vec<$crate::StoredFact>, $crate::StoreError> {
                let shield = self.shield(access).await?;
                if shield.person(self.raw_person(person).await?, access).is_none() {
                    return Err($crate::StoreError::NotFound { kind: "person", id: person.to_string() });
                }
                let rows: Vec<FactJoinRow> = sqlx::query_as(concat!(
                    $crate::fact_columns!(),
                    " WHERE f.person_id = $1 OR f.person_id IN (SELECT id FROM persons WHERE merged_into = $2) ORDER BY f.date_first, f.id",
                ))
                .bind(person.to_string())
                .bind(person.to_string())
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                let mut out = Vec::with_capacity(rows.len());
                for row in rows {
                    out.extend(shield.fact(Self::stored_fact(row)?));
                }
                Ok(out)
            }

            async fn custody_events(&self, access: amparo_domain::Access) -> Result<Vec<(amparo_domain::PersonId, amparo_domain::CustodyEvent)>, $crate::StoreError> {
                // One row per person, its custody facts aggregated into a JSON array: the
                // per-row cost of the driver, not the bytes, dominates a million-fact read.
                let mut rows: Vec<(String, String)> = sqlx::query_as(concat!(
                    "SELECT person_id, '[' || ", $agg, "(custody, ',') || ']' FROM facts WHERE custody IS NOT NULL GROUP BY person_id"
                ))
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                let shield = self.shield(access).await?;
                if !shield.is_open() {
                    let hidden: std::collections::HashSet<String> = shield.hidden_ids().into_iter().collect();
                    rows.retain(|(person, _)| !hidden.contains(person));
                }
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
                // Parsing is the work here: it runs on the blocking pool, not on a runtime worker.
                tokio::task::spawn_blocking(move || $crate::sql::custody_rows(rows, &merged, &retracted))
                    .await
                    .map_err($crate::StoreError::database)?
            }

            async fn other_facts(&self, access: amparo_domain::Access) -> Result<Vec<$crate::StoredFact>, $crate::StoreError> {
                let rows: Vec<FactJoinRow> = sqlx::query_as(concat!(
                    $crate::fact_columns!(),
                    " WHERE f.kind NOT IN ('arrest', 'detention', 'transfer', 'release', 're-arrest', 'whereabouts-unknown', \
                     'whereabouts-confirmed', 'death-in-custody', 'measure-imposed', 'measure-lifted')",
                ))
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                self.shielded_facts(rows, access).await
            }

            async fn facilities(&self, _access: amparo_domain::Access) -> Result<Vec<amparo_domain::Facility>, $crate::StoreError> {
                // The gazetteer names places, not people: every role reads it whole.
                self.data_rows("SELECT id, data FROM facilities ORDER BY id", "facility").await
            }

            async fn announcements(&self, access: amparo_domain::Access) -> Result<Vec<amparo_domain::Announcement>, $crate::StoreError> {
                let all: Vec<amparo_domain::Announcement> = self.data_rows("SELECT id, data FROM announcements ORDER BY id", "announcement").await?;
                let shield = self.shield(access).await?;
                Ok(all
                    .into_iter()
                    .map(|mut a| {
                        a.description = a.description.map(|d| shield.text(&d));
                        a
                    })
                    .collect())
            }

            async fn claims(&self, _access: amparo_domain::Access) -> Result<Vec<amparo_domain::AggregateClaim>, $crate::StoreError> {
                // Numbers and who states them: every role reads them whole.
                self.data_rows("SELECT id, data FROM claims ORDER BY id", "claim").await
            }

            async fn audit_log(&self, access: amparo_domain::Access) -> Result<Vec<amparo_domain::AuditEntry>, $crate::StoreError> {
                let entries = self.audit_entries().await?;
                let shield = self.shield(access).await?;
                if shield.is_open() {
                    return Ok(entries);
                }
                let mut hidden_facts = std::collections::HashSet::new();
                for person in shield.hidden_ids() {
                    let ids: Vec<(String,)> = sqlx::query_as("SELECT id FROM facts WHERE person_id = $1")
                        .bind(&person)
                        .fetch_all(&self.pool)
                        .await
                        .map_err(db_err)?;
                    hidden_facts.extend(ids.into_iter().map(|(id,)| id));
                }
                let sources: Vec<amparo_domain::Source> = self.data_rows("SELECT id, data FROM sources", "source").await?;
                let private = sources.iter().filter(|s| s.kind.is_private()).map(|s| s.id.to_string()).collect();
                Ok(shield.audit(entries, &hidden_facts, &private))
            }

            async fn verify(&self) -> Result<$crate::VerifyReport, $crate::StoreError> {
                self.verify_impl(&[]).await
            }
        }
    };
}
