//! Groups a sentence names by their number or their noun: "Los cuatro", "todos ellos", "the
//! 246 men", "los estudiantes" of a text that counted five students before; which group of the
//! text that is.

use crate::participles::participle;
use crate::persons::MentionRef;
use crate::text::{Doc, TokenKind};

/// Whether the word at token `k` (of a sentence ending before token `b`, whose mentions are
/// `ms`) opens a subject that is the people just listed: "Both", "All four had been held…",
/// "Los cuatro siguen…", "Habían sido arrestados en noviembre", "Todos ellos siguen…".
pub(crate) fn plural_subject(doc: &Doc<'_>, k: usize, b: usize, ms: &[&MentionRef]) -> bool {
    let article = matches!(doc.f(k), "the" | "los" | "las");
    let all = matches!(doc.f(k), "all" | "todos" | "todas");
    let after_all = doc.f(k + 1 + crate::group_parts::of_them(doc, k + 1));
    matches!(
        doc.f(k),
        "both" | "ambos" | "ambas" | "they" | "ellos" | "ellas"
    ) || ((article || all) && crate::counts::number_word(doc.f(k + 1)).is_some_and(|n| n > 1))
        // ("Habían sido arrestados en noviembre": a plural verb without subject, not one a colon
        // lists after it, "Permanecen tras las rejas de El Rodeo I: A y B".)
        || (matches!(
            doc.f(k),
            "habian" | "fueron" | "permanecen" | "siguen" | "estuvieron"
        ) && ms
            .iter()
            .all(|m| m.first > k + 3 && !(k..m.first).any(|j| doc.f(j) == ":")))
        // ("All those sentenced to prison, except Cabrera, were taken…": the people just listed,
        // but those excepted.)
        || (all
            && matches!(doc.f(k + 1), "those" | "the" | "los" | "las")
            && participle(doc.f(k + 2)))
        // ("Según el fiscal, todos fueron detenidos durante las protestas de marzo", "All of them
        // were arrested…", "Todos ellos siguen…".)
        || (all && crate::group_parts::GROUP_VERBS.contains(&after_all))
        // ("Those given prison terms were arrested between March 17 and 19": the people just
        // listed, told by what the list said of them.)
        || crate::group_parts::those_described(doc, k, b)
        || listed_noun(doc, k)
}

/// ("…la audiencia de los trabajadores siderúrgicos A, B y C… Los trabajadores fueron imputados
/// el 11 de julio"): whether the group noun at token `k` (see [`group_noun`]) is the noun a list
/// of names followed before, past at most two words that describe it.
fn listed_noun(doc: &Doc<'_>, k: usize) -> bool {
    let Some(noun) = group_noun(doc, k) else {
        return false;
    };
    let lower = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised)
    };
    let name = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && t.capitalised)
    };
    (1..k.saturating_sub(3)).any(|j| {
        doc.f(j) == noun
            && matches!(doc.f(j - 1), "the" | "los" | "las")
            && (j + 1..j + 4).find(|&i| !lower(i)).is_some_and(name)
    })
}

/// ("Los estudiantes fueron detenidos…", "The activists were arrested…"): the plural noun after
/// "los"/"the" at token `k`, when the two are the subject of a verb of the whole group; not the
/// rest of a group ("The others were taken to Las Mangas", see `the_rest`).
fn group_noun<'d>(doc: &'d Doc<'_>, k: usize) -> Option<&'d str> {
    let noun = doc.f(k + 1);
    (matches!(doc.f(k), "the" | "los" | "las")
        && noun.len() > 3
        && noun.ends_with('s')
        && !matches!(noun, "others" | "otros" | "otras" | "demas")
        && crate::group_parts::GROUP_VERBS.contains(&doc.f(k + 2)))
    .then_some(noun)
}

/// Whether a counted subject at token `k` of a sentence that names nobody and ends (before `b`)
/// on a colon opens the list below it ("Ambos seguirán en Ramo Verde. / Los tres civiles fueron
/// absueltos y la jueza ordenó su libertad plena:" over three names): not the group told before.
pub(crate) fn heads_list(doc: &Doc<'_>, k: usize, b: usize, names_nobody: bool) -> bool {
    names_nobody
        && doc.f(b.wrapping_sub(1)) == ":"
        && crate::counts::number_word(doc.f(k + 1)).is_some()
}

