//! Opening a registry: a SQLite file (the default, nothing to install) or a PostgreSQL
//! database by URL. What only one backend does (SQLite's backup copy) is here too.

use crate::{AppError, AppResult};
use amparo_postgres::PgStore;
use amparo_sqlite::SqliteStore;
use amparo_store::Store;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How to open a registry.
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// Create a missing SQLite file (and bring the schema up to date).
    pub create: bool,
    /// Connections in the pool (0: the backend's default).
    pub max_connections: u32,
    /// The signing key (`AMPARO_KEY`); by default a SQLite registry's is the file beside it
    /// (`amparo.db.key`), and a PostgreSQL registry has none unless it is given.
    pub key: Option<PathBuf>,
}

/// The opened backend.
#[derive(Clone)]
pub enum Backend {
    Sqlite { store: SqliteStore, path: PathBuf },
    Postgres(PgStore),
}

impl Backend {
    /// Opens `db`: a `postgres://` URL, or a SQLite file path. Unless `create` is set, a
    /// missing SQLite file is an error that says so. A password in the URL never appears
    /// in an error.
    pub async fn open(db: &str, options: &OpenOptions) -> AppResult<Backend> {
        if is_postgres(db) {
            let connected = if options.create {
                PgStore::connect_with(db, options.max_connections).await
            } else {
                PgStore::connect_existing(db, options.max_connections).await
            };
            let store = connected.map_err(|e| {
                AppError::Invalid(format!(
                    "cannot open the PostgreSQL registry {}: {}",
                    redact_url(db),
                    redact_url(&error_chain(&e))
                ))
            })?;
            return Ok(Backend::Postgres(store));
        }
        let path = PathBuf::from(db.strip_prefix("sqlite://").unwrap_or(db));
        if !options.create && !path.exists() {
            return Err(AppError::Invalid(format!(
                "no registry at {}",
                path.display()
            )));
        }
        // Only the commands that create or migrate write on opening; the others open the
        // file as it is (read-only when it cannot be written).
        let opened = if options.create {
            SqliteStore::open_with(&path, options.max_connections).await
        } else {
            SqliteStore::open_existing(&path, options.max_connections).await
        };
        let store = opened.map_err(|e| {
            AppError::Invalid(format!(
                "cannot open the registry {}: {}",
                path.display(),
                error_chain(&e)
            ))
        })?;
        Ok(Backend::Sqlite { store, path })
    }

    /// The store behind the backend.
    pub fn store(&self) -> Arc<dyn Store> {
        match self {
            Backend::Sqlite { store, .. } => Arc::new(store.clone()),
            Backend::Postgres(store) => Arc::new(store.clone()),
        }
    }

    /// Where the signing key and checkpoint file of this registry are, if it has any.
    pub fn key_files(&self, options: &OpenOptions) -> Option<crate::keys::KeyFiles> {
        match (&options.key, self) {
            (Some(key), _) => Some(crate::keys::KeyFiles::new(key.clone())),
            (None, Backend::Sqlite { path, .. }) => Some(crate::keys::KeyFiles::beside(path)),
            (None, Backend::Postgres(_)) => None,
        }
    }

    /// Ends the use of the registry (on SQLite, the write-ahead log folded into the file
    /// after a write), closing the connections.
    pub async fn close(&self) -> AppResult<()> {
        match self {
            Backend::Sqlite { store, .. } => Ok(store.close().await?),
            Backend::Postgres(store) => {
                store.close().await;
                Ok(())
            }
        }
    }

    /// Writes a consistent copy of a SQLite registry to `target`.
    pub async fn backup(&self, target: &Path) -> AppResult<()> {
        match self {
            Backend::Sqlite { store, .. } => Ok(store.backup(target).await?),
            Backend::Postgres(_) => Err(AppError::Invalid(
                "backup copies a SQLite registry; for PostgreSQL use pg_dump".into(),
            )),
        }
    }
}

/// Whether `db` names a PostgreSQL database.
pub fn is_postgres(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// An error and its causes, joined.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        text.push_str(": ");
        text.push_str(&c.to_string());
        cause = c.source();
    }
    text
}

/// Any `scheme://user:password@host` in `text` with the password replaced by `***`
/// (issue 14: `--db postgres://user:password@…` printed the password).
pub fn redact_url(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let (head, tail) = rest.split_at(at + 3);
        out.push_str(head);
        let end = tail
            .find(|c: char| c.is_whitespace() || c == '/' || c == '"' || c == '\'')
            .unwrap_or(tail.len());
        let authority = &tail[..end];
        match authority.rfind('@') {
            Some(a) => {
                let userinfo = &authority[..a];
                match userinfo.find(':') {
                    Some(c) => {
                        out.push_str(&userinfo[..c]);
                        out.push_str(":***");
                    }
                    None => out.push_str(userinfo),
                }
                out.push_str(&authority[a..]);
            }
            None => out.push_str(authority),
        }
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_leave_a_url() {
        assert_eq!(
            redact_url("cannot reach postgres://amparo:s3cr3t@db.example:5432/amparo now"),
            "cannot reach postgres://amparo:***@db.example:5432/amparo now"
        );
        assert_eq!(
            redact_url("postgres://amparo@db/x"),
            "postgres://amparo@db/x"
        );
        assert_eq!(redact_url("no url here"), "no url here");
        assert_eq!(
            redact_url("postgresql://u:p@h postgres://v:q@i/d"),
            "postgresql://u:***@h postgres://v:***@i/d"
        );
    }
}
