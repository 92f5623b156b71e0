//! `amparo status`: who is held as of a date, counted by custody state.

use crate::context::Context;
use crate::output::print_json;
use amparo_app::{Listing, StatusReport};

use anyhow::Result;

pub async fn run(ctx: &Context, as_of: Option<&str>, listing: Listing, json: bool) -> Result<()> {
    let as_of = ctx.as_of(as_of)?;
    let report = ctx.app.status(&ctx.actor, as_of, listing).await?;
    if json {
        return print_json(&report);
    }
    print_text(&report);
    Ok(())
}

pub fn print_text(report: &StatusReport) {
    println!(
        "Status as of {} ({} persons in the registry)",
        report.as_of, report.persons
    );
    println!(
        "  in prison (in custody or disappeared): {}",
        report.in_prison
    );
    println!(
        "  deprived of liberty (prison + house arrest): {}",
        report.deprived_of_liberty
    );
    for (state, n) in &report.counts {
        if *n > 0 {
            println!("    {state:<24} {n}");
        }
    }
    if !report.listed.is_empty() {
        println!();
    }
    for line in &report.listed {
        println!("  {:<32} {}", line.name, line.status.describe());
    }
}
