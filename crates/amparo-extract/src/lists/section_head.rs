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
