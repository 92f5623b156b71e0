//! The SQLite backend: a single file in WAL mode, SQLite bundled, nothing to install.
//!
//! Opening a registry to read it never writes: [`SqliteStore::open_existing`] neither
//! migrates nor changes the journal mode, so reads answer beside a long import, and a file
//! that cannot be written (a copy on a read-only medium, mode 444, or in a read-only
//! folder) is opened read-only. [`SqliteStore::close`] folds the write-ahead log back into
//! the file after a command that wrote, so that the file alone holds the registry.

use amparo_store::StoreError;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, SqlitePool};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// A registry in one SQLite file.
#[derive(Clone)]
pub struct SqliteStore {
    pool: SqlitePool,
    /// Set by every write through this handle (and its clones).
    written: Arc<AtomicBool>,
    read_only: bool,
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// How a connection treats the file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Created if missing, in WAL mode, schema brought up to date.
    Create,
    /// As it is: nothing written on opening.
    Existing,
    /// Never written: the file or its folder cannot be.
    ReadOnly,
}

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
        let store = Self::connect(options, max_connections, Mode::Create).await?;
        store.run_migrations().await?;
        Ok(store)
    }

    /// Opens the registry at `path` as it is, writing nothing: no migration, no change of
    /// journal mode (the caller checks [`amparo_store::Archive::schema`]). When the file or
    /// its folder cannot be written, the registry is opened read-only.
    pub async fn open_existing(
        path: &Path,
        max_connections: u32,
    ) -> Result<SqliteStore, StoreError> {
        if !path.is_file() {
            return Err(StoreError::NotFound {
                kind: "registry",
                id: path.display().to_string(),
            });
        }
        let options = || SqliteConnectOptions::new().filename(path);
        let first = if writable(path) {
            match Self::connect(options(), max_connections, Mode::Existing).await {
                Ok(store) => return Ok(store),
                Err(e) => Some(e),
            }
        } else {
            None
        };
        // A read-only medium: nothing may be written, not even the shared-memory index.
        // Changes still in the write-ahead log are read only when SQLite may keep its index
        // beside the file; otherwise they would be silently missing.
        let wal = wal_path(path);
        let pending = std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0);
        let read_only = options().read_only(true).immutable(!pending);
        match Self::connect(read_only, max_connections, Mode::ReadOnly).await {
            Ok(store) => Ok(store),
            Err(_) if pending => Err(StoreError::Invalid(format!(
                "{} holds changes not yet written into {}, and they cannot be read here: copy both files to a folder that can be written and open the copy",
                wal.display(),
                path.display()
            ))),
            Err(e) => Err(first.unwrap_or(e)),
        }
    }

    async fn connect(
        options: SqliteConnectOptions,
        max_connections: u32,
        mode: Mode,
    ) -> Result<SqliteStore, StoreError> {
        let mut options = options
            .foreign_keys(true)
            // Whole-registry reads (statuses, reports) go through memory-mapped pages
            // rather than one read call per page.
            .pragma("mmap_size", "4294967296")
            .pragma("cache_size", "-65536")
            // Statement journals of multi-row inserts in memory, not in temporary files.
            .pragma("temp_store", "memory")
            // A writer waits its turn behind another (an import writes for a minute).
            .busy_timeout(std::time::Duration::from_secs(600));
        if mode == Mode::Create {
            // The journal mode is kept by the file: set when the registry is made or
            // migrated, never by a command that only reads.
            options = options
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal);
        } else {
            options = options.synchronous(SqliteSynchronous::Normal);
        }
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
            .map_err(db_err)?;
        // Reading the schema now surfaces a file that cannot be opened this way (a folder
        // where the shared-memory index cannot be made) here rather than at the first read.
        sqlx::query("SELECT name FROM sqlite_master LIMIT 1")
            .fetch_optional(&pool)
            .await
            .map_err(db_err)?;
        Ok(SqliteStore {
            pool,
            written: Arc::new(AtomicBool::new(false)),
            read_only: mode == Mode::ReadOnly,
        })
    }

    /// Whether the registry was opened read-only (its file or folder cannot be written).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Ends the use of the registry: after a write, the write-ahead log is folded into the
    /// file and emptied (so that copying the file alone copies the registry), then the
    /// connections close. Another process still reading may keep the log from being
    /// emptied; that is no error (the data is safe in the log, and the next command that
    /// writes empties it).
    pub async fn close(&self) -> Result<(), StoreError> {
        if !self.read_only && amparo_store::Archive::wrote(self) {
            let mut conn = self.pool.acquire().await.map_err(db_err)?;
            // Wait a little for readers of another process, not the ten minutes a writer waits.
            sqlx::query("PRAGMA busy_timeout = 10000")
                .execute(&mut *conn)
                .await
                .map_err(db_err)?;
            let done: Result<(i64, i64, i64), sqlx::Error> =
                sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
                    .fetch_one(&mut *conn)
                    .await;
            match done {
                Ok(_) => {}
                Err(e) => match db_err(e) {
                    StoreError::Busy => {}
                    other => return Err(other),
                },
            }
        }
        self.pool.close().await;
        Ok(())
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

/// The write-ahead log beside a registry file.
pub fn wal_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

/// Whether the registry file and its folder can be written. Permission bits that forbid
/// writing are honoured even for a user who could override them (root): a file marked
/// read-only is treated as read-only.
fn writable(path: &Path) -> bool {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let allows = |p: &Path| std::fs::metadata(p).is_ok_and(|m| !m.permissions().readonly());
    allows(path)
        && allows(folder)
        // Opening for writing writes nothing, and tells what the bits alone do not (a file
        // of another user).
        && std::fs::OpenOptions::new().write(true).open(path).is_ok()
}

amparo_store::impl_sql_store!(
    SqliteStore,
    Sqlite,
    lock_audit = "SELECT 1",
    begin = "BEGIN IMMEDIATE",
    string_agg = "group_concat",
    snapshot = "BEGIN"
);
