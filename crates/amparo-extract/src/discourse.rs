//! What the sentence walk accumulates: raw events, what is known of each person, unnamed
//! group events, and the small rules shared across sentences (event families, dates to triggers).

use crate::dates::PartialDate;
use crate::leaving_words;
use crate::model::{Certainty, EventType};

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
    /// Holds a high office of a state (minister, head of state, prosecutor...): never held.
    pub high_office: Vec<bool>,
    /// Nationalities.
    pub nationality: Vec<Vec<String>>,
    /// Roles.
    pub roles: Vec<Vec<String>>,
    /// Words that described the person where named ("retired", "general").
    pub descriptors: Vec<Vec<String>>,
    /// The last sentence naming the person.
    pub last_seen: Vec<usize>,
}

impl Findings {
    /// Nothing found yet of `n` entities.
    pub(crate) fn for_entities(n: usize) -> Self {
        Findings {
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
        }
    }
}

/// An event the text reports without naming anyone ("the releases on Thursday").
#[derive(Debug, Clone)]
pub(crate) struct GroupEvent {
    pub(crate) kind: EventType,
    pub(crate) date: Option<PartialDate>,
    pub(crate) sentence: usize,
    /// Release conditions the sentence states for the whole group.
    pub(crate) conditions: Option<String>,
    /// Announced by an authority rather than reported as fact.
    pub(crate) certainty: Option<Certainty>,
}

impl GroupEvent {
    /// The group's event for one of its members, named in sentence `sentence`.
    pub(crate) fn for_member(&self, entity: usize, sentence: usize) -> RawEvent {
        RawEvent {
            entity,
            kind: self.kind,
            date: self.date,
            place: None,
            conditions: self.conditions.clone(),
            charges: None,
            certainty: self.certainty,
            sentence,
        }
    }
}

pub(crate) fn family(kind: EventType) -> EventType {
    if kind == EventType::ConditionalRelease {
        EventType::Release
    } else {
        kind
    }
}

pub(crate) fn merge(into: &mut Vec<String>, from: &[String]) {
    for x in from {
        if !into.contains(x) {
            into.push(x.clone());
        }
    }
}

