//! Feast days told by name: "on Christmas Eve", "el día de Navidad", "en Nochebuena", "New
//! Year's Day", "Nochevieja", "el Día de Reyes". Each is the last such day on or before the
//! publication, unless a year is told with it.

use chrono::{Datelike, NaiveDate};

use crate::dates::PartialDate;
use crate::text::{Doc, TokenKind};

/// A feast day's name at token `i`: its last token after, and the day.
pub(crate) fn feast_day(
    doc: &Doc<'_>,
    i: usize,
    published: NaiveDate,
) -> Option<(usize, PartialDate)> {
    let f = |k: usize| doc.f(k);
    let prev = f(i.wrapping_sub(1));
    // ("New Year's Day": the possessive as one token or as "'" and "s".)
    let after_year = |k: usize| match (f(k), f(k + 1), f(k + 2)) {
        ("year", "'" | "’", "s") => Some(k + 3),
        ("year's" | "year’s" | "years", _, _) => Some(k + 1),
        _ => None,
    };
    let ((month, day), end) = match f(i) {
        "christmas" => match f(i + 1) {
            "eve" => ((12, 24), i + 2),
            "day" => ((12, 25), i + 2),
            // (Only "on Christmas", "Christmas 2021": "freed for Christmas" is a purpose, not a
            // day.)
            _ if prev == "on" || crate::dates::year_at(doc, i + 1).is_some() => ((12, 25), i + 1),
            _ => return None,
        },
        "nochebuena" => ((12, 24), i + 1),
        "reyes" if prev == "de" && f(i.wrapping_sub(2)) == "dia" => ((1, 6), i + 1),
        "nochevieja" => ((12, 31), i + 1),
        // ("el día de Navidad", "en Navidad", "la noche de Navidad" is Nochebuena.)
        "navidad" if prev == "en" || (prev == "de" && f(i.wrapping_sub(2)) == "dia") => {
            ((12, 25), i + 1)
        }
        "navidad" if prev == "de" && f(i.wrapping_sub(2)) == "noche" => ((12, 24), i + 1),
        "new" => {
            let k = after_year(i + 1)?;
            match f(k) {
                "eve" => ((12, 31), k + 1),
                "day" => ((1, 1), k + 1),
                _ => return None,
            }
        }
        "ano"
            if f(i + 1) == "nuevo"
                && (prev == "en" || (prev == "de" && f(i.wrapping_sub(2)) == "dia")) =>
        {
            ((1, 1), i + 2)
        }
        _ => return None,
    };
    // ("la Nochebuena de ese año", "on Christmas Eve of that year": a year told before, unread.)
    if matches!(f(end), "de" | "of") && matches!(f(end + 1), "ese" | "aquel" | "that") {
        return None;
    }
    // ("on Christmas Eve 2022", "en Nochebuena de 2022", "Christmas Day, 2022")
    let told = |k: usize| crate::dates::year_at(doc, k);
    // ("la Nochebuena del año 2017", "la Nochebuena negra de 2017": a few words may come between,
    // within the sentence.)
    let later = (end..end + 4)
        .take_while(|&k| {
            (k == end && f(k) == ",")
                || doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
        })
        .find_map(|k| {
            let y = told(k + 1)
                .filter(|_| matches!(f(k), "de" | "del" | "of" | "ano" | "year" | ","))?;
            Some((y, k + 2))
        });
    // ("En 2019, el Día de Reyes, fue detenido…", "In 2019, on Christmas Day": a year just
    // before.)
    let earlier = (i.saturating_sub(6)..i)
        .rev()
        .take_while(|&k| !matches!(f(k), "." | ";"))
        .find_map(|k| told(k).filter(|_| matches!(f(k.wrapping_sub(1)), "en" | "in")))
        .map(|y| (y, end));
    let (year, end) = match (f(end), told(end), later.or(earlier)) {
        (_, Some(y), _) => (Some(y), end + 1),
        (_, _, Some((y, e))) => (Some(y), e),
        _ => (None, end),
    };
    if let Some(y) = year {
        return NaiveDate::from_ymd_opt(y, month, day).map(|d| (end, PartialDate::Day(d)));
    }
    let this = NaiveDate::from_ymd_opt(published.year(), month, day)?;
    let date = if this <= published {
        this
    } else {
        NaiveDate::from_ymd_opt(published.year() - 1, month, day)?
    };
    Some((end, PartialDate::Day(date)))
}
