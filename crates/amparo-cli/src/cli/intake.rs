//! Arguments of the commands that bring material in: import, ingest, review, eval, resolve.

use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct Ingest {
    /// One or more text files (UTF-8).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long)]
    pub publisher: String,
    /// YYYY-MM-DD: relative dates in the text resolve against it.
    #[arg(long)]
    pub published: String,
    #[arg(long)]
    pub url: Option<String>,
    /// The kind of source (news-article by default; official-statement, testimony...).
    #[arg(long, default_value = "news-article")]
    pub kind: String,
    /// The texts' language, es or en; detected when not given.
    #[arg(long)]
    pub text_lang: Option<String>,
    /// Accept every proposal that has a date at once, without review. Use with care.
    #[arg(long)]
    pub accept: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ReviewCommand {
    /// Lists proposals (those waiting, unless --state says otherwise).
    List {
        /// proposed, accepted or rejected.
        #[arg(long, default_value = "proposed")]
        state: String,
        #[arg(long)]
        json: bool,
    },
    /// Shows one proposal with its sentence.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Accepts a proposal: the fact (and a new person, if it names one) enters the registry.
    Accept {
        id: String,
        #[arg(long, default_value = "checked against the source")]
        reason: String,
    },
    /// Corrects a proposal and accepts it.
    Edit {
        id: String,
        /// The date, when the text gave none or the wrong one.
        #[arg(long)]
        date: Option<String>,
        /// Attach it to this registry person instead.
        #[arg(long)]
        person: Option<String>,
        /// Another kind of fact (arrest, detention, release...).
        #[arg(long)]
        kind: Option<String>,
        /// For a release: full, conditional, house-arrest or exile.
        #[arg(long)]
        release_kind: Option<String>,
        /// Replaces the release measures; repeatable.
        #[arg(long)]
        measure: Vec<String>,
        #[arg(long)]
        facility: Option<String>,
        /// announced, reported, corroborated or verified.
        #[arg(long)]
        verification: Option<String>,
        #[arg(long, default_value = "corrected against the source")]
        reason: String,
    },
    /// Rejects a proposal, with the reason.
    Reject {
        id: String,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Person/place/organisation recognition on a CoNLL file: precision, recall, F1 per type.
    Ner {
        file: PathBuf,
        /// The file's language, es or en; detected from the text when not given.
        #[arg(long)]
        text_lang: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Extraction against a gold folder (texts/ and expected/, see FORMAT.md).
    Extract {
        dir: PathBuf,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct Import {
    /// The list file.
    pub file: PathBuf,
    /// The kind of source the list is (ngo-list, official-statement, consular-note...).
    #[arg(long, default_value = "ngo-list")]
    pub source_kind: String,
    /// Who published the list.
    #[arg(long)]
    pub source_publisher: String,
    /// The list's date: statuses without their own date are "as of" it.
    #[arg(long)]
    pub source_published: String,
    #[arg(long)]
    pub source_url: Option<String>,
    #[arg(long)]
    pub source_title: Option<String>,
    /// The verification level of the facts the rows give.
    #[arg(long, default_value = "reported")]
    pub verification: String,
    /// A mapping file (TOML or JSON: column → field, sheet, delimiter, encoding, date order)
    /// for headers amparo does not recognise.
    #[arg(long)]
    pub mapping: Option<PathBuf>,
    /// Where to write the rejected rows (line, reason); default: FILE.rejects.csv.
    #[arg(long)]
    pub rejects: Option<PathBuf>,
    /// Show what would happen; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ResolveCommand {
    /// Finds the records of one list that are the same person; writes left_id,right_id,score.
    Dedupe {
        file: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
    /// Finds the records of list B that are persons of list A; writes left_id,right_id,score.
    Link {
        a: PathBuf,
        b: PathBuf,
        #[arg(long)]
        out: PathBuf,
    },
}
