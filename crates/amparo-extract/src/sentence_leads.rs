//! The leads a sentence may open with before the clause that tells its news: an attribution
//! ("Según su familia,", "As far as we know,") or a time and a hearsay ("Tonight they say he…").

use crate::text::Doc;

/// Leads that say by whom or as of when a clause is known ("Según su familia,", "As far as we
/// know,", "Hasta hoy,"): the clause after their comma opens as a sentence would.
pub(crate) const ATTRIBUTION_LEADS: &[&str] = &[
    "segun",
    "de acuerdo",
    "according",
    "as far as",
    "hasta hoy",
    "hasta ahora",
    "hasta la fecha",
    "a la fecha",
    "por ahora",
    "so far",
    "for now",
    "to this day",
    "to date",
    "desde entonces",
    "since then",
    "todavia hoy",
    "al cierre",
    "at the time of writing",
    "mientras tanto",
    "meanwhile",
];

/// "Tonight they say he's still in El Helicoide", "Today she is free": past a time and a hearsay
/// that open the sentence at `k0` (before `b`), the pronoun the clause opens with.
/// So the pronoun of a clause after ", pero" / ", but" when the clause before told no event
/// ("Su nombre figura en la lista, pero ella ya había sido excarcelada el 24 de diciembre"; not
/// "An aid worker has been freed, but she cannot leave", someone else).
pub(crate) fn pronoun_after_lead(doc: &Doc<'_>, k0: usize, b: usize) -> Option<usize> {
    let contrast = || {
        (k0 + 2..b)
            .find(|&k| {
                matches!(doc.f(k - 1), "pero" | "but")
                    && doc.f(k - 2) == ","
                    && matches!(doc.tokens[k].text, "he" | "she" | "ella" | "él")
            })
            // (Nor after a relative, who is the one: "They put my father's name on a list, but
            // he is still in Yare".)
            // (Nor after someone unnamed the sentence opens on: "Una mujer que lo acompañaba…,
            // pero ella", "A colleague of hers…, but she".)
            .filter(|&k| {
                !matches!(doc.f(k0), "un" | "una" | "a" | "an")
                    && !(k0..k).any(|j| crate::slots::RELATIONS.contains(&doc.f(j)))
                    && crate::triggers::find(doc, k0, k - 2).is_empty()
            })
    };
    let lead = (k0..b).find(|&k| {
        !matches!(
            doc.f(k),
            "tonight"
                | "today"
                | "now"
                | "yesterday"
                | "later"
                | ","
                | "they"
                | "say"
                | "says"
                | "that"
        )
            // ("On Sunday she was transferred…", "Last week he…": a day that opens it.)
            && !matches!(doc.f(k), "on" | "last" | "early" | "late" | "night" | "morning")
            && crate::dates::weekday(doc.f(k)).is_none()
            // ("On 28 November he died in custody", "In March 2024 she was moved": a date's
            // day, month and year.)
            && crate::dates::month(doc.f(k)).is_none()
            && !(doc.is_number(k) && doc.f(k).len() <= 4)
            && !(doc.f(k) == "in" && (crate::dates::month(doc.f(k + 1)).is_some() || doc.is_number(k + 1)))
    });
    lead.filter(|&l| l > k0 && matches!(doc.tokens[l].text, "he" | "she"))
        .or_else(contrast)
}
