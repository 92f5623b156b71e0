//! What a trigger turns out to be once the words after it are read: taken to the border or sent
//! abroad is sent out of the country, taken out of a prison frees, a sentence in absentia held
//! no one, and a release or a move into house arrest is the house arrest.

use crate::model::EventType::*;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Rereads the triggers `out` of tokens up to `to`.
pub(crate) fn reread(doc: &Doc<'_>, out: &mut Vec<Trigger>, to: usize) {
    // ("trasladados en un bus hasta la frontera de El Guasaule", "driven to the border"): taken
    // to the border is sent out of the country.
    for t in out.iter_mut().filter(|t| t.kind == Transfer) {
        let border = (t.last..to.min(t.last + 10))
            .take_while(|&k| !matches!(doc.f(k), "." | ";"))
            .find(|&k| matches!(doc.f(k), "frontera" | "border"));
        if border.is_some_and(|b| {
            !(t.last..b).any(|k| crate::custody_phrases::CUSTODY_PLACES.contains(&doc.f(k)))
        }) {
            t.kind = Expulsion;
        }
        // ("excarcelados y enviados a Madrid"): sent abroad is exile (an expulsion for one
        // known foreign, see `assemble`).
        let to_city = matches!(doc.f(t.last.wrapping_sub(1)), "a" | "to")
            || matches!(doc.f(t.last), "a" | "to");
        let city = if matches!(doc.f(t.last), "a" | "to") {
            t.last + 1
        } else {
            t.last
        };
        if to_city && ABROAD.contains(&doc.f(city)) {
            t.kind = Exile;
        }
    }
    // ("was taken from Rodeo I directly to Maiquetía airport"): taken out of a prison is no
    // arrest; it frees (what follows says where to).
    for t in out.iter_mut().filter(|t| {
        t.kind == Arrest
            && doc.f(t.first) == "taken"
            && doc.f(t.first + 1) == "from"
            && (t.last..to.min(t.last + 3))
                .any(|k| crate::custody_phrases::CUSTODY_PLACES.contains(&doc.f(k)))
    }) {
        t.kind = Release;
    }
    // ("fue condenado en ausencia a 30 años", "sentenced in absentia"): one never held.
    out.retain(|t| {
        !(t.kind == Sentence
            && (t.last..t.last + 3)
                .any(|k| doc.matches_at(k, "en ausencia") || doc.matches_at(k, "in absentia")))
    });
    // ("Released to house arrest:", "Moved to house arrest", "pasó a arresto domiciliario"):
    // the release or the move ends in a house arrest, which is the event.
    let into_house_arrest = |t: &Trigger| {
        matches!(t.kind, Release | Transfer)
            && out.iter().any(|h| {
                h.kind == HouseArrest
                    && h.first > t.first
                    && h.first <= t.last + 2
                    && (t.last..h.first)
                        .all(|k| matches!(doc.f(k), "to" | "into" | "a" | "al" | "under" | "bajo"))
            })
    };
    let drop: Vec<bool> = out.iter().map(into_house_arrest).collect();
    let mut keep = drop.iter().map(|d| !d);
    out.retain(|_| keep.next().unwrap_or(true));
}

/// Cities and countries abroad a prisoner is sent to.
const ABROAD: &[&str] = &[
    "madrid",
    "miami",
    "bogota",
    "lima",
    "roma",
    "rome",
    "panama",
    "guatemala",
    "mexico",
    "quito",
    "santiago",
    "espana",
    "spain",
    "italia",
    "italy",
    "colombia",
    "peru",
    "ecuador",
    "chile",
    "argentina",
    "brasil",
    "brazil",
    "lisboa",
    "lisbon",
    "paris",
    "washington",
    "houston",
];
