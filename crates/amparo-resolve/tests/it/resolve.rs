//! End-to-end decisions on invented people: true variants merge, namesakes do not.

use amparo_resolve::{Decision, Index, Record, ResolveOptions, dedupe, link, match_one};

fn person(id: &str, name: &str, dob: &str, ced: &str) -> Record {
    Record {
        id: id.into(),
        full_name: name.into(),
        birth_date: dob.into(),
        national_id: ced.into(),
        ..Record::default()
    }
}

/// Background population so that the model has something to learn from.
fn population() -> Vec<Record> {
    let given = [
        "Ana", "Luis", "Carmen", "Pedro", "Rosa", "Jorge", "Elena", "Mario", "Sofia", "Raul",
    ];
    let sur = [
        "Rojas", "Paz", "Mendoza", "Salas", "Quintero", "Bravo", "Ortega", "Fuentes", "Vera",
        "Lugo",
    ];
    let mut out = Vec::new();
    for (k, g) in given.iter().enumerate() {
        for (l, s) in sur.iter().enumerate() {
            let n = k * 10 + l;
            let ced = format!("{}", 10_000_000 + n * 7_919);
            let dob = format!("19{:02}-{:02}-{:02}", 50 + n % 40, 1 + n % 12, 1 + n % 28);
            let s2 = sur[(l + k + 1) % sur.len()];
            out.push(person(
                &format!("p{n}"),
                &format!("{g} {s} {s2}"),
                &dob,
                &ced,
            ));
            out.push(person(
                &format!("q{n}"),
                &format!(
                    "{}, {}",
                    format!("{s} {s2}").to_uppercase(),
                    g.to_uppercase()
                ),
                &dob,
                &format!("V-{ced}"),
            ));
        }
    }
    out
}

/// Whether a `Match` pair joins records `a` and `b` of a dedupe; the clusters must agree.
fn matched(res: &amparo_resolve::Resolution, a: usize, b: usize) -> bool {
    let by_pair = res.pairs.iter().any(|p| {
        p.decision == Decision::Match
            && ((p.left, p.right) == (a, b) || (p.left, p.right) == (b, a))
    });
    let same_cluster = res.cluster_of[a].is_some() && res.cluster_of[a] == res.cluster_of[b];
    assert_eq!(
        by_pair, same_cluster,
        "pairs and clusters disagree on {a}, {b}"
    );
    by_pair
}

#[test]
fn variants_of_one_person_merge() {
    let mut recs = population();
    let a = recs.len();
    recs.push(person(
        "x1",
        "José María Basoa Pérez",
        "1970-05-06",
        "V-12.345.678",
    ));
    recs.push(person(
        "x2",
        "BASOA PEREZ, JOSE MARIA",
        "1970-06-05",
        "12345678",
    ));
    let res = dedupe(&recs, &ResolveOptions::default());
    assert!(matched(&res, a, a + 1), "{:?}", res.summary);
}

#[test]
fn namesakes_with_different_cedulas_do_not_merge() {
    let mut recs = population();
    let a = recs.len();
    recs.push(person(
        "x1",
        "José García Pérez",
        "1970-05-06",
        "V-12.345.678",
    ));
    recs.push(person(
        "x2",
        "José García Pérez",
        "1970-05-06",
        "V-19.876.543",
    ));
    let res = dedupe(&recs, &ResolveOptions::default());
    assert!(!matched(&res, a, a + 1));
}

#[test]
fn namesakes_with_different_birth_dates_do_not_merge() {
    let mut recs = population();
    let a = recs.len();
    recs.push(person("x1", "José García Pérez", "1970-05-06", ""));
    recs.push(person("x2", "José García Pérez", "1988-11-23", ""));
    let res = dedupe(&recs, &ResolveOptions::default());
    assert!(!matched(&res, a, a + 1));
}

