//! Benchmark of amparo-report on a synthetic, seeded registry (default 100 000 persons and
//! about 1 000 000 custody and legal facts): the balance as of a date (target ≤ 300 ms) and a
//! 52-week series (target ≤ 2 s), with medians of several runs.
//!
//! Run with `scripts/bench-report` or `cargo bench -p amparo-report --bench report`.
//! Environment: `BENCH_PEOPLE` (persons), `BENCH_RUNS` (runs per measure), `BENCH_SEED`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use amparo_domain::custody::Change;
use amparo_domain::{
    CountryCode, CustodyEvent, Facility, FactId, FactType, PartialDate, Person, PersonId,
    PersonName, PersonRole, ReleaseKind, ReleaseMeasure, Sex, Verification,
};
use amparo_report::{
    Every, Filter, Format, LegalEvent, PersonRecord, Registry, Report, balance, period, render,
    series,
};
use amparo_text::SeededRng;
use chrono::{Days, NaiveDate};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// True `percent` times in a hundred (drawn as `below(100)`, so the registry stays the one the
/// earlier targets were measured on).
fn chance(rng: &mut SeededRng, percent: u64) -> bool {
    rng.below(100) < percent
}

/// A UUIDv7 with the given timestamp and seeded random bits.
fn uuid(rng: &mut SeededRng, millis: u64) -> uuid::Uuid {
    let bytes = rng.next_u64().to_le_bytes();
    let more = rng.next_u64().to_le_bytes();
    let mut r = [0u8; 10];
    r[..8].copy_from_slice(&bytes);
    r[8..].copy_from_slice(&more[..2]);
    uuid::Builder::from_unix_timestamp_millis(millis, &r).into_uuid()
}

const FACILITIES: [(&str, &str); 12] = [
    ("El Helicoide", "Distrito Capital"),
    ("Rodeo I", "Miranda"),
    ("Rodeo II", "Miranda"),
    ("Tocorón", "Aragua"),
    ("Tocuyito", "Carabobo"),
    ("Zona 7", "Miranda"),
    ("La Tumba", "Distrito Capital"),
    ("Ramo Verde", "Miranda"),
    ("Yare III", "Miranda"),
    ("Uribana", "Lara"),
    ("El Dorado", "Bolívar"),
    ("Fuerte Tiuna", "Distrito Capital"),
];
const OTHER: [&str; 8] = ["CO", "ES", "US", "PE", "AR", "IT", "PT", "EC"];

fn generate(people: usize, seed: u64) -> (Registry, usize) {
    let mut rng = SeededRng::new(seed);
    let origin = NaiveDate::from_ymd_opt(2014, 1, 1).unwrap();
    let span = 12 * 365 + 30; // to early 2026
    let mut facts = 0usize;
    let mut records = Vec::with_capacity(people);
    for i in 0..people {
        let id = PersonId::from_uuid(uuid(&mut rng, 1_700_000_000_000 + i as u64)).unwrap();
        let mut p = Person::new(
            id,
            PersonName::parse(&format!("Persona Sintética {i}")).unwrap(),
        );
        p.sex = Some(if chance(&mut rng, 88) {
            Sex::Male
        } else {
            Sex::Female
        });
        if chance(&mut rng, 90) {
            let y = 1940 + rng.below(70);
            p.birth_date = Some(PartialDate::parse(&y.to_string()).unwrap());
        }
        let home = CountryCode::parse("VE").unwrap();
        let other = CountryCode::parse(OTHER[rng.below(8) as usize]).unwrap();
        p.nationalities = match rng.below(100) {
            0..=2 => vec![other],
            3..=6 => vec![home, other],
            _ => vec![home],
        };
        if chance(&mut rng, 18) {
            p.roles.push(PersonRole::Military);
        }
        if chance(&mut rng, 4) {
            p.roles.push(PersonRole::Journalist);
        }
        let n = 6 + rng.below(9) as usize; // 6..=14, mean 10
        let mut day = rng.below(span);
        let mut custody = Vec::with_capacity(n);
        let mut legal = Vec::new();
        let mut held = true;
        for k in 0..n {
            let fid = FactId::from_uuid(uuid(&mut rng, 1_700_000_000_000 + day)).unwrap();
            let date = PartialDate::from_day(origin.checked_add_days(Days::new(day)).unwrap());
            let verification = Verification::ALL[rng.below(4) as usize];
            let facility = || {
                FACILITIES[(day as usize * 7 + i) % FACILITIES.len()]
                    .0
                    .to_owned()
            };
            let change = if k == 0 {
                Some(Change::Custody {
                    facility: Some(facility()),
                })
            } else if held {
                match rng.below(100) {
                    0..=24 => Some(Change::Transfer {
                        facility: facility(),
                    }),
                    25..=44 => Some(Change::StillHeld { facility: None }),
                    45..=69 => {
                        held = false;
                        let (kind, measures) = match rng.below(4) {
                            0 => (ReleaseKind::Full, vec![]),
                            1 => (
                                ReleaseKind::Conditional,
                                vec![ReleaseMeasure::Reporting { every_days: 30 }],
                            ),
                            2 => (
                                ReleaseKind::HouseArrest,
                                vec![ReleaseMeasure::HouseArrest {
                                    electronic_monitor: false,
                                }],
                            ),
                            _ => (ReleaseKind::Exile, vec![]),
                        };
                        Some(Change::Release { kind, measures })
                    }
                    70..=72 => Some(Change::Disappeared),
                    73 if chance(&mut rng, 20) => Some(Change::Died),
                    _ => None,
                }
            } else {
                match rng.below(100) {
                    0..=7 => {
                        held = true;
                        Some(Change::Custody {
                            facility: Some(facility()),
                        })
                    }
                    8..=12 => Some(Change::MeasureImposed {
                        measure: ReleaseMeasure::TravelBan,
                    }),
                    _ => None,
                }
            };
            facts += 1;
            match change {
                Some(change) => custody.push(CustodyEvent {
                    fact: fid,
                    date,
                    verification,
                    accepted: !chance(&mut rng, 3),
                    retracted: chance(&mut rng, 1),
                    supersedes: None,
                    source: None,
                    change,
                    observed: false,
                }),
                None => {
                    let (kind, nationality, role) = match rng.below(3) {
                        0 => (FactType::Sentence, None, None),
                        1 => (FactType::Nationality, Some(other), None),
                        _ => (FactType::Role, None, Some(PersonRole::Student)),
                    };
                    legal.push(LegalEvent {
                        fact: fid,
                        date,
                        kind,
                        verification,
                        accepted: true,
                        retracted: false,
                        supersedes: None,
                        nationality,
                        role,
                    });
                }
            }
            day = (day + 1 + rng.below(120)).min(span + 400);
        }
        records.push(PersonRecord::new(p, custody, legal));
    }
    let facilities = FACILITIES
        .iter()
        .map(|(name, state)| {
            let mut f = Facility::new(name).unwrap();
            f.state = Some((*state).to_owned());
            f
        })
        .collect();
    (Registry::new(records, facilities, vec![], vec![]), facts)
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn measure<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let out = black_box(f());
        times.push(t.elapsed());
        last = Some(out);
    }
    (median(times), last.unwrap())
}

