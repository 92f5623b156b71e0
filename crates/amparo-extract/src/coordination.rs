//! Coordinated people: the list of slots a conjunction joins ("A, B, C and D were freed") and
//! those who share an event "along with", "junto con" the people it names.

use crate::lexicon::{is_np_word, roles};
use crate::relations::RELATIONS;
use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Words that end a coordinated list: verbs of saying, auxiliaries, relative pronouns.
const LIST_BREAKERS: &[&str] = &[
    "said", "says", "told", "dijo", "was", "were", "is", "are", "has", "have", "had", "who",
    "which", "que", "quien", "quienes", "fue", "fueron", "es", "son", "ha", "han", "while",
    "mientras", "but", "pero", "after", "tras", "before", "antes", "when", "cuando", "whose",
    "cuyo", "cuya", ";", ":", "(", ")", "\"",
];

/// Whether the tokens between two slots join them in a list; `Some(true)` when they hold a conjunction.
fn gap(doc: &Doc<'_>, from: usize, to: usize) -> Option<bool> {
    if to <= from {
        // Two slots for one plural pronoun ("Both", "Ambos").
        return Some(true);
    }
    if to - from > 8 {
        return None;
    }
    // "Ana Pérez; Luis Rojas; Marta Salas": a semicolon right between two names lists them.
    let words: Vec<&str> = (from..to).map(|k| doc.f(k)).collect();
    // (No apposition is set off by semicolons: a semicolon joins like a conjunction.)
    if matches!(words.as_slice(), [";"] | [";", "y" | "and" | "e"]) {
        return Some(true);
    }
    // "el exalcalde X; la activista Y, y el periodista Z": a semicolon before the next member's
    // describing words.
    if words.first() == Some(&";")
        && words.len() <= 5
        && words[1..].iter().all(|w| {
            is_np_word(w)
                || !roles(w).is_empty()
                || matches!(*w, "el" | "la" | "the" | "a" | "an" | "y" | "and" | "e")
        })
    {
        return Some(true);
    }
    // "Useche's cousin, Ender Useche": a possessive and a relation between two names make
    // them two people, not a list.
    if words.windows(2).any(|w| w == ["'", "s"]) || words.iter().any(|w| RELATIONS.contains(w)) {
        return None;
    }
    let mut conjunction = false;
    let mut comma = false;
    for k in from..to {
        let f = doc.f(k);
        if LIST_BREAKERS.contains(&f)
            || doc
                .tokens
                .get(k)
                .is_some_and(|t| t.text == "." && k + 1 == to)
        {
            return None;
        }
        conjunction |=
            matches!(f, "and" | "y" | "e" | "&") || (f == "as" && doc.f(k + 1) == "well");
        comma |= f == ",";
    }
    (conjunction || comma).then_some(conjunction)
}

/// The coordinated list that contains slot `at` (indices into `slots`, in order). A list is
/// only a list when a conjunction joins its last member ("A, B and C"); "A, B," is an apposition.
pub fn list_around(doc: &Doc<'_>, slots: &[Slot], at: usize) -> Vec<usize> {
    let mut lo = at;
    while lo > 0 && gap(doc, slots[lo - 1].last, slots[lo].first).is_some() {
        lo -= 1;
    }
    let mut hi = at;
    while hi + 1 < slots.len() && gap(doc, slots[hi].last, slots[hi + 1].first).is_some() {
        hi += 1;
    }
    if hi > lo && gap(doc, slots[hi - 1].last, slots[hi].first) == Some(true) {
        (lo..=hi).collect()
    } else {
        vec![at]
    }
}

/// Who shares an event "along with", "together with", "junto con" the people it names: "X was
/// arrested along with her lawyer, Y", "fue detenido junto a su abogado, Y, y al chofer Z".
pub fn companions(doc: &Doc<'_>, slots: &[Slot], t: &Trigger, s_last: usize) -> Vec<usize> {
    let Some(cue) = (t.last..s_last.min(t.last + 14)).find(|&k| {
        doc.matches_at(k, "along with")
            || doc.matches_at(k, "together with")
            || matches!(doc.f(k), "alongside")
            || (doc.f(k) == "junto" && matches!(doc.f(k + 1), "con" | "a" | "al"))
    }) else {
        return Vec::new();
    };
    let mut k = cue + if doc.f(cue) == "alongside" { 1 } else { 2 };
    let reach = k + 6;
    while k < s_last.min(reach) {
        let f = doc.f(k);
        let describer = matches!(
            f,
            "," | "su"
                | "sus"
                | "his"
                | "her"
                | "their"
                | "el"
                | "la"
                | "los"
                | "las"
                | "the"
                | "a"
                | "al"
        ) || RELATIONS.contains(&f)
            || !roles(f).is_empty()
            || is_np_word(f);
        if !describer {
            break;
        }
        k += 1;
    }
    match slots.iter().position(|s| s.first == k) {
        Some(i) => list_around(doc, slots, i),
        None => Vec::new(),
    }
}
