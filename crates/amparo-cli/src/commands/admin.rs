//! Administration: init, migrate, the gazetteer, verify, backup and the audit log.

use crate::cli::FacilityCommand;
use crate::context::Context;
use crate::output::print_json;
use amparo_app::FacilityInput;
use amparo_i18n::{Args, t};
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

pub async fn init(ctx: &Context, db: &str) -> Result<()> {
    let (added, known) = ctx.app.seed_gazetteer(&ctx.actor).await?;
    let args = Args::new()
        .text("db", amparo_app::redact_url(db))
        .text("added", added.to_string())
        .text("known", known.to_string());
    println!("{}", t(ctx.lang, "cli-init-ready", &args));
    Ok(())
}

pub async fn migrate(ctx: &Context) -> Result<()> {
    ctx.app.store().migrate().await?;
    println!("{}", t(ctx.lang, "cli-migrated", &Args::new()));
    Ok(())
}

pub async fn facility(ctx: &Context, cmd: FacilityCommand) -> Result<()> {
    match cmd {
        FacilityCommand::Add {
            name,
            alias,
            operator,
            town,
            state,
        } => {
            let input = FacilityInput {
                name,
                aliases: alias,
                operator,
                town,
                state,
            };
            let f = ctx.app.put_facility(&ctx.actor, &input).await?;
            println!("{}", f.name);
        }
        FacilityCommand::List { json } => {
            let all = ctx.app.facilities(&ctx.actor).await?;
            if json {
                return print_json(&all);
            }
            for f in all {
                let place = [f.town.as_deref(), f.state.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                println!(
                    "{:<28} {:<10} {:<32} {}",
                    f.name,
                    f.operator.as_deref().unwrap_or("-"),
                    place,
                    f.aliases.join(" | ")
                );
            }
        }
    }
    Ok(())
}

pub async fn verify(ctx: &Context, json: bool) -> Result<ExitCode> {
    let report = ctx.app.verify(&ctx.actor).await?;
    if json {
        print_json(&report)?;
    } else if report.problems.is_empty() {
        let args = Args::new()
            .text("entries", report.entries.to_string())
            .text("rows", report.rows.to_string());
        println!("{}", t(ctx.lang, "cli-verified", &args));
        if let Some(signed) = &report.signed {
            let args = Args::new()
                .text("seq", signed.seq.to_string())
                .text("at", signed.at.to_string());
            println!("{}", t(ctx.lang, "cli-verified-checkpoint", &args));
        }
    } else {
        let args = Args::new().text("count", report.problems.len().to_string());
        eprintln!("{}", t(ctx.lang, "cli-verify-failed", &args));
        for p in &report.problems {
            let seq = p
                .seq
                .map(|s| {
                    t(
                        ctx.lang,
                        "cli-audit-entry",
                        &Args::new().text("seq", s.to_string()),
                    )
                })
                .unwrap_or_default();
            let entity = p.entity.clone().unwrap_or_default();
            eprintln!("  {seq:<16} {entity:<50} {}", p.reason);
        }
    }
    if !json {
        for w in &report.warnings {
            let args = Args::new().text("message", w.to_string());
            eprintln!("{}", t(ctx.lang, "cli-warning", &args));
        }
    }
    Ok(if report.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

pub async fn backup(ctx: &Context, file: &Path) -> Result<()> {
    ctx.app.backup(&ctx.actor, file).await?;
    let args = Args::new().text("path", file.display().to_string());
    println!("{}", t(ctx.lang, "cli-backup-written", &args));
    Ok(())
}

pub async fn log(ctx: &Context, last: usize, json: bool) -> Result<()> {
    let tail = ctx.app.audit_log(&ctx.actor, last).await?;
    if json {
        return print_json(&tail);
    }
    for e in &tail {
        let reason = e
            .reason
            .as_deref()
            .map(|r| format!(" — {r}"))
            .unwrap_or_default();
        // The words the workspace's log uses; `--json` keeps the codes.
        let action = t(ctx.lang, &format!("ws-action-{}", e.action), &Args::new());
        let entity = t(ctx.lang, &format!("ws-entity-{}", e.entity), &Args::new());
        println!(
            "{:>6} {} {:<10} {:<10} {:<20} {}{}",
            e.seq, e.at, e.actor, action, entity, e.entity_id, reason
        );
    }
    Ok(())
}
