//! The day a court read its verdict, told once without naming anyone ("El tribunal … leyó en la
//! noche del miércoles la sentencia del llamado caso Guanare", "The court delivered its verdict
//! on Tuesday"): the day of the sentences the text then tells person by person without a date.

use chrono::NaiveDate;

use crate::dates::PartialDate;
use crate::discourse::Findings;
use crate::model::EventType;
use crate::text::Doc;

/// Nouns of a court's decision.
const VERDICTS: &[&str] = &[
    "sentencia",
    "dispositiva",
    "fallo",
    "veredicto",
    "verdict",
    "verdicts",
    "ruling",
    "judgment",
    "judgement",
];

/// Verbs of giving one.
const GIVEN: &[&str] = &[
    "leyo",
    "dicto",
    "emitio",
    "pronuncio",
    "publico",
    "read",
    "delivered",
    "handed",
    "announced",
    "issued",
];

/// The one day the text tells a verdict given, if it tells one day only, on or before the
/// publication.
fn verdict_day(doc: &Doc<'_>, published: Option<NaiveDate>) -> Option<PartialDate> {
    let mut days = doc.sentences.iter().filter_map(|s| {
        let given = (s.first..s.last).any(|k| {
            // (Not one to come: "will deliver its verdict on Friday", "is due to read", "leerá".)
            let to_come = (k.saturating_sub(3).max(s.first)..k)
                .any(|j| matches!(doc.f(j), "will" | "would" | "to" | "va" | "iba" | "debe"));
            GIVEN.contains(&doc.f(k))
                && !to_come
                && (k + 1..s.last.min(k + 12)).any(|j| VERDICTS.contains(&doc.f(j)))
        });
        if !given {
            return None;
        }
        crate::dates::find(doc, s.first, s.last, published)
            .into_iter()
            .find(|d| {
                !d.since
                    && matches!(d.date, PartialDate::Day(day) if published.is_none_or(|p| day <= p))
            })
            .map(|d| d.date)
    });
    let first = days.next()?;
    days.all(|d| d == first).then_some(first)
}

/// Dates the sentences the walk left undated with the verdict's day (see `verdict_day`).
pub(crate) fn date_sentences(doc: &Doc<'_>, f: &mut Findings, published: Option<NaiveDate>) {
    if !f
        .events
        .iter()
        .any(|e| e.kind == EventType::Sentence && e.date.is_none())
    {
        return;
    }
    let Some(day) = verdict_day(doc, published) else {
        return;
    };
    for e in f
        .events
        .iter_mut()
        .filter(|e| e.kind == EventType::Sentence && e.date.is_none() && e.certainty.is_none())
    {
        e.date = Some(day);
    }
}
