//! Release conditions told apart from their release: of the people a sentence names, of the
//! release told just before, of a group's release whose list comes later ("Paredes deberá
//! presentarse cada 30 días", "todos los beneficiados quedaron sujetos a…", "All must report
//! monthly").

use crate::discourse::{GroupEvent, RawEvent, family};
use crate::model::EventType;
use crate::text::Doc;

/// Conditions a sentence states without a release of its own ("Paredes deberá presentarse cada
/// 30 días", "the union leader must appear before a judge"): they make conditional the release
/// of the people the sentence names, else the releases of the sentence before, else the latest
/// release of the person the text is about (within eight sentences).
pub(crate) fn attach_conditions(
    doc: &Doc<'_>,
    events: &mut [RawEvent],
    conditions: &str,
    named: &[usize],
    prev_si: Option<usize>,
    focus: Option<usize>,
    si: usize,
) {
    // Events are in sentence order: only the tail within reach is read.
    let start = events
        .iter()
        .rposition(|e| e.sentence + 8 < si)
        .map_or(0, |p| p + 1);
    // ("En libertad plena: A; B. Con régimen de presentación: C.": not a release told free.)
    let free = |e: &RawEvent| {
        doc.sentences
            .get(e.sentence)
            .is_some_and(|s| crate::condition_words::told_free(doc, s.first, s.last))
    };
    let open = |e: &RawEvent| {
        (e.kind == EventType::Release
            || (e.kind == EventType::ConditionalRelease && e.conditions.is_none()))
            && !free(e)
    };
    let recent = |e: &RawEvent| e.sentence + 8 >= si && e.sentence <= si;
    let by_name: Vec<usize> = (start..events.len())
        .filter(|&i| named.contains(&events[i].entity) && open(&events[i]) && recent(&events[i]))
        .collect();
    let chosen = if !by_name.is_empty() {
        by_name
    } else {
        let before: Vec<usize> = (start..events.len())
            .filter(|&i| {
                Some(events[i].sentence) == prev_si
                    && family(events[i].kind) == EventType::Release
                    && !free(&events[i])
            })
            .collect();
        // ("Los tres fueron imputados… De acuerdo con la defensa, el tribunal les otorgó una
        // medida cautelar de presentación…": a plural clitic, the releases of the latest
        // sentence that freed several.)
        let plural = crate::heading_lines::tells_of(doc, si, &["les", "them"]);
        let several = || {
            let last = (start..events.len())
                .rev()
                .find(|&i| open(&events[i]) && recent(&events[i]))
                .map(|i| events[i].sentence)?;
            let of_it: Vec<usize> = (start..events.len())
                .filter(|&i| events[i].sentence == last && open(&events[i]))
                .collect();
            // (Not past the events of others: "…los condenó a tres años. Como ambos ya llevan
            // 18 meses presos, les acordó…".)
            let theirs = (start..events.len())
                .filter(|&i| events[i].sentence > last)
                .all(|i| of_it.iter().any(|&j| events[j].entity == events[i].entity));
            (of_it.len() > 1 && theirs).then_some(of_it)
        };
        if !before.is_empty() {
            before
        } else if let Some(group) = plural.then(several).flatten() {
            group
        } else {
            (start..events.len())
                .rev()
                .find(|&i| {
                    Some(events[i].entity) == focus && open(&events[i]) && recent(&events[i])
                })
                .into_iter()
                .collect()
        }
    };
    for i in chosen {
        events[i].kind = EventType::ConditionalRelease;
        if events[i].conditions.is_none() {
            events[i].conditions = Some(conditions.to_string());
        }
    }
}

/// Conditions told of a whole group right after its release ("todos los beneficiados quedaron
/// sujetos a…", "all of them must report…") make the group's release conditional, unless only
/// some of them were concerned ("la mayoría", "most").
pub(crate) fn condition_group(
    doc: &Doc<'_>,
    groups: &mut [GroupEvent],
    conditions: &str,
    si: usize,
) {
    // ("…precisó que cuatro de ellos deberán presentarse ante los tribunales")
    if doc
        .sentences
        .get(si)
        .is_some_and(|s| crate::group_members::only_some(doc, s.first, s.last))
    {
        return;
    }
    if let Some(g) = groups
        .iter_mut()
        .rev()
        .take_while(|g| g.sentence + 3 >= si)
        .find(|g| family(g.kind) == EventType::Release && g.certainty.is_none())
        && g.conditions.is_none()
    {
        g.kind = EventType::ConditionalRelease;
        g.conditions = Some(conditions.to_string());
    }
}

