//! The sentence walk: triggers attached to the people they are about, with modality, dates
//! (inherited within a paragraph when the sentence has none), places, conditions and charges.

use chrono::NaiveDate;

use crate::attributes::describe;
use crate::clues;
use crate::dates::{self, DateMention, PartialDate};
use crate::gazetteer::{Gazetteer, Hit};
use crate::model::{Certainty, EventType};
use crate::persons::MentionRef;
use crate::slots::{RELATIONS, Slot, list_around, relation_at, targets};
use crate::text::Doc;
use crate::triggers::{self, Modality, Trigger};

/// One event of one person, before output.
#[derive(Debug, Clone, PartialEq)]
pub struct RawEvent {
    /// Entity index.
    pub entity: usize,
    /// Event type.
    pub kind: EventType,
    /// Date.
    pub date: Option<PartialDate>,
    /// Place.
    pub place: Option<String>,
    /// Release conditions.
    pub conditions: Option<String>,
    /// Charges.
    pub charges: Option<String>,
    /// Certainty.
    pub certainty: Option<Certainty>,
    /// Sentence index.
    pub sentence: usize,
}

/// What the walk learnt about each entity, and its events.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// Events, in text order.
    pub events: Vec<RawEvent>,
    /// Held by a foreign state: out of scope.
    pub out_of_scope: Vec<bool>,
    /// Named as someone's relative.
    pub relative: Vec<bool>,
    /// Speaks or is quoted.
    pub source: Vec<bool>,
    /// Has a title of office.
    pub official: Vec<bool>,
    /// Nationalities.
    pub nationality: Vec<Vec<String>>,
    /// Roles.
    pub roles: Vec<Vec<String>>,
}

/// An event the text reports without naming anyone ("the releases on Thursday").
#[derive(Debug, Clone, Copy)]
struct GroupEvent {
    kind: EventType,
    date: Option<PartialDate>,
    sentence: usize,
}

const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "confirmed",
    "added",
    "explained",
    "stated",
    "dijo",
    "afirmo",
    "declaro",
    "senalo",
    "explico",
    "denuncio",
    "aseguro",
    "confirmo",
    "indico",
    "informo",
    "agrego",
    "according",
    "segun",
    "anuncio",
    "announced",
];

fn family(kind: EventType) -> EventType {
    if kind == EventType::ConditionalRelease {
        EventType::Release
    } else {
        kind
    }
}

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
}

