//! One taken along with another, named before a passive whose subject follows ("Junto a X
//! también fue aprehendido el camarógrafo Y"): not the subject, but sharing the event.

use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Whether the name of `slot` is one taken along with another before the passive of trigger
/// `t`, whose subject follows ("Junto a X también fue aprehendido Y"); not the one a relative
/// clause tells of ("Along with Lucy, who was arrested on June 8, Thomas attended").
pub(crate) fn along_subject(doc: &Doc<'_>, slot: &Slot, t: &Trigger) -> bool {
    crate::companions::along(doc, slot)
        // (Nor one an apposition tells of: "Along with Lucy, arrested on June 8, Thomas…".)
        && !(doc.f(slot.last) == "," && t.first == slot.last + 1)
        && !(slot.last..t.first).any(|k| {
            matches!(
                doc.f(k),
                "who" | "whom" | "which" | "que" | "quien" | "quienes"
            )
        })
}

/// ("Junto a X también fue aprehendido Y"): the ones the sentence opens along with, before the
/// passive of trigger `t` whose subject follows it; they share its event.
pub(crate) fn fronted(doc: &Doc<'_>, slots: &[Slot], t: &Trigger, s_last: usize) -> Vec<usize> {
    (0..slots.len())
        .filter(|&j| slots[j].last <= t.first && along_subject(doc, &slots[j], t))
        .filter(|&j| {
            // (The sentence opening on the cue: not "X, detenido junto a Samuel en agosto, pasó a
            // arresto domiciliario".)
            let opens = doc.sentence_at(slots[j].first).is_some_and(|s| {
                (1..=2).any(|n| {
                    s.first + n == slots[j].first
                        && crate::companions::cue_at(doc, s.first) == Some(n)
                })
            });
            opens
                && (t.last..s_last).any(|k| slots.iter().any(|s| s.first == k))
                && matches!(t.voice, crate::triggers::Voice::Passive)
        })
        .collect()
}
