//! Partial dates: "2021", "2024-03", "2026-01-08", approximate ("~2021") and ranges
//! ("2024-03/2024-05"). The precision a source gives is kept; nothing is invented.
//!
//! For ordering and "as of" questions a partial date counts from its first possible day: an
//! event "in 2021" is taken to have happened by 2021-01-01. Ties between a coarse and a
//! precise date on the same first day sort the coarse one first, so the precise one decides.

use crate::DomainError;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

mod point;
use point::{Point, range_ends};

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Precision {
    Year,
    Month,
    Day,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct PartialDate {
    first: Point,
    last: Option<Point>,
    approximate: bool,
}

impl PartialDate {
    /// Parses "2021", "2024-03", "2026-01-08", "~2021" (approximate) and "2024-03/2024-05"
    /// (a range, either end partial); also day first with the year last ("12/03/1980",
    /// "1/3/1980", "12-03-1980", "03/1980" for a month), and ranges "A..B" of any forms.
    /// The text form written back is always ISO (`YYYY-MM-DD`).
    pub fn parse(input: &str) -> Result<PartialDate, DomainError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(DomainError::InvalidDate {
                input: input.to_owned(),
                reason: "it is empty".to_owned(),
            });
        }
        let (approximate, rest) = match trimmed.strip_prefix('~') {
            Some(rest) => (true, rest.trim()),
            None => (false, trimmed),
        };
        let (first, last) = match range_ends(rest) {
            Some((a, b)) => (
                Point::parse(a.trim(), input)?,
                Some(Point::parse(b.trim(), input)?),
            ),
            None => (Point::parse(rest, input)?, None),
        };
        if let Some(last) = last
            && last.last_day() < first.first_day()
        {
            return Err(DomainError::InvalidDate {
                input: input.to_owned(),
                reason: "the range ends before it starts".to_owned(),
            });
        }
        Ok(PartialDate {
            first,
            last,
            approximate,
        })
    }

    /// An exact day.
    pub fn from_day(date: NaiveDate) -> PartialDate {
        PartialDate {
            first: Point {
                year: date.year(),
                month: Some(date.month()),
                day: Some(date.day()),
            },
            last: None,
            approximate: false,
        }
    }

    /// The first day the date could mean; the day it counts from.
    pub fn first_day(&self) -> NaiveDate {
        self.first.first_day()
    }

    /// The last day the date could mean.
    pub fn last_day(&self) -> NaiveDate {
        self.last.unwrap_or(self.first).last_day()
    }

    /// The precision of the start of the date.
    pub fn precision(&self) -> Precision {
        self.first.precision()
    }

    /// Whether the source gave it as approximate.
    pub fn is_approximate(&self) -> bool {
        self.approximate
    }

    /// Whether it is a range of two dates.
    pub fn is_range(&self) -> bool {
        self.last.is_some()
    }

    /// The date as a day when it is exactly one day.
    pub fn as_day(&self) -> Option<NaiveDate> {
        (self.last.is_none() && self.precision() == Precision::Day).then(|| self.first_day())
    }

    /// Whether it has (by its first day) happened on or before `as_of`.
    pub fn is_on_or_before(&self, as_of: NaiveDate) -> bool {
        self.first_day() <= as_of
    }

    /// The key partial dates sort by: first day, then the coarser before the more precise,
    /// then the earlier end.
    pub fn sort_key(&self) -> (NaiveDate, Precision, NaiveDate) {
        (self.first_day(), self.precision(), self.last_day())
    }
}

