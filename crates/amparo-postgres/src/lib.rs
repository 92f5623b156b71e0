//! The PostgreSQL backend, for an organisation that runs a shared server with several app
//! instances. Writes take a lock on the audit log so that the hash chain stays linear.

#[doc(hidden)]
pub mod scratch;

use amparo_store::StoreError;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{PgPool, Postgres};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// A registry in a PostgreSQL database.
#[derive(Clone)]
pub struct PgStore {
    pool: PgPool,
    /// Set by every write through this handle (and its clones).
    written: Arc<AtomicBool>,
}

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

impl PgStore {
    /// Connects to `url` (`postgres://user@host/db`) and brings the schema up to date.
    pub async fn connect(url: &str) -> Result<PgStore, StoreError> {
        Self::connect_with(url, 0).await
    }

    /// [`PgStore::connect`] with at most `max_connections` connections (0: the default,
    /// eight), for servers that answer many readers at once.
    pub async fn connect_with(url: &str, max_connections: u32) -> Result<PgStore, StoreError> {
        let store = Self::connect_existing(url, max_connections).await?;
        store.run_migrations().await?;
        Ok(store)
    }

    /// Connects without migrating, writing nothing (the caller checks
    /// [`amparo_store::Archive::schema`]): a command that only reads never changes the schema.
    pub async fn connect_existing(url: &str, max_connections: u32) -> Result<PgStore, StoreError> {
        let options = PgConnectOptions::from_str(url).map_err(StoreError::database)?;
        let pool = PgPoolOptions::new()
            .max_connections(if max_connections == 0 {
                8
            } else {
                max_connections
            })
            .acquire_timeout(std::time::Duration::from_secs(5))
            .connect_with(options)
            .await
            .map_err(StoreError::database)?;
        Ok(PgStore {
            pool,
            written: Arc::new(AtomicBool::new(false)),
        })
    }

    /// Connects without migrating: for administrative statements (creating test databases).
    #[doc(hidden)]
    pub async fn connect_admin(url: &str) -> Result<PgStore, StoreError> {
        let options = PgConnectOptions::from_str(url).map_err(StoreError::database)?;
        let pool = PgPoolOptions::new()
            .max_connections(1)
            .acquire_timeout(std::time::Duration::from_secs(5))
            .connect_with(options)
            .await
            .map_err(StoreError::database)?;
        Ok(PgStore {
            pool,
            written: Arc::new(AtomicBool::new(false)),
        })
    }

    /// Closes the connections (tests drop their database afterwards).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

amparo_store::impl_sql_store!(
    PgStore,
    Postgres,
    lock_audit = "LOCK TABLE audit IN SHARE ROW EXCLUSIVE MODE",
    begin = "BEGIN",
    string_agg = "string_agg",
    snapshot = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
);
