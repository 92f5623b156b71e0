//! `amparo extract`, `amparo ingest` and `amparo eval`: news texts in, proposals out.

use crate::cli::{EvalCommand, Ingest};
use crate::commands::news_text;
use crate::context::Context;
use crate::output::print_json;
use amparo_app::IngestOptions;
use amparo_i18n::{Args, Lang, t};
use anyhow::{Context as _, Result, anyhow};
use std::io::Read;
use std::path::Path;

/// "cannot read FILE", in the reader's language.
fn cannot_read(lang: Lang, file: &Path) -> String {
    let args = Args::new().text("path", file.display().to_string());
    t(lang, "cli-cannot-read", &args)
}

fn read_text(lang: Lang, file: &Path) -> Result<String> {
    let mut bytes = Vec::new();
    if file.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut bytes)?;
    } else {
        bytes = std::fs::read(file).with_context(|| cannot_read(lang, file))?;
    }
    String::from_utf8(bytes).with_context(|| {
        let args = Args::new().text("path", file.display().to_string());
        t(lang, "cli-not-utf8", &args)
    })
}

/// `--text-lang`: es or en, the language of the text (not of the reader).
fn parse_text_lang(lang: Lang, given: &str) -> Result<amparo_text::Lang> {
    amparo_text::Lang::parse(given).ok_or_else(|| {
        let args = Args::new().text("given", given);
        anyhow!(t(lang, "cli-text-lang-invalid", &args))
    })
}

/// The extractor's refusal of a text too long, in the reader's language.
fn extract_error(lang: Lang, e: amparo_extract::ExtractError) -> anyhow::Error {
    match e {
        amparo_extract::ExtractError::TooLarge { bytes, limit } => {
            let args = Args::new()
                .text("bytes", amparo_i18n::number(lang, bytes as i64))
                .text("limit", amparo_i18n::number(lang, limit as i64));
            anyhow!(t(lang, "cli-text-too-large", &args))
        }
    }
}

/// `amparo extract`: what the extractor reads in one text, printed in `lang` (the reader's
/// language) or as JSON.
pub fn extract(
    lang: Lang,
    file: &Path,
    published: Option<&str>,
    text_lang: Option<&str>,
    json: bool,
) -> Result<()> {
    let text = read_text(lang, file)?;
    let published = published.map(amparo_domain::date::parse_day).transpose()?;
    let text_lang = text_lang.map(|l| parse_text_lang(lang, l)).transpose()?;
    let extraction =
        amparo_extract::extract(&text, published, text_lang).map_err(|e| extract_error(lang, e))?;
    if json {
        print_json(&extraction)
    } else {
        println!("{}", news_text::extraction(lang, &extraction));
        Ok(())
    }
}

/// `amparo eval ner` and `amparo eval extract`: scores against a gold set, printed in `lang`
/// or as JSON.
pub fn eval(lang: Lang, cmd: &EvalCommand) -> Result<()> {
    match cmd {
        EvalCommand::Ner {
            file,
            text_lang,
            json,
        } => {
            let text = read_text(lang, file)?;
            let text_lang = match text_lang.as_deref() {
                None => amparo_ner::conll_language(&text),
                Some(given) => parse_text_lang(lang, given)?,
            };
            let tagger = amparo_ner::Tagger::bundled(text_lang)?;
            let report = amparo_ner::evaluate(&tagger, &text)?;
            if *json {
                return print_json(&report);
            }
            println!("{}", news_text::ner_report(lang, &report));
            Ok(())
        }
        EvalCommand::Extract { dir, json } => {
            let report = amparo_extract::score_dir(dir).map_err(|e| match e {
                amparo_extract::ScoreError::Io { path, source } => {
                    anyhow::Error::new(source).context(cannot_read(lang, &path))
                }
            })?;
            if *json {
                print_json(&report)
            } else {
                println!("{}", news_text::score_report(lang, &report));
                Ok(())
            }
        }
    }
}

pub async fn ingest(ctx: &Context, args: Ingest) -> Result<()> {
    let lang = ctx.lang;
    let options = IngestOptions {
        publisher: args.publisher.clone(),
        published: amparo_domain::date::parse_day(&args.published)?,
        url: args.url.clone(),
        kind: args.kind.clone(),
        lang: args
            .text_lang
            .as_deref()
            .map(|l| parse_text_lang(lang, l))
            .transpose()?,
        accept: args.accept,
    };
    let mut texts = Vec::with_capacity(args.files.len());
    for file in &args.files {
        let bytes = std::fs::read(file).with_context(|| cannot_read(lang, file))?;
        texts.push((file.display().to_string(), bytes));
    }
    let report = ctx.app.ingest_texts(&ctx.actor, texts, &options).await?;
    if args.json {
        return print_json(&report);
    }
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
