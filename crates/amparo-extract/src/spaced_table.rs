//! Tables whose cells lost their separators when flattened to text ("Nombre Fecha de detención
//! Centro de reclusión Excarcelación Medida", then "Ana Rivas Pérez 03/08/2024 Tocuyito
//! 05/03/2025 Presentación cada 30 días"): each capitalised word of the header opens a column, and
//! a row's printed dates part its cells, when its date and text columns alternate.

use std::ops::Range;

use crate::table::Column;
use crate::text::{Doc, TokenKind};

/// Whether the column holds a date.
fn dated(c: Option<Column>) -> bool {
    matches!(
        c,
        Some(Column::ArrestDate | Column::ReleaseDate | Column::Date)
    )
}

/// The header's cells: a capitalised word opens each, lower-case words ("de detención") go on
/// with it. At least three, no digits, no punctuation.
pub(crate) fn header(doc: &Doc<'_>, t: &Range<usize>) -> Option<Vec<Range<usize>>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for k in t.clone() {
        if doc.tokens[k].kind != TokenKind::Word {
            return None;
        }
        if doc.tokens[k].capitalised {
            out.push(k..k + 1);
        } else {
            out.last_mut()?.end = k + 1;
        }
    }
    (out.len() >= 3 && t.len() <= 14).then_some(out)
}

/// A date printed with slashes ("03/08/2024", "09/02") at `k`: the index after it.
fn date_at(doc: &Doc<'_>, k: usize, end: usize) -> Option<usize> {
    let number = |j: usize| j < end && doc.tokens[j].kind == TokenKind::Number;
    let slash = |j: usize| j < end && doc.f(j) == "/";
    (number(k) && slash(k + 1) && number(k + 2)).then(|| {
        if slash(k + 3) && number(k + 4) {
            k + 5
        } else {
            k + 3
        }
    })
}

/// A row's cells, parted by its dates, when they fall where the header's date columns are and
/// no two text columns stand side by side.
pub(crate) fn row(
    doc: &Doc<'_>,
    t: &Range<usize>,
    columns: &[Option<Column>],
) -> Option<Vec<Range<usize>>> {
    if columns.windows(2).any(|w| !dated(w[0]) && !dated(w[1])) {
        return None;
    }
    // (A row opens on a name and holds no sentence's end: not "La madre de Ana Rivas, Carmen
    // Pérez 05/03/2025 la recibió en la puerta. El director…".)
    let prose = (t.start..t.end)
        .any(|k| doc.f(k) == "." && doc.tokens.get(k + 1).is_some_and(|x| x.capitalised))
        || !doc.tokens.get(t.start).is_some_and(|x| x.capitalised)
        || matches!(
            doc.f(t.start),
            "la" | "el" | "los" | "las" | "the" | "un" | "una"
        );
    if prose {
        return None;
    }
    let mut out = Vec::new();
    let mut k = t.start;
    for (i, &c) in columns.iter().enumerate() {
        if dated(c) {
            let end = date_at(doc, k, t.end)?;
            out.push(k..end);
            k = end;
        } else {
            // (Up to the next date, or the line's end for the last column.)
            let end = if i + 1 == columns.len() {
                t.end
            } else {
                (k..t.end).find(|&j| date_at(doc, j, t.end).is_some())?
            };
            if end == k {
                return None;
            }
            out.push(k..end);
            k = end;
        }
    }
    (k == t.end).then_some(out)
}

/// ("15   Richard Bolívar   M   Civil   14/08/2024   Centro Penitenciario   Sin audiencia" then,
/// set in under its column, "de Yare III"): a line of a table, spaced or not, that opens after a
/// run of three spaces or more, a wrapped cell of the row above.
pub(crate) fn wrapped(doc: &Doc<'_>, t: &Range<usize>) -> bool {
    let Some(first) = doc.tokens.get(t.start) else {
        return false;
    };
    let line = doc.text[..first.start].rfind('\n').map_or(0, |n| n + 1);
    let lead = &doc.text[line..first.start];
    lead.len() >= 3 && lead.chars().all(|c| c == ' ')
}
