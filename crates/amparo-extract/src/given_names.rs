//! A person named again by the given name alone ("Alirio José Contreras … Alirio también fue
//! liberado", "Sebastián: varios compañeros vieron cuando lo subieron a una camioneta"): a
//! mention of the one person named before whose name opens with it.

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
    let inside = |k: usize| {
        mentions.iter().any(|m| m.first <= k && k < m.last)
            || hits.iter().any(|h| h.first <= k && k < h.last)
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
    let mut out = Vec::new();
    for (k, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word
            || !t.capitalised
            || word(k + 1)
            || (k > 0 && word(k - 1))
            || inside(k)
            || !name_like(doc.f(k))
        {
            continue;
        }
        let mut owners = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.words.len() >= 2 && e.words[0] == doc.f(k));
        let (Some((e, _)), None) = (owners.next(), owners.next()) else {
            continue;
        };
        // (Named in full before: "Alirio" after "Alirio José Contreras".)
        if !mentions.iter().any(|m| m.entity == e && m.last <= k) {
            continue;
        }
        let Some(sentence) = doc
            .sentences
            .iter()
            .position(|s| s.first <= k && k < s.last)
        else {
            continue;
        };
        out.push(MentionRef {
            first: k,
            last: k + 1,
            entity: e,
            sentence,
        });
    }
    out
}
