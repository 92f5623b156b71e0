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
            // ("Permanece detenido, según su hijo, el periodista X", "Still detained, according
            // to his wife, is union leader X": another, described or the copula's subject; not
            // one lawyer describing another, "según su defensora, la abogada X".)
            let lawyer = |w: &str| {
                crate::lexicon::roles(w)
                    .iter()
                    .any(|r| matches!(*r, "lawyer" | "human_rights_defender"))
            };
            let copula = matches!(doc.f(j + 2), "is" | "are" | "was" | "were" | "es" | "son");
            let described = matches!(doc.f(j + 2), "el" | "la" | "the")
                && !(lawyer(doc.f(j)) && lawyer(doc.f(j + 3)));
            let other = doc.f(j + 1) == "," && (copula || described);
            teller && !other && crate::triggers::find(doc, k, first).is_empty()
        }
    })
}
