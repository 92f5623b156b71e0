//! Run identity resolution end to end before the CLI exists:
//! `resolve dedupe FILE --out PAIRS.csv` or `resolve link A B --out PAIRS.csv`.
//! Prints the run summary and seconds to stderr.

use amparo_resolve::{ResolveOptions, dedupe_file, link_files};
use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = ResolveOptions::default();
    let mut out = PathBuf::from("pairs.csv");
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--out" => out = it.next().ok_or("--out needs a path")?.into(),
            "--match" => {
                opts.match_threshold = it.next().ok_or("--match needs a value")?.parse()?
            }
            "--review" => {
                opts.review_threshold = it.next().ok_or("--review needs a value")?.parse()?
            }
            "--max-block" => {
                opts.max_block = it.next().ok_or("--max-block needs a value")?.parse()?
            }
            _ => files.push(a.clone()),
        }
    }
    let t0 = Instant::now();
    let summary = match files.as_slice() {
        [mode, f] if mode == "dedupe" => dedupe_file(f.as_ref(), &out, &opts)?,
        [mode, a, b] if mode == "link" => link_files(a.as_ref(), b.as_ref(), &out, &opts)?,
        _ => return Err("usage: resolve dedupe FILE | link A B [--out PAIRS.csv]".into()),
    };
    eprintln!("{summary:?} seconds={:.3}", t0.elapsed().as_secs_f64());
    Ok(())
}
