//! Custody told as holding or as past: whether a custody "since" a date still holds as of the
//! publication, whether a state is told in the past, and the custody held now that a release told
//! anywhere in the text ends.

use crate::dates::DateMention;
use crate::discourse::Findings;
use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::{self, Trigger};

/// Whether a custody since a date is told as holding still ("held at Rodeo I since September
/// 2025", "recluidos en El Helicoide desde el año pasado"): said in the present — "has been
/// held", "permanece detenido", "siguen detenidos" — or with the place — "held at Rodeo I
/// since…"; a bare "detenido desde 2020" beside a name only says since when. `a` is the
/// sentence's first token; `date_owner` pairs triggers of `trig` with their dates.
pub(crate) fn told_as_holding(
    doc: &Doc<'_>,
    t: &Trigger,
    a: usize,
    trig: &[Trigger],
    date_owner: &[(usize, DateMention)],
) -> bool {
    let present = (t.first.saturating_sub(3).max(a)..t.first).any(|k| {
        matches!(
            doc.f(k),
            "has"
                | "have"
                | "is"
                | "are"
                | "remains"
                | "remain"
                | "still"
                | "sigue"
                | "siguen"
                | "permanece"
                | "permanecen"
                | "esta"
                | "estan"
                | "continua"
                | "continuan"
                | "encuentra"
                | "encuentran"
                | "lleva"
                | "llevan"
        )
    });
    let placed = date_owner
        .iter()
        .filter(|(ti, d)| trig.get(*ti) == Some(t) && d.since)
        .any(|(_, d)| (t.last..d.first).any(|k| matches!(doc.f(k), "en" | "in" | "at" | "there")));
    present || placed
}

/// Whether the words before a custody state put it in the past ("estuvo en", "pasó catorce meses
/// en", "was held", "had been held"), up to five words back within the sentence.
pub(crate) fn past_state(doc: &Doc<'_>, t: &triggers::Trigger, sentence_first: usize) -> bool {
    let window = t.first.saturating_sub(5).max(sentence_first)..=t.first;
    // "said that he was still in Tocuyito": still held as the text is told.
    let still = window.clone().any(|k| {
        matches!(
            doc.f(k),
            "still"
                | "remains"
                | "remain"
                | "remained"
                | "sigue"
                | "siguen"
                | "seguia"
                | "permanece"
                | "permanecen"
                | "continua"
                | "aun"
                | "todavia"
        )
    });
    !still
        && window.into_iter().any(|k| {
            matches!(
                doc.f(k),
                "estuvo"
                    | "estuvieron"
                    | "estaba"
                    | "estaban"
                    | "paso"
                    | "pasaron"
                    | "permanecio"
                    | "permanecieron"
                    | "permanecia"
                    | "permanecian"
                    | "was"
                    | "were"
                    | "had"
                    | "habia"
                    | "habian"
                    | "spent"
                    | "stayed"
                    | "after"
                    | "tras"
                    | "despues"
                    | "while"
                    | "died"
                    | "murio"
                    | "fallecio"
            )
        })
}

/// Drops the custody held now (`held_now_at`: person and sentence) of each person whose
/// release, exile or death the text tells anywhere.
pub(crate) fn drop_ended_held_now(f: &mut Findings, held_now_at: Vec<(usize, usize)>) {
    // ("Paulo Tavares, held in Venezuela since October 2024, was freed on Saturday": not
    // held now.)
    let held_now_at: std::collections::HashSet<(usize, usize)> = held_now_at.into_iter().collect();
    let ended: std::collections::HashSet<usize> = f
        .events
        .iter()
        .filter(|e| {
            e.certainty.is_none()
                && matches!(
                    e.kind,
                    EventType::Release
                        | EventType::ConditionalRelease
                        | EventType::HouseArrest
                        | EventType::Expulsion
                        | EventType::Exile
                        | EventType::DeathInCustody
                )
        })
        .map(|e| e.entity)
        .collect();
    f.events.retain(|e| {
        !(e.kind == EventType::Detention
            && held_now_at.contains(&(e.entity, e.sentence))
            && ended.contains(&e.entity))
    });
}
