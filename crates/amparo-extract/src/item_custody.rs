//! A list item or a table row that names a prison beside its one person ("- Ana Pérez,
//! periodista, detenida desde agosto de 2024 en El Helicoide.", "Ana Pérez | 52 | 15/12/2024 |
//! El Helicoide | diabetes", "- Luis Rojas (Tocorón)"): the person was held there. Lists of
//! prisoners print where each one is held; that custody is an event of its own (`detention`),
//! beside the arrest and the release the item may tell.

use crate::gazetteer::{EntryKind, Gazetteer, Hit};
use crate::layout::Layout;
use crate::persons::MentionRef;
use crate::text::Doc;

/// Per entity: the prison, as written, and the sentence of the one-person list item that names
/// it beside the entity, if any.
pub(crate) fn item_prisons(
    doc: &Doc<'_>,
    layout: &Layout,
    hits: &[Hit],
    gazetteer: &Gazetteer,
    mentions: &[MentionRef],
    entities: usize,
) -> Vec<Option<(String, usize)>> {
    let mut out = vec![None; entities];
    for m in mentions {
        let Some(slot) = out.get_mut(m.entity).filter(|s| s.is_none()) else {
            continue;
        };
        let Some(item) = layout
            .item_of
            .get(m.sentence)
            .copied()
            .flatten()
            .and_then(|i| layout.items.get(i))
        else {
            continue;
        };
        let own = item.names.len() == 1
            && item
                .names
                .first()
                .is_some_and(|r| r.start <= m.first && m.last <= r.end.max(m.last));
        if !own {
            continue;
        }
        let (Some(first), Some(last)) = (
            doc.sentences.get(item.sentences.start).map(|s| s.first),
            item.sentences
                .end
                .checked_sub(1)
                .and_then(|s| doc.sentences.get(s))
                .map(|s| s.last),
        ) else {
            continue;
        };
        let prison = hits.iter().find(|h| {
            first <= h.first
                && h.last <= last
                && gazetteer
                    .entry(h.entry)
                    .is_some_and(|e| e.kind == EntryKind::Facility)
        });
        if let Some(h) = prison
            && let (Some(a), Some(b)) = (doc.tokens.get(h.first), doc.tokens.get(h.last - 1))
        {
            let sentence = doc
                .sentences
                .partition_point(|s| s.last <= h.first)
                .min(doc.sentences.len().saturating_sub(1));
            *slot = Some((doc.text[a.start..b.end].to_string(), sentence));
        }
    }
    out
}
