//! A list's section head: the short line over a list that names its place, day and terms and
//! tells no event ("ZULIA — Retén de Cabimas, la noche del lunes. Todos con presentación cada
//! 15 días." over "Hombres: • A • B"), whose day and terms are the list's.

use super::ListContext;
use crate::dates::PartialDate;
use crate::triggers;

/// The day and release conditions of the head of the list starting at sentence `si`: the
/// sentences from a line start up to the list, in its paragraph, at most three and thirty words,
/// telling no event, opening on a word in capitals or closing with a colon.
pub(super) fn section_head(
    cx: &ListContext<'_, '_>,
    si: usize,
) -> (Option<PartialDate>, Option<String>) {
    let doc = cx.doc;
    let none = (None, None);
    let Some(paragraph) = doc.sentences.get(si).map(|s| s.paragraph) else {
        return none;
    };
    let mut first = None;
    for s in (si.saturating_sub(3)..si).rev() {
        let sentence = &doc.sentences[s];
        if sentence.paragraph != paragraph
            || cx.layout.is_noise(s)
            || cx.layout.item_of.get(s).copied().flatten().is_some()
        {
            break;
        }
        if sentence.line_start {
            first = Some(s);
            break;
        }
    }
    let Some(first) = first else {
        return none;
    };
    let (from, to) = (doc.sentences[first].first, doc.sentences[si - 1].last);
    let capitals = doc
        .tokens
        .get(from)
        .is_some_and(|t| t.text.chars().count() >= 3 && t.text.chars().all(|c| c.is_uppercase()));
    let colon = doc.f(to.wrapping_sub(1)) == ":";
    if to - from > 30 || !(capitals || colon) || !triggers::find(doc, from, to).is_empty() {
        return none;
    }
    let dates = crate::dates::find(doc, from, to, cx.published);
    let day = match dates.as_slice() {
        [one] => Some(one.date),
        _ => None,
    };
    (day, crate::clues::conditions(doc, from, to))
}

/// The lead of a list whose first line is a header naming its event ("Los trasladados son:"),
/// when the lead found before it told another event ("…y los detenidos viajaron esposados"):
/// the latest dated group event of the header's kind in the eight sentences before, if any
/// (not instead of a release).
pub(super) fn header_lead(
    cx: &ListContext<'_, '_>,
    si: usize,
    groups: &[crate::discourse::GroupEvent],
    lead: Option<&crate::discourse::GroupEvent>,
) -> Option<crate::discourse::GroupEvent> {
    use crate::discourse::family;
    let doc = cx.doc;
    let item = cx.layout.item_of.get(si).copied().flatten()?;
    let item = cx.layout.items.get(item)?;
    let header = item.header.as_ref().filter(|_| item.names.is_empty())?;
    let kind = triggers::find(doc, header.start, header.end)
        .into_iter()
        .find(|t| triggers::modality(doc, t, header.start) != triggers::Modality::NotAnEvent)?
        .kind;
    // (A release before "Los desterrados son:" stays the lead: its leaving abroad goes with it.)
    if lead.is_none_or(|l| {
        family(l.kind) == family(kind) || family(l.kind) == crate::model::EventType::Release
    }) {
        return None;
    }
    groups
        .iter()
        .rev()
        .take_while(|g| g.sentence + 8 >= si)
        .find(|g| {
            g.sentence < si
                && family(g.kind) == family(kind)
                && g.certainty.is_none()
                && g.date.is_some()
        })
        .cloned()
}
