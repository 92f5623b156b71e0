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
mod serve;
mod source;
mod status;

use crate::cli::{Cli, Command, FactCommand, PersonCommand, SourceCommand};
use crate::context::Context;
use amparo_domain::Access;
use anyhow::Result;
use std::process::ExitCode;

pub async fn run(cli: Cli) -> Result<ExitCode> {
    let access = Access::parse(&cli.read_as)?;
    // These need no registry, or build their own.
    match &cli.command {
        Command::Demo { out, as_of, json } => return demo::print(out, as_of, *json).await,
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
        Command::Serve(args) => return serve::run(&cli.db, args).await,
        Command::Config(cmd) => return serve::config(cmd),
        _ => {}
    }
    let create = matches!(cli.command, Command::Init | Command::Migrate);
    let ctx = Context::open(&cli.db, create, access).await?;
    match cli.command {
        Command::Init => admin::init(&ctx, &cli.db).await?,
        Command::Migrate => admin::migrate(&ctx).await?,
        Command::Demo { .. }
        | Command::Extract { .. }
        | Command::Eval(_)
        | Command::Resolve(_)
        | Command::Serve(_)
        | Command::Config(_) => {}
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
            person::duplicates(&ctx, json).await?
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
