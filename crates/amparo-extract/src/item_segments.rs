//! The segments of a list's items that name several people, each a name and what the list tells of it up to
//! the next semicolon ("Excarcelados en octubre: A, el 17/10, con arresto domiciliario; B, el
//! 24/10, con régimen de presentación; C, el 30/10, sin información sobre las condiciones"):
//! each person's own day and terms; and the one event the list gives each person of an item.

use crate::dates::PartialDate;
use crate::discourse::{Findings, GroupEvent, RawEvent, family};
use crate::layout::Item;
use crate::lists::ListContext;
use crate::model::EventType;

/// Whether person `e` of an inline item set apart by semicolons, one segment per name, has a
/// segment that tells an event of its own ("…the first names: the activist A, sentenced in 2021
/// …; the journalist B, detained in May 2022; and C, held since 2023"): the list's event, read
/// from the first segment, is not theirs.
pub(crate) fn tells_own(
    cx: &ListContext<'_, '_>,
    item: &Item,
    members: &[usize],
    e: usize,
) -> bool {
    let doc = cx.doc;
    let Some(s) = doc.sentences.get(item.sentences.start) else {
        return false;
    };
    let semis = (s.first..s.last).filter(|&k| doc.f(k) == ";").count();
    if !item.inline || semis + 1 < members.len() || members.len() < 2 {
        return false;
    }
    let lo = cx.mentions.partition_point(|m| m.first < s.first);
    let hi = cx.mentions.partition_point(|m| m.first < s.last);
    let here = &cx.mentions[lo..hi];
    let Some(m) = here.iter().find(|m| m.entity == e) else {
        return false;
    };
    // (Not when the lead tells it: "CONFIRMED released last night: A; B; and C, who had been
    // held since August".)
    let lead_end = here.first().map_or(s.first, |f| f.first);
    if !crate::triggers::find(doc, s.first, lead_end).is_empty() {
        return false;
    }
    let end = (m.last..s.last)
        .find(|&k| doc.f(k) == ";")
        .unwrap_or(s.last);
    !crate::triggers::find(doc, m.last, end).is_empty()
}

/// Gives each person of an item whose segment tells a day of its own that day for the list's
/// release, house arrest, move or death, and for a release the segment's own terms: a house
/// arrest, conditions, or none; a custody since a day of its own dates the person's arrest.
pub(crate) fn own_days(cx: &ListContext<'_, '_>, item: &Item, members: &[usize], f: &mut Findings) {
    let doc = cx.doc;
    let Some(s) = doc.sentences.get(item.sentences.start) else {
        return;
    };
    // Only a list set apart by semicolons, one segment per name.
    let semis = (s.first..s.last).filter(|&k| doc.f(k) == ";").count();
    if semis + 1 < members.len() || members.len() < 2 {
        return;
    }
    // (Mentions are in text order: the sentence's are one run, found by binary search.)
    let lo = cx.mentions.partition_point(|m| m.first < s.first);
    let hi = cx.mentions.partition_point(|m| m.first < s.last);
    let here = &cx.mentions[lo..hi];
    for &e in members {
        let Some(m) = here.iter().find(|m| m.entity == e && m.last <= s.last) else {
            continue;
        };
        let end = (m.last..s.last)
            .find(|&k| doc.f(k) == ";")
            .unwrap_or(s.last);
        let found = crate::dates::find(doc, m.last, end, cx.published);
        // ("A, en el Rodeo I desde el 12/01/2025; B, en el INOF desde el 30/06/2025": each one's
        // custody since a day of its own.)
        // (Not another's named between: "A, madre de B (preso en Tocorón desde 2024)".)
        let other_before = |k: usize| {
            here.iter()
                .any(|o| o.entity != e && o.first >= m.last && o.first < k)
        };
        if let Some(since) = found.iter().find(|d| d.since && !other_before(d.first)) {
            for r in own_events(f, e, item.sentences.start).filter(|r| r.kind == EventType::Arrest)
            {
                r.date = Some(since.date);
            }
        }
        // (Told before any event word of its own, past a custody's "since": not "B, detenida
        // el 3 de mayo, …", but "B, detenido desde el 2 de agosto en Yaritagua, el 20/11".)
        let from = found
            .iter()
            .filter(|d| d.since)
            .map(|d| d.last)
            .max()
            .unwrap_or(m.last);
        let Some(day) = found.into_iter().find(|d| {
            !d.since
                && d.first >= from
                && matches!(d.date, PartialDate::Day(_))
                && crate::triggers::find(doc, from, d.first).is_empty()
        }) else {
            continue;
        };
        let house = (m.last..end).any(|k| doc.matches_at(k, "arresto domiciliario"))
            || (m.last..end).any(|k| doc.matches_at(k, "house arrest"));
        let terms = crate::clues::conditions(doc, m.last, end);
        for r in own_events(f, e, item.sentences.start).filter(|r| {
            family(r.kind) == EventType::Release
                || matches!(
                    r.kind,
                    EventType::HouseArrest | EventType::DeathInCustody | EventType::Transfer
                )
        }) {
            r.date = Some(day.date);
            // (A death or a move keeps its kind: only its day is the segment's.)
            if matches!(r.kind, EventType::DeathInCustody | EventType::Transfer) {
                continue;
            }
            if house {
                r.kind = EventType::HouseArrest;
                r.conditions = None;
            } else if r.kind != EventType::HouseArrest {
                r.kind = if terms.is_some() {
                    EventType::ConditionalRelease
                } else {
                    EventType::Release
                };
                r.conditions.clone_from(&terms);
            }
        }
    }
}

