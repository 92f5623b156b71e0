//! Trains an amparo-ner model from CoNLL files and writes its bytes (run by hand, never in CI):
//! `cargo run --release -p amparo-ner --bin train-ner -- --lang es --train T --dev D --out M`.

use std::error::Error;
use std::path::PathBuf;
use std::time::Instant;

use amparo_ner::train::{TrainConfig, train};
use amparo_ner::{Lang, Tagger, evaluate_sentences, parse_conll};
use clap::Parser;

/// Train a structured-perceptron entity tagger on CoNLL data.
#[derive(Parser)]
struct Args {
    /// Language of the model: es or en.
    #[arg(long)]
    lang: String,
    /// Training CoNLL file.
    #[arg(long)]
    train: PathBuf,
    /// Development CoNLL file (chooses the epoch).
    #[arg(long)]
    dev: PathBuf,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
    /// Hash buckets = 2^bits.
    #[arg(long, default_value_t = 18)]
    bits: u8,
    /// Passes over the training data.
    #[arg(long, default_value_t = 16)]
    epochs: usize,
    /// Drop quantised weights smaller than this in magnitude.
    #[arg(long, default_value_t = 0)]
    prune: i16,
    /// Store weights as i16 instead of i8 (twice the size; the same scores on CoNLL dev).
    #[arg(long)]
    wide: bool,
    /// Also train on an UPPER-CASE copy of every N-th sentence (0: none).
    #[arg(long, default_value_t = 10)]
    upper_case_every: usize,
    /// Shuffling seed.
    #[arg(long, default_value_t = 7)]
    seed: u64,
}

fn main() -> Result<(), Box<dyn Error>> {
    let args = Args::parse();
    let lang = Lang::parse(&args.lang).ok_or("--lang must be es or en")?;
    let train_set = parse_conll(&std::fs::read_to_string(&args.train)?)?;
    let dev_set = parse_conll(&std::fs::read_to_string(&args.dev)?)?;
    let config = TrainConfig {
        bits: args.bits,
        epochs: args.epochs,
        prune: args.prune,
        seed: args.seed,
        upper_case_every: args.upper_case_every,
        ..TrainConfig::default()
    };
    eprintln!(
        "training {} on {} sentences, dev {} sentences, {config:?}",
        lang.code(),
        train_set.len(),
        dev_set.len()
    );
    let started = Instant::now();
    let model = train(lang, &train_set, &dev_set, config, |e| {
        eprintln!(
            "epoch {:>2}: {:>5} wrong sentences, dev F1 {:.4} ({:.0?})",
            e.epoch,
            e.mistakes,
            e.dev_f1,
            started.elapsed()
        );
    })?;
    let bytes = model.to_bytes(!args.wide);
    let tagger = Tagger::from_bytes(&bytes)?;
    let report = evaluate_sentences(&tagger, &dev_set);
    eprintln!(
        "stored model: {} bytes; dev after quantisation: F1 {:.4}, PER F1 {:.4}, {:.0} words/s",
        bytes.len(),
        report.overall.f1,
        report.per_type.get("PER").map_or(0.0, |s| s.f1),
        report.words_per_second
    );
    std::fs::write(&args.out, bytes)?;
    Ok(())
}
