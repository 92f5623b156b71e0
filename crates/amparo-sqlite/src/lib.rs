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
        Self::open_with(path, 0).await
    }

    /// [`SqliteStore::open`] with at most `max_connections` connections (0: the default,
    /// four). In WAL mode readers do not wait for the writer, so a server answers reads on
    /// several connections while one of them writes.
    pub async fn open_with(path: &Path, max_connections: u32) -> Result<SqliteStore, StoreError> {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true);
        Self::connect(options, max_connections).await
    }

    async fn connect(
        options: SqliteConnectOptions,
        max_connections: u32,
    ) -> Result<SqliteStore, StoreError> {
        let options = options
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            // Whole-registry reads (statuses, reports) go through memory-mapped pages
            // rather than one read call per page.
            .pragma("mmap_size", "4294967296")
            .pragma("cache_size", "-65536")
            // Statement journals of multi-row inserts in memory, not in temporary files.
            .pragma("temp_store", "memory")
            // A writer waits its turn behind another (an import writes for a minute).
            .busy_timeout(std::time::Duration::from_secs(600));
        // Connections open as they are needed: a command that reads and writes in turn
        // keeps one, a server several.
        let pool = SqlitePoolOptions::new()
            .max_connections(if max_connections == 0 {
                4
            } else {
                max_connections
            })
            .connect_with(options)
            .await
            .map_err(StoreError::database)?;
        let store = SqliteStore { pool };
        store.run_migrations().await?;
        Ok(store)
    }

    /// The journal mode the registry file is in (`wal` between batches).
    #[doc(hidden)]
    pub async fn journal_mode(&self) -> Result<String, StoreError> {
        let (mode,): (String,) = sqlx::query_as("PRAGMA journal_mode")
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(mode)
    }

    /// Writes a consistent copy of the registry to `target` (SQLite's `VACUUM INTO`).
    pub async fn backup(&self, target: &Path) -> Result<(), StoreError> {
        if target.exists() {
            return Err(StoreError::Conflict(format!(
                "{} already exists: choose a new file for the backup",
                target.display()
            )));
        }
        let target = target
            .to_str()
            .ok_or_else(|| StoreError::Invalid("the backup path must be valid UTF-8".into()))?;
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
    begin = "BEGIN IMMEDIATE",
    string_agg = "group_concat"
);
