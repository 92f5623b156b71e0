//! The figures of a scoring run: tallies, derived precision/recall/F1, per-text errors, and
//! their one-line-per-language rendering (the same lines score.py prints). That rendering is
//! for developers and the tools that parse it (`key=value`, identifiers rather than words);
//! `amparo eval extract` prints its own table, in the reader's language.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Raw tallies, summed over texts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// Matched detainees.
    pub person_tp: usize,
    /// Predicted detainees not in the gold.
    pub person_fp: usize,
    /// Gold detainees not predicted.
    pub person_fn: usize,
    /// Matched (person, event type) pairs.
    pub event_tp: usize,
    /// Spurious pairs.
    pub event_fp: usize,
    /// Missed pairs.
    pub event_fn: usize,
    /// Matched events whose date was compared.
    pub dates_seen: usize,
    /// Of those, dates right.
    pub dates_ok: usize,
    /// Numbers matched.
    pub count_tp: usize,
    /// Numbers predicted but not in the gold.
    pub count_fp: usize,
    /// Gold numbers missed.
    pub count_fn: usize,
    /// Relatives, officials or out-of-scope people predicted as detainees.
    pub negatives_as_detainees: usize,
    /// Texts that could not be read or scored.
    pub errors: usize,
    /// Vague quantities in the gold.
    pub vague_gold: usize,
    /// Of those, predicted as vague (no number).
    pub vague_kept: usize,
}

/// Figures derived from a tally.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Person precision.
    pub person_p: f64,
    /// Person recall.
    pub person_r: f64,
    /// Person F1.
    pub person_f1: f64,
    /// Person–event precision.
    pub event_p: f64,
    /// Person–event recall.
    pub event_r: f64,
    /// Person–event F1.
    pub event_f1: f64,
    /// Share of matched events with the right date.
    pub date_acc: f64,
    /// Count precision.
    pub count_p: f64,
    /// Count recall.
    pub count_r: f64,
    /// Share of vague gold quantities kept vague (1.0 when there are none).
    pub vague_kept: f64,
    /// Relatives, officials or out-of-scope people predicted as detainees.
    pub negatives_as_detainees: usize,
    /// Texts that could not be read.
    pub errors: usize,
    /// The tallies behind the figures.
    pub tally: Tally,
}

/// What went wrong in one text, for reading errors.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TextReport {
    /// File stem.
    pub id: String,
    /// Language of the gold.
    pub language: String,
    /// Gold detainees not found.
    pub missed_persons: Vec<String>,
    /// Predicted detainees not in the gold.
    pub spurious_persons: Vec<String>,
    /// "name: type" pairs predicted wrongly.
    pub spurious_events: Vec<String>,
    /// "name: type" pairs missed.
    pub missed_events: Vec<String>,
    /// "name: type predicted-date != gold-date".
    pub wrong_dates: Vec<String>,
}

/// The scores of a set: overall and per language, with per-text details.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoreReport {
    /// Number of texts scored.
    pub texts: usize,
    /// Micro-averaged over all texts.
    pub overall: Scores,
    /// Micro-averaged per gold language.
    pub by_language: BTreeMap<String, Scores>,
    /// Per-text errors.
    pub details: Vec<TextReport>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = ratio(tp, tp + fp);
    let r = ratio(tp, tp + fn_);
    (
        p,
        r,
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    )
}

impl Tally {
    pub(crate) fn add(&mut self, o: &Tally) {
        self.person_tp += o.person_tp;
        self.person_fp += o.person_fp;
        self.person_fn += o.person_fn;
        self.event_tp += o.event_tp;
        self.event_fp += o.event_fp;
        self.event_fn += o.event_fn;
        self.dates_seen += o.dates_seen;
        self.dates_ok += o.dates_ok;
        self.count_tp += o.count_tp;
        self.count_fp += o.count_fp;
        self.count_fn += o.count_fn;
        self.negatives_as_detainees += o.negatives_as_detainees;
        self.errors += o.errors;
        self.vague_gold += o.vague_gold;
        self.vague_kept += o.vague_kept;
    }

    /// The figures of this tally.
    pub fn scores(&self) -> Scores {
        let (person_p, person_r, person_f1) = prf(self.person_tp, self.person_fp, self.person_fn);
        let (event_p, event_r, event_f1) = prf(self.event_tp, self.event_fp, self.event_fn);
        let (count_p, count_r, _) = prf(self.count_tp, self.count_fp, self.count_fn);
        Scores {
            person_p,
            person_r,
            person_f1,
            event_p,
            event_r,
            event_f1,
            date_acc: ratio(self.dates_ok, self.dates_seen),
            count_p,
            count_r,
            vague_kept: if self.vague_gold == 0 {
                1.0
            } else {
                ratio(self.vague_kept, self.vague_gold)
            },
            negatives_as_detainees: self.negatives_as_detainees,
            errors: self.errors,
            tally: self.clone(),
        }
    }
}

pub(crate) fn finish(
    by_lang: BTreeMap<String, Tally>,
    details: Vec<TextReport>,
    texts: usize,
) -> ScoreReport {
    let mut total = Tally::default();
    for t in by_lang.values() {
        total.add(t);
    }
    ScoreReport {
        texts,
        overall: total.scores(),
        by_language: by_lang
            .iter()
            .map(|(k, v)| (k.clone(), v.scores()))
            .collect(),
        details,
    }
}

impl std::fmt::Display for ScoreReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let line = |f: &mut std::fmt::Formatter<'_>, label: &str, s: &Scores| {
            writeln!(
                f,
                "{label} person_p={:.3} person_r={:.3} person_f1={:.3} event_p={:.3} event_r={:.3} event_f1={:.3} date_acc={:.3} count_p={:.3} count_r={:.3} vague_kept={:.3} negatives_as_detainees={} errors={}",
                s.person_p,
                s.person_r,
                s.person_f1,
                s.event_p,
                s.event_r,
                s.event_f1,
                s.date_acc,
                s.count_p,
                s.count_r,
                s.vague_kept,
                s.negatives_as_detainees,
                s.errors
            )
        };
        for (lang, s) in &self.by_language {
            line(f, lang, s)?;
        }
        line(f, &format!("all texts={}", self.texts), &self.overall)
    }
}
