//! `amparo extract`, `amparo ingest` and `amparo eval`: news texts in, proposals out.

use crate::cli::{EvalCommand, Ingest};
use crate::context::Context;
use crate::output::print_json;
use amparo_app::IngestOptions;
use amparo_extract::Lang;
use amparo_i18n::{Args, t};
use anyhow::{Context as _, Result, bail};
use std::io::Read;
use std::path::Path;

fn read_text(file: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    if file.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    }
    String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8 text", file.display()))
}

/// `--text-lang`: es or en.
fn parse_lang(given: &str) -> Result<amparo_text::Lang> {
    match amparo_text::Lang::parse(given) {
        Some(l) => Ok(l),
        None => bail!("invalid language {given:?}: expected es or en"),
    }
}

fn lang(given: Option<&str>) -> Result<Option<Lang>> {
    given.map(parse_lang).transpose()
}

pub fn extract(
    file: &Path,
    published: Option<&str>,
    language: Option<&str>,
    json: bool,
) -> Result<()> {
    let text = read_text(file)?;
    let published = published.map(amparo_domain::date::parse_day).transpose()?;
    let extraction = amparo_extract::extract(&text, published, lang(language)?)?;
    if json {
        print_json(&extraction)
    } else {
        println!("{}", amparo_extract::render_text(&extraction));
        Ok(())
    }
}

pub fn eval(cmd: &EvalCommand) -> Result<()> {
    match cmd {
        EvalCommand::Ner {
            file,
            text_lang: language,
            json,
        } => {
            let text = read_text(file)?;
            let lang = match language.as_deref() {
                None => amparo_ner::conll_language(&text),
                Some("es") => amparo_ner::Lang::Es,
                Some("en") => amparo_ner::Lang::En,
                Some(other) => bail!("invalid language {other:?}: expected es or en"),
            };
            let tagger = amparo_ner::Tagger::bundled(lang)?;
            let report = amparo_ner::evaluate(&tagger, &text)?;
            if *json {
                return print_json(&report);
            }
            println!(
                "{:<8} {:>9} {:>9} {:>9}",
                "type", "precision", "recall", "F1"
            );
            for (label, s) in report
                .per_type
                .iter()
                .chain(std::iter::once((&"overall".to_owned(), &report.overall)))
            {
                println!(
                    "{label:<8} {:>9.4} {:>9.4} {:>9.4}",
                    s.precision, s.recall, s.f1
                );
            }
            println!("{:.0} words/s", report.words_per_second);
            Ok(())
        }
        EvalCommand::Extract { dir, json } => {
            let report = amparo_extract::score_dir(dir)?;
            if *json {
                print_json(&report)
            } else {
                println!("{report}");
                Ok(())
            }
        }
    }
}

pub async fn ingest(ctx: &Context, args: Ingest) -> Result<()> {
    let options = IngestOptions {
        publisher: args.publisher.clone(),
        published: amparo_domain::date::parse_day(&args.published)?,
        url: args.url.clone(),
        kind: args.kind.clone(),
        lang: args.text_lang.as_deref().map(parse_lang).transpose()?,
        accept: args.accept,
    };
    let mut texts = Vec::with_capacity(args.files.len());
    for file in &args.files {
        let bytes =
            std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
        texts.push((file.display().to_string(), bytes));
    }
    let report = ctx.app.ingest_texts(&ctx.actor, texts, &options).await?;
    if args.json {
        return print_json(&report);
    }
    let lang = ctx.lang;
    for r in &report {
        let ingested = r.outcome == "ingested";
        let outcome = if ingested {
            t(lang, "cli-ingest-result-ingested", &Args::new())
        } else {
            r.outcome.clone()
        };
        println!("{}: {outcome}", r.file);
        if ingested {
            let args = Args::new()
                .text("count", (r.proposals.len() - r.accepted).to_string())
                .text("linked", r.linked_to_known_persons.to_string())
                .text("accepted", r.accepted.to_string())
                .text("skipped", r.skipped_events.to_string());
            println!("  {}", t(lang, "cli-ingest-proposals", &args));
            if r.claims > 0 {
                let args = Args::new().text("count", r.claims.to_string());
                println!("  {}", t(lang, "cli-ingest-claims", &args));
            }
        }
        for why in &r.not_accepted {
            let args = Args::new().text("why", why.to_string());
            println!("  {}", t(lang, "cli-ingest-not-accepted", &args));
        }
    }
    let args = Args::new().text("command", "amparo review list");
    println!("{}", t(lang, "cli-next", &args));
    Ok(())
}
