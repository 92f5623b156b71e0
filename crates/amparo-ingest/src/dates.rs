//! Dates as lists write them: "2026-01-08", "08/01/2026" (day first unless told
//! otherwise), "8-ene-2026", "8 de enero de 2026", "January 8, 2026", "enero 2026", "2021",
//! "~2021", and Excel serial numbers. The result keeps the precision given; an impossible
//! date ("31/02/2025") is an error whose reason comes from `PartialDate`.
//!
//! Two-digit years are read with a fixed pivot (00-49 → 20xx, 50-99 → 19xx), never against
//! today's date, so the same file always reads the same.

use crate::model::DateOrder;
use crate::text::fold;
use amparo_domain::PartialDate;
use calamine::{ExcelDateTime, ExcelDateTimeType};

/// Month names and abbreviations in Spanish and English, folded.
const MONTHS: &[(&str, u32)] = &[
    ("enero", 1),
    ("ene", 1),
    ("january", 1),
    ("jan", 1),
    ("febrero", 2),
    ("feb", 2),
    ("february", 2),
    ("marzo", 3),
    ("mar", 3),
    ("march", 3),
    ("abril", 4),
    ("abr", 4),
    ("april", 4),
    ("apr", 4),
    ("mayo", 5),
    ("may", 5),
    ("junio", 6),
    ("jun", 6),
    ("june", 6),
    ("julio", 7),
    ("jul", 7),
    ("july", 7),
    ("agosto", 8),
    ("ago", 8),
    ("august", 8),
    ("aug", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("sep", 9),
    ("sept", 9),
    ("set", 9),
    ("september", 9),
    ("octubre", 10),
    ("oct", 10),
    ("october", 10),
    ("noviembre", 11),
    ("nov", 11),
    ("november", 11),
    ("diciembre", 12),
    ("dic", 12),
    ("december", 12),
    ("dec", 12),
];

/// Words that mark a date as approximate.
const APPROXIMATE: &[&str] = &["aprox", "aproximadamente", "circa", "ca", "approx", "about"];

/// Words that carry no date information ("8 de enero del 2026", "el 8").
const FILLER: &[&str] = &["de", "del", "el", "of", "the", "on"];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Number(u32, usize),
    Month(u32),
}

/// Parses a date cell. `Err` carries the reason, without the column.
pub fn parse_date(text: &str, order: DateOrder) -> Result<PartialDate, String> {
    let trimmed = strip_time(text.trim());
    if trimmed.is_empty() {
        return Err("it is empty".to_owned());
    }
    // Ranges and the canonical forms are the domain's own syntax.
    if trimmed.contains("..") || trimmed.matches('/').count() == 1 && trimmed.len() > 7 {
        if let Ok(date) = PartialDate::parse(trimmed) {
            return Ok(date);
        }
    }
    let folded = fold(trimmed);
    let mut approximate = trimmed.starts_with('~');
    let mut tokens = Vec::new();
    for word in folded.split(' ') {
        if word.is_empty() || FILLER.contains(&word) {
            continue;
        }
        if APPROXIMATE.contains(&word) {
            approximate = true;
        } else if word.bytes().all(|b| b.is_ascii_digit()) {
            if word.len() > 9 {
                return Err("the number is too long for a date".to_owned());
            }
            let value = word.parse::<u32>().map_err(|e| e.to_string())?;
            tokens.push(Token::Number(value, word.len()));
        } else if let Some((_, m)) = MONTHS.iter().find(|(name, _)| *name == word) {
            tokens.push(Token::Month(*m));
        } else {
            return Err(format!("{word:?} is not part of a date"));
        }
    }
    let (year, month, day) = match tokens.as_slice() {
        [Token::Number(n, 4)] => (*n, None, None),
        [Token::Number(n, 5)] => return from_excel_serial(f64::from(*n)),
        [Token::Number(y, 4), Token::Number(m, 1 | 2)] => (*y, Some(*m), None),
        [Token::Number(m, 1 | 2), Token::Number(y, 4)] => (*y, Some(*m), None),
        [
            Token::Number(y, 4),
            Token::Number(m, 1 | 2),
            Token::Number(d, 1 | 2),
        ] => (*y, Some(*m), Some(*d)),
        [
            Token::Number(a, 1 | 2),
            Token::Number(b, 1 | 2),
            Token::Number(y, 2 | 4),
        ] => {
            let year = full_year(*y);
            match order {
                DateOrder::Dmy => (year, Some(*b), Some(*a)),
                DateOrder::Mdy => (year, Some(*a), Some(*b)),
            }
        }
        [Token::Month(m), Token::Number(y, 2 | 4)] => (full_year(*y), Some(*m), None),
        [
            Token::Number(d, 1 | 2),
            Token::Month(m),
            Token::Number(y, 2 | 4),
        ] => (full_year(*y), Some(*m), Some(*d)),
        [
            Token::Month(m),
            Token::Number(d, 1 | 2),
            Token::Number(y, 4),
        ] => (*y, Some(*m), Some(*d)),
        _ => return Err("not a date form this importer reads".to_owned()),
    };
    let mut canonical = String::with_capacity(12);
    if approximate {
        canonical.push('~');
    }
    canonical.push_str(&format!("{year:04}"));
    if let Some(m) = month {
        canonical.push_str(&format!("-{m:02}"));
    }
    if let Some(d) = day {
        canonical.push_str(&format!("-{d:02}"));
    }
    PartialDate::parse(&canonical).map_err(|e| reason_of(&e.to_string()))
}

