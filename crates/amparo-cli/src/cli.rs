//! The command line: every command, its options and the help text that teaches them.

use clap::{Args, Parser, Subcommand};
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
    /// Who is writing, recorded in the audit log.
    #[arg(long, global = true, env = "AMPARO_ACTOR")]
    pub actor: Option<String>,
    /// The role to read as: public, researcher, documenter or admin. Restricted fields
    /// and hidden persons are shown to documenters and admins only.
    #[arg(
        id = "read_as",
        long = "as",
        global = true,
        env = "AMPARO_ROLE",
        default_value = "documenter"
    )]
    pub read_as: String,
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
        /// es or en; detected when not given.
        #[arg(long)]
        lang: Option<String>,
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
        /// The date to count as of (YYYY-MM-DD); today by default.
        #[arg(long)]
        as_of: Option<String>,
        /// List every person, not only the counts.
        #[arg(long)]
        list: bool,
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
    /// The audit log: who changed what, when and why.
    Log {
        /// Show only the last N entries.
        #[arg(long, default_value_t = 20)]
        last: usize,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SourceCommand {
    /// Records a source; prints its id.
    Add(SourceAdd),
    /// Lists the sources.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Shows one source.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct SourceAdd {
    /// news-article, ngo-list, official-statement, court-record, testimony or consular-note.
    #[arg(long)]
    pub kind: String,
    /// Who published it ("Foro Penal", "Associated Press", ...).
    #[arg(long)]
    pub publisher: String,
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub url: Option<String>,
    /// Publication date: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long)]
    pub published: Option<String>,
    /// es, en, pt, fr or other.
    #[arg(long)]
    pub language: Option<String>,
    /// How far the source is trusted, A (completely reliable) to F (cannot be judged).
    #[arg(long, default_value = "f")]
    pub reliability: String,
    /// The original document: its bytes are stored and hashed (SHA-256).
    #[arg(long)]
    pub file: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Records a person; prints the new id.
    Add(PersonAdd),
    /// Lists persons with their status, optionally searching by name.
    List {
        /// Part of any name, case and accents aside.
        #[arg(long)]
        name: Option<String>,
        /// The date the status is derived as of; today by default.
        #[arg(long)]
        as_of: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    /// Merges person FROM into person INTO: FROM's facts show under INTO (undo with unmerge).
    Merge {
        into: String,
        from: String,
        #[arg(long)]
        reason: String,
    },
    /// Undoes a merge: the person's facts are its own again.
    Unmerge {
        id: String,
        #[arg(long)]
        reason: String,
    },
    /// Suggests merges: pairs of registry persons that identity resolution finds alike.
    Duplicates {
        #[arg(long)]
        json: bool,
    },
    /// Shows a person: facts with their sources, the derived status and why.
    Show {
        id: String,
        /// The date the status is derived as of; today by default.
        #[arg(long)]
        as_of: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args)]
pub struct PersonAdd {
    /// The name as the source writes it; repeat --alias for other spellings.
    #[arg(long)]
    pub name: String,
    #[arg(long)]
    pub alias: Vec<String>,
    /// National id such as the cédula V-12.345.678 (restricted).
    #[arg(long)]
    pub national_id: Option<String>,
    /// female, male or other.
    #[arg(long)]
    pub sex: Option<String>,
    /// YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long)]
    pub birth_date: Option<String>,
    /// ISO 3166 code (VE, ES, CO...); repeat for dual nationals.
    #[arg(long)]
    pub nationality: Vec<String>,
    /// journalist, lawyer, human-rights-defender, politician, military, student...; repeatable.
    #[arg(long)]
    pub role: Vec<String>,
    /// public, initials or hidden.
    #[arg(long, default_value = "public")]
    pub visibility: String,
    /// Counts the person as high profile in reports, whatever the roles.
    #[arg(long)]
    pub high_profile: bool,
    /// How to reach the family or lawyer (restricted).
    #[arg(long)]
    pub contacts: Option<String>,
    /// Internal notes (restricted).
    #[arg(long)]
    pub notes: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum FactCommand {
    /// Records a sourced fact about a person; prints its id.
    Add(Box<FactAdd>),
    /// Retracts a fact: it stays in the history but counts for nothing.
    Retract {
        id: String,
        /// Why (required): kept in the audit log.
        #[arg(long)]
        reason: String,
    },
}

#[derive(Debug, Args)]
pub struct FactAdd {
    /// The person the fact is about.
    #[arg(long)]
    pub person: String,
    /// arrest, detention, transfer, release, re-arrest, whereabouts-unknown,
    /// whereabouts-confirmed, death-in-custody, charge, hearing, sentence, acquittal,
    /// dismissal, pardon, amnesty, measure-imposed, measure-lifted, recognition,
    /// nationality or role.
    #[arg(long)]
    pub kind: String,
    /// When it happened: YYYY, YYYY-MM or YYYY-MM-DD (~ for approximate, A/B for a range).
    #[arg(long)]
    pub date: String,
    /// The source it comes from (repeat for several).
    #[arg(long)]
    pub source: Vec<String>,
    /// The words of the source that say it.
    #[arg(long)]
    pub excerpt: Option<String>,
    /// Where in the source: page, row, paragraph.
    #[arg(long)]
    pub locator: Option<String>,
    /// announced, reported, corroborated or verified.
    #[arg(long, default_value = "reported")]
    pub verification: String,
    /// For a release: full, conditional, house-arrest or exile.
    #[arg(long)]
    pub release_kind: Option<String>,
    /// For a release or measure-imposed/-lifted: reporting:DAYS, travel-ban, media-ban,
    /// house-arrest[:monitor], bail[:AMOUNT], other:TEXT; repeatable.
    #[arg(long)]
    pub measure: Vec<String>,
    /// The facility (El Helicoide, Rodeo I...); aliases are resolved by the gazetteer.
    #[arg(long)]
    pub facility: Option<String>,
    /// The agency that arrested (SEBIN, DGCIM, PNB...).
    #[arg(long)]
    pub agency: Option<String>,
    /// For a charge: an offence; repeatable.
    #[arg(long)]
    pub offence: Vec<String>,
    /// For a sentence: the term in months.
    #[arg(long)]
    pub term_months: Option<u32>,
    /// For a sentence or hearing: what was said, in words.
    #[arg(long)]
    pub text: Option<String>,
    /// For a recognition: the organisation that recognises the person as a political prisoner.
    #[arg(long)]
    pub by: Option<String>,
    /// For a recognition: under which criteria.
    #[arg(long)]
    pub criteria: Option<String>,
    /// For a nationality fact: the ISO country code.
    #[arg(long)]
    pub country: Option<String>,
    /// For a role fact: the role.
    #[arg(long)]
    pub role: Option<String>,
    /// The fact this one corrects; the old one then counts for nothing.
    #[arg(long)]
    pub supersedes: Option<String>,
    /// Record as proposed, waiting for review, instead of accepted.
    #[arg(long)]
    pub proposed: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum FacilityCommand {
    /// Adds a facility (or replaces its aliases and details).
    Add {
        #[arg(long)]
        name: String,
        /// Another name the press uses; repeatable.
        #[arg(long)]
        alias: Vec<String>,
        /// The agency that runs it.
        #[arg(long)]
        operator: Option<String>,
        #[arg(long)]
        town: Option<String>,
        /// The state (Distrito Capital, Miranda, Aragua...).
        #[arg(long)]
        state: Option<String>,
    },
    /// Lists the gazetteer.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// The balance as of a date: who is held, by sex, military, age, nationality,
    /// facility and state, with the flags (over a year, two years without sentence, over 70).
    Balance {
        /// The date to count as of (YYYY-MM-DD); today by default.
        #[arg(long)]
        as_of: Option<String>,
        #[command(flatten)]
        out: ReportOutput,
        #[command(flatten)]
        filter: ReportFilter,
    },
    /// What happened in a period: releases by kind and measure, arrests, re-arrests,
    /// deaths in custody, the net change and the revolving-door ratio.
    Period {
        /// First day (YYYY-MM-DD).
        #[arg(long)]
        from: String,
        /// Last day, inclusive (YYYY-MM-DD).
        #[arg(long)]
        to: String,
        #[command(flatten)]
        out: ReportOutput,
        #[command(flatten)]
        filter: ReportFilter,
    },
    /// The balance and the movements step by step over a range (svg draws a chart).
    Series {
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        /// day, week or month.
        #[arg(long, default_value = "week")]
        every: String,
        #[command(flatten)]
        out: ReportOutput,
        #[command(flatten)]
        filter: ReportFilter,
    },
    /// Announcements and the numbers sources claim, beside the registry's own counts.
    Claims {
        #[arg(long)]
        as_of: Option<String>,
        #[command(flatten)]
        out: ReportOutput,
        #[command(flatten)]
        filter: ReportFilter,
    },
}

#[derive(Debug, Args)]
pub struct ReportOutput {
    /// text, json, csv, md, html or svg (series only).
    #[arg(long, default_value = "text")]
    pub format: String,
    /// Short for --format json.
    #[arg(long)]
    pub json: bool,
    /// Write to this file instead of standard output.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReportFilter {
    /// Count only facts at or above this level (announced, reported, corroborated, verified).
    #[arg(long)]
    pub min_verification: Option<String>,
    /// Only persons of this nationality (ISO code).
    #[arg(long)]
    pub nationality: Option<String>,
    /// Only persons with this role.
    #[arg(long)]
    pub role: Option<String>,
    /// Only persons held at this facility (name or alias).
    #[arg(long)]
    pub facility: Option<String>,
    /// Only persons held in this state (Miranda, Aragua...).
    #[arg(long)]
    pub state: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ClaimCommand {
    /// Records an announced release wave: who announced it, when, how many.
    Announce {
        #[arg(long)]
        source: String,
        /// Who announced it ("Asamblea Nacional", "Ministerio de Asuntos Exteriores"...).
        #[arg(long)]
        by: String,
        #[arg(long)]
        date: String,
        /// The number promised, when one was given.
        #[arg(long, conflicts_with = "vague")]
        number: Option<u64>,
        /// The words used when no number was ("un número importante"); neither → unspecified.
        #[arg(long)]
        vague: Option<String>,
        #[arg(long)]
        description: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Records a number a source states ("863 held as of 2025-12-29 according to Foro Penal").
    Add {
        #[arg(long)]
        source: String,
        #[arg(long)]
        according_to: String,
        /// held, released, arrested, deaths-in-custody or disappeared.
        #[arg(long)]
        subject: String,
        #[arg(long, conflicts_with = "vague")]
        number: Option<u64>,
        #[arg(long)]
        vague: Option<String>,
        /// The date a stock (held) is counted as of.
        #[arg(long)]
        as_of: Option<String>,
        /// First day of the period a flow (released, arrested) covers.
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// Last day of that period.
        #[arg(long, requires = "from")]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
}

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
    /// es or en; detected when not given.
    #[arg(long)]
    pub lang: Option<String>,
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
        /// es or en; detected from the text when not given.
        #[arg(long)]
        lang: Option<String>,
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
