//! Builders and generators the custody tests share.

use amparo_domain::custody::Change;
use amparo_domain::*;
use chrono::NaiveDate;
use proptest::prelude::*;

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn event(date: &str, verification: Verification, change: Change) -> CustodyEvent {
    CustodyEvent {
        fact: FactId::generate(),
        date: PartialDate::parse(date).unwrap(),
        verification,
        accepted: true,
        retracted: false,
        supersedes: None,
        source: None,
        change,
        observed: false,
    }
}

/// A list's status as of `date` (an observation).
pub fn observed(date: &str, verification: Verification, change: Change) -> CustodyEvent {
    CustodyEvent {
        observed: true,
        ..event(date, verification, change)
    }
}

pub fn arrest(date: &str) -> CustodyEvent {
    event(
        date,
        Verification::Reported,
        Change::Custody { facility: None },
    )
}

pub fn release(
    date: &str,
    v: Verification,
    kind: ReleaseKind,
    measures: Vec<ReleaseMeasure>,
) -> CustodyEvent {
    event(date, v, Change::Release { kind, measures })
}

pub fn held_at(facility: Option<&str>) -> Change {
    Change::StillHeld {
        facility: facility.map(str::to_owned),
    }
}

/// Any custody change, with a few facilities and measures so that same-day facts tie,
/// agree and contradict each other in every way.
pub fn any_change() -> impl Strategy<Value = Change> {
    let facility = prop::sample::select(vec![None, Some("Rodeo I"), Some("El Helicoide")])
        .prop_map(|f| f.map(str::to_owned));
    let measures = prop::sample::subsequence(
        vec![
            ReleaseMeasure::TravelBan,
            ReleaseMeasure::Reporting { every_days: 30 },
        ],
        0..=2,
    );
    prop_oneof![
        facility
            .clone()
            .prop_map(|facility| Change::Custody { facility }),
        facility.prop_map(|facility| Change::StillHeld { facility }),
        prop::sample::select(vec!["El Helicoide", "Rodeo I"]).prop_map(|f| Change::Transfer {
            facility: f.to_owned()
        }),
        (prop::sample::select(ReleaseKind::ALL.to_vec()), measures).prop_map(|(kind, measures)| {
            Change::Release {
                kind,
                measures: if kind == ReleaseKind::Full {
                    vec![]
                } else {
                    measures
                },
            }
        }),
        Just(Change::Disappeared),
        Just(Change::Died),
        Just(Change::MeasureImposed {
            measure: ReleaseMeasure::MediaBan
        }),
        Just(Change::MeasureLifted {
            measure: ReleaseMeasure::TravelBan
        }),
        Just(Change::MeasureImposed {
            measure: ReleaseMeasure::HouseArrest {
                electronic_monitor: true
            }
        }),
    ]
}

/// Any event on one of `dates`, sometimes retracted, sometimes an observation.
pub fn any_event_on(dates: Vec<&'static str>) -> impl Strategy<Value = CustodyEvent> {
    let verification = prop::sample::select(Verification::ALL.to_vec());
    (
        prop::sample::select(dates),
        verification,
        any_change(),
        prop::bool::weighted(0.1),
        prop::bool::weighted(0.25),
    )
        .prop_map(|(d, v, c, retracted, is_observed)| {
            let mut e = event(d, v, c);
            e.retracted = retracted;
            e.observed = is_observed;
            e
        })
}

/// Any event on any day of 2020-2026.
pub fn any_event() -> impl Strategy<Value = CustodyEvent> {
    let date =
        (2020i32..2027, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"));
    (date, any_event_on(vec!["2020-01-01"])).prop_map(|(d, mut e)| {
        e.date = PartialDate::parse(&d).unwrap();
        e
    })
}

/// A seeded shuffle (the same for the same seed).
pub fn shuffled<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut out = items.to_vec();
    let mut s = seed;
    for i in (1..out.len()).rev() {
        s = s
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.swap(i, (s >> 33) as usize % (i + 1));
    }
    out
}
