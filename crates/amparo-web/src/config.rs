//! The server's configuration: a TOML file, then `AMPARO_*` variables over it, then the
//! command line over both. Unknown keys are refused, so a misspelt setting is an error
//! rather than a default silently kept. The database URL's password never reaches `Debug`.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::net::SocketAddr;
use thiserror::Error;

/// Why the configuration could not be read.
#[derive(Debug, Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read the configuration file {path}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The file is not valid TOML, or has an unknown key or a value of the wrong kind.
    #[error("the configuration file {path} is not valid: {message}")]
    Parse { path: String, message: String },
    /// A variable holds a value that does not parse.
    #[error("the variable {name} is not valid: {message}")]
    Variable { name: String, message: String },
}

/// Everything `amparo serve` can be told.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The address to listen on.
    pub listen: SocketAddr,
    /// The registry: a SQLite path or a postgres:// URL; the command line's --db when empty.
    pub database: String,
    /// How families reach the organisation, shown when a search finds nobody.
    pub contact: String,
    /// Served behind TLS (by a proxy): send Strict-Transport-Security.
    pub behind_tls: bool,
    /// Take the client's address from the last X-Forwarded-For entry (behind a proxy that
    /// sets it); otherwise the connection's address is the client.
    pub trust_forwarded_for: bool,
    /// Requests per minute a client may make (0 turns the limit off).
    pub rate_limit_per_minute: u32,
    /// Requests a client may make at once before the per-minute pace applies.
    pub rate_limit_burst: u32,
    /// A request taking longer is answered 408.
    pub request_timeout_seconds: u64,
    /// The largest request body accepted from the public.
    pub max_body_bytes: usize,
    /// The largest body of signed-in work: a list uploaded or a news text pasted in the
    /// workspace, or sent by a program with a token.
    pub max_upload_bytes: usize,
    /// Seconds before signed-in work is abandoned (importing a long list takes a while).
    pub work_timeout_seconds: u64,
    /// How often to look for changes to rebuild the public lookup index.
    pub lookup_refresh_seconds: u64,
    /// Show the "demonstration data" banner on every page.
    pub demo: bool,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            database: String::new(),
            contact: String::new(),
            behind_tls: false,
            trust_forwarded_for: false,
            rate_limit_per_minute: 120,
            rate_limit_burst: 40,
            request_timeout_seconds: 10,
            max_body_bytes: 16 * 1024,
            max_upload_bytes: 64 * 1024 * 1024,
            work_timeout_seconds: 600,
            lookup_refresh_seconds: 2,
            demo: false,
        }
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("listen", &self.listen)
            .field("database", &amparo_app::redact_url(&self.database))
            .field("contact", &self.contact)
            .field("behind_tls", &self.behind_tls)
            .field("trust_forwarded_for", &self.trust_forwarded_for)
            .field("rate_limit_per_minute", &self.rate_limit_per_minute)
            .field("rate_limit_burst", &self.rate_limit_burst)
            .field("request_timeout_seconds", &self.request_timeout_seconds)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("max_upload_bytes", &self.max_upload_bytes)
            .field("work_timeout_seconds", &self.work_timeout_seconds)
            .field("lookup_refresh_seconds", &self.lookup_refresh_seconds)
            .field("demo", &self.demo)
            .finish()
    }
}

/// The default configuration as a commented TOML file (`amparo config print-default`).
pub fn default_toml() -> String {
    let d = Config::default();
    format!(
        r#"# amparo serve: every setting, with its default. Each can also be given as an
# AMPARO_* variable (AMPARO_LISTEN, AMPARO_CONTACT, ...), which wins over this file.

# The address to listen on.
listen = "{listen}"
# The registry: a SQLite path or a postgres:// URL. Empty: the command line's --db
# (or AMPARO_DATABASE_URL).
database = ""
# How families reach the organisation: shown whenever a search finds nobody.
contact = ""
# Served behind TLS by a proxy: send Strict-Transport-Security.
behind_tls = {behind_tls}
# Take the client's address from X-Forwarded-For (only behind a proxy that sets it).
trust_forwarded_for = {trust}
# Requests per minute per client (0 turns the limit off), and the burst allowed at once.
rate_limit_per_minute = {rate}
rate_limit_burst = {burst}
# Seconds before a request is abandoned, and the largest request body accepted.
request_timeout_seconds = {timeout}
max_body_bytes = {body}
# The same for signed-in work (list uploads, pasted news, programs with a token).
work_timeout_seconds = {work_timeout}
max_upload_bytes = {upload}
# Seconds between checks for changes to rebuild the public lookup index.
lookup_refresh_seconds = {refresh}
# Show the "demonstration data" banner on every page.
demo = {demo}
"#,
        listen = d.listen,
        behind_tls = d.behind_tls,
        trust = d.trust_forwarded_for,
        rate = d.rate_limit_per_minute,
        burst = d.rate_limit_burst,
        timeout = d.request_timeout_seconds,
        body = d.max_body_bytes,
        work_timeout = d.work_timeout_seconds,
        upload = d.max_upload_bytes,
        refresh = d.lookup_refresh_seconds,
        demo = d.demo,
    )
}

