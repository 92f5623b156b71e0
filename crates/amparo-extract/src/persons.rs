//! Grouping name mentions into people: full names, their shorter forms later in the text
//! ("San Miguel", "Durán"), and which of two namesakes a short form means.

use std::collections::{HashMap, HashSet};

use crate::gazetteer::Hit;
use crate::lexicon::is_given_name;
use crate::names::Span;
use crate::slots::RELATIONS;
use crate::text::Doc;

/// A mention of a person: token range and the person it refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentionRef {
    /// First token.
    pub first: usize,
    /// Index after the last token.
    pub last: usize,
    /// Index into the entity list.
    pub entity: usize,
    /// Sentence index.
    pub sentence: usize,
}

/// One person named in the text.
#[derive(Debug, Clone, Default)]
pub struct Entity {
    /// The fullest form of the name.
    pub name: String,
    /// Folded words of the name.
    pub words: Vec<String>,
    /// Other surface forms.
    pub variants: Vec<String>,
}

const PARTICLES: &[&str] = &[
    "de", "del", "la", "las", "los", "da", "dos", "van", "von", "y",
];

/// Sentence index of every token.
pub fn sentence_of_tokens(doc: &Doc<'_>) -> Vec<usize> {
    let mut out = vec![0; doc.tokens.len()];
    for (si, s) in doc.sentences.iter().enumerate() {
        for slot in out.iter_mut().take(s.last).skip(s.first) {
            *slot = si;
        }
    }
    out
}

fn token_range(doc: &Doc<'_>, span: Span) -> Option<(usize, usize)> {
    let first = doc.tokens.partition_point(|t| t.start < span.start);
    let last = doc.tokens.partition_point(|t| t.end <= span.end);
    (first < last).then_some((first, last))
}

fn compatible(a: &[String], b: &[String]) -> bool {
    // "Jose M. Basoa" and "José María Basoa": same first and last word, initials agree.
    let (Some(af), Some(bf), Some(al), Some(bl)) = (a.first(), b.first(), a.last(), b.last())
    else {
        return false;
    };
    if af != bf || al != bl {
        return false;
    }
    let (am, bm): (Vec<&String>, Vec<&String>) = (
        a.iter().filter(|w| *w != ".").collect(),
        b.iter().filter(|w| *w != ".").collect(),
    );
    am.len() == bm.len()
        && am
            .iter()
            .zip(bm.iter())
            .all(|(x, y)| x.starts_with(y.as_str()) || y.starts_with(x.as_str()))
}

/// "Ángel Peraza" inside "Ángel Gregorio Peraza": the same first and last word, the shorter
/// name's words all in the longer one, in order.
fn inner(long: &[String], short: &[String]) -> bool {
    if short.len() < 2
        || long.len() <= short.len()
        || long.first() != short.first()
        || long.last() != short.last()
    {
        return false;
    }
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|x| x == w))
}

/// "Manuel Orozco" for "Manuel Alejandro Orozco Díaz": the first given name and the first of two
/// surnames.
fn paternal(long: &[String], short: &[String]) -> bool {
    let [first, surname] = short else {
        return false;
    };
    long.len() >= 4
        && long.first() == Some(first)
        && long.get(long.len() - 2) == Some(surname)
        && !PARTICLES.contains(&surname.as_str())
}

/// The folded words of a name, without its dots and commas.
fn name_words(doc: &Doc<'_>, first: usize, last: usize) -> Vec<String> {
    (first..last)
        .map(|k| doc.f(k).to_string())
        .filter(|w| w != "." && w != ",")
        .collect()
}

