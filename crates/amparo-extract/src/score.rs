//! Scoring extractions against a gold set, following `bench/extract/FORMAT.md` and porting
//! `score.py` rule for rule: persons P/R, person–event P/R/F1, date accuracy of matched
//! events, counts; plus how many vague gold quantities were kept vague. Micro-averaged over
//! the set and per language.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::score_report::finish;
pub use crate::score_report::{ScoreReport, Scores, Tally, TextReport};
use crate::text::fold_char;

/// Errors reading a gold folder.
#[derive(Debug, thiserror::Error)]
pub enum ScoreError {
    /// The folder or one of its files could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Normalises a name as score.py does: no accents, lower case, only [a-z0-9] and spaces.
pub fn norm(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(fold_char)
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                c
            } else {
                ' '
            }
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn str_of(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

fn list<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v.get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

fn variants(p: &Value) -> HashSet<String> {
    let mut out: HashSet<String> = HashSet::new();
    out.insert(norm(&str_of(p, "name").unwrap_or_default()));
    for k in ["name_variants_in_text", "name_variants_other_sources"] {
        out.extend(list(p, k).iter().filter_map(Value::as_str).map(norm));
    }
    out.retain(|v| !v.is_empty());
    out
}

fn same(pred_name: &str, gold: &HashSet<String>) -> bool {
    let n = norm(pred_name);
    if n.is_empty() {
        return false;
    }
    if gold.contains(&n) {
        return true;
    }
    let toks: HashSet<&str> = n.split(' ').collect();
    gold.iter().any(|v| {
        let vt: HashSet<&str> = v.split(' ').collect();
        let (small, big) = if toks.len() <= vt.len() {
            (&toks, &vt)
        } else {
            (&vt, &toks)
        };
        small.len() >= 2 && small.is_subset(big)
    })
}

fn date_ok(pred: Option<&str>, gold: Option<&str>) -> bool {
    let pred = pred.map(str::trim).filter(|s| !s.is_empty());
    match gold {
        None => pred.is_none(),
        Some(g) => pred.is_some_and(|p| p.starts_with(g)),
    }
}

const OPTIONAL: &[&str] = &["requested", "announced", "attempted"];

fn optional(ge: &Value) -> bool {
    ge.get("certainty")
        .and_then(Value::as_str)
        .is_some_and(|c| OPTIONAL.contains(&c))
}

/// Scores one prediction against one gold file, adding to `acc` and describing errors in `report`.
pub fn score_one(gold: &Value, pred: &Value, acc: &mut Tally, report: &mut TextReport) {
    let gold_people: Vec<&Value> = list(gold, "persons")
        .iter()
        .filter(|p| str_of(p, "name").is_some_and(|n| !n.is_empty()))
        .collect();
    let negatives: Vec<HashSet<String>> = list(gold, "not_detainees")
        .iter()
        .chain(list(gold, "out_of_scope_mentions"))
        .map(variants)
        .collect();
    let pred_people: Vec<&Value> = list(pred, "persons")
        .iter()
        .filter(|p| {
            !list(p, "events").is_empty()
                && !norm(&str_of(p, "name").unwrap_or_default()).is_empty()
        })
        .collect();
    let gold_vars: Vec<HashSet<String>> = gold_people.iter().map(|p| variants(p)).collect();
    let mut matched: HashSet<usize> = HashSet::new();
    for pp in pred_people {
        let name = str_of(pp, "name").unwrap_or_default();
        let free: Vec<usize> = (0..gold_people.len())
            .filter(|i| !matched.contains(i))
            .collect();
        let gi = free
            .iter()
            .copied()
            .find(|&i| gold_vars[i].contains(&norm(&name)))
            .or_else(|| free.iter().copied().find(|&i| same(&name, &gold_vars[i])));
        let pevents = list(pp, "events");
        let Some(gi) = gi else {
            acc.person_fp += 1;
            acc.event_fp += pevents.len();
            report.spurious_persons.push(name.clone());
            if negatives.iter().any(|v| same(&name, v)) {
                acc.negatives_as_detainees += 1;
            }
            continue;
        };
        matched.insert(gi);
        acc.person_tp += 1;
        let gevents = list(gold_people[gi], "events");
        let mut used: HashSet<usize> = HashSet::new();
        for pe in pevents {
            let t = str_of(pe, "type").unwrap_or_default();
            let hit = (0..gevents.len()).filter(|j| !used.contains(j)).find(|&j| {
                let ge = &gevents[j];
                str_of(ge, "type").as_deref() == Some(t.as_str())
                    || list(ge, "accept_also")
                        .iter()
                        .any(|a| a.as_str() == Some(t.as_str()))
            });
            let Some(j) = hit else {
                acc.event_fp += 1;
                report.spurious_events.push(format!("{name}: {t}"));
                continue;
            };
            used.insert(j);
            let ge = &gevents[j];
            if optional(ge) {
                continue;
            }
            acc.event_tp += 1;
            acc.dates_seen += 1;
            let (pd, gd) = (str_of(pe, "date"), str_of(ge, "date"));
            if date_ok(pd.as_deref(), gd.as_deref()) {
                acc.dates_ok += 1;
            } else {
                report.wrong_dates.push(format!(
                    "{name}: {t} {} != {}",
                    pd.as_deref().unwrap_or("null"),
                    gd.as_deref().unwrap_or("null")
                ));
            }
        }
        for (j, ge) in gevents.iter().enumerate() {
            if !used.contains(&j) && !optional(ge) {
                acc.event_fn += 1;
                report.missed_events.push(format!(
                    "{name}: {}",
                    str_of(ge, "type").unwrap_or_default()
                ));
            }
        }
    }
    for (i, gp) in gold_people.iter().enumerate() {
        if !matched.contains(&i) {
            acc.person_fn += 1;
            report
                .missed_persons
                .push(str_of(gp, "name").unwrap_or_default());
            acc.event_fn += list(gp, "events").iter().filter(|ge| !optional(ge)).count();
        }
    }
    let numbers = |v: &Value| -> Vec<u64> {
        list(v, "counts")
            .iter()
            .filter_map(|c| c.get("number").and_then(Value::as_u64))
            .collect()
    };
    let mut left = numbers(gold);
    for n in numbers(pred) {
        if let Some(pos) = left.iter().position(|g| *g == n) {
            left.remove(pos);
            acc.count_tp += 1;
        } else {
            acc.count_fp += 1;
        }
    }
    acc.count_fn += left.len();
    let vague = |v: &Value| -> Vec<String> {
        list(v, "counts")
            .iter()
            .filter(|c| c.get("number").is_none_or(Value::is_null))
            .filter_map(|c| str_of(c, "vague_quantity"))
            .map(|s| norm(&s))
            .collect()
    };
    let predicted_vague = vague(pred);
    for g in vague(gold) {
        acc.vague_gold += 1;
        let head: Vec<&str> = g.split(' ').take(3).collect();
        if predicted_vague
            .iter()
            .any(|p| p.contains(&head.join(" ")) || g.contains(p.as_str()))
        {
            acc.vague_kept += 1;
        }
    }
}

/// Scores in-memory pairs of (id, gold JSON, predicted JSON).
pub fn score_pairs(pairs: &[(String, Value, Value)]) -> ScoreReport {
    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut details = Vec::new();
    for (id, gold, pred) in pairs {
        let language = str_of(gold, "language").unwrap_or_else(|| "?".into());
        let mut report = TextReport {
            id: id.clone(),
            language: language.clone(),
            ..TextReport::default()
        };
        score_one(
            gold,
            pred,
            by_lang.entry(language).or_default(),
            &mut report,
        );
        details.push(report);
    }
    finish(by_lang, details, pairs.len())
}

/// Scores the default extractor over a gold folder (`texts/ID.txt`, `expected/ID.json`); the
/// publication date comes from each gold file, as score.py passes it.
pub fn score_dir(dir: &Path) -> Result<ScoreReport, ScoreError> {
    score_dir_with(dir, |text, published| crate::extract(text, published, None))
}

/// Scores any extraction function over a gold folder.
pub fn score_dir_with(
    dir: &Path,
    run: impl Fn(&str, Option<crate::NaiveDate>) -> Result<crate::Extraction, crate::ExtractError>,
) -> Result<ScoreReport, ScoreError> {
    let expected = dir.join("expected");
    let mut names: Vec<String> = std::fs::read_dir(&expected)
        .map_err(|source| ScoreError::Io {
            path: expected.clone(),
            source,
        })?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".json") && !n.starts_with('_'))
        .collect();
    names.sort();
    let mut by_lang: BTreeMap<String, Tally> = BTreeMap::new();
    let mut details = Vec::new();
    for name in &names {
        let id = name.trim_end_matches(".json").to_string();
        let gold: Option<Value> = std::fs::read_to_string(expected.join(name))
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok());
        let text = std::fs::read_to_string(dir.join("texts").join(format!("{id}.txt"))).ok();
        let language = gold
            .as_ref()
            .and_then(|g| str_of(g, "language"))
            .unwrap_or_else(|| "?".into());
        let acc = by_lang.entry(language.clone()).or_default();
        let mut report = TextReport {
            id: id.clone(),
            language,
            ..TextReport::default()
        };
        let (Some(gold), Some(text)) = (gold, text) else {
            acc.errors += 1;
            details.push(report);
            continue;
        };
        let published = str_of(&gold, "published")
            .and_then(|p| crate::NaiveDate::parse_from_str(&p, "%Y-%m-%d").ok());
        let Ok(extraction) = run(&text, published) else {
            acc.errors += 1;
            details.push(report);
            continue;
        };
        let pred = serde_json::to_value(extraction).unwrap_or(Value::Null);
        score_one(&gold, &pred, acc, &mut report);
        details.push(report);
    }
    Ok(finish(by_lang, details, names.len()))
}
