//! A range of days of one month ("entre el 18 y el 19 de octubre", "del 3 al 5 de mayo",
//! "between 18 and 19 October"): the month, never a guessed day.

use chrono::{Datelike, NaiveDate};

use crate::dates::PartialDate;
use crate::text::Doc;

/// ("capturados entre el 18 y el 19 de octubre de 2025", "arrested between 18 and 19 October",
/// "del 3 al 5 de mayo"): a day at token `i` that ends a range of days of its month begun by a
/// bare day before it is that month, no day of it. (Not a range yet to come, "semana del 24 al
/// 28 de noviembre" in an agenda published on the 20th: its days stay, after the publication.)
pub(crate) fn day_range_month(
    doc: &Doc<'_>,
    i: usize,
    date: PartialDate,
    published: Option<NaiveDate>,
) -> PartialDate {
    let PartialDate::Day(d) = date else {
        return date;
    };
    if published.is_some_and(|p| d > p) {
        return date;
    }
    let j = i - usize::from(matches!(doc.f(i.wrapping_sub(1)), "el" | "the"));
    let joined = matches!(
        doc.f(j.wrapping_sub(1)),
        "y" | "and" | "al" | "to" | "-" | "–"
    );
    let start = j.wrapping_sub(2);
    let opened = matches!(
        doc.f(start.wrapping_sub(1 + usize::from(doc.f(start.wrapping_sub(1)) == "el"))),
        "entre" | "between" | "del" | "from"
    );
    let day = crate::dates::number(doc, start).filter(|n| (1..=31).contains(n) && *n != d.day());
    if joined && opened && day.is_some() {
        PartialDate::Month(d.year(), d.month())
    } else {
        date
    }
}

/// A date's start as a key that orders dates of any precision (a missing month or day first).
pub(crate) fn start_key(d: PartialDate) -> (i32, u32, u32) {
    match d {
        PartialDate::Year(y) => (y, 0, 0),
        PartialDate::Month(y, m) => (y, m, 0),
        PartialDate::Day(x) => (x.year(), x.month(), x.day()),
    }
}

/// ("…fueron sacados en la madrugada de este jueves… y subidos a un avión" over an annex "datos
/// al 14/11/2025"): one release or banishment told on two days in a row is one event, on
/// the earlier day (by which it had happened); the later is most often a list's cut-off or the
/// day it was reported.
pub(crate) fn join_next_days(events: &mut Vec<crate::model::Event>) {
    use crate::model::EventType;
    let day = |e: &crate::model::Event| {
        e.date
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    };
    let mut k = 0;
    while k < events.len() {
        let joined = matches!(
            events[k].kind,
            EventType::Release
                | EventType::ConditionalRelease
                | EventType::Exile
                | EventType::Expulsion
        ) && day(&events[k]).is_some_and(|d| {
            events
                .iter()
                .any(|o| o.kind == events[k].kind && day(o).and_then(|p| p.succ_opt()) == Some(d))
                // (Not with an arrest between: "released on Monday… arrested him again that same
                // night, and he was released a second time on Tuesday".)
                && !events.iter().any(|o| {
                    o.kind == EventType::Arrest
                        && day(o).is_some_and(|a| a == d || a.succ_opt() == Some(d))
                })
        });
        if joined {
            events.remove(k);
        } else {
            k += 1;
        }
    }
}

/// ("la resolución 1991/42", "Decree 2023-15"): a number like a year at `i` that opens a
/// document's number after the document's word; not "2024-2025", "2024/03/12", "2023-24 wave".
pub(crate) fn document_number(doc: &crate::text::Doc<'_>, i: usize) -> bool {
    const PAPERS: &[&str] = &[
        "resolucion",
        "resolution",
        "decreto",
        "decree",
        "ley",
        "law",
        "causa",
        "case",
        "expediente",
        "file",
        "no",
        "nro",
        "numero",
        "number",
        "n",
        "oficio",
        "sentencia",
    ];
    (i.saturating_sub(2)..i).any(|k| PAPERS.contains(&doc.f(k)))
        && matches!(doc.f(i + 1), "/" | "-")
        && crate::dates::number(doc, i + 2).is_some_and(|n| n < 1000)
        && !matches!(doc.f(i + 3), "/" | "-")
}