impl Walk<'_, '_> {
    /// Runs the walk.
    pub fn run(&self) -> Findings {
        let doc = self.doc;
        let n = self.entities;
        let mut f = Findings {
            out_of_scope: vec![false; n],
            relative: vec![false; n],
            source: vec![false; n],
            official: vec![false; n],
            nationality: vec![Vec::new(); n],
            roles: vec![Vec::new(); n],
            ..Findings::default()
        };
        let mut relations: Vec<(Option<usize>, String, usize)> = Vec::new();
        let mut focus_group: Vec<usize> = Vec::new();
        let mut groups: Vec<GroupEvent> = Vec::new();
        let mut focus: Option<usize> = None;
        for (si, s) in doc.sentences.iter().enumerate() {
            let (a, b) = (s.first, s.last);
            let ms: Vec<&MentionRef> = self.mentions.iter().filter(|m| m.sentence == si).collect();
            let mut slots: Vec<Slot> = ms
                .iter()
                .map(|m| Slot {
                    first: m.first,
                    last: m.last,
                    entity: m.entity,
                })
                .collect();
            let mut relation_targets: Vec<usize> = Vec::new();
            for k in a..b {
                if let Some(rel) = relation_at(doc, k) {
                    let next = if doc.f(k + 2) == "," { k + 3 } else { k + 2 };
                    let owner = ms.iter().find(|o| o.last <= k).map(|o| o.entity);
                    if let Some(m) = ms.iter().find(|m| m.first == next) {
                        relations.push((
                            owner.filter(|o| *o != m.entity),
                            rel.to_string(),
                            m.entity,
                        ));
                        relation_targets.push(m.entity);
                        f.relative[m.entity] = true;
                        if let Some(o) = owner.filter(|o| *o != m.entity) {
                            f.relative[o] = true;
                        }
                    } else {
                        // "his sister" said by someone introduced as her brother: the owner of that relation;
                        // else the last person introduced with the same relation noun.
                        let reciprocal = owner.and_then(|o| {
                            relations
                                .iter()
                                .rev()
                                .find(|(_, _, t)| *t == o)
                                .and_then(|(own, _, _)| *own)
                        });
                        let same_noun = relations
                            .iter()
                            .rev()
                            .find(|(_, n, _)| n == rel)
                            .map(|(_, _, t)| *t);
                        if let Some(e) = reciprocal.or(same_noun) {
                            slots.push(Slot {
                                first: k,
                                last: k + 2,
                                entity: e,
                            });
                        }
                    }
                }
                // "the mother of X": X is the one held, the speaker a relative.
                if RELATIONS.contains(&doc.f(k)) && matches!(doc.f(k + 1), "of" | "de" | "del") {
                    if let Some(m) = ms.iter().find(|m| m.first == k + 2 || m.first == k + 3) {
                        relation_targets.push(m.entity);
                    }
                    if let Some(owner) = ms.iter().rev().find(|o| o.last <= k && k - o.last <= 3) {
                        f.relative[owner.entity] = true;
                    }
                }
            }
            // A sentence opening with a pronoun or a Spanish verb without subject is about the focus.
            let opener = (a..b).find(|&k| !matches!(doc.f(k), "\"" | "'" | "-"));
            if let (Some(k), Some(e)) = (opener, focus) {
                let raw = doc.tokens[k].text;
                let pronoun = matches!(raw, "He" | "She" | "Él" | "Ella");
                let null_subject =
                    matches!(doc.f(k), "fue" | "habia" | "permanece" | "sigue" | "estuvo")
                        && ms.iter().all(|m| m.first > k + 3);
                if pronoun || null_subject {
                    slots.push(Slot {
                        first: k,
                        last: k + 1,
                        entity: e,
                    });
                }
            }
            if let Some(k) = opener {
                let article = matches!(doc.f(k), "the" | "los" | "las");
                let plural = matches!(
                    doc.f(k),
                    "both" | "ambos" | "ambas" | "they" | "ellos" | "ellas"
                ) || (article
                    && matches!(doc.f(k + 1), "two" | "dos" | "three" | "tres"));
                if plural && focus_group.len() > 1 {
                    let len = if article { 2 } else { 1 };
                    slots.extend(focus_group.iter().map(|&e| Slot {
                        first: k,
                        last: k + len,
                        entity: e,
                    }));
                }
            }
            // "said the two remain in custody": a plural reference inside the sentence.
            for k in a + 1..b {
                let pair = matches!(doc.f(k), "the" | "los" | "las")
                    && matches!(doc.f(k + 1), "two" | "dos");
                if pair && focus_group.len() > 1 && !slots.iter().any(|s| s.first == k) {
                    slots.extend(focus_group.iter().map(|&e| Slot {
                        first: k,
                        last: k + 2,
                        entity: e,
                    }));
                }
            }
            slots.sort_by_key(|s| s.first);
            for m in &ms {
                let d = describe(doc, m.first, m.last, a, b);
                merge(&mut f.nationality[m.entity], &d.nationality);
                merge(&mut f.roles[m.entity], &d.roles);
                f.official[m.entity] |= d.official;
                let said_after = SPEECH.contains(&doc.f(m.last))
                    || (doc.f(m.last) == "," && SPEECH.contains(&doc.f(m.last + 1)));
                let said_before = m.first > a && SPEECH.contains(&doc.f(m.first - 1));
                f.source[m.entity] |= said_after || said_before;
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
            let foreign = clues::foreign_custody(doc, a, b);
            let found_dates = dates::find(doc, a, b, self.published);
            let conditions = clues::conditions(doc, a, b);
            let charges = clues::charges(doc, a, b);
            let mut trig = triggers::find(doc, a, b);
            let house: Vec<usize> = trig
                .iter()
                .filter(|t| t.kind == EventType::HouseArrest)
                .map(|t| t.first)
                .collect();
            trig.retain(|t| {
                t.kind != EventType::Release
                    || !house.iter().any(|&h| h > t.first && h - t.first <= 12)
            });
            let before = f.events.len();
            let mut released_here = false;
            let event_dates: Vec<DateMention> = found_dates
                .iter()
                .filter(|d| !d.of_statement)
                .copied()
                .collect();
            let date_owner = assign_dates(&event_dates, &trig);
            for t in &trig {
                let certainty = match triggers::modality(doc, t, a) {
                    Modality::NotAnEvent => continue,
                    Modality::Announced(c) => Some(c),
                    Modality::Fact => None,
                };
                let mut kind = t.kind;
                if kind == EventType::Release && conditions.is_some() {
                    kind = EventType::ConditionalRelease;
                }
                released_here |= family(kind) == EventType::Release;
                let mut date = date_owner
                    .iter()
                    .filter(|(ti, _)| trig.get(*ti) == Some(t))
                    .map(|(_, d)| d.date)
                    .next();
                let since = date_owner
                    .iter()
                    .any(|(ti, d)| trig.get(*ti) == Some(t) && d.since);
                // "detenida en Zona 7 desde 2023": held since then, a detention.
                if since && kind == EventType::Arrest {
                    kind = EventType::Detention;
                }
                let state = kind == EventType::Detention
                    && (t.first.saturating_sub(3).max(a)..=t.first).any(|k| {
                        matches!(
                            doc.f(k),
                            "remains"
                                | "remain"
                                | "still"
                                | "is"
                                | "are"
                                | "sigue"
                                | "siguen"
                                | "permanece"
                                | "permanecen"
                                | "continua"
                                | "esta"
                                | "estan"
                        )
                    });
                if date.is_none() && state && !since {
                    date = self.published.map(PartialDate::Day);
                }
                if date.is_none() {
                    date = self.inherit(&groups, kind, si);
                }
                let who = if t.group_only {
                    Vec::new()
                } else {
                    targets(doc, &slots, t, a, b)
                };
                if who.is_empty() {
                    groups.push(GroupEvent {
                        kind,
                        date,
                        sentence: si,
                    });
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
                    focus = Some(e);
                }
            }
            let arrests: Vec<(usize, Option<PartialDate>)> = f.events[before..]
                .iter()
                .filter(|e| e.kind == EventType::Arrest && e.date.is_some())
                .map(|e| (e.entity, e.date))
                .collect();
            for e in f.events[before..]
                .iter_mut()
                .filter(|e| e.kind == EventType::Disappearance && e.date.is_none())
            {
                e.date = arrests
                    .iter()
                    .find(|(x, _)| *x == e.entity)
                    .and_then(|(_, d)| *d);
            }
            let named: Vec<usize> =
                f.events[before..]
                    .iter()
                    .map(|e| e.entity)
                    .fold(Vec::new(), |mut v, e| {
                        if !v.contains(&e) {
                            v.push(e);
                        }
                        v
                    });
            if !named.is_empty() {
                focus_group = named;
            }
            // "the group includes X": X shares a release reported just before without names.
            if let Some(cue) = clues::group_members_cue(doc, a, b) {
                let group = groups.iter().rev().find(|g| si - g.sentence <= 2).copied();
                if let Some(g) = group {
                    for slot in slots.iter().filter(|s| s.first >= cue) {
                        // A release shared by the group's members adds to what the sentence says of
                        // them; any other kind only fills a sentence that says nothing else.
                        let mine = |e: &&RawEvent| e.entity == slot.entity;
                        let has_same = if family(g.kind) == EventType::Release {
                            f.events[before..]
                                .iter()
                                .filter(mine)
                                .any(|e| family(e.kind) == EventType::Release)
                        } else {
                            f.events[before..].iter().any(|e| e.entity == slot.entity)
                        };
                        if !has_same && !f.out_of_scope[slot.entity] {
                            f.events.push(RawEvent {
                                entity: slot.entity,
                                kind: g.kind,
                                date: g.date,
                                place: None,
                                conditions: None,
                                charges: None,
                                certainty: None,
                                sentence: si,
                            });
                        }
                    }
                }
            }
            // Relatives waiting outside a prison: the one they wait for is held there.
            if clues::waiting_outside(doc, a, b) {
                let date = found_dates
                    .first()
                    .map(|d| d.date)
                    .or_else(|| self.inherit(&groups, EventType::Detention, si))
                    .or(self.published.map(PartialDate::Day));
                let place = clues::place(doc, self.gazetteer, self.hits, a, b, a);
                if relation_targets.is_empty() {
                    groups.push(GroupEvent {
                        kind: EventType::Detention,
                        date,
                        sentence: si,
                    });
                }
                for &e in &relation_targets {
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
            // Conditions stated in the sentence after a release apply to it.
            if let (Some(c), false) = (&conditions, released_here) {
                for e in f
                    .events
                    .iter_mut()
                    .filter(|e| e.sentence + 1 == si && family(e.kind) == EventType::Release)
                {
                    e.kind = EventType::ConditionalRelease;
                    e.conditions = Some(c.clone());
                }
            }
            if (focus.is_none() || f.events.len() == before)
                && let Some(m) = ms.first().filter(|m| m.first - a <= 4)
                && !f.official[m.entity]
                && !f.source[m.entity]
            {
                focus = Some(m.entity);
            }
        }
        f
    }

    /// The date of the latest unnamed event of the same kind ("the releases on Thursday") in
    /// this paragraph or the three sentences before: named people reported without a date share it.
    fn inherit(&self, groups: &[GroupEvent], kind: EventType, si: usize) -> Option<PartialDate> {
        let paragraph = self.doc.sentences.get(si).map(|s| s.paragraph);
        let near = |s: usize| {
            s <= si && (si - s <= 3 || self.doc.sentences.get(s).map(|x| x.paragraph) == paragraph)
        };
        groups
            .iter()
            .rev()
            .find(|g| family(g.kind) == family(kind) && g.date.is_some() && near(g.sentence))
            .and_then(|g| g.date)
    }
}

/// Gives each date of a sentence to its nearest trigger: (trigger index, date).
fn assign_dates(found: &[DateMention], trig: &[Trigger]) -> Vec<(usize, DateMention)> {
    let distance = |d: &DateMention, t: &Trigger| {
        if d.first >= t.last {
            (d.first - t.last) * 2
        } else {
            (t.first.saturating_sub(d.last)) * 3
        }
    };
    let mut out: Vec<(usize, DateMention)> = Vec::new();
    for d in found {
        if let Some((ti, _)) = trig.iter().enumerate().min_by_key(|(_, t)| distance(d, t)) {
            // A trigger keeps its nearest date when two compete.
            match out.iter_mut().find(|(x, _)| *x == ti) {
                Some(slot) => {
                    if distance(d, &trig[ti]) < distance(&slot.1, &trig[ti]) {
                        slot.1 = *d;
                    }
                }
                None => out.push((ti, *d)),
            }
        }
    }
    out
}

fn merge(into: &mut Vec<String>, from: &[String]) {
    for x in from {
        if !into.contains(x) {
            into.push(x.clone());
        }
    }
}
