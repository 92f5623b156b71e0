//! Custody status, derived: a pure function of a person's accepted facts up to a date, which
//! also says why (the facts that decided it) and what the sources disagree on.
//!
//! # The rules, in the order they apply
//!
//! 1. **What counts.** A retracted fact counts for nothing; a fact that another accepted fact
//!    supersedes counts for nothing (corrections replace what they correct, whatever their
//!    dates). Only accepted facts whose date, counted from its first possible day, is on or
//!    before `as_of` are considered: a fact dated after `as_of` changes nothing.
//! 2. **Date order.** Facts are applied day by day in date order; the later day wins. The
//!    order in which facts are given or were recorded never matters.
//! 3. **One day, one story.** Facts of the same date that fit one story are applied
//!    together in the story's order: an arrest, then "still held" or a transfer, then a
//!    disappearance, then a release, then measures imposed or lifted, then a death. So an
//!    arrest and a disappearance on one day are whereabouts unknown since that day (not a
//!    conflict); an arrest and a transfer are custody at the transfer's facility; an arrest
//!    and a release are a person detained and let go that day; a bare release and a
//!    release of the same kind with measures are that release with its measures.
//! 4. **One day, two stories.** Same-date facts that do not fit one story (held and
//!    released, released fully and with measures, two different facilities, a disappearance
//!    and "seen in Rodeo I"...) are settled, and each overruled fact is a [`Conflict`]:
//!    - the better-verified fact wins ([`ConflictKind::SameDayBetterVerified`]);
//!    - at the same level, between different kinds of outcome the graver one is kept:
//!      death, then whereabouts unknown, then held, then house arrest, then released with
//!      measures, then exile, then fully free — an unsettled contradiction never counts
//!      anyone freer than a source says ([`ConflictKind::SameDayGraver`]);
//!    - at the same level and kind, the more specific fact wins: a named facility over
//!      none, more release measures over fewer ([`ConflictKind::SameDayMoreSpecific`]);
//!    - still tied (say, transfers to two different facilities), the fact whose details
//!      sort first (facility name alphabetically, then measures) is kept, a choice that
//!      depends on what the facts say and never on their ids or order
//!      ([`ConflictKind::SameDayTie`]).
//! 5. **Custody ends measures.** Release measures end when custody resumes (arrest,
//!    re-arrest, "still held", transfer, disappearance) or at death.
//! 6. **Announced releases.** A release that is only `announced` does not end custody: the
//!    status carries `release_announced` while the person is held, under house arrest or
//!    unknown. A confirmed release clears it, whether dated before or after the
//!    announcement, and an announcement made when the person is already released is no news.
//! 7. **Observations.** A fact marked `observed` is a list's status as of its date ("status
//!    as reported on D"): the change happened on or before D, on a day no source gives. On
//!    its date it is applied after every dated fact of that date, and:
//!    - when the status already agrees with it (held and "Detenido"; any release and a bare
//!      "Excarcelado"; ...), it changes nothing: `since`, the facility and the measures stay
//!      those of the dated facts (it only fills in a facility or measures nobody gave);
//!    - it never overrides a dated fact of its own date, nor a state started by a fact
//!      better verified than itself ([`ConflictKind::ObservationOverruled`]);
//!    - otherwise it decides: the status takes its state with `since` unknown (`None`) and
//!      `observed_by` set to its date — except whereabouts unknown after custody, whose
//!      `since` stays the start of the custody.
//! 8. **Other contradictions** stay visible as conflicts while the later fact wins: a person
//!    said to be still held or transferred after a release without a new arrest
//!    ([`ConflictKind::HeldAfterRelease`]); anything after a death in custody, which stays
//!    final ([`ConflictKind::AfterDeath`]).

mod conflict;
mod day;
mod derive;

pub use conflict::{Assertion, Conflict, ConflictKind};

use crate::{Fact, FactId, FactKind, PartialDate, ReleaseMeasure, ReviewState, SourceId};
use crate::{ReleaseKind, Verification};
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

    /// Out of prison, in any way (house arrest included).
    pub fn is_released(self) -> bool {
        matches!(
            self,
            CustodyState::ReleasedFully
                | CustodyState::ReleasedWithMeasures
                | CustodyState::InExile
                | CustodyState::HouseArrest
        )
    }

    /// The state a release of this kind leads to.
    pub fn after_release(kind: ReleaseKind) -> CustodyState {
        match kind {
            ReleaseKind::Full => CustodyState::ReleasedFully,
            ReleaseKind::Conditional => CustodyState::ReleasedWithMeasures,
            ReleaseKind::HouseArrest => CustodyState::HouseArrest,
            ReleaseKind::Exile => CustodyState::InExile,
        }
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

/// What a custody-relevant fact changes. The order (derived) only serves to settle ties
/// deterministically by what facts say (see rule 4).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
/// can be derived without loading every citation. Stored as JSON by the stores: fields are
/// only added, with defaults, so that stored projections keep reading.
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
    /// An observation: the status as a list gives it on `date`, the change on or before it
    /// (see [`Fact::observed`] and rule 7). Absent from the JSON when false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub observed: bool,
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
            observed: fact.observed,
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

/// A person's custody status as of a date, with its reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustodyStatus {
    pub state: CustodyState,
    /// Since when the state holds (the arrest for custody, the release for a release...);
    /// `None` when no source dates it (see `observed_by`).
    pub since: Option<PartialDate>,
    /// Set when the state was entered through an observation (a list's status as of its
    /// date, rule 7): the change happened on or before this date, on a day no source gives.
    /// `since` is then `None`, except for whereabouts unknown after custody, whose `since`
    /// stays the start of the custody. Kept while later facts only continue the same spell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub observed_by: Option<PartialDate>,
    /// Where the person is held, when in custody and known.
    pub facility: Option<String>,
    /// The release measures in force.
    pub measures: Vec<ReleaseMeasure>,
    /// The facts that decided the state, oldest first.
    pub decided_by: Vec<FactId>,
    /// An announced, unconfirmed release while the person is not released.
    pub release_announced: Option<FactId>,
    pub conflicts: Vec<Conflict>,
}

impl CustodyStatus {
    fn unknown() -> CustodyStatus {
        CustodyStatus {
            state: CustodyState::Unknown,
            since: None,
            observed_by: None,
            facility: None,
            measures: Vec::new(),
            decided_by: Vec::new(),
            release_announced: None,
            conflicts: Vec::new(),
        }
    }

    /// "in-custody (release announced)", "released-with-measures (reported by 2026-01-12)"
    /// and the like.
    pub fn label(&self) -> String {
        let mut label = self.state.to_string();
        if let Some(by) = self.observed_by {
            label.push_str(&format!(" (reported by {by})"));
        }
        if self.release_announced.is_some() {
            label.push_str(" (release announced)");
        }
        label
    }
}

/// Derives the custody status as of `as_of` from a person's custody events (see the module
/// documentation for the rules). The order of `events` does not matter.
pub fn custody_status(events: &[CustodyEvent], as_of: NaiveDate) -> CustodyStatus {
    derive::derive(events, as_of)
}
