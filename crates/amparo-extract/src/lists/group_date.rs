//! The day a group of a list left, told before the list of the group by its header's noun: "Las
//! mujeres salieron el miércoles del INOF; los hombres, el jueves, desde Rodeo I" over "Mujeres:
//! …" and "Hombres: …".

use std::ops::Range;

use crate::dates::{self, PartialDate};
use crate::lists::ListContext;

/// The date told of the group headed `header` ("Mujeres") in the sentences `from..to` before its
/// list: the first date within a few words after "las mujeres", "the women", before a semicolon.
pub(crate) fn told_of_group(
    cx: &ListContext<'_, '_>,
    header: &Range<usize>,
    from: usize,
    to: usize,
) -> Option<PartialDate> {
    let doc = cx.doc;
    // The header is one plural noun ("Mujeres", "Hombres", "Women", "Militares").
    let noun = (header.start..header.end).find(|&k| doc.f(k) != "*")?;
    if header.end - noun != 1 || !doc.f(noun).ends_with('s') || doc.f(noun).len() < 4 {
        return None;
    }
    let word = doc.f(noun);
    for si in from..to {
        let s = doc.sentences.get(si)?;
        for k in s.first + 1..s.last {
            if doc.f(k) != word || !matches!(doc.f(k - 1), "las" | "los" | "the") {
                continue;
            }
            let end = (k + 1..s.last.min(k + 9))
                .find(|&j| matches!(doc.f(j), ";" | "."))
                .unwrap_or(s.last.min(k + 9));
            // (Not since when: "Las mujeres, detenidas desde el 3 de enero, salieron…".)
            if let Some(d) = dates::find(doc, k + 1, end, cx.published)
                .iter()
                .find(|d| !d.since)
            {
                return Some(d.date);
            }
        }
    }
    None
}
