//! Extraction speed in words per second on one core: every text of a gold folder, repeated,
//! three timed runs, median printed; for the rule-based finder and for rules plus the
//! statistical tagger. `cargo run --release -p amparo-extract --example bench_extract -- DIR [REPEAT] [all|es|en]`.

use std::time::Instant;

use amparo_extract::{ExtractError, Extraction, Extractor, Gazetteer, NaiveDate, NerFinder, text};

/// One extraction run.
type Run<'a> = &'a dyn Fn(&str, Option<NaiveDate>) -> Result<Extraction, ExtractError>;

/// A text and its publication date.
type Corpus = Vec<(String, Option<NaiveDate>)>;

fn texts(dir: &std::path::Path, lang: &str) -> Result<Corpus, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(dir.join("texts"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    names.sort();
    for path in names {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let gold: serde_json::Value =
            std::fs::read_to_string(dir.join("expected").join(format!("{stem}.json")))
                .ok()
                .and_then(|s| serde_json::from_str(&s).ok())
                .unwrap_or_default();
        if lang != "all" && gold.get("language").and_then(|l| l.as_str()) != Some(lang) {
            continue;
        }
        let raw = std::fs::read_to_string(&path)?;
        let (_, published) = amparo_extract::extract::split_header(&raw);
        out.push((raw, published));
    }
    Ok(out)
}

fn median_words_per_second(
    label: &str,
    corpus: &[(String, Option<NaiveDate>)],
    repeat: usize,
    run: Run<'_>,
) {
    let words: usize = corpus
        .iter()
        .map(|(t, _)| text::parse(&t[amparo_extract::extract::split_header(t).0..]).word_count())
        .sum::<usize>()
        * repeat;
    let mut rates = Vec::new();
    let mut persons = 0;
    for _ in 0..3 {
        let start = Instant::now();
        for _ in 0..repeat {
            for (t, published) in corpus {
                persons += std::hint::black_box(run(t, *published)).map_or(0, |x| x.persons.len());
            }
        }
        rates.push(words as f64 / start.elapsed().as_secs_f64());
    }
    rates.sort_by(f64::total_cmp);
    println!(
        "extract[{label}] words={words} runs=3 median_words_per_s={:.0} (min {:.0}, max {:.0}) persons_seen={persons}",
        rates[1], rates[0], rates[2]
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = std::path::PathBuf::from(args.first().ok_or("usage: bench_extract DIR [REPEAT]")?);
    let repeat: usize = args.get(1).map(|r| r.parse()).transpose()?.unwrap_or(50);
    let lang = args.get(2).cloned().unwrap_or_else(|| "all".into());
    let corpus = texts(&dir, &lang)?;
    let rules = Extractor::rules_only();
    median_words_per_second(&format!("{lang} rules"), &corpus, repeat, &|t, p| {
        rules.extract(t, p, None)
    });
    let ner = Extractor::new(Gazetteer::bundled()?, Box::new(NerFinder::bundled()?));
    // The default extractor (what `amparo extract` runs) is rules+ner.
    median_words_per_second(&format!("{lang} rules+ner"), &corpus, repeat, &|t, p| {
        ner.extract(t, p, None)
    });
    Ok(())
}