/// "24 were arrested, including X", "among them X", "They include X": the people named after the
/// cue (officials and relatives excepted) share the group event of this sentence, or a release
/// reported in the two before. A shared release adds to what the sentence says of them; any
/// other kind only fills a sentence that says nothing else of them.
pub(crate) fn cue_members(
    doc: &crate::text::Doc<'_>,
    f: &mut Findings,
    groups: &[GroupEvent],
    slots: &[crate::slots::Slot],
    cue: usize,
    (si, before): (usize, usize),
    prev_date: Option<crate::dates::PartialDate>,
) {
    // (An announcement of sentences before is not the event of the people named here: "Provea
    // demanded the release of the remaining detainees, including X".)
    let cues = |from: usize| crate::member_cues::cues_between(doc, from, si);
    // ("La lista incluye también al periodista A…": the list the text told of, paragraphs back.)
    let list = doc
        .sentences
        .get(si)
        .is_some_and(|x| (x.first..cue).any(|k| matches!(doc.f(k), "lista" | "list")));
    let reach = if list { 8 } else { 3 };
    let near = || {
        groups
            .iter()
            .rev()
            .take_while(|g| si - g.sentence <= reach || si - g.sentence <= 3 + cues(g.sentence + 1))
            .filter(|g| {
                // ("…anunció que liberará a 30 presos. … Entre ellos figuran A y B. También
                // fueron nombrados C y D": an announcement names its people, announced.)
                // ("Relatives gathered … after officials said more prisoners would be freed.
                // Among them was X": the relatives, not the prisoners.)
                g.certainty.is_none()
                    || g.sentence == si
                    || (g.certainty == Some(crate::model::Certainty::Announced)
                        && !crate::group_members::families_in(doc, g.sentence))
            })
    };
    // ("…transferred at least 14 prisoners … They include X": the transfer, when no release is near.)
    // ("Entre los excarcelados de la última semana figuran A, B y C": the event this sentence
    // gave the first of them is theirs, not an arrest told before.)
    let first_member = slots.iter().find(|s| s.first >= cue).map(|s| s.entity);
    let own = f.events[before..]
        .iter()
        .find(|e| {
            e.sentence == si
                && e.certainty.is_none()
                && family(e.kind) == EventType::Release
                && Some(e.entity) == first_member
        })
        .map(|e| GroupEvent {
            kind: e.kind,
            date: e.date,
            sentence: si,
            conditions: e.conditions.clone(),
            certainty: None,
        });
    // ("…los envió a Guatemala. Entre los desterrados figuran A…": the release told before.)
    // ("On Tuesday, the government moved 11 people from prison to house arrest. … Among them are
    // A, B and C": the paragraph's house arrest, telling no release, over the one before's.)
    let paragraph = |x: usize| doc.sentences.get(x).map(|s| s.paragraph);
    let house = near().next().filter(|g| {
        g.kind == EventType::HouseArrest
            && paragraph(g.sentence) == paragraph(si)
            && !near().any(|h| {
                family(h.kind) == EventType::Release && paragraph(h.sentence) == paragraph(si)
            })
    });
    // (A transfer told just before, when the cue points back to it: see `points_back`.)
    let told_before = near()
        .find(|g| g.sentence + 1 == si)
        .filter(|g| g.kind == EventType::Transfer && crate::among::points_back(doc, cue));
    let group = house
        .or(told_before)
        .or_else(|| {
            near().find(|g| {
                let leaving = matches!(g.kind, EventType::Exile | EventType::Expulsion);
                (g.sentence == si && !leaving) || family(g.kind) == EventType::Release
            })
        })
        .or_else(|| near().find(|g| g.sentence == si))
        .cloned()
        .or(own)
        // ("Otros siguen presos. Entre ellos, el sindicalista X": the last sentence's custody.)
        .or_else(|| near().find(|g| g.kind != EventType::Detention).cloned())
        .or_else(|| {
            near()
                .find(|g| {
                    g.sentence + 1 == si
                        && !crate::group_members::families_in(doc, g.sentence)
                        && !crate::group_members::guards_in(doc, g.sentence)
                })
                .cloned()
        })
        .or_else(|| crate::story_release::story_release(doc, groups, si, cue));
    let Some(mut g) = group else {
        return;
    };
    if let Some(h) = crate::story_release::named_back(doc, groups, &g, si, reach) {
        g = h;
    }
    // ("Most of those named on Wednesday live in exile and had never been jailed. They include
    // A…": the people of a sentence that says they were never held share no event told before.)
    // ("La resolución incluye también al escritor A, exiliado desde 2021, quien nunca estuvo
    // preso": nor one this sentence says so of.)
    let never_in = |x: usize| {
        doc.sentences.get(x).is_some_and(|s| {
            // (Not a name's word: "Colectivo Nicaragua Nunca Más".)
            (s.first..s.last).any(|k| {
                matches!(doc.f(k), "nunca" | "never")
                    && (k == s.first || doc.tokens[k].text.starts_with(char::is_lowercase))
            })
        })
    };
    let never_before = si > 0 && paragraph(si - 1) == paragraph(si) && never_in(si - 1);
    if g.sentence < si && (never_before || never_in(si)) {
        return;
    }
    let held = family(g.kind) == EventType::Release && crate::among::still_held_after(doc, cue);
    if held || crate::group_members::relatives_among(doc, si, cue, g.sentence) {
        return;
    }
    // ("Un grupo de 27 presos … llegó la noche de este jueves a Guatemala. … Entre los
    // desterrados figuran A, B…": a leaving named by its people, undated, is the story's day.)
    if g.date.is_none()
        && g.sentence == si
        && matches!(g.kind, EventType::Exile | EventType::Expulsion)
    {
        g.date = prev_date;
    }
    // (Freed and sent out in one breath: see below.)
    let breath = leaving_words::breath_before(doc, groups, &g);
    // The members follow the cue one after another ("including A, a journalist; B and C");
    // a name far past the last of them is another clause's ("El gobierno incluye en su cuenta a
    // personas detenidas…; … la diputada X insiste…").
    let mut reach = cue + 20;
    let mut after = cue;
    let chained: Vec<&crate::slots::Slot> = slots
        .iter()
        .filter(|s| s.first >= cue)
        .take_while(|s| {
            let joined = (after..s.first).any(|k| matches!(doc.f(k), "and" | "y" | "e" | "&"));
            let speaks = crate::member_cues::member_speaks(doc, (s.first, s.last), cue, joined);
            // ("…, preso desde abril de 2023 en el Sistema Penitenciario de Tipitapa (La Modelo);
            // las hermanas Ligia y Fátima Zeledón Obando": a semicolon parts long members.)
            let parted = (after..s.first).any(|k| doc.f(k) == ";") && s.first <= after + 40;
            // ("Among them was Sandra Harlan, whose son, X, remains in El Helicoide": not ours.)
            let whose = s.first > cue
                && (after..s.first)
                    .any(|k| matches!(doc.f(k), "whose" | "cuyo" | "cuya" | "cuyos" | "cuyas"));
            let except = crate::member_cues::excepted(doc, after, s.first);
            let closing = crate::member_cues::last_past_clause(doc, after, s.first);
            let other_clause = told_before.is_some() && (cue..s.first).any(|k| doc.f(k) == ";");
            let near = (s.first <= reach || parted || closing)
                && !crate::group_members::source_ends(doc, cue, after, s.first)
                && !speaks
                && !whose
                && !except
                && !other_clause;
            reach = s.last + 20;
            after = s.last;
            near
        })
        .collect();
    // (Not of people never held: "Entre los desterrados figuran … que viven en Costa Rica y
    // nunca fueron detenidos".)
    let never = never_in(si);
    // ("el camarógrafo Jefferson Toro (Canal Llanero)": a name in brackets is an outlet's.)
    let kin_named = |s: &crate::slots::Slot| crate::member_cues::kin_named(doc, s.first);
    // ("los detenidos son A, …; su sobrina B, …; el comerciante C", "Colombians A and his wife,
    // B; pilot C": a relative listed between members is one.)
    let last = chained.last().map(|s| s.first);
    let listed_kin = |s: &crate::slots::Slot| {
        Some(s.first) != last
            && (s.first.saturating_sub(4)..s.first).any(|k| {
                matches!(doc.f(k), "su" | "sus" | "his" | "her" | "their")
                    && matches!(doc.f(k.wrapping_sub(1)), ";" | "and" | "y" | ",")
            })
    };
    for slot in chained.into_iter().filter(|s| {
        doc.f(s.first.wrapping_sub(1)) != "("
            && !kin_named(s)
            && !f.high_office.get(s.entity).copied().unwrap_or(false)
            && (!f.relative.get(s.entity).copied().unwrap_or(false) || listed_kin(s))
    }) {
        let mine = |e: &&RawEvent| e.entity == slot.entity;
        // ("Those deported include X, arrested in 2023": an arrest of one's own is told beside
        // the group's leaving.)
        // ("…arrested at least a dozen people. One of them, X, was still being held on
        // Wednesday": held still, and arrested with them.)
        // ("Among those transferred are A, held since April 2023; B…": this sentence's move
        // beside one's own past arrest.)
        let moved_here = g.kind == EventType::Transfer && g.sentence == si;
        let has_same = if matches!(
            family(g.kind),
            EventType::Release | EventType::Expulsion | EventType::Exile | EventType::Arrest
        ) || told_before.is_some()
            || moved_here
        {
            f.events[before..]
                .iter()
                .filter(mine)
                .any(|e| family(e.kind) == family(g.kind))
        } else {
            f.events[before..].iter().any(|e| e.entity == slot.entity)
        };
        if !has_same && !f.out_of_scope.get(slot.entity).copied().unwrap_or(false) {
            f.events.push(g.for_member(slot.entity, si));
            // ("Entre los desterrados figuran A, B…", "Among those deported were A and B": sent
            // out of the prison they were held in, freed too.)
            let freed = f.events[before..]
                .iter()
                .any(|e| e.entity == slot.entity && family(e.kind) == EventType::Release);
            if matches!(g.kind, EventType::Exile | EventType::Expulsion)
                && g.sentence == si
                && !freed
                && !never
            {
                let release = GroupEvent {
                    kind: EventType::Release,
                    ..g.clone()
                };
                f.events.push(release.for_member(slot.entity, si));
            }
        }
        // ("Cinco de los siete estudiantes detenidos el domingo … fueron liberados ayer. Son
        // A, B…": the group's dated arrest, told with its release, is theirs too.)
        let arrest = groups.iter().find(|h| {
            !f.out_of_scope.get(slot.entity).copied().unwrap_or(false)
                && family(g.kind) == EventType::Release
                && h.sentence == g.sentence
                && h.kind == EventType::Arrest
                && h.date.is_some()
                && h.certainty.is_none()
        });
        if let Some(a) = arrest
            && !f.events[before..]
                .iter()
                .any(|e| e.entity == slot.entity && e.kind == EventType::Arrest)
        {
            f.events.push(a.for_member(slot.entity, si));
        }
        // ("…fueron excarcelados y deportados cuatro connacionales. Se trata de A, B…": the
        // leaving told with the release is theirs too, as of the release's day; so when the
        // sentence freed them itself, "Entre los liberados figuran A y B", or see `just_before`.)
        let freed = f.events[before..]
            .iter()
            .filter(mine)
            .any(|e| family(e.kind) == EventType::Release);
        if !freed || f.out_of_scope.get(slot.entity).copied().unwrap_or(false) {
            continue;
        }
        let just_before = |h: &GroupEvent| leaving_words::just_before(doc, h.sentence, &g, si);
        for h in groups.iter().filter(|h| {
            (Some(h.sentence) == breath || h.sentence == si || just_before(h))
                && matches!(h.kind, EventType::Expulsion | EventType::Exile)
                && h.certainty.is_none()
        }) {
            if !f.events[before..]
                .iter()
                .any(|e| e.entity == slot.entity && e.kind == h.kind)
            {
                let mut e = h.for_member(slot.entity, si);
                e.date = e.date.or(g.date);
                f.events.push(e);
            }
        }
    }
}

/// The persons of `events`, each once, in the order they first appear.
pub(crate) fn entities_of(events: &[RawEvent]) -> Vec<usize> {
    let mut out = Vec::new();
    for e in events {
        if !out.contains(&e.entity) {
            out.push(e.entity);
        }
    }
    out
}
