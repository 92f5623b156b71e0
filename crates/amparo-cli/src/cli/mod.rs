//! The command line: every command, its options and the help text that teaches them.

mod accounts;
pub mod help;
mod history;
mod intake;
mod registry;
mod reports;

pub use accounts::*;
pub use history::*;
pub use intake::*;
pub use registry::*;
pub use reports::*;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// amparo: a registry and monitor of political detention.
///
/// Every fact is sourced; a person's custody status is derived from the facts as of any
/// date, with the reasons shown and the conflicts between sources kept visible.
#[derive(Debug, Parser)]
#[command(name = "amparo", version, about, long_about)]
pub struct Cli {
    /// The registry: a SQLite file path, or a postgres:// URL for a shared server.
    #[arg(
        long,
        global = true,
        env = "AMPARO_DATABASE_URL",
        default_value = "amparo.db"
    )]
    pub db: String,
    /// Read as this role, to see what it sees: public, researcher, documenter or admin.
    /// The command line acts as the local admin (whoever holds the registry holds all of
    /// it; writes are recorded as local:$USER); --as only lowers what is read.
    #[arg(
        id = "read_as",
        long = "as",
        global = true,
        env = "AMPARO_ROLE",
        default_value = "admin"
    )]
    pub read_as: String,
    /// The language of messages, help and reports: es or en. Without it, the locale
    /// (LC_ALL, else LC_MESSAGES, else LANG) decides; Spanish when it names neither.
    #[arg(long, global = true, value_parser = ["es", "en"], hide_possible_values = true)]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Creates the registry (or brings it up to date) and loads the facility gazetteer.
    Init,
    /// Brings the registry's schema up to date.
    Migrate,
    /// Builds a registry of invented people from the bundled demo file and prints the
    /// status as of a date: the quickest way to see what amparo does.
    Demo {
        /// The demo registry to (re)create.
        #[arg(long, default_value = "amparo-demo.db")]
        out: PathBuf,
        /// The date to count as of.
        #[arg(long, default_value = "2026-01-09")]
        as_of: String,
        #[arg(long)]
        json: bool,
    },
    /// Sources: the documents facts come from.
    #[command(subcommand)]
    Source(SourceCommand),
    /// Persons: who is or was held.
    #[command(subcommand)]
    Person(PersonCommand),
    /// Facts: sourced assertions about a person (arrests, transfers, releases...).
    #[command(subcommand)]
    Fact(FactCommand),
    /// Facilities: the gazetteer of places of detention and their aliases.
    #[command(subcommand)]
    Facility(FacilityCommand),
    /// Counts that matter, as of any date: balance, period, series, claims.
    #[command(subcommand)]
    Report(ReportCommand),
    /// Announcements of releases and numbers sources claim, to set beside our counts.
    #[command(subcommand)]
    Claim(ClaimCommand),
    /// Announced release waves: list and withdraw them (record them with `claim announce`).
    #[command(subcommand)]
    Announcement(AnnouncementCommand),
    /// Imports a list (CSV in any delimiter and encoding, XLSX, ODS, JSON, JSONL): every row
    /// becomes a new person, is matched to a known one, is queued for review (uncertain
    /// match), or is rejected with its line and reason.
    Import(Import),
    /// Identity resolution over person lists, without a registry.
    #[command(subcommand)]
    Resolve(ResolveCommand),
    /// Reads a news text (Spanish or English) and prints what it says: persons, events
    /// with their sentences, counts. Writes nothing.
    Extract {
        /// The text file, or - for standard input.
        file: PathBuf,
        /// The publication date, which relative dates ("on Thursday") resolve against.
        #[arg(long)]
        published: Option<String>,
        /// The text's language, es or en; detected when not given.
        #[arg(long)]
        text_lang: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Stores news texts as sources and puts what they say into the review queue, linked
    /// to known persons where identity resolution is confident.
    Ingest(Ingest),
    /// The review queue: nothing machine-made is accepted unreviewed.
    #[command(subcommand)]
    Review(ReviewCommand),
    /// Measures recognition and extraction against gold data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Who is held as of a date, counted by custody state.
    Status {
        /// The date to count as of (YYYY-MM-DD or DD/MM/YYYY); today by default.
        #[arg(long)]
        as_of: Option<String>,
        /// Also list the persons deprived of liberty.
        #[arg(long)]
        list: bool,
        /// Also list every person, whatever their state.
        #[arg(long)]
        all: bool,

        #[arg(long)]
        json: bool,
    },
    /// Recomputes the audit chain and checks every row; exits 1 naming the first entry
    /// that does not match.
    Verify {
        #[arg(long)]
        json: bool,
    },
    /// Writes a consistent copy of a SQLite registry to FILE (VACUUM INTO).
    Backup {
        /// The backup file to create; it must not exist yet.
        file: PathBuf,
    },
    /// Signs a checkpoint of the audit log's head with the registry's key (kept outside the
    /// registry): `verify` then sees entries deleted, the registry emptied or its history
    /// rewritten. Every command that writes signs one when it ends.
    Checkpoint,
    /// The key that signs checkpoints and exports.
    #[command(subcommand)]
    Key(KeyCommand),
    /// Writes the whole registry as JSON Lines (every row as stored, originals in base64,
    /// the audit log) with a manifest of hashes; admins only.
    Export(Export),
    /// Checks an export with the public key of the registry that signed it: the signature,
    /// every line, the audit chain and every row. Needs no registry; exits 1 naming what
    /// does not match.
    VerifyExport(VerifyExport),
    /// Restores a backup or an export into a new, empty registry (either backend), the
    /// audit log exactly as it was; admins only.
    Restore(Restore),
    /// Serves the family lookup, the public counts and the JSON API over HTTP.
    Serve(Serve),
    /// The server's configuration file.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Accounts of the people who sign in to the workspace (admins only).
    #[command(subcommand)]
    User(UserCommand),
    /// API tokens for programs, each bound to a role (admins only).
    #[command(subcommand)]
    Token(TokenCommand),
    /// The audit log: who changed what, when and why.
    Log {
        /// Show only the last N entries.
        #[arg(long, default_value_t = 20)]
        last: usize,
        #[arg(long)]
        json: bool,
    },
}

/// `amparo serve`.
#[derive(Debug, clap::Args)]
pub struct Serve {
    /// The address to listen on (overrides the configuration's `listen`).
    #[arg(long)]
    pub listen: Option<std::net::SocketAddr>,
    /// A TOML configuration file (see `amparo config print-default`); AMPARO_* variables
    /// override it.
    #[arg(long, env = "AMPARO_CONFIG")]
    pub config: Option<PathBuf>,
    /// Serve a demonstration registry of invented people, plus the facts of the January
    /// 2026 article in ../shared/corpus when it is there, in a fresh temporary SQLite file.
    #[arg(long)]
    pub demo: bool,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Prints the default configuration, every setting commented.
    PrintDefault,
}
