//! Matches of the triggers' word lists that are no event where they stand: a document
//! released, whereabouts that are known, a flight that ends in custody at home, a measure that
//! is the terms of a release told just before it, the Inter-American Commission's protection.

use crate::model::EventType::{self, Disappearance, Expulsion};
use crate::text::Doc;
use crate::triggers::Trigger;

/// Whether the words `words` of kind `kind`, matched at tokens `i..last` of the stretch
/// `from..to` after the triggers `found` so far, are read out as no trigger.
#[inline]
pub(crate) fn read_out(
    doc: &Doc<'_>,
    (words, kind): (&str, EventType),
    (i, last): (usize, usize),
    (from, to): (usize, usize),
    found: &[Trigger],
) -> bool {
    // "which released the names early Sunday": a document is released, nobody is freed.
    let document = |k: usize| crate::trigger_readings::DOCUMENTS.contains(&doc.f(k));
    let document_released = matches!(words, "released" | "releases" | "release")
        && (document(last)
            || (matches!(doc.f(last), "the" | "a" | "its" | "their" | "an") && document(last + 1)));
    document_released
        || (kind == Disappearance && !crate::whereabouts_words::unknown_indeed(doc, i, words))
        || (kind == Expulsion && crate::leaving_words::kept_inside(doc, words, last, to))
        // (A measure that is the terms of a release told just before it.)
        || crate::measure_words::terms_of_a_release(words, found)
        // Precautionary measures of the Inter-American Commission protect; they free nobody.
        || (words.contains("medida") && crate::clues::mentions_iachr(doc, from, to))
}
