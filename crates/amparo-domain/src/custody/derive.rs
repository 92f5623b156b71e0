//! The derivation itself: the facts that count, day by day in date order, each day's dated
//! facts before its observations, folded into a [`CustodyStatus`] (rules in the module doc).

use super::day::{is_announcement, is_measure, settle};
use super::{Change, Conflict, ConflictKind, CustodyEvent, CustodyState, CustodyStatus};
use crate::{FactId, ReleaseMeasure};
use chrono::NaiveDate;

/// The status as of `as_of` (see [`super::custody_status`]).
pub(super) fn derive(events: &[CustodyEvent], as_of: NaiveDate) -> CustodyStatus {
    let live = |e: &&CustodyEvent| e.accepted && !e.retracted;
    let superseded: Vec<FactId> = events
        .iter()
        .filter(live)
        .filter_map(|e| e.supersedes)
        .collect();
    let mut considered: Vec<&CustodyEvent> = events
        .iter()
        .filter(live)
        .filter(|e| !superseded.contains(&e.fact))
        .filter(|e| e.date.is_on_or_before(as_of))
        .collect();
    considered.sort_by_key(|e| (e.date.sort_key(), e.observed));
    let mut d = Deriver {
        status: CustodyStatus::unknown(),
        anchor: None,
        last_dated: None,
    };
    for day in considered
        .chunk_by(|a, b| (a.date.sort_key(), a.observed) == (b.date.sort_key(), b.observed))
    {
        d.day(day);
    }
    d.status
}

/// The status being built, with what the rules need to remember about it.
struct Deriver<'a> {
    status: CustodyStatus,
    /// The fact that started the current state (`decided_by[0]`).
    anchor: Option<&'a CustodyEvent>,
    /// The last dated fact that decided anything (rule 7: an observation never overrides a
    /// dated fact of its own date).
    last_dated: Option<&'a CustodyEvent>,
}

