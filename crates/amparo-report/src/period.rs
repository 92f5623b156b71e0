//! A period, first to last day inclusive: releases by kind, arrests, re-arrests, deaths in
//! custody, the net change in the held totals and the revolving-door ratio; apart, the
//! changes that lists report without a date of their own.

use crate::error::ReportError;
use crate::filter::Filter;
use crate::flows::{Flows, HighProfileChange, Stocks, sweep};
use crate::registry::Registry;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What happened between two dates.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodReport {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub filter: Filter,
    /// Movements dated within the period.
    pub flows: Flows,
    /// Changes known only from observations dated within the period (a list's status as of
    /// its date): each happened on or before its list's date, on a day unknown, perhaps
    /// before the period. Counted here and never in `flows` nor in the revolving door; the
    /// held totals (`held_after`, the net changes) do reflect them.
    #[serde(default)]
    pub observed: Flows,
    /// Held the day before `from`.
    pub held_before: Stocks,
    /// Held as of `to`.
    pub held_after: Stocks,
    /// `held_after - held_before`, in prison.
    pub net_change_in_prison: i64,
    /// `held_after - held_before`, deprived of liberty.
    pub net_change_deprived_of_liberty: i64,
    /// (arrests + re-arrests) ÷ releases from prison; `None` without releases.
    pub revolving_door: Option<f64>,
    /// Of the persons released from prison in the period, where they stand as of `to`
    /// (custody state → persons): how many are really free.
    pub released_state_at_end: BTreeMap<String, u64>,
    /// Movements of high-profile persons, by date.
    pub high_profile: Vec<HighProfileChange>,
}

/// The report for `[from, to]`.
pub fn period(
    reg: &Registry,
    filter: &Filter,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<PeriodReport, ReportError> {
    if to < from {
        return Err(ReportError::EndsBeforeStart { from, to });
    }
    let s = sweep(reg, filter, &[(from, to)]);
    let (flows, observed, held_after) = match s.steps.into_iter().next() {
        Some(step) => (step.flows, step.observed, step.held),
        None => (Flows::default(), Flows::default(), Stocks::default()),
    };
    let net = |a: u64, b: u64| a as i64 - b as i64;
    Ok(PeriodReport {
        from,
        to,
        filter: filter.clone(),
        net_change_in_prison: net(held_after.in_prison.total, s.before.in_prison.total),
        net_change_deprived_of_liberty: net(
            held_after.deprived_of_liberty.total,
            s.before.deprived_of_liberty.total,
        ),
        revolving_door: flows.revolving_door(),
        flows,
        observed,
        held_before: s.before,
        held_after,
        released_state_at_end: s.released_state_at_end,
        high_profile: s.high_profile,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_that_ends_before_it_starts_is_refused() {
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let reg = Registry::default();
        assert!(period(&reg, &Filter::default(), d("2026-01-02"), d("2026-01-01")).is_err());
        let p = period(&reg, &Filter::default(), d("2026-01-01"), d("2026-01-01")).unwrap();
        assert_eq!(p.revolving_door, None, "no releases, no ratio");
        assert_eq!(p.net_change_in_prison, 0);
    }
}
