//! Announced vs. verified: each announced release wave beside the releases recorded since,
//! and each number a source states beside the registry's own count for the same date or
//! period, with the gap.

use crate::balance::balance;
use crate::filter::Filter;
use crate::period::period;
use crate::registry::Registry;
use amparo_domain::custody::Change;
use amparo_domain::{
    AggregateClaim, Announcement, ClaimId, ClaimSubject, PartialDate, Quantity, Verification,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A quantity as words: "808", "unspecified", or the source's words in quotes.
pub fn quantity_text(q: &Quantity) -> String {
    match q {
        Quantity::Number(n) => n.to_string(),
        Quantity::Vague(words) => format!("\"{words}\""),
        Quantity::Unspecified => "unspecified".to_owned(),
    }
}

/// An announcement beside what was recorded from its date to the report's date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnnouncementCheck {
    pub id: ClaimId,
    pub announced_by: String,
    pub date: PartialDate,
    pub promised: Quantity,
    pub description: Option<String>,
    /// First and last day compared: the announcement's first day to the report's date.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Releases from prison recorded in the window, from facts the filter admits (a release
    /// that is only announced never counts as one).
    pub releases_recorded: u64,
    /// The same, counting only verified facts.
    pub releases_verified: u64,
    /// Persons still deprived of liberty at the end whose release was announced in the window
    /// and not confirmed.
    pub announced_not_confirmed: u64,
    /// The promised number minus the verified releases, when a number was promised.
    pub promised_minus_verified: Option<i64>,
}

/// A stated number beside the registry's count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimCheck {
    pub id: ClaimId,
    pub according_to: String,
    pub subject: ClaimSubject,
    pub claimed: Quantity,
    pub as_of: Option<PartialDate>,
    pub period: Option<(PartialDate, PartialDate)>,
    /// What the registry counted: "in prison as of 2025-12-29", or why nothing was compared.
    pub compared: String,
    /// The registry's count by the NGO convention (in prison, for stocks).
    pub registry: Option<u64>,
    /// For stocks: the registry's count including house arrest.
    pub registry_deprived_of_liberty: Option<u64>,
    /// `registry - claimed`, when both are numbers.
    pub gap: Option<i64>,
}

/// Every announcement and every aggregate claim of the registry, checked as of a date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimsReport {
    pub as_of: NaiveDate,
    pub filter: Filter,
    pub announcements: Vec<AnnouncementCheck>,
    pub claims: Vec<ClaimCheck>,
}

/// Checks the registry's announcements and claims as of `as_of`.
pub fn claims(reg: &Registry, filter: &Filter, as_of: NaiveDate) -> ClaimsReport {
    ClaimsReport {
        as_of,
        filter: filter.clone(),
        announcements: reg
            .announcements()
            .iter()
            .map(|a| check_announcement(reg, filter, a, as_of))
            .collect(),
        claims: reg
            .claims()
            .iter()
            .map(|c| check_claim(reg, filter, c, as_of))
            .collect(),
    }
}

fn check_announcement(
    reg: &Registry,
    filter: &Filter,
    a: &Announcement,
    as_of: NaiveDate,
) -> AnnouncementCheck {
    let from = a.date.first_day();
    let verified = Filter {
        min_verification: Some(
            filter
                .min_verification
                .map_or(Verification::Verified, |v| v.max(Verification::Verified)),
        ),
        ..filter.clone()
    };
    let releases = |f: &Filter| period(reg, f, from, as_of).map_or(0, |p| p.flows.releases.total);
    let (recorded, checked) = (releases(filter), releases(&verified));
    let pending = if from <= as_of {
        crate::balance::announced_since(reg, filter, from, as_of)
    } else {
        0
    };
    AnnouncementCheck {
        id: a.id,
        announced_by: a.announced_by.clone(),
        date: a.date,
        promised: a.quantity.clone(),
        description: a.description.clone(),
        from,
        to: as_of,
        releases_recorded: recorded,
        releases_verified: checked,
        announced_not_confirmed: pending,
        promised_minus_verified: match a.quantity {
            Quantity::Number(n) => Some(n as i64 - checked as i64),
            _ => None,
        },
    }
}

/// The cases of `compared` here are those `render::words::compared` puts into the reader's
/// language: change one, change the other.
fn check_claim(
    reg: &Registry,
    filter: &Filter,
    c: &AggregateClaim,
    as_of: NaiveDate,
) -> ClaimCheck {
    let stock = matches!(c.subject, ClaimSubject::Held | ClaimSubject::Disappeared);
    let (compared, registry, deprived) = match (stock, c.as_of, c.period) {
        (_, _, Some((first, last))) if !(stock && c.as_of.is_some()) => {
            let (from, to) = (first.first_day(), last.last_day());
            match period(reg, filter, from, to) {
                Ok(p) => {
                    let f = &p.flows;
                    let n = match c.subject {
                        ClaimSubject::Released => f.releases.total,
                        ClaimSubject::Arrested => f.arrests + f.rearrests,
                        ClaimSubject::DeathsInCustody => f.deaths_in_custody,
                        ClaimSubject::Disappeared => f.disappearances,
                        ClaimSubject::Held => p.held_after.in_prison.total,
                    };
                    (format!("{} from {from} to {to}", c.subject), Some(n), None)
                }
                Err(e) => (e.to_string(), None, None),
            }
        }
        (true, date, _) => {
            let day = date.map_or(as_of, |d| d.last_day());
            let b = balance(reg, filter, day);
            let (n, all) = match c.subject {
                ClaimSubject::Disappeared => (
                    b.in_prison.whereabouts_unknown,
                    b.deprived_of_liberty.whereabouts_unknown,
                ),
                _ => (b.in_prison.total, b.deprived_of_liberty.total),
            };
            (
                format!("{} in prison as of {day}", c.subject),
                Some(n),
                Some(all),
            )
        }
        (false, _, _) => (
            "not compared: the claim counts a flow but gives no period".to_owned(),
            None,
            None,
        ),
    };
    let gap = match (&c.quantity, registry) {
        (Quantity::Number(claimed), Some(r)) => Some(r as i64 - *claimed as i64),
        _ => None,
    };
    ClaimCheck {
        id: c.id,
        according_to: c.according_to.clone(),
        subject: c.subject,
        claimed: c.quantity.clone(),
        as_of: c.as_of,
        period: c.period,
        compared,
        registry,
        registry_deprived_of_liberty: deprived,
        gap,
    }
}

/// Whether an event is a release only announced.
pub(crate) fn is_announced_release(change: &Change, level: Verification) -> bool {
    matches!(change, Change::Release { .. }) && level == Verification::Announced
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_read_as_words() {
        assert_eq!(quantity_text(&Quantity::Number(808)), "808");
        assert_eq!(quantity_text(&Quantity::Unspecified), "unspecified");
        assert_eq!(
            quantity_text(&Quantity::Vague("un número importante".into())),
            "\"un número importante\""
        );
    }
}