impl<'a> Deriver<'a> {
    /// One day's facts, all dated or all observations.
    fn day(&mut self, facts: &[&'a CustodyEvent]) {
        // Most days have one fact: nothing to settle, nothing to allocate.
        if let [e] = facts {
            if !self.after_death(e) {
                if is_announcement(e) {
                    self.announce(e);
                } else {
                    self.one(e);
                }
            }
            return;
        }
        let (announced, claims): (Vec<&CustodyEvent>, Vec<&CustodyEvent>) =
            facts.iter().partition(|e| is_announcement(e));
        let ordered = match claims.as_slice() {
            [] | [_] => claims,
            _ => settle(&claims, &mut self.status.conflicts),
        };
        for e in ordered {
            if !self.after_death(e) {
                self.one(e);
            }
        }
        let mut announced = announced;
        announced.sort_by_key(|e| e.fact);
        for e in announced {
            if !self.after_death(e) {
                self.announce(e);
            }
        }
    }

    /// One kept fact: an observation or a dated fact.
    fn one(&mut self, e: &'a CustodyEvent) {
        if e.observed && !is_measure(&e.change) {
            self.observe(e);
        } else {
            self.apply(e);
        }
    }

    /// Rule 8: after a death in custody nothing changes; a later fact that says otherwise is
    /// a conflict (an observation of the death itself agrees and is silent).
    fn after_death(&mut self, e: &'a CustodyEvent) -> bool {
        if self.status.state != CustodyState::Deceased {
            return false;
        }
        let agrees = e.observed && e.change == Change::Died;
        if let (Some(dead), false) = (self.anchor, agrees) {
            self.conflict(ConflictKind::AfterDeath, e, dead);
        }
        true
    }

    fn conflict(
        &mut self,
        kind: ConflictKind,
        overruled: &CustodyEvent,
        prevailing: &CustodyEvent,
    ) {
        self.status
            .conflicts
            .push(Conflict::new(kind, overruled, prevailing));
    }

    /// Rule 6: an announced release is news only while the person is not released.
    fn announce(&mut self, e: &'a CustodyEvent) {
        let freed = matches!(
            self.status.state,
            CustodyState::ReleasedFully
                | CustodyState::ReleasedWithMeasures
                | CustodyState::InExile
        );
        if !freed {
            self.status.release_announced = Some(e.fact);
        }
    }

    /// A new state that `e` starts on its date.
    fn reset(&mut self, state: CustodyState, e: &'a CustodyEvent) {
        let s = &mut self.status;
        s.state = state;
        s.since = Some(e.date);
        s.observed_by = None;
        s.decided_by = vec![e.fact];
        s.release_announced = None;
        s.measures.clear();
        self.anchor = Some(e);
    }

    /// A dated fact (or a measure change from a list).
    fn apply(&mut self, e: &'a CustodyEvent) {
        let before = self.status.state;
        let custody_like = before.is_in_prison();
        match &e.change {
            Change::Custody { facility } => {
                if custody_like {
                    self.status.state = CustodyState::InCustody;
                    self.status.decided_by.push(e.fact);
                } else {
                    self.reset(CustodyState::InCustody, e);
                    self.status.facility = None;
                }
                if facility.is_some() {
                    self.status.facility.clone_from(facility);
                }
            }
            Change::StillHeld { facility } => self.continue_custody(e, facility.as_deref()),
            Change::Transfer { facility } => self.continue_custody(e, Some(facility)),
            Change::Release { kind, measures } => {
                self.reset(CustodyState::after_release(*kind), e);
                self.status.facility = None;
                self.status.measures = measures.clone();
            }
            Change::Disappeared => {
                let (since, observed_by) = (self.status.since, self.status.observed_by);
                self.reset(CustodyState::WhereaboutsUnknown, e);
                if custody_like {
                    self.status.since = since;
                    self.status.observed_by = observed_by;
                }
            }
            Change::Died => self.reset(CustodyState::Deceased, e),
            Change::MeasureImposed { measure } => self.impose(e, measure),
            Change::MeasureLifted { measure } => self.lift(e, measure),
        }
        if e.observed {
            if self.status.state != before {
                self.status.observed_by = Some(e.date);
            }
        } else if !is_measure(&e.change) {
            self.last_dated = Some(e);
        }
    }

    /// Still held, or moved: custody goes on from when it started, or starts now when the
    /// person was not known to be held (a conflict after a release: rule 8).
    fn continue_custody(&mut self, e: &'a CustodyEvent, facility: Option<&str>) {
        let before = self.status.state;
        if before.is_in_prison() {
            let s = &mut self.status;
            s.state = CustodyState::InCustody;
            s.decided_by.push(e.fact);
            if s.since.is_none() && s.observed_by.is_none() {
                s.since = Some(e.date);
            }
            if before != s.state && s.since.is_some() {
                s.observed_by = None;
            }
        } else {
            let release = self.anchor.filter(|_| before.is_released());
            self.reset(CustodyState::InCustody, e);
            self.status.facility = None;
            if let Some(release) = release {
                self.conflict(ConflictKind::HeldAfterRelease, release, e);
            }
        }
        if let Some(f) = facility {
            self.status.facility = Some(f.to_owned());
        }
    }

    fn impose(&mut self, e: &CustodyEvent, measure: &ReleaseMeasure) {
        let s = &mut self.status;
        if !matches!(
            s.state,
            CustodyState::ReleasedFully
                | CustodyState::ReleasedWithMeasures
                | CustodyState::HouseArrest
        ) {
            return;
        }
        if !s.measures.contains(measure) {
            s.measures.push(measure.clone());
        }
        s.state = match (measure, s.state) {
            (ReleaseMeasure::HouseArrest { .. }, _) => CustodyState::HouseArrest,
            (_, CustodyState::ReleasedFully) => CustodyState::ReleasedWithMeasures,
            (_, other) => other,
        };
        s.decided_by.push(e.fact);
    }

    fn lift(&mut self, e: &CustodyEvent, measure: &ReleaseMeasure) {
        let s = &mut self.status;
        let count = s.measures.len();
        s.measures.retain(|m| m.key() != measure.key());
        if s.measures.len() == count {
            return;
        }
        s.decided_by.push(e.fact);
        let house_arrest = s
            .measures
            .iter()
            .any(|m| matches!(m, ReleaseMeasure::HouseArrest { .. }));
        if matches!(
            s.state,
            CustodyState::HouseArrest | CustodyState::ReleasedWithMeasures
        ) {
            s.state = if house_arrest {
                CustodyState::HouseArrest
            } else if s.measures.is_empty() {
                CustodyState::ReleasedFully
            } else {
                CustodyState::ReleasedWithMeasures
            };
            // (Rule 6: once the lifted measure leaves the person released, an announced
            // release is no longer news.)
            if s.state != CustodyState::HouseArrest {
                s.release_announced = None;
            }
        }
    }

    /// Rule 7: a list's status as of its date.
    fn observe(&mut self, e: &'a CustodyEvent) {
        let state = self.status.state;
        if agrees(state, &e.change) {
            self.fill_in(e);
            return;
        }
        if state != CustodyState::Unknown {
            let same_day = self
                .last_dated
                .filter(|d| d.date.sort_key() == e.date.sort_key());
            let better = self.anchor.filter(|a| a.verification > e.verification);
            if let Some(prevailing) = same_day.or(better) {
                self.conflict(ConflictKind::ObservationOverruled, e, prevailing);
                return;
            }
        }
        // The observation decides: the state it gives, on a day unknown. Every such change
        // starts a new state (a reset), so it becomes the anchor; only a disappearance from
        // custody keeps the custody's start.
        let keeps_custody_since = e.change == Change::Disappeared && state.is_in_prison();
        self.apply(e);
        if !keeps_custody_since {
            self.status.since = None;
        }
        self.status.observed_by = Some(e.date);
    }

    /// An agreeing observation adds only what no fact gave: a facility for a person held
    /// with none known, measures for a release known without them.
    fn fill_in(&mut self, e: &CustodyEvent) {
        let s = &mut self.status;
        let filled = match &e.change {
            Change::Custody { facility: Some(f) }
            | Change::StillHeld { facility: Some(f) }
            | Change::Transfer { facility: f }
                if s.state == CustodyState::InCustody && s.facility.is_none() =>
            {
                s.facility = Some(f.clone());
                true
            }
            Change::Release { kind, measures }
                if s.measures.is_empty()
                    && !measures.is_empty()
                    && s.state == CustodyState::after_release(*kind) =>
            {
                s.measures = measures.clone();
                true
            }
            _ => false,
        };
        if filled {
            s.decided_by.push(e.fact);
        }
    }
}

/// Whether the status already says what an observation says (rule 7).
fn agrees(state: CustodyState, change: &Change) -> bool {
    match change {
        Change::Custody { .. } | Change::StillHeld { .. } | Change::Transfer { .. } => {
            state.is_in_prison()
        }
        Change::Disappeared => state == CustodyState::WhereaboutsUnknown,
        Change::Died => state == CustodyState::Deceased,
        // A bare "excarcelado" is true of every way out of prison.
        Change::Release {
            kind: crate::ReleaseKind::Conditional,
            measures,
        } if measures.is_empty() => state.is_released(),
        Change::Release { kind, .. } => state == CustodyState::after_release(*kind),
        Change::MeasureImposed { .. } | Change::MeasureLifted { .. } => false,
    }
}
