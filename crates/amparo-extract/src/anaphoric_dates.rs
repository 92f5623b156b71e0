//! Dates that point back to a day printed earlier in the text: "ese mismo 3 de agosto" (the
//! year printed with it), "Ese martes" (the day just told, a Tuesday).

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
    let year = |k: usize| {
        let k = if matches!(doc.f(k), "," | "de") {
            k + 1
        } else {
            k
        };
        crate::dates::year_at(doc, k)
    };
    // (Within the 3,000 words before: a text's own telling, never quadratic in a long one.)
    (start.saturating_sub(3000).max(1)..start)
        .rev()
        .find_map(|k| {
            if crate::dates::month(doc.f(k)) != Some(m) {
                return None;
            }
            // ("3 de agosto de 2024", "August 3, 2024", "3 August 2024")
            let day_before =
                doc.f(k - 1) == "de" && crate::dates::number(doc, k.wrapping_sub(2)) == Some(day);
            if day_before || crate::dates::number(doc, k - 1) == Some(day) {
                year(k + 1)
            } else if crate::dates::number(doc, k + 1) == Some(day) {
                year(k + 2)
            } else {
                None
            }
        })
}
