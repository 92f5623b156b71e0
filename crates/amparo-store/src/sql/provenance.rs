//! [`crate::provenance::Provenance`] in SQL: the `fact_sources` and `audit_entity` indexes
//! of migration 8 answer it.

/// The provenance half of the shared SQL implementation.
#[macro_export]
macro_rules! sql_provenance {
    ($store:ty, $db:ty) => {
        #[async_trait::async_trait]
        impl $crate::provenance::Provenance for $store {
            async fn facts_citing(
                &self,
                source: amparo_domain::SourceId,
                access: amparo_domain::Access,
            ) -> Result<Vec<$crate::StoredFact>, $crate::StoreError> {
                let rows: Vec<FactJoinRow> = sqlx::query_as(concat!(
                    $crate::fact_columns!(),
                    " JOIN fact_sources s ON s.fact_id = f.id WHERE s.source_id = $1 ORDER BY f.date_first, f.id",
                ))
                .bind(source.to_string())
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                self.shielded_facts(rows, access).await
            }

            async fn audit_page(
                &self,
                access: amparo_domain::Access,
                limit: u64,
                offset: u64,
            ) -> Result<(Vec<amparo_domain::AuditEntry>, u64), $crate::StoreError> {
                if !access.sees_restricted() {
                    // What such a role may see depends on every hidden person's facts: the
                    // filter of the whole log decides, a page is cut from it.
                    let log = $crate::Store::audit_log(self, access).await?;
                    let total = log.len() as u64;
                    let page = log
                        .into_iter()
                        .rev()
                        .skip(usize::try_from(offset).unwrap_or(usize::MAX))
                        .take(usize::try_from(limit).unwrap_or(usize::MAX))
                        .collect();
                    return Ok((page, total));
                }
                let (total,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit")
                    .fetch_one(&self.pool)
                    .await
                    .map_err(db_err)?;
                let rows: Vec<AuditRow> = sqlx::query_as(
                    "SELECT seq, at, actor, action, entity, entity_id, reason, content_hash, prev_hash, hash \
                     FROM audit ORDER BY seq DESC LIMIT $1 OFFSET $2",
                )
                .bind(i64::try_from(limit).unwrap_or(i64::MAX))
                .bind(i64::try_from(offset).unwrap_or(i64::MAX))
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
                let page = $crate::sql::verify::parse_audit_rows(rows)?;
                Ok((page, u64::try_from(total).unwrap_or(0)))
            }

            async fn first_actors(
                &self,
                kind: amparo_domain::EntityKind,
                ids: &[String],
                access: amparo_domain::Access,
            ) -> Result<std::collections::HashMap<String, String>, $crate::StoreError> {
                let mut found = std::collections::HashMap::new();
                if !access.sees_restricted() || ids.is_empty() {
                    return Ok(found);
                }
                for chunk in ids.chunks(500) {
                    let mut qb = sqlx::QueryBuilder::<$db>::new("SELECT entity_id, actor FROM audit WHERE entity = ");
                    qb.push_bind(kind.as_str().to_owned());
                    qb.push(" AND entity_id IN (");
                    let mut list = qb.separated(", ");
                    for id in chunk {
                        list.push_bind(id.clone());
                    }
                    qb.push(") ORDER BY seq");
                    let rows: Vec<(String, String)> = qb.build_query_as().fetch_all(&self.pool).await.map_err(db_err)?;
                    for (id, actor) in rows {
                        found.entry(id).or_insert(actor);
                    }
                }
                Ok(found)
            }
        }
    };
}
