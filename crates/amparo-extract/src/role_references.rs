//! Definite descriptions of someone named before ("the retired general", "la activista", "the
//! union leader"): the person last named with the description's head word.

use crate::slots::Slot;
use crate::text::Doc;

/// Definite descriptions of a person named before ("the retired general", "la activista", "the
/// union leader"): a slot for the person last named with the description's head word, when the
/// description is not followed by a name of its own.
pub fn role_references(
    doc: &Doc<'_>,
    a: usize,
    b: usize,
    slots: &[Slot],
    f: &crate::discourse::Findings,
) -> Vec<Slot> {
    let mut out = Vec::new();
    for k in a..b {
        if !matches!(doc.f(k), "the" | "el" | "la")
            || slots.iter().any(|s| s.first <= k && k < s.last)
        {
            continue;
        }
        let mut end = k + 1;
        while end < b && end < k + 4 && is_describer(doc.f(end)) {
            end += 1;
        }
        let head = doc.f(end.saturating_sub(1));
        // ("el dirigente campesino Hipólito X": a name past a word or two that describe.)
        let named_next = doc.tokens.get(end).is_some_and(|t| t.capitalised)
            || slots.iter().any(|s| {
                s.first > end
                    && s.first <= end + 2
                    && (end..s.first).all(|j| {
                        doc.tokens[j].kind == crate::text::TokenKind::Word
                            && !doc.tokens[j].capitalised
                            && (is_describer(doc.f(j)) || adjective_like(doc.f(j)))
                    })
            });
        if end == k + 1 || named_next || (head.ends_with('s') && !head.ends_with("ss")) {
            continue;
        }
        // ("el dirigente sindical X … El sindicalista fue detenido": the trade's adjective.)
        let trade = head.strip_suffix("ista");
        let person = (0..f.descriptors.len())
            .filter(|&e| {
                f.descriptors[e]
                    .iter()
                    .any(|w| w == head || trade == Some(w.as_str()))
            })
            .filter(|&e| !f.high_office.get(e).copied().unwrap_or(false))
            .max_by_key(|&e| f.last_seen.get(e).copied().unwrap_or(0));
        if let Some(entity) = person {
            out.push(Slot {
                first: k,
                last: end,
                entity,
            });
        }
    }
    out
}

/// A lowercase word shaped like a Spanish or English adjective of a role ("campesino",
/// "sindical", "estudiantil", "comunitaria", "regional"): not a function word or a verb.
pub(crate) fn adjective_like(w: &str) -> bool {
    w.chars().count() > 4
        && [
            "ino", "ina", "al", "ar", "il", "ico", "ica", "ano", "ana", "ense", "ista", "ario",
            "aria",
        ]
        .iter()
        .any(|x| w.ends_with(x))
}

fn is_describer(w: &str) -> bool {
    !crate::lexicon::roles(w).is_empty()
        || crate::lexicon::is_np_word(w)
            && !matches!(
                w,
                "the" | "el" | "la" | "a" | "an" | "un" | "una" | "and" | "y" | "of" | "de" | "del"
            )
        || matches!(
            w,
            "general"
                | "leader"
                | "lider"
                | "dirigente"
                | "sindicalista"
                | "ambiental"
                | "veteran"
                | "defendant"
                | "acusado"
                | "acusada"
        )
}
