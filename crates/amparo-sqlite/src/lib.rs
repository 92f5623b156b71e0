//! The SQLite backend: a single file in WAL mode, SQLite bundled, nothing to install.

use amparo_store::StoreError;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool};
use std::path::Path;

/// A registry in one SQLite file.
#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// Batches from this many writes on go through the rollback journal (see `bulk_begin`).
    bulk_writes: usize,
}

/// The default of [`SqliteStore::with_bulk_writes`].
const BULK_WRITES: usize = 100_000;

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
            // Statement journals of multi-row inserts in memory, not in temporary files.
            .pragma("temp_store", "memory")
            .busy_timeout(std::time::Duration::from_secs(10));
        // One connection: SQLite has one writer anyway, and overlapping whole-registry
        // reads only made them compete for the two cores (measured).
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(options)
            .await
            .map_err(StoreError::database)?;
        let store = SqliteStore {
            pool,
            bulk_writes: BULK_WRITES,
        };
        store.run_migrations().await?;
        Ok(store)
    }

    /// Before a batch of `writes`: a large one (an import) is written through SQLite's
    /// rollback journal rather than the write-ahead log. In WAL mode every page of a
    /// transaction larger than the page cache is written twice (spilled into the log, then
    /// copied by the checkpoint) and each page read back is first searched for in the log:
    /// that was over a quarter of a million-row import (measured with perf). The rollback
    /// journal keeps the batch atomic; it only needs the file to itself, so while another
    /// connection has it open the batch stays in WAL mode. Returns whether it switched.
    async fn bulk_begin(&self, writes: usize) -> Result<bool, StoreError> {
        if writes < self.bulk_writes {
            return Ok(false);
        }
        let mode: Result<(String,), _> = sqlx::query_as("PRAGMA journal_mode = DELETE")
            .fetch_one(&self.pool)
            .await;
        Ok(matches!(mode, Ok((m,)) if m.eq_ignore_ascii_case("delete")))
    }

    /// After the batch: back to WAL mode, which readers beside a writer need.
    async fn bulk_end(&self, switched: bool) -> Result<(), StoreError> {
        if switched {
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&self.pool)
                .await
                .map_err(db_err)?;
        }
        Ok(())
    }

    /// Sets the size from which a batch is written through the rollback journal: tests
    /// exercise the bulk path without writing a hundred thousand rows.
    #[doc(hidden)]
    pub fn with_bulk_writes(mut self, writes: usize) -> SqliteStore {
        self.bulk_writes = writes;
        self
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
