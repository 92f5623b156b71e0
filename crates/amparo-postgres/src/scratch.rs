//! A fresh database for one test, on the server at `AMPARO_TEST_DATABASE_URL` (default: the
//! local server, user postgres). Without a server the test says it was skipped; in CI
//! (`CI` set) a missing server fails it, so the PostgreSQL tests cannot pass by not running.

use crate::PgStore;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The server tests make their databases on.
pub fn server_url() -> String {
    std::env::var("AMPARO_TEST_DATABASE_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned())
}

/// An empty database of its own, dropped by [`ScratchDatabase::remove`].
pub struct ScratchDatabase {
    admin: PgStore,
    base: String,
    name: String,
}

impl ScratchDatabase {
    /// Makes an empty database named after `purpose`; `None` (having said why) when no
    /// server answers outside CI.
    ///
    /// # Panics
    /// In CI, when the server cannot be reached or the database cannot be made.
    #[allow(clippy::panic)]
    pub async fn create(purpose: &str) -> Option<ScratchDatabase> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let base = server_url();
        let admin = match PgStore::connect_admin(&format!("{base}/postgres")).await {
            Ok(admin) => admin,
            Err(e) if std::env::var_os("CI").is_none() => {
                eprintln!(
                    "SKIPPED: PostgreSQL {purpose} test: no server at {base} ({e}); set AMPARO_TEST_DATABASE_URL or start PostgreSQL"
                );
                return None;
            }
            Err(e) => panic!("PostgreSQL is required in CI but {base} is unreachable: {e}"),
        };
        // Tests of one process, and processes, run side by side.
        let name = format!(
            "amparo_{purpose}_{}_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_micros())
        );
        if let Err(e) = admin.execute_raw(&format!("CREATE DATABASE {name}")).await {
            panic!("cannot create the test database {name}: {e}");
        }
        Some(ScratchDatabase { admin, base, name })
    }

    /// The database's URL.
    pub fn url(&self) -> String {
        format!("{}/{}", self.base, self.name)
    }

    /// Drops the database (closing what is still connected to it).
    ///
    /// # Panics
    /// When the server refuses to drop it.
    #[allow(clippy::panic)]
    pub async fn remove(&self) {
        let drop = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        if let Err(e) = self.admin.execute_raw(&drop).await {
            panic!("cannot drop the test database {}: {e}", self.name);
        }
        self.admin.close().await;
    }
}
