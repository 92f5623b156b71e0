//! A list's status after a colon ("Leonel Ruiz y Yohan Paz: privativa de libertad.", "Ramón
//! Cedeño: arresto domiciliario."): the event of the names before it, which a speaker's label
//! ("MORALES: Arrested in 2019, right?") and a headline's quote are not.

use crate::coordination::list_around;
use crate::slots::Slot;
use crate::text::{Doc, TokenKind};
use crate::triggers::Trigger;

/// "Ana Rivas: excarcelada con régimen de presentación.", "A y B: privativa de libertad.": after
/// a colon, an event's words (maybe after "bajo", "con", "en", "la", "medida") and nothing but
/// their place, date or terms up to the sentence's stop or the line's end: no comma, no question
/// ("Harriet Quill: Detained in Minsk, journalists wait…", "MORALES: Arrested in 2019, right?").
/// A list's status, which a speaker's label and a headline's quote are not.
pub(crate) fn colon_status(doc: &Doc<'_>, colon: usize) -> Option<Trigger> {
    let from = colon + 1;
    let t = crate::triggers::find(doc, from, (from + 6).min(doc.tokens.len()))
        .into_iter()
        .next()?;
    // (And a term's number: "X: 30 años de prisión por traición a la patria.")
    if !(from..t.first)
        .all(|k| matches!(doc.f(k), "medida" | "con" | "bajo" | "en" | "la") || doc.is_number(k))
    {
        return None;
    }
    // (A term's crimes may run on: "30 años de prisión por traición a la patria, conspiración y
    // rebelión militar.")
    let term = t.kind == crate::model::EventType::Sentence && doc.f(t.first) == "anos";
    // (So may a release's terms: "X: excarcelada el jueves con régimen de presentación cada ocho
    // días ante el Tribunal Tercero de Control.")
    let terms = crate::discourse::family(t.kind) == crate::model::EventType::Release;
    for k in t.last..t.last + if term || terms { 24 } else { 12 } {
        if k >= doc.tokens.len() || doc.line_break_before(k) {
            return Some(t);
        }
        match doc.f(k) {
            "." | ";" => return Some(t),
            "," if term => {}
            "," | "?" | "!" | ":" => return None,
            _ => {}
        }
    }
    None
}

/// "Leonel Ruiz y Yohan Paz: privativa de libertad.", "Ramón Cedeño: arresto domiciliario.": the
/// names that open a sentence, before a colon with a list's status (see [`colon_status`]), are
/// its people; a plural participle needs two of them and no other person named after it
/// ("Tomás Liendo: detenida en Caracas la activista Yelitza Brito", "Rosalba Quintero:
/// excarcelados doce presos").
pub(crate) fn status_after_colon(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    s_first: usize,
    s_last: usize,
) -> Option<Vec<usize>> {
    // (Or a term's dash: "1. ARIEL SOCARRÁS FUENTES (29) — 8 años por sedición".)
    let colon = (t.first.saturating_sub(3).max(s_first)..t.first)
        .rev()
        .find(|&k| {
            doc.f(k) == ":" || (doc.f(k) == "-" && matches!(doc.f(t.first), "anos" | "regimen"))
        })?;
    if colon_status(doc, colon).is_none_or(|c| c.first != t.first) {
        return None;
    }
    if slots.iter().any(|s| s.first >= t.last && s.first < s_last) {
        return None;
    }
    // (The name may carry a short description before the colon: "— Luis Coronel Bastidas,
    // ingeniero civil: 16 años por conspiración.")
    // ("— Osmel Pupo Ricardo, 26 años: 9 años por…", "- A y B (padre e hijo): excarcelados.")
    let described = |s: &Slot| {
        let bracket = doc.f(s.last) == "(" && doc.f(colon - 1) == ")";
        (doc.f(s.last) == "," || bracket)
            && colon - s.last <= 6
            && (s.last + 1..colon - usize::from(bracket)).all(|k| {
                doc.tokens.get(k).is_some_and(|t| {
                    (t.kind == TokenKind::Word && !t.capitalised)
                        || t.kind == TokenKind::Number
                        || t.text == ","
                })
            })
    };
    // (After a dash, the line's own person, not one its description names: "1. ARIEL
    // SOCARRÁS (29), hermano de Yanet Socarrás — 8 años por sedición".)
    let dash = doc.f(colon) == "-";
    let i = if dash {
        slots
            .iter()
            .position(|s| s.first >= s_first && s.last <= colon)?
    } else {
        slots
            .iter()
            .rposition(|s| s.last == colon || (s.last < colon && described(s)))?
    };
    let named = list_around(doc, slots, i);
    let word = doc.f(t.first);
    // (A term's "años" is no plural participle.)
    let plural = (word.ends_with("os") || word.ends_with("as")) && word != "anos";
    if plural && named.len() < 2 {
        return None;
    }
    let first = named.iter().map(|&j| slots[j].first).min()?;
    // (After the item's mark, maybe a rank: "— Teniente coronel (Ej.) Arturo Salcedo Mena:".)
    (s_first..first)
        .all(|k| {
            doc.tokens.get(k).is_some_and(|t| {
                t.kind != TokenKind::Word || crate::abbreviations::rank_word(&t.folded)
            })
        })
        .then_some(named)
}

/// Whether a trigger's words are a term's ("años de prisión", "years in prison").
pub(crate) fn is_term(words: &str) -> bool {
    matches!(
        words,
        "anos de prision"
            | "anos de carcel"
            | "anos de privacion de libertad"
            | "anos por"
            | "years in prison"
            | "years of imprisonment"
            | "years of limitation of freedom"
            | "years of restricted freedom"
            | "years in a penal colony"
    )
}

/// "— Primer teniente Kevin Rondón: 25 años de prisión por conspiración": a term at token `i`
/// is a sentence only as a list's status, after a colon and its number; elsewhere it is a term
/// asked for or risked.
/// (A term held before trial, asked for or awaited is no sentence: "2 años de prisión preventiva
/// sin juicio", "30 años pedidos por la fiscalía", "en espera de audiencia", "2 years in prison
/// without a trial".)
pub(crate) fn term_after_colon(doc: &Doc<'_>, i: usize) -> bool {
    let end = doc.sentence_at(i).map_or(i, |s| s.last);
    // (Or a dash after the item's name or age: "1. ARIEL SOCARRÁS FUENTES (29) — 8 años por
    // sedición — recluido en…".)
    let dash = doc.f(i.wrapping_sub(2)) == "-"
        && doc
            .tokens
            .get(i.wrapping_sub(3))
            .is_some_and(|t| t.text == ")" || (t.capitalised && t.kind == TokenKind::Word));
    doc.is_number(i.wrapping_sub(1))
        && (doc.f(i.wrapping_sub(2)) == ":" || dash)
        && !(i..end.min(i + 12)).any(|k| {
            matches!(
                doc.f(k),
                "preventiva"
                    | "pedidos"
                    | "pedido"
                    | "solicitados"
                    | "solicitado"
                    | "solicitud"
                    | "peticion"
                    | "espera"
                    | "pide"
                    | "piden"
                    | "requested"
                    | "sought"
                    | "pretrial"
                    | "awaiting"
                    | "without"
            )
        })
}
