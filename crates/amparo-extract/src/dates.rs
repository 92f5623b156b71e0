//! Dates as the press writes them — absolute, partial or relative to the publication date —
//! resolved with chrono against the publication date only (never the clock), keeping precision.

use chrono::{NaiveDate, Weekday};

use crate::text::{Doc, TokenKind};

pub use crate::as_of::document_as_of;

pub use crate::headings::heading_date;

/// A date with the precision the text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PartialDate {
    /// A year.
    Year(i32),
    /// A month of a year.
    Month(i32, u32),
    /// A day.
    Day(NaiveDate),
}

impl std::fmt::Display for PartialDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Year(y) => write!(f, "{y:04}"),
            Self::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Self::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
        }
    }
}

impl PartialDate {
    /// The year of the date, however precise.
    pub fn year(&self) -> i32 {
        match self {
            Self::Year(y) | Self::Month(y, _) => *y,
            Self::Day(d) => chrono::Datelike::year(d),
        }
    }

    /// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD".
    pub fn parse(s: &str) -> Option<Self> {
        let parts: Vec<&str> = s.trim().split('-').collect();
        let num = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
        let year = i32::try_from(num(0)?).ok()?;
        match parts.len() {
            1 => Some(Self::Year(year)),
            2 => num(1)
                .filter(|m| (1..=12).contains(m))
                .map(|m| Self::Month(year, m)),
            3 => NaiveDate::from_ymd_opt(year, num(1)?, num(2)?).map(Self::Day),
            _ => None,
        }
    }
}

/// A date expression found in a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    /// First token.
    pub first: usize,
    /// Index after the last token.
    pub last: usize,
    /// The resolved date.
    pub date: PartialDate,
    /// Introduced by "since"/"desde".
    pub since: bool,
    /// Right after a verb of saying ("said Friday"): the date of the statement, not of the event.
    pub of_statement: bool,
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("enero", 1),
    ("ene", 1),
    ("february", 2),
    ("feb", 2),
    ("febrero", 2),
    ("march", 3),
    ("marzo", 3),
    // ("20 Mar 2025", "Jun. 3", "12 Jul 2026": a stamp's and a wire's abbreviations.)
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("abril", 4),
    ("abr", 4),
    ("may", 5),
    ("mayo", 5),
    ("june", 6),
    ("junio", 6),
    ("jun", 6),
    ("july", 7),
    ("julio", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("agosto", 8),
    ("ago", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("october", 10),
    ("oct", 10),
    ("octubre", 10),
    ("november", 11),
    ("nov", 11),
    ("noviembre", 11),
    ("december", 12),
    ("dec", 12),
    ("diciembre", 12),
    ("dic", 12),
];

#[rustfmt::skip]
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon), ("lunes", Weekday::Mon), ("tuesday", Weekday::Tue),
    ("martes", Weekday::Tue), ("wednesday", Weekday::Wed), ("miercoles", Weekday::Wed),
    ("thursday", Weekday::Thu), ("jueves", Weekday::Thu), ("friday", Weekday::Fri),
    ("viernes", Weekday::Fri), ("saturday", Weekday::Sat), ("sabado", Weekday::Sat),
    ("sunday", Weekday::Sun), ("domingo", Weekday::Sun),
];

pub(crate) fn month(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(w, _)| *w == word).map(|(_, m)| *m)
}

pub(crate) fn weekday(word: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(w, _)| *w == word).map(|(_, d)| *d)
}

pub(crate) fn number(doc: &Doc<'_>, i: usize) -> Option<u32> {
    let t = doc.tokens.get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    t.text.parse().ok()
}

pub(crate) fn year_at(doc: &Doc<'_>, i: usize) -> Option<i32> {
    number(doc, i)
        .filter(|y| (1950..=2100).contains(y))
        .and_then(|y| i32::try_from(y).ok())
}

