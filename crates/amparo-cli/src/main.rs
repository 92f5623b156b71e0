//! The `amparo` binary: parses the command line, opens the registry, runs the command, and
//! turns any error into one clear line on stderr with exit code 2.

mod cli;
mod commands;
mod context;
mod output;

use clap::Parser;
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

fn main() -> ExitCode {
    init_logs();
    let cli = cli::Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start: {e}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(commands::run(cli)) {
        Ok(code) => code,
        Err(e) => {
            let chain: Vec<String> = e.chain().map(ToString::to_string).collect();
            eprintln!("error: {}", amparo_app::redact_url(&chain.join(": ")));
            ExitCode::from(2)
        }
    }
}