fn env(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let people = env("BENCH_PEOPLE", 100_000) as usize;
    let runs = env("BENCH_RUNS", 7).max(1) as usize;
    let seed = env("BENCH_SEED", 20_260_108);
    let t = Instant::now();
    let (reg, facts) = generate(people, seed);
    println!(
        "synthetic registry: {people} persons, {facts} facts (seed {seed}), generated in {:.2?}",
        t.elapsed()
    );
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!("cores: {cores}; runs per measure: {runs} (median shown)");
    let f = Filter::default();
    let as_of = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();

    let (d, n) = measure(runs, || {
        reg.people()
            .iter()
            .filter(|r| {
                amparo_domain::custody_status(&r.custody, as_of)
                    .state
                    .is_in_prison()
            })
            .count()
    });
    println!(
        "floor: custody_status of every person, one thread: median {:>8.1} ms  ({n} in prison)",
        d.as_secs_f64() * 1e3
    );
    let (d, b) = measure(runs, || balance(&reg, &f, as_of));
    println!(
        "balance as of {as_of}: median {:>8.1} ms  (target <= 300 ms)  held in prison {}, deprived of liberty {}",
        d.as_secs_f64() * 1e3,
        b.in_prison.total,
        b.deprived_of_liberty.total
    );
    let verified = Filter {
        min_verification: Some(Verification::Verified),
        ..Filter::default()
    };
    let (d, b) = measure(runs, || balance(&reg, &verified, as_of));
    println!(
        "balance, verified facts only: median {:>8.1} ms  held in prison {}",
        d.as_secs_f64() * 1e3,
        b.in_prison.total
    );

    let from = as_of.checked_sub_days(Days::new(52 * 7 - 1)).unwrap();
    let (d, s) = measure(runs, || series(&reg, &f, from, as_of, Every::Week).unwrap());
    let releases: u64 = s.steps.iter().map(|st| st.flows.releases.total).sum();
    println!(
        "52-week series {from}..{as_of}: median {:>8.1} ms  (target <= 2000 ms)  {} steps, {releases} releases",
        d.as_secs_f64() * 1e3,
        s.steps.len()
    );
    let (d, p) = measure(runs, || period(&reg, &f, from, as_of).unwrap());
    println!(
        "period {from}..{as_of}: median {:>8.1} ms  releases {}, arrests {}, re-arrests {}",
        d.as_secs_f64() * 1e3,
        p.flows.releases.total,
        p.flows.arrests,
        p.flows.rearrests
    );
    let report = Report::Series(s);
    let (d, svg) = measure(runs, || render(&report, Format::Svg).unwrap());
    println!(
        "render series as SVG: median {:>8.3} ms ({} bytes)",
        d.as_secs_f64() * 1e3,
        svg.len()
    );
    if let Ok(path) = std::env::var("BENCH_SVG") {
        std::fs::write(&path, svg).unwrap();
        println!("chart written to {path}");
    }
}