/// The names of the spans as token ranges, surface text and folded words, with the given name
/// that shares the surnames of the name after it: "los hermanos Pedro y Juan Salas", "Luis and
/// Mario Ortega" name Pedro Salas and Luis Ortega too.
fn with_shared_surnames(
    doc: &Doc<'_>,
    spans: &[Span],
    hits: &[Hit],
) -> Vec<(usize, usize, String, Vec<String>)> {
    let mut out = Vec::with_capacity(spans.len());
    let mut taken_until = 0;
    for span in spans {
        let Some((mut first, last)) = token_range(doc, *span) else {
            continue;
        };
        // "salieron del Rodeo I Manuel Orozco": a name read on from a prison's starts after it.
        let at = hits.partition_point(|h| h.first <= first);
        if let Some(h) = at.checked_sub(1).map(|i| &hits[i])
            && first < h.last
            && h.last + 2 <= last
        {
            first = h.last;
        }
        // "De Carlos Luis Pinto no se supo nada", "Son Aníbal Mora, Celeste…": the sentence's
        // first word is no particle of the name when a given name follows it.
        let verb = matches!(doc.f(first), "son" | "were" | "are");
        if last - first >= 3
            && (verb || matches!(doc.f(first), "de" | "del" | "la"))
            && (verb || is_given_name(doc.f(first + 1)))
        {
            first += 1;
        }
        let span = &Span {
            start: doc.tokens[first].start,
            end: span.end,
        };
        let words = name_words(doc, first, last);
        let given = words.iter().take_while(|w| is_given_name(w)).count();
        let lone = first.checked_sub(2).filter(|&k| {
            k >= taken_until
                && matches!(doc.f(k + 1), "y" | "e" | "and")
                && doc
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.capitalised && is_given_name(&t.folded))
                && doc.tokens.get(k + 2).is_none_or(|t| t.start >= span.start)
        });
        if let (Some(k), true) = (lone, given >= 1 && given < words.len()) {
            let surnames_from = (first..last)
                .filter(|&j| !matches!(doc.f(j), "." | ","))
                .nth(given);
            if let (Some(j), Some(lone_token)) = (surnames_from, doc.tokens.get(k)) {
                let surnames = doc
                    .text
                    .get(doc.tokens[j].start..span.end)
                    .unwrap_or_default();
                let mut lone_words = vec![lone_token.folded.clone()];
                lone_words.extend(words[given..].iter().cloned());
                out.push((
                    k,
                    k + 1,
                    format!("{} {surnames}", lone_token.text),
                    lone_words,
                ));
            }
        }
        let text = doc.text.get(span.start..span.end).unwrap_or("").to_string();
        out.push((first, last, text, words));
        taken_until = last;
    }
    out
}

/// Whether a mention is its sentence's subject: the first mention, near the sentence start.
pub fn is_subject(doc: &Doc<'_>, mentions: &[MentionRef], index: usize) -> bool {
    let Some(m) = mentions.get(index) else {
        return false;
    };
    let Some(s) = doc.sentences.get(m.sentence) else {
        return false;
    };
    let first_in_sentence = mentions
        .iter()
        .take(index)
        .all(|o| o.sentence != m.sentence);
    first_in_sentence && m.first - s.first <= 8
}

