//! The steps of a sentence's events into a house arrest: "released to house arrest", "moved to
//! house arrest", "salieron hacia sus viviendas bajo custodia policial" tell one event, the
//! house arrest.

use crate::model::EventType;
use crate::text::Doc;
use crate::triggers;
use crate::walk_rules::new_subject;

/// "released to house arrest", "moved to house arrest": the house arrest is the event.
/// ("Cinco fueron excarcelados y el sexto pasó a arresto domiciliario": two subjects.)
pub(crate) fn drop_steps_to_house_arrest(doc: &Doc<'_>, trig: &mut Vec<triggers::Trigger>) {
    // ("trasladado desde El Helicoide a su vivienda en Maracay", "la trasladaron a su casa"):
    // moved home by the state is the house arrest.
    for t in trig.iter_mut().filter(|t| t.kind == EventType::Transfer) {
        // ("trasladaron a su casa en Barinas al exalcalde X": past the verb's own "a".)
        if moved_home(doc, t.last)
            || matches!(doc.f(t.last - 1), "a" | "al") && moved_home(doc, t.last - 1)
        {
            t.kind = EventType::HouseArrest;
        }
    }
    let house: Vec<usize> = trig
        .iter()
        .filter(|t| t.kind == EventType::HouseArrest)
        .map(|t| t.first)
        .collect();
    // ("Con arresto domiciliario: A y B, que salieron hacia sus viviendas bajo custodia
    // policial": the guard that takes them home is the house arrest's, no detention.)
    let guarded = |t: &triggers::Trigger| {
        t.kind == EventType::Detention
            && !house.is_empty()
            && (t.first..t.last).any(|k| matches!(doc.f(k), "custodia" | "guard" | "escort"))
    };
    trig.retain(|t| !guarded(t));
    trig.retain(|t| {
        let reach = if t.kind == EventType::Transfer {
            10
        } else {
            12
        };
        // ("released 17 political prisoners on Friday and moved two others to house arrest":
        // others counted between are a group of their own.)
        let others = |h: usize| {
            (t.last..h).any(|k| {
                matches!(doc.f(k), "others" | "otros" | "otras" | "more" | "mas")
                    || (crate::counts::number_word(doc.f(k)).is_some()
                        && crate::dates::weekday(doc.f(k + 1)).is_none()
                        && (k + 1..h)
                            .any(|j| matches!(doc.f(j), "to" | "a" | "al" | "under" | "bajo")))
            })
        };
        !matches!(t.kind, EventType::Release | EventType::Transfer)
            || !house.iter().any(|&h| {
                h > t.first && h - t.first <= reach && !new_subject(doc, t.last, h) && !others(h)
            })
    });
}

/// Whether a house arrest is told as a step into it in the present perfect ("has been moved from
/// El Helicoide to house arrest", "ha sido trasladado a arresto domiciliario", "has been granted
/// house arrest", "le han otorgado casa por cárcel", "ha pasado a arresto domiciliario"): news of the day,
/// not a state that goes on ("sigue bajo arresto domiciliario") nor a past told without its day
/// ("was released to house arrest", measured: as often the day before).
pub(crate) fn stepped_into(doc: &Doc<'_>, kind: EventType, at: usize) -> bool {
    let from = doc.sentence_at(at).map_or(at, |s| s.first);
    kind == EventType::HouseArrest
        && (at.saturating_sub(10).max(from)..at).any(|k| {
            matches!(
                doc.f(k),
                "moved"
                    | "transferred"
                    | "sent"
                    | "released"
                    | "trasladado"
                    | "trasladada"
                    | "enviado"
                    | "enviada"
                    | "excarcelado"
                    | "excarcelada"
                    | "granted"
                    | "otorgado"
                    | "concedido"
                    | "pasado"
            ) && !new_subject(doc, k, at)
                && (matches!(
                    (doc.f(k.wrapping_sub(2)), doc.f(k.wrapping_sub(1))),
                    ("has" | "have", "been") | ("ha" | "han", "sido")
                ) || (matches!(doc.f(k), "otorgado" | "concedido" | "pasado")
                    && matches!(doc.f(k - 1), "ha" | "han")))
        })
}

/// Whether the move that ends at `last` takes its person home: "a su vivienda", "a su casa", "a
/// su domicilio", "a su residencia", maybe past where from ("desde la sede del SEBIN en
/// Maracaibo a su casa"); not a move home told of another ("a la casa de su madre").
fn moved_home(doc: &Doc<'_>, last: usize) -> bool {
    let Some(s) = doc.sentence_at(last) else {
        return false;
    };
    let end = s.last;
    // (Not taken home by the family, nor home for a wake and back: "Sus familiares lo trasladaron
    // a su casa esa misma noche", "trasladado a su casa para el velorio de su padre y devuelto a
    // la prisión".)
    #[rustfmt::skip]
    let kin = (last.saturating_sub(6).max(s.first)..last).any(|k| matches!(doc.f(k),
        "familiares" | "familia" | "vecinos" | "amigos" | "family" | "relatives" | "neighbours"));
    #[rustfmt::skip]
    let back = (s.first..s.last).any(|k| matches!(doc.f(k),
        "devuelto" | "devuelta" | "velorio" | "funeral" | "entierro" | "wake" | "returned"));
    if kin || back {
        return false;
    }
    (last..end.min(last + 10))
        .take_while(|&k| !matches!(doc.f(k), "," | ";" | "." | "y" | "tras" | "para"))
        .any(|k| {
            matches!(doc.f(k), "a" | "hasta")
                && matches!(doc.f(k + 1), "su" | "sus")
                && matches!(
                    doc.f(k + 2),
                    "vivienda" | "viviendas" | "casa" | "casas" | "domicilio" | "residencia"
                )
        })
}

/// "A Maita le sustituyen el arresto domiciliario por un régimen de presentación": the house
/// arrest replaced by what follows "por", a release on conditions.
pub(crate) fn replaced_house_arrest(doc: &Doc<'_>, out: &mut [triggers::Trigger]) {
    // (Done, as the indicative tells it: not "pidió que le sustituyan…", "no le sustituyen…",
    // "espera que le sustituyan…".)
    let done = |k: usize| {
        matches!(
            doc.f(k),
            "sustituyen" | "sustituye" | "sustituyo" | "sustituyeron"
        ) && !(k.saturating_sub(6)..k).any(|j| {
            matches!(
                doc.f(j),
                "no" | "nunca" | "que" | "espera" | "esperan" | "pide" | "piden" | "pidio"
            )
        })
    };
    for t in out.iter_mut().filter(|t| t.kind == EventType::HouseArrest) {
        let replaced = (t.first.saturating_sub(6)..t.first).any(done)
            && doc.f(t.last) == "por"
            && !doc.matches_any_at(t.last + 1, &["arresto", "casa por carcel", "prision"]);
        if replaced {
            t.kind = EventType::ConditionalRelease;
        }
    }
}
