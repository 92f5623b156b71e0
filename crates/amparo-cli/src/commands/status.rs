//! `amparo status`: who is held as of a date, counted by custody state.

use crate::context::Context;
use crate::output::print_json;
use crate::words;
use amparo_app::{Listing, StatusReport};
use amparo_i18n::{Args, Lang, t};

use anyhow::Result;

pub async fn run(ctx: &Context, as_of: Option<&str>, listing: Listing, json: bool) -> Result<()> {
    let as_of = ctx.as_of(as_of)?;
    let report = ctx.app.status(&ctx.actor, as_of, listing).await?;
    if json {
        return print_json(&report);
    }
    print_text(&report, ctx.lang);
    Ok(())
}

pub fn print_text(report: &StatusReport, lang: Lang) {
    let title = Args::new()
        .text("date", report.as_of.as_str())
        .text("persons", report.persons.to_string());
    println!("{}", t(lang, "cli-status-title", &title));
    let count = |n: usize| Args::new().text("count", n.to_string());
    println!(
        "  {}",
        t(lang, "cli-status-in-prison", &count(report.in_prison))
    );
    println!(
        "  {}",
        t(
            lang,
            "cli-status-deprived",
            &count(report.deprived_of_liberty)
        )
    );
    let states: Vec<(String, usize)> = report
        .counts
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(state, n)| (words::custody(lang, state), *n))
        .collect();
    let width = states
        .iter()
        .map(|(s, _)| s.chars().count())
        .max()
        .unwrap_or(0)
        .max(24);
    for (state, n) in states {
        let fill = " ".repeat(width - state.chars().count());
        println!("    {state}{fill} {n}");
    }
    if !report.listed.is_empty() {
        println!();
    }
    for line in &report.listed {
        println!("  {:<32} {}", line.name, words::status(lang, &line.status));
    }
}
