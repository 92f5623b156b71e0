//! The one a state with an elided subject is about ("su familia asegura que sigue en Tocorón",
//! "X no ha sido liberado: sigue en La Tumba, según su hermana, Y"): the one person the sentence
//! names, if that one neither speaks, holds office nor is a relative; or, after "dijo que" in a
//! sentence that names nobody, the person the text goes on about.

use crate::discourse::Findings;
use crate::model::EventType;
use crate::references::References;
use crate::slots::{SPEECH, Slot};
use crate::text::Doc;
use crate::triggers::Trigger;

/// The slots of state `t` (of `kind`) in sentence `a..b` when the words around it name nobody.
pub(crate) fn subject(
    doc: &Doc<'_>,
    t: &Trigger,
    kind: EventType,
    slots: &mut Vec<Slot>,
    (a, b): (usize, usize),
    refs: &References,
    f: &Findings,
) -> Option<Vec<usize>> {
    let mut who = None;
    // ("X no ha sido liberado: sigue en La Tumba, según su hermana, Y": the one held, not
    // the relative.)
    let mut people: Vec<usize> = slots
        .iter()
        .map(|s| s.entity)
        .filter(|&e| !f.relative[e])
        .collect();
    people.dedup();
    let e = people.first().copied().unwrap_or(0);
    // ("recordó que otros 14 colombianos siguen presos": the subject is there.)
    // ("…and said a second American remains detained": someone unnamed, too.)
    // ("…dijo que siguen detenidos otros dos sindicalistas": the subject after the verb.)
    let counted_after = (t.last..b.min(t.last + 3)).any(|k| {
        matches!(doc.f(k), "otros" | "otras" | "others")
            || crate::counts::number_word(doc.f(k)).is_some_and(|n| n > 1)
    });
    let group_subject = counted_after
        || (t.first.saturating_sub(3).max(a)..t.first).any(|k| {
            crate::count_words::PEOPLE.contains(&doc.f(k))
                || (!crate::lexicon::nationalities(doc.f(k)).is_empty()
                    && (doc.f(k).ends_with('s')
                        || matches!(
                            doc.f(k.wrapping_sub(1)),
                            "a" | "an" | "un" | "una" | "second"
                        )))
        })
        // ("…tres integrantes de la ONG X; una de ellas irá a casa por cárcel")
        || (t.first.saturating_sub(10).max(a)..t.first)
            .any(|k| matches!(doc.f(k), "ellas" | "ellos" | "them" | "they"));
    // ("…52 nombres de hijos de integrantes del comité que siguen presos": a relative
    // clause is about the noun before it, not a name elsewhere in the sentence.)
    // ("su familia asegura que sigue en Tocorón": a "que" after a verb opens what is said.)
    // ("…a X, un muchacho de Petare que sigue en el Rodeo I": a place's name before
    // "que" is not what it is about.)
    let place_before = doc
        .tokens
        .get(t.first.wrapping_sub(2))
        .is_some_and(|w| w.capitalised);
    let relative_clause = !place_before
        && matches!(doc.f(t.first.wrapping_sub(1)), "que" | "who" | "quienes")
        && matches!(
            doc.f(t.first.wrapping_sub(3)),
            "del" | "de" | "los" | "las" | "el" | "la" | "of" | "the"
        )
        && !slots
            .iter()
            .any(|s| s.last + 2 >= t.first && s.last < t.first);
    // (A house arrest's, only of one named before it.)
    let named_before = kind != EventType::HouseArrest
        || slots.iter().any(|s| {
            s.entity == e
                && s.last <= t.first
                // (Nor one who, with others, will watch "whether they're released under a
                // condition of house arrest".)
                && !(s.last..t.first).any(|k| {
                    SPEECH.contains(&doc.f(k))
                        || matches!(doc.f(k), "whether" | "if" | "si" | "other" | "otros" | "otras")
                })
                && !f.roles[e].iter().any(|r| r == "lawyer")
        });
    if people.len() == 1
        && named_before
        && !group_subject
        && !relative_clause
        && !f.relative[e]
        && !f.source[e]
        && !f.official[e]
    {
        who = Some(vec![0]);
    }
    // ("X fue detenido en mayo. Su esposa dijo que sigue en El Helicoide": what a
    // sentence that names nobody says of a state, after "dijo que", is of the person the
    // text goes on about.)
    let said_that =
        doc.f(t.first.wrapping_sub(1)) == "que" && SPEECH.contains(&doc.f(t.first.wrapping_sub(2)));
    // (Someone the text has already told held, not a lawyer who spoke before.)
    let held_before = |e: usize| f.events.iter().any(|x| x.entity == e);
    if people.is_empty()
        && said_that
        && !group_subject
        && let Some(focus) = refs.focus.filter(|&e| held_before(e))
    {
        slots.push(Slot {
            first: t.first,
            last: t.first,
            entity: focus,
        });
        who = Some(vec![slots.len() - 1]);
    }
    who
}

/// A state that opens its sentence with its verb in the singular, after a word of time at most
/// ("Hoy sigue en Rodeo I", "Permanece en El Helicoide"): its elided subject is one person.
pub(crate) fn opens_state(doc: &Doc<'_>, t: &Trigger) -> bool {
    let Some(s) = doc.sentence_at(t.first) else {
        return false;
    };
    // ("Desde el 28 de noviembre cumple arresto domiciliario en ese apartamento": a house
    // arrest served.)
    let house = t.kind == EventType::HouseArrest;
    if t.kind != EventType::Detention && !house {
        return false;
    }
    let singular = |k: usize| {
        matches!(
            doc.f(k),
            "sigue" | "permanece" | "continua" | "seguia" | "permanecia"
                // ("Está preso en Ramo Verde desde 2018", "Pasó dos años en el INOF")
                | "esta" | "estaba" | "estuvo" | "paso"
        ) || (house && matches!(doc.f(k), "cumple" | "cumplia"))
    };
    // (After the day it began: "Desde el 28 de noviembre cumple…", "Desde hace un mes…".)
    let since = |k: usize| {
        matches!(
            doc.f(k),
            "desde" | "el" | "de" | "del" | "hace" | "un" | "una"
        ) || doc.is_number(k)
            || crate::dates::month(doc.f(k)).is_some()
            || crate::custody_phrases::DURATIONS.contains(&doc.f(k))
    };
    // (A house arrest's only: "Desde diciembre está recluida en el INOF", after the arrest, is
    // a stay at a place, not when she was taken.)
    let since_first = house && doc.f(s.first) == "desde";
    let verb = (t.first..t.last.min(t.first + 2))
        .find(|&k| singular(k))
        .or_else(|| (t.first > s.first && singular(t.first - 1)).then(|| t.first - 1));
    verb.is_some_and(|v| {
        (s.first..v).all(|k| {
            matches!(
                doc.f(k),
                "hoy" | "aun" | "todavia" | "actualmente" | "ahora" | "entonces" | ","
            ) || (since_first && since(k))
        })
    })
}