fn housed(id: &str, name: &str, dob: &str, ced: &str, street: &str) -> Record {
    Record {
        postcode: "1010".into(),
        locality: "La Candelaria".into(),
        address: street.into(),
        ..person(id, name, dob, ced)
    }
}

#[test]
fn namesakes_with_different_cedulas_in_the_same_state_do_not_merge() {
    // Region alone is not evidence that separates people from namesakes.
    let mut recs = population();
    let a = recs.len();
    for (id, ced) in [("x1", "V-12.345.678"), ("x2", "V-19.876.543")] {
        let mut r = person(id, "José García Pérez", "1970-05-06", ced);
        r.region = "Miranda".into();
        recs.push(r);
    }
    let res = dedupe(&recs, &ResolveOptions::default());
    assert!(!matched(&res, a, a + 1));
}

#[test]
fn an_id_with_two_typos_still_matches_when_the_address_agrees() {
    // FEBRL-style corruption: the id is two edits off, everything else agrees.
    let mut recs = population();
    let a = recs.len();
    recs.push(housed(
        "x1",
        "Ignacio Uzcátegui Larrazábal",
        "1964-02-17",
        "7402913",
        "12 Calle Sur",
    ));
    recs.push(housed(
        "x2",
        "Ignacio Uzcategui Larrazabal",
        "1964-02-17",
        "7420931",
        "12 Calle Sur",
    ));
    let res = dedupe(&recs, &ResolveOptions::default());
    assert!(matched(&res, a, a + 1), "{:?}", res.pairs);
}

#[test]
fn an_id_with_two_typos_and_nothing_else_agreeing_is_only_reviewed() {
    // Same rare name and birth date but no place evidence: the id conflict vetoes.
    let mut recs = population();
    let a = recs.len();
    recs.push(person(
        "x1",
        "Ignacio Uzcátegui Larrazábal",
        "1964-02-17",
        "7402913",
    ));
    recs.push(person(
        "x2",
        "Ignacio Uzcategui Larrazabal",
        "1964-02-17",
        "7420931",
    ));
    let res = dedupe(&recs, &ResolveOptions::default());
    assert!(!matched(&res, a, a + 1));
    assert!(
        res.pairs
            .iter()
            .any(|p| p.decision == Decision::Review && (p.left, p.right) == (a, a + 1))
    );
}

#[test]
fn a_bare_common_name_does_not_chain_two_people() {
    let mut recs = population();
    let a = recs.len();
    recs.push(person(
        "x1",
        "José García Pérez",
        "1970-05-06",
        "V-12.345.678",
    ));
    recs.push(person(
        "x2",
        "José García Pérez",
        "1988-11-23",
        "V-19.876.543",
    ));
    recs.push(person("x3", "José García", "", ""));
    let res = dedupe(&recs, &ResolveOptions::default());
    assert!(!matched(&res, a, a + 1));
}

#[test]
fn link_pairs_index_each_list() {
    let left = population();
    let right = vec![person("r0", "Ana Rojas Paz", "1950-01-01", "V-10.000.000")];
    let res = link(&left, &right, &ResolveOptions::default());
    let hit = res.pairs.iter().find(|p| p.decision == Decision::Match);
    assert_eq!(
        hit.map(|p| (left[p.left].id.as_str(), p.right)),
        Some(("p0", 0))
    );
}

#[test]
fn match_one_finds_the_known_person_and_rejects_a_stranger() {
    let known = population();
    let mut index = Index::build(&known, &ResolveOptions::default());
    let hit = match_one(
        &person("new", "ROJAS PAZ, ANA", "1950-01-01", "10000000"),
        &mut index,
    );
    assert_eq!(hit.decision, Decision::Match);
    let best = hit.best.map(|b| known[b.0].id.as_str());
    assert!(best == Some("p0") || best == Some("q0"), "{best:?}");
    let miss = match_one(
        &person("new2", "Zoe Ugarte Iturbe", "2001-02-03", "V-30.111.222"),
        &mut index,
    );
    assert_eq!(miss.decision, Decision::Distinct);
}