/// The reason part of a domain date error, without the usage hint.
fn reason_of(message: &str) -> String {
    let without_hint = message.split(" (use YYYY").next().unwrap_or(message);
    match without_hint.split_once(": ") {
        Some((_, reason)) => reason.to_owned(),
        None => without_hint.to_owned(),
    }
}

fn full_year(y: u32) -> u32 {
    match y {
        0..=49 => 2000 + y,
        50..=99 => 1900 + y,
        _ => y,
    }
}

/// Drops a time of day: "2026-01-08T00:00:00", "08/01/2026 14:30".
fn strip_time(text: &str) -> &str {
    if let Some(pos) = text.find('T')
        && pos >= 8
        && text[..pos].bytes().all(|b| b.is_ascii_digit() || b == b'-')
    {
        return &text[..pos];
    }
    if let Some(pos) = text.rfind(' ')
        && text[pos + 1..].contains(':')
        && text[pos + 1..]
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
    {
        return text[..pos].trim_end();
    }
    text
}

/// An Excel serial day (days since 1899-12-30, the 1900 system) as a day.
pub fn from_excel_serial(serial: f64) -> Result<PartialDate, String> {
    from_excel_datetime(&ExcelDateTime::new(
        serial,
        ExcelDateTimeType::DateTime,
        false,
    ))
}

/// A workbook date cell as a day (the workbook's own 1900 or 1904 system).
pub fn from_excel_datetime(value: &ExcelDateTime) -> Result<PartialDate, String> {
    let serial = value.as_f64();
    if !serial.is_finite() || !(1.0..=2_958_465.0).contains(&serial) {
        return Err(format!("{serial} is not an Excel date"));
    }
    let (y, m, d, ..) = value.to_ymd_hms_milli();
    PartialDate::parse(&format!("{y:04}-{m:02}-{d:02}")).map_err(|e| reason_of(&e.to_string()))
}

/// Whether a cell reads as "d/m/y" only (first number above 12) or "m/d/y" only (second
/// above 12); used to guess the order of a list's numeric dates.
pub fn order_evidence(text: &str) -> Option<DateOrder> {
    let parts: Vec<&str> = text.trim().split(['/', '-', '.']).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 && y.len() != 2 || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let a: u32 = a.parse().ok()?;
    let b: u32 = b.parse().ok()?;
    match (a > 12, b > 12) {
        (true, false) => Some(DateOrder::Dmy),
        (false, true) => Some(DateOrder::Mdy),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dmy(text: &str) -> String {
        parse_date(text, DateOrder::Dmy)
            .map(|d| d.to_string())
            .unwrap_or_else(|e| format!("ERR {e}"))
    }

    #[test]
    fn reads_the_forms_lists_use() {
        assert_eq!(dmy("2026-01-08"), "2026-01-08");
        assert_eq!(dmy("08/01/2026"), "2026-01-08");
        assert_eq!(dmy("8-ene-2026"), "2026-01-08");
        assert_eq!(dmy("8 de enero de 2026"), "2026-01-08");
        assert_eq!(dmy("January 8, 2026"), "2026-01-08");
        assert_eq!(dmy("enero 2026"), "2026-01");
        assert_eq!(dmy("Enero de 2026"), "2026-01");
        assert_eq!(dmy("2021"), "2021");
        assert_eq!(dmy("~2021"), "~2021");
        assert_eq!(dmy("aprox. 2021"), "~2021");
        assert_eq!(dmy("45665"), "2025-01-08");
        assert_eq!(dmy("2026-01-08T00:00:00"), "2026-01-08");
        assert_eq!(dmy("08/01/2026 00:00"), "2026-01-08");
        assert_eq!(dmy("8/1/26"), "2026-01-08");
        assert_eq!(dmy("2024-03/2024-05"), "2024-03/2024-05");
        assert_eq!(dmy("03/2024"), "2024-03");
        let mdy = parse_date("01/08/2026", DateOrder::Mdy).unwrap();
        assert_eq!(mdy.to_string(), "2026-01-08");
    }

    #[test]
    fn impossible_dates_say_why() {
        assert_eq!(dmy("31/02/2025"), "ERR day 31 does not exist in 2025-02");
        assert_eq!(dmy("2026-13-01"), "ERR month 13 does not exist");
        assert!(dmy("ayer").starts_with("ERR"));
        assert!(dmy("12345678901").starts_with("ERR"));
    }

    #[test]
    fn order_evidence_needs_a_number_above_twelve() {
        assert_eq!(order_evidence("25/12/2025"), Some(DateOrder::Dmy));
        assert_eq!(order_evidence("12/25/2025"), Some(DateOrder::Mdy));
        assert_eq!(order_evidence("01/02/2025"), None);
    }
}