/// Builds people and mentions from name spans. Spans that are exactly a gazetteer name are dropped.
pub fn build(doc: &Doc<'_>, spans: &[Span], hits: &[Hit]) -> (Vec<Entity>, Vec<MentionRef>) {
    let sentence_of = sentence_of_tokens(doc);
    let mut entities: Vec<Entity> = Vec::new();
    // Every way two names can be the same person needs the same first word: candidates by it.
    let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_word_set: HashMap<Vec<String>, usize> = HashMap::new();
    let mut full: Vec<MentionRef> = Vec::new();
    // "Urdaneta Pérez" where the text also names "María Gabriela Urdaneta Pérez": the end of a
    // longer name is a short form of it (resolved below like "Pérez"), never a person of its own.
    let names = with_shared_surnames(doc, spans, hits);
    let word_lists: Vec<&Vec<String>> = names.iter().map(|(_, _, _, words)| words).collect();
    let tails: HashSet<&[String]> = word_lists
        .iter()
        .flat_map(|w| (1..w.len().saturating_sub(1)).map(move |start| &w[start..]))
        .filter(|tail| !PARTICLES.contains(&tail[0].as_str()))
        .collect();
    for (first, last, text, words) in names.iter().cloned() {
        if tails.contains(words.as_slice()) {
            continue;
        }
        // Hits are sorted and disjoint: only the last one starting at or before `first` can contain the span.
        let at = hits.partition_point(|h| h.first <= first);
        // ("Consejo Legislativo de Carabobo": a name that begins inside a known organisation's
        // name is the rest of it, not a person.)
        if at > 0
            && (hits[at - 1].last >= last
                || hits[at - 1].first < first && first < hits[at - 1].last)
        {
            continue;
        }
        // "PERAZA, Ángel Gregorio" (a list) and "Ángel Gregorio Peraza" (the prose): the same
        // words in another order are the same person.
        let mut sorted = words.clone();
        sorted.sort();
        // "Ana Quintero" after "Ana Quintero Salas" (or before it) is the same person.
        let prefix =
            |a: &[String], b: &[String]| b.len() >= 2 && a.len() > b.len() && a.starts_with(b);
        let first_word = words.first().cloned().unwrap_or_default();
        let existing = by_first_word
            .get(&first_word)
            .into_iter()
            .flatten()
            .copied()
            .find(|&i| {
                let e = &entities[i];
                e.words == words
                    || compatible(&e.words, &words)
                    || prefix(&e.words, &words)
                    || prefix(&words, &e.words)
                    || inner(&e.words, &words)
                    || inner(&words, &e.words)
                    || paternal(&e.words, &words)
                    || paternal(&words, &e.words)
            })
            .or_else(|| {
                by_word_set
                    .get(&sorted)
                    .copied()
                    .filter(|_| words.len() >= 2)
            });
        let longer =
            |e: usize| prefix(&words, &entities[e].words) || inner(&words, &entities[e].words);
        if let Some(e) = existing.filter(|&e| longer(e)) {
            let old = std::mem::replace(&mut entities[e].name, text.clone());
            entities[e].words = words.clone();
            entities[e].variants.push(old);
        }
        let entity = match existing {
            Some(e) => {
                if !entities[e].variants.contains(&text) && entities[e].name != text {
                    entities[e].variants.push(text);
                }
                e
            }
            None => {
                entities.push(Entity {
                    name: text,
                    words,
                    variants: Vec::new(),
                });
                by_first_word
                    .entry(first_word)
                    .or_default()
                    .push(entities.len() - 1);
                by_word_set.entry(sorted).or_insert(entities.len() - 1);
                entities.len() - 1
            }
        };
        full.push(MentionRef {
            first,
            last,
            entity,
            sentence: sentence_of.get(first).copied().unwrap_or(0),
        });
    }
    // Short forms: trailing word sequences of a full name, not starting with a particle or
    // being a lone given name ("Miguel" of "Rocío San Miguel" is not a short form).
    let mut keys: Vec<(Vec<String>, usize)> = Vec::new();
    // Who each short form may mean (hash lookups keep this linear in the number of names).
    let mut owners: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
    for (e, entity) in entities.iter().enumerate() {
        let w = &entity.words;
        let mut forms: Vec<Vec<String>> = vec![w.clone()];
        forms.extend((1..w.len()).map(|start| w[start..].to_vec()));
        // Spanish double surnames: "Quevedo" and "Ana Quintero" for "Ana Quintero Salas".
        if w.len() >= 3 && !is_given_name(&w[1]) {
            forms.push(vec![w[1].clone()]);
            forms.push(w[..2].to_vec());
        }
        // "Figueredo" and "Reinaldo Figueredo" for "Reinaldo Antonio Figueredo Salas": the first of
        // two surnames after the given names.
        if w.len() >= 4
            && is_given_name(&w[w.len() - 3])
            && !is_given_name(&w[w.len() - 2])
            && !PARTICLES.contains(&w[w.len() - 2].as_str())
        {
            forms.push(vec![w[w.len() - 2].clone()]);
            forms.push(vec![w[0].clone(), w[w.len() - 2].clone()]);
        }
        for key in forms {
            let single = key.len() == 1;
            if key.is_empty()
                || PARTICLES.contains(&key[0].as_str())
                || (single
                    && (is_given_name(&key[0])
                        || matches!(key[0].as_str(), "san" | "santa" | "santo")
                        || key[0].chars().count() < 3))
            {
                continue;
            }
            let list = owners.entry(key.clone()).or_default();
            if !list.contains(&e) {
                list.push(e);
                keys.push((key, e));
            }
        }
    }
    keys.sort_by_key(|k| std::cmp::Reverse(k.0.len()));
    let mut covered = vec![false; doc.tokens.len()];
    for m in &full {
        for slot in covered.iter_mut().take(m.last).skip(m.first) {
            *slot = true;
        }
    }
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (key, _)) in keys.iter().enumerate() {
        by_first.entry(key[0].as_str()).or_default().push(i);
    }
    let is_covered = |k: usize| covered.get(k).copied().unwrap_or(true);
    let mut shorts: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if !doc.tokens[i].capitalised || is_covered(i) {
            i += 1;
            continue;
        }
        let found = by_first.get(doc.f(i)).and_then(|ids| {
            ids.iter().map(|&id| &keys[id].0).find(|key| {
                key.iter()
                    .enumerate()
                    .all(|(j, w)| doc.f(i + j) == w && !is_covered(i + j))
            })
        });
        match found {
            Some(key) => {
                let candidates: Vec<usize> = owners.get(key).cloned().unwrap_or_default();
                shorts.push((i, i + key.len(), candidates));
                i += key.len();
            }
            None => i += 1,
        }
    }
    // Walk all mentions in text order, resolving short forms by salience: the candidate most
    // recently mentioned as a sentence subject, else the most recently mentioned; someone
    // introduced as "his brother X" is rarely the next bare surname's referent.
    full.sort_by_key(|m| m.first);
    let mut mentions: Vec<MentionRef> = Vec::with_capacity(full.len() + shorts.len());
    let mut salience = Salience {
        sentence_seen: vec![false; doc.sentences.len()],
        ..Salience::default()
    };
    let mut full_iter = full.into_iter().peekable();
    for (first, last, candidates) in shorts {
        while let Some(m) = full_iter.next_if(|m| m.first < first) {
            salience.record(doc, m, &mut mentions);
        }
        let Some(entity) = salience.resolve(candidates) else {
            continue;
        };
        let text = doc
            .text
            .get(doc.tokens[first].start..doc.tokens[last - 1].end)
            .unwrap_or("")
            .to_string();
        if !entities[entity].variants.contains(&text) {
            entities[entity].variants.push(text);
        }
        let m = MentionRef {
            first,
            last,
            entity,
            sentence: sentence_of.get(first).copied().unwrap_or(0),
        };
        salience.record(doc, m, &mut mentions);
    }
    for m in full_iter {
        salience.record(doc, m, &mut mentions);
    }
    (entities, mentions)
}