/// Finds date expressions in tokens `from..to`.
pub fn find(
    doc: &Doc<'_>,
    from: usize,
    to: usize,
    published: Option<NaiveDate>,
) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if let Some((last, date)) = at(doc, i, to, published) {
            // ("since last March", "since mid-2024", "desde finales de 2024", "desde el jueves 8
            // de enero": past those words.)
            let mut k = i;
            while k > 0
                && k + 3 > i
                && matches!(
                    doc.f(k.wrapping_sub(1)),
                    "last"
                        | "early"
                        | "late"
                        | "mid"
                        | "-"
                        | "the"
                        | "el"
                        | "la"
                        | "finales"
                        | "principios"
                        | "mediados"
                        | "de"
                )
                || WEEKDAYS.iter().any(|(w, _)| *w == doc.f(k.wrapping_sub(1)))
            {
                k -= 1;
            }
            let since = matches!(doc.f(k.wrapping_sub(1)), "since" | "desde")
                || crate::sentence_dates::since_event(doc, k);
            let prev = doc.f(i.wrapping_sub(1));
            let prev2 = doc.f(i.wrapping_sub(2));
            let speech =
                |w: &str| crate::slots::SPEECH.contains(&w) && w != "segun" && w != "according";
            // ("By Thursday night, Foro Penal had verified 18 releases…, all of them late on
            // Wednesday": the day a tally stood, like a day of telling, not the event's.)
            let by = matches!(prev, "by") || (prev == "of" && prev2 == "as");
            let of_statement = speech(prev)
                || (matches!(prev, "on" | "el" | "este") && speech(prev2))
                || by
                || crate::speech_words::published_on(doc, i);
            if matches!(date, PartialDate::Day(_)) {
                crate::printed_dates::drop_weekday_before(doc, &mut out, i);
            }
            let date = crate::day_ranges::day_range_month(doc, i, date, published);
            out.push(DateMention {
                first: i,
                last,
                date,
                since,
                of_statement,
            });
            i = last;
        } else {
            i += 1;
        }
    }
    out
}

