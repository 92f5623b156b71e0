//! `amparo fact`: record sourced facts and retract them.

use crate::cli::FactAdd;
use crate::context::Context;
use crate::output::print_created;
use amparo_app::FactInput;
use amparo_domain::{FactId, SourceId};
use amparo_i18n::{Args, t};
use anyhow::{Result, bail};

/// The application's description of a fact, from the command line's words.
pub async fn input(ctx: &Context, args: &FactAdd) -> Result<FactInput> {
    if args.source.is_empty() {
        bail!("a fact needs a source: pass --source ID (create one with `amparo source add`)");
    }
    Ok(FactInput {
        person: ctx.person(&args.person).await?,
        kind: args.kind.clone(),
        date: args.date.clone(),
        sources: args
            .source
            .iter()
            .map(|s| SourceId::parse(s))
            .collect::<Result<_, _>>()?,
        excerpt: args.excerpt.clone(),
        locator: args.locator.clone(),
        verification: Some(args.verification.clone()),
        release_kind: args.release_kind.clone(),
        measures: args.measure.clone(),
        facility: args.facility.clone(),
        agency: args.agency.clone(),
        offences: args.offence.clone(),
        term_months: args.term_months,
        text: args.text.clone(),
        by: args.by.clone(),
        criteria: args.criteria.clone(),
        country: args.country.clone(),
        role: args.role.clone(),
        supersedes: args.supersedes.as_deref().map(FactId::parse).transpose()?,
        proposed: args.proposed,
    })
}

pub async fn add(ctx: &Context, args: FactAdd) -> Result<()> {
    let added = ctx
        .app
        .add_fact(&ctx.actor, &input(ctx, &args).await?)
        .await?;
    for note in &added.notes {
        let note = t(
            ctx.lang,
            "cli-fact-facility-note",
            &Args::new().text("note", note.to_string()),
        );
        eprintln!(
            "{}",
            t(ctx.lang, "cli-note", &Args::new().text("message", note))
        );
    }
    if added.proposed {
        eprintln!("{}", t(ctx.lang, "cli-fact-proposed", &Args::new()));
    }
    print_created(added.id, args.json)
}

pub async fn retract(ctx: &Context, id: &str, reason: &str) -> Result<()> {
    let id = FactId::parse(id)?;
    ctx.app.retract_fact(&ctx.actor, id, reason).await?;
    let args = Args::new().text("id", id.to_string());
    println!("{}", t(ctx.lang, "cli-fact-retracted", &args));
    Ok(())
}
