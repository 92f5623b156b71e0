//! Two names (the input split at its first newline) through name normalisation and every
//! comparison: tokens stay capped, similarities stay in [0, 1] and symmetric, and the two
//! records resolve (blocking, the model, clustering) without a panic.
#![no_main]

use amparo_resolve::normalize::{MAX_TOKEN_BYTES, fold, given_tokens, id_digits, parse_full_name};
use amparo_resolve::similarity::{jaro_winkler, within_one_edit};
use amparo_resolve::{Record, ResolveOptions, dedupe, phonetic, record_name};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let (a, b) = text.split_once('\n').unwrap_or((text, ""));
    let (pa, pb) = (parse_full_name(a), parse_full_name(b));
    for token in pa.given.iter().chain(&pa.surnames).chain(&pb.given).chain(&pb.surnames) {
        assert!(token.len() <= MAX_TOKEN_BYTES, "token of {} bytes", token.len());
        let _ = phonetic::key(token);
    }
    let _ = given_tokens(a);
    let _ = id_digits(b);
    let (fa, fb) = (fold(a), fold(b));
    let jw = jaro_winkler(&fa, &fb);
    assert!((0.0..=1.0).contains(&jw), "jaro-winkler {jw}");
    assert!((jw - jaro_winkler(&fb, &fa)).abs() < 1e-9, "not symmetric");
    assert_eq!(within_one_edit(&fa, &fb), within_one_edit(&fb, &fa));
    let record = |id: &str, name: &str| Record {
        id: id.into(),
        full_name: name.into(),
        first_name: name.split(' ').next().unwrap_or_default().into(),
        national_id: name.into(),
        birth_date: name.into(),
        ..Record::default()
    };
    let records = [record("a", a), record("b", b)];
    let _ = record_name(&records[0]);
    let opts = ResolveOptions {
        random_pairs: 100,
        em_iterations: 3,
        ..ResolveOptions::default()
    };
    let res = dedupe(&records, &opts);
    assert_eq!(res.cluster_of.len(), 2);
});