/// One date expression starting at token `i`.
pub(crate) fn at(
    doc: &Doc<'_>,
    i: usize,
    to: usize,
    published: Option<NaiveDate>,
) -> Option<(usize, PartialDate)> {
    let w = doc.f(i);
    // ISO: 2026-01-08
    if let (Some(y), "-", Some(m), "-", Some(d)) = (
        year_at(doc, i),
        doc.f(i + 1),
        number(doc, i + 2),
        doc.f(i + 3),
        number(doc, i + 4),
    ) && i + 5 <= to
    {
        return NaiveDate::from_ymd_opt(y, m, d).map(|d| (i + 5, PartialDate::Day(d)));
    }
    // 03/08/2024, 03-08-2024 (day first, as Venezuelan lists write it) | 03.08.2024 (one token)
    if let (Some(d), sep, Some(m), sep2, Some(y)) = (
        number(doc, i),
        doc.f(i + 1),
        number(doc, i + 2),
        doc.f(i + 3),
        year_at(doc, i + 4),
    ) && matches!(sep, "/" | "-")
        && sep == sep2
        && i + 5 <= to
    {
        let (d, m) = crate::printed_dates::day_month(doc, d, m, sep);
        return NaiveDate::from_ymd_opt(y, m, d).map(|d| (i + 5, PartialDate::Day(d)));
    }
    if let Some(found) = crate::printed_dates::month_of_year(doc, i, to) {
        return Some(found);
    }
    // A chat's stamp with a two-digit year: "[2/2/26, 21:10]", "[13/05/25 09:41]".
    if let (Some(d), "/", Some(m), "/", Some(y)) = (
        number(doc, i),
        doc.f(i + 1),
        number(doc, i + 2),
        doc.f(i + 3),
        number(doc, i + 4),
    ) && doc.tokens.get(i + 4).is_some_and(|t| t.text.len() == 2)
        && i + 5 <= to
        && doc.f(i.wrapping_sub(1)) == "["
    {
        let (d, m) = crate::printed_dates::day_month(doc, d, m, "/");
        let y = i32::try_from(2000 + y).ok()?;
        return NaiveDate::from_ymd_opt(y, m, d).map(|d| (i + 5, PartialDate::Day(d)));
    }
    // "el 8/1", "desde el 10/1", "| 25/11": a day and month without the year, day first as
    // Spanish writes it, after "el", "del", "desde" or a cell's "|" only and not before "de" unless
    // a place follows ("el 11/09 de Tocorón"), so "24/7", "el 1/3 de los presos" and an English
    // "on 10/1" (month first) stay what they are.
    if let (Some(d), "/", Some(m)) = (number(doc, i), doc.f(i + 1), number(doc, i + 2))
        && (1..=31).contains(&d)
        && (1..=12).contains(&m)
        && i + 3 <= to
        && crate::cell_dates::no_range_after(doc, i)
        && (doc.f(i + 3) != "de" || doc.tokens.get(i + 4).is_some_and(|t| t.capitalised))
        && (matches!(
            doc.f(i.wrapping_sub(1)),
            "el" | "del" | "desde" | "|" | "—" | "–" | "-"
        ) || crate::printed_dates::english_day_first(doc, i)
            // (A record's field of its own: "47 años. Rodeo I (Guatire). 15/01. Sin
            // condiciones".)
            || (matches!(doc.f(i.wrapping_sub(1)), "." | ";")
                && matches!(doc.f(i + 3), "." | ";"))
            || crate::cell_dates::closes_cell(doc, i))
        && doc.f(i.wrapping_sub(2)) != "hasta"
    {
        return published
            .and_then(|p| crate::printed_dates::day_month_only(doc, i, p, m, d))
            .map(|date| (i + 3, date));
    }
    if let Some(date) = doc
        .tokens
        .get(i)
        .filter(|t| t.kind == TokenKind::Number)
        .and_then(|t| crate::printed_dates::dotted_day(t.text, false))
    {
        return Some((i + 1, PartialDate::Day(date)));
    }
    // 8 de enero (de 2026) | 8 January (2026)
    if let Some(day) = number(doc, i).filter(|d| (1..=31).contains(d)) {
        // ("02-Aug-2024", a register's day.)
        let hyphens = doc.f(i + 1) == "-" && doc.f(i + 3) == "-";
        let k = if doc.f(i + 1) == "de" || hyphens {
            i + 2
        } else {
            i + 1
        };
        if let Some(m) = month(doc.f(k)) {
            // "11 Jan. 2025": an abbreviated month's stop before the year.
            let y = if doc.f(k + 1) == "de" || hyphens {
                year_at(doc, k + 2)
                    .map(|y| (y, k + 3))
                    .or_else(|| crate::anaphoric_dates::this_year(doc, k + 2, published))
            } else if doc.f(k + 1) == "." && doc.f(k).len() <= 4 && doc.f(k) != "mayo" {
                year_at(doc, k + 2).map(|y| (y, k + 3))
            } else {
                year_at(doc, k + 1).map(|y| (y, k + 2))
            };
            return match y {
                Some((y, end)) => {
                    NaiveDate::from_ymd_opt(y, m, day).map(|d| (end, PartialDate::Day(d)))
                }
                None => crate::printed_dates::without_year(doc, k + 1, (m, day), published),
            };
        }
    }
    if let Some(m) = month(w) {
        // "may" is also a verb: only as a month when a day or year follows, or capitalised.
        // (So is "mar" the sea: "frente al mar".)
        if matches!(w, "may" | "mar") && !doc.tokens.get(i).is_some_and(|t| t.capitalised) {
            return None;
        }
        // ("el colectivo Madres de Abril": the end of a body's name, no date.)
        let cap = |k: usize| doc.tokens.get(k).is_some_and(|t| t.capitalised);
        if cap(i)
            && doc.f(i.wrapping_sub(1)) == "de"
            && cap(i.wrapping_sub(2))
            && doc.f(i + 1) != "de"
        {
            return None;
        }
        let mut k = i + 1;
        if doc.f(k) == "." {
            k += 1;
        }
        // January 8(, 2026)
        if let Some(day) = number(doc, k).filter(|d| (1..=31).contains(d)) {
            let mut e = k + 1;
            if doc.f(e) == "," {
                e += 1;
            }
            return match year_at(doc, e) {
                Some(y) => NaiveDate::from_ymd_opt(y, m, day).map(|d| (e + 1, PartialDate::Day(d))),
                None => crate::printed_dates::without_year(doc, k + 1, (m, day), published),
            };
        }
        // March 2024 | marzo de 2024 | marzo de este año
        let y = if matches!(doc.f(k), "de" | "of" | "del") {
            year_at(doc, k + 1)
                .map(|y| (y, k + 2))
                .or_else(|| crate::anaphoric_dates::this_year(doc, k + 1, published))
                .or_else(|| crate::anaphoric_dates::last_year(doc, k, published))
        } else {
            year_at(doc, k).map(|y| (y, k + 1))
        };
        if let Some((y, end)) = y {
            return Some((end, PartialDate::Month(y, m)));
        }
        // ("Mar", "Jun", "Jul" are a month only beside a day: not "la prisión de Mar Verde".)
        if matches!(w, "mar" | "jun" | "jul") {
            return None;
        }
        // bare month after in/en/since/desde: the last such month
        // ("last March", "el pasado marzo", "en marzo pasado")
        if matches!(
            doc.f(i.wrapping_sub(1)),
            "in" | "en" | "since" | "desde" | "de" | "early" | "late" | "mid" | "last" | "pasado"
        ) || doc.f(i + 1) == "pasado"
        {
            return crate::printed_dates::month_without_year(doc, i, m, published);
        }
        return None;
    }
    if let Some(y) = year_at(doc, i) {
        // A year, unless it is a quantity ("2000 personas") — those carry a people noun after.
        let next = doc.f(i + 1);
        if !crate::day_ranges::document_number(doc, i)
            && !matches!(
                next,
                "people" | "personas" | "presos" | "detenidos" | "prisoners" | "detainees"
            )
        {
            return Some((i + 1, PartialDate::Year(y)));
        }
        return None;
    }
    let published = published?;
    crate::relative_dates::relative(doc, i, w, published)
}
