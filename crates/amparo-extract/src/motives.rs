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
            && crate::out_of_scope::politics_denied(doc, k)
            && (violent || !(s.first..k).any(|j| STATE.contains(&doc.f(j))))
    })
}
