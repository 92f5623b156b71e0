//! Dates that point back to a day printed earlier in the text: "ese mismo 3 de agosto" (the
//! year printed with it), "Ese martes" (the day just told, a Tuesday), "diciembre de ese año" (the
//! year printed last); and the year of the publication or before it ("este año", "del año
//! pasado").

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

/// "(de) este año", "this year" at token `k`: the publication's year and the token after; "(de)
/// ese año", "of that year": the last year the 300 words before print ("fue detenido el 31 de
/// julio de 2024… En diciembre de ese año lo trasladaron").
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
        "ese" | "aquel" | "that" => (k.saturating_sub(300)..k)
            .rev()
            .find_map(|j| {
                crate::dates::year_at(doc, j).filter(|_| {
                    doc.tokens[j].text.len() == 4
                        && !matches!(doc.f(j + 1), "anos" | "years" | "personas" | "people")
                })
            })
            .map(|y| (y, k + 2)),
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
