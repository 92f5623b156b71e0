//! `amparo source`: record and read the documents facts come from.

use crate::cli::SourceAdd;
use crate::context::Context;
use crate::output::{print_created, print_json};
use amparo_app::SourceInput;
use amparo_domain::SourceId;
use amparo_i18n::{Args, t};
use anyhow::{Context as _, Result};

/// The application's description of a source, from the command line's words.
pub fn input(args: &SourceAdd) -> SourceInput {
    SourceInput {
        kind: args.kind.clone(),
        publisher: args.publisher.clone(),
        title: args.title.clone(),
        url: args.url.clone(),
        published: args.published.clone(),
        language: args.language.clone(),
        reliability: Some(args.reliability.clone()),
    }
}

pub async fn add(ctx: &Context, args: SourceAdd) -> Result<()> {
    let original = match &args.file {
        Some(path) => {
            Some(std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?)
        }
        None => None,
    };
    let id = ctx
        .app
        .register_source(&ctx.actor, &input(&args), original)
        .await?;
    print_created(id, args.json)
}

pub async fn list(ctx: &Context, json: bool) -> Result<()> {
    let sources = ctx.app.sources(&ctx.actor).await?;
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
    let source = ctx.app.source(&ctx.actor, SourceId::parse(id)?).await?;
    if json {
        return print_json(&source);
    }
    println!("{} ({})", source.publisher, source.kind);
    let field = |name: &str, value: Option<String>| {
        if let Some(v) = value {
            println!("  {name:<12} {v}");
        }
    };
    let label = |key: &str| t(ctx.lang, key, &Args::new());
    field("id", Some(source.id.to_string()));
    field(&label("cli-source-title"), source.title.clone());
    field("url", source.url.clone());
    field(
        &label("cli-source-published"),
        source.published.map(|d| d.to_string()),
    );
    field(
        &label("cli-source-language"),
        source.language.map(|l| l.to_string()),
    );
    field(
        &label("cli-source-reliability"),
        Some(source.reliability.as_str().to_uppercase()),
    );
    field("sha256", source.sha256.map(|h| h.to_string()));
    Ok(())
}
