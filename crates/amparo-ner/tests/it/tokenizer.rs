//! The tokenizer splits like the CoNLL corpora and keeps exact byte offsets.

use amparo_ner::tokenize;
use proptest::prelude::*;
use rstest::rstest;

fn words(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.text).collect()
}

#[rstest]
#[case("La abogada fue detenida.", &["La", "abogada", "fue", "detenida", "."])]
#[case("«Libertad», dijo.", &["«", "Libertad", "»", ",", "dijo", "."])]
#[case("“Free them” now", &["“", "Free", "them", "”", "now"])]
#[case("\"Quoted\" text", &["\"", "Quoted", "\"", "text"])]
#[case("El Sr. Pérez y la Dra. Gil", &["El", "Sr.", "Pérez", "y", "la", "Dra.", "Gil"])]
#[case("in the U.S. and EE.UU. today", &["in", "the", "U.S.", "and", "EE.UU.", "today"])]
#[case("Juan J. Ferrer", &["Juan", "J.", "Ferrer"])]
#[case("sigue en Rodeo I. La DGCIM", &["sigue", "en", "Rodeo", "I", ".", "La", "DGCIM"])]
#[case("John's lawyer doesn't know", &["John", "'s", "lawyer", "does", "n't", "know"])]
#[case("O'Neill was held", &["O'Neill", "was", "held"])]
#[case("1.234,5 bolívares el 12/03/2024 a las 10:30", &["1.234,5", "bolívares", "el", "12/03/2024", "a", "las", "10:30"])]
#[case("cédula V-12.345.678", &["cédula", "V-12.345.678"])]
#[case("¿Dónde está? ¡Libérenlo!", &["¿", "Dónde", "está", "?", "¡", "Libérenlo", "!"])]
#[case("Esperó... y nada", &["Esperó", "...", "y", "nada"])]
#[case("(EFE) Caracas", &["(", "EFE", ")", "Caracas"])]
#[case("   ", &[])]
fn splits_like_conll(#[case] text: &str, #[case] expected: &[&str]) {
    assert_eq!(words(text), expected);
}

#[test]
fn offsets_are_bytes_of_the_original_text() {
    let text = "La señora Núñez, en «El Helicoide».";
    for token in tokenize(text) {
        assert_eq!(&text[token.start..token.end], token.text);
    }
}

proptest! {
    /// Any input: no panic, tokens in order, non-overlapping, non-empty and exact slices.
    #[test]
    fn tokens_are_ordered_exact_slices(text in "\\PC{0,80}") {
        let mut last_end = 0;
        for token in tokenize(&text) {
            prop_assert!(token.start >= last_end && token.end > token.start);
            prop_assert_eq!(text.get(token.start..token.end), Some(token.text.as_str()));
            prop_assert!(!token.text.chars().any(char::is_whitespace));
            last_end = token.end;
        }
    }
}
