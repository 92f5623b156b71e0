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
    /// Lists persons with their status, optionally searching by name or national id.
    List {
        /// Part of any name (case and accents aside: "anez" finds "Añez") or of a national id.
        #[arg(long)]
        name: Option<String>,
        /// The date the status is derived as of (YYYY-MM-DD or DD/MM/YYYY); today by default.
        #[arg(long)]
        as_of: Option<String>,
        /// Show at most this many.
        #[arg(long, default_value_t = 50)]
        limit: u32,
        /// Skip this many first (for the next page).
        #[arg(long, default_value_t = 0)]
        offset: u32,
        /// Show every one, however many.
        #[arg(long, conflicts_with = "limit")]
        all: bool,
        #[arg(long)]
        json: bool,
    },
    /// Corrects a person: names, aliases, national id, sex, birth date, nationalities, roles,
    /// high profile, visibility (hide a person at a family's request with --visibility hidden).
    Edit(Box<PersonEditArgs>),

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
    /// Record the person even though another person has the same national id, and why.
    #[arg(long, value_name = "REASON")]
    pub force: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct PersonEditArgs {
    /// The person: an id or its beginning, a national id, or the exact name.
    pub id: String,
    /// Why (required): kept in the audit log.
    #[arg(long)]
    pub reason: String,
    /// The name to show (the old one stays as an alias).
    #[arg(long)]
    pub name: Option<String>,
    /// Another spelling; repeatable.
    #[arg(long)]
    pub alias: Vec<String>,
    /// Removes a spelling; repeatable.
    #[arg(long)]
    pub remove_alias: Vec<String>,
    /// National id ("" removes it).
    #[arg(long)]
    pub national_id: Option<String>,
    /// female, male or other ("" removes it).
    #[arg(long)]
    pub sex: Option<String>,
    /// YYYY, YYYY-MM, YYYY-MM-DD or DD/MM/YYYY ("" removes it).
    #[arg(long)]
    pub birth_date: Option<String>,
    /// Replaces the nationalities (ISO codes); repeatable.
    #[arg(long)]
    pub nationality: Vec<String>,
    /// Removes every nationality.
    #[arg(long, conflicts_with = "nationality")]
    pub no_nationality: bool,
    /// Replaces the roles; repeatable.
    #[arg(long)]
    pub role: Vec<String>,
    /// Removes every role.
    #[arg(long, conflicts_with = "role")]
    pub no_role: bool,
    /// true or false.
    #[arg(long)]
    pub high_profile: Option<bool>,
    /// public, initials or hidden. Making a person more visible needs an admin.
    #[arg(long)]
    pub visibility: Option<String>,
    /// How to reach the family or lawyer (restricted; "" removes it).
    #[arg(long)]
    pub contacts: Option<String>,
    /// Internal notes (restricted; "" removes them).
    #[arg(long)]
    pub notes: Option<String>,
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
