//! The one who frees, pardons or jails a counted group acts on it: "Lukashenka has pardoned twelve
//! people", "Daniel Ortega freed 47 prisoners", "Lukashenko indultó a 25 condenados". The people
//! named before such a verb are none of those it befell.

use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers::{Trigger, Voice};

/// Drops from `who` (indices of `slots`) the people named before a trigger whose object is a
/// counted group: an English past form with no auxiliary of the passive before it, a count of
/// people right after ("pardoned twelve people", "freed at least 47 prisoners"); or a participle
/// that is itself the noun of a counted group an active verb acts on ("indultó a 25 condenados";
/// not "la lista de 40 excarcelados", which may hold the one named, nor "Los cuatro detenidos en
/// 2024", which takes up those named before).
pub(crate) fn counted_object(doc: &Doc<'_>, t: &Trigger, slots: &[Slot], who: &mut Vec<usize>) {
    if who.is_empty() || t.voice != Voice::Passive || t.last != t.first + 1 {
        return;
    }
    let w = doc.f(t.first);
    let prev = doc.f(t.first.wrapping_sub(1));
    // (A past form, no passive: "has pardoned", "freed"; not "was freed", "those freed".)
    let past_form = (w.ends_with("ed") || w == "freed")
        && t.first > 0
        && !crate::triggers::PASSIVE_AUX.contains(&prev)
        && !matches!(
            prev,
            "get" | "gets" | "getting" | "those" | "who" | "the" | "and" | ","
        );
    let counted_after = || {
        let mut k = t.last;
        if doc.matches_at(k, "at least") || doc.matches_at(k, "more than") {
            k += 2;
        }
        crate::count_words::count_at(doc, k)
            && (k + 1..k + 4).any(|j| crate::count_words::PEOPLE.contains(&doc.f(j)))
    };
    // (The participle as a noun after a count: "indultó a 25 condenados".)
    let noun_of_count = crate::count_words::count_at(doc, t.first.wrapping_sub(1))
        && doc.f(t.first.wrapping_sub(2)) == "a"
        && w.ends_with('s');
    if (past_form && counted_after()) || noun_of_count {
        who.retain(|&j| slots[j].first >= t.last);
    }
}
