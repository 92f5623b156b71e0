//! Administration: init, migrate, the gazetteer, verify, backup and the audit log.

use crate::cli::FacilityCommand;
use crate::context::Context;
use crate::output::print_json;
use amparo_app::FacilityInput;
use anyhow::Result;
use std::path::Path;
use std::process::ExitCode;

pub async fn init(ctx: &Context, db: &str) -> Result<()> {
    let (added, known) = ctx.app.seed_gazetteer(&ctx.actor).await?;
    println!(
        "registry ready at {} ({added} facilities added to the gazetteer, {known} already there)",
        amparo_app::redact_url(db)
    );
    Ok(())
}

pub async fn migrate(ctx: &Context) -> Result<()> {
    ctx.app.store().migrate().await?;
    println!("schema up to date");
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
        println!(
            "verified: {} audit entries chained, {} rows match their recorded hashes",
            report.entries, report.rows
        );
        if let Some(signed) = &report.signed {
            println!(
                "the log matches the checkpoint of entry {} signed at {}",
                signed.seq, signed.at
            );
        }
    } else {
        eprintln!("verification FAILED: {} problem(s)", report.problems.len());
        for p in &report.problems {
            let seq = p
                .seq
                .map(|s| format!("audit entry {s}"))
                .unwrap_or_default();
            let entity = p.entity.clone().unwrap_or_default();
            eprintln!("  {seq:<16} {entity:<50} {}", p.reason);
        }
    }
    if !json {
        for w in &report.warnings {
            eprintln!("warning: {w}");
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
    println!("backup written to {}", file.display());
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
        println!(
            "{:>6} {} {:<10} {:<8} {:<12} {}{}",
            e.seq, e.at, e.actor, e.action, e.entity, e.entity_id, reason
        );
    }
    Ok(())
}