impl Config {
    /// Reads `file` (when given) and then the `AMPARO_*` variables from `vars`.
    pub fn load(
        file: Option<&std::path::Path>,
        vars: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config, ConfigError> {
        let mut config = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
                    path: path.display().to_string(),
                    source,
                })?;
                Config::parse(&text).map_err(|message| ConfigError::Parse {
                    path: path.display().to_string(),
                    message,
                })?
            }
            None => Config::default(),
        };
        config.apply_vars(vars)?;
        Ok(config)
    }

    /// A configuration from TOML text.
    pub fn parse(text: &str) -> Result<Config, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    fn apply_vars(
        &mut self,
        vars: impl IntoIterator<Item = (String, String)>,
    ) -> Result<(), ConfigError> {
        fn parsed<T: std::str::FromStr>(name: &str, value: &str) -> Result<T, ConfigError>
        where
            T::Err: fmt::Display,
        {
            value
                .trim()
                .parse()
                .map_err(|e: T::Err| ConfigError::Variable {
                    name: name.to_owned(),
                    message: e.to_string(),
                })
        }
        for (name, value) in vars {
            match name.as_str() {
                "AMPARO_LISTEN" => self.listen = parsed(&name, &value)?,
                "AMPARO_CONTACT" => self.contact = value,
                "AMPARO_BEHIND_TLS" => self.behind_tls = parsed(&name, &value)?,
                "AMPARO_TRUST_FORWARDED_FOR" => self.trust_forwarded_for = parsed(&name, &value)?,
                "AMPARO_RATE_LIMIT_PER_MINUTE" => {
                    self.rate_limit_per_minute = parsed(&name, &value)?
                }
                "AMPARO_RATE_LIMIT_BURST" => self.rate_limit_burst = parsed(&name, &value)?,
                "AMPARO_REQUEST_TIMEOUT_SECONDS" => {
                    self.request_timeout_seconds = parsed(&name, &value)?
                }
                "AMPARO_MAX_BODY_BYTES" => self.max_body_bytes = parsed(&name, &value)?,
                "AMPARO_MAX_UPLOAD_BYTES" => self.max_upload_bytes = parsed(&name, &value)?,
                "AMPARO_WORK_TIMEOUT_SECONDS" => self.work_timeout_seconds = parsed(&name, &value)?,
                "AMPARO_LOOKUP_REFRESH_SECONDS" => {
                    self.lookup_refresh_seconds = parsed(&name, &value)?
                }
                "AMPARO_DEMO" => self.demo = parsed(&name, &value)?,
                _ => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_default_reads_back_as_the_default() {
        assert_eq!(Config::parse(&default_toml()).unwrap(), Config::default());
    }

    #[test]
    fn unknown_keys_are_refused_and_variables_win() {
        let err = Config::parse("listen = \"127.0.0.1:9\"\nlisten_port = 3\n").unwrap_err();
        assert!(err.contains("listen_port"), "{err}");
        let mut c = Config::parse("contact = \"a@b.example\"").unwrap();
        c.apply_vars([
            ("AMPARO_CONTACT".to_owned(), "c@d.example".to_owned()),
            ("AMPARO_RATE_LIMIT_PER_MINUTE".to_owned(), "0".to_owned()),
        ])
        .unwrap();
        assert_eq!(c.contact, "c@d.example");
        assert_eq!(c.rate_limit_per_minute, 0);
        assert!(
            c.apply_vars([("AMPARO_LISTEN".to_owned(), "nowhere".to_owned())])
                .is_err()
        );
    }

    #[test]
    fn the_database_password_never_reaches_debug() {
        let c = Config {
            database: "postgres://amparo:s3cret@db/amparo".into(),
            ..Config::default()
        };
        assert!(!format!("{c:?}").contains("s3cret"));
    }
}
