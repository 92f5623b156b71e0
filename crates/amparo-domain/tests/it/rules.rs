//! The derivation rules of issue 10 as examples and as properties over any facts: measures
//! end when custody resumes, a confirmed release clears "release announced", same-day facts
//! in any order, the better-verified and then the more specific same-day fact decides,
//! observations that agree change nothing and observations that decide leave the day of the
//! change unknown.

use crate::support::*;
use amparo_domain::custody::Change;
use amparo_domain::*;
use proptest::prelude::*;

#[test]
fn issue_10_house_arrest_then_rearrest_leaves_no_measures_behind() {
    let a = arrest("2024-02-09");
    let home = release(
        "2025-03-01",
        Verification::Verified,
        ReleaseKind::HouseArrest,
        vec![ReleaseMeasure::HouseArrest {
            electronic_monitor: true,
        }],
    );
    let back = event(
        "2025-09-01",
        Verification::Reported,
        Change::Custody {
            facility: Some("Rodeo I".into()),
        },
    );
    let status = custody_status(&[a, home, back.clone()], day("2025-10-01"));
    assert_eq!(status.state, CustodyState::InCustody);
    assert!(status.measures.is_empty(), "{:?}", status.measures);
    assert_eq!(status.since.unwrap().to_string(), "2025-09-01");
    assert_eq!(status.decided_by, vec![back.fact]);
}

#[test]
fn issue_10_a_confirmed_release_clears_the_announcement_whatever_the_dates() {
    let a = arrest("2024-02-09");
    let done = release(
        "2026-01-08",
        Verification::Corroborated,
        ReleaseKind::Full,
        vec![],
    );
    let promised = release(
        "2026-01-09",
        Verification::Announced,
        ReleaseKind::Full,
        vec![],
    );
    let status = custody_status(&[a.clone(), done, promised.clone()], day("2026-01-10"));
    assert_eq!(status.state, CustodyState::ReleasedFully);
    assert_eq!(status.release_announced, None);
    assert_eq!(status.label(), "released-fully");
    let pending = custody_status(&[a, promised.clone()], day("2026-01-10"));
    assert_eq!(pending.release_announced, Some(promised.fact));
}

/// The state an observed or dated change claims, when it is the last word.
fn claimed_state(change: &Change) -> Option<CustodyState> {
    Some(match change {
        Change::Custody { .. } | Change::StillHeld { .. } | Change::Transfer { .. } => {
            CustodyState::InCustody
        }
        Change::Disappeared => CustodyState::WhereaboutsUnknown,
        Change::Died => CustodyState::Deceased,
        Change::Release { kind, .. } => CustodyState::after_release(*kind),
        _ => return None,
    })
}

/// Rule 7's agreement, restated: what an observation says is already true of the state.
fn already_true(state: CustodyState, change: &Change) -> bool {
    match change {
        Change::Custody { .. } | Change::StillHeld { .. } | Change::Transfer { .. } => {
            state.is_in_prison()
        }
        Change::Release {
            kind: ReleaseKind::Conditional,
            measures,
        } if measures.is_empty() => state.is_released(),
        other => claimed_state(other) == Some(state),
    }
}

/// A history in which nobody dies (so that later facts still count).
fn alive(history: Vec<CustodyEvent>) -> Vec<CustodyEvent> {
    history
        .into_iter()
        .filter(|e| e.change != Change::Died)
        .collect()
}

