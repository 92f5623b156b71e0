//! One day's facts (rules 3 and 4): which same-date facts tell one story, which contradict
//! each other, how a contradiction is settled, and in what order the kept facts apply.

use super::{Change, Conflict, ConflictKind, CustodyEvent};
use crate::{ReleaseKind, Verification};
use std::cmp::Reverse;

/// The place of a change in the story of one day: an arrest comes before a transfer, a
/// release before the measures imposed on it, a death last.
fn stage(change: &Change) -> u8 {
    match change {
        Change::Custody { .. } => 0,
        Change::StillHeld { .. } => 1,
        Change::Transfer { .. } => 2,
        Change::Disappeared => 3,
        Change::Release { .. } => 4,
        Change::MeasureImposed { .. } | Change::MeasureLifted { .. } => 5,
        Change::Died => 6,
    }
}

/// How grave the outcome a change claims is, for settling a tie between different kinds of
/// outcome (rule 4): the graver is kept.
fn gravity(change: &Change) -> u8 {
    match change {
        Change::Died => 7,
        Change::Disappeared => 6,
        Change::Custody { .. } | Change::StillHeld { .. } | Change::Transfer { .. } => 5,
        Change::Release { kind, .. } => match kind {
            ReleaseKind::HouseArrest => 4,
            ReleaseKind::Conditional => 3,
            ReleaseKind::Exile => 2,
            ReleaseKind::Full => 1,
        },
        Change::MeasureImposed { .. } | Change::MeasureLifted { .. } => 0,
    }
}

/// How much a change says beyond its kind: a named facility, each release measure.
pub(super) fn specificity(change: &Change) -> usize {
    match change {
        Change::Custody { facility } | Change::StillHeld { facility } => {
            usize::from(facility.is_some())
        }
        Change::Transfer { .. } => 1,
        Change::Release { measures, .. } => measures.len(),
        _ => 0,
    }
}

/// Whether a change only adjusts the measures of a release (it claims no state of its own).
pub(super) fn is_measure(change: &Change) -> bool {
    matches!(
        change,
        Change::MeasureImposed { .. } | Change::MeasureLifted { .. }
    )
}

/// Whether `later` can follow `earlier` on the same day as one story.
fn follows(earlier: &Change, later: &Change) -> bool {
    use Change as C;
    match (earlier, later) {
        (
            C::Custody { .. },
            C::StillHeld { .. } | C::Transfer { .. } | C::Disappeared | C::Release { .. },
        ) => true,
        (C::Custody { facility: None }, C::Custody { .. }) => true,
        (C::StillHeld { facility: None }, C::StillHeld { .. }) => true,
        (C::StillHeld { .. }, C::Transfer { .. }) => true,
        (
            C::Custody { .. } | C::StillHeld { .. } | C::Transfer { .. } | C::Disappeared,
            C::Died,
        ) => true,
        (
            C::Release {
                kind: a,
                measures: fewer,
            },
            C::Release {
                kind: b,
                measures: more,
            },
        ) => a == b && fewer.iter().all(|m| more.contains(m)),
        _ => false,
    }
}

/// Whether two same-day changes tell one story.
fn compatible(a: &Change, b: &Change) -> bool {
    a == b || follows(a, b) || follows(b, a)
}

/// The key that settles a contradiction, highest first: verification, then gravity, then
/// specificity, then the details that sort first; the id last only orders facts that say
/// exactly the same thing, which can never contradict each other.
fn rank(e: &CustodyEvent) -> impl Ord + '_ {
    (
        e.verification,
        gravity(&e.change),
        specificity(&e.change),
        Reverse(&e.change),
        e.fact,
    )
}

/// Why `kept` prevailed over `dropped`.
fn settled_by(kept: &CustodyEvent, dropped: &CustodyEvent) -> ConflictKind {
    if kept.verification != dropped.verification {
        ConflictKind::SameDayBetterVerified
    } else if gravity(&kept.change) != gravity(&dropped.change) {
        ConflictKind::SameDayGraver
    } else if specificity(&kept.change) != specificity(&dropped.change) {
        ConflictKind::SameDayMoreSpecific
    } else {
        ConflictKind::SameDayTie
    }
}

/// Settles one day's facts (all of the same date and all dated or all observations): keeps
/// the best-ranked facts that tell one story, reports every other as a conflict, and returns
/// the kept facts and the measure changes in the order they apply. Announced releases are
/// left to the caller.
pub(super) fn settle<'a>(
    facts: &[&'a CustodyEvent],
    conflicts: &mut Vec<Conflict>,
) -> Vec<&'a CustodyEvent> {
    let mut ranked: Vec<&CustodyEvent> = facts.to_vec();
    ranked.sort_by(|a, b| rank(b).cmp(&rank(a)));
    let mut kept: Vec<&CustodyEvent> = Vec::with_capacity(ranked.len());
    for e in ranked {
        if is_measure(&e.change) {
            kept.push(e);
            continue;
        }
        let against = kept
            .iter()
            .find(|k| !is_measure(&k.change) && !compatible(&k.change, &e.change));
        match against {
            Some(k) => conflicts.push(Conflict::new(settled_by(k, e), e, k)),
            None => kept.push(e),
        }
    }
    kept.sort_by_key(|e| {
        (
            stage(&e.change),
            specificity(&e.change),
            e.verification,
            &e.change,
            e.fact,
        )
    });
    kept
}

/// Whether an event is a release that is only announced (rule 6).
pub(super) fn is_announcement(e: &CustodyEvent) -> bool {
    matches!(e.change, Change::Release { .. }) && e.verification == Verification::Announced
}
