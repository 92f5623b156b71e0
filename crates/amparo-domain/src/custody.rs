//! Custody status, derived: a pure function of a person's accepted facts up to a date, which
//! also says why (the facts that decided it) and what the sources disagree on.
//!
//! The precedence rules, in the order they apply:
//! 1. A retracted fact counts for nothing; a fact that another accepted fact supersedes
//!    counts for nothing (corrections replace what they correct, whatever their dates).
//! 2. Only accepted facts whose date, counted from its first possible day, is on or before
//!    `as_of` are considered. A fact dated after `as_of` changes nothing.
//! 3. Facts are applied in date order: the later event wins. On the same date, the more
//!    verified fact is applied last and so wins; between equals, the later recorded (ids are
//!    time-ordered UUIDv7), and a conflict is reported when their outcomes differ.
//! 4. A release that is only `announced` does not end custody: the status stays as it was
//!    and carries `release_announced` until a release of a higher level is recorded.
//! 5. Contradictions are kept visible as [`Conflict`]s: a person said to be still held or
//!    transferred after a release without a new arrest, anything after a death in custody,
//!    and same-date facts with different outcomes. The later fact still wins (rule 3).

use crate::{
    Fact, FactId, FactKind, PartialDate, ReleaseKind, ReleaseMeasure, ReviewState, SourceId,
    Verification,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

crate::text::choice_enum! {
    /// Where a person stands as of a date.
    pub enum CustodyState: "custody state" {
        InCustody = "in-custody",
        HouseArrest = "house-arrest",
        ReleasedWithMeasures = "released-with-measures",
        ReleasedFully = "released-fully",
        WhereaboutsUnknown = "whereabouts-unknown",
        Deceased = "deceased",
        InExile = "in-exile",
        Unknown = "unknown",
    }
}

impl CustodyState {
    /// In prison (the Foro Penal convention): held in a facility or disappeared from one.
    pub fn is_in_prison(self) -> bool {
        matches!(
            self,
            CustodyState::InCustody | CustodyState::WhereaboutsUnknown
        )
    }

    /// Deprived of liberty: in prison or under house arrest.
    pub fn is_deprived_of_liberty(self) -> bool {
        self.is_in_prison() || self == CustodyState::HouseArrest
    }

    fn is_released(self) -> bool {
        matches!(
            self,
            CustodyState::ReleasedFully
                | CustodyState::ReleasedWithMeasures
                | CustodyState::InExile
                | CustodyState::HouseArrest
        )
    }
}

/// The statuses of many persons at once: groups the events by person (moving them, no
/// copies) and derives each status as of `as_of`. Persons come out in id order.
pub fn statuses_of(
    mut events: Vec<(crate::PersonId, CustodyEvent)>,
    as_of: NaiveDate,
) -> Vec<(crate::PersonId, CustodyStatus)> {
    events.sort_unstable_by_key(|(p, e)| (*p, e.fact));
    let mut persons = Vec::new();
    let mut grouped = Vec::with_capacity(events.len());
    for (person, event) in events {
        match persons.last_mut() {
            Some((p, n)) if *p == person => *n += 1,
            _ => persons.push((person, 1usize)),
        }
        grouped.push(event);
    }
    let mut start = 0;
    persons
        .into_iter()
        .map(|(person, n)| {
            let status = custody_status(&grouped[start..start + n], as_of);
            start += n;
            (person, status)
        })
        .collect()
}

/// What a custody-relevant fact changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Change {
    /// Arrest or re-arrest: custody starts.
    Custody { facility: Option<String> },
    /// Still held, or located again: custody continues.
    StillHeld { facility: Option<String> },
    /// Moved to a facility.
    Transfer { facility: String },
    /// Left prison.
    Release {
        kind: ReleaseKind,
        measures: Vec<ReleaseMeasure>,
    },
    /// Whereabouts unknown.
    Disappeared,
    /// Died in custody.
    Died,
    /// A measure imposed on someone released.
    MeasureImposed { measure: ReleaseMeasure },
    /// A measure lifted.
    MeasureLifted { measure: ReleaseMeasure },
}

/// The part of a fact the custody rules read: small, so that statuses of a whole registry
/// can be derived without loading every citation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustodyEvent {
    pub fact: FactId,
    pub date: PartialDate,
    pub verification: Verification,
    pub accepted: bool,
    pub retracted: bool,
    pub supersedes: Option<FactId>,
    /// The first cited source, to name in conflicts.
    pub source: Option<SourceId>,
    pub change: Change,
}

