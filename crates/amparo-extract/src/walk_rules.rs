//! Small rules of the sentence walk: the date a named event inherits from an unnamed one, new
//! subjects between two events (and a release that is a step to house arrest), possessive
//! relations ("X's mother, Y"), disappearances dated by their arrest, and relatives waiting
//! outside a prison.

use crate::clues;
use crate::dates::PartialDate;
use crate::discourse::{Findings, GroupEvent, RawEvent, family};
use crate::events::Walk;
use crate::model::EventType;
use crate::persons::MentionRef;
use crate::references::References;
use crate::text::Doc;
use crate::triggers;

impl Walk<'_, '_> {
    /// The date of the latest unnamed event of the same kind ("the releases on Thursday") in
    /// this paragraph or the three sentences before: named people reported without a date share it.
    pub(crate) fn inherit(
        &self,
        groups: &[GroupEvent],
        kind: EventType,
        si: usize,
    ) -> Option<PartialDate> {
        let paragraph = self.doc.sentences.get(si).map(|s| s.paragraph);
        let near = |s: usize| {
            s <= si && (si - s <= 3 || self.doc.sentences.get(s).map(|x| x.paragraph) == paragraph)
        };
        let fits = |g: &&GroupEvent| {
            // (A house arrest is the other outcome of the release told before; a release
            // at the border sends out those it frees the same day.)
            let leaving = matches!(kind, EventType::Expulsion | EventType::Exile);
            let same = family(g.kind) == family(kind)
                || ((leaving || kind == EventType::HouseArrest)
                    && family(g.kind) == EventType::Release);
            // (Not a running total's day: "…398 people released … since July 2024".)
            same && g.date.is_some()
                && g.certainty.is_none()
                && !crate::list_tallies::period_count(self.doc, g.sentence)
        };
        // Groups are in sentence order: stop at the first one out of reach.
        let found = groups
            .iter()
            .rev()
            .take_while(|g| near(g.sentence))
            .find(fits)?;
        // ("Venezuela released 23 people on Friday, … in the second round of releases this
        // week": of one sentence's tellings, the one with a day.)
        groups
            .iter()
            .filter(|g| g.sentence == found.sentence)
            .filter(fits)
            .find(|g| matches!(g.date, Some(PartialDate::Day(_))))
            .unwrap_or(found)
            .date
    }

    /// Relatives waiting outside a prison (sentence `si`): the one they wait for is held there,
    /// as of the publication (the scene is the report's present) or of the waiting.
    pub(crate) fn waiting_scene(
        &self,
        si: usize,
        relation_targets: &[usize],
        groups: &mut Vec<GroupEvent>,
        f: &mut Findings,
    ) {
        let Some(s) = self.doc.sentences.get(si) else {
            return;
        };
        let (a, b) = (s.first, s.last);
        let date = self
            .inherit(groups, EventType::Detention, si)
            .or(self.published.map(PartialDate::Day));
        let place = clues::place(self.doc, self.gazetteer, self.hits, a, b, a);
        // ("Nueve personas salieron el sábado del penal. Los familiares se concentraron frente al
        // penal a la espera de las boletas.": waiting for the release just told, no custody.)
        // ("…fueron excarcelados este domingo. ¶ Ninguna autoridad lo anunció. Los familiares
        // esperaron a los detenidos en las puertas de Rodeo I": or the paragraph before.)
        let after_release = groups
            .iter()
            .rev()
            .take_while(|g| g.sentence + 3 >= si)
            .any(|g| {
                family(g.kind) == EventType::Release
                    && g.certainty.is_none()
                    && self
                        .doc
                        .sentences
                        .get(g.sentence)
                        .is_some_and(|x| x.paragraph + 1 >= s.paragraph)
            });
        if after_release {
            return;
        }
        if relation_targets.is_empty() {
            groups.push(GroupEvent {
                kind: EventType::Detention,
                date,
                sentence: si,
                certainty: None,
                conditions: None,
            });
        }
        for &e in relation_targets {
            f.events.push(RawEvent {
                entity: e,
                kind: EventType::Detention,
                date,
                place: place.clone(),
                conditions: None,
                charges: None,
                certainty: None,
                sentence: si,
            });
        }
    }
}

/// A disappearance told without a date in the sentence of a dated arrest of the same person
/// ("detenido el 3 de marzo; se desconoce su paradero") dates from that arrest.
pub(crate) fn date_disappearances(events: &mut [RawEvent]) {
    let arrests: Vec<(usize, Option<PartialDate>)> = events
        .iter()
        .filter(|e| e.kind == EventType::Arrest && e.date.is_some())
        .map(|e| (e.entity, e.date))
        .collect();
    for e in events
        .iter_mut()
        .filter(|e| e.kind == EventType::Disappearance && e.date.is_none())
    {
        e.date = arrests
            .iter()
            .find(|(x, _)| *x == e.entity)
            .and_then(|(_, d)| *d);
    }
}

