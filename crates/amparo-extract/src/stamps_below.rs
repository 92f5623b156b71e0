//! A post's stamp printed below it, as X prints a post's ("…were released on bail. 4/" then
//! "2:02 PM · Dec 19, 2025", "10:47 p. m. · 14 ago. 2025 · 18,2 mil reproducciones"): the day of
//! the post above, not of the one after.

use chrono::NaiveDate;

use crate::dates::PartialDate;
use crate::text::Doc;

/// The day of sentence `si` when it is a stamp below a post: a line that opens on its time of
/// day ("2:02 PM", "10:47 p. m.") and a "·" before its date.
pub(crate) fn below_stamp(
    doc: &Doc<'_>,
    si: usize,
    published: Option<NaiveDate>,
) -> Option<NaiveDate> {
    let s = doc.sentences.get(si).filter(|s| s.line_start)?;
    let k = s.first;
    if !(doc.is_number(k) && doc.f(k + 1) == ":" && doc.is_number(k + 2)) {
        return None;
    }
    // (Past the hour's "AM", "p. m.": the "·" that sets the date apart.)
    let dot = (k + 3..s.last.min(k + 9)).find(|&j| doc.tokens[j].text == "·")?;
    if !(k + 3..dot).all(|j| matches!(doc.f(j), "am" | "pm" | "a" | "p" | "m" | ".")) {
        return None;
    }
    crate::dates::find(doc, dot + 1, s.last, published)
        .into_iter()
        .find(|d| d.first == dot + 1)
        .and_then(|d| match d.date {
            PartialDate::Day(day) => Some(day),
            _ => None,
        })
}

/// The stamp below the post sentence `si` opens or goes on in, and where it stands: the first
/// stamp below in its paragraph or as the next paragraph's first line.
pub(crate) fn post_stamp_below(
    doc: &Doc<'_>,
    si: usize,
    published: Option<NaiveDate>,
) -> Option<(usize, NaiveDate)> {
    let paragraph = doc.sentences.get(si)?.paragraph;
    for j in si + 1..doc.sentences.len().min(si + 16) {
        let s = &doc.sentences[j];
        if let Some(day) = below_stamp(doc, j, published) {
            return Some((j, day));
        }
        if s.paragraph > paragraph {
            return None;
        }
    }
    None
}
