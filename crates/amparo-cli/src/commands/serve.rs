//! `amparo serve`: the web server over a registry (SQLite by default, PostgreSQL by URL),
//! or over a fresh demonstration registry with `--demo`; and `amparo config print-default`.

use crate::cli::{ConfigCommand, Serve};
use crate::context::local_actor;
use amparo_app::{Actor, App, IngestOptions, OpenOptions, Role, SystemClock};
use amparo_i18n::{Args, Lang, t};
use amparo_web::{AppState, Config};
use anyhow::{Context as _, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

/// The article of 8 January 2026, read where the repository keeps it (never copied in).
const ARTICLE: &str = "shared/corpus/2026-01-08-venezuela-releases-ap.txt";

/// Where the demo may find the article: beside the repository, seen from the source tree
/// and from the working directory.
fn article_paths() -> Vec<PathBuf> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    vec![
        repo.join("..").join(ARTICLE),
        PathBuf::from("..").join(ARTICLE),
    ]
}

pub fn config(cmd: &ConfigCommand) -> Result<ExitCode> {
    match cmd {
        ConfigCommand::PrintDefault => print!("{}", amparo_web::default_toml()),
    }
    Ok(ExitCode::SUCCESS)
}

fn init_logs() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("AMPARO_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .try_init();
}

/// Builds the demo registry in `dir`: the invented people, then the article ingested as
/// any news text is and its proposals accepted by a demo reviewer.
async fn demo_registry(dir: &Path, lang: Lang) -> Result<String> {
    let db = dir.join("amparo-demo.db").display().to_string();
    let options = OpenOptions {
        create: true,
        ..OpenOptions::default()
    };
    let app = App::open(&db, &options, Arc::new(SystemClock)).await?;
    app.load_demo(&local_actor()).await?;
    let args = Args::new().text("db", db.as_str());
    println!("{}", t(lang, "cli-serve-demo", &args));
    let Some((path, bytes)) = article_paths()
        .into_iter()
        .find_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
    else {
        let args = Args::new().text("article", ARTICLE);
        println!("{}", t(lang, "cli-serve-no-article", &args));
        return Ok(db);
    };
    let options = IngestOptions {
        publisher: "Associated Press".into(),
        published: chrono::NaiveDate::from_ymd_opt(2026, 1, 8).context("a fixed date")?,
        url: None,
        kind: "news-article".into(),
        lang: None,
        accept: false,
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ingested = app
        .ingest_texts(&local_actor(), vec![(name, bytes)], &options)
        .await?;
    let reviewer = Actor::new("demo:reviewer", Role::Reviewer);
    let (mut accepted, mut left) = (0, Vec::new());
    for id in ingested.iter().flat_map(|i| &i.proposals) {
        match app
            .accept_proposal(&reviewer, *id, None, "accepted by the demo reviewer")
            .await
        {
            Ok(_) => accepted += 1,
            Err(e) => left.push(e.to_string()),
        }
    }
    let args = Args::new()
        .text("path", path.display().to_string())
        .text("accepted", accepted.to_string())
        .text("left", left.len().to_string());
    println!("{}", t(lang, "cli-serve-article", &args));
    for why in left {
        let args = Args::new().text("why", why);
        println!("  {}", t(lang, "cli-ingest-not-accepted", &args));
    }
    Ok(db)
}

pub async fn run(db: &str, args: &Serve, lang: Lang) -> Result<ExitCode> {
    init_logs();
    let mut config = Config::load(args.config.as_deref(), std::env::vars())?;
    if let Some(listen) = args.listen {
        config.listen = listen;
    }
    // The demo's registry lives in a temporary directory removed on exit.
    let _demo_dir;
    if args.demo {
        let dir = tempfile::tempdir().context("cannot create a temporary directory")?;
        config.database = demo_registry(dir.path(), lang).await?;
        config.demo = true;
        if config.contact.is_empty() {
            config.contact = "contacto@organizacion-inventada.example".into();
        }
        _demo_dir = Some(dir);
    }
    if config.database.is_empty() {
        config.database = db.to_owned();
    }
    if config.contact.is_empty() {
        tracing::warn!(
            "no `contact` configured: families who find nobody are not told whom to write to"
        );
    }
    let app = App::open(
        &config.database,
        &OpenOptions::default(),
        Arc::new(SystemClock),
    )
    .await
    .with_context(|| format!("cannot open {}", amparo_app::redact_url(&config.database)))?;
    let listen = config.listen;
    let state = AppState::new(Arc::new(app), config).await?;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .with_context(|| format!("cannot listen on {listen}"))?;
    let addr = listener.local_addr()?;
    let args = Args::new()
        .text("count", state.index().len().to_string())
        .text("url", format!("http://{addr}/"));
    println!("{}", t(lang, "cli-serve-serving", &args));
    amparo_web::serve(state, listener, amparo_web::shutdown_signal()).await?;
    println!("{}", t(lang, "cli-serve-stopped", &Args::new()));
    Ok(ExitCode::SUCCESS)
}
