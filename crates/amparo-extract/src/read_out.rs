//! Matches of the triggers' word lists that are no event where they stand: a document
//! released, whereabouts that are known, a flight that ends in custody at home, a measure that
//! is the terms of a release told just before it, the Inter-American Commission's protection;
//! and the label of a figure in a line of tallies, which counts people and names no one's event
//! (`tally_label`, read by `triggers::find`).

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
    // ("Press releases | Special Procedures", "a news release said": a statement, no one freed.)
    let statement = matches!(words, "release" | "releases")
        && matches!(doc.f(i.wrapping_sub(1)), "press" | "news" | "media");
    document_released
        || statement
        || (kind == Disappearance && !crate::whereabouts_reading::unknown_indeed(doc, i, words))
        || (kind == Expulsion && crate::leaving_words::kept_inside(doc, words, last, to))
        // (A measure that is the terms of a release told just before it.)
        || crate::measure_words::terms_of_a_release(words, found)
        // Precautionary measures of the Inter-American Commission protect; they free nobody.
        || (words.contains("medida") && crate::clues::mentions_iachr(doc, from, to))
        || (kind == EventType::Detention && where_unknown(doc, i))
        // ("X, madre de un preso de Rodeo I, se desmayó", "the wife of a prisoner held in Evin":
        // someone unnamed, whose relative the sentence tells of.)
        || (matches!(doc.f(i.wrapping_sub(1)), "un" | "una" | "a")
            && matches!(doc.f(i.wrapping_sub(2)), "de" | "of")
            && crate::slots::RELATIONS.contains(&doc.f(i.wrapping_sub(3))))
        // ("…ni siquiera reconocen tenerlo bajo custodia": the custody a denial of holding
        // names is the disappearance's.)
        || (kind == EventType::Detention
            && found
                .iter()
                .any(|t| t.kind == Disappearance && t.last <= i && i <= t.last + 1))
}

/// ("Total de registros: 23 | Siguen detenidos: 17 | Paradero desconocido: 1"): the label of a
/// figure in a line of tallies, opening the stretch or a cell, counts people and tells no one's
/// event. (The figure alone in its cell: not a date, "DETENIDO: 02/08/2024".)
pub(crate) fn tally_label(
    doc: &Doc<'_>,
    (i, last): (usize, usize),
    (from, to): (usize, usize),
) -> bool {
    doc.f(last) == ":"
        && doc.f(last + 1).chars().all(|c| c.is_ascii_digit())
        && !doc.line_break_before(last + 1)
        && (last + 2 >= to || matches!(doc.f(last + 2), "|" | "·" | ";"))
        && (i == from
            || matches!(doc.f(i - 1), "|" | "·" | ";" | "/")
            || crate::count_words::parse_number(doc, i - 1).is_some())
}

/// "not been told where he is held", "refused to confirm where she is being held", "no saben
/// dónde está detenido": the custody of a question of whereabouts is the disappearance's, no
/// detention of its own.
fn where_unknown(doc: &Doc<'_>, i: usize) -> bool {
    // (Asked, not a relative clause: "dónde" with its accent, a "where" after no comma; not
    // "…Hlybokaye, where he has been held since 2021", "a Yare II, donde sigue recluido".)
    let asked = |k: usize| {
        (doc.f(k) == "where" && doc.f(k.wrapping_sub(1)) != ",")
            || (matches!(doc.f(k), "donde" | "adonde") && doc.tokens[k].text.contains(['ó', 'Ó']))
    };
    (i.saturating_sub(5)..i).any(asked)
        && (i.saturating_sub(12)..i).any(|k| {
            matches!(
                doc.f(k),
                "not"
                    | "no"
                    | "never"
                    | "nobody"
                    | "refused"
                    | "refuse"
                    | "nadie"
                    | "ni"
                    | "sin"
                    | "desconoce"
                    | "desconocen"
            ) || doc.f(k).ends_with("n't")
        })
}
