//! Sentences told by what was given rather than by "condenó"/"sentenced": "recibió 24 años de
//! prisión", "received 20 years each", "was handed a 15-year sentence", "impuso la pena máxima de
//! 30 años de prisión a X".

use crate::text::{Doc, TokenKind};
use crate::triggers::Voice;

/// A verb of receiving or imposing at token `i` with a term of years after it: the trigger's
/// end and its voice (the receiver is the subject; who a judge imposes it on, the object).
pub(crate) fn given_term(doc: &Doc<'_>, i: usize, to: usize) -> Option<(usize, Voice)> {
    let voice = match doc.f(i) {
        "received" | "receives" | "recibio" | "recibieron" | "recibe" | "reciben" => Voice::Passive,
        // ("was handed a 15-year sentence", "were given ten years")
        "handed" | "given" if matches!(doc.f(i.wrapping_sub(1)), "was" | "were") => Voice::Passive,
        "impuso" | "impusieron" | "dicto" | "dictaron" => Voice::Active,
        _ => return None,
    };
    let number = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number)
            || crate::counts::number_word(doc.f(k)).is_some()
    };
    // A number of years, or a sentence's own noun ("la pena máxima", "a 15-year sentence").
    let term = (i + 1..to.min(i + 8)).find(|&k| {
        (number(k) && matches!(doc.f(k + 1), "years" | "year" | "anos" | "-year" | "ano"))
            || matches!(doc.f(k), "sentence" | "pena" | "condena")
    })?;
    Some((term + 1, voice))
}
