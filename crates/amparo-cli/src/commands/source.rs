//! `amparo source`: record and read the documents facts come from.

use crate::cli::SourceAdd;
use crate::context::Context;
use crate::output::{print_created, print_json};
use amparo_domain::Access;
use amparo_domain::{Language, PartialDate, Reliability, Source, SourceId, SourceKind};
use amparo_store::Write;
use anyhow::{Context as _, Result};

/// Builds a source from the command line's words.
pub fn build(args: &SourceAdd) -> Result<Source> {
    let mut source = Source::new(
        SourceId::generate(),
        SourceKind::parse(&args.kind)?,
        &args.publisher,
    )?;
    source.title = args.title.clone();
    source.url = args.url.clone();
    source.published = args
        .published
        .as_deref()
        .map(PartialDate::parse)
        .transpose()?;
    source.language = args.language.as_deref().map(Language::parse).transpose()?;
    source.reliability = Reliability::parse(&args.reliability)?;
    Ok(source)
}

pub async fn add(ctx: &Context, args: SourceAdd) -> Result<()> {
    let source = build(&args)?;
    let original = match &args.file {
        Some(path) => {
            Some(std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?)
        }
        None => None,
    };
    let id = source.id;
    ctx.store()
        .write_batch(vec![Write::Source { source, original }], &ctx.write())
        .await?;
    print_created(id, args.json)
}

pub async fn list(ctx: &Context, json: bool) -> Result<()> {
    let sources = ctx.store().sources(Access::Admin).await?;
    if json {
        return print_json(&sources);
    }
    for s in sources {
        let published = s
            .published
            .map(|d| d.to_string())
            .unwrap_or_else(|| "-".into());
        println!("{}  {:<18} {:<10} {}", s.id, s.kind, published, s.publisher);
    }
    Ok(())
}

pub async fn show(ctx: &Context, id: &str, json: bool) -> Result<()> {
    let source = ctx.store().source(SourceId::parse(id)?, ctx.access).await?;
    if json {
        return print_json(&source);
    }
    println!("{} ({})", source.publisher, source.kind);
    let field = |name: &str, value: Option<String>| {
        if let Some(v) = value {
            println!("  {name:<12} {v}");
        }
    };
    field("id", Some(source.id.to_string()));
    field("title", source.title.clone());
    field("url", source.url.clone());
    field("published", source.published.map(|d| d.to_string()));
    field("language", source.language.map(|l| l.to_string()));
    field(
        "reliability",
        Some(source.reliability.as_str().to_uppercase()),
    );
    field("sha256", source.sha256.map(|h| h.to_string()));
    Ok(())
}
