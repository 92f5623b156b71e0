//! The registry's history kept trustworthy outside it: the signing key, checkpoints, signed
//! exports, their verification by anyone holding the public key, and restores.

use crate::cli::{Export, KeyCommand, Restore, VerifyExport};
use crate::context::Context;
use crate::output::print_json;
use amparo_app::PublicKey;
use amparo_i18n::{Args, Lang, t};
use anyhow::{Context as _, Result, bail};
use std::process::ExitCode;

/// The key made at `init` (or found), said in one line.
pub fn init_key(ctx: &Context) -> Result<()> {
    match ctx.app.key_files() {
        None => println!("{}", t(ctx.lang, "cli-key-none", &Args::new())),
        Some(_) => {
            let key = ctx.app.create_key(&ctx.actor)?;
            let what = if key.created {
                "cli-key-made"
            } else {
                "cli-key-kept"
            };
            let args = Args::new()
                .text("path", key.path.display().to_string())
                .text("key", key.public_key.to_string());
            println!("{}", t(ctx.lang, what, &args));
        }
    }
    Ok(())
}

pub async fn checkpoint(ctx: &Context) -> Result<()> {
    match ctx.app.checkpoint(&ctx.actor).await? {
        Some(c) => {
            let args = Args::new()
                .text("seq", c.seq.to_string())
                .text("hash", c.hash.to_string())
                .text("at", c.at.to_string());
            println!("{}", t(ctx.lang, "cli-checkpoint-signed", &args));
        }
        None => println!("{}", t(ctx.lang, "cli-checkpoint-nothing", &Args::new())),
    }
    Ok(())
}

pub fn key(ctx: &Context, cmd: KeyCommand) -> Result<()> {
    match cmd {
        KeyCommand::Show => println!("{}", ctx.app.public_key()?.public_key),
    }
    Ok(())
}

