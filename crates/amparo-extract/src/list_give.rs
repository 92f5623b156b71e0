//! What one list item gives its people: the list's event as the item's header changes it, with
//! the item's own conditions, a table row's dates and place, and the prison the item names.

use crate::clues;
use crate::dates::{self, PartialDate};
use crate::discourse::{Findings, GroupEvent, RawEvent, family};
use crate::layout::Item;
use crate::list_lead::place;
use crate::lists::{ListContext, entity_at};
use crate::model::EventType;
use crate::table::Column;
use crate::triggers::{self, Modality};

/// Gives the people of one item the list's event (as its header changes it): their entities.
pub(crate) fn give(
    cx: &ListContext<'_, '_>,
    item: &Item,
    base: Option<GroupEvent>,
    f: &mut Findings,
) -> Vec<usize> {
    let doc = cx.doc;
    let first_sentence = item.sentences.start;
    let tokens = |si: usize| doc.sentences.get(si).map_or(0..0, |s| s.first..s.last);
    let (from, to) = (
        tokens(first_sentence).start,
        tokens(item.sentences.end.saturating_sub(1)).end,
    );
    let header = item.header.clone().filter(|_| !item.inline);
    // The header's own event and conditions ("Con arresto domiciliario:", "Con régimen de presentación:").
    let header_trigger = header.as_ref().and_then(|h| {
        triggers::find(doc, h.start, h.end)
            .into_iter()
            .find(|t| triggers::modality(doc, t, h.start) != Modality::NotAnEvent)
    });
    let body_from = header.as_ref().map_or(from, |h| h.end.max(from));
    let conditions = header
        .as_ref()
        .and_then(|h| clues::conditions(doc, h.start, h.end))
        .or_else(|| {
            item.sentences.clone().find_map(|si| {
                let t = tokens(si);
                clues::conditions(doc, t.start.max(body_from), t.end)
            })
        })
        .or_else(|| base.as_ref().and_then(|b| b.conditions.clone()));
    let header_conditions = header
        .as_ref()
        .is_some_and(|h| clues::conditions(doc, h.start, h.end).is_some());
    // Release conditions as a group's header ("With reporting requirements:") say the
    // group was released, even without a lead.
    // ("Con régimen de presentación:" under a lead that told of releases and house arrests:
    // the header's conditions say which.)
    let mut kind = header_trigger
        .map(|t| t.kind)
        .or(header_conditions.then_some(EventType::ConditionalRelease))
        .or(base.as_ref().map(|b| b.kind));
    if kind.is_some_and(|k| family(k) == EventType::Release) {
        kind = Some(if conditions.is_some() {
            EventType::ConditionalRelease
        } else {
            EventType::Release
        });
    }
    let header_date = header.as_ref().and_then(|h| {
        dates::find(doc, h.start, h.end, cx.published)
            .first()
            .map(|d| d.date)
    });
    let mut date = header_date.or(base.as_ref().and_then(|b| b.date));
    // "Siguen detenidos:", "Still held:": held as of the publication, not on the lead's date.
    if header_trigger.is_some_and(|t| t.kind == EventType::Detention) {
        date = header_date.or(cx.published.map(PartialDate::Day));
    }
    let row_date = |column: Column| -> Option<PartialDate> {
        let row = item.row.as_ref()?;
        let (_, cell) = row.cells.iter().find(|(c, _)| *c == column)?;
        dates::find(doc, cell.start, cell.end, cx.published)
            .first()
            .map(|d| d.date)
    };
    let list_is_release =
        kind.is_some_and(|k| family(k) == EventType::Release || k == EventType::HouseArrest);
    if let Some(d) =
        row_date(Column::ReleaseDate).or(row_date(Column::Date).filter(|_| list_is_release))
    {
        date = Some(d);
    }
    let place_here = place(doc, cx.gazetteer, cx.hits, body_from, to);
    let mut members = Vec::new();
    // An item whose name the layout could not read ("- Coronel (r) Néstor Lugo Pinto, …")
    // is about the first person its line names.
    let fallback: Vec<usize> = if item.names.is_empty() && !item.inline {
        let at = cx.mentions.partition_point(|m| m.sentence < first_sentence);
        // ("❌ Seguimos esperando por Ana Pérez": an item that waits or denies gives nothing.)
        cx.mentions
            .get(at)
            .filter(|m| m.sentence == first_sentence && m.first <= from + 8)
            .filter(|m| {
                !(from..m.first).any(|k| crate::modality_words::NOT_EVENT_CUES.contains(&doc.f(k)))
            })
            .map(|m| m.entity)
            .into_iter()
            .collect()
    } else {
        item.names
            .iter()
            .filter_map(|n| entity_at(cx.mentions, n.start))
            .collect()
    };
    for e in fallback {
        if f.out_of_scope.get(e).copied().unwrap_or(false) {
            continue;
        }
        members.push(e);
        if let Some(d) =
            row_date(Column::ArrestDate).or(row_date(Column::Date).filter(|_| !list_is_release))
        {
            let held = item.row.as_ref().and_then(|r| {
                r.cells
                    .iter()
                    .find(|(c, _)| *c == Column::Place)
                    .and_then(|(_, cell)| {
                        place(doc, cx.gazetteer, cx.hits, cell.start, cell.end).or_else(|| {
                            doc.text
                                .get(
                                    doc.tokens.get(cell.start)?.start
                                        ..doc.tokens.get(cell.end.checked_sub(1)?)?.end,
                                )
                                .map(str::to_string)
                        })
                    })
            });
            f.events.push(RawEvent {
                entity: e,
                kind: EventType::Arrest,
                date: Some(d),
                place: held,
                conditions: None,
                charges: None,
                certainty: None,
                sentence: first_sentence,
            });
        }
        let Some(kind) = kind else {
            continue;
        };
        // What the item already says of the person: the same kind of event, or house arrest
        // (never also a release), gets the list's date and conditions instead of a second event.
        let own = f
            .events
            .iter_mut()
            .rev()
            .take_while(|r| r.sentence >= first_sentence)
            .find(|r| {
                r.entity == e
                    && (family(r.kind) == family(kind)
                        || (r.kind == EventType::HouseArrest && family(kind) == EventType::Release))
            });
        if let Some(own) = own {
            own.date = own.date.or(date);
            if own.kind == EventType::Release && conditions.is_some() {
                own.kind = EventType::ConditionalRelease;
                own.conditions.clone_from(&conditions);
            }
            continue;
        }
        f.events.push(RawEvent {
            entity: e,
            kind,
            date,
            place: if family(kind) == EventType::Release || kind == EventType::Transfer {
                place_here.clone()
            } else {
                None
            },
            conditions: if kind == EventType::ConditionalRelease {
                conditions.clone()
            } else {
                None
            },
            charges: None,
            certainty: base.as_ref().and_then(|b| b.certainty),
            sentence: first_sentence,
        });
    }
    members
}