impl CustodyEvent {
    /// The custody part of a fact, or `None` for facts that do not bear on custody (charges,
    /// recognitions, attributes...). `retracted` says whether a retraction of it exists.
    pub fn from_fact(fact: &Fact, retracted: bool) -> Option<CustodyEvent> {
        let change = change_of(&fact.kind)?;
        Some(CustodyEvent {
            fact: fact.id,
            date: fact.date,
            verification: fact.verification,
            accepted: fact.review == ReviewState::Accepted,
            retracted,
            supersedes: fact.supersedes,
            source: fact.citations().first().map(|c| c.source),
            change,
        })
    }
}

/// The custody change a fact kind makes, if any.
pub fn change_of(kind: &FactKind) -> Option<Change> {
    Some(match kind {
        FactKind::Arrest { facility, .. } | FactKind::Rearrest { facility } => Change::Custody {
            facility: facility.clone(),
        },
        FactKind::Detention { facility } | FactKind::WhereaboutsConfirmed { facility } => {
            Change::StillHeld {
                facility: facility.clone(),
            }
        }
        FactKind::Transfer { facility } => Change::Transfer {
            facility: facility.clone(),
        },
        FactKind::Release {
            release_kind,
            measures,
        } => Change::Release {
            kind: *release_kind,
            measures: measures.clone(),
        },
        FactKind::WhereaboutsUnknown => Change::Disappeared,
        FactKind::DeathInCustody { .. } => Change::Died,
        FactKind::MeasureImposed { measure } => Change::MeasureImposed {
            measure: measure.clone(),
        },
        FactKind::MeasureLifted { measure } => Change::MeasureLifted {
            measure: measure.clone(),
        },
        _ => return None,
    })
}

/// A disagreement between facts that the status had to settle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// The earlier (or overruled) fact.
    pub overruled: FactId,
    /// The fact that won.
    pub prevailing: FactId,
    pub reason: String,
}

/// A person's custody status as of a date, with its reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustodyStatus {
    pub state: CustodyState,
    /// Since when the state holds (the arrest for custody, the release for a release...).
    pub since: Option<PartialDate>,
    /// Where the person is held, when in custody and known.
    pub facility: Option<String>,
    /// The release measures in force.
    pub measures: Vec<ReleaseMeasure>,
    /// The facts that decided the state, oldest first.
    pub decided_by: Vec<FactId>,
    /// An announced, unconfirmed release after the deciding facts.
    pub release_announced: Option<FactId>,
    pub conflicts: Vec<Conflict>,
}

impl CustodyStatus {
    fn unknown() -> CustodyStatus {
        CustodyStatus {
            state: CustodyState::Unknown,
            since: None,
            facility: None,
            measures: Vec::new(),
            decided_by: Vec::new(),
            release_announced: None,
            conflicts: Vec::new(),
        }
    }

    /// "in custody (release announced)" and the like.
    pub fn label(&self) -> String {
        match self.release_announced {
            Some(_) => format!("{} (release announced)", self.state),
            None => self.state.to_string(),
        }
    }
}

/// Derives the custody status as of `as_of` from a person's custody events (see the module
/// documentation for the rules). The order of `events` does not matter.
pub fn custody_status(events: &[CustodyEvent], as_of: NaiveDate) -> CustodyStatus {
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
    considered.sort_by(|a, b| {
        (a.date.sort_key(), a.verification, a.fact).cmp(&(
            b.date.sort_key(),
            b.verification,
            b.fact,
        ))
    });
    let mut status = CustodyStatus::unknown();
    let mut last: Option<(&CustodyEvent, CustodyState)> = None;
    for event in considered {
        let before = status.state;
        let anchor = status.decided_by.first().copied();
        if before == CustodyState::Deceased {
            if let Some(dead) = anchor {
                status.conflicts.push(Conflict {
                    overruled: event.fact,
                    prevailing: dead,
                    reason: format!(
                        "a fact dated {} after the person's death in custody",
                        event.date
                    ),
                });
            }
            continue;
        }
        let announced_only = matches!(event.change, Change::Release { .. })
            && event.verification == Verification::Announced;
        let continues_custody = matches!(
            event.change,
            Change::StillHeld { .. } | Change::Transfer { .. }
        );
        apply(&mut status, event);
        if let Some((prev, prev_state)) = last
            && prev.date.sort_key() == event.date.sort_key()
            && before == prev_state
            && prev_state != status.state
            && !announced_only
        {
            let why = if prev.verification < event.verification {
                "better verified"
            } else {
                "later recorded"
            };
            status.conflicts.push(Conflict {
                    overruled: prev.fact,
                    prevailing: event.fact,
                    reason: format!(
                        "same date {}, different outcomes ({prev_state} vs {}): the {why} fact prevails",
                        event.date, status.state
                    ),
                });
        }
        if continues_custody
            && before.is_released()
            && let Some(release) = anchor
        {
            status.conflicts.push(Conflict {
                    overruled: release,
                    prevailing: event.fact,
                    reason: format!(
                        "said to be held on {} after a release ({before}) without a new arrest: the later fact prevails",
                        event.date
                    ),
                });
        }
        if !announced_only {
            last = Some((event, status.state));
        }
    }
    status
}

