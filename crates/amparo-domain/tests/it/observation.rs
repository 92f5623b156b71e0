//! Observations (issue 10, "Observations are not events"): a list's status cell without a
//! date of its own says how the person stood on the list's date, not that anything happened
//! on it. Rule 7 of `amparo_domain::custody`.

use crate::support::*;
use amparo_domain::custody::Change;
use amparo_domain::*;

fn excarcelado(date: &str) -> CustodyEvent {
    observed(
        date,
        Verification::Reported,
        Change::Release {
            kind: ReleaseKind::Conditional,
            measures: vec![],
        },
    )
}

fn both_measures() -> Vec<ReleaseMeasure> {
    vec![
        ReleaseMeasure::Reporting { every_days: 30 },
        ReleaseMeasure::TravelBan,
    ]
}

#[test]
fn issue_10_a_list_after_a_verified_release_keeps_its_date_and_measures() {
    let a = arrest("2024-02-09");
    let r = release(
        "2026-01-08",
        Verification::Verified,
        ReleaseKind::Conditional,
        both_measures(),
    );
    let listed = excarcelado("2026-01-12");
    let facts = vec![a, r.clone(), listed];
    for seed in 0..6 {
        let status = custody_status(&shuffled(&facts, seed), day("2026-01-12"));
        assert_eq!(status.state, CustodyState::ReleasedWithMeasures);
        assert_eq!(status.since.unwrap().to_string(), "2026-01-08");
        assert_eq!(status.measures, both_measures());
        assert_eq!(status.observed_by, None);
        assert_eq!(status.decided_by, vec![r.fact]);
        assert!(status.conflicts.is_empty());
        assert_eq!(status.label(), "released-with-measures");
    }
}

#[test]
fn an_observation_decides_what_no_dated_fact_explains_without_inventing_a_date() {
    let a = arrest("2024-02-09");
    let listed = excarcelado("2026-01-12");
    let facts = [a, listed.clone()];
    assert_eq!(
        custody_status(&facts, day("2026-01-11")).state,
        CustodyState::InCustody
    );
    let status = custody_status(&facts, day("2026-01-12"));
    assert_eq!(status.state, CustodyState::ReleasedWithMeasures);
    assert_eq!(status.since, None, "the day of release is unknown");
    assert_eq!(status.observed_by.unwrap().to_string(), "2026-01-12");
    assert_eq!(status.decided_by, vec![listed.fact]);
    assert_eq!(
        status.label(),
        "released-with-measures (reported by 2026-01-12)"
    );
    let alone = custody_status(
        &[observed(
            "2026-01-12",
            Verification::Reported,
            held_at(None),
        )],
        day("2026-01-12"),
    );
    assert_eq!(alone.state, CustodyState::InCustody);
    assert_eq!((alone.since, alone.observed_by.is_some()), (None, true));
}

#[test]
fn an_observation_never_overrides_a_dated_fact_of_its_own_date() {
    let a = arrest("2024-02-09");
    let r = release(
        "2026-01-12",
        Verification::Reported,
        ReleaseKind::Full,
        vec![],
    );
    let stale = observed(
        "2026-01-12",
        Verification::Verified,
        held_at(Some("Rodeo I")),
    );
    let status = custody_status(&[a, r.clone(), stale.clone()], day("2026-01-12"));
    assert_eq!(status.state, CustodyState::ReleasedFully);
    assert_eq!(status.since.unwrap().to_string(), "2026-01-12");
    let c = &status.conflicts[0];
    assert_eq!(c.kind, ConflictKind::ObservationOverruled);
    assert_eq!((c.overruled, c.prevailing), (stale.fact, r.fact));
}

