//! Arguments of the commands that record the registry itself: sources, persons, facts,
//! facilities.

use clap::{Args, Subcommand};
use std::path::PathBuf;

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
