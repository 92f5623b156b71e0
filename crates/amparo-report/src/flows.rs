//! Movements over time: one pass over the persons that derives each person's statuses over a
//! window once and fills consecutive steps with headcounts (stocks, as of each step's last
//! day) and movements (flows, within each step). Periods and series are both built on it.
//!
//! A change of state made by an observation (a list's status as of its date, see
//! [`amparo_domain::custody`]) is not a flow of that day: it is counted apart, in
//! [`Step::observed`], as "reported by that day, date of the change unknown".

use crate::filter::{self, AgeClass, Filter, Traits};
use crate::par;
use crate::registry::{PersonRecord, PersonRef, Registry};
use crate::status::{Movement, custody_view, movement, timeline};
use amparo_domain::{CustodyState, CustodyStatus, Sex};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The persons held in one scope on one day, with the breakdowns a series carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Headcount {
    pub total: u64,
    pub men: u64,
    pub women: u64,
    pub military: u64,
    pub minors: u64,
    pub foreign: u64,
    pub whereabouts_unknown: u64,
}

impl Headcount {
    fn add(
        &mut self,
        who: &Traits<'_>,
        sex: Option<Sex>,
        status: &CustodyStatus,
        day: NaiveDate,
        f: &Filter,
    ) {
        self.total += 1;
        self.men += u64::from(sex == Some(Sex::Male));
        self.women += u64::from(sex == Some(Sex::Female));
        self.military += u64::from(who.military(day, f));
        self.minors += u64::from(who.age_class(day) == AgeClass::Minor);
        self.foreign += u64::from(who.foreign(day, f));
        self.whereabouts_unknown += u64::from(status.state == CustodyState::WhereaboutsUnknown);
    }

    fn merge(&mut self, o: &Headcount) {
        self.total += o.total;
        self.men += o.men;
        self.women += o.women;
        self.military += o.military;
        self.minors += o.minors;
        self.foreign += o.foreign;
        self.whereabouts_unknown += o.whereabouts_unknown;
    }
}

/// Headcounts in both scopes on one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stocks {
    pub date: Option<NaiveDate>,
    /// In custody or whereabouts unknown.
    pub in_prison: Headcount,
    /// In prison or under house arrest.
    pub deprived_of_liberty: Headcount,
}

impl Stocks {
    fn add(
        &mut self,
        who: &Traits<'_>,
        sex: Option<Sex>,
        status: &CustodyStatus,
        day: NaiveDate,
        f: &Filter,
    ) {
        if status.state.is_in_prison() {
            self.in_prison.add(who, sex, status, day, f);
        }
        self.deprived_of_liberty.add(who, sex, status, day, f);
    }

    fn merge(&mut self, o: &Stocks) {
        self.in_prison.merge(&o.in_prison);
        self.deprived_of_liberty.merge(&o.deprived_of_liberty);
    }
}

/// Releases from prison (*excarcelaciones*) by kind. Counts are of releases: a person
/// released twice in the period counts twice.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Releases {
    pub total: u64,
    /// *Libertad plena*.
    pub full: u64,
    /// With measures (*medidas cautelares*) other than house arrest.
    pub with_measures: u64,
    /// Releases with measures by measure kind (`reporting`, `travel-ban`...); a release with
    /// two measures counts under both.
    pub by_measure: BTreeMap<String, u64>,
    /// Into house arrest: still deprived of liberty.
    pub house_arrest: u64,
    /// Into exile or expelled.
    pub exile: u64,
}

/// What happened within a period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flows {
    pub releases: Releases,
    /// First arrests (no earlier status).
    pub arrests: u64,
    /// Arrests after a release, and house arrests revoked into prison.
    pub rearrests: u64,
    /// From house arrest to freedom (with or without measures) or exile.
    pub house_arrest_lifted: u64,
    /// From custody to whereabouts unknown.
    pub disappearances: u64,
    pub deaths_in_custody: u64,
}

impl Flows {
    fn add(&mut self, m: Movement, after: &CustodyStatus) {
        let r = &mut self.releases;
        r.total += u64::from(m.is_release());
        match m {
            Movement::Arrest => self.arrests += 1,
            Movement::Rearrest => self.rearrests += 1,
            Movement::ReleasedFully => r.full += 1,
            Movement::ReleasedWithMeasures => {
                r.with_measures += 1;
                let mut keys: Vec<&str> = after.measures.iter().map(|m| m.key()).collect();
                keys.sort_unstable();
                keys.dedup();
                for k in keys {
                    *r.by_measure.entry(k.to_owned()).or_default() += 1;
                }
            }
            Movement::ReleasedToHouseArrest => r.house_arrest += 1,
            Movement::ReleasedIntoExile => r.exile += 1,
            Movement::HouseArrestLifted => self.house_arrest_lifted += 1,
            Movement::Disappeared => self.disappearances += 1,
            Movement::DiedInCustody => self.deaths_in_custody += 1,
        }
    }

    fn merge(&mut self, o: &Flows) {
        let (r, q) = (&mut self.releases, &o.releases);
        r.total += q.total;
        r.full += q.full;
        r.with_measures += q.with_measures;
        r.house_arrest += q.house_arrest;
        r.exile += q.exile;
        for (k, v) in &q.by_measure {
            *r.by_measure.entry(k.clone()).or_default() += v;
        }
        self.arrests += o.arrests;
        self.rearrests += o.rearrests;
        self.house_arrest_lifted += o.house_arrest_lifted;
        self.disappearances += o.disappearances;
        self.deaths_in_custody += o.deaths_in_custody;
    }

