//! Dates that point back to a day printed earlier in the text: "ese mismo 3 de agosto" (the
//! year printed with it), "Ese martes" (the day just told, a Tuesday), "diciembre de ese año" (the
//! year of the last date told); and the year of the publication or the one before it ("este
//! año", "del año pasado").

use chrono::{Datelike, NaiveDate, Weekday};

use crate::dates::PartialDate;
use crate::text::Doc;

/// ("…no ha dormido en su casa desde el 10 de febrero. Ese martes, funcionarios…"): the day of
/// weekday `wd` printed last before token `i`, within 120 tokens.
pub(crate) fn that_weekday(
    doc: &Doc<'_>,
    i: usize,
    wd: Weekday,
    published: NaiveDate,
) -> Option<NaiveDate> {
    (i.saturating_sub(120)..i.saturating_sub(1))
        .rev()
        .filter(|&k| crate::dates::month(doc.f(k)).is_some())
        .find_map(|k| {
            (k.saturating_sub(3)..=k).find_map(|j| {
                match crate::dates::at(doc, j, k + 4, Some(published)) {
                    Some((_, PartialDate::Day(d))) if d.weekday() == wd => Some(d),
                    _ => None,
                }
            })
        })
}

/// ("…detenida desde el 3 de agosto de 2024… el sindicalista X, arrestado ese mismo 3 de
/// agosto"): the year of the same day printed with one earlier in the text, when the date ending
/// at `end` says it is the same.
pub(crate) fn same_day_year(doc: &Doc<'_>, end: usize, (m, day): (u32, u32)) -> Option<i32> {
    let start = end.checked_sub(6)?;
    if !(start..end).any(|k| matches!(doc.f(k), "mismo" | "misma" | "same")) {
        return None;
    }
    // (Within the 3,000 words before: a text's own telling, never quadratic in a long one.)
    (start.saturating_sub(3000).max(1)..start)
        .rev()
        .find_map(|k| {
            let (m0, d0, y0) = printed_day(doc, k)?;
            (m0 == m && d0 == Some(day)).then_some(y0).flatten()
        })
}

/// "(de) este año", "this year" at token `k`: the publication's year and the token after; "(de)
/// ese año", "of that year": the year of the last date the 300 words before tell ("fue detenido
/// el 31 de julio de 2024… En diciembre de ese año lo trasladaron").
pub(crate) fn this_year(
    doc: &Doc<'_>,
    k: usize,
    published: Option<NaiveDate>,
) -> Option<(i32, usize)> {
    if !matches!(doc.f(k + 1), "ano" | "year") {
        return None;
    }
    match doc.f(k) {
        "este" | "this" => published.map(|p| (p.year(), k + 2)),
        "ese" | "aquel" | "that" => year_told_last(doc, k, published).map(|y| (y, k + 2)),
        _ => None,
    }
}

/// "agosto del año pasado", "August of last year" (`k` at "del"/"of"): the year before the
/// publication's, and the token after.
pub(crate) fn last_year(
    doc: &Doc<'_>,
    k: usize,
    published: Option<NaiveDate>,
) -> Option<(i32, usize)> {
    let told = (doc.f(k) == "del" && doc.f(k + 1) == "ano" && doc.f(k + 2) == "pasado")
        || (doc.f(k) == "of" && doc.f(k + 1) == "last" && doc.f(k + 2) == "year");
    told.then(|| published.map(|p| (p.year() - 1, k + 3)))
        .flatten()
}

/// The year of the last date told before token `k`, within 300 words: the year a day and month
/// print ("31 de julio de 2024", "July 31, 2024"), or the one the extractor reads a day and month
/// without one in ("detenida el 3 de marzo", the last 3 March by the publication), or a year told
/// as when ("en 2024"); not a year that names a thing ("el Código Penal de 2014", "Decree 2019").
fn year_told_last(doc: &Doc<'_>, k: usize, published: Option<NaiveDate>) -> Option<i32> {
    // (Before the month "ese año" itself completes: "el 2 de agosto de ese año".)
    (k.saturating_sub(300)..k.saturating_sub(2))
        .rev()
        .find_map(|j| {
            // ("en 2024", "desde 2019": a year told as when.)
            if doc.tokens[j].text.len() == 4
                && matches!(
                    doc.f(j.wrapping_sub(1)),
                    "en" | "in" | "desde" | "since" | "durante" | "during"
                )
                && !matches!(doc.f(j + 1), "anos" | "years" | "personas" | "people")
                && let Some(y) = crate::dates::year_at(doc, j)
            {
                return Some(y);
            }
            let (m, day, year) = printed_day(doc, j)?;
            // (A day and month without a year: the year the extractor reads it in.)
            year.or_else(|| {
                match crate::printed_dates::last_occurrence(published?, m, Some(day?))? {
                    PartialDate::Day(d) => Some(d.year()),
                    PartialDate::Month(y, _) | PartialDate::Year(y) => Some(y),
                }
            })
        })
}

