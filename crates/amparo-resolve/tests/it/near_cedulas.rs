//! Cédulas one digit apart: a typo of one person's number, or two people with neighbouring
//! numbers? Cédulas are handed out in sequence, so every number near a detainee's is
//! someone else's. A list with sequential cédulas had 99.8% of its rows queued and 174
//! merged into other persons: ids one edit apart were read as a typo whatever the names
//! said. Only names that agree make a one-digit difference a typo.

use amparo_resolve::normalize::name_tokens;
use amparo_resolve::{Decision, Index, Record, ResolveOptions, dedupe};

fn person(id: &str, name: &str, ced: &str) -> Record {
    Record {
        id: id.into(),
        full_name: name.into(),
        national_id: ced.into(),
        ..Record::default()
    }
}

/// Different people as a list generator writes them: every combination of four name
/// parts, the last changing fastest, with sequential cédulas (V-10.000.001, ...), so that
/// neighbouring rows share three of their four names and a cédula one digit apart. Every
/// 25th person is listed again as another source prints them ("SURNAMES, GIVEN NAMES",
/// the cédula's digits only): a list without one repeated person gives the model nothing
/// to learn matches from.
fn sequential_list() -> Vec<Record> {
    let given = ["María", "José", "Luis", "Carmen"];
    let middle = ["Alejandra", "Daniel", "Javier"];
    let surnames = [
        "Pérez",
        "González",
        "Rodríguez",
        "Núñez",
        "Quintero",
        "Salas",
        "Marcano",
        "Guédez",
    ];
    let mut out = Vec::new();
    let mut again = Vec::new();
    for g in given {
        for m in middle {
            for s1 in surnames {
                for s2 in surnames {
                    let n = out.len();
                    let number = 10_000_001 + n;
                    out.push(person(
                        &format!("p{n}"),
                        &format!("{g} {m} {s1} {s2}"),
                        &format!("V-{number}"),
                    ));
                    if n % 25 == 0 {
                        let printed = format!("{s1} {s2}, {g} {m}").to_uppercase();
                        again.push(person(&format!("q{n}"), &printed, &number.to_string()));
                    }
                }
            }
        }
    }
    out.extend(again);
    out
}

fn digits(r: &Record) -> String {
    r.national_id.chars().filter(char::is_ascii_digit).collect()
}

/// The words of a name in order: "Pérez González" and "González Pérez" are one name with
/// its surnames crossed, which the resolver rightly cannot tell apart.
fn words(r: &Record) -> Vec<String> {
    let mut w = name_tokens(&r.full_name);
    w.sort_unstable();
    w
}

#[test]
fn sequential_cedulas_never_join_or_queue_people_with_different_names() {
    let list = sequential_list();
    let res = dedupe(&list, &ResolveOptions::default());
    let show = |p: &amparo_resolve::Pair| {
        let (a, b) = (&list[p.left], &list[p.right]);
        format!(
            "{:?} {:.3}: {} {} / {} {}",
            p.decision, p.score, a.full_name, a.national_id, b.full_name, b.national_id
        )
    };
    let other_numbers = |p: &&amparo_resolve::Pair| digits(&list[p.left]) != digits(&list[p.right]);
    let wrong: Vec<String> = res
        .pairs
        .iter()
        .filter(other_numbers)
        .filter(|p| words(&list[p.left]) != words(&list[p.right]))
        .map(show)
        .collect();
    assert!(
        wrong.is_empty(),
        "{} pairs, the first: {:#?}",
        wrong.len(),
        &wrong[..wrong.len().min(5)]
    );
    // The same words with the surnames crossed and a cédula one swap away: a documenter
    // looks, nothing merges.
    let crossed: Vec<String> = res
        .pairs
        .iter()
        .filter(other_numbers)
        .filter(|p| p.decision == Decision::Match)
        .map(show)
        .collect();
    assert!(crossed.is_empty(), "{crossed:#?}");
    let relisted = list.iter().filter(|r| r.id.starts_with('q')).count();
    assert_eq!(
        res.summary.matched_pairs, relisted,
        "each repeated person is found"
    );
}

#[test]
fn a_cedula_one_digit_off_under_a_different_second_surname_is_someone_else() {
    let list = sequential_list();
    let mut index = Index::build(&list, &ResolveOptions::default());
    // Not in the list: the number after its last (Carmen Javier Guédez Guédez,
    // V-10.000.768), under a second surname nobody in it has.
    let outcome = index.match_one(&person("q", "Carmen Javier Guédez Mendoza", "10000769"));
    assert_eq!(outcome.decision, Decision::Distinct, "{outcome:?}");
}

#[rstest::rstest]
// (one digit from the numbers of listed people too, as any cédula is)
#[case::digit_replaced("V-10.004.213", "10004218")]
#[case::digits_swapped("V-10.004.213", "10002413")]
fn a_typo_in_the_cedula_of_the_same_name_still_finds_its_person(
    #[case] written: &str,
    #[case] typed: &str,
) {
    let mut list = sequential_list();
    let at = list.len();
    list.push(person("a", "Ignacio Uzcátegui Larrazábal", written));
    list.push(person("b", "IGNACIO UZCATEGUI LARRAZABAL", typed));
    let res = dedupe(&list, &ResolveOptions::default());
    let pair = res.pairs.iter().find(|p| (p.left, p.right) == (at, at + 1));
    assert!(
        pair.is_some_and(|p| p.decision != Decision::Distinct),
        "{pair:?}"
    );
    let mut index = Index::build(&list[..at + 1], &ResolveOptions::default());
    let outcome = index.match_one(&list[at + 1]);
    assert_ne!(outcome.decision, Decision::Distinct, "{outcome:?}");
    assert_eq!(outcome.best.map(|b| b.0), Some(at));
}

#[test]
fn a_cedula_typo_onto_a_neighbours_number_does_not_merge_the_two() {
    // Where cédulas are dense, one wrong digit is someone else's number: María Alejandra
    // Pérez Pérez written with the cédula of María Alejandra Pérez González (p1). The
    // equal numbers bring the two to a documenter; the second surnames keep them apart.
    let mut list = sequential_list();
    list.push(person("typo", "María Alejandra Pérez Pérez", "10000002"));
    let res = dedupe(&list, &ResolveOptions::default());
    let at = list.len() - 1;
    let pair = res.pairs.iter().find(|p| (p.left, p.right) == (1, at));
    assert_eq!(pair.map(|p| p.decision), Some(Decision::Review), "{pair:?}");
    // Its own person (p0: the same name, one digit away) is found too.
    let own = res.pairs.iter().find(|p| (p.left, p.right) == (0, at));
    assert!(own.is_some(), "{own:?}");
    let mut index = Index::build(&list[..at], &ResolveOptions::default());
    let outcome = index.match_one(&list[at]);
    assert_ne!(outcome.decision, Decision::Match, "{outcome:?}");
}
