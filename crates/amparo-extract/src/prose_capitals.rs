//! Names printed in capitals inside a sentence of lower case ("Journalist ROSA ARGENTINA HUETE
//! was arrested on 2 April", "la periodista ROSA ARGENTINA HUETE fue detenida"), as reports
//! print the names they document: capitals the name finder otherwise takes for an acronym.

use crate::lexicon::{is_given_name, is_not_name, roles};
use crate::surname_first::in_capitals;
use crate::text::{Doc, TokenKind};

/// The end (exclusive, in tokens) of a name in capitals at token `i` of the sentence
/// `first..end`: two to five words in capitals, the first a known given name, after a role or a
/// word in lower case, and lower case after them (not a heading's or a list's capitals).
pub(crate) fn name_end(doc: &Doc<'_>, i: usize, first: usize, end: usize) -> Option<usize> {
    let word = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word);
    if i <= first || !in_capitals(doc, i) || !is_given_name(doc.f(i)) || !word(i - 1) {
        return None;
    }
    let before = &doc.tokens[i - 1];
    if in_capitals(doc, i - 1) || (before.capitalised && roles(&before.folded).is_empty()) {
        return None;
    }
    let mut j = i + 1;
    // ("el sr NELSON GIMÉNEZ NO HA SALIDO", "SIMÓN BOLÍVAR SCHOOL teacher": the name stops at a
    // word that is none, unless a name's word follows it: "ROSA ARGENTINA HUETE".)
    let plain = |k: usize| {
        let f = doc.f(k);
        name_word(doc, k) && (f.chars().count() > 2 || crate::names::PARTICLES.contains(&f))
    };
    let measure =
        |k: usize| crate::word_index::is_event_word(doc.f(k)) || MEASURE.contains(&doc.f(k));
    let take = |k: usize| {
        plain(k) || (k + 1 < end && word(k) && in_capitals(doc, k) && !measure(k) && plain(k + 1))
    };
    while j < end && j - i < 5 && take(j) {
        j += 1;
    }
    // ("…del dirigente vecinal ANSELMO X (52), de Catia": past an age in brackets.)
    let aged = doc.f(j) == "(" && doc.is_number(j + 1) && doc.f(j + 2) == ")";
    let from = if aged { j + 3 } else { j };
    let lower_after = (from..(from + 3).min(end)).any(|k| word(k) && !doc.tokens[k].capitalised);
    (j - i >= 2 && lower_after).then_some(j)
}

/// A measure's words in capitals after a name ("…BRICEÑO LIBERTAD PLENA", "…BRICEÑO PRIVATIVA
/// DE LIBERTAD"): no part of it.
const MEASURE: &[&str] = &[
    "libertad",
    "privativa",
    "plena",
    "medida",
    "detencion",
    "arresto",
];

/// Whether token `k`, a word in capitals, may be a word of a name in capitals: a known surname
/// or given name, or a word that is no common one and that the text never writes in lower case
/// ("…ZERPA UZCÁTEGUI MEDIDA DE ARRESTO" beside "la medida"); no event's word ("JOSÉ PÉREZ
/// DETENIDO") or a measure's.
pub(crate) fn name_word(doc: &Doc<'_>, k: usize) -> bool {
    let Some(t) = doc.tokens.get(k) else {
        return false;
    };
    in_capitals(doc, k)
        && t.kind == TokenKind::Word
        && !crate::word_index::is_event_word(&t.folded)
        && !MEASURE.contains(&t.folded.as_str())
        && (crate::lexicon::is_surname(&t.folded)
            || is_given_name(&t.folded)
            || (!is_not_name(&t.folded) && !doc.lower_elsewhere(&t.folded)))
}
