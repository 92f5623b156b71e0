//! The sentence walk: triggers attached to the people they are about, with modality, dates
//! (inherited within a paragraph when the sentence has none), places, conditions and charges.

use chrono::NaiveDate;

use crate::clues;
use crate::dates::PartialDate;
pub use crate::discourse::{Findings, RawEvent};
use crate::discourse::{GroupEvent, cue_members, entities_of, family};
use crate::gazetteer::{Gazetteer, Hit};
use crate::group_members::whole_group;
use crate::held_now::{
    as_of_day, custody_since, denies_release, drop_denied_releases, drop_ended_held_now,
    past_state, told_as_holding,
};
use crate::later_conditions as later;
use crate::layout::Layout;
use crate::lists::{ListContext, Lists};
use crate::model::EventType;
use crate::persons::MentionRef;
use crate::references::References;
use crate::role_references::role_references;
use crate::sentence_dates::{event_dates, lead_date, same_day, shared_with_before, transfer_day};
use crate::speakers::{introduced_speaker, trailing_speaker};
use crate::text::Doc;
use crate::the_rest::the_rest;
use crate::triggers::{self, Modality};
use crate::walk_dates::{Around, scene_of};
use crate::walk_people::{anaphoric, held_still_people, named_pair};
use crate::walk_rules::{possessive_relations, sentence_date_told, tidy_sentence_events};

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
        // (Person, sentence) of each custody said to hold still ("held since 2024").
        let mut held_now_at: Vec<(usize, usize)> = Vec::new();
        let mut denied_at: Vec<(usize, usize)> = Vec::new();
        let mut f = Findings::for_entities(n);
        let mut refs = References::default();
        let mut groups: Vec<GroupEvent> = Vec::new();
        let mut anonymous = crate::anonymous_lead::AnonymousLead::default();
        let mut lists = Lists::default();
        // The last sentence read (page noise skipped), and the dates it gave ("ese mismo día").
        let mut prev_si: Option<usize> = None;
        let mut prev_date: Option<PartialDate> = None;
        // The one date of the sentence before, in the same paragraph, when it told no event.
        let mut scene: Option<(usize, PartialDate)> = None;
        let cx = ListContext {
            doc,
            layout: self.layout,
            mentions: self.mentions,
            gazetteer: self.gazetteer,
            hits: self.hits,
            published: self.published,
        };
        let mut sections = crate::headings::Sections::default();
        for (si, s) in doc.sentences.iter().enumerate() {
            sections.enter(doc, si, self.published);
            if self.layout.is_noise(si) {
                continue;
            }
            let (a, b) = (s.first, s.last);
            lists.enter(&cx, si, &groups, f.events.len());
            if lists.just_ended() && lists.members.len() > 1 {
                // "Los cuatro", "All five": the people of the list just read.
                refs.focus_group = lists.members.clone();
            } else if let Some(people) = lists.item_people(&cx, si) {
                refs.focus_group = people;
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
            lists.item_slots(&cx, si, &mut slots);
            self.record_mentions(&ms, &mut slots, a, b, si, &mut f);
            anonymous.name(doc, &ms, a, &groups, &mut f);
            // Held by another state, or for an ordinary crime: not a political detainee.
            let foreign = crate::out_of_scope::out_of_record(doc, a, b);
            crate::pronoun_crimes::of_one_before(doc, (a, b), si, ms.is_empty(), &mut f);
            let found_dates = sections.dates(doc, a, b, self.published);
            let same_day = same_day(doc, a, b);
            // "Also freed were…", "También salió…": the release told just before gives the date.
            let also = (a..b).any(|k| matches!(doc.f(k), "also" | "tambien" | "ademas"));
            let shared = shared_with_before(doc, a, b);
            // The sentence's last event date so far ("released Saturday, expelled that night").
            let mut sentence_date: Option<PartialDate> = None;
            // The people of the sentence's last trigger that had any.
            let mut last_who: Vec<usize> = Vec::new();
            let conditions = clues::conditions(doc, a, b);
            let charges = clues::charges(doc, a, b);
            let mut trig = triggers::find(doc, a, b);
            // A table row or record that says what happened is read from its cells (see
            // `list_give`), not from its words.
            if self.layout.row_tells_events(si) {
                trig.clear();
            }
            crate::house_arrest_steps::drop_steps_to_house_arrest(doc, &mut trig);
            crate::walk_rules::drop_releases_not_made(doc, &mut trig);
            let before = f.events.len();
            let groups_before = groups.len();
            let mut released_here = false;
            // "…were released overnight, Foro Penal said Friday": the date after the event is the
            // statement's; "confirmó este martes la excarcelación de…" dates the event itself.
            let first_trigger = trig.first().map_or(b, |t| t.first);
            let event_dates = event_dates(doc, &found_dates, first_trigger);
            let date_owner = crate::date_assign::assign_dates(doc, &event_dates, &trig);
            let lead_date = lead_date(doc, &event_dates, first_trigger);
            // ("Con él es arrestado su chofer, X": the text stays on the one it follows.)
            let along = crate::companions::alongside_focus(doc, a);
            for t in &trig {
                if clues::stays_in_town(doc, self.gazetteer, self.hits, t) {
                    continue;
                }
                // ("NO fue excarcelado", "were not released": held still as the text is told.)
                let held_still = triggers::release_denied(doc, t, a);
                let certainty = match triggers::modality(doc, t, a) {
                    Modality::NotAnEvent if !held_still => continue,
                    Modality::Announced(c) => Some(c),
                    Modality::Fact | Modality::NotAnEvent => None,
                };
                // "anunció que serán excarcelados": the day of the announcement is not the event's.
                let future = certainty.is_some() && triggers::announced_future(doc, t, a);
                let mut kind = t.kind;
                if crate::sent_out::exiled_on_flights(doc, t, a, b) {
                    kind = EventType::Exile;
                }
                let referred =
                    crate::later_conditions::referred_conditions(doc, t, kind, &groups, si)
                        .filter(|_| conditions.is_none());
                if kind == EventType::Release && (conditions.is_some() || referred.is_some()) {
                    kind = EventType::ConditionalRelease;
                }
                if held_still {
                    kind = EventType::Detention;
                }
                // ("Under the terms of his release…", "todos los excarcelados deberán…": told before.)
                let told_before = (t.voice == crate::triggers::Voice::Nominal
                    && matches!(
                        doc.f(t.first.wrapping_sub(1)),
                        "his" | "her" | "their" | "su" | "sus"
                    ))
                    || (matches!(doc.f(t.first.wrapping_sub(1)), "those" | "los" | "las")
                        && matches!(doc.f(t.first.wrapping_sub(2)), "all" | "todos" | "todas"));
                released_here |= family(kind) == EventType::Release && !told_before;
                let mut date = date_owner
                    .iter()
                    .filter(|(ti, _)| trig.get(*ti) == Some(t))
                    .map(|(_, d)| d.date)
                    .next()
                    .or_else(|| crate::sentence_dates::ended_on(doc, &found_dates, t));
                let since = custody_since(doc, t, &trig, &date_owner);
                // "detenida en Zona 7 desde 2023", "held since 2023": the arrest of that date (the
                // gold sets' convention), and, told in the present ("held at Rodeo I since
                // September 2025"), in custody as of the publication too.
                let held_now = since
                    && kind == EventType::Detention
                    && certainty.is_none()
                    && told_as_holding(doc, t, a, &trig, &date_owner)
                    && !past_state(doc, t, a);
                if since && matches!(kind, EventType::Arrest | EventType::Detention) {
                    kind = EventType::Arrest;
                }
                // "sigue en Tocorón", "preso en el Rodeo II": held as of the publication; "pasó
                // catorce meses en Yare", "was held there" past, with no date the text gives.
                let past = kind == EventType::Detention && past_state(doc, t, a);
                // ("her whereabouts remain unknown": so as the text is told.)
                let unknown_now = kind == EventType::Disappearance
                    && (t.first..t.last).any(|k| matches!(doc.f(k), "remain" | "remains" | "are"));
                if date.is_none() && (kind == EventType::Detention || unknown_now) && !past {
                    date = as_of_day(doc, &found_dates)
                        .or(sections.now(self.published).map(PartialDate::Day));
                }
                if date.is_none() {
                    date = self.date_around(&Around {
                        kind,
                        si: (si, t.first),
                        past,
                        fact: certainty.is_none(),
                        also,
                        shared,
                        same_day,
                        lead_date: lead_date.or(sections.entry(s.paragraph).filter(|_| !past)),
                        scene: scene
                            .filter(|(p, _)| *p == s.paragraph && prev_si == si.checked_sub(1))
                            .map(|(_, d)| d),
                        sentence_date,
                        prev_date,
                        section_date: sections.section_for(kind),
                        section_opened: sections.opened,
                        groups: &groups,
                        events: &f.events,
                    });
                }
                if future {
                    date = None;
                }
                if held_still {
                    date = self.published.map(PartialDate::Day);
                }
                if date.is_some() {
                    sentence_date = date;
                }
                // "X fue excarcelado, informó este domingo Foro Penal": with no other date, the
                // day the release was reported is the best the text gives.
                if date.is_none() && family(kind) == EventType::Release {
                    date = found_dates.iter().find(|d| d.of_statement).map(|d| d.date);
                }
                let mut who = if held_still {
                    held_still_people(doc, t, a, b, &slots, &f)
                } else if let Some(who) = crate::group_parts::held_among(doc, t, b, &slots) {
                    who
                } else {
                    self.people_of(t, kind, a, b, &mut slots, &mut last_who, &ms, &refs, &f)
                };
                crate::gapped::gapped_terms(doc, t, b, &slots, &mut who);
                if date.is_none() {
                    crate::ended_custody::held_until_freed(doc, t, a, &f.events, &slots, &mut who);
                }
                crate::unnamed_groups::past_unnamed_relative(doc, t, &slots, &mut who);
                // (Told of before, the purpose of what befell the one named, or kin's: no group's.)
                let told = held_still
                    || anaphoric(doc, t)
                    || crate::group_parts::told_aside(doc, t, si, &f.events)
                    || crate::kin_subjects::whose_kin(doc, t.first, t.first, t);
                let (pb, ev) = (self.published, &mut f.events);
                // ("…17 workers, most of them arrested…": of some, unnamed; no group event.)
                if crate::some_of::unnamed_part(doc, t.first, a, &who, &ms)
                    || who.is_empty() && (told || the_rest(doc, t, a, kind, pb, si, ev))
                {
                    continue;
                }
                let own_conditions = conditions
                    .clone()
                    .or(referred)
                    .filter(|_| kind == EventType::ConditionalRelease);
                if who.is_empty() {
                    let freed = crate::group_parts::the_freed_told(doc, t, a, si, &groups);
                    let group = GroupEvent {
                        kind,
                        // ("212 releases since 1 January" a period, no event's date; "jailed since
                        // the August 2024 protests" the arrest of that date; see the_freed_told.)
                        date: date.filter(|_| (!since || kind == EventType::Arrest) && !freed),
                        sentence: si,
                        certainty,
                        conditions: own_conditions.clone(),
                    };
                    crate::unnamed_groups::push_group(doc, &mut groups, group, t);
                    continue;
                }
                let at = crate::transfer_phrases::place_at(doc, t, kind, b);
                let place = clues::place(doc, self.gazetteer, self.hits, a, b, at);
                let single = who.len() == 1;
                for j in who {
                    let e = slots[j].entity;
                    // (Someone only taken for an unread name is not out of scope by its crime.)
                    let own_crime = || !crate::companions::cell_shared(doc, slots[j].last, b);
                    if foreign && slots[j].last > slots[j].first && own_crime() {
                        f.out_of_scope[e] = true;
                    }
                    if f.out_of_scope[e]
                        || introduced_speaker(doc, slots[j].first, slots[j].last, t, a)
                        || trailing_speaker(doc, slots[j].first, slots[j].last, t)
                    {
                        continue;
                    }
                    // (A release told of them before was wrong: see `denies_release`.)
                    if held_still && single && denies_release(doc, t, slots[j].first) {
                        denied_at.push((e, si));
                    }
                    let is_release = family(kind) == EventType::Release;
                    let date = date.or_else(|| transfer_day(&f, kind, e, si));
                    let (kind, conditions) =
                        later::one_of_relative(doc, &slots, j, (a, b), kind, &own_conditions);
                    f.events.push(RawEvent {
                        entity: e,
                        kind,
                        date,
                        place: place.clone(),
                        conditions,
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
                    if !along {
                        refs.focus = Some(e);
                    }
                }
            }
            tidy_sentence_events(&mut f.events, before, self.published);
            let named = entities_of(&f.events[before..]);
            if !named.is_empty() {
                refs.focus_group = named;
            } else if let Some(people) = named_pair(doc, &ms, &f, self.layout.item_of[si]) {
                refs.focus_group = people;
            } else if groups.len() > groups_before || ms.is_empty() {
                refs.other_group(doc, a, groups.len() > groups_before, &f.descriptors);
            }
            // "the group includes X": X shares a release reported just before without names.
            if let Some(cue) = clues::group_members_cue(doc, a, b) {
                // "otros 40 privados de libertad por delitos comunes…, entre ellos X": out of scope.
                let cued = slots.iter().filter(|s| s.first >= cue);
                crate::crime_context::cued_out_of_scope(doc, &groups, (si, foreign), cued, &mut f);
                cue_members(doc, &mut f, &groups, &slots, cue, (si, before), prev_date);
                // ("They are A, B, C and D. All four had been held…": the members named.)
                let members = entities_of(&f.events[before..]);
                if members.len() > 1 {
                    refs.focus_group = members;
                }
            }
            lists.leave(&cx, si, &groups, &mut f);
            anonymous.read(doc, a, si, !ms.is_empty(), (groups_before, groups.len()));
            // (A list of agents may take back what the sentence gave its names.)
            let before = before.min(f.events.len());
            // ("La lista: A, B, C y D. Las dos últimas…": the people a list inside the sentence
            // gave the lead's event.)
            let listed = entities_of(&f.events[before..]);
            if listed.len() > 1 && self.layout.item_of[si].is_some() {
                refs.focus_group = listed;
            }
            // Relatives waiting outside a prison: the one they wait for is held there.
            if let Some(waited) = clues::waited_for(doc, (a, b), &ms, &relation_targets) {
                self.waiting_scene(si, &waited, &mut groups, &mut f);
            }
            // Conditions stated without a release of their own apply to an earlier one.
            // (An item's conditions are the list's business.)
            // (But the item's own release: see `later_conditions::item_release`.)
            let in_item = self.layout.item_of.get(si).copied().flatten().is_some()
                && !later::item_release(self.layout, &f.events, si);
            // ("🧵 1/7 … released 11 … All of them must report to court every 30 days": in an
            // item that speaks of the whole group, they are the group's.)
            let whole = whole_group(doc, a, b);
            if let (Some(c), false, false) = (&conditions, released_here, in_item && !whole) {
                let named = crate::counted_back::named_or_counted(doc, a, &slots, &refs, &f);
                later::attach_conditions(doc, &mut f.events, c, &named, prev_si, refs.focus, si);
                // "todos los beneficiados quedaron sujetos a un régimen de presentación": the
                // release told just before of a group, whose list comes later, is conditional.
                let about_someone = slots
                    .iter()
                    .any(|s| !f.official[s.entity] && !f.source[s.entity]);
                if !about_someone || whole {
                    later::condition_group(doc, &mut groups, c, si);
                }
                if whole {
                    later::condition_recent_releases(&mut f.events, c, si);
                }
            }
            scene = scene_of(&found_dates, s.paragraph, self.published);
            refs.remember_group(s.paragraph, f.events.get(before..).unwrap_or_default());
            prev_si = Some(si);
            prev_date = sentence_date_told(&f.events, before, &found_dates).or(prev_date);
            let told_none = f.events.len() == before;
            crate::speakers::opener_focus(doc, &ms, (a, b), &f, &mut refs.focus, told_none);
        }
        crate::group_arrest::after_walk(doc, &mut f, &groups, self.published);
        crate::booking::drop_bookings(doc, &mut f.events, &groups);
        drop_ended_held_now(&mut f, held_now_at, self.published);
        drop_denied_releases(doc, &mut f, &denied_at);
        f
    }
}
