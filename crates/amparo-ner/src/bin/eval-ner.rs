//! Scores a model on CoNLL files, the way `amparo eval ner FILE.conllu` will:
//! `cargo run --release -p amparo-ner --bin eval-ner -- FILE.conllu [--lang es] [--json]`.
//! `--repeat N` scores N times and keeps the run with the median speed (scores are identical).

use std::error::Error;
use std::path::PathBuf;
use std::time::Instant;

use amparo_ner::{EvalReport, Lang, Tagger, conll_language, evaluate_sentences, parse_conll};
use clap::Parser;

/// Evaluate entity recognition on CoNLL files (exact span and type).
#[derive(Parser)]
struct Args {
    /// CoNLL files (index, token, BIO tag).
    files: Vec<PathBuf>,
    /// Bundled model to use: es or en (default: detected from the file's token column).
    #[arg(long)]
    lang: Option<String>,
    /// A model file instead of the bundled one.
    #[arg(long)]
    model: Option<PathBuf>,
    /// Print one JSON object per file.
    #[arg(long)]
    json: bool,
    /// Score the file this many times and report the median speed.
    #[arg(long, default_value_t = 1)]
    repeat: usize,
}

fn print_table(file: &str, lang: Lang, load_ms: f64, report: &EvalReport) {
    println!("{file} (model {}, loaded in {load_ms:.1} ms)", lang.code());
    println!(
        "  {:<8} {:>9} {:>9} {:>9}",
        "type", "precision", "recall", "F1"
    );
    for (label, s) in &report.per_type {
        println!(
            "  {label:<8} {:>9.4} {:>9.4} {:>9.4}",
            s.precision, s.recall, s.f1
        );
    }
    let o = report.overall;
    println!(
        "  {:<8} {:>9.4} {:>9.4} {:>9.4}",
        "overall", o.precision, o.recall, o.f1
    );
    println!("  speed    {:.0} words/s", report.words_per_second);
}

fn main() -> Result<(), Box<dyn Error>> {
    let args = Args::parse();
    for path in &args.files {
        let text = std::fs::read_to_string(path)?;
        let lang = match &args.lang {
            Some(code) => Lang::parse(code).ok_or("--lang must be es or en")?,
            None => conll_language(&text),
        };
        let started = Instant::now();
        let tagger = match &args.model {
            Some(model) => Tagger::from_bytes(&std::fs::read(model)?)?,
            None => Tagger::bundled(lang)?,
        };
        let load_ms = started.elapsed().as_secs_f64() * 1000.0;
        let sentences = parse_conll(&text)?;
        let mut runs: Vec<EvalReport> = (0..args.repeat.max(1))
            .map(|_| evaluate_sentences(&tagger, &sentences))
            .collect();
        runs.sort_by(|a, b| a.words_per_second.total_cmp(&b.words_per_second));
        let report = runs.swap_remove(runs.len() / 2);
        if args.json {
            println!("{}", serde_json::to_string(&report)?);
        } else {
            print_table(
                &path.display().to_string(),
                tagger.model().lang(),
                load_ms,
                &report,
            );
        }
    }
    Ok(())
}
