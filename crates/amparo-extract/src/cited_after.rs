//! A source named after the event it tells ("…a El Rodeo I, donde permanece, según su
//! defensora, la abogada X"): who tells is not whom it happened to.

use crate::text::Doc;

/// Whether the name at `first` comes after the event ending at `t_last` as the source the
/// event is told by: "según"/"according to" between them, then the teller's role or relation
/// ("su defensora", "her lawyer", "la abogada"), and no other event before the name. ("…, según
/// Foro Penal, el periodista X" names the body, and the one held after it.)
pub(crate) fn cited_after(doc: &Doc<'_>, t_last: usize, first: usize) -> bool {
    if first <= t_last {
        return false;
    }
    (t_last..first).any(|k| {
        crate::speakers::cites(doc, k) && {
            let mut j = k + 1 + usize::from(doc.f(k) == "according" && doc.f(k + 1) == "to");
            if matches!(
                doc.f(j),
                "su" | "sus" | "his" | "her" | "their" | "la" | "el" | "the" | "a" | "an"
            ) {
                j += 1;
            }
            let teller = !crate::lexicon::roles(doc.f(j)).is_empty()
                || crate::relations::RELATIONS.contains(&doc.f(j));
            // ("Permanece detenido, según su esposa, el sindicalista X": another, of the other
            // gender, set off after the teller.)
            let other = doc.f(j + 1) == ","
                && matches!(doc.f(j + 2), "el" | "la")
                && (doc.f(j + 2) == "la") != (doc.f(j).ends_with('a') || doc.f(j) == "madre");
            teller && !other && crate::triggers::find(doc, k, first).is_empty()
        }
    })
}