/// ("Cinco estudiantes de LUZ fueron excarcelados… Los estudiantes fueron detenidos el 1 de
/// agosto de 2024", "the six activists… The activists were arrested in May"): when the group
/// noun at token `k` (see [`group_noun`]) is one the text counted before, that count.
pub(crate) fn counted_before(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let noun = group_noun(doc, k)?;
    (1..k).rev().find_map(|j| {
        (doc.f(j) == noun)
            .then(|| crate::count_words::parse_number(doc, j - 1))
            .flatten()
            .and_then(|n| usize::try_from(n).ok())
            .filter(|&n| n > 1)
    })
}

/// The count a sentence opens on ("The 246 men…", "Los 30 trabajadores…"), if it does.
fn counted_subject(doc: &Doc<'_>, a: usize) -> Option<usize> {
    if !matches!(doc.f(a), "the" | "los" | "las") {
        return None;
    }
    crate::count_words::parse_number(doc, a + 1).and_then(|n| usize::try_from(n).ok())
}

impl crate::references::References {
    /// The group "los estudiantes" names when the text counted them before (`counted_before`):
    /// the latest group of that many the text gave an event; none when there is none ("Tres
    /// agentes detuvieron a A y B… Los agentes fueron trasladados": not A and B). Without a
    /// count, the group in focus.
    pub(crate) fn group_of(&self, count: Option<usize>) -> &[usize] {
        match count {
            Some(n) => self
                .past_groups
                .iter()
                .rev()
                .find(|g| g.len() == n)
                .map_or(&[], Vec::as_slice),
            None => &self.focus_group,
        }
    }

    /// The group a plural subject opening at token `k` names (see `group_of`); "Todos habían
    /// sido aprehendidos el sábado" after a court's order that gave each of them a measure in
    /// sentences of their own is everyone the last paragraph with events gave one, when the
    /// group in focus is one person.
    pub(crate) fn group_for(&self, doc: &Doc<'_>, k: usize, count: Option<usize>) -> Vec<usize> {
        let group = self.group_of(count);
        let all = matches!(doc.f(k), "todos" | "todas" | "all")
            && crate::counts::number_word(doc.f(k + 1)).is_none();
        // ("Judge X sentenced A and B to nine years each. C received eight years, and D seven.
        // … The four were detained in November 2023": as many as the last paragraph with events
        // told of, when no group of that many was told at once.)
        let told = crate::counts::number_word(doc.f(k + 1)).and_then(|n| usize::try_from(n).ok());
        let as_many = count
            .or(told)
            .is_some_and(|n| group.len() != n && n > 2 && self.paragraph_people.1.len() == n);
        if (all && count.is_none() && group.len() < 2 && self.paragraph_people.1.len() > 1)
            || as_many
        {
            self.paragraph_people.1.clone()
        } else if let Some(named) = told
            .filter(|&n| group.len() != n && n > 1)
            .and_then(|n| self.named_since_count(doc, k, n))
        {
            named
        } else {
            group.to_vec()
        }
    }

    /// ("…los recursos de tres trabajadores del portal, detenidos el 29 de enero", then a
    /// paragraph for each of three named, then "Los tres habían sido presentados…"): the people
    /// given events since the text last counted `n` of a trade, when they are `n` (of the same
    /// trade when the subject names one: not "tres acusados" for "Los tres condenados").
    fn named_since_count(&self, doc: &Doc<'_>, k: usize, n: usize) -> Option<Vec<usize>> {
        let noun = Some(doc.f(k + 2)).filter(|w| w.ends_with('s'));
        let j = (k.saturating_sub(600)..k.saturating_sub(1))
            .rev()
            .find(|&j| {
                crate::counts::number_word(doc.f(j)).and_then(|m| usize::try_from(m).ok())
                    == Some(n)
                    && !doc.tokens[j + 1].capitalised
                    && doc.f(j + 1).len() > 3
                    && doc.f(j + 1).ends_with('s')
                    && noun.is_none_or(|w| w == doc.f(j + 1))
            })?;
        let mut named: Vec<usize> = Vec::new();
        for &(e, at) in &self.seen {
            if at > j && at < k && self.paragraph_people.2.contains(&e) && !named.contains(&e) {
                named.push(e);
            }
        }
        (named.len() == n).then_some(named)
    }