/// Whether the name at `first..last` is introduced as someone's relative: "his brother X", "His
/// father, X", "su esposa, la odontóloga X", "X, hija del ingeniero", "X, su madre", or the
/// speaker of a quote about "mi hermano" / "my son" — rarely the referent of the next bare
/// surname.
fn introduced_as_relative(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    const POSSESSIVE: &[&str] = &["his", "her", "their", "su", "sus", "whose", "cuya", "cuyo"];
    const BETWEEN: &[&str] = &[",", "el", "la", "the", "a", "an"];
    // Before: back over a comma, an article and one describing word.
    let mut k = first;
    let mut steps = 0;
    while k >= 2 && steps < 4 {
        let f = doc.f(k - 1);
        if RELATIONS.contains(&f) {
            let owner = doc.f(k - 2);
            return POSSESSIVE.contains(&owner)
                || (owner == "s" && doc.f(k.wrapping_sub(3)) == "'");
        }
        if !(BETWEEN.contains(&f) || (steps > 0 && crate::lexicon::is_np_word(f))) {
            break;
        }
        k -= 1;
        steps += 1;
    }
    // After: ", hija del ingeniero", ", su madre", ", sister of".
    if doc.f(last) == "," {
        let mut j = last + 1;
        if matches!(doc.f(j), "la" | "el" | "the" | "a") || POSSESSIVE.contains(&doc.f(j)) {
            j += 1;
        }
        if RELATIONS.contains(&doc.f(j))
            && (POSSESSIVE.contains(&doc.f(j - 1)) || matches!(doc.f(j + 1), "de" | "del" | "of"))
        {
            return true;
        }
    }
    // The speaker of "«Mi hermano tiene 68 años…», dijo X".
    first >= 1
        && crate::slots::SPEECH.contains(&doc.f(first - 1))
        && (first.saturating_sub(40)..first - 1).any(|k| {
            matches!(doc.f(k), "mi" | "my" | "nuestro" | "nuestra" | "our")
                && RELATIONS.contains(&doc.f(k + 1))
        })
}

/// Who was mentioned last, and last as a sentence subject, while walking the text in order.
#[derive(Debug, Default)]
struct Salience {
    last_seen: HashMap<usize, usize>,
    last_subject: HashMap<usize, usize>,
    as_relative: HashSet<usize>,
    sentence_seen: Vec<bool>,
}

impl Salience {
    fn record(&mut self, doc: &Doc<'_>, m: MentionRef, mentions: &mut Vec<MentionRef>) {
        let start = doc.sentences.get(m.sentence).map_or(0, |s| s.first);
        let seen = self.sentence_seen.get(m.sentence).copied().unwrap_or(true);
        if !seen && m.first - start <= 8 {
            self.last_subject.insert(m.entity, m.first + 1);
        }
        if let Some(slot) = self.sentence_seen.get_mut(m.sentence) {
            *slot = true;
        }
        self.last_seen.insert(m.entity, m.first + 1);
        if introduced_as_relative(doc, m.first, m.last) {
            self.as_relative.insert(m.entity);
        }
        mentions.push(m);
    }

    fn resolve(&self, candidates: Vec<usize>) -> Option<usize> {
        let preferred: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|e| !self.as_relative.contains(e))
            .collect();
        let candidates = if preferred.is_empty() {
            candidates
        } else {
            preferred
        };
        // A surname points back to someone named before it ("Trejo fue detenido…. Su esposa,
        // Coromoto de Trejo, dijo…").
        let seen: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|e| self.last_seen.contains_key(e))
            .collect();
        if seen.is_empty() {
            return None;
        }
        let candidates = seen;
        candidates
            .iter()
            .copied()
            .filter(|e| self.last_subject.contains_key(e))
            .max_by_key(|e| self.last_subject.get(e).copied().unwrap_or(0))
            .or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .max_by_key(|e| self.last_seen.get(e).copied().unwrap_or(0))
            })
    }
}
