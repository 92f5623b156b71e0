//! Summoned and let go: "The rapper X was summoned to the Ministry of Intelligence and questioned
//! for five hours. He was allowed to go home", "citado a la delegación policial, … regresó a su
//! casa esa misma tarde": one questioned and sent home was never held, and going home is no
//! release. And a release order never served frees no one.

use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::Trigger;

const SUMMONED: &[&str] = &[
    "summoned",
    "citado",
    "citada",
    "citados",
    "citadas",
    "convocado",
    "convocada",
    // ("A la diputada X la citaron al CICPC el martes")
    "citaron",
];

/// Drops the plain releases of a sentence that follows, or tells, a summons, when no arrest or
/// custody is told there or in the sentence before it.
pub(crate) fn drop_release_after_summons(doc: &Doc<'_>, trig: &mut Vec<Trigger>) {
    let Some(first) = trig.first().map(|t| t.first) else {
        return;
    };
    let si = doc.sentence_index(first);
    let from = doc
        .sentences
        .get(si.saturating_sub(1))
        .map_or(0, |s| s.first);
    let to = doc.sentences.get(si).map_or(first, |s| s.last);
    // (Not "los familiares se habían citado en el estacionamiento": met of their own accord.)
    let here = doc.sentences.get(si).map_or(first, |s| s.first);
    // ("acudió el lunes de manera voluntaria a declarar como testigo y regresó a su casa":
    // heard as a witness in the release's own sentence too.)
    let summons_at = |k: usize| {
        SUMMONED.contains(&doc.f(k)) && !(k.saturating_sub(2)..k).any(|j| doc.f(j) == "se")
            || k >= here
                && matches!(doc.f(k), "testigo" | "witness")
                && matches!(doc.f(k - 1), "como" | "as" | "a")
    };
    let summoned = (from..to).any(summons_at);
    // (A summons in the release's own sentence is weighed against that sentence alone: "X was
    // detained in Vitebsk on Tuesday. … Y was summoned …, questioned as a witness, and allowed
    // to go home.")
    // (Only a release told after it there: "X, quien había sido excarcelado con régimen de
    // presentación, fue citado por la fiscalía" keeps the release told before.)
    let summons_here = (here..to).find(|&k| summons_at(k));
    let from = if summons_here.is_some() { here } else { from };
    // (Not an arrest the sentence denies: "La Fiscalía desmintió que X haya sido arrestada".)
    let held = trig
        .iter()
        .filter(|t| {
            crate::triggers::modality(doc, t, here) != crate::triggers::Modality::NotAnEvent
        })
        .any(|t| matches!(t.kind, EventType::Arrest | EventType::Detention))
        || (from..first).any(|k| {
            let w = doc.f(k);
            (w.starts_with("arrest") || w.starts_with("detenid") || w.starts_with("detain"))
                && !matches!(doc.f(k.wrapping_sub(1)), "no" | "not" | "quedo")
        });
    if summoned && !held {
        trig.retain(|t| t.kind != EventType::Release || summons_here.is_some_and(|k| t.first < k));
    }
}

/// A release order ("boleta de excarcelación") in a sentence that says its people are still held
/// ("Siguen detenidos en Tocorón, pese a que recibieron boletas de excarcelación: A y B") was
/// never carried out: no release.
pub(crate) fn drop_unserved_orders(doc: &Doc<'_>, trig: &mut Vec<Trigger>) {
    // (Held still, not merely "detenido desde 2019": "Siguen detenidos", "permanece en".)
    let still = trig.iter().any(|t| {
        t.kind == EventType::Detention
            && (t.first.saturating_sub(2)..=t.first)
                .any(|k| crate::held_now::STILL.contains(&doc.f(k)))
    });
    // ("…tienen boletas de excarcelación sin ejecutar", "release orders not carried out": an
    // order told unserved in its own words.)
    let unserved = |t: &Trigger| {
        (t.last..t.last + 4).any(|k| {
            (matches!(doc.f(k), "sin" | "not")
                && matches!(doc.f(k + 1), "ejecutar" | "cumplir" | "carried"))
                || matches!(doc.f(k), "unexecuted" | "unserved")
        })
    };
    // ("X tiene en la mano una copia arrugada de una boleta de excarcelación": a paper shown,
    // not a release.)
    // ("su abogado entregó la boleta de excarcelación en El Helicoide": a paper delivered.)
    let paper = |t: &Trigger| {
        (t.first.saturating_sub(6)..t.first).any(|k| {
            matches!(
                doc.f(k),
                "copia" | "copias" | "mano" | "manos" | "copy" | "hand"
            )
        }) || (t.first.saturating_sub(3)..t.first).any(|k| {
            matches!(
                doc.f(k),
                "entrego" | "entregaron" | "consigno" | "consignaron" | "presento" | "presentaron"
            )
        })
    };
    trig.retain(|t| {
        !(t.kind == EventType::Release
            && matches!(doc.f(t.first), "boleta" | "boletas")
            && (still || unserved(t) || paper(t)))
    });
}
