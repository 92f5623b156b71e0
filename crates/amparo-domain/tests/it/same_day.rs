//! Same-day facts (issue 10, rules 3 and 4 of `amparo_domain::custody`): what fits one story
//! is applied together; what contradicts is settled by verification, gravity, specificity
//! and the details, never by the order of rows or records.

use crate::support::*;
use amparo_domain::custody::Change;
use amparo_domain::*;

fn transfer(date: &str, facility: &str) -> CustodyEvent {
    event(
        date,
        Verification::Reported,
        Change::Transfer {
            facility: facility.into(),
        },
    )
}

/// The status for every order of the facts and with their ids swapped between them.
fn every_way(facts: &[CustodyEvent], as_of: &str) -> Vec<CustodyStatus> {
    let mut out = Vec::new();
    for seed in 0..4 {
        out.push(custody_status(&shuffled(facts, seed), day(as_of)));
    }
    let mut swapped = facts.to_vec();
    let ids: Vec<FactId> = facts.iter().map(|e| e.fact).rev().collect();
    for (e, id) in swapped.iter_mut().zip(ids) {
        e.fact = id;
    }
    out.push(custody_status(&swapped, day(as_of)));
    out
}

#[test]
fn issue_10_an_arrest_and_a_disappearance_on_one_day_are_one_story() {
    let a = CustodyEvent {
        verification: Verification::Verified,
        ..arrest("2026-01-03")
    };
    let gone = event("2026-01-03", Verification::Reported, Change::Disappeared);
    for status in every_way(&[a, gone], "2026-01-03") {
        assert_eq!(status.state, CustodyState::WhereaboutsUnknown);
        assert_eq!(status.since.unwrap().to_string(), "2026-01-03");
        assert!(status.conflicts.is_empty(), "{:?}", status.conflicts);
    }
}

#[test]
fn an_arrest_with_a_transfer_or_a_release_on_one_day_is_one_story() {
    let a = arrest("2026-01-03");
    for status in every_way(
        &[a.clone(), transfer("2026-01-03", "Rodeo I")],
        "2026-01-03",
    ) {
        assert_eq!(status.state, CustodyState::InCustody);
        assert_eq!(status.facility.as_deref(), Some("Rodeo I"));
        assert!(status.conflicts.is_empty());
    }
    let out = release(
        "2026-01-03",
        Verification::Reported,
        ReleaseKind::Full,
        vec![],
    );
    for status in every_way(&[a, out], "2026-01-03") {
        assert_eq!(status.state, CustodyState::ReleasedFully);
        assert!(status.conflicts.is_empty());
    }
}

#[test]
fn a_release_with_measures_is_more_specific_than_a_bare_one() {
    let a = arrest("2025-01-01");
    let bare = release(
        "2026-01-08",
        Verification::Reported,
        ReleaseKind::Conditional,
        vec![],
    );
    let with = release(
        "2026-01-08",
        Verification::Reported,
        ReleaseKind::Conditional,
        vec![ReleaseMeasure::TravelBan],
    );
    for status in every_way(&[a, bare, with], "2026-01-08") {
        assert_eq!(status.state, CustodyState::ReleasedWithMeasures);
        assert_eq!(status.measures, vec![ReleaseMeasure::TravelBan]);
        assert!(status.conflicts.is_empty());
    }
}

#[test]
fn a_named_facility_is_more_specific_than_a_bare_detention() {
    let bare = event("2026-01-08", Verification::Reported, held_at(None));
    let named = event(
        "2026-01-08",
        Verification::Reported,
        held_at(Some("Zona 7")),
    );
    for status in every_way(&[bare, named], "2026-01-08") {
        assert_eq!(status.facility.as_deref(), Some("Zona 7"));
        assert!(status.conflicts.is_empty());
    }
}

#[test]
fn at_the_same_level_the_graver_outcome_is_kept_and_shown() {
    let a = arrest("2025-01-01");
    let free = release(
        "2026-01-08",
        Verification::Reported,
        ReleaseKind::Full,
        vec![],
    );
    let measures = release(
        "2026-01-08",
        Verification::Reported,
        ReleaseKind::Conditional,
        vec![ReleaseMeasure::TravelBan],
    );
    for status in every_way(&[a, free.clone(), measures], "2026-01-08") {
        assert_eq!(status.state, CustodyState::ReleasedWithMeasures);
        assert_eq!(status.conflicts.len(), 1);
        assert_eq!(status.conflicts[0].kind, ConflictKind::SameDayGraver);
        assert_eq!(status.conflicts[0].overruled_says.change, free.change);
    }
}

#[test]
fn a_tie_is_settled_by_what_the_facts_say_never_by_ids_or_order() {
    let a = arrest("2025-01-01");
    let one = transfer("2026-01-08", "Rodeo I");
    let other = transfer("2026-01-08", "El Helicoide");
    for status in every_way(&[a, one, other], "2026-01-08") {
        assert_eq!(
            status.facility.as_deref(),
            Some("El Helicoide"),
            "sorts first"
        );
        assert_eq!(status.conflicts.len(), 1);
        assert_eq!(status.conflicts[0].kind, ConflictKind::SameDayTie);
    }
}

#[test]
fn the_better_verified_fact_wins_whatever_it_says() {
    let a = arrest("2025-01-01");
    let freed = release(
        "2026-01-08",
        Verification::Verified,
        ReleaseKind::Full,
        vec![],
    );
    let gone = event("2026-01-08", Verification::Reported, Change::Disappeared);
    for status in every_way(&[a, freed, gone.clone()], "2026-01-08") {
        assert_eq!(status.state, CustodyState::ReleasedFully);
        assert_eq!(
            status.conflicts[0].kind,
            ConflictKind::SameDayBetterVerified
        );
        assert_eq!(status.conflicts[0].overruled_says.change, gone.change);
    }
}
