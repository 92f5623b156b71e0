//! Administration: init, migrate, the gazetteer, verify, backup and the audit log.

use crate::cli::FacilityCommand;
use crate::context::{Context, Registry};
use crate::output::print_json;
use amparo_domain::Access;
use amparo_domain::Facility;
use anyhow::{Result, bail};
use std::path::Path;
use std::process::ExitCode;

/// The gazetteer amparo starts with, built from public reporting (see the extraction
/// crate's data folder, which the extractor reads too).
pub const GAZETTEER: &str = include_str!("../../../amparo-extract/data/facilities.csv");

/// Parses a gazetteer CSV: name, aliases (separated by |), kind, operator, town, state.
pub fn parse_gazetteer(text: &str) -> Result<Vec<Facility>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers()?.clone();
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (Some(name), aliases, operator, town, state) = (
        col("name"),
        col("aliases"),
        col("operator"),
        col("town"),
        col("state"),
    ) else {
        bail!("the gazetteer has no name column");
    };
    let mut out = Vec::new();
    for (line, record) in reader.records().enumerate() {
        let record = record?;
        let get = |i: Option<usize>| {
            i.and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        let Some(n) = get(Some(name)) else {
            bail!("gazetteer line {}: empty name", line + 2);
        };
        let mut f = Facility::new(n)?;
        f.aliases = get(aliases)
            .map(|a| a.split('|').map(|s| s.trim().to_owned()).collect())
            .unwrap_or_default();
        f.operator = get(operator).map(str::to_owned);
        f.town = get(town).map(str::to_owned);
        f.state = get(state).map(str::to_owned);
        out.push(f);
    }
    Ok(out)
}

pub async fn init(ctx: &Context, db: &str) -> Result<()> {
    let store = ctx.store();
    let known = store.facilities(Access::Admin).await?;
    let mut added = 0;
    for f in parse_gazetteer(GAZETTEER)? {
        if !known.iter().any(|k| k.name == f.name) {
            store.put_facility(&f, &ctx.write()).await?;
            added += 1;
        }
    }
    println!(
        "registry ready at {db} ({added} facilities added to the gazetteer, {} already there)",
        known.len()
    );
    Ok(())
}

pub async fn migrate(ctx: &Context) -> Result<()> {
    ctx.store().migrate().await?;
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
            let mut f = Facility::new(&name)?;
            f.aliases = alias;
            f.operator = operator;
            f.town = town;
            f.state = state;
            ctx.store().put_facility(&f, &ctx.write()).await?;
            println!("{}", f.name);
        }
        FacilityCommand::List { json } => {
            let all = ctx.store().facilities(Access::Admin).await?;
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
    let report = ctx.store().verify().await?;
    if json {
        print_json(&report)?;
    } else if report.problems.is_empty() {
        println!(
            "verified: {} audit entries chained, {} rows match their recorded hashes",
            report.entries, report.rows
        );
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
    Ok(if report.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

pub async fn backup(ctx: &Context, file: &Path) -> Result<()> {
    match &ctx.registry {
        Registry::Sqlite(store) => {
            store.backup(file).await?;
            println!("backup written to {}", file.display());
            Ok(())
        }
        Registry::Postgres(_) => {
            bail!("backup copies a SQLite registry; for PostgreSQL use pg_dump")
        }
    }
}

pub async fn log(ctx: &Context, last: usize, json: bool) -> Result<()> {
    let log = ctx.store().audit_log(Access::Admin).await?;
    let tail = &log[log.len().saturating_sub(last)..];
    if json {
        return print_json(&tail);
    }
    for e in tail {
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