/// ("Tras una valoración médica, los cuatro fueron trasladados a Cúcuta, donde se reunieron con
/// sus familias"): a move told after a person's release, to no prison, is no transfer in custody.
pub(crate) fn drop_moves_after_release(events: &mut Vec<RawEvent>, from: usize) {
    let from = from.min(events.len());
    let mut k = from;
    while k < events.len() {
        let e = &events[k];
        // (The events before are read only for a move to no prison, which few sentences tell.)
        let after_release = e.kind == EventType::Transfer
            && e.place.is_none()
            && events[..from]
                .iter()
                .any(|r| r.entity == e.entity && family(r.kind) == EventType::Release);
        if after_release {
            events.remove(k);
        } else {
            k += 1;
        }
    }
}

/// A stay in custody told in the sentence of the same person's release, expulsion or house
/// arrest ("spent eight months in jail before being freed", "expelled after being detained for
/// three days", "released on Saturday but remains under house arrest") is the stay that ended
/// there, no event of its own; a house arrest without a date takes the stay's.
pub(crate) fn drop_ended_stays(events: &mut Vec<RawEvent>, from: usize) {
    let ended = |e: &RawEvent, kinds: &[EventType]| {
        events[from..]
            .iter()
            .any(|o| o.entity == e.entity && kinds.contains(&o.kind))
    };
    let ends = [
        EventType::Release,
        EventType::ConditionalRelease,
        EventType::Expulsion,
        EventType::HouseArrest,
    ];
    // ("released after 14 months in Rodeo I", "freed, both held since 2024": a stay with its
    // prison or its start is kept; "remains under
    // house arrest", dated as the text is told, is the house arrest itself.)
    let stays: Vec<usize> = (from..events.len())
        .filter(|&i| {
            let e = &events[i];
            e.kind == EventType::Detention
                && ((e.place.is_none() && e.date.is_none() && ended(e, &ends))
                    || (e.date.is_some() && ended(e, &[EventType::HouseArrest])))
        })
        .collect();
    for &i in stays.iter().rev() {
        let stay = events.remove(i);
        if let Some(h) = events[from..].iter_mut().find(|o| {
            o.entity == stay.entity && o.kind == EventType::HouseArrest && o.date.is_none()
        }) {
            h.date = stay.date;
        }
    }
}

/// One release told twice in a sentence ("Entre los excarcelados figura X, liberado el sábado
/// 23 de mayo"): the copy dated only with the publication date goes, the dated one stays.
pub(crate) fn drop_report_dated_twins(
    events: &mut Vec<RawEvent>,
    from: usize,
    published: Option<chrono::NaiveDate>,
) {
    let Some(p) = published.map(PartialDate::Day) else {
        return;
    };
    let fam = crate::discourse::family;
    let twins: Vec<usize> = (from..events.len())
        .filter(|&i| {
            let e = &events[i];
            fam(e.kind) == EventType::Release
                && e.date == Some(p)
                && events[from..].iter().any(|o| {
                    o.entity == e.entity
                        && fam(o.kind) == EventType::Release
                        && o.date.is_some()
                        && o.date != Some(p)
                })
        })
        .collect();
    for &i in twins.iter().rev() {
        events.remove(i);
    }
}

/// A stay told with the same person's release only announced or asked for ("anunció que X
/// \"será liberado\", tras catorce meses detenido"): the stay goes on as the text is told.
pub(crate) fn date_stays_before_pending_release(
    events: &mut [RawEvent],
    published: Option<chrono::NaiveDate>,
) {
    let pending: Vec<usize> = events
        .iter()
        .filter(|e| {
            crate::discourse::family(e.kind) == EventType::Release
                && matches!(
                    e.certainty,
                    Some(crate::model::Certainty::Announced | crate::model::Certainty::Requested)
                )
        })
        .map(|e| e.entity)
        .collect();
    let released: Vec<usize> = events
        .iter()
        .filter(|e| crate::discourse::family(e.kind) == EventType::Release && e.certainty.is_none())
        .map(|e| e.entity)
        .collect();
    for e in events.iter_mut().filter(|e| {
        e.kind == EventType::Detention
            && e.date.is_none()
            && pending.contains(&e.entity)
            && !released.contains(&e.entity)
    }) {
        e.date = published.map(PartialDate::Day);
    }
}

