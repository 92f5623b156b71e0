//! One end of a partial date as written (ISO or day first, as Venezuelans write it), and the
//! two ends of a written range.

use super::Precision;
use crate::DomainError;
use chrono::NaiveDate;
use std::fmt;

/// A year, a month or a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Point {
    pub(super) year: i32,
    pub(super) month: Option<u32>,
    pub(super) day: Option<u32>,
}

impl Point {
    /// One point: ISO `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or day first with the year last, as
    /// Venezuelans write dates: `DD/MM/YYYY`, `D/M/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`, and
    /// `MM/YYYY` for a month. Day first is never read as month first: "03/13/2024" fails.
    pub(super) fn parse(input: &str, whole: &str) -> Result<Point, DomainError> {
        let bad = |reason: &str| DomainError::InvalidDate {
            input: whole.to_owned(),
            reason: reason.to_owned(),
        };
        let separator = input.chars().find(|c| matches!(c, '-' | '/' | '.'));
        let parts: Vec<&str> = match separator {
            Some(sep) => input.split(sep).collect(),
            None => vec![input],
        };
        let number = |s: &str, what: &str| -> Result<u32, DomainError> {
            if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad(&format!("{what} {s:?} is not a number")));
            }
            s.parse::<u32>()
                .map_err(|_| bad(&format!("{what} {s:?} is not a number")))
        };
        // ISO uses dashes only and starts with the year; anything else is day first.
        let day_first = match separator {
            Some('-') => parts[0].len() <= 2,
            Some(_) => true,
            None => false,
        };
        if day_first && parts[0].len() > 2 {
            return Err(bad(
                "with / or . the day comes first and the year last (DD/MM/YYYY or MM/YYYY)",
            ));
        }
        let (year_text, year, month, day) = match (day_first, parts.as_slice()) {
            (_, [y]) => (*y, number(y, "year")?, None, None),
            (false, [y, m]) => (*y, number(y, "year")?, Some(number(m, "month")?), None),
            (false, [y, m, d]) => (
                *y,
                number(y, "year")?,
                Some(number(m, "month")?),
                Some(number(d, "day")?),
            ),
            (true, [m, y]) => (*y, number(y, "year")?, Some(number(m, "month")?), None),
            (true, [d, m, y]) => (
                *y,
                number(y, "year")?,
                Some(number(m, "month")?),
                Some(number(d, "day")?),
            ),
            _ => return Err(bad("too many parts")),
        };
        if year_text.len() != 4 {
            return Err(bad("the year must have four digits"));
        }
        if !(1900..=2200).contains(&year) {
            return Err(bad("the year must be between 1900 and 2200"));
        }
        let year = year as i32;
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(bad(&format!("month {m} does not exist")));
        }
        if let (Some(m), Some(d)) = (month, day)
            && NaiveDate::from_ymd_opt(year, m, d).is_none()
        {
            return Err(bad(&format!("day {d} does not exist in {year}-{m:02}")));
        }
        Ok(Point { year, month, day })
    }

    pub(super) fn first_day(&self) -> NaiveDate {
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1);
        NaiveDate::from_ymd_opt(self.year, month, day).unwrap_or(NaiveDate::MIN)
    }

    pub(super) fn last_day(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => NaiveDate::from_ymd_opt(self.year, m, 1)
                .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
                .and_then(|d| d.pred_opt()),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .unwrap_or(NaiveDate::MAX)
    }

    pub(super) fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// The two ends of a range: "A..B" with any form of date at each end, or "A/B" when both
/// ends start with a four-digit year (so that "12/03/1980" stays one day).
pub(super) fn range_ends(text: &str) -> Option<(&str, &str)> {
    if let Some(ends) = text.split_once("..") {
        return Some(ends);
    }
    let year_first = |s: &str| {
        let s = s.trim();
        s.len() >= 4 && s.bytes().take(4).all(|b| b.is_ascii_digit())
    };
    text.split_once('/')
        .filter(|(a, b)| year_first(a) && year_first(b))
}
