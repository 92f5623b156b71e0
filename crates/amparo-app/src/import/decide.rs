//! Which person each row of a list is: resolved together with the registry's persons, a
//! row is a known person, an earlier row's person, someone new, or uncertain.

use crate::persons::resolve_record;
use amparo_domain::{Person, PersonId};
use amparo_ingest::ListRow;
use amparo_resolve::{Decision, Record, ResolveOptions};
use serde::Serialize;
use std::collections::HashMap;

/// What became of one row of a list.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "outcome", rename_all = "kebab-case")]
pub enum LineOutcome {
    Created {
        person: PersonId,
    },
    Matched {
        person: PersonId,
        score: f64,
        line_of_first: Option<usize>,
    },
    Queued {
        possible_match: Option<PersonId>,
        score: f64,
    },
}

/// A row as identity resolution reads it (its line as its id).
fn row_record(row: &ListRow) -> Record {
    Record {
        id: row.line.to_string(),
        full_name: row
            .names
            .first()
            .map(|n| n.as_str().to_owned())
            .unwrap_or_default(),
        national_id: row
            .national_id
            .as_ref()
            .map(|n| n.digits().to_owned())
            .unwrap_or_default(),
        birth_date: row.birth_date.map(|d| d.to_string()).unwrap_or_default(),
        region: row.region.clone().unwrap_or_default(),
        ..Default::default()
    }
}

/// Decides each row: known persons take indices `0..known`, rows follow.
pub(super) fn decide(known: &[Person], rows: &[ListRow]) -> Vec<LineOutcome> {
    let mut records: Vec<Record> = known.iter().map(resolve_record).collect();
    records.extend(rows.iter().map(row_record));
    let resolution = amparo_resolve::dedupe(&records, &ResolveOptions::default());
    let k = known.len();
    // The person a record stands for: its cluster, or itself when matched with no other.
    let n = records.len();
    let person_key = |i: usize| {
        resolution
            .cluster_of
            .get(i)
            .copied()
            .flatten()
            .map_or(i, |c| n + c as usize)
    };
    let mut best_review: HashMap<usize, (usize, f64)> = HashMap::new();
    let mut best_match: HashMap<usize, f64> = HashMap::new();
    for pair in &resolution.pairs {
        match pair.decision {
            Decision::Match => {
                for i in [pair.left, pair.right] {
                    let s = best_match.entry(i).or_insert(0.0);
                    *s = s.max(pair.score);
                }
            }
            Decision::Review => {
                let (a, b) = (pair.left.min(pair.right), pair.left.max(pair.right));
                // The later record is the uncertain one: it may be the earlier's person.
                if b >= k && best_review.get(&b).is_none_or(|(_, s)| *s < pair.score) {
                    best_review.insert(b, (a, pair.score));
                }
            }
            Decision::Distinct => {}
        }
    }
    // The person each cluster stands for: a known person if exactly one is in it.
    let mut cluster_known: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..k {
        cluster_known.entry(person_key(i)).or_default().push(i);
    }
    let mut first_row: HashMap<usize, (usize, PersonId)> = HashMap::new();
    let mut outcomes = Vec::with_capacity(rows.len());
    let person_of = |i: usize, first: &HashMap<usize, (usize, PersonId)>| -> Option<PersonId> {
        if i < k {
            return known.get(i).map(|p| p.id);
        }
        first.get(&person_key(i)).map(|(_, p)| *p)
    };
    for (r, row) in rows.iter().enumerate() {
        let i = k + r;
        let key = person_key(i);
        let score = best_match.get(&i).copied().unwrap_or(1.0);
        let outcome = match cluster_known.get(&key).map(Vec::as_slice) {
            Some([one]) => LineOutcome::Matched {
                person: known[*one].id,
                score,
                line_of_first: None,
            },
            Some(_) => LineOutcome::Queued {
                possible_match: None,
                score,
            },
            None => match first_row.get(&key) {
                Some((line, person)) => LineOutcome::Matched {
                    person: *person,
                    score,
                    line_of_first: Some(*line),
                },
                None => match best_review.get(&i) {
                    Some((other, s)) => LineOutcome::Queued {
                        possible_match: person_of(*other, &first_row),
                        score: *s,
                    },
                    None => {
                        let person = PersonId::generate();
                        first_row.insert(key, (row.line, person));
                        LineOutcome::Created { person }
                    }
                },
            },
        };
        outcomes.push(outcome);
    }
    outcomes
}
