//! Arguments of the counting commands: reports, announcements and claims.

use clap::{Args, Subcommand};
use std::path::PathBuf;

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
pub enum AnnouncementCommand {
    /// Lists the announced release waves (withdrawn ones marked).
    List {
        #[arg(long)]
        json: bool,
    },
    /// Withdraws an announcement: it then counts for nothing.
    Retract {
        id: String,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum ClaimCommand {
    /// Lists the numbers sources claim (withdrawn ones marked).
    List {
        #[arg(long)]
        json: bool,
    },
    /// Withdraws a claim (or an announcement): it then counts for nothing.
    Retract {
        id: String,
        #[arg(long)]
        reason: String,
    },
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
        /// The date a stock (held, disappeared) is counted as of; required for stocks.
        #[arg(long)]
        as_of: Option<String>,
        /// First day of the period a flow (released, arrested, deaths) covers; flows need a period.
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// Last day of that period.
        #[arg(long, requires = "from")]
        to: Option<String>,
        #[arg(long)]
        json: bool,
    },
}