/// The events of person `e` the item opening at sentence `start` gave (the last told, as
/// `list_give::add` reads them).
fn own_events(
    f: &mut Findings,
    e: usize,
    start: usize,
) -> impl Iterator<Item = &mut crate::discourse::RawEvent> {
    f.events
        .iter_mut()
        .rev()
        .take_while(move |r| r.sentence >= start)
        .filter(move |r| r.entity == e && r.sentence == start)
}

/// Gives person `e` of an item one event of the list.
#[allow(clippy::too_many_arguments)]
pub(crate) fn add(
    f: &mut Findings,
    item: &Item,
    e: usize,
    kind: EventType,
    date: Option<PartialDate>,
    conditions: &Option<String>,
    place_here: &Option<String>,
    base: Option<&GroupEvent>,
) {
    let first_sentence = item.sentences.start;
    {
        // What the item already says of the person: the same kind of event, or house arrest
        // (never also a release), gets the list's date and conditions instead of a second event.
        let own = f
            .events
            .iter_mut()
            .rev()
            .take_while(|r| r.sentence >= first_sentence)
            .find(|r| {
                // (A leaving is its own event beside the release: "Excarcelados y expulsados".)
                let leaving = matches!(kind, EventType::Exile | EventType::Expulsion);
                r.entity == e
                    && ((family(r.kind) == family(kind) && (!leaving || r.kind == kind))
                        || (r.kind == EventType::HouseArrest && family(kind) == EventType::Release))
            });
        if let Some(own) = own {
            own.date = own.date.or(date);
            if own.kind == EventType::Release && conditions.is_some() {
                own.kind = EventType::ConditionalRelease;
                own.conditions.clone_from(conditions);
            }
            return;
        }
        // ("• X … died in custody at the DGCIM", "• Y … has been forcibly disappeared since
        // June 3": an item that tells its person still in custody or dead is no release of the
        // list's.)
        let kept = f
            .events
            .iter()
            .rev()
            .take_while(|r| r.sentence >= first_sentence)
            .any(|r| {
                // (Not one told dated before the list's event: "estuvo desaparecido diez días
                // tras su arresto en 2024".)
                let earlier =
                    matches!((r.date, date), (Some(a), Some(b)) if a.to_string() < b.to_string());
                r.entity == e
                    && r.certainty.is_none()
                    && !earlier
                    && matches!(r.kind, EventType::DeathInCustody | EventType::Disappearance)
            });
        if kept && family(kind) == EventType::Release {
            return;
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
            certainty: base.and_then(|b| b.certainty),
            sentence: first_sentence,
        });
    }
}