/// `export --format csv|xlsx`: the people table, as the reader's role may see it.
async fn export_table(ctx: &Context, args: &Export) -> Result<()> {
    let as_of = ctx.as_of(args.as_of.as_deref())?;
    let rows = ctx.app.people_table(&ctx.actor, as_of).await?;
    let n = rows.len();
    match args.format.as_str() {
        "csv" => {
            let mut w: csv::Writer<Box<dyn std::io::Write>> = match &args.out {
                Some(path) => csv::Writer::from_writer(Box::new(
                    std::fs::File::create(path)
                        .with_context(|| format!("cannot write {}", path.display()))?,
                )),
                None => csv::Writer::from_writer(Box::new(std::io::stdout())),
            };
            w.write_record(amparo_app::PersonRow::HEADERS)?;
            for row in &rows {
                // Cells a spreadsheet would run as formulas are written as text.
                w.write_record(
                    row.cells()
                        .iter()
                        .map(|c| amparo_report::render::csv_safe(c).into_owned()),
                )?;
            }
            w.flush()?;
        }
        _ => {
            let Some(path) = &args.out else {
                bail!("an xlsx export needs --out FILE.xlsx");
            };
            let mut book = rust_xlsxwriter::Workbook::new();
            let sheet = book.add_worksheet();
            sheet.set_name(format!("{as_of}"))?;
            let bold = rust_xlsxwriter::Format::new().set_bold();
            for (c, h) in amparo_app::PersonRow::HEADERS.iter().enumerate() {
                sheet.write_string_with_format(0, c as u16, *h, &bold)?;
            }
            for (r, row) in rows.iter().enumerate() {
                for (c, cell) in row.cells().iter().enumerate() {
                    // Strings, never formulas: a name beginning with "=" stays a name.
                    sheet.write_string(r as u32 + 1, c as u16, cell)?;
                }
            }
            book.save(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
    }
    let args = Args::new()
        .text("count", n.to_string())
        .text("date", as_of.to_string());
    eprintln!("{}", t(ctx.lang, "cli-export-table", &args));
    Ok(())
}

pub async fn export(ctx: &Context, args: Export) -> Result<()> {
    match args.format.as_str() {
        "jsonl" => {}
        "csv" | "xlsx" => return export_table(ctx, &args).await,
        other => bail!("unknown export format {other:?}: expected jsonl, csv or xlsx"),
    }
    let summary = match &args.out {
        Some(path) => {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .with_context(|| {
                    format!("cannot create {} (it must not exist yet)", path.display())
                })?;
            let mut out = std::io::BufWriter::new(file);
            match ctx.app.export(&ctx.actor, &mut out, args.signed).await {
                Ok(summary) => summary,
                Err(e) => {
                    drop(out);
                    // Half an export is no export.
                    let _ = std::fs::remove_file(path);
                    return Err(e.into());
                }
            }
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout());
            ctx.app.export(&ctx.actor, &mut out, args.signed).await?
        }
    };
    let lines: u64 = summary.counts.values().sum();
    let args = Args::new()
        .text("count", lines.to_string())
        .text("head", summary.head.unwrap_or(0).to_string());
    let said = match summary.public_key {
        Some(k) => t(
            ctx.lang,
            "cli-export-records-signed",
            &args.text("key", k.to_string()),
        ),
        None => t(ctx.lang, "cli-export-records", &args),
    };
    eprintln!("{said}");
    Ok(())
}

/// A public key given as text, or as the path of a file that holds it.
fn public_key(text: &str) -> Result<PublicKey> {
    let path = std::path::Path::new(text);
    let text = if path.is_file() {
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?
    } else {
        text.to_owned()
    };
    Ok(PublicKey::parse(&text)?)
}

pub fn verify_export(args: &VerifyExport, lang: Lang) -> Result<ExitCode> {
    let key = public_key(&args.key)?;
    let file = std::fs::File::open(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let check = amparo_app::verify_export(std::io::BufReader::new(file), &key)?;
    let report = &check.report;
    if args.json {
        print_json(&check)?;
    } else if report.problems.is_empty() {
        let at = check.manifest.map(|m| m.created_at).unwrap_or_default();
        let args = Args::new()
            .text("key", key.to_string())
            .text("at", at.to_string())
            .text("entries", report.entries.to_string())
            .text("rows", report.rows.to_string());
        println!("{}", t(lang, "cli-export-verified", &args));
    } else {
        let args = Args::new().text("count", report.problems.len().to_string());
        eprintln!("{}", t(lang, "cli-export-failed", &args));
        for p in &report.problems {
            let entity = p
                .entity
                .as_deref()
                .map(|e| format!("{e}: "))
                .unwrap_or_default();
            eprintln!("  {entity}{}", p.reason);
        }
    }
    Ok(if report.problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

pub async fn restore(ctx: &Context, args: Restore) -> Result<()> {
    let key = args.key.as_deref().map(public_key).transpose()?;
    if ctx.app.key_files().is_some() {
        ctx.app.create_key(&ctx.actor)?;
    }
    let summary = ctx
        .app
        .restore(&ctx.actor, &args.file, key.as_ref())
        .await?;
    let c = &summary.counts;
    let args = Args::new()
        .text("from", summary.from)
        .text("file", args.file.display().to_string())
        .text("audit", c.audit.to_string())
        .text("sources", c.sources.to_string())
        .text("persons", c.persons.to_string())
        .text("facts", c.facts.to_string())
        .text("retractions", c.retractions.to_string())
        .text("proposals", c.proposals.to_string())
        .text("facilities", c.facilities.to_string())
        .text("announcements", c.announcements.to_string())
        .text("claims", c.claims.to_string())
        .text("checkpoints", c.checkpoints.to_string());
    println!("{}", t(ctx.lang, "cli-restored", &args));
    for w in &summary.warnings {
        let args = Args::new().text("message", w.to_string());
        eprintln!("{}", t(ctx.lang, "cli-warning", &args));
    }
    Ok(())
}
