//! A participle used as a noun of people at the end of its phrase ("the conditions imposed on
//! the recently freed", "las condiciones de los recién excarcelados."): a group's, no name's.

use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::{Trigger, Voice};

/// The passive participle at `i..last` as a group's trigger when it stands as a noun of people:
/// after "the"/"los"/"las" (past "recently", "newly", "recién"), closing its phrase; not one
/// among them ("X was among the recently freed", "figura entre los recién excarcelados") nor the
/// people "of" a noun.
pub(crate) fn bare_participle_noun(
    doc: &Doc<'_>,
    i: usize,
    last: usize,
    kind: EventType,
    voice: Voice,
) -> Option<Trigger> {
    let mut k = i.wrapping_sub(1);
    if matches!(doc.f(k), "recently" | "newly" | "recien" | "just") {
        k = k.wrapping_sub(1);
    }
    let article = matches!(doc.f(k), "the" | "los" | "las");
    let closed = matches!(doc.f(last), "." | "," | ";" | ":" | ")") || last >= doc.tokens.len();
    // (Nor "la lista de los excarcelados", whose names follow.)
    let among = matches!(doc.f(k.wrapping_sub(1)), "among" | "entre" | "of" | "de");
    // (A participle alone, "freed", "excarcelados"; not "lifted the house arrest;".)
    let w = doc.f(i);
    let participle = last == i + 1
        && ["ed", "do", "da", "dos", "das"]
            .iter()
            .any(|e| w.ends_with(e));
    (voice == Voice::Passive && participle && article && closed && !among).then_some(Trigger {
        first: i,
        last,
        kind,
        voice,
        group_only: true,
    })
}

/// The custody at `i..last` of a large count right before it ("Permanecen 790 presos políticos en
/// el país", "some 800 prisoners held"): a group's tally, no named person's, as a list of the
/// people just named would never count twenty or more here.
pub(crate) fn large_count(
    doc: &Doc<'_>,
    i: usize,
    last: usize,
    kind: EventType,
    voice: Voice,
) -> Option<Trigger> {
    // (In the same sentence: not a table's "TOTAL 777" over "Siguen detenidos, entre otros, X".)
    // (Nor a date's year in a row: "released 20/01/2026   Still in the INOF".)
    let large = doc.sentence_at(i).is_some_and(|s| s.first < i)
        && !matches!(doc.f(i.wrapping_sub(2)), "/" | "-" | "." | "de" | "of")
        && !doc.line_break_before(i)
        && crate::count_words::parse_number(doc, i.wrapping_sub(1)).is_some_and(|n| n >= 20);
    (kind == EventType::Detention && large).then_some(Trigger {
        first: i,
        last,
        kind,
        voice,
        group_only: true,
    })
}
