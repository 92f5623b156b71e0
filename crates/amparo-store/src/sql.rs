//! The SQL both backends run, written once. This is the one reviewed module where the
//! statements live: static text with bound values, never values formatted into SQL.
//!
//! SQLite and PostgreSQL read the same statements: `$N` placeholders (sqlx's SQLite driver
//! binds `$N` by number), TEXT for ids, dates and JSON, BIGINT/INTEGER for numbers. The
//! macros expand inside each backend crate, over its own pool type, so that each backend
//! keeps sqlx's native driver (and its speed) without a second copy of the queries.

mod accounts;
mod batch;
mod changes;
mod checker;
mod export;
mod provenance;
mod reads;
mod restore;
pub mod verify;
mod writes;

/// Parses the aggregated custody rows (person id, JSON array of custody events) into events,
/// on both cores: parsing, not the database, is most of a whole-registry read.
pub fn custody_rows(
    rows: Vec<(String, String)>,
    merged: &std::collections::HashMap<String, String>,
    retracted: &std::collections::HashSet<String>,
) -> Result<Vec<(amparo_domain::PersonId, amparo_domain::CustodyEvent)>, crate::StoreError> {
    use rayon::prelude::*;
    let per_person: Vec<Vec<(amparo_domain::PersonId, amparo_domain::CustodyEvent)>> = rows
        .par_iter()
        .map(|(person, facts)| {
            let events: Vec<amparo_domain::CustodyEvent> =
                crate::rows::from_json("person's facts", person, facts)?;
            let canonical = merged.get(person).unwrap_or(person);
            let id = amparo_domain::PersonId::parse(canonical).map_err(|e| {
                crate::StoreError::Corrupt {
                    kind: "person",
                    id: person.clone(),
                    reason: e.to_string(),
                }
            })?;
            Ok(events
                .into_iter()
                .map(|mut e| {
                    e.retracted = !retracted.is_empty() && retracted.contains(&e.fact.to_string());
                    (id, e)
                })
                .collect())
        })
        .collect::<Result<_, crate::StoreError>>()?;
    Ok(per_person.into_iter().flatten().collect())
}

/// Escapes `%`, `_` and `\` in text that goes into a `LIKE` pattern (with `ESCAPE '\'`).
pub fn like_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The select list of a fact joined with its retraction, for the reads that return facts.
#[macro_export]
macro_rules! fact_columns {
    () => {
        "SELECT f.id, f.person_id, f.kind, f.date, f.date_first, f.verification, f.review, f.supersedes, f.data, r.data \
         FROM facts f LEFT JOIN retractions r ON r.id = f.id"
    };
}

/// Implements [`crate::Store`] for a backend type with a `pool` field and a `written` flag
/// (`Arc<AtomicBool>`, set by every write), given its sqlx database type, the statement
/// that takes the audit log's write lock, the statement that begins a write transaction,
/// the name of its string aggregate taking (text, separator): `group_concat` or
/// `string_agg`, and the statement that begins a read of one consistent snapshot (for
/// exports). The backend crate defines `static MIGRATOR` (its own migrations folder).
#[macro_export]
macro_rules! impl_sql_store {
    ($store:ty, $db:ty, lock_audit = $lock:expr, begin = $begin:expr, string_agg = $agg:literal, snapshot = $snapshot:expr) => {
        $crate::sql_writes!($store, $db, $lock, $begin);
        $crate::sql_changes!($store, $db);
        $crate::sql_batch!($store, $db);
        $crate::sql_reads!($store, $db, $agg);
        $crate::sql_archive!($store, $db, $snapshot);
        $crate::sql_restore!($store, $db);
        $crate::sql_accounts!($store, $db);
        $crate::sql_provenance!($store, $db);

        impl $store {
            /// Runs one raw statement: for tests that play the attacker, and repairs by hand.
            #[doc(hidden)]
            pub async fn execute_raw(&self, sql: &str) -> Result<(), $crate::StoreError> {
                sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                    .execute(&self.pool)
                    .await
                    .map(|_| ())
                    .map_err(db_err)
            }

            /// Applies the backend's migrations, then fills derived columns older rows lack.
            async fn run_migrations(&self) -> Result<(), $crate::StoreError> {
                self.written
                    .store(true, std::sync::atomic::Ordering::Relaxed);
                MIGRATOR
                    .run(&self.pool)
                    .await
                    .map_err(|e| $crate::StoreError::Migration(Box::new(e)))?;
                self.backfill().await
            }
        }
        $crate::sql_verify!($store, $db);
    };
}
