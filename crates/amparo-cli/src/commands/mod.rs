//! Dispatches each command to the module that owns it.

mod accounts;
mod admin;
mod claim;
mod demo;
mod fact;
mod history;
mod import;
mod news;
mod news_text;
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
use amparo_i18n::Lang;
use anyhow::Result;
use std::process::ExitCode;

pub async fn run(cli: Cli, lang: Lang) -> Result<ExitCode> {
    let access = Access::parse(&cli.read_as)?;
    // These need no registry, or build their own.
    match &cli.command {
        Command::Demo { out, as_of, json } => return demo::print(out, as_of, *json, lang).await,
        Command::Extract {
            file,
            published,
            text_lang,
            json,
        } => {
            news::extract(
                lang,
                file,
                published.as_deref(),
                text_lang.as_deref(),
                *json,
            )?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Eval(cmd) => {
            news::eval(lang, cmd)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::Resolve(cmd) => {
            resolve::run(cmd)?;
            return Ok(ExitCode::SUCCESS);
        }
        Command::VerifyExport(args) => return history::verify_export(args, lang),
        Command::Serve(args) => return serve::run(&cli.db, args, lang).await,
        Command::Config(cmd) => return serve::config(cmd),
        _ => {}
    }
    // A restore makes its registry, as init does; every other command opens one as it is.
    let create = matches!(
        cli.command,
        Command::Init | Command::Migrate | Command::Restore(_)
    );
    let ctx = Context::open(&cli.db, create, access, lang).await?;
    let outcome = dispatch(&ctx, cli).await;
    // Whatever the command did: after a write, a checkpoint is signed and the registry's
    // file made whole (issue 14). The command's own failure is the one to report.
    match ctx.app.close().await {
        Ok(_) => {}
        Err(e) if outcome.is_ok() => {
            let args = amparo_i18n::Args::new().text("reason", e.to_string());
            let message = amparo_i18n::t(ctx.lang, "cli-saved-but", &args);
            let args = amparo_i18n::Args::new().text("message", message);
            eprintln!("{}", amparo_i18n::t(ctx.lang, "cli-warning", &args));
        }
        Err(_) => {}
    }
    outcome
}

/// Runs the command on the opened registry.
// The arms pass `&ctx` as they did when this match lived in `run` (where `ctx` was owned),
// so that branches adding commands merge without touching every line.
#[allow(clippy::needless_borrow)]
async fn dispatch(ctx: &Context, cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Init => {
            history::init_key(ctx)?;
            admin::init(ctx, &cli.db).await?
        }
        Command::Migrate => admin::migrate(&ctx).await?,
        Command::Demo { .. }
        | Command::Extract { .. }
        | Command::Eval(_)
        | Command::Resolve(_)
        | Command::VerifyExport(_)
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
            offset,
            all,
            json,
        }) => {
            let limit = if all { 0 } else { limit };
            person::list(&ctx, name.as_deref(), as_of.as_deref(), limit, offset, json).await?
        }
        Command::Person(PersonCommand::Edit(args)) => person::edit(&ctx, *args).await?,

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
        Command::Announcement(cmd) => claim::announcements(&ctx, cmd).await?,
        Command::Ingest(args) => news::ingest(&ctx, args).await?,
        Command::Review(cmd) => review::run(&ctx, cmd).await?,
        Command::Status {
            as_of,
            list,
            all,
            json,
        } => {
            let listing = match (all, list) {
                (true, _) => amparo_app::Listing::Everyone,
                (false, true) => amparo_app::Listing::DeprivedOfLiberty,
                (false, false) => amparo_app::Listing::None,
            };
            status::run(&ctx, as_of.as_deref(), listing, json).await?
        }
        Command::Verify { json } => return admin::verify(&ctx, json).await,
        Command::Backup { file } => admin::backup(&ctx, &file).await?,
        Command::Log { last, json } => admin::log(&ctx, last, json).await?,
        Command::Checkpoint => history::checkpoint(ctx).await?,
        Command::Key(cmd) => history::key(ctx, cmd)?,
        Command::Export(args) => history::export(ctx, args).await?,
        Command::Restore(args) => history::restore(ctx, args).await?,
        Command::User(cmd) => accounts::user(ctx, cmd).await?,
        Command::Token(cmd) => accounts::token(ctx, cmd).await?,
    }
    Ok(ExitCode::SUCCESS)
}
