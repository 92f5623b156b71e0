//! Being taken to a police station right after an arrest ("police detained at least seven
//! people … All were taken to the 76th police precinct", "fueron llevados a la comisaría de…"):
//! the arrest's own steps, no transfer between places of custody.

use crate::discourse::RawEvent;
use crate::model::EventType;
use crate::text::Doc;

/// Drops from `events` each move to a police station told in the sentence of the person's arrest
/// or in the one after it; one told right after a group's arrest, of people the arrest did not
/// name ("Police detained three people on Monday. A and B were taken to the city police
/// department"), is their arrest, of its day.
pub(crate) fn drop_bookings(
    doc: &Doc<'_>,
    events: &mut Vec<RawEvent>,
    groups: &[crate::discourse::GroupEvent],
) {
    let station = |si: usize| {
        doc.sentences.get(si).is_some_and(|s| {
            (s.first..s.last).any(|k| {
                matches!(doc.f(k), "precinct" | "comisaria" | "comisarias")
                    || doc.matches_any_at(
                        k,
                        &[
                            "police station",
                            "police department",
                            "police headquarters",
                            "estacion policial",
                            "estacion de policia",
                        ],
                    )
            })
        })
    };
    let arrests: Vec<(usize, usize, Option<crate::dates::PartialDate>)> = events
        .iter()
        .filter(|e| e.kind == EventType::Arrest)
        .map(|e| (e.entity, e.sentence, e.date))
        .collect();
    for e in events.iter_mut().filter(|e| {
        e.kind == EventType::Transfer
            && e.certainty.is_none()
            && station(e.sentence)
            && !arrests.iter().any(|&(who, _, _)| who == e.entity)
    }) {
        let group = groups.iter().find(|g| {
            g.kind == EventType::Arrest
                && g.certainty.is_none()
                && g.date.is_some()
                && g.sentence + 1 == e.sentence
                // (Not one on a day of its own: "… were taken to the police department on
                // Wednesday".)
                && e.date.is_none_or(|d| Some(d) == g.date)
        });
        if let Some(g) = group {
            e.kind = EventType::Arrest;
            e.date = g.date;
        }
    }
    events.retain(|e| {
        !(e.kind == EventType::Transfer
            && station(e.sentence)
            && arrests
                .iter()
                // (A move on a day of its own stays one.)
                .any(|&(who, at, day)| {
                    who == e.entity
                        && at <= e.sentence
                        && e.sentence <= at + 1
                        && (e.date.is_none() || e.date == day)
                }))
    });
}