#[test]
fn an_observation_never_overrides_a_better_verified_fact() {
    let a = arrest("2024-02-09");
    let r = release(
        "2026-01-08",
        Verification::Verified,
        ReleaseKind::Conditional,
        both_measures(),
    );
    let stale = observed("2026-01-12", Verification::Reported, held_at(None));
    let status = custody_status(&[a.clone(), r.clone(), stale.clone()], day("2026-01-31"));
    assert_eq!(status.state, CustodyState::ReleasedWithMeasures);
    assert_eq!(status.measures, both_measures());
    assert_eq!(status.conflicts.len(), 1);
    assert_eq!(status.conflicts[0].kind, ConflictKind::ObservationOverruled);

    // As well verified as the release, the list says the person is held again: it decides,
    // and the re-arrest nobody recorded shows as a conflict.
    let checked = CustodyEvent {
        verification: Verification::Verified,
        ..stale
    };
    let status = custody_status(&[a, r.clone(), checked.clone()], day("2026-01-31"));
    assert_eq!(status.state, CustodyState::InCustody);
    assert!(status.measures.is_empty(), "measures end in custody");
    assert_eq!(status.since, None);
    assert_eq!(status.observed_by.unwrap().to_string(), "2026-01-12");
    assert_eq!(status.conflicts[0].kind, ConflictKind::HeldAfterRelease);
    assert_eq!(
        (
            status.conflicts[0].overruled,
            status.conflicts[0].prevailing
        ),
        (r.fact, checked.fact)
    );
}

#[test]
fn an_agreeing_observation_only_fills_in_what_nobody_gave() {
    let a = arrest("2024-02-09");
    let seen = observed(
        "2025-03-01",
        Verification::Reported,
        held_at(Some("Rodeo I")),
    );
    let status = custody_status(&[a.clone(), seen.clone()], day("2025-03-01"));
    assert_eq!(status.facility.as_deref(), Some("Rodeo I"));
    assert_eq!(status.since.unwrap().to_string(), "2024-02-09");
    assert_eq!(status.observed_by, None);
    assert_eq!(status.decided_by, vec![a.fact, seen.fact]);

    let moved = event(
        "2024-06-01",
        Verification::Reported,
        Change::Transfer {
            facility: "El Helicoide".into(),
        },
    );
    let status = custody_status(&[a, moved, seen], day("2025-03-01"));
    assert_eq!(
        status.facility.as_deref(),
        Some("El Helicoide"),
        "a dated transfer is not overridden by a list"
    );
}

#[test]
fn a_listed_disappearance_keeps_the_start_of_the_custody() {
    let a = arrest("2024-02-09");
    let gone = observed("2026-01-12", Verification::Reported, Change::Disappeared);
    let status = custody_status(&[a, gone], day("2026-01-12"));
    assert_eq!(status.state, CustodyState::WhereaboutsUnknown);
    assert_eq!(status.since.unwrap().to_string(), "2024-02-09");
    assert_eq!(status.observed_by.unwrap().to_string(), "2026-01-12");
}

#[test]
fn later_lists_and_later_dated_facts_still_count() {
    let first = observed("2026-01-05", Verification::Reported, held_at(None));
    let second = excarcelado("2026-01-12");
    let status = custody_status(&[first.clone(), second.clone()], day("2026-01-12"));
    assert_eq!(status.state, CustodyState::ReleasedWithMeasures);
    assert_eq!(status.observed_by.unwrap().to_string(), "2026-01-12");

    let again = event(
        "2026-01-20",
        Verification::Reported,
        Change::Custody { facility: None },
    );
    let status = custody_status(&[first, second, again], day("2026-01-20"));
    assert_eq!(status.state, CustodyState::InCustody);
    assert_eq!(status.since.unwrap().to_string(), "2026-01-20");
    assert_eq!(status.observed_by, None);
}

#[test]
fn stored_custody_events_of_dated_facts_keep_their_json() {
    let e = arrest("2024-02-09");
    let json = serde_json::to_value(&e).unwrap();
    assert!(json.get("observed").is_none(), "{json}");
    let back: CustodyEvent = serde_json::from_value(json).unwrap();
    assert_eq!(back, e);
    let listed = excarcelado("2026-01-12");
    let json = serde_json::to_value(&listed).unwrap();
    assert_eq!(json["observed"], true);
    assert_eq!(
        serde_json::from_value::<CustodyEvent>(json).unwrap(),
        listed
    );
}
