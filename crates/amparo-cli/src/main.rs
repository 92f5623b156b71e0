//! The `amparo` binary: parses the command line, opens the registry, runs the command, and
//! turns any error into one clear line on stderr with exit code 2.

mod cli;
mod commands;
mod context;
mod lang;
mod output;
mod parse_error;
mod words;

use amparo_i18n::{Args, t};
use clap::FromArgMatches;
use std::process::ExitCode;

/// mimalloc rather than the system allocator: an import builds and drops millions of small
/// strings, and glibc's malloc and free were a fifth of a million-row import (perf).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Logs go to stderr, filtered by `AMPARO_LOG` (e.g. `AMPARO_LOG=debug`); nothing below a
/// warning by default. Log fields carry counts, roles and ids, never names, national ids or
/// free text (a test greps a whole scenario's log for them).
fn init_logs() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("AMPARO_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_target(false)
        .try_init();
}

/// The status a program killed by a closed pipe (SIGPIPE) ends with, as shells report it.
const CLOSED_PIPE: u8 = 141;

/// `amparo person list | head -1`: when the reader closes the pipe, the program ends
/// quietly, as Unix programs do, rather than with a panic and a backtrace (issue 10).
/// `println!` panics on a closed pipe; the hook turns that one panic into the exit.
fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if payload.contains("Broken pipe") {
            std::process::exit(i32::from(CLOSED_PIPE));
        }
        default(info);
    }));
}

/// Whether an error comes from writing to a pipe whose reader has gone.
fn is_closed_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        let io = c.downcast_ref::<std::io::Error>().map(std::io::Error::kind);
        let json = c
            .downcast_ref::<serde_json::Error>()
            .and_then(serde_json::Error::io_error_kind);
        io.or(json) == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// Long batch work yields the processor to people waiting on a page: an import or an
/// ingest runs at the lowest scheduling priority (nice 19), so the lookup a family is using
/// on the same server keeps answering in milliseconds (measured with `scripts/bench-web` on
/// two cores, p99 of the lookup at 2,000 requests/s: 180 ms beside an import at normal
/// priority, 24–93 ms at nice 10, 8–12 ms at nice 19; the imports still finish in seconds).
/// `AMPARO_NICE=0` keeps the normal priority. Called before any thread starts, so every
/// thread of the command inherits it.
fn yield_for_batch_work(command: &cli::Command) {
    if !matches!(command, cli::Command::Import(_) | cli::Command::Ingest(_)) {
        return;
    }
    let step = std::env::var("AMPARO_NICE")
        .ok()
        .and_then(|v| v.trim().parse::<i32>().ok())
        .unwrap_or(19);
    if step > 0
        && let Err(e) = rustix::process::nice(step)
    {
        tracing::debug!(%e, "could not lower the priority of a batch command");
    }
}

fn main() -> ExitCode {
    init_logs();
    quiet_on_closed_pipe();
    // The help and the parse errors speak the language too: it is looked for before parsing.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let help_lang = lang::current(lang::prescan(&args).as_deref());
    let matches = match cli::help::command(help_lang).try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => parse_error::exit(e, help_lang),
    };
    let cli = match cli::Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => parse_error::exit(e, help_lang),
    };
    let lang = lang::current(cli.lang.as_deref());
    yield_for_batch_work(&cli.command);

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let reason = t(
                lang,
                "cli-cannot-start",
                &Args::new().text("reason", e.to_string()),
            );
            eprintln!(
                "{}",
                t(lang, "cli-error", &Args::new().text("message", reason))
            );
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(commands::run(cli, lang)) {
        Ok(code) => code,
        Err(e) if is_closed_pipe(&e) => ExitCode::from(CLOSED_PIPE),
        Err(e) => {
            let chain: Vec<String> = e.chain().map(ToString::to_string).collect();
            let message = amparo_app::redact_url(&chain.join(": "));
            eprintln!(
                "{}",
                t(lang, "cli-error", &Args::new().text("message", message))
            );
            ExitCode::from(2)
        }
    }
}
