//! The SQLite backend: a single file in WAL mode, SQLite bundled, nothing to install.

use amparo_store::StoreError;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool};
use std::path::Path;

/// A registry in one SQLite file.
#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

impl SqliteStore {
    /// Opens (creating if needed) the registry at `path` and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true);
        Self::connect(options).await
    }

    async fn connect(options: SqliteConnectOptions) -> Result<SqliteStore, StoreError> {
        let options = options
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            // Whole-registry reads (statuses, reports) go through memory-mapped pages
            // rather than one read call per page.
            .pragma("mmap_size", "4294967296")
            .pragma("cache_size", "-65536")
            .busy_timeout(std::time::Duration::from_secs(10));
        // One connection: SQLite has one writer anyway, and overlapping whole-registry
        // reads only made them compete for the two cores (measured).
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .map_err(|e| StoreError::Database(e.to_string()))?;
        let store = SqliteStore { pool };
        store.run_migrations().await?;
        Ok(store)
    }

    /// Writes a consistent copy of the registry to `target` (SQLite's `VACUUM INTO`).
    pub async fn backup(&self, target: &Path) -> Result<(), StoreError> {
        if target.exists() {
            return Err(StoreError::Rejected(format!(
                "{} already exists: choose a new file for the backup",
                target.display()
            )));
        }
        let target = target
            .to_str()
            .ok_or_else(|| StoreError::Rejected("the backup path must be valid UTF-8".into()))?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }
}

amparo_store::impl_sql_store!(
    SqliteStore,
    Sqlite,
    lock_audit = "SELECT 1",
    string_agg = "group_concat"
);