/// "All must report monthly to a military court", "Todos deberán presentarse…": every release told
/// in the four sentences up to sentence `si` is conditional.
pub(crate) fn condition_recent_releases(events: &mut [RawEvent], conditions: &str, si: usize) {
    for r in events.iter_mut().rev().take_while(|r| r.sentence + 4 >= si) {
        if r.kind == EventType::Release && r.certainty.is_none() {
            r.kind = EventType::ConditionalRelease;
            r.conditions = Some(conditions.to_string());
        }
    }
}

/// The event of the person at slot `j` when the sentence's release conditions are told in a
/// relative clause of another ("Excarcelaron a A, a B y a C, quien deberá presentarse cada 30
/// días"): a plain release for the others, the conditions only for the one before "quien".
pub(crate) fn one_of_relative(
    doc: &Doc<'_>,
    slots: &[crate::slots::Slot],
    j: usize,
    (a, b): (usize, usize),
    kind: EventType,
    conditions: &Option<String>,
) -> (EventType, Option<String>) {
    let owner = (kind == EventType::ConditionalRelease)
        .then(|| {
            slots.iter().position(|s| {
                // (Not a speaker's clause about them all: "…, quien precisó que ambos deberán
                // presentarse".)
                let of_all = || {
                    (s.last + 2..b.min(s.last + 8)).any(|k| {
                        crate::slots::SPEECH.contains(&doc.f(k))
                            || matches!(doc.f(k), "ambos" | "ambas" | "todos" | "todas" | "both")
                    })
                };
                doc.f(s.last) == ","
                    && doc.f(s.last + 1) == "quien"
                    && !of_all()
                    && crate::clues::conditions(doc, a, s.last).is_none()
                    && crate::clues::conditions(doc, s.last + 1, b).is_some()
            })
        })
        .flatten();
    match owner {
        Some(o) if o != j && slots[o].entity != slots[j].entity => (EventType::Release, None),
        _ => (kind, conditions.clone()),
    }
}

/// ("…salieron en libertad ayer con régimen de presentación cada 15 días. … Los nueve
/// excarcelados son: A, B…"): a noun of the release told just before, with its article, names
/// the group it freed, on the conditions it was freed on.
pub(crate) fn referred_conditions(
    doc: &crate::text::Doc<'_>,
    t: &crate::triggers::Trigger,
    kind: crate::model::EventType,
    groups: &[crate::discourse::GroupEvent],
    si: usize,
) -> Option<String> {
    let article = |k: usize| matches!(doc.f(k), "los" | "las" | "the");
    let noun = article(t.first.wrapping_sub(1))
        || (article(t.first.wrapping_sub(2))
            && crate::counts::number_word(doc.f(t.first.wrapping_sub(1))).is_some());
    if kind != crate::model::EventType::Release || !noun || !doc.f(t.first).ends_with('s') {
        return None;
    }
    groups
        .iter()
        .rev()
        .take_while(|g| si - g.sentence <= 3)
        .find(|g| {
            crate::discourse::family(g.kind) == crate::model::EventType::Release
                && g.certainty.is_none()
        })
        .and_then(|g| g.conditions.clone())
}

/// ("▸ X — nurse. Released from the INOF after 11 months. Conditions: report to court every 30
/// days"): whether the last event told is a release of the list item sentence `si` is in, told in
/// its sentence before — whose conditions, then, are its own and not the list's.
pub(crate) fn item_release(layout: &crate::layout::Layout, events: &[RawEvent], si: usize) -> bool {
    let item = |s: usize| layout.item_of.get(s).copied().flatten();
    events.last().is_some_and(|e| {
        e.kind == EventType::Release && e.sentence < si && item(e.sentence) == item(si)
    })
}
