//! A list item or a table row that names a prison beside its one person ("- Ana Pérez,
//! periodista, detenida desde agosto de 2024 en El Helicoide.", "Ana Pérez | 52 | 15/12/2024 |
//! El Helicoide | diabetes", "- Luis Rojas (Tocorón)"): the person was held there. Lists of
//! prisoners print where each one is held; that custody is an event of its own (`detention`),
//! beside the arrest and the release the item may tell.

use chrono::NaiveDate;

use crate::assemble::{CharOffsets, family_eq};
use crate::gazetteer::{Gazetteer, Hit};
use crate::layout::Layout;
use crate::model::{Event, EventType};
use crate::persons::MentionRef;
use crate::text::Doc;

/// The prison a list item or a table row prints beside its person.
#[derive(Debug, Clone)]
pub(crate) struct ItemPrison {
    /// The gazetteer's name of the prison.
    pub place: String,
    /// The first sentence of the item.
    pub sentence: usize,
    /// Whether the item is a table's row.
    pub row: bool,
}

/// Per entity: the prison and the first sentence of the list item that
/// names the entity alone and prints the prison, if any. An item that names anyone else too
/// ("Su esposo, Luis Rojas, fue arrestado…", "su hermano cumple condena en Tocuyito") is left
/// alone: the prison may be the other's.
pub(crate) fn item_prisons(
    doc: &Doc<'_>,
    layout: &Layout,
    hits: &[Hit],
    gazetteer: &Gazetteer,
    mentions: &[MentionRef],
    entities: usize,
) -> Vec<Option<ItemPrison>> {
    let mut out = vec![None; entities];
    for m in mentions {
        let Some(slot) = out.get_mut(m.entity).filter(|s| s.is_none()) else {
            continue;
        };
        let Some(item) = layout
            .item_of
            .get(m.sentence)
            .copied()
            .flatten()
            .and_then(|i| layout.items.get(i))
        else {
            continue;
        };
        let within =
            |r: &std::ops::Range<usize>, o: &MentionRef| r.start <= o.first && o.last <= r.end;
        // (A table row's name cell may list several held at its prison: "ROMERO, Ángel;
        // PÉREZ, José | … | Rodeo I".)
        let row = item.row.as_ref();
        let own = match item.names.as_slice() {
            [r] => within(r, m),
            names => row.is_some() && names.iter().any(|r| within(r, m)),
        };
        let (Some(first), Some(last)) = (
            doc.sentences.get(item.sentences.start).map(|s| s.first),
            item.sentences
                .end
                .checked_sub(1)
                .and_then(|s| doc.sentences.get(s))
                .map(|s| s.last),
        ) else {
            continue;
        };
        // (Nor a row's judge or lawyer, in a column that tells no custody: "… | Rafael Ojeda
        // Bello | INOF".)
        let aside = |o: &MentionRef| {
            row.is_some_and(|r| {
                item.names.iter().any(|n| within(n, o))
                    || !r
                        .cells
                        .iter()
                        .any(|(c, cell)| *c != crate::table::Column::Other && within(cell, o))
            })
        };
        // (Mentions are in text order: only the item's own are read, not every one per mention.)
        let from = mentions.partition_point(|o| o.first < first);
        let others = mentions[from..]
            .iter()
            .take_while(|o| o.first < last)
            .any(|o| o.entity != m.entity && o.last <= last && !aside(o));
        if !own || others {
            continue;
        }
        // (Not a row of staff: "NOMBRE | CARGO | CENTRO" over prison officers.)
        if row.is_some_and(|r| staff_header(doc, item.sentences.start, r)) {
            continue;
        }
        if let Some(place) = crate::list_lead::facility(gazetteer, hits, first, last) {
            *slot = Some(ItemPrison {
                place,
                sentence: item.sentences.start,
                row: row.is_some(),
            });
        }
    }
    out
}

/// The custody at the prison of a person's list item (sentence `si`), while nothing in the text
/// ends it: held there as of the list's day ("Situación al 15/03/2026"), else the publication's.
/// (Measured on the spent gold sets: where the custody ended, writers record the place as a
/// detention one time in six; where it holds, nearly two in three.)
pub(crate) fn held_there(
    doc: &Doc<'_>,
    offset: usize,
    chars: &CharOffsets,
    events: &[Event],
    place: &str,
    si: usize,
    published: Option<NaiveDate>,
) -> Option<Event> {
    let sentence = doc.sentences.get(si)?;
    let told = events.iter().any(|x| {
        family_eq(x.kind, EventType::Release)
            || matches!(
                x.kind,
                EventType::Detention
                    | EventType::HouseArrest
                    | EventType::Transfer
                    | EventType::Exile
                    | EventType::Expulsion
                    | EventType::DeathInCustody
                    | EventType::Disappearance
            )
    });
    if told {
        return None;
    }
    let (a, b) = doc.sentence_span(sentence);
    Some(Event {
        kind: EventType::Detention,
        date: crate::as_of::document_as_of(doc, si, published)
            .map(|d| d.to_string())
            .or_else(|| published.map(|d| d.format("%Y-%m-%d").to_string())),
        place: Some(place.to_string()),
        conditions: None,
        charges: None,
        certainty: None,
        excerpt: doc.text.get(a..b).unwrap_or("").to_string(),
        start: chars.char_at(offset + a),
        end: chars.char_at(offset + b),
    })
}

/// Whether the header of row `r` (whose first sentence is `si`) tells a post or a seat beside
/// its names ("NOMBRE | CARGO | CENTRO" over prison officers, "SEDE" over lawyers): the people
/// it lists work there.
fn staff_header(doc: &Doc<'_>, si: usize, r: &crate::table::TableRow) -> bool {
    si.checked_sub(r.line.saturating_sub(r.header_line))
        .and_then(|h| doc.sentences.get(h))
        .is_some_and(|header| {
            (header.first..header.last).any(|k| {
                matches!(
                    doc.f(k),
                    "cargo"
                        | "funcion"
                        | "rol"
                        | "puesto"
                        | "position"
                        | "post"
                        | "role"
                        | "sede"
                        | "oficina"
                        | "office"
                        | "title"
                )
            })
        })
}
