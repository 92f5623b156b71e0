//! `amparo demo`: builds a registry of invented people from the bundled demo file, through
//! the same code paths as the other commands, and prints the status as of a date.

use super::status::print_text;
use crate::context::{Context, local_actor};
use crate::output::print_json;
use amparo_domain::Access;
use amparo_i18n::Lang;
use anyhow::{Context as _, Result};
use std::path::Path;
use std::process::ExitCode;

pub async fn run(out: &Path, as_of: &str, lang: Lang) -> Result<(Context, chrono::NaiveDate)> {
    let as_of = amparo_domain::date::parse_day(as_of)?;
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{}{suffix}", out.display());
        if Path::new(&path).exists() {
            std::fs::remove_file(&path).with_context(|| format!("cannot replace {path}"))?;
        }
    }
    let db = out.display().to_string();
    let ctx = Context::open(&db, true, Access::Admin, lang).await?;
    ctx.app.load_demo(&local_actor()).await?;
    Ok((ctx, as_of))
}

pub async fn print(out: &Path, as_of: &str, json: bool, lang: Lang) -> Result<ExitCode> {
    let (ctx, as_of) = run(out, as_of, lang).await?;
    let report = ctx
        .app
        .status(&ctx.actor, as_of, amparo_app::Listing::Everyone)
        .await?;
    if json {
        print_json(&report)?;
    } else {
        print_text(&report, lang);
        let path = out.display().to_string();
        let try_it = amparo_i18n::Args::new().text("path", path.as_str());
        println!(
            "\n{}\n  amparo --db {path} status --as-of 2025-12-31\n  amparo --db {path} person list --name marcos\n  amparo --db {path} verify",
            amparo_i18n::t(lang, "cli-demo-try", &try_it)
        );
    }
    Ok(ExitCode::SUCCESS)
}
