//! Benchmark of issue 2's targets: deriving the status of 100k people from 1M facts in
//! memory (target < 1 s), and `amparo status --as-of` on a 100k-person SQLite registry
//! (target < 3 s, the whole command: start-up, load and derivation). Run it with
//! `scripts/bench-core`; it prints medians.
//!
//! The registry is synthetic and seeded: each person has an arrest, transfers, detention
//! reports, charges and hearings, and most are released in one of the four ways.

use amparo_domain::*;
use amparo_sqlite::SqliteStore;
use amparo_store::{Store, Write, WriteContext};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use amparo_text::SeededRng;

const FACILITIES: [&str; 6] = [
    "El Helicoide",
    "Rodeo I",
    "Tocorón",
    "Tocuyito",
    "Zona 7",
    "La Crisálida",
];

fn day(days_from_2018: u64) -> PartialDate {
    let base = chrono::NaiveDate::from_ymd_opt(2018, 1, 1).unwrap_or_default();
    PartialDate::from_day(base + chrono::Days::new(days_from_2018))
}

/// `persons` people with about ten facts each, all cited to `source`.
fn registry(persons: usize, source: SourceId, rng: &mut SeededRng) -> Vec<Write> {
    let mut writes = Vec::with_capacity(persons * 11);
    for i in 0..persons {
        let name = PersonName::parse(&format!("Persona Sintética {i}"))
            .unwrap_or_else(|_| unreachable_name());
        let person = Person::new(PersonId::generate(), name);
        let id = person.id;
        writes.push(Write::Person(person));
        let cite = || {
            vec![Citation {
                source,
                excerpt: None,
                locator: Some(format!("row {i}")),
            }]
        };
        let mut t = rng.below(2500);
        let mut facts = vec![FactKind::Arrest {
            facility: None,
            agency: Some("SEBIN".into()),
        }];
        for _ in 0..3 {
            facts.push(FactKind::Transfer {
                facility: FACILITIES[rng.below(6) as usize].into(),
            });
        }
        facts.push(FactKind::Charge {
            offences: vec!["conspiración".into()],
        });
        facts.push(FactKind::Hearing { note: None });
        facts.push(FactKind::Detention { facility: None });
        facts.push(FactKind::Detention { facility: None });
        facts.push(FactKind::Hearing { note: None });
        facts.push(match rng.below(5) {
            0 => FactKind::Release {
                release_kind: ReleaseKind::Full,
                measures: vec![],
            },
            1 => FactKind::Release {
                release_kind: ReleaseKind::Conditional,
                measures: vec![
                    ReleaseMeasure::Reporting { every_days: 30 },
                    ReleaseMeasure::TravelBan,
                ],
            },
            2 => FactKind::Release {
                release_kind: ReleaseKind::HouseArrest,
                measures: vec![],
            },
            3 => FactKind::Release {
                release_kind: ReleaseKind::Exile,
                measures: vec![],
            },
            _ => FactKind::Detention { facility: None },
        });
        for kind in facts {
            t += 1 + rng.below(60);
            if let Ok(mut fact) = Fact::new(FactId::generate(), id, kind, day(t), cite()) {
                fact.verification = Verification::ALL[rng.below(4) as usize];
                writes.push(Write::Fact(fact));
            }
        }
    }
    writes
}

fn unreachable_name() -> PersonName {
    PersonName::parse("Persona").unwrap_or_else(|_| std::process::exit(3))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn events_of(writes: &[Write]) -> Vec<(PersonId, CustodyEvent)> {
    writes
        .iter()
        .filter_map(|w| match w {
            Write::Fact(f) => CustodyEvent::from_fact(f, false).map(|e| (f.person, e)),
            _ => None,
        })
        .collect()
}

async fn build_sqlite(path: &Path, persons: usize) -> Result<(), Box<dyn std::error::Error>> {
    let tmp = path.with_extension("partial");
    let _ = std::fs::remove_file(&tmp);
    let store = SqliteStore::open(&tmp).await?;
    let ctx = WriteContext::new("bench", chrono::Utc::now());
    let source = Source::new(SourceId::generate(), SourceKind::NgoList, "Synthetic list")?;
    let sid = source.id;
    store
        .write_batch(
            vec![Write::Source {
                source,
                original: None,
            }],
            &ctx,
        )
        .await?;
    let mut rng = SeededRng::new(2026);
    let chunk = 5_000;
    let started = Instant::now();
    for start in (0..persons).step_by(chunk) {
        let writes = registry(chunk.min(persons - start), sid, &mut rng);
        store.write_batch(writes, &ctx).await?;
        eprint!(
            "\r  building the SQLite registry: {}/{persons} persons ({:.0} s)",
            start + chunk,
            started.elapsed().as_secs_f64()
        );
    }
    eprintln!();
    drop(store);
    std::fs::rename(&tmp, path)?;
    Ok(())
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let persons: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let out = PathBuf::from(std::env::var("BENCH_OUT").unwrap_or_else(|_| "bench-out/core".into()));
    std::fs::create_dir_all(&out)?;
    let as_of = amparo_domain::date::parse_day("2024-06-30")?;

    let source = SourceId::generate();
    let writes = registry(persons, source, &mut SeededRng::new(2026));
    let facts = writes
        .iter()
        .filter(|w| matches!(w, Write::Fact(_)))
        .count();
    let mut times = Vec::new();
    let mut held = 0;
    for _ in 0..5 {
        let events = events_of(&writes);
        let started = Instant::now();
        let statuses = statuses_of(events, as_of);
        times.push(started.elapsed().as_secs_f64());
        held = statuses
            .iter()
            .filter(|(_, s)| s.state.is_deprived_of_liberty())
            .count();
    }
    let memory = median(times);
    drop(writes);

    let db = out.join(format!("registry-{persons}.db"));
    if !db.exists() {
        build_sqlite(&db, persons).await?;
    }
    let amparo = std::env::current_exe()?.with_file_name("amparo");
    let mut times = Vec::new();
    // One warm-up run (the registry's pages come into the OS cache), then five measured.
    for run in 0..6 {
        let started = Instant::now();
        let status = Command::new(&amparo)
            .args([
                "--db",
                &db.to_string_lossy(),
                "status",
                "--as-of",
                "2024-06-30",
                "--json",
            ])
            .stdout(std::process::Stdio::null())
            .status()?;
        if run > 0 {
            times.push(started.elapsed().as_secs_f64());
        }
        if !status.success() {
            return Err("amparo status failed".into());
        }
    }
    let sqlite = median(times);
    println!(
        "registry: {persons} persons, {facts} facts; {held} deprived of liberty as of {as_of}"
    );
    println!("{:<58} {:>9} {:>9}", "measure", "median s", "target s");
    println!(
        "{:<58} {:>9.3} {:>9}",
        "status of every person from all facts, in memory", memory, "1.0"
    );
    println!(
        "{:<58} {:>9.3} {:>9}",
        "`amparo status --as-of` on the SQLite registry (whole run)", sqlite, "3.0"
    );
    Ok(())
}
