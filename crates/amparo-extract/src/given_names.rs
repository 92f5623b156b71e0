//! A person named again by the given name alone ("Alirio José Contreras … Alirio también fue
//! liberado", "Sebastián: varios compañeros vieron cuando lo subieron a una camioneta"): a
//! mention of the one person named before whose name opens with it; and "Mar", a month's
//! abbreviation, read as a given name inside a name.

use std::collections::HashMap;

use crate::gazetteer::Hit;
use crate::persons::{Entity, MentionRef};
use crate::text::{Doc, TokenKind};

/// The mentions the text makes by a given name alone, after the full name: each of a word like a
/// given name, capitalised, standing alone (no capitalised word beside it), inside no other
/// mention or gazetteer name, and the first word of the name of exactly one person the text has
/// already named in full.
pub(crate) fn alone(
    doc: &Doc<'_>,
    entities: &[Entity],
    mentions: &[MentionRef],
    hits: &[Hit],
) -> Vec<MentionRef> {
    // (Mentions and hits are sorted and disjoint: the last one starting at or before `k` is the
    // only one that can hold it.)
    let inside = |k: usize| {
        let m = mentions.partition_point(|m| m.first <= k);
        let h = hits.partition_point(|h| h.first <= k);
        (m > 0 && k < mentions[m - 1].last) || (h > 0 && k < hits[h - 1].last)
    };
    let word = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
    };
    // (A known given name, or a word of four letters or more that is no common word.)
    let name_like = |f: &str| {
        crate::lexicon::is_given_name(f)
            || (f.chars().count() >= 4
                && !crate::lexicon::is_not_name(f)
                && !crate::lexicon::is_np_word(f))
    };
    // The one person of each first word, and where each is first named in full.
    let mut owner: HashMap<&str, Option<usize>> = HashMap::new();
    for (e, entity) in entities
        .iter()
        .enumerate()
        .filter(|(_, x)| x.words.len() >= 2)
    {
        owner
            .entry(entity.words[0].as_str())
            .and_modify(|o| *o = None)
            .or_insert(Some(e));
    }
    // ("Darwin Ochoa Pérez … 12/2024 — Pérez recibe una medida cautelar": the one person of each
    // surname, a word after the first that is no given name nor particle.)
    let mut bearer: HashMap<&str, Option<usize>> = HashMap::new();
    for (e, entity) in entities
        .iter()
        .enumerate()
        .filter(|(_, x)| x.words.len() >= 2)
    {
        // (Not a nickname in quotes: "Wilfredo \"Tato\" Ramírez" is not always "Tato".)
        if entity.name.contains('"') || entity.name.contains('“') {
            continue;
        }
        for w in entity.words.iter().skip(1).filter(|w| {
            !crate::lexicon::is_given_name(w) && !crate::names::PARTICLES.contains(&w.as_str())
        }) {
            bearer
                .entry(w.as_str())
                .and_modify(|o| {
                    if *o != Some(e) {
                        *o = None;
                    }
                })
                .or_insert(Some(e));
        }
    }
    let mut named_at = vec![usize::MAX; entities.len()];
    for m in mentions {
        if let Some(at) = named_at.get_mut(m.entity) {
            *at = (*at).min(m.last);
        }
    }
    let mut out = Vec::new();
    for (k, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word
            || !t.capitalised
            || word(k + 1)
            // (A capitalised word of grammar before is none: "DORIS ESCALANTE: A Kevin lo
            // detuvieron el 5 de agosto"; but "And Tomás, there were…" calls the reporter.)
            || (k > 0
                && word(k - 1)
                && !(matches!(doc.f(k - 1), "a" | "al" | "y" | "e" | "con" | "para" | "and")
                    && doc.f(k + 1) != ","))
            || inside(k)
            || !name_like(doc.f(k))
            // (A place of the same word: "deportados desde Trinidad", "en Santiago".)
            || matches!(
                doc.f(k.wrapping_sub(1)),
                "desde" | "en" | "hacia" | "from" | "in" | "to" | "at"
            )
        {
            continue;
        }
        // (Named in full before: "Alirio" after "Alirio José Contreras", "Belisario" after
        // "Gustavo Adolfo Belisario Mena"; not a word that is one person's given name and
        // another's surname.)
        let e = match (owner.get(doc.f(k)), bearer.get(doc.f(k))) {
            (Some(&Some(e)), None) | (None, Some(&Some(e))) => e,
            (Some(&Some(e)), Some(&Some(b))) if e == b => e,
            _ => continue,
        };
        if named_at[e] > k {
            continue;
        }
        let sentence = doc.sentence_index(k);
        if doc.sentences.get(sentence).is_none_or(|s| s.first > k) {
            continue;
        }
        out.push(MentionRef {
            first: k,
            last: k + 1,
            entity: e,
            sentence,
        });
    }
    out
}

/// ("Gleidys Mar Bracho", "Ana del Mar Ríos"): "Mar", a month's abbreviation, is a given name
/// between two words of a name.
pub(crate) fn inner_mar(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    let word = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|t| t.capitalised && t.kind == crate::text::TokenKind::Word)
    };
    doc.f(k) == "mar"
        && k > 0
        && (word(k - 1) || doc.f(k - 1) == "del")
        && word(k + 1)
        && !matches!(
            doc.f(k + 1),
            "caribe" | "verde" | "muerto" | "negro" | "rojo"
        )
}

/// Whether token `k` is no "de"/"del" of a place or a body: another word, or a given name's own
/// ("Gregoria del Valle Linares", "María del Carmen", "José de Jesús").
pub(crate) fn no_place_de(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    !matches!(doc.f(k), "de" | "del")
        || matches!(
            doc.f(k + 1),
            "valle" | "carmen" | "pilar" | "rosario" | "socorro" | "jesus" | "dios"
        )
}
