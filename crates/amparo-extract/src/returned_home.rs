//! Foreigners who were held and went home ("Seis colombianos que estaban presos en Venezuela
//! regresaron este domingo al país por el puente", "three Colombians who had been jailed in
//! Venezuela returned home on Sunday"): freed and sent out of the country that held them.

use crate::text::Doc;

/// Whether the verb of returning at token `i` tells foreigners held in the sentence before it went
/// home: a return to "the country", "their country" or "home", after a relative clause of their
/// custody ("que estaban presos", "who had been jailed") and a nationality not the text's. The
/// token reading goes on from.
pub(crate) fn returned_home(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    if !matches!(
        doc.f(i),
        "regresaron"
            | "volvieron"
            | "retornaron"
            | "regreso"
            | "volvio"
            | "retorno"
            | "returned"
            | "went"
    ) {
        return None;
    }
    // (Not the noun: "tras su regreso al país".)
    if matches!(
        doc.f(i.wrapping_sub(1)),
        "su" | "el" | "del" | "al" | "un" | "tras"
    ) {
        return None;
    }
    // (Past a day between: "regresaron este domingo al país".)
    let home = (i + 1..to.min(i + 5)).find(|&k| {
        doc.matches_at(k, "al pais")
            || doc.matches_at(k, "a su pais")
            || doc.matches_at(k, "to their country")
            || doc.f(k) == "home"
    })?;
    let s = doc.sentence_at(i)?;
    // (Held where the text's country is not: "Colombian activist X, who was jailed in Bogotá
    // …, returned home to Cali" went home within her own country.)
    let held_abroad = |j: usize| {
        (j + 1..(j + 4).min(i)).any(|k| {
            matches!(doc.f(k), "en" | "in") && crate::abroad_words::ABROAD.contains(&doc.f(k + 1))
        })
    };
    let held = (s.first..i).any(|k| {
        matches!(doc.f(k), "que" | "who")
            && (k + 1..(k + 5).min(i)).any(|j| {
                matches!(
                    doc.f(j),
                    "presos"
                        | "presas"
                        | "preso"
                        | "presa"
                        | "detenido"
                        | "detenida"
                        | "encarcelado"
                        | "encarcelada"
                        | "detenidos"
                        | "detenidas"
                        | "encarcelados"
                        | "jailed"
                        | "held"
                        | "imprisoned"
                        | "detained"
                ) && !held_abroad(j)
            })
    });
    (held && crate::abroad_words::foreigners_told(doc, i)).then_some(home + 2)
}
