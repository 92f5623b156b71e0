//! A motive told of a case: "a reprisal", "politically motivated", "se trata de una venganza", "a
//! provocation" — unless denied.

use crate::text::{Doc, Sentence};

/// The words of the state's own speakers.
const STATE: &[&str] = &[
    "police",
    "policia",
    "authorities",
    "autoridades",
    "government",
    "gobierno",
    "prosecutor",
    "prosecutors",
    "fiscalia",
    "ministry",
];

/// Whether sentence `s` calls a case political or a reprisal ("a reprisal", "politically
/// motivated", "se trata de una venganza", "a provocation"). Not when it denies it: "His case is
/// not politically motivated" in a group's note; by the state, only of a violent crime
/// (`violent`): "Police said his case is not politically motivated" of drug charges disputes it.
pub(crate) fn told_political(doc: &Doc<'_>, s: &Sentence, violent: bool) -> bool {
    (s.first..s.last).any(|k| {
        let f = doc.f(k);
        [
            "retaliat",
            "represali",
            "reprisal",
            "politically",
            "venganz",
        ]
        .iter()
        .any(|p| f.starts_with(p))
            || matches!(f, "provocation" | "provocacion")
    }) && !(s.first..s.last).any(|k| {
        doc.f(k) == "politically"
            && crate::crime_words::politics_denied(doc, k)
            && (violent || !state_among(doc, s.first, k))
    })
}

/// Whether one of the state's speakers is named in tokens `a..b` ("police", "la Fiscalía").
pub(crate) fn state_among(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|j| STATE.contains(&doc.f(j)))
}

/// Whether one of the state's speakers speaks in tokens `a..b`: "dice la policía", "la Fiscalía
/// aseguró" (not "fue citado a declarar en la Fiscalía").
pub(crate) fn state_says(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|j| {
        STATE.contains(&doc.f(j))
            && (j.saturating_sub(3)..(j + 3).min(b))
                .any(|k| crate::slots::SPEECH.contains(&doc.f(k)))
    })
}
