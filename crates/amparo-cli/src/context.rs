//! What every command needs: the application over the opened registry, the actor, the
//! language it speaks, and the parsing of what the command line names (dates, ids).

use amparo_app::{Actor, App, OpenOptions, SystemClock};
use amparo_domain::{Access, PersonId};
use amparo_i18n::Lang;
use anyhow::Result;
use chrono::NaiveDate;
use std::sync::Arc;

/// The opened registry, who acts, and the language of what is printed.
pub struct Context {
    pub app: App,
    pub actor: Actor,
    pub lang: Lang,
}

impl Context {
    /// Opens `db` for the local user, reading as `access` at most, speaking `lang`.
    pub async fn open(db: &str, create: bool, access: Access, lang: Lang) -> Result<Context> {
        let options = OpenOptions {
            create,
            // The signing key, when it is not the file beside a SQLite registry.
            key: std::env::var_os("AMPARO_KEY").map(std::path::PathBuf::from),
            ..OpenOptions::default()
        };
        let app = App::open(db, &options, Arc::new(SystemClock))
            .await
            .map_err(|e| match e.kind() {
                // Only a missing file calls for `init` (not a read-only copy that cannot be read).
                amparo_app::ErrorKind::Invalid
                    if !create
                        && !amparo_app::backend::is_postgres(db)
                        && !std::path::Path::new(db.strip_prefix("sqlite://").unwrap_or(db))
                            .exists() =>
                {
                    let args = amparo_i18n::Args::new().text("message", e.to_string());
                    anyhow::anyhow!(amparo_i18n::t(lang, "cli-no-registry", &args))
                }
                _ => anyhow::Error::new(e),
            })?;
        Ok(Context {
            app,
            actor: local_actor().reading_as(access),
            lang,
        })
    }

    /// `--as-of`, or today.
    pub fn as_of(&self, given: Option<&str>) -> Result<NaiveDate> {
        match given {
            Some(text) => Ok(amparo_domain::date::parse_day(text)?),
            None => Ok(self.app.today()),
        }
    }
}

/// The local user: whoever can open the registry holds all of it, so the command line acts
/// as an admin, named by the login.
pub fn local_actor() -> Actor {
    let login = std::env::var("USER")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "amparo".to_owned());
    Actor::local(&login)
}

impl Context {
    /// The person the command line names: an id or a unique beginning of it, a national id,
    /// or an exact name.
    pub async fn person(&self, text: &str) -> Result<PersonId> {
        Ok(self.app.person_ref(&self.actor, text).await?)
    }
}
