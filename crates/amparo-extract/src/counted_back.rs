//! A sentence that opens on people by their trade, counted or not ("The two students, arrested
//! during a campus protest…", "Los tres periodistas deberán presentarse…", "Ambos periodistas…",
//! "The students were freed on Sunday"): it is about the last that many the text named with that
//! trade, or, with no count, those of the trade the two sentences before named.

use crate::discourse::Findings;
use crate::references::References;
use crate::slots::Slot;
use crate::text::Doc;

/// The people the trade opening the sentence at token `first` names back, the most recently named
/// first; empty when it opens on none, or the text named fewer (two at least without a count).
pub(crate) fn counted_back(
    doc: &Doc<'_>,
    first: usize,
    refs: &References,
    f: &Findings,
) -> Vec<usize> {
    // ("Ambos periodistas quedaron en libertad": two.)
    let both = matches!(doc.f(first), "ambos" | "ambas" | "both");
    if !both
        && !matches!(
            doc.f(first),
            "the" | "los" | "las" | "these" | "those" | "estos" | "estas" | "esos" | "esas"
        )
    {
        return Vec::new();
    }
    // ("The students were freed on Sunday": with no count, those of the trade the two sentences
    // before named, two at least.)
    let n = if both {
        Some(2)
    } else {
        crate::count_words::number_word(doc.f(first + 1)).filter(|n| (2..=6).contains(n))
    };
    let noun = if both {
        first + 1
    } else {
        first + 1 + usize::from(n.is_some())
    };
    let Some(role) = crate::lexicon::roles(doc.f(noun)).first() else {
        return Vec::new();
    };
    if n.is_none() && !doc.f(noun).ends_with('s') {
        return Vec::new();
    }
    let si = doc.sentence_index(first);
    let since = doc
        .sentences
        .get(si.saturating_sub(2))
        .map_or(0, |s| s.first);
    let before = refs.seen.partition_point(|&(_, k)| k < first);
    let mut who: Vec<usize> = Vec::new();
    for &(e, k) in refs.seen[..before].iter().rev() {
        if n.is_none() && k < since {
            break;
        }
        let fits = f.roles[e].iter().any(|r| r == role)
            && !f.official[e]
            && !f.source[e]
            && !f.relative[e];
        if fits && !who.contains(&e) {
            who.push(e);
            if n.is_some_and(|n| who.len() as u64 == n) {
                return who;
            }
        }
    }
    if n.is_none() && who.len() >= 2 {
        who
    } else {
        Vec::new()
    }
}

/// The people a sentence's conditions are of: those it names, or those its opening count of a
/// trade names back ("The two students … must report to a court every 15 days, their lawyer,
/// X, said").
pub(crate) fn named_or_counted(
    doc: &Doc<'_>,
    first: usize,
    slots: &[Slot],
    refs: &References,
    f: &Findings,
) -> Vec<usize> {
    let counted = counted_back(doc, first, refs, f);
    if counted.is_empty() {
        slots.iter().map(|s| s.entity).collect()
    } else {
        counted
    }
}

/// The slots of the people the trade opening the sentence names back, for a trigger near that
/// opening, whose people they are over any named after it ("The two students, arrested during a
/// campus protest…": the two named before).
pub(crate) fn counted_slots(
    doc: &Doc<'_>,
    t: &crate::triggers::Trigger,
    slots: &mut Vec<Slot>,
    refs: &References,
    f: &Findings,
) -> Vec<usize> {
    let Some(s) = doc.sentence_at(t.first).filter(|s| t.first <= s.first + 6) else {
        return Vec::new();
    };
    let mut who = Vec::new();
    for e in counted_back(doc, s.first, refs, f) {
        slots.push(Slot {
            first: t.first,
            last: t.first,
            entity: e,
        });
        who.push(slots.len() - 1);
    }
    who
}
