//! The sentence walk: triggers attached to the people they are about, with modality, dates
//! (inherited within a paragraph when the sentence has none), places, conditions and charges.

use chrono::NaiveDate;

use crate::attributes::describe;
use crate::clues;
use crate::dates::{self, DateMention, PartialDate};
pub use crate::discourse::{Findings, RawEvent};
use crate::discourse::{
    GroupEvent, assign_dates, attach_conditions, condition_group, cue_members, family, merge,
    whole_group,
};
use crate::gazetteer::{Gazetteer, Hit};
use crate::layout::Layout;
use crate::lists::{ListContext, Lists};
use crate::model::EventType;
use crate::persons::MentionRef;
use crate::references::{References, role_references};
use crate::slots::{SPEECH, Slot, list_around, targets};
use crate::text::Doc;
use crate::triggers::{self, Modality};
use crate::walk_rules::{
    condition_recent_releases, date_disappearances, date_stays_before_pending_release,
    drop_ended_stays, drop_report_dated_twins, fallback_subjects, new_subject, past_state,
    possessive_relations,
};

/// Walks the sentences of a document.
pub struct Walk<'a, 'd> {
    /// The document.
    pub doc: &'a Doc<'d>,
    /// Gazetteer.
    pub gazetteer: &'a Gazetteer,
    /// Gazetteer hits in the document.
    pub hits: &'a [Hit],
    /// Person mentions, in order.
    pub mentions: &'a [MentionRef],
    /// Number of entities.
    pub entities: usize,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Page noise and list items.
    pub layout: &'a Layout,
}