/// Whether a new subject starts between two triggers: a conjunction or a comma followed by a
/// determiner, a numeral or a name ("y el sexto", "and two others", "; Ana Rivas").
pub(crate) fn new_subject(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        matches!(
            doc.f(k),
            "y" | "and" | "," | ";" | "mientras" | "while" | "pero" | "but"
        ) && (matches!(
            doc.f(k + 1),
            "el" | "la"
                | "los"
                | "las"
                | "the"
                | "otro"
                | "otra"
                | "otros"
                | "otras"
                | "another"
                | "other"
                | "others"
                | "uno"
                | "una"
                | "one"
                | "dos"
                | "two"
                | "tres"
                | "three"
        ) || doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.capitalised || t.kind == crate::text::TokenKind::Number))
    })
}

/// Releases a sentence tells that never were: going home after a summons (see `summons`) and
/// unserved release orders.
pub(crate) fn drop_releases_not_made(doc: &Doc<'_>, trig: &mut Vec<triggers::Trigger>) {
    crate::summons::drop_release_after_summons(doc, trig);
    crate::summons::drop_unserved_orders(doc, trig);
}

/// "Mosquera's mother, Luz Dary Palacios" / "lawyer Ana Lucía Guerrero's husband, businessman
/// Tomás Landa": of the two, the one the text already reports held is the detainee and the
/// other a relative (whom "her son" then leads back to the first).
pub(crate) fn possessive_relations(
    doc: &Doc<'_>,
    ms: &[&MentionRef],
    a: usize,
    b: usize,
    refs: &mut References,
    f: &mut Findings,
) {
    // "Nohemí Carrillo, mother of air force captain Andrés Eloy Carrillo", "Ramona Salcedo, madre
    // de Jorge Salcedo": the first is the relative of the second.
    for (i, m) in ms.iter().enumerate() {
        let rel = doc.f(m.last + 1);
        if doc.f(m.last) == ","
            && crate::slots::RELATIONS.contains(&rel)
            && matches!(doc.f(m.last + 2), "of" | "de" | "del")
            && let Some(named) = ms
                .get(i + 1)
                .filter(|n| n.first <= m.last + 8 && n.first > m.last + 2)
            // ("X, brother of former deputy Y, who lives in Madrid. He was arrested…": see
            // `relations::away`.)
            && !crate::relations::away(doc, m.last + 3, named.first, named.last)
        {
            f.relative[m.entity] = true;
            refs.relations
                .push((Some(named.entity), rel.to_string(), m.entity));
        }
    }
    for k in a..b {
        let rel = doc.f(k + 2);
        if !(doc.f(k) == "'" && doc.f(k + 1) == "s" && crate::slots::RELATIONS.contains(&rel)) {
            continue;
        }
        let next = if doc.f(k + 3) == "," { k + 4 } else { k + 3 };
        let (Some(owner), Some(named)) = (
            ms.iter().find(|m| m.last == k),
            ms.iter().find(|m| m.first >= next && m.first <= next + 3),
        ) else {
            continue;
        };
        let held = |e: usize| f.events.iter().any(|r| r.entity == e);
        // ("Safarzade's husband, Orkhan Valiyev, outside the court: \"…\"": a sentence where the
        // one named after speaks, telling no custody, says what its words say: they are the kin.)
        let untold = crate::triggers::find(doc, a, b).is_empty()
            && (named.last..b).any(|k| {
                crate::slots::SPEECH.contains(&doc.f(k))
                    || matches!(doc.tokens[k].text, ":" | "\"" | "“" | "«")
            });
        let relative =
            if held(owner.entity) || !held(named.entity) && (f.source[named.entity] || untold) {
                named.entity
            } else {
                owner.entity
            };
        f.relative[relative] = true;
        refs.relations
            .push((Some(owner.entity), rel.to_string(), named.entity));
    }
}

/// What a sentence's own events say once all are read: disappearances dated, stays before a
/// pending release dated, stays a release ended, moves after a release and copies dated only
/// by the report dropped (`from`: the sentence's first event).
pub(crate) fn tidy_sentence_events(
    events: &mut Vec<RawEvent>,
    from: usize,
    published: Option<chrono::NaiveDate>,
) {
    date_disappearances(&mut events[from..]);
    date_stays_before_pending_release(&mut events[from..], published);
    drop_ended_stays(events, from);
    drop_moves_after_release(events, from);
    drop_report_dated_twins(events, from, published);
}

/// The date of a sentence's first event, else its first date, for "ese mismo día" after it.
/// (A list of agents may have taken back what the sentence gave its names.)
pub(crate) fn sentence_date_told(
    events: &[RawEvent],
    from: usize,
    found: &[crate::dates::DateMention],
) -> Option<PartialDate> {
    events
        .get(from..)
        .unwrap_or_default()
        .iter()
        .find_map(|e| e.date)
        .or(found.first().map(|d| d.date))
}
