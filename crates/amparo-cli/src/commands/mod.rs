//! Dispatches each command to the module that owns it.

mod admin;
mod claim;
mod demo;
mod fact;
mod import;
mod news;
mod person;
mod report;
mod resolve;
mod review;
mod source;
pub mod status;

use crate::cli::{Cli, Command, FactCommand, PersonCommand, SourceCommand};
use crate::context::{Context, Registry, actor};
use amparo_domain::Access;
use anyhow::Result;
use std::process::ExitCode;

pub async fn run(cli: Cli) -> Result<ExitCode> {
    let access = Access::parse(&cli.read_as)?;
    // The demo builds its own registry; everything else opens --db.
    // These need no registry.
    match &cli.command {
        Command::Demo { out, as_of, json } => {
            return demo::run(out, as_of, *json, &actor(cli.actor.clone())).await;
        }
        Command::Extract {
            file,
            published,
            lang,
            json,
        } => {
            news::extract(file, published.as_deref(), lang.as_deref(), *json)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Eval(cmd) => {
            news::eval(cmd)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Resolve(cmd) => {
            resolve::run(cmd)?;
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    let create = matches!(cli.command, Command::Init | Command::Migrate);
    let registry = Registry::open(&cli.db, create).await?;
    let ctx = Context {
        registry,
        actor: actor(cli.actor),
        access,
        now: chrono::Utc::now(),
    };
    match cli.command {
        Command::Init => admin::init(&ctx, &cli.db).await?,
        Command::Migrate => admin::migrate(&ctx).await?,
        Command::Demo { .. } | Command::Extract { .. } | Command::Eval(_) | Command::Resolve(_) => {
        }
        Command::Import(args) => import::run(&ctx, args).await?,
        Command::Source(SourceCommand::Add(args)) => source::add(&ctx, args).await?,
        Command::Source(SourceCommand::List { json }) => source::list(&ctx, json).await?,
        Command::Source(SourceCommand::Show { id, json }) => source::show(&ctx, &id, json).await?,
        Command::Person(PersonCommand::Add(args)) => person::add(&ctx, args).await?,
        Command::Person(PersonCommand::List {
            name,
            as_of,
            limit,
            json,
        }) => person::list(&ctx, name.as_deref(), as_of.as_deref(), limit, json).await?,
        Command::Person(PersonCommand::Merge { into, from, reason }) => {
            person::merge(&ctx, &into, &from, &reason).await?
        }
        Command::Person(PersonCommand::Unmerge { id, reason }) => {
            person::unmerge(&ctx, &id, &reason).await?
        }
        Command::Person(PersonCommand::Duplicates { json }) => {
            resolve::duplicates(&ctx, json).await?
        }
        Command::Person(PersonCommand::Show { id, as_of, json }) => {
            person::show(&ctx, &id, as_of.as_deref(), json).await?
        }
        Command::Fact(FactCommand::Add(args)) => fact::add(&ctx, *args).await?,
        Command::Fact(FactCommand::Retract { id, reason }) => {
            fact::retract(&ctx, &id, &reason).await?
        }
        Command::Facility(cmd) => admin::facility(&ctx, cmd).await?,
        Command::Report(cmd) => report::run(&ctx, cmd).await?,
        Command::Claim(cmd) => claim::run(&ctx, cmd).await?,
        Command::Ingest(args) => news::ingest(&ctx, args).await?,
        Command::Review(cmd) => review::run(&ctx, cmd).await?,
        Command::Status { as_of, list, json } => {
            status::run(&ctx, as_of.as_deref(), list, json).await?
        }
        Command::Verify { json } => return admin::verify(&ctx, json).await,
        Command::Backup { file } => admin::backup(&ctx, &file).await?,
        Command::Log { last, json } => admin::log(&ctx, last, json).await?,
    }
    Ok(ExitCode::SUCCESS)
}
