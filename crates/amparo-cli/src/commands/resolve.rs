//! `amparo resolve` and `amparo person duplicates`: identity resolution over lists without a
//! registry, and over the registry's own persons (merge suggestions).

use super::review::resolve_record;
use crate::cli::ResolveCommand;
use crate::context::Context;
use crate::output::print_json;
use amparo_domain::{Person, PersonId};
use amparo_resolve::{Decision, Record, ResolveOptions};
use anyhow::Result;
use serde::Serialize;

pub fn run(cmd: &ResolveCommand) -> Result<()> {
    let opts = ResolveOptions::default();
    let summary = match cmd {
        ResolveCommand::Dedupe { file, out } => amparo_resolve::dedupe_file(file, out, &opts)?,
        ResolveCommand::Link { a, b, out } => amparo_resolve::link_files(a, b, out, &opts)?,
    };
    eprintln!("{summary:?}");
    Ok(())
}

/// `person duplicates --json`: suggested merges.
#[derive(Serialize)]
struct Suggestion {
    left: PersonId,
    left_name: String,
    right: PersonId,
    right_name: String,
    score: f64,
    decision: String,
}

pub async fn duplicates(ctx: &Context, json: bool) -> Result<()> {
    let known: Vec<Person> = ctx
        .store()
        .all_persons(ctx.access)
        .await?
        .into_iter()
        .filter(|p| p.merged_into.is_none())
        .collect();
    let records: Vec<Record> = known.iter().map(resolve_record).collect();
    let resolution = amparo_resolve::dedupe(&records, &ResolveOptions::default());
    let suggestions: Vec<Suggestion> = resolution
        .pairs
        .iter()
        .filter(|p| p.decision != Decision::Distinct)
        .filter_map(|p| {
            let (l, r) = (known.get(p.left)?, known.get(p.right)?);
            Some(Suggestion {
                left: l.id,
                left_name: l.display_name().to_owned(),
                right: r.id,
                right_name: r.display_name().to_owned(),
                score: p.score,
                decision: format!("{:?}", p.decision).to_lowercase(),
            })
        })
        .collect();
    if json {
        return print_json(&suggestions);
    }
    for s in &suggestions {
        println!(
            "{:.3} {:<6} {} {}  ~  {} {}",
            s.score, s.decision, s.left, s.left_name, s.right, s.right_name
        );
    }
    if suggestions.is_empty() {
        println!("no likely duplicates");
    } else {
        println!("merge with: amparo person merge INTO FROM --reason ...");
    }
    Ok(())
}
