//! Prisoners taken out of prison to be banished: "el régimen sacó de las cárceles a once presos
//! políticos, los subió a un autobús y los dejó en la frontera de Peñas Blancas, ya despojados de
//! su nacionalidad" — an exile, not a move to another prison.

use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Whether a move out of prison (`t`, "sacó", "sacaron") is told in its sentence (to `b`) as a
/// banishment: taken to a border, an airport or a plane, and stripped of their nationality or
/// banished.
pub(crate) fn taken_out_abroad(doc: &Doc<'_>, t: &Trigger, b: usize) -> bool {
    if t.kind != EventType::Transfer || !doc.f(t.first).starts_with("sac") {
        return false;
    }
    let rest = || t.last..b;
    let away = rest().any(|k| {
        matches!(
            doc.f(k),
            "frontera" | "avion" | "aeropuerto" | "vuelo" | "border" | "plane" | "airport"
        )
    });
    let banished = rest().any(|k| {
        let w = doc.f(k);
        w.starts_with("despoj")
            || w.starts_with("desterr")
            || w == "destierro"
            || (w == "nacionalidad" && matches!(doc.f(k - 1), "su" | "la"))
    });
    away && banished
}

/// ("fueron \"deportadas\" y despojadas de la nacionalidad nicaragüense", "deported and stripped
/// of their citizenship"): a sentence (`a..b`) that strips those sent out of their nationality
/// tells them the state's own, banished.
pub(crate) fn stripped_of_nationality(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        let w = doc.f(k);
        (w.starts_with("despoj") || (w == "stripped" && doc.f(k + 1) == "of"))
            && (k + 1..b.min(k + 6)).any(|j| {
                matches!(
                    doc.f(j),
                    "nacionalidad" | "ciudadania" | "nationality" | "citizenship"
                )
            })
    })
}

/// ("…fueron sacadas de los penales La Modelo y La Esperanza, trasladadas en bus al aeropuerto de
/// Managua y subidas a un vuelo con destino a Guatemala"): a move to an airport, in a sentence
/// that tells those moved leave the country, is their leaving, read as it (to a border, see
/// `trigger_readings::reread`).
pub(crate) fn moved_to_leave(doc: &Doc<'_>, out: &mut [Trigger]) {
    // (A leaving told as done: not "to be deported", "la deportación no se concretó".)
    let done = |t: &Trigger| {
        doc.sentence_at(t.first).is_some_and(|s| {
            crate::modality::modality(doc, t, s.first) == crate::modality::Modality::Fact
        })
    };
    let Some(leaving) = out
        .iter()
        .find(|t| matches!(t.kind, EventType::Exile | EventType::Expulsion) && done(t))
        .map(|t| t.kind)
    else {
        return;
    };
    for t in out.iter_mut().filter(|t| t.kind == EventType::Transfer) {
        let to_airport = (t.last..t.last + 5)
            .take_while(|&k| !matches!(doc.f(k), "," | ";" | "." | "y" | "and"))
            .any(|k| {
                matches!(doc.f(k), "aeropuerto" | "airport")
                    && matches!(doc.f(k - 1), "al" | "la" | "the")
            });
        if to_airport {
            t.kind = leaving;
        }
    }
}