/// Days around a few dates, with a month-precision date that shares their first day.
fn crowded() -> Vec<&'static str> {
    vec![
        "2024-01",
        "2024-01-01",
        "2024-01-02",
        "2024-01-02",
        "2024-01-03",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn input_order_and_ids_do_not_matter_even_on_the_same_day(
        events in prop::collection::vec(any_event_on(crowded()), 0..10),
        seed in any::<u64>(),
    ) {
        let as_of = day("2024-01-03");
        let expected = custody_status(&events, as_of);
        prop_assert_eq!(&custody_status(&shuffled(&events, seed), as_of), &expected);
        // Giving the same facts other ids (in another order) changes no outcome.
        let mut renamed = events.clone();
        let mut ids: Vec<FactId> = events.iter().map(|e| e.fact).collect();
        ids.reverse();
        for (e, id) in renamed.iter_mut().zip(ids) {
            e.fact = id;
        }
        renamed.iter_mut().for_each(|e| e.supersedes = None);
        let mut plain = events.clone();
        plain.iter_mut().for_each(|e| e.supersedes = None);
        let (x, y) = (custody_status(&plain, as_of), custody_status(&renamed, as_of));
        prop_assert_eq!((x.state, x.since, x.observed_by, x.facility, x.measures), (y.state, y.since, y.observed_by, y.facility, y.measures));
        prop_assert_eq!(x.conflicts.len(), y.conflicts.len());
    }

    #[test]
    fn nobody_in_prison_carries_release_measures(
        events in prop::collection::vec(any_event_on(crowded()), 0..12),
    ) {
        let status = custody_status(&events, day("2024-01-03"));
        prop_assert!(!status.state.is_in_prison() || status.measures.is_empty(), "{:?}", status);
    }

    #[test]
    fn a_released_person_never_carries_release_announced(
        events in prop::collection::vec(any_event(), 0..12),
    ) {
        let status = custody_status(&events, day("2026-12-31"));
        let freed = matches!(
            status.state,
            CustodyState::ReleasedFully | CustodyState::ReleasedWithMeasures | CustodyState::InExile
        );
        prop_assert!(!(freed && status.release_announced.is_some()), "{:?}", status);
    }

    #[test]
    fn an_arrest_and_a_disappearance_on_one_day_never_conflict(
        history in prop::collection::vec(any_event_on(crowded()), 0..8),
        level in prop::sample::select(Verification::ALL[1..].to_vec()),
    ) {
        let history = alive(history);
        let before = custody_status(&history, day("2024-01-03"));
        let a = CustodyEvent { verification: level, ..arrest("2024-02-01") };
        let gone = event("2024-02-01", Verification::Reported, Change::Disappeared);
        let mut all = history.clone();
        all.extend([a.clone(), gone.clone()]);
        let status = custody_status(&all, day("2024-02-01"));
        prop_assert_eq!(status.state, CustodyState::WhereaboutsUnknown);
        prop_assert!(status.measures.is_empty());
        let between = |c: &Conflict| [c.overruled, c.prevailing].contains(&a.fact)
            && [c.overruled, c.prevailing].contains(&gone.fact);
        prop_assert!(!status.conflicts.iter().any(between));
        if !before.state.is_in_prison() {
            prop_assert_eq!(status.since.map(|d| d.to_string()), Some("2024-02-01".to_owned()));
        }
    }

    #[test]
    fn on_the_same_day_the_better_verified_fact_decides(
        history in prop::collection::vec(any_event_on(crowded()), 0..6),
        better in any_change(),
        worse in any_change(),
    ) {
        let history = alive(history);
        let mut alone = history.clone();
        let verified = event("2024-02-01", Verification::Verified, better);
        alone.push(verified.clone());
        let reported = event("2024-02-01", Verification::Reported, worse);
        let mut both = alone.clone();
        both.push(reported.clone());
        let (one, two) = (custody_status(&alone, day("2024-02-01")), custody_status(&both, day("2024-02-01")));
        let lost: Vec<&Conflict> = two.conflicts.iter().filter(|c| c.overruled == reported.fact).collect();
        // When the two contradict each other (rather than tell one story, which says nothing
        // here), the reported fact loses to the verified one and changes nothing.
        if !lost.is_empty() {
            prop_assert_eq!(lost[0].prevailing, verified.fact);
            prop_assert_eq!(lost[0].kind, ConflictKind::SameDayBetterVerified);
            prop_assert_eq!((two.state, two.since, two.facility, two.measures), (one.state, one.since, one.facility, one.measures));
        }
    }

    #[test]
    fn an_observation_that_agrees_changes_nothing(
        history in prop::collection::vec(any_event_on(crowded()), 0..10),
        pick in any::<bool>(),
        level in prop::sample::select(Verification::ALL[1..].to_vec()),
    ) {
        let before = custody_status(&history, day("2024-01-31"));
        // What a list would say of this state, with no facility or measures to fill in.
        let bare_release = |kind| Change::Release { kind, measures: vec![] };
        let said = match before.state {
            CustodyState::Unknown => return Ok(()),
            CustodyState::InCustody if pick => Change::Custody { facility: None },
            CustodyState::WhereaboutsUnknown if pick => Change::Disappeared,
            CustodyState::InCustody | CustodyState::WhereaboutsUnknown => held_at(None),
            CustodyState::Deceased => Change::Died,
            _ if pick => bare_release(ReleaseKind::Conditional),
            CustodyState::HouseArrest => bare_release(ReleaseKind::HouseArrest),
            CustodyState::InExile => bare_release(ReleaseKind::Exile),
            CustodyState::ReleasedFully => bare_release(ReleaseKind::Full),
            CustodyState::ReleasedWithMeasures => bare_release(ReleaseKind::Conditional),
        };
        prop_assert!(already_true(before.state, &said));
        let mut all = history.clone();
        all.push(observed("2024-01-31", level, said));
        prop_assert_eq!(custody_status(&all, day("2024-01-31")), before);
    }

    #[test]
    fn an_observation_that_decides_leaves_the_day_of_the_change_unknown(
        history in prop::collection::vec(any_event_on(crowded()), 0..10),
        said in any_change(),
    ) {
        let Some(state) = claimed_state(&said) else { return Ok(()); };
        let history = alive(history);
        let before = custody_status(&history, day("2024-01-31"));
        if already_true(before.state, &said) {
            return Ok(());
        }
        let mut all = history.clone();
        let list = observed("2024-01-31", Verification::Verified, said.clone());
        all.push(list.clone());
        let status = custody_status(&all, day("2024-01-31"));
        prop_assert_eq!(status.state, state);
        prop_assert_eq!(status.observed_by, Some(list.date));
        let custody_kept = said == Change::Disappeared && before.state.is_in_prison();
        prop_assert_eq!(status.since, if custody_kept { before.since } else { None });
    }

    #[test]
    fn a_bare_fact_beside_a_more_specific_one_of_its_kind_changes_nothing(
        history in prop::collection::vec(any_event_on(crowded()), 0..8),
        detailed in any_change(),
        level in prop::sample::select(Verification::ALL[1..].to_vec()),
    ) {
        // The same kind of fact, without its details (facility, measures).
        let bare = match &detailed {
            Change::Custody { .. } => Change::Custody { facility: None },
            Change::StillHeld { .. } | Change::Transfer { .. } => held_at(None),
            Change::Release { kind, .. } => Change::Release { kind: *kind, measures: vec![] },
            _ => return Ok(()),
        };
        let history = alive(history);
        let mut one = history.clone();
        one.push(event("2024-02-01", level, detailed));
        let mut two = one.clone();
        two.push(event("2024-02-01", level, bare));
        let (a, b) = (custody_status(&one, day("2024-02-01")), custody_status(&two, day("2024-02-01")));
        prop_assert_eq!((a.state, a.since, a.facility, a.measures), (b.state, b.since, b.facility, b.measures));
        prop_assert_eq!(a.conflicts.len(), b.conflicts.len());
    }
}