    /// Keeps the group in focus after a sentence of paragraph `paragraph` that gave `events`,
    /// for `group_of` and `group_for`.
    pub(crate) fn remember_group(
        &mut self,
        paragraph: usize,
        events: &[crate::discourse::RawEvent],
    ) {
        if self.focus_group.len() > 1 && self.past_groups.last() != Some(&self.focus_group) {
            self.past_groups.push(self.focus_group.clone());
        }
        if events.is_empty() {
            return;
        }
        if self.paragraph_people.0 != paragraph {
            self.paragraph_people.0 = paragraph;
            self.paragraph_people.1.clear();
        }
        for e in events {
            if !self.paragraph_people.1.contains(&e.entity) {
                self.paragraph_people.1.push(e.entity);
            }
            if !self.paragraph_people.2.contains(&e.entity) {
                self.paragraph_people.2.push(e.entity);
            }
        }
    }

    /// After a sentence that told a group's event without names (`told`) and opens on its count:
    /// a counted group other than the one in focus is whom "they" are now ("The 246 men returned
    /// from El Salvador had been deported… They were held by Salvadoran authorities"). After one
    /// that names nobody and tells none, opening on other people (`other_noun`), so are they
    /// ("Los migrantes devueltos por El Salvador llegaron… Habían sido enviados a la prisión
    /// salvadoreña…": not the political prisoners listed before).
    pub(crate) fn other_group(
        &mut self,
        doc: &Doc<'_>,
        a: usize,
        told: bool,
        descriptors: &[Vec<String>],
    ) {
        let counted = told && counted_subject(doc, a).is_some_and(|n| n != self.focus_group.len());
        if counted || (!told && self.other_noun(doc, a, descriptors)) {
            self.focus_group.clear();
        }
    }

    /// Whether the sentence opening at `a` opens on "los"/"las"/"the" and a noun of other people
    /// held apart (migrants, deportees) that describes none of the group in focus.
    fn other_noun(&self, doc: &Doc<'_>, a: usize, descriptors: &[Vec<String>]) -> bool {
        // (Others who may be held themselves, told of apart: not "Los familiares se
        // concentraron… Fueron detenidos acusados de…", which still tells of the group.)
        const OTHERS: &[&str] = &[
            "migrantes",
            "migrants",
            "deportados",
            "deportees",
            "repatriados",
        ];
        let noun = doc.f(a + 1);
        let one = [noun.strip_suffix('s'), noun.strip_suffix("es")];
        self.focus_group.len() > 1
            && matches!(doc.f(a), "los" | "las" | "the")
            && OTHERS.contains(&noun)
            && !self.focus_group.iter().any(|&e| {
                descriptors
                    .get(e)
                    .is_some_and(|d| d.iter().any(|w| one.contains(&Some(w.as_str()))))
            })
    }
}

/// "La lista incluye a A, B y C, pero sus familiares aseguran que los tres siguen en Tocorón": the
/// people the sentence named before "los tres" at token `k` (of its mentions `ms`), when as many
/// as it counts; else everyone given an event so far (`held`, see `all_held`).
pub(crate) fn named_before(
    doc: &Doc<'_>,
    k: usize,
    ms: &[&MentionRef],
    held: &[usize],
) -> Option<Vec<usize>> {
    if !matches!(doc.f(k), "the" | "los" | "las" | "all") {
        return None;
    }
    let mut named: Vec<usize> = ms
        .iter()
        .filter(|m| m.last <= k)
        .map(|m| m.entity)
        .collect();
    named.dedup();
    let counted =
        crate::counts::number_word(doc.f(k + 1)).is_some_and(|n| n as usize == named.len());
    // (Named as what a list or a count holds, "incluye a A, B y C", "las familias de A, B y C",
    // or set off by "los tres" right after, not as the ones who act: "El gobernador A, el fiscal
    // B y el juez C se reunieron…; los tres…".)
    let apposed = ms.iter().any(|m| m.last + 1 == k && doc.f(m.last) == ",");
    let as_held = apposed
        || ms.iter().find(|m| m.last <= k).is_some_and(|m| {
            (m.first.saturating_sub(4)..m.first).any(|j| {
                matches!(
                    doc.f(j),
                    "a" | "al"
                        | "de"
                        | "incluye"
                        | "incluyen"
                        | "include"
                        | "includes"
                        | "included"
                        | "including"
                        | "entre"
                        | "among"
                        | "figuran"
                        | ":"
                )
            })
        });
    (named.len() > 1 && counted && as_held)
        .then_some(named)
        .or_else(|| all_held(doc, k, held))
}

