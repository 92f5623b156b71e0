//! An arrest tried and not carried out: "intentaron detener en Puerto La Cruz al activista X",
//! "Police tried to arrest activist X at his home", "trataron de capturarlo".

use crate::text::Doc;

/// Verbs of trying, and what follows them before the arrest's verb.
const TRIED: &[(&str, &str)] = &[
    ("intentaron", ""),
    ("intento", ""),
    ("intentaban", ""),
    ("trataron", "de"),
    ("trato", "de"),
    ("tried", "to"),
    ("attempted", "to"),
];

/// Arrest verbs in the infinitive (a clitic may be fused: "detenerlo", "capturarla").
const ARREST: &[&str] = &[
    "detener",
    "arrestar",
    "capturar",
    "aprehender",
    "arrest",
    "detain",
    "apprehend",
];

/// Words that deny the trying ("Nadie intentó detenerlo", "never tried to arrest him").
const DENIED: &[&str] = &[
    "no", "nunca", "jamas", "nadie", "ningun", "ninguna", "tampoco", "ni", "never", "nobody",
    "not", "n't",
];

/// The end of an attempted arrest starting at token `i` ("intentaron detener", "tried to
/// arrest"), and whether a clitic fused to the verb names the one it was tried on; only when
/// the trying is not denied and the one it was tried on is a person: a clitic, a pronoun, a
/// name or a person's role ("al activista X", "student X"), not a thing or a group of others
/// ("detener la marcha", "the man who attacked X", "a los funcionarios que…").
pub(crate) fn attempted_arrest(doc: &Doc<'_>, i: usize) -> Option<(usize, bool)> {
    let &(_, link) = TRIED.iter().find(|(w, _)| *w == doc.f(i))?;
    let verb = if link.is_empty() { i + 1 } else { i + 2 };
    let first = doc.sentence_at(i).map_or(i, |s| s.first);
    if (!link.is_empty() && doc.f(i + 1) != link)
        || (first.max(i.saturating_sub(4))..i).any(|k| DENIED.contains(&doc.f(k)))
    {
        return None;
    }
    let w = doc.f(verb);
    let clitic = ARREST.iter().any(|a| {
        w.strip_prefix(a)
            .is_some_and(|c| matches!(c, "lo" | "la" | "los" | "las"))
    });
    if clitic {
        return Some((verb + 1, true));
    }
    if !ARREST.contains(&w) {
        return None;
    }
    // (Not an official by title: "tried to arrest Mayor X".)
    let person = |k: usize| {
        let t = doc.tokens.get(k);
        !crate::offices::is_official(doc.f(k))
            && (t.is_some_and(|t| t.capitalised && t.kind == crate::text::TokenKind::Word)
                || matches!(doc.f(k), "him" | "her" | "them")
                || !crate::lexicon::roles(doc.f(k)).is_empty())
    };
    // (Spanish, past a place: "detener en Puerto La Cruz al activista X".)
    let object = (verb + 1..verb + 7)
        .take_while(|&k| !matches!(doc.f(k), "." | "," | ";"))
        .find(|&k| matches!(doc.f(k), "a" | "al"))
        .map_or(verb + 1, |k| {
            k + 1 + usize::from(matches!(doc.f(k + 1), "la" | "el" | "los" | "las"))
        });
    // ("a nuestro diputado suplente X", "their pastor, the Rev. X": a possessive before the role.)
    let object = object
        + usize::from(
            matches!(
                doc.f(object),
                "nuestro" | "nuestra" | "su" | "our" | "their" | "his" | "her" | "the"
            ) && !person(object),
        );
    person(object).then_some((verb + 1, false))
}

/// Whether trigger `t` is an arrest tried and not carried out.
pub(crate) fn attempted(doc: &Doc<'_>, t: &crate::triggers::Trigger) -> bool {
    t.kind == crate::model::EventType::Arrest
        && attempted_arrest(doc, t.first).is_some_and(|(last, _)| last == t.last)
}
