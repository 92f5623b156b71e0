//! Times identity resolution with hostile name lengths (issue 14): 200 ordinary records plus
//! two whose name (and id) has N characters, for each N given (default 100,000, 1,000,000
//! and 10,000,000): `cargo run --release -p amparo-resolve --example long_name -- [N...]`.
//! Before names were capped, 100,000 characters took 11 s and the time grew with N².

use amparo_resolve::{Record, ResolveOptions, dedupe};
use std::time::Instant;

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.replace('_', "").parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![100_000, 1_000_000, 10_000_000]
    } else {
        sizes
    };
    let given = [
        "Ana", "Luis", "Carmen", "Pedro", "Rosa", "Jorge", "Elena", "Mario",
    ];
    let sur = [
        "Rojas", "Paz", "Mendoza", "Salas", "Quintero", "Bravo", "Ortega", "Vera",
    ];
    let mut base = Vec::new();
    for (k, g) in given.iter().enumerate() {
        for (l, s) in sur.iter().enumerate() {
            for copy in 0..3 {
                base.push(Record {
                    id: format!("{k}-{l}-{copy}"),
                    full_name: format!("{g} {s} {}", sur[(k + l) % sur.len()]),
                    national_id: format!("{}", 10_000_000 + (k * 8 + l) * 7_919),
                    ..Record::default()
                });
            }
        }
    }
    for n in sizes {
        let mut records = base.clone();
        let huge = "Ñ".repeat(n / 2);
        records.push(Record {
            id: "h1".into(),
            full_name: format!("Ana {huge} Rojas"),
            national_id: "7".repeat(n),
            ..Record::default()
        });
        records.push(Record {
            id: "h2".into(),
            full_name: huge.clone(),
            first_name: huge.clone(),
            surname_1: huge,
            ..Record::default()
        });
        let start = Instant::now();
        let res = dedupe(&records, &ResolveOptions::default());
        println!(
            "{} records, two with {n}-character names: {} pairs in {:.3} s",
            records.len(),
            res.pairs.len(),
            start.elapsed().as_secs_f64()
        );
    }
}
