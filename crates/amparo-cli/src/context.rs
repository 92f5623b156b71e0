//! What every command needs: the opened registry, who writes, who reads, and today.

use amparo_domain::{Access, PersonId};
use amparo_postgres::PgStore;
use amparo_sqlite::SqliteStore;
use amparo_store::{Store, WriteContext};
use anyhow::{Context as _, Result, bail};
use chrono::NaiveDate;
use std::path::Path;

/// The registry behind `--db`.
pub enum Registry {
    Sqlite(SqliteStore),
    Postgres(PgStore),
}

impl Registry {
    /// Opens `db`: a `postgres://` URL, or a SQLite file path. Unless `create` is set, a
    /// missing SQLite file is an error that says how to create it.
    pub async fn open(db: &str, create: bool) -> Result<Registry> {
        if db.starts_with("postgres://") || db.starts_with("postgresql://") {
            let store = PgStore::connect(db)
                .await
                .context("cannot open the PostgreSQL registry")?;
            return Ok(Registry::Postgres(store));
        }
        let path = Path::new(db.strip_prefix("sqlite://").unwrap_or(db));
        if !create && !path.exists() {
            bail!(
                "no registry at {}: run `amparo init` to create one, or pass --db",
                path.display()
            );
        }
        let store = SqliteStore::open(path)
            .await
            .with_context(|| format!("cannot open the registry {}", path.display()))?;
        Ok(Registry::Sqlite(store))
    }

    pub fn store(&self) -> &dyn Store {
        match self {
            Registry::Sqlite(s) => s,
            Registry::Postgres(s) => s,
        }
    }
}

/// The opened registry and the caller.
pub struct Context {
    pub registry: Registry,
    pub actor: String,
    pub access: Access,
    /// The clock is read once, here, at the edge.
    pub now: chrono::DateTime<chrono::Utc>,
}

impl Context {
    pub fn store(&self) -> &dyn Store {
        self.registry.store()
    }

    pub fn write(&self) -> WriteContext {
        WriteContext::new(&self.actor, self.now)
    }

    pub fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }

    /// `--as-of`, or today.
    pub fn as_of(&self, given: Option<&str>) -> Result<NaiveDate> {
        match given {
            Some(text) => Ok(amparo_domain::date::parse_day(text)?),
            None => Ok(self.today()),
        }
    }
}

/// Parses a person id given on the command line.
pub fn person_id(text: &str) -> Result<PersonId> {
    Ok(PersonId::parse(text)?)
}

/// The actor: `--actor`, else the login name, else "amparo".
pub fn actor(given: Option<String>) -> String {
    given
        .or_else(|| std::env::var("USER").ok())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "amparo".to_owned())
}
