//! The one a court's grant reaches past the terms it sets: "Se ACUERDA la LIBERTAD con régimen
//! de presentación … al ciudadano X".

use crate::text::Doc;

/// ("Se ACUERDA la LIBERTAD con régimen de presentación cada treinta (30) días y prohibición de
/// salida del país al ciudadano X", "otorgó la libertad condicional, con presentación…, a la
/// ciudadana Y"): the one a court's grant of a release or a measure reaches, past the terms it
/// sets, within its clause.
pub(crate) fn granted_past_terms(
    doc: &Doc<'_>,
    slots: &[crate::slots::Slot],
    t: &crate::triggers::Trigger,
    s_last: usize,
) -> Option<usize> {
    use crate::model::EventType::{ConditionalRelease, HouseArrest, Release};
    let granted = |w: &str| {
        [
            "acuerd", "acord", "otorg", "conced", "concedi", "dict", "decret",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    };
    if !(matches!(t.kind, Release | ConditionalRelease | HouseArrest)
        && matches!(doc.f(t.first.wrapping_sub(1)), "la" | "el" | "una" | "un")
        && granted(doc.f(t.first.wrapping_sub(2))))
    {
        return None;
    }
    let to = (t.last..s_last.min(t.last + 30))
        .find(|&k| matches!(doc.f(k), "." | ";" | ":"))
        .unwrap_or(s_last.min(t.last + 30));
    (t.last..to)
        .filter(|&k| matches!(doc.f(k), "a" | "al"))
        .find_map(|k| {
            let mut at = k + 1;
            while matches!(
                doc.f(at),
                "la" | "los" | "las" | "ciudadano" | "ciudadana" | "ciudadanos"
            ) && at < k + 3
            {
                at += 1;
            }
            slots.iter().position(|s| s.first == at)
        })
}

/// ("A la estudiante X se le otorgó una medida cautelar sustitutiva", "Se le otorgó a la
/// estudiante X una medida cautelar", "A X le concedieron…"): the one a verb of granting with a
/// dative clitic gives the measure named at `noun` to, fronted or told before the noun with "a"
/// past at most three describers: their slot.
pub(crate) fn fronted(doc: &Doc<'_>, slots: &[crate::slots::Slot], noun: usize) -> Option<usize> {
    let verb = (noun.saturating_sub(10)..noun).rev().find(|&k| {
        let w = doc.f(k);
        ["otorg", "conced", "concedi", "dict", "acord"]
            .iter()
            .any(|p| w.starts_with(p))
            && doc.f(k.wrapping_sub(1)) == "le"
    })?;
    let dative = |s: &crate::slots::Slot| {
        // (Past a describer's field: "A la estudiante de Educación X".)
        (s.first.saturating_sub(6)..s.first)
            .rev()
            .take_while(|&k| {
                matches!(doc.f(k), "a" | "al")
                    || !doc.tokens[k].capitalised
                    || doc.f(k.wrapping_sub(1)) == "de"
            })
            .any(|k| matches!(doc.f(k), "a" | "al"))
    };
    slots.iter().position(|s| {
        // (Past an age: "A la estudiante X (21) se le otorgó…".)
        let before = s.last < verb
            && verb - 1 - s.last <= 4
            && (s.last..verb - 1)
                .all(|k| matches!(doc.f(k), "se" | "," | "(" | ")") || doc.is_number(k));
        let between =
            s.first > verb && s.last <= noun && (s.last..noun).all(|k| !doc.tokens[k].capitalised);
        (before || between) && dative(s)
    })
}