/// The date printed around a month's name at token `j`: the month, its day if printed ("3 de
/// agosto", "3 August", "August 3") and its year if printed after ("3 de agosto de 2024", "August
/// 3, 2024", "marzo de 2024").
fn printed_day(doc: &Doc<'_>, j: usize) -> Option<(u32, Option<u32>, Option<i32>)> {
    let m = crate::dates::month(doc.f(j))?;
    let number = |k: usize| crate::dates::number(doc, k).filter(|d| (1..=31).contains(d));
    let (day, after) = if doc.f(j.wrapping_sub(1)) == "de" {
        (number(j.wrapping_sub(2)), j + 1)
    } else if let Some(d) = number(j.wrapping_sub(1)) {
        (Some(d), j + 1)
    } else if let Some(d) = number(j + 1) {
        (Some(d), j + 2)
    } else {
        (None, j + 1)
    };
    Some((m, day, crate::printed_dates::year_after(doc, after)))
}

/// ("On August 9, 2024, she was stopped at a checkpoint… On August 12 her son was detained"): a
/// day or month printed without its year at token `at`, in a story whose last printed date, in
/// the 400 words before, opens its sentence with its year, earlier than the publication's: that
/// year, when the days run on in order, nothing between moves the story's time ("A year later",
/// "In 2025", "Five years later") and the day is neither after the publication nor within the
/// month before it. Not after words that count from now in its sentence ("Last week, on
/// December 11", "este 3 de marzo"), nor against a weekday printed with it.
pub(crate) fn story_year(
    doc: &Doc<'_>,
    at: usize,
    (m, day): (u32, Option<u32>),
    published: Option<NaiveDate>,
) -> Option<i32> {
    let p = published?;
    let start = doc
        .sentence_at(at.saturating_sub(1))
        .map_or(at, |s| s.first);
    if (start..at).any(|k| NOW.contains(&doc.f(k))) {
        return None;
    }
    // (A day of the month before the publication is the news's own: "On June 15, authorities
    // released 80 prisoners" in a text of June 20.)
    let recent = crate::printed_dates::last_occurrence(p, m, day).is_some_and(|d| match d {
        PartialDate::Day(d) => (p - d).num_days() <= 31,
        _ => false,
    });
    if recent {
        return None;
    }
    // (Past days told in order since, "On August 12 he was detained… released on August 15".)
    let own = at.saturating_sub(if day.is_some() { 3 } else { 1 });
    let mut told = Vec::new();
    let (k, (m0, d0, y0)) = (at.saturating_sub(400).max(1)..own).rev().find_map(|k| {
        let day = printed_day(doc, k)?;
        if day.2.is_none() {
            told.push(day.0);
        }
        day.2.is_some().then_some((k, day))
    })?;
    let (d0, y0) = (d0?, y0?);
    let moved = (k + 1..at).any(|j| {
        // (Not an age or a term, "de 19 años", "condenado a 20 años".)
        (SHIFTS.contains(&doc.f(j)) && !doc.is_number(j.wrapping_sub(1)))
            || (doc.is_number(j)
                && doc.f(j).len() == 4
                && crate::dates::number(doc, j).is_some_and(|y| y != y0 as u32 && y > 1900))
    });
    if moved || told.iter().any(|&t| t < m0 || t > m) {
        return None;
    }
    // (A date that sets the story's time opens its sentence: "On August 9, 2024, she was
    // stopped…", "El 9 de agosto de 2024, …", "On Monday, March 3, 2025, …"; not a profile's
    // "Detenido el 18 de marzo de 2024".)
    let opens = doc.sentence_at(k).is_some_and(|s| {
        (s.first..k).all(|j| {
            matches!(doc.f(j), "on" | "el" | "in" | "en" | "de" | ",")
                || doc.is_number(j)
                || crate::dates::weekday(doc.f(j)).is_some()
        })
    });
    let later = (m, day.unwrap_or(31)) >= (m0, d0);
    let date = NaiveDate::from_ymd_opt(y0, m, day.unwrap_or(1))?;
    // ("On Wednesday, June 17": the weekday must fall on that day of that year.)
    let weekday = (start..at)
        .filter_map(|j| crate::dates::weekday(doc.f(j)))
        .last()
        .is_some_and(|w| day.is_some() && w != date.weekday());
    (opens && !weekday && y0 < p.year() && later && date <= p).then_some(y0)
}

/// Words that count a date from the publication, not from the story's last year.
const NOW: &[&str] = &[
    "last",
    "this",
    "past",
    "pasado",
    "pasada",
    "este",
    "esta",
    "ultimo",
    "ultima",
    "next",
    "earlier",
    "recently",
    "yesterday",
    "today",
    "ayer",
    "hoy",
    "semana",
    "week",
];

/// Words between a story's dated opening and a later day that move its time on by years ("A year
/// later", "Five years later", "dos años después"; not "Two days later").
const SHIFTS: &[&str] = &["year", "years", "ano", "anos", "decade", "decada"];
