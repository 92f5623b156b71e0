//! Model bytes survive a round trip, and malformed bytes give a typed error, never a panic.

use amparo_ner::{Model, NerError, Tagger};
use proptest::prelude::*;

use crate::toy_model;

#[test]
fn wide_round_trip_is_exact() {
    let model = toy_model();
    let bytes = model.to_bytes(false);
    assert_eq!(Model::from_bytes(&bytes).unwrap(), model);
    assert_eq!(Model::from_bytes(&bytes).unwrap().to_bytes(false), bytes);
}

#[test]
fn narrow_round_trip_tags_the_training_sentence_the_same() {
    let model = toy_model();
    let wide = Tagger::from_model(model.clone());
    let narrow = Tagger::from_bytes(&model.to_bytes(true)).unwrap();
    let tokens = ["El", "SEBIN", "liberó", "a", "Tomás", "Ferrer", "."];
    assert_eq!(wide.tag_tokens(&tokens), narrow.tag_tokens(&tokens));
    assert!(model.to_bytes(true).len() < model.to_bytes(false).len());
}

#[test]
fn bad_magic_and_version_are_named() {
    assert_eq!(
        Model::from_bytes(b"NOTAMODEL-------").unwrap_err(),
        NerError::BadMagic
    );
    let mut bytes = toy_model().to_bytes(false);
    bytes[8] = 99;
    assert_eq!(
        Model::from_bytes(&bytes).unwrap_err(),
        NerError::UnsupportedVersion(99)
    );
}

#[test]
fn every_truncation_is_an_error() {
    let bytes = toy_model().to_bytes(false);
    for len in 0..bytes.len() {
        assert!(
            Model::from_bytes(&bytes[..len]).is_err(),
            "prefix of {len} bytes was accepted"
        );
    }
}

#[test]
fn trailing_bytes_and_bad_header_values_are_errors() {
    let bytes = toy_model().to_bytes(false);
    let mut longer = bytes.clone();
    longer.push(0);
    assert!(matches!(
        Model::from_bytes(&longer),
        Err(NerError::Corrupt(_))
    ));
    for (offset, value) in [(12, 7u8), (13, 0), (13, 40), (14, 5), (15, 3)] {
        let mut bad = bytes.clone();
        bad[offset] = value;
        assert!(
            matches!(Model::from_bytes(&bad), Err(NerError::Corrupt(_))),
            "byte {offset} = {value}"
        );
    }
}

proptest! {
    /// Random corruption of a valid model never panics (it may still parse).
    #[test]
    fn corrupted_bytes_never_panic(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
        let mut bytes = toy_model().to_bytes(false);
        for (at, value) in flips {
            let k = at % bytes.len();
            bytes[k] = value;
        }
        if let Ok(tagger) = Tagger::from_bytes(&bytes) {
            let _ = tagger.entities("La abogada Marta Quintero fue detenida.");
        }
    }

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let _ = Model::from_bytes(&bytes);
    }
}
