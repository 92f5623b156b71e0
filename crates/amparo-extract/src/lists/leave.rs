//! What a list item gives its people when the walk leaves it: the event it starts from (the
//! item's own, the lead's, or a nearby date for an undated lead), an item that denies the release
//! or names agents or authors instead of detainees, the group's events shared with every member,
//! and what the sentences right after a list add (its release, conditions for all).

use super::item_kind::{
    authored, denies_arrest, denies_release, item_of_agents, item_tokens, never_held, signed,
    stayed,
};
use super::{ListContext, Lists, entity_at};
use crate::clues;
use crate::discourse::{Findings, GroupEvent, family};
use crate::list_give::give;
use crate::list_lead::lead;
use crate::model::EventType;
use crate::triggers;

impl Lists {
    /// Called after sentence `si` is read: at the end of an item, gives its people their events.
    pub(crate) fn leave(
        &mut self,
        cx: &ListContext<'_, '_>,
        si: usize,
        groups: &[GroupEvent],
        f: &mut Findings,
    ) {
        if let Some(item) = cx
            .layout
            .item_of
            .get(si)
            .copied()
            .flatten()
            .and_then(|i| cx.layout.items.get(i))
            && item.sentences.end == si + 1
        {
            // ("AFIRMACIÓN 2: La diputada X murió en El Helicoide.": a fact-check's claim or
            // verdict under its label is no item of a list; the walk reads it.)
            let (first, last) = item_tokens(cx.doc, item);
            if crate::fact_checks::labelled_line(cx.doc, first, last) {
                return;
            }
            // ("…confirmó la excarcelación de seis trabajadores: los periodistas A (Radio X); B…":
            // the event the sentence gave its first name is the whole list's.)
            let named: Vec<usize> = item
                .names
                .iter()
                .filter_map(|n| entity_at(cx.mentions, n.start))
                .collect();
            let given = f
                .events
                .iter()
                .find(|e| e.sentence == si && named.contains(&e.entity))
                .map(|e| GroupEvent {
                    kind: e.kind,
                    date: e.date,
                    sentence: si,
                    conditions: e.conditions.clone(),
                    certainty: e.certainty,
                });
            let base = if item.inline {
                groups
                    .iter()
                    .rev()
                    .take_while(|g| g.sentence == si)
                    .find(|g| family(g.kind) == EventType::Release)
                    .or_else(|| groups.last().filter(|g| g.sentence == si))
                    .cloned()
                    .or(given)
                    .or_else(|| lead(cx.doc, groups, cx.layout, si))
            } else {
                // A list opened by its own header ("Liberados:") has its lead inside it.
                if self.lead.is_none() {
                    self.lead = lead(cx.doc, groups, cx.layout, item.sentences.start);
                }
                // (What the item itself tells without a name: see `own_event`.)
                let own = super::item_kind::own_event(cx.doc, groups, item, self.lead.as_ref());
                own.or_else(|| self.lead.clone())
            };
            // A lead without a date (a headline) takes the date of the same event told nearby
            // without names ("🔴 Confirmamos la excarcelación … esta madrugada"), or of the
            // freed's landing (`landing_day`); another item's own date is that item's.
            let other_item = |s: usize| s < item.sentences.start && cx.layout.named_item(s);
            let mut own_date = false;
            let base = base.map(|mut b| {
                if b.date.is_none()
                    && let Some(g) = groups
                        .iter()
                        .rev()
                        .take_while(|g| g.sentence + 10 >= si)
                        .find(|g| {
                            g.sentence <= si
                                && !other_item(g.sentence)
                                && family(g.kind) == family(b.kind)
                                && g.date.is_some()
                                && g.certainty.is_none()
                        })
                {
                    b.date = g.date;
                    own_date = g.sentence >= item.sentences.start;
                } else if b.date.is_none() && family(b.kind) == EventType::Release {
                    b.date = super::group_date::landing_day(cx, item.sentences.start);
                }
                b
            });
            if !item.inline
                && !own_date
                && let (Some(lead), Some(b)) = (self.lead.as_mut(), base.as_ref())
            {
                lead.date = lead.date.or(b.date);
            }
            // "The following were freed:" opening the list: its own event is the list's lead.
            if !item.inline
                && item.names.is_empty()
                && item.header.is_some()
                && self.members.is_empty()
                && let Some(g) = groups
                    .iter()
                    .rev()
                    .take_while(|g| g.sentence == si)
                    .find(|g| {
                        family(g.kind) == EventType::Release || g.kind == EventType::HouseArrest
                    })
                // ("…estos son los excarcelados:" then "Con arresto domiciliario:" over three
                // names and "Mujeres:" over four: a header of house arrest under a lead of
                // releases heads its own group, not the list; "Mujeres" are the lead's freed.)
                && !(g.kind == EventType::HouseArrest
                    && base.as_ref().is_some_and(|b| family(b.kind) == EventType::Release))
            {
                let mut g = g.clone();
                g.date = g.date.or(base.as_ref().and_then(|b| b.date));
                // ("All nine released must report every 30 days. … Released:": the lead's
                // conditions are the header's release's.)
                if family(g.kind) == EventType::Release && g.conditions.is_none() {
                    g.conditions = base
                        .as_ref()
                        .filter(|b| family(b.kind) == EventType::Release)
                        .and_then(|b| b.conditions.clone());
                    if g.conditions.is_some() {
                        g.kind = EventType::ConditionalRelease;
                    }
                }
                // ("…enviados en un vuelo a Guatemala. / Los excarcelados son:": the lead's
                // leaving stays the list's, beside the header's release.)
                if let Some(l) = self.lead.take().filter(|l| {
                    family(g.kind) == EventType::Release
                        && super::freed_headline::leaving_before(cx, l, si, (first, last))
                }) {
                    self.also.push(l);
                }
                self.lead = Some(g);
            }
            // ("…excarceló a tres presos políticos. Estos son: A, B, C. Según el Mecanismo, siguen
            // presos: D, E" under "Nicaragua destierra a Guatemala a 3 presos políticos"): a later
            // header that tells its own event heads others than those the lead's leaving took.
            if !item.inline
                && item.names.is_empty()
                && !self.members.is_empty()
                && !triggers::find(cx.doc, first, last).is_empty()
            {
                self.also
                    .retain(|g| !matches!(g.kind, EventType::Exile | EventType::Expulsion));
            }
            // "Firmaron el acuerdo:" over "- Por el Gobierno: A": a header sets who lines name.
            if !item.inline && item.names.is_empty() && item.header.is_some() {
                self.agents = item_of_agents(cx.doc, item);
            }
            // "6) Carlos Bermúdez — held at Rodeo II since August 2024 — NOT released; remains
            // there", "- Roberto Sanabria: sigue detenido": the list's release is not theirs.
            let (from, to) = item_tokens(cx.doc, item);
            // (Still held, then, as of the publication; see `judged_false`.)
            let judged_false = super::item_kind::judged_false(cx.doc, from, to);
            let base = base.filter(|b| {
                judged_false.is_none_or(|arrest| b.kind == EventType::Detention && !arrest)
            });
            let base = base.filter(|b| {
                !(matches!(b.kind, EventType::Arrest | EventType::Detention)
                    && (denies_arrest(cx.doc, from, to) || never_held(cx.doc, from, to)))
            });
            let base = base.map(|b| {
                if family(b.kind) == EventType::Release && denies_release(cx.doc, from, to) {
                    GroupEvent {
                        kind: EventType::Detention,
                        date: cx.published.map(crate::dates::PartialDate::Day),
                        conditions: None,
                        certainty: None,
                        ..b
                    }
                } else {
                    b
                }
            });
            let agents = (!item.inline && self.agents)
                || item_of_agents(cx.doc, item)
                || authored(cx.doc, item)
                || signed(cx, item);
            if agents {
                // What the walk read into the item's own sentences ("Those who negotiated the
                // release: … lawmaker X") is not its people's either.
                let named: Vec<usize> = item
                    .names
                    .iter()
                    .filter_map(|n| entity_at(cx.mentions, n.start))
                    .collect();
                f.events.retain(|e| {
                    !(named.contains(&e.entity) && item.sentences.contains(&e.sentence))
                });
                if item.inline {
                    self.members.clear();
                    self.current = Some(usize::MAX);
                }
                return;
            }
            let before = f.events.len();
            let lead_before = base
                .as_ref()
                .filter(|b| item.inline && b.sentence < si && family(b.kind) == EventType::Release)
                .map(|b| b.sentence);
            // (Or the banishment its headline told: "Estos son los presos políticos desterrados
            // a Guatemala" over "…excarceló el jueves a tres presos políticos. Estos son: A, B y C.")
            let told = lead_before.and_then(|_| {
                super::freed_headline::banished_headline(cx, groups, base.as_ref(), &[])
            });
            let members = give(cx, item, base, f);
            // ("…un avión con presos políticos excarcelados y desterrados. … Tenemos confirmados
            // ocho nombres: A; B…": the leaving its lead tells with the release is each name's.)
            let leaving = groups.iter().filter(|g| {
                Some(g.sentence) == lead_before
                    && g.certainty.is_none()
                    && matches!(g.kind, EventType::Exile | EventType::Expulsion)
            });
            for g in leaving.chain(told.as_ref()) {
                for &e in &members {
                    if !f.events.iter().any(|r| r.entity == e && r.kind == g.kind) {
                        f.events.push(g.for_member(e, item.sentences.start));
                    }
                }
            }
            super::item_kind::out_of_scope_names(cx, item, f);
            // The group's arrest, what the lead tells besides the release, the custody the group
            // is still in: each member's, unless the item said that kind (a row telling its own
            // events takes the arrest alone), or denies the arrest ("X was NOT detained").
            let denied = denies_arrest(cx.doc, from, to) || never_held(cx.doc, from, to);
            let row_tells = item.row.as_ref().is_some_and(|r| r.tells_events());
            if !item.inline && !denied {
                let told = self.also.iter().chain(&self.held).filter(|_| !row_tells);
                for g in self.arrest.iter().chain(told) {
                    for &e in &members {
                        if !f.events.iter().any(|r| r.entity == e && r.kind == g.kind) {
                            f.events.push(g.for_member(e, item.sentences.start));
                        }
                    }
                }
            }
            if !item.inline && !denied && judged_false.is_none() {
                super::group_custody::give_charge(self.charge.as_ref(), &members, item, f);
            }
            if stayed(cx.doc, from, to) {
                f.events.retain(|r| {
                    !(members.contains(&r.entity)
                        && item.sentences.contains(&r.sentence)
                        && matches!(r.kind, EventType::Exile | EventType::Expulsion))
                });
            }
            // "📌 Todos con régimen de presentación cada 30 días": an item without names that
            // gives conditions to all makes the list's releases conditional.
            if members.is_empty() && !item.inline {
                let (from, to) = item_tokens(cx.doc, item);
                if let Some(c) = clues::conditions(cx.doc, from, to)
                    && crate::group_members::whole_group(cx.doc, from, to)
                {
                    let start = self.first_event.min(f.events.len());
                    for e in f.events[start..].iter_mut().filter(|e| {
                        self.members.contains(&e.entity)
                            && e.kind == EventType::Release
                            && e.conditions.is_none()
                    }) {
                        e.kind = EventType::ConditionalRelease;
                        e.conditions = Some(c.clone());
                    }
                }
            }
            if item.inline {
                // A list inside one sentence ends with it: what follows may speak of its people.
                self.members = members;
                self.current = Some(usize::MAX);
                self.first_event = before;
            } else {
                self.members.extend(members);
            }
        }
        // A list told before its lead ("…La lista fue difundida por Foro Penal, que confirmó las
        // excarcelaciones el lunes."): the release right after it is its people's.
        // (Not a line that opens the next list: "Excarcelaciones registradas entre el 1 de
        // febrero y el 10 de marzo:" over a table of others.)
        // (Nor a heading over it without a colon: "Excarcelados desde el 8 de enero".)
        let opens_next = cx.doc.sentences.get(si).is_some_and(|s| {
            let end = cx.doc.f(s.last.wrapping_sub(1));
            end == ":" || (s.last - s.first <= 8 && !matches!(end, "." | "!" | "?" | "\""))
        }) && (si + 1..si + 3)
            .any(|n| cx.layout.item_of.get(n).copied().flatten().is_some());
        if self.since_end.is_some_and(|n| n <= 1)
            && self.lead.is_none()
            && !opens_next
            && cx.layout.item_of.get(si).copied().flatten().is_none()
            // ("Excarcelados desde el 8 de enero: ninguno de los anteriores.")
            && !cx.doc.sentences.get(si).is_some_and(|s| {
                (s.first..s.last).any(|k| {
                    matches!(cx.doc.f(k), "ninguno" | "ninguna" | "none" | "nadie" | "nobody")
                })
            })
            // (Not a balance's: "Totals: 4 held, 1 released with conditions"; but "all 3
            // released" is everyone's.)
            && (!crate::list_tallies::balance(cx.doc, si)
                || cx.doc.sentences.get(si).is_some_and(|s| {
                    crate::group_members::whole_group(cx.doc, s.first, s.last)
                }))
            && let Some(g) = groups
                .iter()
                .rev()
                .take_while(|g| g.sentence == si)
                .find(|g| family(g.kind) == EventType::Release)
        {
            let from = self.first_event.min(f.events.len());
            let told: Vec<usize> = f.events[from..]
                .iter()
                .filter(|e| {
                    family(e.kind) == EventType::Release || e.kind == EventType::HouseArrest
                })
                .map(|e| e.entity)
                .collect();
            for &e in self.members.iter().filter(|e| !told.contains(e)) {
                f.events.push(g.for_member(e, si));
            }
            self.lead = Some(g.clone());
        }
        // "Según el comité, los cuatro deberán presentarse…": conditions for the whole list.
        if self.since_end.is_some_and(|n| n <= 1)
            && cx.layout.item_of.get(si).copied().flatten().is_none()
        {
            let Some(s) = cx.doc.sentences.get(si) else {
                return;
            };
            // ("All were released from Rodeo I and must report…", "All eight who were released
            // must report…": a release told again of the whole list is the list's.)
            let released_here = triggers::find(cx.doc, s.first, s.last)
                .iter()
                .any(|t| family(t.kind) == EventType::Release)
                && !crate::group_members::whole_group(cx.doc, s.first, s.last);
            // (Conditions for "most of those freed" are nobody's in particular; nor are those
            // a label gives the names after it: "Con régimen de presentación: A, y los hermanos
            // Dávila, B y C" when its names were not read as an item.)
            let some = crate::group_members::only_some(cx.doc, s.first, s.last)
                || cx.mentions.iter().any(|m| {
                    m.sentence == si
                        && !self.members.contains(&m.entity)
                        && (s.first..m.first).any(|k| cx.doc.f(k) == ":")
                });
            if let (Some(c), false, false) = (
                clues::conditions(cx.doc, s.first, s.last),
                released_here,
                some,
            ) {
                let from = self.first_event.min(f.events.len());
                // (Not a release its own line told free: "En libertad plena: A; B.")
                let free = |si: usize| {
                    cx.doc
                        .sentences
                        .get(si)
                        .is_some_and(|s| crate::condition_words::told_free(cx.doc, s.first, s.last))
                };
                for e in f.events[from..].iter_mut().filter(|e| {
                    self.members.contains(&e.entity)
                        && e.kind == EventType::Release
                        && e.conditions.is_none()
                        && !free(e.sentence)
                }) {
                    e.kind = EventType::ConditionalRelease;
                    e.conditions = Some(c.clone());
                }
            }
        }
    }
}
