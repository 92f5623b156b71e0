//! `amparo claim`: announcements of release waves and numbers sources claim.

use crate::cli::{AnnouncementCommand, ClaimCommand};
use crate::context::Context;
use crate::output::{print_created, print_json};
use amparo_app::ClaimInput;
use amparo_domain::{ClaimId, Quantity, SourceId};
use amparo_i18n::{Args, t};
use anyhow::Result;

fn quantity(q: &Quantity) -> String {
    match q {
        Quantity::Number(n) => n.to_string(),
        Quantity::Vague(words) => format!("\"{words}\""),
        Quantity::Unspecified => "-".into(),
    }
}

fn withdrawn(reason: &Option<String>) -> String {
    reason
        .as_deref()
        .map(|r| format!("  [withdrawn: {r}]"))
        .unwrap_or_default()
}

pub async fn announcements(ctx: &Context, cmd: AnnouncementCommand) -> Result<()> {
    match cmd {
        AnnouncementCommand::List { json } => {
            let all = ctx.app.announcements(&ctx.actor).await?;
            if json {
                return print_json(&all);
            }
            for a in &all {
                println!(
                    "{}  {:<10} {:<28} {}{}",
                    a.id,
                    a.date,
                    a.announced_by,
                    quantity(&a.quantity),
                    withdrawn(&a.retracted)
                );
            }
            if all.is_empty() {
                eprintln!("{}", t(ctx.lang, "cli-announcement-none", &Args::new()));
            }
        }
        AnnouncementCommand::Retract { id, reason } => {
            let id = ClaimId::parse(&id)?;
            ctx.app.retract_claim(&ctx.actor, id, &reason).await?;
            let args = Args::new().text("id", id.to_string());
            println!("{}", t(ctx.lang, "cli-announcement-withdrawn", &args));
        }
    }
    Ok(())
}

pub async fn run(ctx: &Context, cmd: ClaimCommand) -> Result<()> {
    let (id, json) = match cmd {
        ClaimCommand::List { json } => {
            let all = ctx.app.claims(&ctx.actor).await?;
            if json {
                return print_json(&all);
            }
            for c in &all {
                let when = match (&c.as_of, &c.period) {
                    (Some(d), _) => t(
                        ctx.lang,
                        "cli-claim-as-of",
                        &Args::new().text("date", d.to_string()),
                    ),
                    (None, Some((from, to))) => t(
                        ctx.lang,
                        "cli-claim-period",
                        &Args::new()
                            .text("from", from.to_string())
                            .text("to", to.to_string()),
                    ),
                    (None, None) => "-".into(),
                };
                println!(
                    "{}  {:<10} {:>8}  {:<24} {}{}",
                    c.id,
                    c.subject,
                    quantity(&c.quantity),
                    when,
                    c.according_to,
                    withdrawn(&c.retracted)
                );
            }
            if all.is_empty() {
                eprintln!("{}", t(ctx.lang, "cli-claim-none", &Args::new()));
            }
            return Ok(());
        }
        ClaimCommand::Retract { id, reason } => {
            let id = ClaimId::parse(&id)?;
            ctx.app.retract_claim(&ctx.actor, id, &reason).await?;
            let args = Args::new().text("id", id.to_string());
            println!("{}", t(ctx.lang, "cli-announcement-withdrawn", &args));
            return Ok(());
        }
        ClaimCommand::Announce {
            source,
            by,
            date,
            number,
            vague,
            description,
            json,
        } => {
            let input = ClaimInput {
                source: Some(SourceId::parse(&source)?),
                by,
                number,
                vague,
                date: Some(date),
                description,
                ..ClaimInput::default()
            };
            (ctx.app.announce(&ctx.actor, &input).await?, json)
        }
        ClaimCommand::Add {
            source,
            according_to,
            subject,
            number,
            vague,
            as_of,
            from,
            to,
            json,
        } => {
            let input = ClaimInput {
                source: Some(SourceId::parse(&source)?),
                by: according_to,
                subject: Some(subject),
                number,
                vague,
                as_of,
                period: from.zip(to),
                ..ClaimInput::default()
            };
            (ctx.app.add_claim(&ctx.actor, &input).await?, json)
        }
    };
    print_created(id, json)
}
