//! The subject a Spanish clause leaves out after a semicolon: "El ingeniero X obtuvo el
//! sobreseimiento de su causa el lunes; salió de Rodeo I esa misma tarde" — the one person the
//! clause before named.

use crate::persons::MentionRef;
use crate::slots::Slot;
use crate::text::Doc;

/// Verbs in the third person singular that open a clause with no subject of their own.
const OPENERS: &[&str] = &[
    "salio",
    "murio",
    "fue",
    "quedo",
    "permanece",
    "sigue",
    "paso",
];

/// For each semicolon of sentence `a..b` followed by such a verb, a slot right before the verb
/// for the one person named before the semicolon (not a relative), when no one is named
/// between the semicolon and the verb.
pub(crate) fn after_semicolon(
    doc: &Doc<'_>,
    ms: &[&MentionRef],
    a: usize,
    b: usize,
    relative: &[bool],
) -> Vec<Slot> {
    let mut out = Vec::new();
    for c in a..b.saturating_sub(1) {
        if doc.f(c) != ";" || !OPENERS.contains(&doc.f(c + 1)) {
            continue;
        }
        let mut before: Vec<usize> = ms
            .iter()
            .filter(|m| m.last <= c && m.first >= a)
            .map(|m| m.entity)
            .collect();
        before.dedup();
        if let [e] = before.as_slice()
            && !relative.get(*e).copied().unwrap_or(false)
        {
            out.push(Slot {
                first: c + 1,
                last: c + 1,
                entity: *e,
            });
        }
    }
    out
}
