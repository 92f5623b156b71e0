//! The lead of a list: the event, date and conditions the sentence before it reported without
//! naming anyone, which its items inherit; and the prison an item names.

use crate::clues;
use crate::discourse::{GroupEvent, family};
use crate::gazetteer::{EntryKind, Gazetteer, Hit};
use crate::layout::Layout;
use crate::model::EventType;
use crate::text::Doc;

/// The event a list inherits: of the latest sentence before it that reported an event without
/// naming anyone, its release (the news is about releases), else its first event.
pub(crate) fn lead(groups: &[GroupEvent], layout: &Layout, before: usize) -> Option<GroupEvent> {
    let mut reach = 0;
    let mut si = before;
    let latest = groups.iter().rev().find(|g| g.sentence < before)?;
    while si > latest.sentence {
        si -= 1;
        if !layout.is_noise(si) {
            reach += 1;
        }
    }
    if reach > 6 {
        // Far from any event: the release the article reported last, if not too far.
        return groups
            .iter()
            .rev()
            .take_while(|g| g.sentence + 15 >= before)
            .find(|g| family(g.kind) == EventType::Release && g.certainty.is_none())
            .cloned();
    }
    let same: Vec<&GroupEvent> = groups
        .iter()
        .rev()
        .take_while(|g| g.sentence >= latest.sentence)
        .filter(|g| g.sentence == latest.sentence)
        .collect();
    let mut chosen = same
        .iter()
        .rev()
        .find(|g| family(g.kind) == EventType::Release)
        .or_else(|| same.iter().rev().find(|g| g.kind == EventType::HouseArrest))
        .or_else(|| same.last())
        .map(|g| (*g).clone())?;
    // A lead without a date takes the date of the same event told just before (the headline's).
    if chosen.date.is_none() {
        chosen.date = groups
            .iter()
            .rev()
            .take_while(|g| g.sentence + 8 >= latest.sentence)
            .find(|g| family(g.kind) == family(chosen.kind) && g.date.is_some())
            .and_then(|g| g.date);
    }
    Some(chosen)
}

pub(crate) fn place(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    hits: &[Hit],
    from: usize,
    to: usize,
) -> Option<String> {
    let at = hits.partition_point(|h| h.first < from);
    hits[at..]
        .iter()
        .take_while(|h| h.first < to)
        .filter_map(|h| gazetteer.entry(h.entry))
        .find(|e| e.kind == EntryKind::Facility)
        .map(|e| e.name.clone())
        .or_else(|| clues::place(doc, gazetteer, hits, from, to, from))
}