impl Walk<'_, '_> {
    /// Runs the walk.
    pub fn run(&self) -> Findings {
        let doc = self.doc;
        let n = self.entities;
        // (Person, sentence) of each custody said to hold still ("held since 2024"), which a
        // release told anywhere in the text ends.
        let mut held_now_at: Vec<(usize, usize)> = Vec::new();
        let mut f = Findings {
            out_of_scope: vec![false; n],
            relative: vec![false; n],
            source: vec![false; n],
            official: vec![false; n],
            high_office: vec![false; n],
            nationality: vec![Vec::new(); n],
            roles: vec![Vec::new(); n],
            descriptors: vec![Vec::new(); n],
            last_seen: vec![0; n],
            ..Findings::default()
        };
        let mut refs = References::default();
        let mut groups: Vec<GroupEvent> = Vec::new();
        let mut lists = Lists::default();
        // The last sentence read (page noise skipped), and the dates it gave ("ese mismo día").
        let mut prev_si: Option<usize> = None;
        let mut prev_date: Option<PartialDate> = None;
        let cx = ListContext {
            doc,
            layout: self.layout,
            mentions: self.mentions,
            gazetteer: self.gazetteer,
            hits: self.hits,
            published: self.published,
        };
        // The date of the section being read, in a chronicle told day by day.
        let mut section_date: Option<PartialDate> = None;
        for (si, s) in doc.sentences.iter().enumerate() {
            if s.line_start
                && let Some(d) = dates::heading_date(doc, s.first, s.last, self.published)
            {
                section_date = d;
            }
            if self.layout.is_noise(si) {
                continue;
            }
            let (a, b) = (s.first, s.last);
            lists.enter(&cx, si, &groups, f.events.len());
            if lists.just_ended() && lists.members.len() > 1 {
                // "Los cuatro", "All five": the people of the list just read.
                refs.focus_group = lists.members.clone();
            }
            // Mentions are in text order: the sentence's are one run, found by binary search.
            let lo = self.mentions.partition_point(|m| m.sentence < si);
            let hi = self.mentions.partition_point(|m| m.sentence <= si);
            let ms: Vec<&MentionRef> = self.mentions[lo..hi].iter().collect();
            possessive_relations(doc, &ms, a, b, &mut refs, &mut f);
            let (mut slots, relation_targets) = refs.slots(doc, &ms, si, a, b, &mut f.relative);
            // "The retired general", "la activista": the person last named with those words.
            for slot in role_references(doc, a, b, &slots, &f) {
                slots.push(slot);
            }
            slots.sort_by_key(|s| s.first);
            // In an item under a name heading, a sentence without a name is about that person.
            if let Some(e) = lists.item_person(&cx, si)
                && !slots.iter().any(|s| s.entity == e)
            {
                slots.insert(
                    0,
                    Slot {
                        first: a,
                        last: a,
                        entity: e,
                    },
                );
            }
            for m in &ms {
                let d = describe(doc, m.first, m.last, a, b);
                merge(&mut f.nationality[m.entity], &d.nationality);
                merge(&mut f.roles[m.entity], &d.roles);
                f.official[m.entity] |= d.official;
                f.high_office[m.entity] |= d.high_office;
                merge(&mut f.descriptors[m.entity], &d.words);
                f.last_seen[m.entity] = si;
                let said_after = SPEECH.contains(&doc.f(m.last))
                    || (doc.f(m.last) == "," && SPEECH.contains(&doc.f(m.last + 1)));
                let said_before = m.first > a && SPEECH.contains(&doc.f(m.first - 1));
                // "Mariela Ponce, who represents several families, said…": a relative clause
                // between the name and the verb of saying.
                let said_later = doc.f(m.last) == ","
                    && matches!(doc.f(m.last + 1), "who" | "quien" | "que")
                    && (m.last + 2..b.min(m.last + 14))
                        .find(|&k| doc.f(k) == ",")
                        .is_some_and(|k| SPEECH.contains(&doc.f(k + 1)));
                f.source[m.entity] |= said_after || said_before || said_later;
            }
            // Coordinated names share the noun phrase before the first ("Spanish citizens A, B and C").
            for i in 0..slots.len() {
                let list = list_around(doc, &slots, i);
                if list.len() > 1 && list.first() == Some(&i) {
                    let d = describe(doc, slots[i].first, slots[i].last, a, b);
                    for &j in &list {
                        merge(&mut f.nationality[slots[j].entity], &d.nationality);
                        merge(&mut f.roles[slots[j].entity], &d.roles);
                    }
                }
            }
            // Held by another state, or for an ordinary crime: not a political detainee.
            let foreign = clues::foreign_custody(doc, a, b) || clues::ordinary_crime(doc, a, b);
            let found_dates = dates::find(doc, a, b, self.published);
            let same_day = (a..b).any(|k| {
                doc.matches_at(k, "mismo dia")
                    || doc.matches_at(k, "ese dia")
                    || doc.matches_at(k, "same day")
                    || doc.matches_at(k, "that day")
                    || doc.matches_at(k, "same night")
                    || doc.matches_at(k, "that night")
                    || doc.matches_at(k, "misma noche")
                    || doc.matches_at(k, "esa noche")
            });
            // "Also freed were…", "También salió…": the release told just before gives the date.
            let also = (a..b).any(|k| matches!(doc.f(k), "also" | "tambien" | "ademas"));
            // The date of the sentence's last dated event so far ("released on Saturday and
            // expelled the same night").
            let mut sentence_date: Option<PartialDate> = None;
            // The people of the sentence's last trigger that had any.
            let mut last_who: Vec<usize> = Vec::new();
            let conditions = clues::conditions(doc, a, b);
            let charges = clues::charges(doc, a, b);
            let mut trig = triggers::find(doc, a, b);
            // A table row or record that says what happened is read from its cells (see
            // `list_give`), not from its words.
            if self
                .layout
                .item_of
                .get(si)
                .copied()
                .flatten()
                .and_then(|i| self.layout.items.get(i))
                .and_then(|i| i.row.as_ref())
                .is_some_and(|r| r.tells_events())
            {
                trig.clear();
            }
            let house: Vec<usize> = trig
                .iter()
                .filter(|t| t.kind == EventType::HouseArrest)
                .map(|t| t.first)
                .collect();
            // "released to house arrest", "moved to house arrest": the house arrest is the event.
            // ("Cinco fueron excarcelados y el sexto pasó a arresto domiciliario": two subjects.)
            trig.retain(|t| {
                let reach = if t.kind == EventType::Transfer {
                    10
                } else {
                    12
                };
                !matches!(t.kind, EventType::Release | EventType::Transfer)
                    || !house.iter().any(|&h| {
                        h > t.first && h - t.first <= reach && !new_subject(doc, t.last, h)
                    })
            });
            let before = f.events.len();
            let mut released_here = false;
            // "…were released overnight, Foro Penal said Friday": the date after the event is the
            // statement's; "confirmó este martes la excarcelación de…" dates the event itself.
            let first_trigger = trig.first().map_or(b, |t| t.first);
            // "estuvo en Tocuyito hasta el 2 de octubre": the end of a stay dates no event.
            let event_dates: Vec<DateMention> = found_dates
                .iter()
                .filter(|d| !(d.of_statement && d.first > first_trigger))
                .filter(|d| {
                    let before = |n: usize| doc.f(d.first.wrapping_sub(n));
                    !(matches!(before(1), "hasta" | "until")
                        || (before(2) == "hasta" && matches!(before(1), "el" | "la")))
                })
                // "detenidas tras las protestas poselectorales de 2024", "after the 2024
                // election": the year names the protests, it dates no event.
                .filter(|d| {
                    let before = |n: usize| doc.f(d.first.wrapping_sub(n));
                    let named = |w: &str| {
                        matches!(
                            w,
                            "protestas"
                                | "poselectorales"
                                | "postelectorales"
                                | "elecciones"
                                | "comicios"
                                | "presidenciales"
                                | "electorales"
                                | "protests"
                                | "elections"
                                | "election"
                                | "presidential"
                                | "post-election"
                        )
                    };
                    // ("held since the 2024 post-election protests": since then, a date.)
                    let since = (d.first.saturating_sub(6)..d.first)
                        .any(|k| matches!(doc.f(k), "since" | "desde"));
                    since
                        || !(matches!(before(1), "de" | "del" | "of") && named(before(2))
                            || matches!(before(1), "the") && named(doc.f(d.last)))
                })
                .copied()
                .collect();
            let date_owner = assign_dates(doc, &event_dates, &trig);
            // "…recibieron beneficios distintos este jueves: A obtuvo la libertad plena, mientras
            // que B y C pasaron a arresto domiciliario": a date before the colon that opens the
            // events dates each of them.
            let lead_date = event_dates
                .iter()
                .find(|d| {
                    d.last <= first_trigger && (d.last..first_trigger).any(|k| doc.f(k) == ":")
                })
                .map(|d| d.date);
            for t in &trig {
                let certainty = match triggers::modality(doc, t, a) {
                    Modality::NotAnEvent => continue,
                    Modality::Announced(c) => Some(c),
                    Modality::Fact => None,
                };
                // "anunció que serán excarcelados": the day of the announcement is not the event's.
                let future = certainty.is_some() && triggers::announced_future(doc, t, a);
                let mut kind = t.kind;
                if kind == EventType::Release && conditions.is_some() {
                    kind = EventType::ConditionalRelease;
                }
                // ("Under the terms of his release he may not leave…": the release told before,
                // whose conditions this sentence gives.)
                let told_before = t.voice == crate::triggers::Voice::Nominal
                    && matches!(
                        doc.f(t.first.wrapping_sub(1)),
                        "his" | "her" | "their" | "su" | "sus"
                    );
                released_here |= family(kind) == EventType::Release && !told_before;
                let mut date = date_owner
                    .iter()
                    .filter(|(ti, _)| trig.get(*ti) == Some(t))
                    .map(|(_, d)| d.date)
                    .next();
                let since = date_owner
                    .iter()
                    .any(|(ti, d)| trig.get(*ti) == Some(t) && d.since);
                // "detenida en Zona 7 desde 2023", "held since 2023": the arrest of that date (the
                // gold sets' convention: custody since a date is the arrest that began it).
                // And held so still, when told in the present ("held at Rodeo I since September
                // 2025", "recluidos en El Helicoide desde el año pasado"): in custody as of the
                // publication too.
                // (Said in the present — "has been held", "permanece detenido", "siguen
                // detenidos" — or with the place — "held at Rodeo I since…"; a bare "detenido
                // desde 2020" beside a name only says since when.)
                let present = (t.first.saturating_sub(3).max(a)..t.first).any(|k| {
                    matches!(
                        doc.f(k),
                        "has"
                            | "have"
                            | "is"
                            | "are"
                            | "remains"
                            | "remain"
                            | "still"
                            | "sigue"
                            | "siguen"
                            | "permanece"
                            | "permanecen"
                            | "esta"
                            | "estan"
                            | "continua"
                            | "continuan"
                            | "encuentra"
                            | "encuentran"
                            | "lleva"
                            | "llevan"
                    )
                });
                let placed = date_owner
                    .iter()
                    .filter(|(ti, d)| trig.get(*ti) == Some(t) && d.since)
                    .any(|(_, d)| {
                        (t.last..d.first).any(|k| matches!(doc.f(k), "en" | "in" | "at" | "there"))
                    });
                let held_now = since
                    && kind == EventType::Detention
                    && certainty.is_none()
                    && (present || placed)
                    && !past_state(doc, t, a);
                if since && matches!(kind, EventType::Arrest | EventType::Detention) {
                    kind = EventType::Arrest;
                }
                // "sigue en Tocorón", "preso en el Rodeo II": a custody told in the present holds
                // as of the publication; "pasó catorce meses en Yare", "was held there" is past,
                // with no date the text gives.
                let past = kind == EventType::Detention && past_state(doc, t, a);
                // ("her whereabouts remain unknown": so as the text is told.)
                let unknown_now = kind == EventType::Disappearance
                    && (t.first..t.last).any(|k| matches!(doc.f(k), "remain" | "remains" | "are"));
                if date.is_none() && (kind == EventType::Detention || unknown_now) && !past {
                    date = self.published.map(PartialDate::Day);
                }
                if date.is_none() {
                    date = lead_date;
                }
                if date.is_none() && !past {
                    date = self.inherit(&groups, kind, si);
                }
                // "Ese mismo día", "that same day": the date told before in the sentence, else
                // the date the sentence before gave.
                if date.is_none() && same_day {
                    date = sentence_date.or(prev_date);
                }
                if date.is_none() && !past && kind != EventType::Detention {
                    date = section_date;
                }
                if date.is_none() && also && family(kind) == EventType::Release {
                    date = f
                        .events
                        .iter()
                        .rev()
                        .take_while(|r| r.sentence + 6 >= si)
                        .find(|r| {
                            family(r.kind) == EventType::Release
                                && r.certainty.is_none()
                                && r.date.is_some()
                        })
                        .and_then(|r| r.date);
                }
                if future {
                    date = None;
                }
                if date.is_some() {
                    sentence_date = date;
                }
                // "X fue excarcelado, informó este domingo Foro Penal": with no other date, the
                // day the release was reported is the best the text gives.
                if date.is_none() && family(kind) == EventType::Release {
                    date = found_dates.iter().find(|d| d.of_statement).map(|d| d.date);
                }
                let mut who = if t.group_only {
                    Vec::new()
                } else {
                    targets(doc, &slots, t, a, b)
                };
                // "El fiscal X les imputó instigación al odio": the official who acts on "them" is
                // not one of them.
                if t.voice == crate::triggers::Voice::Clitic
                    && matches!(doc.f(t.first), "les" | "los" | "las")
                    && !who.is_empty()
                    && who
                        .iter()
                        .all(|&j| f.official[slots[j].entity] || f.source[slots[j].entity])
                {
                    who.clear();
                }
                // "23 presos políticos fueron excarcelados anoche, entre ellos A, B, C…": the
                // event is the group's, and the cue hands it to every member, not to A alone.
                if let Some(cue) = clues::group_members_cue(doc, a, b)
                    && cue >= t.last
                    && !who.is_empty()
                    && who.iter().all(|&j| slots[j].first >= cue)
                {
                    who.clear();
                }
                if who.is_empty() && !t.group_only {
                    who =
                        fallback_subjects(doc, t, &mut slots, &last_who, ms.is_empty(), &refs, &f);
                }
                if !who.is_empty() {
                    for j in crate::slots::companions(doc, &slots, t, b) {
                        if !who.contains(&j) {
                            who.push(j);
                        }
                    }
                    last_who.clone_from(&who);
                }
                // "su familia asegura que sigue en Tocorón": a state with an elided subject is
                // about the one person the sentence names.
                let state = matches!(kind, EventType::Detention | EventType::Disappearance);
                if who.is_empty() && state && !t.group_only {
                    let mut people: Vec<usize> = slots.iter().map(|s| s.entity).collect();
                    people.dedup();
                    let e = people.first().copied().unwrap_or(0);
                    // ("recordó que otros 14 colombianos siguen presos": the subject is there.)
                    let group_subject = (t.first.saturating_sub(3).max(a)..t.first).any(|k| {
                        crate::count_words::PEOPLE.contains(&doc.f(k))
                            || (!crate::lexicon::nationalities(doc.f(k)).is_empty()
                                && doc.f(k).ends_with('s'))
                    });
                    if people.len() == 1
                        && !group_subject
                        && !f.relative[e]
                        && !f.source[e]
                        && !f.official[e]
                    {
                        who = vec![0];
                    }
                }
                if who.is_empty() {
                    // "212 releases since 1 January": a period, no date of an event.
                    let group = GroupEvent {
                        kind,
                        date: date.filter(|_| !since),
                        sentence: si,
                        certainty,
                        conditions: if kind == EventType::ConditionalRelease {
                            conditions.clone()
                        } else {
                            None
                        },
                    };
                    groups.push(group);
                    continue;
                }
                let place = clues::place(doc, self.gazetteer, self.hits, a, b, t.first);
                for j in who {
                    let e = slots[j].entity;
                    if foreign {
                        f.out_of_scope[e] = true;
                    }
                    if f.out_of_scope[e] {
                        continue;
                    }
                    let is_release = family(kind) == EventType::Release;
                    // "arrested on Monday … was taken to El Helicoide": the transfer that follows
                    // an arrest without a date of its own is of the same day.
                    let date = date.or_else(|| {
                        (kind == EventType::Transfer)
                            .then(|| {
                                f.events
                                    .iter()
                                    .rev()
                                    .take_while(|r| r.sentence + 1 >= si)
                                    .find(|r| r.entity == e && r.kind == EventType::Arrest)
                                    .and_then(|r| r.date)
                                    .filter(|d| matches!(d, PartialDate::Day(_)))
                            })
                            .flatten()
                    });
                    f.events.push(RawEvent {
                        entity: e,
                        kind,
                        date,
                        place: place.clone(),
                        conditions: if kind == EventType::ConditionalRelease {
                            conditions.clone()
                        } else {
                            None
                        },
                        charges: if is_release { None } else { charges.clone() },
                        certainty,
                        sentence: si,
                    });
                    if let (true, Some(day)) = (held_now, self.published) {
                        held_now_at.push((e, si));
                        f.events.push(RawEvent {
                            entity: e,
                            kind: EventType::Detention,
                            date: Some(PartialDate::Day(day)),
                            place: place.clone(),
                            conditions: None,
                            charges: None,
                            certainty: None,
                            sentence: si,
                        });
                    }
                    refs.focus = Some(e);
                }
            }
            date_disappearances(&mut f.events[before..]);
            date_stays_before_pending_release(&mut f.events[before..], self.published);
            drop_ended_stays(&mut f.events, before);
            drop_report_dated_twins(&mut f.events, before, self.published);
            let named = entities_of(&f.events[before..]);
            if !named.is_empty() {
                refs.focus_group = named;
            }
            // "the group includes X": X shares a release reported just before without names.
            if let Some(cue) = clues::group_members_cue(doc, a, b) {
                // "otros 40 privados de libertad por delitos comunes…, entre ellos X": out of scope.
                if foreign {
                    for s in slots.iter().filter(|s| s.first >= cue) {
                        f.out_of_scope[s.entity] = true;
                    }
                }
                cue_members(doc, &mut f, &groups, &slots, cue, si, before);
                // ("They are A, B, C and D. All four had been held…": the members named.)
                let members = entities_of(&f.events[before..]);
                if members.len() > 1 {
                    refs.focus_group = members;
                }
            }
            lists.leave(&cx, si, &groups, &mut f);
            // (A list of agents may take back what the sentence gave its names.)
            let before = before.min(f.events.len());
            // Relatives waiting outside a prison: the one they wait for is held there.
            if clues::waiting_outside(doc, a, b) {
                self.waiting_scene(si, &relation_targets, &mut groups, &mut f);
            }
            // Conditions stated without a release of their own apply to an earlier one.
            // (An item's conditions are the list's business.)
            let in_item = self.layout.item_of.get(si).copied().flatten().is_some();
            if let (Some(c), false, false) = (&conditions, released_here, in_item) {
                let named: Vec<usize> = slots.iter().map(|s| s.entity).collect();
                attach_conditions(&mut f.events, c, &named, prev_si, refs.focus, si);
                // "todos los beneficiados quedaron sujetos a un régimen de presentación": the
                // release told just before of a group, whose list comes later, is conditional.
                let about_someone = slots
                    .iter()
                    .any(|s| !f.official[s.entity] && !f.source[s.entity]);
                if !about_someone || whole_group(doc, a, b) {
                    condition_group(&mut groups, c, si);
                }
                if whole_group(doc, a, b) {
                    condition_recent_releases(&mut f.events, c, si);
                }
            }
            prev_si = Some(si);
            // The date of the sentence's first event, else its first date.
            // (A list of agents may have taken back what the sentence gave its names.)
            if let Some(d) = f
                .events
                .get(before..)
                .unwrap_or_default()
                .iter()
                .find_map(|e| e.date)
                .or(found_dates.first().map(|d| d.date))
            {
                prev_date = Some(d);
            }
            // ("Beside her sat Nohemí Carrillo, mother of captain Andrés Eloy Carrillo. He was
            // arrested…": the one a relative is named for is the one the text goes on about.)
            let opener = ms.first().filter(|m| m.first - a <= 4).and_then(|m| {
                if f.relative[m.entity] {
                    ms.iter().find(|x| !f.relative[x.entity])
                } else {
                    Some(m)
                }
            });
            if (refs.focus.is_none() || f.events.len() == before)
                && let Some(m) = opener
                && !f.official[m.entity]
                && !f.source[m.entity]
            {
                refs.focus = Some(m.entity);
            }
        }
        // ("Paulo Tavares, held in Venezuela since October 2024, was freed on Saturday": not
        // held now.)
        let held_now_at: std::collections::HashSet<(usize, usize)> =
            held_now_at.into_iter().collect();
        let ended: std::collections::HashSet<usize> = f
            .events
            .iter()
            .filter(|e| {
                e.certainty.is_none()
                    && matches!(
                        e.kind,
                        EventType::Release
                            | EventType::ConditionalRelease
                            | EventType::HouseArrest
                            | EventType::Expulsion
                            | EventType::Exile
                            | EventType::DeathInCustody
                    )
            })
            .map(|e| e.entity)
            .collect();
        f.events.retain(|e| {
            !(e.kind == EventType::Detention
                && held_now_at.contains(&(e.entity, e.sentence))
                && ended.contains(&e.entity))
        });
        f
    }
}

/// The persons of `events`, each once, in the order they first appear.
fn entities_of(events: &[crate::discourse::RawEvent]) -> Vec<usize> {
    let mut out = Vec::new();
    for e in events {
        if !out.contains(&e.entity) {
            out.push(e.entity);
        }
    }
    out
}
