//! Lists as release news publishes them: a lead sentence carries the event, the date and the
//! count ("Foro Penal confirmó este domingo la excarcelación de 12 presos políticos"), then the
//! items name the people — each item inherits the lead's event, changed by its group header
//! ("Con arresto domiciliario:", "Con régimen de presentación:") and completed by what the item
//! itself says (conditions, a table row's dates). A sentence right after a list that states
//! conditions ("los cuatro deberán presentarse cada 15 días") applies them to every member.
//! Entering a list is read here; what an item gives its people when the walk leaves it, in
//! `leave`.

use crate::discourse::{GroupEvent, family};
use crate::gazetteer::{Gazetteer, Hit};
use crate::layout::Layout;
use crate::list_agents::introduces_agents;
use crate::list_lead::lead;
use crate::model::EventType;
use crate::persons::MentionRef;
use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers;

pub(crate) mod freed_headline;
mod group_custody;
pub(crate) mod group_date;
mod item_kind;
mod leave;
mod section_head;

/// What the walk remembers about the list it is in, or the one just ended.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lists {
    /// The list being read.
    current: Option<usize>,
    /// Its inherited event.
    lead: Option<GroupEvent>,
    /// The arrest of the whole group told with the lead ("Siete personas fueron detenidas el
    /// sábado … Se trata de:"), which every item shares.
    arrest: Option<GroupEvent>,
    /// The custody the whole group is still in, told with a lead that is their arrest
    /// ("…personas que siguen recluidas en Tocorón. Todas fueron detenidas en enero de 2025."),
    /// which every item shares.
    held: Option<GroupEvent>,
    /// The charge of the whole group told with the lead ("Todos fueron imputados por
    /// terrorismo…", "…a quienes el Ministerio Público acusa de conspiración"), which every item
    /// shares, with the crimes its sentence names.
    charge: Option<(GroupEvent, Option<String>)>,
    /// People named by the current or last list.
    pub(crate) members: Vec<usize>,
    /// Non-noise sentences read since the last list ended.
    since_end: Option<usize>,
    /// The number of events found before the list began.
    first_event: usize,
    /// The list names who did something about the detainees ("Firmaron el comunicado:"), not them.
    agents: bool,
    /// What the lead tells besides its release, which every item shares: "…released on Tuesday
    /// were put on a flight to Madrid, in what opposition groups called a forced exile".
    also: Vec<GroupEvent>,
}

/// The person a name range of the layout became, if any.
pub(crate) fn entity_at(mentions: &[MentionRef], first: usize) -> Option<usize> {
    let at = mentions.partition_point(|m| m.first < first);
    // ("el concejal del municipio Bolívar Eliseo Trejo Rangel": the tagger's name may start
    // before the list's.)
    mentions
        .get(at)
        .filter(|m| m.first == first)
        .or_else(|| {
            at.checked_sub(1)
                .and_then(|p| mentions.get(p))
                .filter(|m| m.first < first && first < m.last)
        })
        .map(|m| m.entity)
}

/// The date of the line just before the list that starts at sentence `si`, when that line
/// heads it (ends with a colon) and tells no event of its own.
fn header_day(cx: &ListContext<'_, '_>, si: usize) -> Option<crate::dates::PartialDate> {
    let before = (0..si).rev().find(|&s| !cx.layout.is_noise(s))?;
    let s = cx.doc.sentences.get(before)?;
    // ("LUNES 12 DE ENERO" over the day's names: a section heading of a chronicle.)
    if s.line_start
        && let Some(Some(day)) = crate::dates::heading_date(cx.doc, s.first, s.last, cx.published)
    {
        return Some(day);
    }
    if cx.doc.f(s.last.checked_sub(1)?) != ":"
        || !triggers::find(cx.doc, s.first, s.last).is_empty()
    {
        return None;
    }
    let dates = crate::dates::find(cx.doc, s.first, s.last, cx.published);
    match dates.as_slice() {
        [one] => Some(one.date),
        _ => None,
    }
}

/// Whether the line just before the list that starts at sentence `si` ends with a colon after
/// words that make its names the doers of an act ("Firmaron el comunicado:").
fn introduced_by_agents(cx: &ListContext<'_, '_>, si: usize) -> bool {
    let Some(before) = (0..si).rev().find(|&s| !cx.layout.is_noise(s)) else {
        return false;
    };
    let Some(s) = cx.doc.sentences.get(before) else {
        return false;
    };
    let colon = (s.first..s.last).rev().find(|&k| cx.doc.f(k) == ":");
    colon.is_some_and(|c| {
        (c + 1..s.last).all(|k| cx.doc.f(k).is_empty()) && introduces_agents(cx.doc, s.first, c)
    })
}

/// Context the list rules read.
pub(crate) struct ListContext<'a, 'd> {
    pub(crate) doc: &'a Doc<'d>,
    pub(crate) layout: &'a Layout,
    pub(crate) mentions: &'a [MentionRef],
    pub(crate) gazetteer: &'a Gazetteer,
    pub(crate) hits: &'a [Hit],
    pub(crate) published: Option<chrono::NaiveDate>,
}

