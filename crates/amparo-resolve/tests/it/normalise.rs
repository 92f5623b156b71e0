//! Normalisation, phonetic keys and similarities.

use amparo_resolve::normalize::{fold, given_tokens, id_digits, parse_full_name};
use amparo_resolve::phonetic::key;
use amparo_resolve::similarity::{jaro_winkler, within_one_edit};
use amparo_resolve::{Record, record_name};
use proptest::prelude::*;
use rstest::rstest;

proptest! {
    #[test]
    fn fold_is_idempotent(s in "\\PC{0,40}") {
        let once = fold(&s);
        prop_assert_eq!(fold(&once), once);
    }

    #[test]
    fn fold_ignores_case_and_accents(s in "[a-zA-Z ]{0,30}") {
        let accented: String = s.chars().map(|c| match c { 'a' => 'á', 'e' => 'é', 'o' => 'ó', 'n' => 'ñ', c => c }).collect();
        prop_assert_eq!(fold(&accented.to_uppercase()), fold(&s));
    }

    #[test]
    fn fold_output_is_plain_ascii_for_latin_names(s in "[a-zA-Z0-9áéíóúüñÁÉÍÓÚÜÑçÇ' .,;:()/-]{0,40}") {
        let f = fold(&s);
        prop_assert!(f.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' '));
        prop_assert!(!f.starts_with(' ') && !f.ends_with(' ') && !f.contains("  "));
    }

    #[test]
    fn parsing_never_panics_and_order_forms_agree(g in "[A-Z][a-z]{2,8}", s1 in "[A-Z][a-z]{2,8}", s2 in "[A-Z][a-z]{2,8}") {
        let spanish = parse_full_name(&format!("{g} {s1} {s2}"));
        let official = parse_full_name(&format!("{}, {}", format!("{s1} {s2}").to_uppercase(), g.to_uppercase()));
        prop_assert_eq!(spanish.surnames, official.surnames);
    }

    #[test]
    fn jaro_winkler_is_bounded_and_symmetric(a in "[a-z]{0,12}", b in "[a-z]{0,12}") {
        let x = jaro_winkler(&a, &b);
        prop_assert!((0.0..=1.0).contains(&x));
        prop_assert!((x - jaro_winkler(&b, &a)).abs() < 1e-9);
    }

    #[test]
    fn one_edit_is_symmetric(a in "[0-9]{0,9}", b in "[0-9]{0,9}") {
        prop_assert_eq!(within_one_edit(&a, &b), within_one_edit(&b, &a));
    }
}

#[rstest]
#[case("José María Basoa", "BASOA, JOSE MARIA")]
#[case("Jose Maria Basoa", "Basoa, José María")]
#[case("Chema Basoa", "BASOA, JOSE MARIA")]
fn printed_forms_of_one_name_agree(#[case] a: &str, #[case] b: &str) {
    assert_eq!(parse_full_name(a), parse_full_name(b));
}

#[rstest]
#[case("Pepe", "jose")]
#[case("Chucho", "jesus")]
#[case("Paco", "francisco")]
#[case("Pancho", "francisco")]
#[case("Lola", "dolores")]
#[case("Nacho", "ignacio")]
#[case("Concha", "concepcion")]
#[case("Charo", "rosario")]
fn nicknames_expand(#[case] nick: &str, #[case] name: &str) {
    assert_eq!(given_tokens(nick), vec![name.to_owned()]);
}

#[test]
fn particles_are_dropped_from_surnames() {
    let p = parse_full_name("Ana de la Cruz y Pérez");
    assert_eq!(p.given, vec!["ana"]);
    assert_eq!(p.surnames, vec!["cruz", "perez"]);
}

#[test]
fn initials_are_kept_as_one_letter() {
    assert_eq!(parse_full_name("Jose M. Basoa").given, vec!["jose", "m"]);
}

#[rstest]
#[case("V-12.345.678")]
#[case("V12345678")]
#[case("12345678")]
#[case("V 12.345.678")]
fn cedula_formats_reduce_to_digits(#[case] raw: &str) {
    assert_eq!(id_digits(raw), "12345678");
}

#[rstest]
#[case("vasquez", "basquez")]
#[case("llanos", "yanos")]
#[case("gonzalez", "gonsales")]
#[case("hernandez", "ernandes")]
#[case("jimenez", "gimenez")]
#[case("quintero", "kintero")]
fn spanish_sound_alikes_share_a_key(#[case] a: &str, #[case] b: &str) {
    assert_eq!(key(a), key(b));
}

#[test]
fn different_names_have_different_keys() {
    assert_ne!(key("maria"), key("mario"));
    assert_ne!(key("garcia"), key("garza"));
}

#[test]
fn one_edit_covers_typos_and_transpositions() {
    assert!(within_one_edit("12345678", "12345679"));
    assert!(within_one_edit("12345678", "12354678"));
    assert!(within_one_edit("12345678", "1234678"));
    assert!(!within_one_edit("12345678", "12345699"));
}

#[test]
fn misparsed_structured_name_is_repaired_from_the_printed_name() {
    let r = Record {
        full_name: "Luis Dario Matamala Castro".into(),
        first_name: "Matamala".into(),
        middle_name: "Castro".into(),
        surname_1: "Luis".into(),
        surname_2: "Dario".into(),
        ..Record::default()
    };
    let n = record_name(&r);
    assert_eq!(n.given, vec!["luis", "dario"]);
    assert_eq!(n.surnames, vec!["matamala", "castro"]);
}