    /// Arrests and re-arrests over releases from prison: above 1, more people go in than
    /// come out. `None` without releases.
    pub fn revolving_door(&self) -> Option<f64> {
        let releases = self.releases.total;
        (releases > 0).then(|| (self.arrests + self.rearrests) as f64 / releases as f64)
    }
}

/// A high-profile person's movement.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct HighProfileChange {
    pub date: NaiveDate,
    pub person: PersonRef,
    pub movement: Movement,
    /// Known only from an observation: the movement happened on or before `date`.
    #[serde(default)]
    pub observed: bool,
}

/// One step of a window: stocks as of its last day, flows within it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub held: Stocks,
    pub flows: Flows,
    /// Changes known only from observations dated within the step (see [`crate::period`]).
    #[serde(default)]
    pub observed: Flows,
}

/// The result of a pass.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Sweep {
    /// Stocks the day before the first step.
    pub before: Stocks,
    pub steps: Vec<Step>,
    pub high_profile: Vec<HighProfileChange>,
    /// Of the persons released from prison in the window, their state at its end.
    pub released_state_at_end: BTreeMap<String, u64>,
}

/// One pass over the persons for consecutive steps `(start, end)` (non-empty, in order).
pub(crate) fn sweep(reg: &Registry, f: &Filter, ranges: &[(NaiveDate, NaiveDate)]) -> Sweep {
    let (Some(first), Some(last)) = (ranges.first(), ranges.last()) else {
        return empty(ranges);
    };
    let (from, to) = (first.0, last.1);
    let eve = from.pred_opt().unwrap_or(from);
    let mut out = par::fold(
        reg.people(),
        || empty(ranges),
        |acc, rec| person(acc, reg, f, rec, from, to, eve),
        |a, b| {
            a.before.merge(&b.before);
            for (x, y) in a.steps.iter_mut().zip(&b.steps) {
                x.held.merge(&y.held);
                x.flows.merge(&y.flows);
                x.observed.merge(&y.observed);
            }
            a.high_profile.extend(b.high_profile);
            for (k, v) in b.released_state_at_end {
                *a.released_state_at_end.entry(k).or_default() += v;
            }
        },
    );
    out.high_profile.sort();
    out
}

fn empty(ranges: &[(NaiveDate, NaiveDate)]) -> Sweep {
    let steps = ranges
        .iter()
        .map(|&(start, end)| Step {
            start,
            end,
            held: Stocks {
                date: Some(end),
                ..Stocks::default()
            },
            flows: Flows::default(),
            observed: Flows::default(),
        })
        .collect();
    Sweep {
        before: Stocks {
            date: ranges.first().and_then(|r| r.0.pred_opt()),
            ..Stocks::default()
        },
        steps,
        high_profile: Vec::new(),
        released_state_at_end: BTreeMap::new(),
    }
}

fn person(
    acc: &mut Sweep,
    reg: &Registry,
    f: &Filter,
    rec: &PersonRecord,
    from: NaiveDate,
    to: NaiveDate,
    eve: NaiveDate,
) {
    if rec.custody.is_empty() {
        return;
    }
    let events = custody_view(rec, f);
    let tl = timeline(&events, from, to);
    if tl.changes.is_empty() && !tl.before.state.is_deprived_of_liberty() {
        return;
    }
    let who = Traits::new(rec);
    let sex = rec.person.sex;
    let counts = |place: &CustodyStatus, day: NaiveDate| {
        f.admits_place(reg, place.facility.as_deref()) && f.admits_person(rec, day)
    };
    if tl.before.state.is_deprived_of_liberty() && counts(&tl.before, eve) {
        acc.before.add(&who, sex, &tl.before, eve, f);
    }
    for step in &mut acc.steps {
        let status = tl.at(step.end);
        if status.state.is_deprived_of_liberty() && counts(status, step.end) {
            step.held.add(&who, sex, status, step.end, f);
        }
    }
    let mut released = false;
    for (day, before, after) in tl.movements() {
        let Some(m) = movement(before.state, after.state) else {
            continue;
        };
        let place = if m.is_arrest() { after } else { before };
        if !counts(place, day) {
            continue;
        }
        // A change an observation made happened on or before its day, on a day unknown: it
        // is counted apart, never as a flow of that day.
        let observed = after.observed_by.is_some_and(|d| d.first_day() == day);
        let i = acc.steps.partition_point(|s| s.end < day);
        if let Some(step) = acc.steps.get_mut(i) {
            if observed {
                step.observed.add(m, after);
            } else {
                step.flows.add(m, after);
            }
        }
        released |= m.is_release() && !observed;
        if filter::is_high_profile(rec, day, f) {
            acc.high_profile.push(HighProfileChange {
                date: day,
                person: PersonRef::of(&rec.person),
                movement: m,
                observed,
            });
        }
    }
    if released {
        let end = tl.at(to).state.to_string();
        *acc.released_state_at_end.entry(end).or_default() += 1;
    }
}
