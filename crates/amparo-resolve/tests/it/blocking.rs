//! Blocking: typo tolerance without repeated blocks, splitting of oversized blocks, and
//! the streamed file path (which must give what the in-memory path gives).

use amparo_resolve::{Record, ResolveOptions, blocked_together, dedupe, dedupe_file};
use proptest::prelude::*;

fn named(id: &str, name: &str, dob: &str, ced: &str) -> Record {
    Record {
        id: id.into(),
        full_name: name.into(),
        birth_date: dob.into(),
        national_id: ced.into(),
        ..Record::default()
    }
}

#[test]
fn a_typo_in_a_given_name_still_meets_its_person() {
    // "Ignaico" is one swap from the more common "Ignacio": blocking keys use the common
    // spelling, so the typo'd record is compared although no id or date links them.
    let mut recs: Vec<Record> = (0..3)
        .map(|k| named(&format!("a{k}"), "Ignacio Uzcátegui", "", ""))
        .collect();
    recs.push(named("typo", "Ignaico Uzcategui", "", ""));
    recs.push(named("other", "Rosalba Quintero", "", ""));
    let together = blocked_together(&recs, &[(0, 3), (0, 4)], &ResolveOptions::default());
    assert_eq!(together, vec![true, false]);
}

#[test]
fn a_typo_in_a_cedula_still_meets_its_person() {
    let recs = vec![
        named("a", "Ana Rojas", "", "V-12.345.678"),
        named("b", "Ana María Rojas", "", "12354678"), // swapped digits
        named("c", "Pedro Lugo", "", "98.765.432"),
    ];
    let together = blocked_together(&recs, &[(0, 1), (0, 2)], &ResolveOptions::default());
    assert_eq!(together, vec![true, false]);
}

#[test]
fn an_oversized_name_block_is_split_by_birth_year() {
    // Forty "José García" (a block over max_block): only those sharing a second key
    // (here the birth year) are compared; two with different years and nothing else
    // in common are not.
    let recs: Vec<Record> = (0..40)
        .map(|k| {
            let dob = format!("{}-{:02}-{:02}", 1940 + k / 2, 1 + k % 12, 1 + k % 28);
            named(&format!("g{k}"), "José García", &dob, "")
        })
        .collect();
    let opts = ResolveOptions {
        max_block: 10,
        ..ResolveOptions::default()
    };
    let together = blocked_together(&recs, &[(0, 1), (0, 2)], &opts);
    assert_eq!(together, vec![true, false]);
    let whole = blocked_together(&recs, &[(0, 2)], &ResolveOptions::default());
    assert_eq!(
        whole,
        vec![true],
        "under max_block the block is enumerated whole"
    );
}

#[test]
fn the_streamed_file_path_matches_the_in_memory_path() {
    let dir = std::env::temp_dir().join(format!("amparo-resolve-it-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("list.csv");
    let out = dir.join("pairs.csv");
    let mut csv = String::from("id,full_name,cedula,fecha de nacimiento\n");
    let mut recs = Vec::new();
    for (k, (name, ced, dob)) in [
        ("José María Basoa Pérez", "V-12.345.678", "1970-05-06"),
        ("BASOA PEREZ, JOSE MARIA", "12345678", "1970-05-06"),
        ("Carmen Lugo Salas", "V-9.876.543", "1961-02-03"),
        ("LUGO SALAS, CARMEN", "9876543", ""),
        ("Rosa Bravo", "", "1980-01-01"),
    ]
    .into_iter()
    .enumerate()
    {
        csv.push_str(&format!("r{k},\"{name}\",{ced},{dob}\n"));
        recs.push(named(&format!("r{k}"), name, dob, ced));
    }
    std::fs::write(&input, csv).unwrap();
    let opts = ResolveOptions::default();
    let summary = dedupe_file(&input, &out, &opts).unwrap();
    let written = std::fs::read_to_string(&out).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let in_memory = dedupe(&recs, &opts);
    assert_eq!(summary.matched_pairs, in_memory.summary.matched_pairs);
    assert!(written.contains("r0,r1,"), "{written}");
    assert!(written.contains("r2,r3,"), "{written}");
    assert_eq!(written.lines().count(), 1 + summary.matched_pairs);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]
    /// Blocking is symmetric in the order of the records of a pair.
    #[test]
    fn blocking_is_symmetric(names in proptest::collection::vec("[A-Z][a-z]{2,7} [A-Z][a-z]{2,7}", 2..12)) {
        let recs: Vec<Record> = names.iter().enumerate()
            .map(|(k, n)| named(&k.to_string(), n, "", "")).collect();
        let pairs: Vec<(usize, usize)> = (1..recs.len()).map(|j| (0, j)).collect();
        let flipped: Vec<(usize, usize)> = pairs.iter().map(|&(i, j)| (j, i)).collect();
        let opts = ResolveOptions::default();
        prop_assert_eq!(blocked_together(&recs, &pairs, &opts), blocked_together(&recs, &flipped, &opts));
    }
}
