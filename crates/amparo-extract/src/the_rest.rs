//! "Los otros catorce compañeros permanecen en calabozos", "the rest remain in custody": the
//! people of the text whose last word so far was their arrest, held still.

use chrono::NaiveDate;

use crate::dates::PartialDate;
use crate::discourse::RawEvent;
use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::Trigger;

/// When the subject of a custody held still (`t`, of `kind`, in the sentence from `a`) is "the
/// others" or "the rest", gives a detention as of the publication to everyone named so far whose
/// events are all arrests, when they are as many as the text counts (or, without a count, at
/// least two); whether it did.
pub(crate) fn the_rest(
    doc: &Doc<'_>,
    t: &Trigger,
    a: usize,
    kind: EventType,
    published: Option<NaiveDate>,
    si: usize,
    events: &mut Vec<RawEvent>,
) -> bool {
    if kind != EventType::Detention {
        return false;
    }
    let Some(k) = (a..t.first).find(|&k| {
        (matches!(doc.f(k), "los" | "las" | "the")
            && matches!(
                doc.f(k + 1),
                "otros" | "otras" | "demas" | "other" | "others" | "remaining" | "rest"
            ))
            || (doc.f(k) == "el" && doc.f(k + 1) == "resto")
    }) else {
        return false;
    };
    let count = doc.tokens.get(k + 2).and_then(|x| {
        crate::counts::number_word(&x.folded).or_else(|| x.text.parse::<u32>().ok().map(u64::from))
    });
    let mut held: Vec<usize> = Vec::new();
    let mut other: Vec<usize> = Vec::new();
    for e in events.iter() {
        if e.kind == EventType::Arrest && e.certainty.is_none() {
            if !held.contains(&e.entity) {
                held.push(e.entity);
            }
        } else {
            other.push(e.entity);
        }
    }
    held.retain(|e| !other.contains(e));
    let enough = count.map_or(held.len() >= 2, |n| n as usize == held.len());
    if !enough {
        return false;
    }
    for e in held {
        events.push(RawEvent {
            entity: e,
            kind: EventType::Detention,
            date: published.map(PartialDate::Day),
            place: None,
            conditions: None,
            charges: None,
            certainty: None,
            sentence: si,
        });
    }
    true
}