impl Lists {
    /// Called before sentence `si` is read: starts or ends a list.
    pub(crate) fn enter(
        &mut self,
        cx: &ListContext<'_, '_>,
        si: usize,
        groups: &[GroupEvent],
        events: usize,
    ) {
        let item = cx.layout.item_of.get(si).copied().flatten();
        let list = item
            .and_then(|i| cx.layout.items.get(i))
            .filter(|i| !i.inline);
        match (list, self.current) {
            (Some(item), current) if current != Some(item.list) => {
                self.current = Some(item.list);
                self.lead = lead(cx.doc, groups, cx.layout, si);
                if let Some(l) = section_head::header_lead(cx, si, groups, self.lead.as_ref()) {
                    self.lead = Some(l);
                }
                if let Some(l) = self.lead.as_mut()
                    && let Some(day) = freed_headline::headline_day(cx, l)
                {
                    l.date = Some(day);
                }
                if let Some(l) = self.lead.as_mut()
                    && let Some(day) = freed_headline::lede_day(cx, l)
                {
                    l.date = Some(day);
                }
                // "Sábado 28/02 — Rodeo I:" over the names: the day of this list.
                if let (Some(l), Some(day)) = (self.lead.as_mut(), header_day(cx, si)) {
                    l.date = Some(day);
                }
                // ("ZULIA — Retén de Cabimas, la noche del lunes. Todos con presentación cada 15
                // días." over the names: the section's day and terms.)
                let (day, terms) = section_head::section_head(cx, si);
                // ("Con prohibición de salida del país (Zulia):" after "Con arresto domiciliario:"
                // or a lead of their court hearing: release terms say the release told before.)
                if terms.is_some()
                    && self
                        .lead
                        .as_ref()
                        .is_some_and(|l| family(l.kind) != EventType::Release)
                    && let Some(r) =
                        crate::list_lead::release_told_before(cx.doc, cx.layout, groups, si)
                {
                    self.lead = Some(r);
                }
                if let Some(l) = self.lead.as_mut() {
                    l.date = day.or(l.date);
                    if let Some(c) = terms.filter(|_| family(l.kind) == EventType::Release) {
                        l.kind = EventType::ConditionalRelease;
                        l.conditions = Some(c);
                    }
                }
                // ("Con privativa de libertad: A, B. Con medida cautelar: C, D" after "…los ocho
                // trabajadores detenidos el viernes… imputó a todos los delitos de…": a list under
                // the next header right after the last is of the same group, its arrest and
                // charge theirs too.)
                // (Not what headed the last list alone: "…imputados por terrorismo y trasladados
                // a Boleíta:" over four names, then "Quedaron en libertad…:".)
                // (A header of the hearing's outcomes, not of another act: "Trasladados el
                // sábado desde El Helicoide hacia Rodeo I:".)
                let outcome = |s: &crate::text::Sentence| {
                    triggers::find(cx.doc, s.first, s.last).iter().all(|t| {
                        matches!(
                            family(t.kind),
                            EventType::Release | EventType::HouseArrest | EventType::Detention
                        )
                    })
                };
                let opens = |p: usize| crate::heading_lines::ends_with(cx.doc, p, &[":"]);
                let next_header = self.since_end == Some(0)
                    && si
                        .checked_sub(1)
                        .is_some_and(|p| opens(p) && cx.doc.sentences.get(p).is_some_and(outcome));
                let carried = |g: &GroupEvent| next_header && !opens(g.sentence);
                self.arrest = group_custody::group_arrest(cx, groups, self.lead.as_ref(), si)
                    .or_else(|| self.arrest.take().filter(carried));
                self.held = group_custody::group_held(groups, cx.layout, self.lead.as_ref(), si);
                self.charge = group_custody::group_charge(cx, groups, si)
                    .or_else(|| self.charge.take().filter(|(g, _)| carried(g)));
                self.members.clear();
                self.since_end = None;
                self.first_event = events;
                self.agents = introduced_by_agents(cx, si);
                self.also = freed_headline::lead_also(cx, groups, self.lead.as_ref());
                self.also
                    .extend(freed_headline::release(cx, groups, self.lead.as_mut()));
                let banished =
                    freed_headline::banished_headline(cx, groups, self.lead.as_ref(), &self.also);
                self.also.extend(banished);
                // ("DETENIDOS Y EN PARADERO DESCONOCIDO" over the names: arrested and disappeared.)
                if let Some(l) = self.lead.as_ref().filter(|l| l.kind == EventType::Arrest) {
                    self.also.extend(
                        groups
                            .iter()
                            .filter(|g| {
                                g.sentence == l.sentence
                                    && g.kind == EventType::Disappearance
                                    && g.certainty.is_none()
                            })
                            .cloned(),
                    );
                }
            }
            (None, Some(_)) => {
                self.current = None;
                self.since_end = Some(0);
            }
            (None, None) => {
                if let Some(n) = self.since_end.as_mut() {
                    *n += 1;
                }
            }
            _ => {}
        }
    }

