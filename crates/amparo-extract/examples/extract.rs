//! Runs the extractor on a file (or `-` for stdin) the way `amparo extract` will:
//! `cargo run -p amparo-extract --example extract -- FILE [--published YYYY-MM-DD] [--lang es|en] [--json]`.

use std::io::Read;

use amparo_extract::{Lang, NaiveDate, extract};

#[path = "support/shown.rs"]
mod shown;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let file = args
        .first()
        .ok_or("usage: extract FILE|- [--published DATE] [--lang es|en] [--json]")?;
    let mut text = String::new();
    if file == "-" {
        std::io::stdin().read_to_string(&mut text)?;
    } else {
        text = std::fs::read_to_string(file)?;
    }
    let published = value("--published")
        .map(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d"))
        .transpose()?;
    let lang = value("--lang").and_then(|l| Lang::parse(&l));
    let extraction = extract(&text, published, lang)?;
    // (Written at once, so that a pipe closed early — `extract FILE | head` — ends quietly.)
    let out = if args.iter().any(|a| a == "--json") {
        format!("{}\n", serde_json::to_string_pretty(&extraction)?)
    } else {
        shown::Shown(&extraction).to_string()
    };
    let _ = std::io::Write::write_all(&mut std::io::stdout(), out.as_bytes());
    Ok(())
}
