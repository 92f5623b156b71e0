//! Identity care (issue 10) and bounded cost (issue 14): equal cédulas decide, conflicting
//! ones never join, and a hostile name costs no more than a short one.

use amparo_resolve::normalize::{MAX_TOKEN_BYTES, id_digits, name_tokens, parse_full_name};
use amparo_resolve::{Decision, Index, Record, ResolveOptions, dedupe, record_name};

fn person(id: &str, name: &str, dob: &str, ced: &str) -> Record {
    Record {
        id: id.into(),
        full_name: name.into(),
        birth_date: dob.into(),
        national_id: ced.into(),
        ..Record::default()
    }
}

/// A small registry of unrelated people, so the model has something to learn from.
fn registry() -> Vec<Record> {
    let given = ["Ana", "Luis", "Carmen", "Pedro", "Rosa", "Jorge"];
    let sur = ["Rojas", "Paz", "Mendoza", "Salas", "Quintero", "Bravo"];
    let mut out = Vec::new();
    for (k, g) in given.iter().enumerate() {
        for (l, s) in sur.iter().enumerate() {
            let n = k * 6 + l;
            out.push(person(
                &format!("r{n}"),
                &format!("{g} {s}"),
                &format!("19{:02}-0{}-1{}", 60 + n, 1 + n % 9, n % 9),
                &format!("{}", 20_000_000 + n * 7_919),
            ));
        }
    }
    out
}

fn pair(records: &[Record], a: usize, b: usize) -> Option<(Decision, f64)> {
    dedupe(records, &ResolveOptions::default())
        .pairs
        .iter()
        .find(|p| (p.left, p.right) == (a.min(b), a.max(b)))
        .map(|p| (p.decision, p.score))
}

#[test]
fn issue_10_the_same_cedula_with_and_without_its_prefix_is_a_certain_match() {
    assert_eq!(id_digits("V-12.345.678"), id_digits(" 12 345 678 "));
    let mut records = registry();
    let n = records.len();
    records.push(person("a", "María Quintero Lárez", "", "V-14.235.876"));
    records.push(person("b", "Maria Quintero", "", "14235876"));
    assert_eq!(pair(&records, n, n + 1), Some((Decision::Match, 1.0)));
}

#[test]
fn equal_cedulas_with_birth_dates_in_outright_conflict_are_not_forced() {
    // One of the two fields is wrong: the weights decide, and a person looks.
    let mut records = registry();
    let n = records.len();
    records.push(person("a", "Ana Lucía Prado", "1971-03-14", "V-9.876.543"));
    records.push(person("b", "Ana Prado", "1994-11-02", "9876543"));
    let (decision, score) = pair(&records, n, n + 1).unwrap();
    assert!(score < 1.0, "{decision:?} {score}");
}

#[test]
fn equal_cedulas_on_unrelated_names_go_to_review_at_least() {
    let mut records = registry();
    let n = records.len();
    records.push(person("a", "Ana Lucía Prado", "", "V-9.876.543"));
    records.push(person("b", "Wilmer Guédez Marcano", "", "9876543"));
    let (decision, _) = pair(&records, n, n + 1).unwrap();
    assert_ne!(decision, Decision::Match);
}

#[test]
fn conflicting_cedulas_still_never_join_namesakes() {
    let mut records = registry();
    let n = records.len();
    records.push(person("a", "José García", "1980-01-01", "V-11.111.111"));
    records.push(person("b", "José García", "1980-01-01", "V-22.222.222"));
    assert!(pair(&records, n, n + 1).is_none_or(|(d, _)| d != Decision::Match));
}

#[test]
fn match_one_takes_an_equal_cedula_as_certain() {
    let mut known = registry();
    known.push(person("k", "Iñaki Ezcurra Peña", "", "V-11.222.333"));
    let mut index = Index::build(&known, &ResolveOptions::default());
    let outcome = index.match_one(&person("q", "Inaki Ezcurra", "", "11222333"));
    assert_eq!(outcome.decision, Decision::Match);
    assert_eq!(outcome.best, Some((known.len() - 1, 1.0)));
}

#[test]
fn issue_14_a_million_character_name_is_compared_capped() {
    // The quadratic steps (one-deletion variants, Jaro-Winkler) see capped tokens, so a
    // hostile name costs what a short one does (`examples/long_name.rs` prints the time).
    let huge = "A".repeat(1_000_000);
    let parsed = parse_full_name(&format!("Ana {huge} Prado"));
    assert!(
        parsed
            .given
            .iter()
            .chain(&parsed.surnames)
            .all(|t| t.len() <= MAX_TOKEN_BYTES)
    );
    let words = "ab ".repeat(500_000);
    assert!(
        name_tokens(&words).len() <= 256,
        "a name is read up to a fixed length"
    );
    let structured = Record {
        first_name: huge.clone(),
        surname_1: huge.clone(),
        ..Record::default()
    };
    let name = record_name(&structured);
    assert!(
        name.given
            .iter()
            .chain(&name.surnames)
            .all(|t| t.len() <= MAX_TOKEN_BYTES)
    );
    let mut records = registry();
    records.push(person("h1", &huge, "", &"7".repeat(1_000_000)));
    records.push(person("h2", &huge, "", ""));
    let res = dedupe(&records, &ResolveOptions::default());
    assert_eq!(res.summary.records, records.len());
}
