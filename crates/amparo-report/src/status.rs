//! Custody statuses for reports, always through [`amparo_domain::custody_status`] (never
//! re-derived here): the status as of a day, how long the current spell has lasted, the
//! changes of status within a window, and what each change means (arrest, release...).
//!
//! A status only changes on the first day of one of the person's facts, so a window needs
//! one derivation for the day before it and one per distinct fact day inside it.

use crate::filter::{Filter, Scope};
use crate::registry::PersonRecord;
use amparo_domain::custody::Change;
use amparo_domain::{
    CustodyEvent, CustodyState, CustodyStatus, ReleaseKind, ReleaseMeasure, custody_status,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The custody events the filter lets count.
pub(crate) fn custody_view<'a>(rec: &'a PersonRecord, f: &Filter) -> Cow<'a, [CustodyEvent]> {
    if rec.custody.iter().all(|e| f.admits(e.verification)) {
        Cow::Borrowed(&rec.custody)
    } else {
        Cow::Owned(
            rec.custody
                .iter()
                .filter(|e| f.admits(e.verification))
                .cloned()
                .collect(),
        )
    }
}

/// The distinct first days of the live events within `[from, to]`, in order.
pub(crate) fn event_days(
    events: &[CustodyEvent],
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = events
        .iter()
        .filter(|e| e.accepted && !e.retracted)
        .map(|e| e.date.first_day())
        .filter(|d| (from..=to).contains(d))
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}

/// The first day of the run of the status's own state that is current as of `as_of`.
/// Usually `since`; but a house arrest imposed as a measure after a conditional release keeps
/// the release's `since`, so then the day it actually began is looked up.
fn run_start(
    events: &[CustodyEvent],
    status: &CustodyStatus,
    as_of: NaiveDate,
) -> Option<NaiveDate> {
    let start = status.since?.first_day();
    if status.state == CustodyState::HouseArrest
        && custody_status(events, start).state != CustodyState::HouseArrest
    {
        let later = start.succ_opt()?;
        return event_days(events, later, as_of)
            .into_iter()
            .find(|&d| custody_status(events, d).state == CustodyState::HouseArrest)
            .or(Some(as_of));
    }
    Some(start)
}

/// Whether any live event before `day` could have put the person under house arrest (only
/// these can: a release into house arrest, a release carrying a house-arrest measure, a
/// house-arrest measure imposed). When none could, a spell in prison starting on `day` did
/// not follow a house arrest, and no earlier status needs deriving.
fn house_arrest_before(events: &[CustodyEvent], day: NaiveDate) -> bool {
    let home = |m: &ReleaseMeasure| matches!(m, ReleaseMeasure::HouseArrest { .. });
    events.iter().any(|e| {
        let could = match &e.change {
            Change::Release { kind, measures } => {
                *kind == ReleaseKind::HouseArrest || measures.iter().any(home)
            }
            Change::MeasureImposed { measure } => home(measure),
            _ => false,
        };
        could && e.accepted && !e.retracted && e.date.first_day() < day
    })
}

/// The first day of the person's current uninterrupted spell in the scope, given their status
/// as of `as_of` (which must be in the scope). `None` when the status has no date.
pub(crate) fn spell_start(
    events: &[CustodyEvent],
    status: &CustodyStatus,
    as_of: NaiveDate,
    scope: Scope,
) -> Option<NaiveDate> {
    let mut start = run_start(events, status, as_of)?;
    if scope == Scope::InPrison
        || (status.state != CustodyState::HouseArrest && !house_arrest_before(events, start))
    {
        return Some(start);
    }
    // Walk back through adjoining spells of prison and house arrest (a revoked house arrest
    // followed by prison is one deprivation of liberty).
    for _ in 0..=events.len() {
        let Some(before) = start.pred_opt() else {
            break;
        };
        let prev = custody_status(events, before);
        if !prev.state.is_deprived_of_liberty() {
            break;
        }
        match run_start(events, &prev, before) {
            Some(s) if s < start => start = s,
            _ => break,
        }
    }
    Some(start)
}

/// A person's status the day before a window and its changes inside it.
#[derive(Debug, Clone)]
pub(crate) struct Timeline {
    pub before: CustodyStatus,
    /// Days on which the state, the facility or the measures changed, with the new status.
    pub changes: Vec<(NaiveDate, CustodyStatus)>,
}

impl Timeline {
    /// The status as of `day` (`day` at or after the day before the window).
    pub fn at(&self, day: NaiveDate) -> &CustodyStatus {
        let n = self.changes.partition_point(|(d, _)| *d <= day);
        match n {
            0 => &self.before,
            n => self.changes.get(n - 1).map_or(&self.before, |(_, s)| s),
        }
    }

    /// Each change with the status it left.
    pub fn movements(&self) -> impl Iterator<Item = (NaiveDate, &CustodyStatus, &CustodyStatus)> {
        let mut prev = &self.before;
        self.changes.iter().map(move |(d, s)| {
            let item = (*d, prev, s);
            prev = s;
            item
        })
    }
}