    /// Whether the sentence just entered is the first after a list.
    pub(crate) fn just_ended(&self) -> bool {
        self.since_end == Some(0)
    }

    /// The people an item names, in its later sentences, when it names several ("Prof. A, …;
    /// Prof. B; y el Prof. C. Los tres fueron trasladados…": "los tres" are they).
    pub(crate) fn item_people(&self, cx: &ListContext<'_, '_>, si: usize) -> Option<Vec<usize>> {
        let item = cx
            .layout
            .items
            .get(cx.layout.item_of.get(si).copied().flatten()?)?;
        if item.sentences.start >= si || item.inline {
            return None;
        }
        let mut people = item_entities(cx, item);
        people.dedup();
        (people.len() > 1).then_some(people)
    }

    /// The people an item's sentence `si` is about when it names no one: the item's one person
    /// under a name heading; all of an item's people when a plural participle opens it ("3. A y
    /// 4. B – padre e hijo. Arrestados juntos el miércoles"), or an English one.
    pub(crate) fn item_slots(&self, cx: &ListContext<'_, '_>, si: usize, slots: &mut Vec<Slot>) {
        let Some(a) = cx.doc.sentences.get(si).map(|s| s.first) else {
            return;
        };
        if let Some(e) = self.item_person(cx, si)
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
        if slots.is_empty()
            && cx.doc.tokens.get(a).is_some_and(|t| t.capitalised)
            // (An English participle does not say its number: "• A, 24, and her brother B, 27
            // — students. Arrested 22 May".)
            && (crate::participles::plural_participle(cx.doc.f(a))
                || (cx.doc.f(a).ends_with("ed") && cx.doc.f(a + 1) != ":"))
            && let Some(people) = self.item_people(cx, si)
        {
            slots.extend(people.into_iter().map(|entity| Slot {
                first: a,
                last: a,
                entity,
            }));
        }
    }

    /// The one person of the item sentence `si` belongs to (the subject its sentences leave out).
    pub(crate) fn item_person(&self, cx: &ListContext<'_, '_>, si: usize) -> Option<usize> {
        let item = cx
            .layout
            .items
            .get(cx.layout.item_of.get(si).copied().flatten()?)?;
        if item.inline {
            return None;
        }
        match item_entities(cx, item).as_slice() {
            [one] => Some(*one),
            _ => None,
        }
    }
}

/// The people an item is about: the names the layout read at its start, else ("- Coronel (r)
/// Néstor Lugo Pinto, …", "• Luis y Pedro Ocanto Brito, hermanos") the first person its line
/// names, with those joined to it by "y"/"and".
pub(crate) fn item_entities(cx: &ListContext<'_, '_>, item: &crate::layout::Item) -> Vec<usize> {
    let doc = cx.doc;
    if !item.names.is_empty() || item.inline {
        // ("Among those detained: councillor X, according to his assistant Y": the source.)
        return item
            .names
            .iter()
            .filter(|n| {
                !(n.start.saturating_sub(5)..n.start).any(|k| {
                    matches!(doc.f(k), "according" | "segun")
                        && doc.f(k.wrapping_sub(1)) == ","
                        && (k..n.start).all(|j| !matches!(doc.f(j), ":" | "." | "•"))
                })
            })
            .filter_map(|n| entity_at(cx.mentions, n.start))
            .collect();
    }
    let first_sentence = item.sentences.start;
    let Some(from) = doc.sentences.get(first_sentence).map(|s| s.first) else {
        return Vec::new();
    };
    let at = cx.mentions.partition_point(|m| m.sentence < first_sentence);
    // ("❌ Seguimos esperando por Ana Pérez": an item that waits or denies gives nothing.)
    let first = cx
        .mentions
        .get(at)
        .filter(|m| m.sentence == first_sentence && m.first <= from + 8)
        .filter(|m| {
            !(from..m.first).any(|k| crate::modality_words::NOT_EVENT_CUES.contains(&doc.f(k)))
        })
        // ("‼️ ACLARATORIA: el señor X que sale en un video…": a label's note, no item of names.)
        .filter(|m| !(from..m.first).any(|k| doc.f(k) == ":"));
    // ("• twin brothers Luis and Manuel Farías Toro": those joined to the first.)
    let mut out: Vec<&MentionRef> = first.into_iter().collect();
    for m in cx.mentions.get(at + 1..).unwrap_or_default() {
        let Some(prev) = out.last() else { break };
        let joined = m.sentence == first_sentence
            && (prev.last..m.first).all(|k| matches!(doc.f(k), "y" | "e" | "and" | "&"));
        if !joined {
            break;
        }
        out.push(m);
    }
    out.iter().map(|m| m.entity).collect()
}
