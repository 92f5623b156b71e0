//! Turns the walk's findings into the output shape: detainees with merged events and
//! character offsets, people who were not held, and people held by a foreign state.

use chrono::NaiveDate;

use crate::dates::PartialDate;
use crate::events::{Findings, RawEvent};
use crate::model::{Count, Event, EventType, Extraction, Mention, Person};
use crate::persons::{Entity, MentionRef};
use crate::text::Doc;
use amparo_text::Lang;

/// Byte-to-character offset conversion over the whole text.
pub(crate) struct CharOffsets {
    starts: Vec<usize>,
}

impl CharOffsets {
    pub(crate) fn new(text: &str) -> Self {
        Self {
            starts: text.char_indices().map(|(b, _)| b).collect(),
        }
    }

    pub(crate) fn char_at(&self, byte: usize) -> usize {
        self.starts.partition_point(|&b| b < byte)
    }
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn assemble(
    doc: &Doc<'_>,
    offset: usize,
    chars: &CharOffsets,
    entities: &[Entity],
    mentions: &[MentionRef],
    f: Findings,
    counts: Vec<Count>,
    orgs: Vec<(usize, String)>,
    places: Vec<String>,
    published: Option<NaiveDate>,
    lang: Lang,
    prisons: &[Option<crate::item_custody::ItemPrison>],
) -> Extraction {
    let mut persons = Vec::new();
    let mut not_detainees = Vec::new();
    let mut out_of_scope = Vec::new();
    let mut order: Vec<usize> = Vec::new();
    let mut seen = vec![false; entities.len()];
    for m in mentions {
        if let Some(slot) = seen.get_mut(m.entity).filter(|s| !**s) {
            *slot = true;
            order.push(m.entity);
        }
    }
    let mut f = f;
    crate::retractions::drop_retracted(doc, mentions, &mut f);
    crate::retractions::drop_unrecorded(doc, mentions, &mut f);
    crate::corrections::drop_corrected(doc, mentions, &mut f);
    crate::retractions::drop_not_political(doc, mentions, &mut f);
    crate::excluded_notes::drop_off_the_list(doc, mentions, &mut f);
    crate::excluded_notes::examples_of_crime(doc, mentions, &mut f);
    crate::retractions::drop_never_held(doc, mentions, &mut f);
    crate::false_reports::drop_answered_reports(doc, &mut f);
    crate::retractions::drop_cleft_denied(doc, mentions, &mut f);
    let mut by_entity: Vec<Vec<&RawEvent>> = vec![Vec::new(); entities.len()];
    for r in &f.events {
        if let Some(list) = by_entity.get_mut(r.entity) {
            list.push(r);
        }
    }
    let hearing = crate::printed_dates::hearing_day(doc, published);
    let as_of = crate::as_of::record_day(doc, published).or(hearing.clone());
    for e in order {
        let Some(entity) = entities.get(e) else {
            continue;
        };
        let events = std::mem::take(&mut by_entity[e]);
        if f.out_of_scope.get(e).copied().unwrap_or(false) {
            out_of_scope.push(Mention {
                name: entity.name.clone(),
                why: "held by a foreign state or for an ordinary crime or corruption, not a political detainee"
                    .into(),
            });
            continue;
        }
        // (A table row that names its person and a prison tells them held there, though no word
        // of custody does: "GÓMEZ, Luisana | Audiencia diferida | INOF".)
        let held_at_item = prisons
            .get(e)
            .is_some_and(|p| p.as_ref().is_some_and(|p| p.row))
            && !(f.relative[e] || f.official[e] || f.source[e]);
        if (events.is_empty() && !held_at_item) || f.high_office.get(e).copied().unwrap_or(false) {
            let why = if f.relative[e] {
                "relative"
            } else if f.official[e] {
                "official"
            } else if f.source[e] {
                "source"
            } else {
                "mentioned, no custody event in the text"
            };
            not_detainees.push(Mention {
                name: entity.name.clone(),
                why: why.into(),
            });
            continue;
        }
        let mut out_events: Vec<Event> = Vec::new();
        for r in events {
            let sentence = &doc.sentences[r.sentence];
            let (a, b) = doc.sentence_span(sentence);
            let date = r.date.map(|d: PartialDate| d.to_string());
            if let Some(prev) = out_events.iter_mut().find(|x| {
                let detention = x.kind == EventType::Detention && r.kind == EventType::Detention;
                // Two transfers to different places are two moves.
                let elsewhere = x.kind == EventType::Transfer
                    && matches!((&x.place, &r.place), (Some(p), Some(q)) if p != q);
                !elsewhere
                    && family_eq(x.kind, r.kind)
                    && (detention || compatible_dates(x.date.as_deref(), date.as_deref()))
            }) {
                // One spell of detention told twice ("held there since 2024", "still held"): the
                // earliest date says since when.
                if prev.kind == EventType::Detention
                    && let (Some(p), Some(d)) = (&prev.date, &date)
                    && d < p
                {
                    prev.date = date.clone();
                }
                // The same event told twice, once with its date: one event.
                // Keep the more precise of two compatible dates ("2025-09" and "2025-09-15").
                if date.as_ref().map_or(0, String::len) > prev.date.as_ref().map_or(0, String::len)
                {
                    prev.date = date.clone();
                }
                if r.kind == EventType::ConditionalRelease {
                    prev.kind = r.kind;
                    prev.conditions = prev.conditions.take().or(r.conditions.clone());
                }
                prev.place = prev.place.take().or(r.place.clone());
                prev.charges = prev.charges.take().or(r.charges.clone());
                // (An announced release also told done: done.)
                if r.certainty.is_none() {
                    prev.certainty = None;
                }
                continue;
            }
            out_events.push(Event {
                kind: r.kind,
                date,
                place: r.place.clone(),
                conditions: r.conditions.clone(),
                charges: r.charges.clone(),
                certainty: r.certainty,
                excerpt: doc.text.get(a..b).unwrap_or("").to_string(),
                start: chars.char_at(offset + a),
                end: chars.char_at(offset + b),
            });
        }
        crate::day_ranges::join_next_days(&mut out_events);
        // "freed … the retired general was released under house arrest": one event, house arrest
        // (never a release), dated by whichever telling has the date.
        if let Some(h) = out_events
            .iter()
            .position(|x| x.kind == EventType::HouseArrest)
        {
            let same = out_events.iter().position(|x| {
                family_eq(x.kind, EventType::Release)
                    && compatible_dates(x.date.as_deref(), out_events[h].date.as_deref())
            });
            if let Some(r) = same {
                let date = out_events[r].date.clone();
                out_events[h].date = out_events[h].date.take().or(date);
                out_events.remove(r);
            }
        }
        if let Some(held) = prisons.get(e).and_then(|p| p.as_ref()).and_then(|p| {
            crate::item_custody::held_there(
                doc,
                offset,
                chars,
                &out_events,
                &p.place,
                p.sentence,
                published,
            )
        }) {
            out_events.push(held);
        }
        // A release the whole text told without a day, as fact, is the publication's: measured
        // on every gold set, it is that day's more often than not. (After the tellings of one
        // event are one, so that an undated telling still joins a dated one.) So are a move and an
        // expulsion (measured on the spent sets: each raises
        // the share of right dates); a sentence, a charge or a house arrest
        // (more often a state that goes on: "sigue bajo arresto domiciliario") is not.
        for x in out_events.iter_mut().filter(|x| {
            x.date.is_none()
                && x.certainty.is_none()
                && (family_eq(x.kind, EventType::Release)
                    || matches!(x.kind, EventType::Transfer | EventType::Expulsion))
        }) {
            x.date = published.map(|d| d.format("%Y-%m-%d").to_string());
        }
        // A disappearance the text tells without a day began with the arrest that took the
        // person, when the text dates one arrest: "se lo llevaron el 2 de febrero … desde
        // entonces no sabemos dónde está".
        // (Or, told of no arrest, with the move that took them: "… trasladados el miércoles: 7.
        // OCHOA GIL, RAMÓN ANTONIO – destino desconocido".)
        let taken = |k: EventType| -> Vec<String> {
            out_events
                .iter()
                .filter(|x| x.kind == k)
                .filter_map(|x| x.date.clone())
                .collect()
        };
        let mut arrests = taken(EventType::Arrest);
        if arrests.is_empty() {
            arrests = taken(EventType::Transfer);
        }
        if let [arrested] = arrests.as_slice() {
            for x in out_events
                .iter_mut()
                .filter(|x| x.kind == EventType::Disappearance && x.date.is_none())
            {
                x.date = Some(arrested.clone());
            }
        }
        // (One leaving told twice, "put them on a flight to Washington … the group had been
        // \"deported\"": an exile and an expulsion of one day are one, read as told first.)
        let leaving = |k: EventType| matches!(k, EventType::Exile | EventType::Expulsion);
        if let Some((kind, date)) = out_events
            .iter()
            .find(|x| leaving(x.kind))
            .map(|x| (x.kind, x.date.clone()))
        {
            out_events.retain(|x| {
                !(leaving(x.kind)
                    && x.kind != kind
                    && compatible_dates(x.date.as_deref(), date.as_deref()))
            });
        }
        // Events of one kind in the order they happened (the text may tell the latest first).
        // (A month or year sorts after the days within it, "arrest 2025-11-10" before the custody
        // "2025-11" it began; but an arrest's before them, "detained in 2024 and transferred … on
        // 5 June 2024".)
        let within = |x: &Event, d: &str| match x.kind {
            EventType::Arrest => d.to_string(),
            _ => format!("{d:~<10}"),
        };
        out_events.sort_by(|x, y| match (&x.date, &y.date) {
            (Some(a), Some(b)) => within(x, a).cmp(&within(y, b)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });
        // (No custody after a death in it: "recluido en El Dorado, falleció el miércoles".)
        if let Some(died) = out_events
            .iter()
            .find(|x| x.kind == EventType::DeathInCustody)
            .and_then(|x| x.date.clone())
        {
            out_events.retain(|x| {
                // (A death dated by its year or month alone drops no custody within it.)
                x.kind != EventType::Detention
                    || x.date
                        .as_deref()
                        .is_none_or(|d| d <= &died[..] || d.starts_with(&died[..]))
            });
        }
        // (Last: the custody as of the publication follows what the text dates.)
        if let Some(held) = crate::still_held::held(&out_events, published) {
            out_events.push(held);
        }
        // (A record told as of a day before its publication, "Situación al 31 de octubre de
        // 2025": who is held now is held as of that day.)
        // (Not for one whose own events come after that day: "el 6 de noviembre fue detenido".)
        if let (Some(day), Some(published)) = (&as_of, published)
            && out_events.iter().all(|x| {
                x.kind == EventType::Detention
                    || x.date
                        .as_deref()
                        .is_none_or(|d| d <= day.as_str() || d.len() < 10)
            })
        {
            let printed = published.format("%Y-%m-%d").to_string();
            // (An undated custody of one the record tells nothing else of but how they came to
            // be held is theirs as of its day: "Corte: 12 de marzo … 3. A (47) — Tocorón".)
            let held_only = out_events.iter().all(|x| {
                matches!(
                    x.kind,
                    EventType::Arrest
                        | EventType::Detention
                        | EventType::Charge
                        | EventType::Sentence
                )
            });
            for x in out_events.iter_mut().filter(|x| {
                x.kind == EventType::Detention
                    && (x.date.as_deref() == Some(&printed) || (held_only && x.date.is_none()))
            }) {
                x.date = Some(day.clone());
            }
        }
        crate::printed_dates::decided_at_hearing(&mut out_events, hearing.as_deref(), published);
        crate::condition_words::exile_on_terms(&mut out_events);
        // ("Peruvian businessman X … was put on a flight to Lima": a foreigner sent out is
        // expelled, whatever the sentence told; "El opositor bielorruso X … fue expulsado a
        // Lituania": a national, exiled.)
        let nationality = &f.nationality[e];
        let foreign = !nationality.is_empty() && !nationality.iter().any(|n| n == doc.home);
        let national = nationality.len() == 1 && nationality[0] == doc.home;
        for x in &mut out_events {
            x.kind = match x.kind {
                EventType::Exile if foreign => EventType::Expulsion,
                EventType::Expulsion if national => EventType::Exile,
                k => k,
            };
        }
        persons.push(Person {
            name: entity.name.clone(),
            name_variants_in_text: entity
                .variants
                .iter()
                .filter(|v| **v != entity.name)
                .cloned()
                .collect(),
            nationality: f.nationality[e].clone(),
            roles: f.roles[e].clone(),
            events: out_events,
        });
    }
    let mut organizations: Vec<String> = Vec::new();
    for (_, name) in orgs {
        if !organizations.contains(&name) {
            organizations.push(name);
        }
    }
    Extraction {
        source: None,
        published: published.map(|d| d.format("%Y-%m-%d").to_string()),
        language: lang.code().to_string(),
        persons,
        not_detainees,
        out_of_scope_mentions: out_of_scope,
        counts,
        organizations,
        places,
    }
}

pub(crate) fn family_eq(a: EventType, b: EventType) -> bool {
    crate::discourse::family(a) == crate::discourse::family(b)
}

/// Two dates that may tell the same event: equal, one missing, or one a prefix of the other.
fn compatible_dates(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.starts_with(b) || b.starts_with(a),
        _ => true,
    }
}
