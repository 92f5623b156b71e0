//! Reading CoNLL files (`index<TAB>token<TAB>tag`, blank line between sentences) and scoring a
//! tagger on them the CoNLL way: an entity counts only when its span and type both match.

use std::collections::BTreeMap;
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::error::NerError;
use crate::tagger::{DOCUMENT_BLOCK, Tagger};
use crate::tags::{EntityLabel, Lang, Tag, spans};

/// One annotated sentence of a CoNLL file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The tokens, as written.
    pub tokens: Vec<String>,
    /// One gold tag per token.
    pub tags: Vec<Tag>,
    /// Number of the document the sentence belongs to (`-DOCSTART-` lines start a new one).
    pub document: usize,
}

/// Ranges of consecutive sentences of one document, at most [`DOCUMENT_BLOCK`] long: the
/// units that share a document context.
pub(crate) fn blocks(sentences: &[Sentence]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for k in 1..=sentences.len() {
        let boundary = k == sentences.len()
            || sentences[k].document != sentences[start].document
            || k - start >= DOCUMENT_BLOCK;
        if boundary {
            out.push(start..k);
            start = k;
        }
    }
    out
}

/// Parses a CoNLL file; `-DOCSTART-` lines and `#` comment lines are skipped.
pub fn parse_conll(text: &str) -> Result<Vec<Sentence>, NerError> {
    let mut out = Vec::new();
    let mut document = 0;
    let empty = |document| Sentence {
        tokens: Vec::new(),
        tags: Vec::new(),
        document,
    };
    let mut current = empty(document);
    for (k, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !current.tokens.is_empty() {
                out.push(std::mem::replace(&mut current, empty(document)));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = if line.contains('\t') {
            line.split('\t').collect()
        } else {
            line.split_whitespace().collect()
        };
        let malformed = |reason: String| NerError::MalformedConll {
            line: k + 1,
            reason,
        };
        let [index, token, tag] = fields.as_slice() else {
            return Err(malformed(format!(
                "expected 3 columns, found {}",
                fields.len()
            )));
        };
        if index.parse::<u64>().is_err() {
            return Err(malformed(format!("index {index:?} is not a number")));
        }
        if token.is_empty() {
            return Err(malformed("empty token".into()));
        }
        let tag =
            Tag::parse(tag.trim()).ok_or_else(|| malformed(format!("unknown tag {tag:?}")))?;
        if *token == "-DOCSTART-" {
            document += 1;
            current.document = document;
            continue;
        }
        current.tokens.push((*token).to_string());
        current.tags.push(tag);
    }
    if !current.tokens.is_empty() {
        out.push(current);
    }
    Ok(out)
}

/// The language of a CoNLL file, judged from its token column only: the index and tag
/// columns ("O", "B-PER") say nothing about the language and must not tip the count.
/// Reads at most the first 20,000 tokens. `amparo eval ner FILE` without `--lang` uses it.
pub fn conll_language(conllu: &str) -> Lang {
    let mut words = String::new();
    for line in conllu
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .take(20_000)
    {
        let token = if line.contains('\t') {
            line.split('\t').nth(1)
        } else {
            line.split_whitespace().nth(1)
        };
        if let Some(token) = token.filter(|t| *t != "-DOCSTART-") {
            words.push_str(token);
            words.push(' ');
        }
    }
    amparo_text::detect(&words)
}

/// Precision, recall and F1 of one entity type or of all.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Correct entities / predicted entities.
    pub precision: f64,
    /// Correct entities / gold entities.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

/// Scores per type (`PER`, `ORG`, `LOC`, `MISC`), overall, and tagging speed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalReport {
    /// Scores of each entity type, keyed by its CoNLL name.
    pub per_type: BTreeMap<String, Scores>,
    /// Micro-averaged scores over all types.
    pub overall: Scores,
    /// Tokens tagged per second (feature extraction and decoding, one thread).
    pub words_per_second: f64,
}

/// Entity counts: gold, predicted and correct, per label.
#[derive(Debug, Clone, Default)]
pub(crate) struct Counts {
    by_label: BTreeMap<EntityLabel, [usize; 3]>,
}

impl Counts {
    pub(crate) fn add(&mut self, gold: &[Tag], predicted: &[Tag]) {
        let gold_spans = spans(gold);
        let predicted_spans = spans(predicted);
        for &(_, _, label) in &gold_spans {
            self.by_label.entry(label).or_default()[0] += 1;
        }
        for span in &predicted_spans {
            let entry = self.by_label.entry(span.2).or_default();
            entry[1] += 1;
            if gold_spans.contains(span) {
                entry[2] += 1;
            }
        }
    }

    fn scores(counts: [usize; 3]) -> Scores {
        let [gold, predicted, correct] = counts.map(|c| c as f64);
        let precision = if predicted > 0.0 {
            correct / predicted
        } else {
            0.0
        };
        let recall = if gold > 0.0 { correct / gold } else { 0.0 };
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Scores {
            precision,
            recall,
            f1,
        }
    }

    pub(crate) fn overall(&self) -> Scores {
        let total = self
            .by_label
            .values()
            .fold([0; 3], |a, c| [a[0] + c[0], a[1] + c[1], a[2] + c[2]]);
        Counts::scores(total)
    }

    fn per_type(&self) -> BTreeMap<String, Scores> {
        self.by_label
            .iter()
            .map(|(l, c)| (l.as_str().to_string(), Counts::scores(*c)))
            .collect()
    }
}

/// Tags every sentence of `sentences` and scores the result against the gold tags.
pub fn evaluate_sentences(tagger: &Tagger, sentences: &[Sentence]) -> EvalReport {
    let mut counts = Counts::default();
    let mut words = 0usize;
    let mut seconds = 0f64;
    for block in blocks(sentences) {
        let block = &sentences[block];
        let tokens: Vec<Vec<&str>> = block
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        let refs: Vec<&[&str]> = tokens.iter().map(Vec::as_slice).collect();
        let started = Instant::now();
        let predicted = tagger.tag_document(&refs);
        seconds += started.elapsed().as_secs_f64();
        for (sentence, predicted) in block.iter().zip(predicted) {
            words += sentence.tokens.len();
            counts.add(&sentence.tags, &predicted);
        }
    }
    EvalReport {
        per_type: counts.per_type(),
        overall: counts.overall(),
        words_per_second: if seconds > 0.0 {
            words as f64 / seconds
        } else {
            0.0
        },
    }
}

/// Parses the CoNLL text `conllu` and scores `tagger` on it.
pub fn evaluate(tagger: &Tagger, conllu: &str) -> Result<EvalReport, NerError> {
    Ok(evaluate_sentences(tagger, &parse_conll(conllu)?))
}
