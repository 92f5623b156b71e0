//! `amparo import`: a list in, every row accounted for (see `amparo_app::import`); the
//! rejected rows written to a file the user can fix and import again.

use crate::cli::Import;
use crate::context::Context;
use crate::output::print_json;
use amparo_app::{ImportOptions, ImportProgress, ImportSummary};
use anyhow::{Context as _, Result};

pub async fn run(ctx: &Context, args: Import) -> Result<()> {
    let bytes = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let name = args.file.display().to_string();
    let mapping = match &args.mapping {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            Some((text, path.display().to_string()))
        }
        None => None,
    };
    let options = ImportOptions {
        source_kind: Some(args.source_kind.clone()),
        source_publisher: args.source_publisher.clone(),
        source_published: args.source_published.clone(),
        source_url: args.source_url.clone(),
        source_title: args.source_title.clone(),
        verification: Some(args.verification.clone()),
        mapping,
        dry_run: args.dry_run,
        lines: args.json,
    };
    let spinner = indicatif::ProgressBar::new_spinner();
    let bar = indicatif::ProgressBar::hidden();
    bar.set_style(
        indicatif::ProgressStyle::with_template("writing {bar:40} {pos}/{len} writes ({eta} left)")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let progress = |p: ImportProgress| match p {
        ImportProgress::Reading => spinner.set_message(format!("reading {name}")),
        ImportProgress::Matching { rows } => {
            spinner.set_message(format!("matching {rows} rows against the registry"))
        }
        ImportProgress::Writing { done, total } => {
            if bar.is_hidden() {
                spinner.finish_and_clear();
                bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                bar.set_length(total as u64);
            }
            bar.set_position(done as u64);
        }
    };
    let summary = ctx
        .app
        .import_list(&ctx.actor, &name, bytes, &options, &progress)
        .await;
    spinner.finish_and_clear();
    bar.finish_and_clear();
    let summary = summary?;
    let rejects_file = if !args.dry_run && !summary.rejects.is_empty() {
        let path = args.rejects.clone().unwrap_or_else(|| {
            let mut p = args.file.clone().into_os_string();
            p.push(".rejects.csv");
            p.into()
        });
        let mut w = csv::Writer::from_path(&path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        w.write_record(["line", "name", "reason"])?;
        for r in &summary.rejects {
            w.write_record([
                r.line.to_string(),
                r.name.clone().unwrap_or_default(),
                r.reason.clone(),
            ])?;
        }
        w.flush()?;
        Some(path.display().to_string())
    } else {
        None
    };
    if args.json {
        #[derive(serde::Serialize)]
        struct WithFile<'a> {
            #[serde(flatten)]
            summary: &'a ImportSummary,
            rejects_file: Option<String>,
        }
        return print_json(&WithFile {
            summary: &summary,
            rejects_file,
        });
    }
    report(&summary, rejects_file.as_deref());
    Ok(())
}

fn report(s: &ImportSummary, rejects_file: Option<&str>) {
    println!("{}: {} ({}, {})", s.file, s.result, s.format, s.encoding);
    if s.rows > 0 {
        println!(
            "  rows {} = created {} + matched {} + queued for review {} + rejected {}   ({} blank rows skipped, {} facts)",
            s.rows, s.created, s.matched, s.queued, s.rejected, s.blank, s.facts
        );
        if s.observations > 0 {
            println!(
                "  {} rows gave only a status without its own date: recorded as how the person stood on the list's date, not as a change on that day",
                s.observations
            );
        }
        let ignored: Vec<&str> = s
            .columns
            .iter()
            .filter(|(_, f)| f.is_none())
            .map(|(c, _)| c.as_str())
            .collect();
        if !ignored.is_empty() {
            println!(
                "  columns ignored: {} (map them with --mapping)",
                ignored.join(", ")
            );
        }
    }
    for r in &s.rejects {
        println!("  rejected line {}: {}", r.line, r.reason);
    }
    if let Some(f) = rejects_file {
        println!("  rejects written to {f}");
    }
    if s.queued > 0 {
        println!("  next: amparo review list");
    }
}
