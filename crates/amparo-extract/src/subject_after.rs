//! A subject told after its verb, past a long describer: "Ese mismo martes salió de Ramo Verde
//! el mayor de la Guardia Nacional X".

use crate::lexicon::roles;
use crate::slots::{SPEECH, Slot, first_after};
use crate::text::Doc;
use crate::triggers::Trigger;

/// ("Ese mismo martes salió de Ramo Verde el mayor de la Guardia Nacional X", "A medianoche
/// salió también el dirigente de Primero Justicia en Lara, X": the subject after the verb, past
/// a long describer.) With nobody before the verb, the first name within sixteen words, when
/// no clause, quote or speaker stands between and a word of a role does.
pub(crate) fn inverted_subject(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    before: Option<usize>,
    s_last: usize,
) -> Option<usize> {
    // ("Entre los excarcelados del jueves figuran…": a noun of the group, not a verb.)
    let noun = matches!(
        doc.f(t.first.wrapping_sub(1)),
        "los" | "las" | "the" | "those" | "de" | "of" | "unos" | "otros"
    );
    if before.is_some() || noun {
        return None;
    }
    let i = first_after(doc, slots, t.last, 16, s_last)?;
    let between = t.last..slots[i].first;
    let commas = between.clone().filter(|&k| doc.f(k) == ",").count();
    let breaks = between.clone().any(|k| {
        matches!(
            doc.f(k),
            "que" | "quien" | "who" | "that" | "\"" | ":" | ";" | "y" | "and"
        ) || SPEECH.contains(&doc.f(k))
    });
    // (Past a describer of a person: "el mayor…", "el dirigente…"; not a bridge or a region
    // named after someone.)
    let describer = between.clone().any(|k| {
        !roles(doc.f(k)).is_empty()
            || matches!(
                doc.f(k),
                "mayor" | "teniente" | "sargento" | "capitan" | "coronel" | "comisario"
            )
    });
    (commas <= 1 && !breaks && describer).then_some(i)
}
