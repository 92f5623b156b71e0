//! `amparo import`: a list in, every row accounted for (see `amparo_app::import`); the
//! rejected rows written to a file the user can fix and import again.

use crate::cli::Import;
use crate::context::Context;
use crate::output::print_json;
use amparo_app::{ImportOptions, ImportProgress, ImportSummary};
use amparo_i18n::{Args, Lang, t};
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
        indicatif::ProgressStyle::with_template(&format!(
            "{} {{bar:40}} {{pos}}/{{len}} ({{eta}})",
            t(ctx.lang, "cli-import-writing", &Args::new())
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let progress = |p: ImportProgress| match p {
        ImportProgress::Reading => spinner.set_message(t(
            ctx.lang,
            "cli-import-reading",
            &Args::new().text("file", name.clone()),
        )),
        ImportProgress::Matching { rows } => spinner.set_message(t(
            ctx.lang,
            "cli-import-matching",
            &Args::new().num("rows", rows as f64),
        )),
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
        // In the current folder (the list's own folder may be read-only), unless --rejects.
        let path = args.rejects.clone().unwrap_or_else(|| {
            let mut p = args.file.file_name().unwrap_or_default().to_os_string();
            p.push(".rejects.csv");
            p.into()
        });
        std::fs::write(&path, summary.rejects_csv()?).with_context(|| {
            let args = Args::new().text("path", path.display().to_string());
            t(ctx.lang, "cli-import-cannot-write", &args)
        })?;
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
    report(&summary, rejects_file.as_deref(), ctx.lang);
    Ok(())
}

/// "imported" in words; any other result (why nothing was imported) as the application
/// wrote it.
fn result_words(lang: Lang, result: &str) -> String {
    if result == "imported" {
        t(lang, "cli-import-result-imported", &Args::new())
    } else {
        result.to_owned()
    }
}

/// A count as a message argument.
fn n(count: impl ToString) -> String {
    count.to_string()
}

fn report(s: &ImportSummary, rejects_file: Option<&str>, lang: Lang) {
    let head = Args::new()
        .text("file", s.file.as_str())
        .text("result", result_words(lang, &s.result))
        .text("format", s.format.to_string())
        .text("encoding", s.encoding.to_string());
    println!("{}", t(lang, "cli-import-head", &head));
    if s.rows > 0 {
        let rows = Args::new()
            .text("rows", n(s.rows))
            .text("created", n(s.created))
            .text("matched", n(s.matched))
            .text("queued", n(s.queued))
            .text("rejected", n(s.rejected))
            .text("blank", n(s.blank))
            .text("facts", n(s.facts));
        println!("  {}", t(lang, "cli-import-rows", &rows));
        if s.observations > 0 {
            let args = Args::new().text("count", n(s.observations));
            println!("  {}", t(lang, "cli-import-observations", &args));
        }
        let read: Vec<String> = s
            .columns
            .iter()
            .filter_map(|(c, f)| f.as_ref().map(|f| format!("{c} → {f}")))
            .collect();
        if !read.is_empty() {
            let args = Args::new().text("columns", read.join(", "));
            println!("  {}", t(lang, "cli-import-columns-read", &args));
        }
        let ignored: Vec<&str> = s
            .columns
            .iter()
            .filter(|(_, f)| f.is_none())
            .map(|(c, _)| c.as_str())
            .collect();
        if !ignored.is_empty() {
            let args = Args::new().text("columns", ignored.join(", "));
            println!("  {}", t(lang, "cli-import-columns-ignored", &args));
        }
        for m in &s.matched_to {
            let args = Args::new()
                .text("line", n(m.line))
                .text("name", m.name.as_str())
                .text("person", m.person.to_string());
            println!("  {}", t(lang, "cli-import-matched", &args));
        }
        if s.matched > s.matched_to.len() {
            let args = Args::new().text("count", n(s.matched - s.matched_to.len()));
            println!("  {}", t(lang, "cli-import-more-matched", &args));
        }
        if s.row_warnings > 0 {
            let args = Args::new().text("count", n(s.row_warnings));
            println!("  {}", t(lang, "cli-import-cell-warnings", &args));
        }
    }
    for w in &s.warnings {
        let args = Args::new().text("message", w.to_string());
        println!("  {}", t(lang, "cli-warning", &args));
    }

    for r in &s.rejects {
        let args = Args::new()
            .text("line", n(r.line))
            .text("reason", r.reason.as_str());
        println!("  {}", t(lang, "cli-import-rejected", &args));
    }
    if let Some(f) = rejects_file {
        let args = Args::new().text("path", f);
        println!("  {}", t(lang, "cli-import-rejects-file", &args));
    }
    if s.queued > 0 {
        let args = Args::new().text("command", "amparo review list");
        println!("  {}", t(lang, "cli-next", &args));
    }
}
