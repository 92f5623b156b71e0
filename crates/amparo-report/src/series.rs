//! Series: the period figures and headcounts step by step (day, week or month) over a range,
//! in one pass over the persons; steps are aligned to the first day of the range.

use crate::error::ReportError;
use crate::filter::Filter;
use crate::flows::{HighProfileChange, Step, Stocks, sweep};
use crate::registry::Registry;
use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// The most steps a series may have.
pub const MAX_STEPS: usize = 5000;

/// The length of a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Every {
    Day,
    Week,
    Month,
}

impl Every {
    /// Parses `day`, `week` or `month` (also `daily`, `weekly`, `monthly`).
    pub fn parse(input: &str) -> Result<Every, ReportError> {
        match input.trim().to_ascii_lowercase().as_str() {
            "day" | "daily" | "days" => Ok(Every::Day),
            "week" | "weekly" | "weeks" => Ok(Every::Week),
            "month" | "monthly" | "months" => Ok(Every::Month),
            _ => Err(ReportError::UnknownStep {
                input: input.to_owned(),
            }),
        }
    }

    /// The stable text form.
    pub fn as_str(self) -> &'static str {
        match self {
            Every::Day => "day",
            Every::Week => "week",
            Every::Month => "month",
        }
    }

    /// The first day of step `n` counted from `from`, if representable.
    fn start(self, from: NaiveDate, n: u32) -> Option<NaiveDate> {
        match self {
            Every::Day => from.checked_add_days(Days::new(u64::from(n))),
            Every::Week => from.checked_add_days(Days::new(7 * u64::from(n))),
            Every::Month => from.checked_add_months(Months::new(n)),
        }
    }
}

/// A series over `[from, to]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub every: Every,
    pub filter: Filter,
    /// Held the day before `from`.
    pub before: Stocks,
    /// Consecutive steps: the last one ends on `to` and may be shorter.
    pub steps: Vec<Step>,
    pub high_profile: Vec<HighProfileChange>,
}

/// The steps `(first day, last day)` of a range.
pub fn steps(
    from: NaiveDate,
    to: NaiveDate,
    every: Every,
) -> Result<Vec<(NaiveDate, NaiveDate)>, ReportError> {
    if to < from {
        return Err(ReportError::EndsBeforeStart { from, to });
    }
    let mut out = Vec::new();
    let mut n = 0u32;
    while let Some(start) = every.start(from, n).filter(|s| *s <= to) {
        if out.len() >= MAX_STEPS {
            return Err(ReportError::TooManySteps {
                steps: out.len() + 1,
                max: MAX_STEPS,
            });
        }
        let end = every
            .start(from, n + 1)
            .and_then(|next| next.pred_opt())
            .map_or(to, |e| e.min(to));
        out.push((start, end));
        n += 1;
    }
    Ok(out)
}

/// The series of `[from, to]` by `every`.
pub fn series(
    reg: &Registry,
    filter: &Filter,
    from: NaiveDate,
    to: NaiveDate,
    every: Every,
) -> Result<Series, ReportError> {
    let ranges = steps(from, to, every)?;
    let s = sweep(reg, filter, &ranges);
    Ok(Series {
        from,
        to,
        every,
        filter: filter.clone(),
        before: s.before,
        steps: s.steps,
        high_profile: s.high_profile,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn steps_are_aligned_to_the_start_and_cover_the_range() {
        let w = steps(day("2026-01-01"), day("2026-01-20"), Every::Week).unwrap();
        assert_eq!(
            w,
            vec![
                (day("2026-01-01"), day("2026-01-07")),
                (day("2026-01-08"), day("2026-01-14")),
                (day("2026-01-15"), day("2026-01-20")),
            ]
        );
        let m = steps(day("2026-01-31"), day("2026-04-15"), Every::Month).unwrap();
        assert_eq!(m[1], (day("2026-02-28"), day("2026-03-30")));
        assert_eq!(m.last().map(|s| s.1), Some(day("2026-04-15")));
        assert!(steps(day("2026-01-02"), day("2026-01-01"), Every::Day).is_err());
        assert!(matches!(
            steps(day("1900-01-01"), day("2100-01-01"), Every::Day),
            Err(ReportError::TooManySteps { .. })
        ));
    }
}
