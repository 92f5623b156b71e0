//! Lookup quality over a synthetic registry (scripts/bench-lookup): for each query a family
//! might type (a typo, no accents, a missing second surname, a nickname, surnames first),
//! is the person meant the first result, or among the first three? Also the time of one
//! search on one core.
//!
//! "First" is reported twice: strictly (the person meant is the first line), and with ties
//! (no other person scored higher: namesakes the query cannot tell apart are all first).
//!
//! Usage: cargo run --release -p amparo-app --example lookup_quality -- REGISTRY.csv QUERIES.csv
#![allow(clippy::unwrap_used, clippy::expect_used)]

use amparo_app::{PublicIndex, Snapshot};
use amparo_domain::{NationalId, Person, PersonId, PersonName};
use amparo_report::{PersonRecord, Registry};
use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

#[derive(Default)]
struct Tally {
    n: u32,
    first: u32,
    first_with_ties: u32,
    top3: u32,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (registry, queries) = (&args[1], &args[2]);
    let mut rows = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_path(registry)
        .unwrap();
    let mut by_row: HashMap<String, PersonId> = HashMap::new();
    let mut records = Vec::new();
    for row in rows.records() {
        let row = row.unwrap();
        let mut person = Person::new(PersonId::generate(), PersonName::parse(&row[1]).unwrap());
        person.national_id = NationalId::parse(&row[2]).ok();
        by_row.insert(row[0].to_owned(), person.id);
        records.push(PersonRecord::new(person, Vec::new(), Vec::new()));
    }
    let started = Instant::now();
    let snapshot = Snapshot {
        head: 0,
        registry: Registry::new(records, Vec::new(), Vec::new(), Vec::new()),
    };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 12).unwrap();
    let index = PublicIndex::build(&snapshot, &HashMap::new(), today);
    println!(
        "index of {} persons built in {:.2} s",
        index.len(),
        started.elapsed().as_secs_f64()
    );
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut times = Vec::new();
    let mut misses = Vec::new();
    let mut reader = csv::Reader::from_path(queries).unwrap();
    for row in reader.records() {
        let row = row.unwrap();
        let (kind, query, expected) = (&row[0], &row[1], by_row[&row[2]]);
        let t0 = Instant::now();
        let found = index.search(query);
        times.push(t0.elapsed().as_secs_f64() * 1e3);
        let rank = found.hits.iter().position(|h| h.entry.id == expected);
        let best = found.hits.first().map_or(0.0, |h| h.score);
        let tied = rank.is_some_and(|r| found.hits[r].score >= best);
        for key in [kind, "all"] {
            let t = tallies.entry(key.to_owned()).or_default();
            t.n += 1;
            t.first += u32::from(rank == Some(0));
            t.first_with_ties += u32::from(tied);
            t.top3 += u32::from(rank.is_some_and(|r| r < 3));
        }
        if rank.is_none_or(|r| r >= 3) && misses.len() < 15 {
            let top: Vec<String> = found
                .hits
                .iter()
                .take(3)
                .map(|h| format!("{} ({:.2})", h.entry.name, h.score))
                .collect();
            misses.push(format!("{kind}: {query:?} -> {top:?}"));
        }
    }
    println!(
        "{:<24} {:>6} {:>8} {:>14} {:>8}",
        "kind", "n", "first", "first (ties)", "top 3"
    );
    for (kind, t) in &tallies {
        let pct = |x: u32| 100.0 * f64::from(x) / f64::from(t.n.max(1));
        println!(
            "{kind:<24} {:>6} {:>7.1}% {:>13.1}% {:>7.1}%",
            t.n,
            pct(t.first),
            pct(t.first_with_ties),
            pct(t.top3)
        );
    }
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() as f64 - 1.0) * p) as usize];
    println!(
        "one search on one core: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        at(0.5),
        at(0.99),
        at(1.0)
    );
    for m in misses {
        println!("  missed: {m}");
    }
}
