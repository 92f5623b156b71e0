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

/// The end of an attempted arrest starting at token `i` ("intentaron detener", "tried to
/// arrest"), if one starts there.
pub(crate) fn attempted_arrest(doc: &Doc<'_>, i: usize) -> Option<usize> {
    let &(_, link) = TRIED.iter().find(|(w, _)| *w == doc.f(i))?;
    let verb = if link.is_empty() { i + 1 } else { i + 2 };
    if !link.is_empty() && doc.f(i + 1) != link {
        return None;
    }
    let w = doc.f(verb);
    let arrest = ARREST.contains(&w)
        || ARREST.iter().any(|a| {
            w.strip_prefix(a)
                .is_some_and(|c| matches!(c, "lo" | "la" | "los" | "las"))
        });
    arrest.then_some(verb + 1)
}

/// Whether trigger `t` is an arrest tried and not carried out.
pub(crate) fn attempted(doc: &Doc<'_>, t: &crate::triggers::Trigger) -> bool {
    t.kind == crate::model::EventType::Arrest && attempted_arrest(doc, t.first) == Some(t.last)
}