/// "Funcionarios detienen a A. Esa misma noche son arrestados B y C. … La fiscal imputa a los
/// tres…": "los tres" at token `k` everyone given an event so far (`held`), when as many as it
/// counts.
pub(crate) fn all_held(doc: &Doc<'_>, k: usize, held: &[usize]) -> Option<Vec<usize>> {
    let n = crate::counts::number_word(doc.f(k + 1)).filter(|&n| n > 2)? as usize;
    (bare_count(doc, k, true) && held.len() == n).then(|| held.to_vec())
}

/// Whether "los tres", "all six" at token `k` is a count of the people told, the article (or
/// "all") and its number: not a part before it ("uno de los tres"), nor the state's agents after
/// it ("los tres policías que los golpearon"); with `alone`, no noun after it at all, which may
/// name others or some of them ("los tres excarcelados de hoy", "the three convicted men").
pub(crate) fn bare_count(doc: &Doc<'_>, k: usize, alone: bool) -> bool {
    if !matches!(doc.f(k), "the" | "los" | "las" | "all") {
        return false;
    }
    let next = doc.f(k + 2);
    let noun = doc
        .tokens
        .get(k + 2)
        .is_some_and(|t| t.kind == TokenKind::Word)
        && (next.ends_with('s') || next.ends_with("ed"))
        && !matches!(next, "was" | "has");
    let agents = matches!(
        next,
        "policias"
            | "funcionarios"
            | "agentes"
            | "guardias"
            | "fiscales"
            | "jueces"
            | "officers"
            | "policemen"
            | "agents"
            | "guards"
            | "prosecutors"
            | "judges"
    );
    let one_of = matches!(doc.f(k.wrapping_sub(1)), "de" | "of")
        && matches!(
            doc.f(k.wrapping_sub(2)),
            "uno" | "una" | "one" | "ninguno" | "none"
        );
    let others = (noun && alone) || agents || one_of;
    !others
}

/// "said the two remain in custody": a plural reference inside sentence `a..b` (mentions `ms`)
/// to the group in focus (`focus_group`) or to those named before it (of `given`), as slots.
pub(crate) fn plural_references(
    doc: &Doc<'_>,
    (ms, a, b): (&[&MentionRef], usize, usize),
    (focus_group, given, seen): (&[usize], &[usize], &[(usize, usize)]),
    slots: &mut Vec<crate::slots::Slot>,
) {
    for k in a + 1..b {
        // ("Según la Cancillería, los cuatro habían sido arrestados…": as many as were named.)
        let bare = bare_count(doc, k, false);
        let told = || {
            crate::counts::number_word(doc.f(k + 1))
                .and_then(|n| usize::try_from(n).ok())
                .filter(|&n| n > 2)
        };
        let pair = bare
            && (matches!(doc.f(k + 1), "two" | "dos")
                || told().is_some_and(|n| n == focus_group.len()));
        let own = named_before(doc, k, ms, given).or_else(|| {
            bare.then(told)
                .flatten()
                .filter(|&n| n != focus_group.len())
                .and_then(|n| crate::group_parts::roster(doc, (seen, given), k, n))
        });
        let group = own.clone().unwrap_or_else(|| focus_group.to_vec());
        if (pair || own.is_some()) && group.len() > 1 && !slots.iter().any(|s| s.first == k) {
            slots.extend(group.iter().map(|&e| crate::slots::Slot {
                first: k,
                last: k + 2,
                entity: e,
            }));
        }
    }
}
