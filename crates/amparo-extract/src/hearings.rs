//! What a court hearing tells beyond its words of custody: on whom a sentence or an accusation
//! told at length falls, and the day of the hearing its undated acts share.

use chrono::NaiveDate;

use crate::dates::PartialDate;
use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers::Trigger;

/// ("accepted the indictment presented by prosecutor X against A", "admitió la acusación
/// fiscal por instigación al odio, obstrucción … contra A"): the accused named after
/// "contra"/"against" in the clause of a charge, before whoever is named between.
pub(crate) fn accused_against(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    s_last: usize,
) -> Option<usize> {
    if t.kind != crate::model::EventType::Charge {
        return None;
    }
    let against = (t.last..s_last)
        .find(|&k| matches!(doc.f(k), "contra" | "against" | "." | ";"))
        .filter(|&k| !matches!(doc.f(k), "." | ";"))?;
    crate::subject_after::first_after(doc, slots, against + 1, 4, s_last)
}

/// ("condenó el jueves a 30 años de prisión a tres dirigentes opositores, A…"): a sentence's
/// object past its term.
pub(crate) fn judged_further(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    s_last: usize,
) -> Option<usize> {
    (t.kind == crate::model::EventType::Sentence)
        .then(|| crate::subject_after::first_after(doc, slots, t.last, 20, s_last))
        .flatten()
}

/// ("…la audiencia preliminar de los cinco estudiantes se celebró finalmente ayer martes. … La
/// jueza admitió la acusación fiscal contra A, B y C"): the day of the hearing a sentence
/// shortly before sentence `si` tells held, which a court's undated act at it shares.
pub(crate) fn held_hearing_day(
    doc: &Doc<'_>,
    si: usize,
    published: Option<NaiveDate>,
) -> Option<PartialDate> {
    const HELD: &[&str] = &[
        "celebro",
        "realizo",
        "efectuo",
        "culmino",
        "concluyo",
        "held",
        "ended",
        "concluded",
    ];
    // (Not an act told later: "Una semana después, el juez admitió la acusación…".)
    let later = doc.sentences.get(si).is_some_and(|s| {
        (s.first..s.last).any(|k| {
            matches!(
                doc.f(k),
                "despues" | "later" | "luego" | "posteriormente" | "afterwards"
            )
        })
    });
    if later {
        return None;
    }
    doc.sentences[si.saturating_sub(6)..si]
        .iter()
        .rev()
        .find(|s| {
            (s.first..s.last).any(|k| matches!(doc.f(k), "audiencia" | "hearing"))
                && (s.first..s.last).any(|k| HELD.contains(&doc.f(k)))
        })
        .and_then(|s| {
            crate::dates::find(doc, s.first, s.last, published)
                .into_iter()
                .find(|m| !m.since && !m.of_statement && matches!(m.date, PartialDate::Day(_)))
        })
        .map(|m| m.date)
}
