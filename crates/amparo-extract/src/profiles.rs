//! Profiles of a group under a headline that asks who they are ("Quiénes son los doce presos
//! políticos que el régimen sacó de las cárceles…", "Who are the foreigners freed on Monday?"):
//! each paragraph after the lead that opens with a person ("El sacerdote X, de 58 años, fue
//! detenido en 2024…", "Y, estudiante de Medicina, …") is one of the group, an item of a list
//! whose lead is the sentence before it, so it takes the group's event and date.

use std::ops::Range;

use crate::layout::{Item, Layout};
use crate::line_shapes::{content_start, token_range};
use crate::list_names::name_word;
use crate::surname_first::read_item_name;
use crate::text::Doc;

/// Whether the line of tokens `t` asks who a group is: "Quiénes son los…", "Who are the…".
fn asks_who(doc: &Doc<'_>, t: &Range<usize>) -> bool {
    let k = t.start;
    let plural = matches!(
        (doc.f(k), doc.f(k + 1)),
        ("quienes", "son") | ("who", "are")
    );
    plural && t.end - t.start >= 4
}

/// The name a paragraph's first line opens with, past an article and a role ("El sacerdote X").
fn opening_name(doc: &Doc<'_>, t: &Range<usize>, in_hit: &[bool]) -> Option<Range<usize>> {
    let start = (t.start..t.end.min(t.start + 4)).find(|&k| name_word(doc, k, in_hit))?;
    let lead_in = (t.start..start).all(|k| {
        matches!(doc.f(k), "el" | "la" | "the") || !crate::lexicon::roles(doc.f(k)).is_empty()
    });
    let end = read_item_name(doc, start, t.end, in_hit)?;
    (lead_in && end - start >= 2).then_some(start..end)
}

/// Adds the profiles of a group under a headline that asks who they are, when the text has no
/// other list: one item per paragraph that opens with a person.
pub(crate) fn add(doc: &Doc<'_>, lines: &[Range<usize>], layout: &mut Layout, in_hit: &[bool]) {
    let Some(title) = lines
        .iter()
        .position(|l| !l.clone().all(|si| layout.noise[si]))
    else {
        return;
    };
    if !layout.items.is_empty() || title > 2 || !asks_who(doc, &token_range(doc, &lines[title])) {
        return;
    }
    let para = |li: usize| doc.sentences.get(lines[li].start).map(|s| s.paragraph);
    let mut items = Vec::new();
    for li in title + 1..lines.len() {
        if para(li) == para(li - 1) || lines[li].clone().any(|si| layout.noise[si]) {
            continue;
        }
        let whole = token_range(doc, &lines[li]);
        let t = content_start(doc, &whole)..whole.end;
        let Some(name) = opening_name(doc, &t, in_hit) else {
            continue;
        };
        let mut end = li + 1;
        while end < lines.len() && para(end) == para(li) {
            end += 1;
        }
        items.push(Item {
            sentences: lines[li].start..lines[end - 1].end,
            list: 1,
            names: vec![name],
            ..Item::default()
        });
    }
    if items.len() >= 2 {
        layout.items = items;
    }
}
