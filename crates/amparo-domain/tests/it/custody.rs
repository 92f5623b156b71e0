//! Custody status derivation: the precedence rules of `amparo_domain::custody`, the
//! acceptance scenario of issue 2, and properties that must hold for any facts.

use crate::support::*;
use amparo_domain::custody::Change;
use amparo_domain::*;
use proptest::prelude::*;

/// Issue 2's scenario: arrested, transferred to El Helicoide, released with measures; a
/// later source saying "still held" is a conflict, not silence.
#[test]
fn issue_2_scenario_custody_then_release_with_measures_then_conflict() {
    let a = arrest("2024-02-09");
    let t = event(
        "2024-02-12",
        Verification::Reported,
        Change::Transfer {
            facility: "El Helicoide".into(),
        },
    );
    let measures = vec![
        ReleaseMeasure::Reporting { every_days: 30 },
        ReleaseMeasure::TravelBan,
    ];
    let r = release(
        "2026-01-08",
        Verification::Verified,
        ReleaseKind::Conditional,
        measures.clone(),
    );
    let mut facts = vec![a.clone(), t.clone(), r.clone()];

    let before = custody_status(&facts, day("2025-12-31"));
    assert_eq!(before.state, CustodyState::InCustody);
    assert_eq!(before.facility.as_deref(), Some("El Helicoide"));
    assert_eq!(before.since.unwrap().to_string(), "2024-02-09");
    assert_eq!(before.decided_by, vec![a.fact, t.fact]);

    let after = custody_status(&facts, day("2026-01-09"));
    assert_eq!(after.state, CustodyState::ReleasedWithMeasures);
    assert_eq!(after.measures, measures);
    assert_eq!(after.decided_by, vec![r.fact]);
    assert!(after.conflicts.is_empty());

    let c = event(
        "2026-01-10",
        Verification::Reported,
        Change::StillHeld { facility: None },
    );
    facts.push(c.clone());
    let later = custody_status(&facts, day("2026-01-11"));
    assert_eq!(later.conflicts.len(), 1, "{later:?}");
    assert_eq!(later.conflicts[0].overruled, r.fact);
    assert_eq!(later.conflicts[0].prevailing, c.fact);
    assert_eq!(
        custody_status(&facts, day("2026-01-09")),
        after,
        "a fact dated after as-of changes nothing"
    );
}

#[test]
fn an_announced_release_does_not_end_custody() {
    let a = arrest("2024-02-09");
    let r = release(
        "2026-01-08",
        Verification::Announced,
        ReleaseKind::Full,
        vec![],
    );
    let status = custody_status(&[a.clone(), r.clone()], day("2026-01-09"));
    assert_eq!(status.state, CustodyState::InCustody);
    assert_eq!(status.release_announced, Some(r.fact));
    assert_eq!(status.label(), "in-custody (release announced)");
    let confirmed = release(
        "2026-01-10",
        Verification::Verified,
        ReleaseKind::Full,
        vec![],
    );
    let status = custody_status(&[a, r, confirmed], day("2026-01-10"));
    assert_eq!(status.state, CustodyState::ReleasedFully);
    assert_eq!(status.release_announced, None);
}

#[test]
fn on_the_same_date_the_better_verified_fact_wins_and_the_conflict_shows() {
    let a = arrest("2024-02-09");
    let held = event(
        "2026-01-08",
        Verification::Verified,
        Change::StillHeld { facility: None },
    );
    let freed = release(
        "2026-01-08",
        Verification::Reported,
        ReleaseKind::Full,
        vec![],
    );
    let status = custody_status(&[a, freed.clone(), held.clone()], day("2026-01-08"));
    assert_eq!(status.state, CustodyState::InCustody);
    assert!(
        status
            .conflicts
            .iter()
            .any(|c| c.overruled == freed.fact && c.prevailing == held.fact)
    );
}

#[test]
fn retracted_and_superseded_facts_count_for_nothing() {
    let a = arrest("2024-02-09");
    let mut wrong = release(
        "2025-01-01",
        Verification::Reported,
        ReleaseKind::Full,
        vec![],
    );
    wrong.retracted = true;
    assert_eq!(
        custody_status(&[a.clone(), wrong], day("2025-06-01")).state,
        CustodyState::InCustody
    );

    let old = release(
        "2025-01-01",
        Verification::Reported,
        ReleaseKind::Full,
        vec![],
    );
    let mut fix = release(
        "2025-01-01",
        Verification::Reported,
        ReleaseKind::HouseArrest,
        vec![],
    );
    fix.supersedes = Some(old.fact);
    let status = custody_status(&[a, old, fix], day("2025-06-01"));
    assert_eq!(status.state, CustodyState::HouseArrest);
    assert!(status.state.is_deprived_of_liberty());
    assert!(!status.state.is_in_prison());
}

#[test]
fn measures_can_be_lifted_until_the_release_is_full() {
    let a = arrest("2024-02-09");
    let r = release(
        "2025-01-01",
        Verification::Verified,
        ReleaseKind::Conditional,
        vec![ReleaseMeasure::TravelBan],
    );
    let lift = event(
        "2025-06-01",
        Verification::Verified,
        Change::MeasureLifted {
            measure: ReleaseMeasure::TravelBan,
        },
    );
    assert_eq!(
        custody_status(&[a, r, lift], day("2025-07-01")).state,
        CustodyState::ReleasedFully
    );
}

#[test]
fn death_in_custody_is_final_and_later_facts_conflict() {
    let a = arrest("2024-02-09");
    let d = event("2025-03-01", Verification::Verified, Change::Died);
    let r = release(
        "2025-04-01",
        Verification::Reported,
        ReleaseKind::Full,
        vec![],
    );
    let status = custody_status(&[a, d.clone(), r], day("2025-05-01"));
    assert_eq!(status.state, CustodyState::Deceased);
    assert_eq!(status.conflicts.len(), 1);
    assert_eq!(status.conflicts[0].prevailing, d.fact);
}

#[test]
fn a_partial_date_counts_from_its_first_day() {
    let a = arrest("2021");
    assert_eq!(
        custody_status(std::slice::from_ref(&a), day("2021-01-01")).state,
        CustodyState::InCustody
    );
    assert_eq!(
        custody_status(&[a], day("2020-12-31")).state,
        CustodyState::Unknown
    );
}

proptest! {
    #[test]
    fn input_order_does_not_matter(events in prop::collection::vec(any_event(), 0..12), seed in any::<u64>()) {
        let as_of = day("2024-06-30");
        prop_assert_eq!(custody_status(&shuffled(&events, seed), as_of), custody_status(&events, as_of));
    }

    #[test]
    fn facts_dated_after_as_of_change_nothing(
        events in prop::collection::vec(any_event(), 0..10),
        later in prop::collection::vec(any_event(), 0..5),
    ) {
        let as_of = day("2023-12-31");
        let before: Vec<_> = events.into_iter().filter(|e| e.date.first_day() <= as_of).collect();
        let expected = custody_status(&before, as_of);
        let mut all = before.clone();
        all.extend(later.into_iter().filter(|e| e.date.first_day() > as_of));
        prop_assert_eq!(custody_status(&all, as_of), expected);
    }
}
