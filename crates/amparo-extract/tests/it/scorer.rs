//! The scorer follows score.py: name matching, accept_also, optional certainties, dates by prefix.

use amparo_extract::score_pairs;
use serde_json::json;

#[test]
fn matches_names_accent_insensitively_and_by_variants() {
    let gold = json!({"language": "en", "persons": [
        {"name": "Rocío San Miguel", "name_variants_in_text": ["San Miguel"], "events": [{"type": "release", "accept_also": ["conditional_release"], "date": "2026-01-08"}]},
        {"name": "Franklin Durán", "events": [{"type": "arrest", "date": "2021"}, {"type": "detention", "date": "2026-01-08"}]}
    ], "not_detainees": [{"name": "Pedro Durán"}], "counts": [{"number": 863}, {"number": null, "vague_quantity": "a significant number"}]});
    let pred = json!({"persons": [
        {"name": "ROCIO SAN MIGUEL", "events": [{"type": "conditional_release", "date": "2026-01-08"}]},
        {"name": "Franklin Duran", "events": [{"type": "arrest", "date": "2021-05"}, {"type": "transfer", "date": null}]},
        {"name": "Pedro Durán", "events": [{"type": "arrest", "date": null}]}
    ], "counts": [{"number": 863}, {"number": 5}, {"number": null, "vague_quantity": "a significant number of citizens"}]});
    let r = score_pairs(&[("t".into(), gold, pred)]);
    let t = &r.overall.tally;
    assert_eq!((t.person_tp, t.person_fp, t.person_fn), (2, 1, 0));
    assert_eq!((t.event_tp, t.event_fp, t.event_fn), (2, 2, 1));
    assert_eq!((t.dates_seen, t.dates_ok), (2, 2));
    assert_eq!(t.negatives_as_detainees, 1);
    assert_eq!((t.count_tp, t.count_fp, t.count_fn), (1, 1, 0));
    assert_eq!((t.vague_gold, t.vague_kept), (1, 1));
}

#[test]
fn announced_gold_events_are_optional_and_null_dates_must_stay_null() {
    let gold = json!({"language": "es", "persons": [
        {"name": "Ana Rivas", "events": [{"type": "release", "certainty": "announced", "date": null}, {"type": "arrest", "date": null}]}
    ]});
    let pred =
        json!({"persons": [{"name": "Ana Rivas", "events": [{"type": "arrest", "date": "2024"}]}]});
    let r = score_pairs(&[("t".into(), gold, pred)]);
    let t = &r.overall.tally;
    assert_eq!((t.event_tp, t.event_fp, t.event_fn), (1, 0, 0));
    assert_eq!((t.dates_seen, t.dates_ok), (1, 0));
    assert!(r.by_language.contains_key("es"));
}

#[test]
fn people_without_events_are_not_asserted_detainees() {
    let gold = json!({"language": "en", "persons": []});
    let pred = json!({"persons": [{"name": "Ana Rivas", "events": []}]});
    let r = score_pairs(&[("t".into(), gold, pred)]);
    assert_eq!(r.overall.tally.person_fp, 0);
}