impl Ord for PartialDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key()
            .cmp(&other.sort_key())
            .then(self.approximate.cmp(&other.approximate))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approximate {
            f.write_str("~")?;
        }
        write!(f, "{}", self.first)?;
        if let Some(last) = self.last {
            write!(f, "/{last}")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for PartialDate {
    type Err = DomainError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PartialDate::parse(s)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    /// Reads the text form without allocating: whole-registry reads parse millions.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
        PartialDate::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl TryFrom<String> for PartialDate {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        PartialDate::parse(&s)
    }
}

impl From<PartialDate> for String {
    fn from(d: PartialDate) -> String {
        d.to_string()
    }
}

/// Parses an exact calendar day ("2026-01-08" or "08/01/2026"), as `--as-of` takes it.
pub fn parse_day(input: &str) -> Result<NaiveDate, DomainError> {
    let date = PartialDate::parse(input)?;
    date.as_day().ok_or_else(|| DomainError::InvalidDate {
        input: input.to_owned(),
        reason: "a full day (YYYY-MM-DD or DD/MM/YYYY) is needed here".to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_precisions_and_keeps_them() {
        for text in ["2021", "2024-03", "2026-01-08", "~2021", "2024-03/2024-05"] {
            let date = PartialDate::parse(text).unwrap();
            assert_eq!(date.to_string(), text);
        }
        let d = PartialDate::parse("2024-02").unwrap();
        assert_eq!(d.first_day().to_string(), "2024-02-01");
        assert_eq!(d.last_day().to_string(), "2024-02-29");
        assert_eq!(d.precision(), Precision::Month);
    }

    #[test]
    fn rejects_impossible_dates_with_a_reason() {
        for text in [
            "2026-13-01",
            "2025-02-29",
            "21",
            "2021-1-x",
            "",
            "2024-05/2024-03",
        ] {
            assert!(PartialDate::parse(text).is_err(), "{text} should fail");
        }
        let err = PartialDate::parse("2026-13-01").unwrap_err().to_string();
        assert!(err.contains("month 13 does not exist"), "{err}");
    }

    #[test]
    fn day_first_dates_as_venezuelans_write_them_are_read() {
        // issue 10: `--date 12/03/1980` was refused with "the year must have four digits".
        for (text, iso) in [
            ("12/03/1980", "1980-03-12"),
            ("1/3/1980", "1980-03-01"),
            ("12-03-1980", "1980-03-12"),
            ("12.03.1980", "1980-03-12"),
            (" 08/01/2026 ", "2026-01-08"),
            ("~12/03/1980", "~1980-03-12"),
            ("03/2024", "2024-03"),
            ("3-2024", "2024-03"),
            ("01/03/2024..15/03/2024", "2024-03-01/2024-03-15"),
            ("2024-03/2024-05", "2024-03/2024-05"),
        ] {
            let date = PartialDate::parse(text).unwrap();
            assert_eq!(date.to_string(), iso, "{text}");
            assert_eq!(PartialDate::parse(&date.to_string()).unwrap(), date);
        }
        assert_eq!(
            PartialDate::parse("03/2024").unwrap().precision(),
            Precision::Month
        );
        assert_eq!(
            parse_day("12/03/1980").unwrap(),
            NaiveDate::from_ymd_opt(1980, 3, 12).unwrap()
        );
        assert!(parse_day("03/1980").is_err(), "a month is not a day");
    }

    #[test]
    fn an_impossible_day_first_date_names_the_value() {
        let reason = |text: &str| PartialDate::parse(text).unwrap_err().to_string();
        assert!(reason("31/02/2025").contains("day 31 does not exist in 2025-02"));
        assert!(reason("12/13/1980").contains("month 13 does not exist"));
        assert!(
            reason("03/13/2024").contains("month 13"),
            "never month first"
        );
        assert!(reason("12/03/80").contains("four digits"));
        assert!(reason("12/0x/1980").contains("\"0x\" is not a number"));
        assert!(reason("2024/03/12").contains("the day comes first"));
        assert!(reason("1/2/3/2024").contains("too many parts"));
    }

    #[test]
    fn coarse_dates_sort_before_precise_ones_on_the_same_first_day() {
        let year = PartialDate::parse("2021").unwrap();
        let day = PartialDate::parse("2021-01-01").unwrap();
        assert!(year < day);
    }
}