/// The statuses of a person from the day before `from` through `to`.
pub(crate) fn timeline(events: &[CustodyEvent], from: NaiveDate, to: NaiveDate) -> Timeline {
    let eve = from.pred_opt().unwrap_or(from);
    let before = custody_status(events, eve);
    let mut changes: Vec<(NaiveDate, CustodyStatus)> = Vec::new();
    for day in event_days(events, from, to) {
        let status = custody_status(events, day);
        let prev = changes.last().map_or(&before, |(_, s)| s);
        if status.state != prev.state
            || status.facility != prev.facility
            || status.measures != prev.measures
        {
            changes.push((day, status));
        }
    }
    Timeline { before, changes }
}

/// What a change of custody state means for the counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Movement {
    /// Into prison with no earlier status.
    Arrest,
    /// Into prison again after a release (or a house arrest revoked).
    Rearrest,
    /// Out of prison (or with no earlier status) into full freedom.
    ReleasedFully,
    /// Out of prison with measures (*excarcelación con medidas cautelares*).
    ReleasedWithMeasures,
    /// Out of prison into house arrest: still deprived of liberty.
    ReleasedToHouseArrest,
    /// Out of prison into exile or expelled.
    ReleasedIntoExile,
    /// From house arrest to freedom, with or without measures, or exile.
    HouseArrestLifted,
    /// From custody to whereabouts unknown.
    Disappeared,
    /// Died in custody.
    DiedInCustody,
}

impl Movement {
    /// The stable text form.
    pub fn as_str(self) -> &'static str {
        match self {
            Movement::Arrest => "arrest",
            Movement::Rearrest => "re-arrest",
            Movement::ReleasedFully => "released-fully",
            Movement::ReleasedWithMeasures => "released-with-measures",
            Movement::ReleasedToHouseArrest => "released-to-house-arrest",
            Movement::ReleasedIntoExile => "released-into-exile",
            Movement::HouseArrestLifted => "house-arrest-lifted",
            Movement::Disappeared => "disappeared",
            Movement::DiedInCustody => "died-in-custody",
        }
    }

    /// Whether it is a release from prison (*excarcelación*), of any kind.
    pub fn is_release(self) -> bool {
        matches!(
            self,
            Movement::ReleasedFully
                | Movement::ReleasedWithMeasures
                | Movement::ReleasedToHouseArrest
                | Movement::ReleasedIntoExile
        )
    }

    /// Whether it puts someone into prison.
    pub fn is_arrest(self) -> bool {
        matches!(self, Movement::Arrest | Movement::Rearrest)
    }
}

/// The meaning of a change from one state to another, if it is one the reports count.
/// A release recorded with no earlier status counts as a release: the person was held.
pub(crate) fn movement(before: CustodyState, after: CustodyState) -> Option<Movement> {
    use CustodyState as S;
    if before == after {
        return None;
    }
    let released = |s: S| {
        matches!(
            s,
            S::ReleasedFully | S::ReleasedWithMeasures | S::InExile | S::HouseArrest
        )
    };
    Some(match (before, after) {
        (_, S::Deceased) => Movement::DiedInCustody,
        (S::InCustody, S::WhereaboutsUnknown) => Movement::Disappeared,
        (S::Unknown, S::InCustody | S::WhereaboutsUnknown) => Movement::Arrest,
        (b, S::InCustody | S::WhereaboutsUnknown) if released(b) => Movement::Rearrest,
        (S::InCustody | S::WhereaboutsUnknown | S::Unknown, a) => match a {
            S::ReleasedFully => Movement::ReleasedFully,
            S::ReleasedWithMeasures => Movement::ReleasedWithMeasures,
            S::HouseArrest => Movement::ReleasedToHouseArrest,
            S::InExile => Movement::ReleasedIntoExile,
            _ => return None,
        },
        (S::HouseArrest, S::ReleasedFully | S::ReleasedWithMeasures | S::InExile) => {
            Movement::HouseArrestLifted
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use CustodyState as S;

    #[test]
    fn changes_of_state_mean_what_the_reports_count() {
        assert_eq!(movement(S::Unknown, S::InCustody), Some(Movement::Arrest));
        assert_eq!(
            movement(S::ReleasedFully, S::InCustody),
            Some(Movement::Rearrest)
        );
        assert_eq!(
            movement(S::HouseArrest, S::InCustody),
            Some(Movement::Rearrest)
        );
        assert_eq!(
            movement(S::InCustody, S::HouseArrest),
            Some(Movement::ReleasedToHouseArrest)
        );
        assert_eq!(
            movement(S::HouseArrest, S::ReleasedFully),
            Some(Movement::HouseArrestLifted)
        );
        assert_eq!(movement(S::WhereaboutsUnknown, S::InCustody), None);
        assert_eq!(movement(S::ReleasedWithMeasures, S::ReleasedFully), None);
        assert_eq!(
            movement(S::InCustody, S::Deceased),
            Some(Movement::DiedInCustody)
        );
        assert_eq!(
            movement(S::Unknown, S::InExile),
            Some(Movement::ReleasedIntoExile)
        );
    }
}
