//! What one list item gives its people: the list's event as the item's header changes it, with
//! the item's own conditions, a table row's dates and place, and the prison the item names.

use crate::clues;
use crate::dates::{self, PartialDate};
use crate::discourse::{Findings, GroupEvent, RawEvent, family};
use crate::layout::Item;
use crate::list_lead::place;
use crate::lists::ListContext;
use crate::model::EventType;
use crate::table::{Column, TableRow};
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
    // ("Judge: X", "DEFENSA PRIVADA: Abg. X": a record's officers; "Madre: Y": its kin.)
    let staff =
        crate::credits::staff_line(doc, &(from..to)) || crate::credits::counsel(cx, item, from, to);
    if staff || crate::relations::kin_field(doc, from) || crate::credits::sign_off(doc, from, to) {
        return Vec::new();
    }
    let header = item.header.clone().filter(|_| !item.inline);
    // The header's own event and conditions ("Con arresto domiciliario:"), or the event told of
    // the group before the list ("Los tres extranjeros fueron expulsados" over "Extranjeros").
    let header_trigger = header.as_ref().and_then(|h| {
        triggers::find(doc, h.start, h.end)
            .into_iter()
            .find(|t| triggers::modality(doc, t, h.start) != Modality::NotAnEvent)
            .or_else(|| {
                let b = base.as_ref()?;
                crate::lists::group_date::event_of_group(cx, h, b.sentence, first_sentence)
            })
    });
    let body_from = header.as_ref().map_or(from, |h| h.end.max(from));
    // ("Released without conditions:", "Con libertad plena:", "Sin medidas:": free of the
    // lead's conditions; so is an item that says so, "Zulia: A — libertad plena, sin medidas".)
    let header_free = header
        .as_ref()
        .is_some_and(|h| crate::condition_words::told_free(doc, h.start, h.end))
        || crate::condition_words::told_free(doc, body_from, to);
    let conditions = header
        .as_ref()
        .and_then(|h| clues::conditions(doc, h.start, h.end))
        .or_else(|| {
            item.sentences.clone().find_map(|si| {
                let t = tokens(si);
                clues::conditions(doc, t.start.max(body_from), t.end)
            })
        })
        .or_else(|| base.as_ref().and_then(|b| b.conditions.clone()))
        .filter(|_| !header_free);
    let header_conditions = header
        .as_ref()
        .is_some_and(|h| clues::conditions(doc, h.start, h.end).is_some());
    // Release conditions as a group's header ("With reporting requirements:") say the
    // group was released, even without a lead.
    // ("Con régimen de presentación:" under a lead that told of releases and house arrests:
    // the header's conditions say which.)
    // ("NOT released, despite rumours: journalist X": a header that denies the list's event
    // gives it to no one.)
    let header_denies = header.as_ref().is_some_and(|h| {
        triggers::find(doc, h.start, h.end)
            .iter()
            .any(|t| triggers::modality(doc, t, h.start) == Modality::NotAnEvent)
    }) && header_trigger.is_none();
    // ("❌ NO salieron: A y B", "Not released: A": held still, as of the publication.)
    let header_held = header_denies
        && header.as_ref().is_some_and(|h| {
            triggers::find(doc, h.start, h.end)
                .iter()
                .any(|t| triggers::release_denied(doc, t, h.start))
        });
    // ("Con régimen de presentación cada 15 días…, otorgado el martes: A, B y C": an inline
    // item's words before its colon, with release conditions and no event word, free them so.)
    let inline_conditions = item.inline
        && (from..to).find(|&k| doc.f(k) == ":").is_some_and(|c| {
            // (Not asked for, refused or awaited: "La defensa solicitó régimen de presentación
            // para: A, B", "El tribunal negó…", "Todavía esperan…".)
            let not_granted = (from..c).any(|k| {
                crate::modality_words::NOT_EVENT_CUES.contains(&doc.f(k))
                    || matches!(
                        doc.f(k),
                        "solicito"
                            | "solicitaron"
                            | "pidio"
                            | "pidieron"
                            | "nego"
                            | "negaron"
                            | "esperan"
                            | "espera"
                            | "para"
                            | "requested"
                            | "denied"
                            | "awaiting"
                    )
            });
            triggers::find(doc, from, c).is_empty()
                && !not_granted
                && clues::conditions(doc, from, c).is_some()
        });
    let inline_place = crate::list_lead::prison_lead(cx, item, header.as_ref(), (from, to));
    // (Only of items that tell nothing themselves: "- A, detenida desde agosto en El Helicoide"
    // says its own.)
    let held_title = (!item.inline)
        .then(|| crate::held_lists::held_title(doc, cx.layout, first_sentence, cx.published))
        .flatten()
        .filter(|_| triggers::find(doc, body_from, to).is_empty());
    let mut kind = header_trigger
        .map(|t| t.kind)
        .or((header_conditions || inline_conditions).then_some(EventType::ConditionalRelease))
        .or(inline_place.then_some(EventType::Detention))
        .or(base.as_ref().map(|b| b.kind))
        .filter(|_| !header_denies)
        .or(header_held.then_some(EventType::Detention))
        .or(held_title.map(|_| EventType::Detention));
    // ("— Rigoberto Meza, chofer: absuelto.", "— Kevin Rondón: 25 años de prisión por…"): an
    // item that gives its person's own status after a colon tells that, not the lead's event.
    // (Its own status of the lead's kind is the lead's event, with the lead's day.)
    // (Dated by the lead: "Pasadas las dos de la madrugada de este jueves, la jueza leyó el
    // fallo: — A: 30 años de prisión…".)
    if header_trigger.is_none()
        && !item.inline
        && let Some(own) = crate::item_plan::own_status(doc, from, tokens(first_sentence).end)
            .filter(|own| kind.is_none_or(|k| family(k) != family(*own)))
    {
        kind = base.as_ref().filter(|b| b.date.is_some()).map(|_| own);
    }
    // (An item that opens on a move, a death or a custody held now: not freed.)
    kind = kind
        .filter(|&k| !crate::item_plan::inside(doc, k, header_trigger.is_some(), body_from, to));
    // (Under a header of the freed, "3. X – trasladado de La Modelo…": its own move, that day.)
    let own_move = crate::item_plan::own_move(doc, from, tokens(first_sentence).end);
    kind = own_move
        .filter(|_| header_trigger.is_some() && !item.inline)
        .or(kind);
    // ("SENTENCES" over "• Blogger X was sentenced in absentia…": one never held.)
    if kind == Some(EventType::Sentence) && crate::court_words::in_absentia(doc, from, to) {
        kind = None;
    }
    if kind.is_some_and(|k| family(k) == EventType::Release) {
        kind = Some(if conditions.is_some() {
            EventType::ConditionalRelease
        } else {
            EventType::Release
        });
    }
    // ("Domingo 16 (Tocorón y Yare III): A; B; C": an inline item's own day before its colon.)
    // (An inline lead that tells its own events, "detenidos desde octubre fueron excarcelados
    // este jueves: A, B", dates them through the list's lead instead.)
    let header_date = item
        .header
        .as_ref()
        .filter(|h| !item.inline || triggers::find(doc, h.start, h.end).is_empty())
        .and_then(|h| {
            dates::find(doc, h.start, h.end, cx.published)
                .first()
                .map(|d| d.date)
        });
    // ("Las mujeres salieron el miércoles…; los hombres, el jueves" over "Mujeres:", "Hombres:")
    let told = || {
        let (h, b) = (header.as_ref()?, base.as_ref()?);
        crate::lists::group_date::told_of_group(cx, h, b.sentence, first_sentence)
    };
    // (An arrest's day is no other status's: "…la dispositiva del juicio contra siete personas
    // que fueron detenidas en agosto de 2024" over "• A: 10 años de prisión…".)
    let base_date = base
        .as_ref()
        .filter(|b| b.kind != EventType::Arrest || kind == Some(EventType::Arrest))
        .and_then(|b| b.date);
    let mut date = header_date.or_else(told).or(base_date);
    // "Siguen detenidos:", "Still held:": held as of the publication, not on the lead's date.
    if header_held || inline_place || header_trigger.is_some_and(|t| t.kind == EventType::Detention)
    {
        date = header_date.or(cx.published.map(PartialDate::Day));
    }
    // ("…los casos incorporados esta semana que permanecen detenidos:": held as of the record's
    // day or the publication, not in the month a date of the lead tells.)
    if kind == Some(EventType::Detention)
        && header_trigger.is_none()
        && base.as_ref().is_some_and(|b| {
            b.kind == EventType::Detention
                && matches!(b.date, Some(PartialDate::Month(..) | PartialDate::Year(_)))
        })
    {
        date = dates::document_as_of(doc, first_sentence, cx.published)
            .or(cx.published.map(PartialDate::Day));
    }
    if let Some(day) = held_title.filter(|_| kind == Some(EventType::Detention)) {
        date = date.or(day);
    }
    // An item's own date, told before any event word of its own ("- Yohan Ochoa (Radio Costa
    // Azul), el 22 de diciembre."): the day of the list's event for this person; "desde el 5
    // de agosto de 2024" is when the custody began.
    // (Not a date told of some of an item's names: "…; Kelvin Boscán y Keiber Boscán. Los dos
    // últimos … estaban en el retén desde agosto de 2024" is theirs alone.)
    let people = crate::lists::item_entities(cx, item);
    let some_of = |k: usize| -> Option<&[usize]> {
        let s = doc.sentence_at(k)?;
        matches!(doc.f(s.first), "los" | "las" | "the")
            .then(|| crate::group_parts::ends_of(doc, s.first + 1, &people))
            .flatten()
            .map(|(group, _)| group)
    };
    let (own_date, some_since) = if item.row.is_none() && !item.inline {
        let untold: Vec<dates::DateMention> = dates::find(doc, body_from, to, cx.published)
            .into_iter()
            .filter(|d| !crate::abroad_words::told_before(doc, body_from, d.first))
            // ("Protesters from the July 2021 demonstrations A, B and C": a date inside the
            // describer the names follow tells what they share, not the list's day.)
            .filter(|d| !(item.described && item.names.first().is_some_and(|n| d.first < n.start)))
            .collect();
        (
            untold.iter().find(|d| some_of(d.first).is_none()).copied(),
            untold
                .iter()
                .find(|d| d.since)
                .and_then(|d| Some((some_of(d.first)?, d.date))),
        )
    } else {
        (None, None)
    };
    let custody_since = own_date.filter(|d| d.since).map(|d| d.date);
    if let Some(d) = own_date.filter(|d| !d.since && !matches!(d.date, PartialDate::Year(_)))
        && kind.is_some_and(|k| k != EventType::Detention)
    {
        date = Some(d.date);
    }
    // ("▶ Arresto domiciliario" / "• X … salió de Tocuyito el 11/01 hacia su residencia, donde
    // cumplirá arresto domiciliario": the day the item tells its person left is the measure's.)
    if kind == Some(EventType::HouseArrest)
        && header_trigger.is_some()
        && let Some(d) = dates::find(doc, body_from, to, cx.published)
            .into_iter()
            .find(|d| {
                // (Not another's: "X, cuya madre salió de Ramo Verde el 7 de enero tras
                // visitarla".)
                let another = (body_from..d.first).any(|k| {
                    crate::slots::RELATIONS.contains(&doc.f(k))
                        || matches!(doc.f(k), "cuya" | "cuyo" | "whose")
                });
                !d.since
                    && !another
                    && triggers::find(doc, body_from, d.first)
                        .iter()
                        .any(|t| family(t.kind) == EventType::Release)
            })
    {
        date = Some(d.date);
    }
    let row_date = |column: Column| -> Option<PartialDate> {
        let cell = crate::table_cells::cell_of(item.row.as_ref()?, column)?;
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
    // A row that says what happened ("Status: Released and deported", "Situación: trasladado
    // el 06/02/2026", "Excarcelado: 09/03/2026"): its events, instead of the list's.
    let mut plan: Vec<(EventType, Option<PartialDate>)> = match item.row.as_ref() {
        Some(row)
            if row.tells_events()
                || (kind.is_none() && row_date(Column::ReleaseDate).is_some()) =>
        {
            let events = |list_date| {
                crate::row_events::row_events(
                    cx,
                    row,
                    first_sentence,
                    conditions.is_some(),
                    list_date,
                    &row_date,
                )
            };
            // (A group's arrest told before the table dates a status that is the arrest,
            // "Detenido en Rodeo I", not "Libertad plena".)
            let mut plan = events(date);
            // ("Presos políticos desterrados a Guatemala" over "| Origen | Destino | Fecha |":
            // the move is the list's banishment.)
            if let Some(k @ (EventType::Exile | EventType::Expulsion)) = kind
                && crate::table_cells::moves(row)
            {
                plan.iter_mut()
                    .filter(|(x, _)| *x == EventType::Transfer)
                    .for_each(|p| p.0 = k);
            }
            if kind == Some(EventType::Arrest) {
                for ((k, d), (_, undated)) in plan.iter_mut().zip(events(None)) {
                    if *k != EventType::Arrest {
                        *d = undated;
                    }
                }
            }
            plan
        }
        _ => Vec::new(),
    };
    // (A row of a name and notes keeps the list's event: `TableRow::notes_alone`.)
    if plan.is_empty() && item.row.as_ref().is_none_or(TableRow::notes_alone) {
        plan = kind.map(|k| vec![(k, date)]).unwrap_or_default();
        let told_before = header.as_ref().map(|h| (h.start, h.end));
        crate::item_plan::besides(doc, item, (from, to), told_before, base.as_ref(), &mut plan);
    }
    crate::held_lists::still_held(doc, item, &mut plan, held_title);
    let place_here = crate::table_cells::moved_to(cx, item)
        .or_else(|| place(doc, cx.gazetteer, cx.hits, body_from, to));
    let mut members = Vec::new();
    // An item whose name the layout could not read ("- Coronel (r) Néstor Lugo Pinto, …")
    // is about the first person its line names.
    let lead_name = people.first().copied();
    for &e in &people {
        if f.out_of_scope.get(e).copied().unwrap_or(false) {
            continue;
        }
        if crate::item_people::not_a_member(cx, f, item, e, (lead_name, from, to)) {
            continue;
        }
        members.push(e);
        if let Some(d) = row_date(Column::ArrestDate)
            .or(row_date(Column::Date).filter(|_| {
                !list_is_release && !item.row.as_ref().is_some_and(|r| r.tells_events())
            }))
            .or(custody_since)
            .or(some_since
                .filter(|(group, _)| group.contains(&e))
                .map(|(_, d)| d))
        {
            let held = crate::row_events::row_place(cx, item);
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
        let own_plan = crate::row_events::person_plan(
            cx,
            item,
            e,
            (first_sentence, conditions.is_some()),
            date,
            &row_date,
        );
        // ("At least 25 journalists are behind bars. They include: … – X, transferred to house
        // arrest on 29 December", "– Y, released on 31 December"): one the item's own words
        // told freed or sent home is not held with the rest.
        let sent_home = f.events.iter().any(|x| {
            x.entity == e
                && item.sentences.contains(&x.sentence)
                && x.certainty.is_none()
                && (family(x.kind) == EventType::Release || x.kind == EventType::HouseArrest)
        });
        let lead_held = header_trigger.is_none()
            && !item.inline
            && base
                .as_ref()
                .is_some_and(|b| b.kind == EventType::Detention);
        let own_told = crate::item_segments::tells_own(cx, item, &members, e);
        for &(kind, date) in own_plan.as_ref().unwrap_or(&plan) {
            if (sent_home && lead_held && kind == EventType::Detention) || own_told {
                continue;
            }
            crate::item_segments::add(
                f,
                item,
                e,
                kind,
                date,
                &conditions,
                &place_here,
                base.as_ref(),
            );
        }
    }
    if item.row.is_none() {
        crate::item_segments::own_days(cx, item, &members, f);
    }
    members
}
