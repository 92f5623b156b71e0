//! `amparo resolve`: identity resolution over lists, without a registry.

use crate::cli::ResolveCommand;
use amparo_resolve::ResolveOptions;
use anyhow::Result;

pub fn run(cmd: &ResolveCommand) -> Result<()> {
    let opts = ResolveOptions::default();
    let (summary, out) = match cmd {
        ResolveCommand::Dedupe { file, out } => {
            (amparo_resolve::dedupe_file(file, out, &opts)?, out)
        }
        ResolveCommand::Link { a, b, out } => (amparo_resolve::link_files(a, b, out, &opts)?, out),
    };
    eprintln!(
        "{} records, {} candidate pairs compared: {} matched pairs, {} to review, {} persons with more than one record; written to {}",
        summary.records,
        summary.candidate_pairs,
        summary.matched_pairs,
        summary.review_pairs,
        summary.clusters,
        out.display()
    );
    Ok(())
}