fn apply(status: &mut CustodyStatus, event: &CustodyEvent) {
    let state = status.state;
    let custody_like = matches!(
        state,
        CustodyState::InCustody | CustodyState::WhereaboutsUnknown
    );
    match &event.change {
        Change::Release { .. } if event.verification == Verification::Announced => {
            status.release_announced = Some(event.fact);
        }
        Change::Custody { facility } => {
            if custody_like {
                status.state = CustodyState::InCustody;
                status.decided_by.push(event.fact);
            } else {
                status.reset(CustodyState::InCustody, event);
                status.facility = None;
            }
            if facility.is_some() {
                status.facility.clone_from(facility);
            }
        }
        Change::StillHeld { facility } => {
            status.continue_custody(event, facility.as_deref(), custody_like)
        }
        Change::Transfer { facility } => {
            status.continue_custody(event, Some(facility), custody_like)
        }
        Change::Release { kind, measures } => {
            let state = match kind {
                ReleaseKind::Full => CustodyState::ReleasedFully,
                ReleaseKind::Conditional => CustodyState::ReleasedWithMeasures,
                ReleaseKind::HouseArrest => CustodyState::HouseArrest,
                ReleaseKind::Exile => CustodyState::InExile,
            };
            status.reset(state, event);
            status.facility = None;
            status.measures = measures.clone();
        }
        Change::Disappeared => {
            let since = status.since;
            status.reset(CustodyState::WhereaboutsUnknown, event);
            if custody_like {
                status.since = since;
            }
        }
        Change::Died => {
            status.reset(CustodyState::Deceased, event);
            status.measures.clear();
        }
        Change::MeasureImposed { measure } => {
            if !matches!(
                state,
                CustodyState::ReleasedFully
                    | CustodyState::ReleasedWithMeasures
                    | CustodyState::HouseArrest
            ) {
                return;
            }
            if !status.measures.contains(measure) {
                status.measures.push(measure.clone());
            }
            status.state = match (measure, state) {
                (ReleaseMeasure::HouseArrest { .. }, _) => CustodyState::HouseArrest,
                (_, CustodyState::ReleasedFully) => CustodyState::ReleasedWithMeasures,
                (_, other) => other,
            };
            status.decided_by.push(event.fact);
        }
        Change::MeasureLifted { measure } => {
            let count = status.measures.len();
            status.measures.retain(|m| m.key() != measure.key());
            if status.measures.len() == count {
                return;
            }
            status.decided_by.push(event.fact);
            let house_arrest = status
                .measures
                .iter()
                .any(|m| matches!(m, ReleaseMeasure::HouseArrest { .. }));
            if matches!(
                state,
                CustodyState::HouseArrest | CustodyState::ReleasedWithMeasures
            ) {
                status.state = if house_arrest {
                    CustodyState::HouseArrest
                } else if status.measures.is_empty() {
                    CustodyState::ReleasedFully
                } else {
                    CustodyState::ReleasedWithMeasures
                };
            }
        }
    }
}

impl CustodyStatus {
    /// A new state that the event starts.
    fn reset(&mut self, state: CustodyState, event: &CustodyEvent) {
        self.state = state;
        self.since = Some(event.date);
        self.decided_by = vec![event.fact];
        self.release_announced = None;
    }

    /// Still held, or moved: custody goes on from when it started, or starts now when the
    /// person was not known to be held.
    fn continue_custody(
        &mut self,
        event: &CustodyEvent,
        facility: Option<&str>,
        custody_like: bool,
    ) {
        if custody_like {
            self.state = CustodyState::InCustody;
            self.decided_by.push(event.fact);
            if self.since.is_none() {
                self.since = Some(event.date);
            }
        } else {
            self.reset(CustodyState::InCustody, event);
            self.facility = None;
            self.measures.clear();
        }
        if let Some(f) = facility {
            self.facility = Some(f.to_owned());
        }
    }
}
