//! Dates and numbers as people read them: "8 de enero de 2026" / "8 January 2026", month
//! names from the catalogue; thousands grouped as each language groups them.

use crate::{Args, Lang, t};
use chrono::{Datelike, NaiveDate};

fn month(lang: Lang, m: u32) -> String {
    t(lang, &format!("month-{m}"), &Args::new())
}

/// A day in words: "8 de enero de 2026", "8 January 2026".
pub fn date_long(lang: Lang, day: NaiveDate) -> String {
    t(
        lang,
        "date-day",
        &Args::new()
            .text("day", day.day().to_string())
            .text("month", month(lang, day.month()))
            .text("year", day.year().to_string()),
    )
}

/// A month in words: "enero de 2026", "January 2026".
pub fn month_year(lang: Lang, year: i32, m: u32) -> String {
    t(
        lang,
        "date-month",
        &Args::new()
            .text("month", month(lang, m))
            .text("year", year.to_string()),
    )
}

/// A partial date as written in the registry ("2026-01-08", "2026-01", "2026") in words;
/// anything else (a range) is returned as written.
pub fn partial_date(lang: Lang, written: &str) -> String {
    let parts: Vec<&str> = written.split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => match (y.parse::<i32>().ok(), num(m), num(d)) {
            (Some(y), Some(m), Some(d)) => NaiveDate::from_ymd_opt(y, m, d)
                .map(|day| date_long(lang, day))
                .unwrap_or_else(|| written.to_owned()),
            _ => written.to_owned(),
        },
        [y, m] if y.len() == 4 => match (y.parse::<i32>().ok(), num(m)) {
            (Some(y), Some(m)) if (1..=12).contains(&m) => month_year(lang, y, m),
            _ => written.to_owned(),
        },
        _ => written.to_owned(),
    }
}

/// A count with thousands grouped: "12.345" in Spanish, "12,345" in English. Four-digit
/// numbers stay ungrouped in Spanish, as the RAE recommends.
pub fn number(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = match lang {
        Lang::Es => '.',
        Lang::En => ',',
    };
    let mut out = String::new();
    if lang == Lang::Es && digits.len() <= 4 {
        out.push_str(&digits);
    } else {
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(sep);
            }
            out.push(c);
        }
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}
