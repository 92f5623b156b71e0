//! Grouping name mentions into people: full names, their shorter forms later in the text
//! ("San Miguel", "Durán"), and which of two namesakes a short form means.

use std::collections::{HashMap, HashSet};

use crate::gazetteer::Hit;
use crate::lexicon::is_given_name;
use crate::name_prep::with_shared_surnames;
use crate::names::Span;
use crate::salience::Salience;
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

use crate::names::{PARTICLES, leading_particle, particle_surname};

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
    // ("Mirla Villarroel" for "Mirla Coromoto Villarroel de Aponte": or her own before her
    // husband's.)
    let married = long.len() >= 4 && long[long.len() - 2] == "de";
    let at = if married { 3 } else { 2 };
    long.len() >= 4
        && long.first() == Some(first)
        && long.get(long.len() - at) == Some(surname)
        && !PARTICLES.contains(&surname.as_str())
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
        .filter(|tail| !leading_particle(&tail[0]) || particle_surname(tail))
        .chain(
            word_lists
                .iter()
                .filter_map(|w| crate::name_aliases::compound_surname(w)),
        )
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
                    || crate::name_aliases::given_and_compound(&e.words, &words)
                    || crate::name_aliases::given_and_compound(&words, &e.words)
                    || crate::name_aliases::hyphen_only(&e.words, &words)
            })
            .or_else(|| {
                by_word_set
                    .get(&sorted)
                    .copied()
                    .filter(|_| words.len() >= 2)
            })
            .or_else(|| {
                full.last()
                    .filter(|m| crate::name_aliases::alias(doc, m.last, first, last))
                    .map(|m| m.entity)
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
    // ("Marcano" of "Xiomara Sifuentes de Marcano", her husband's name.)
    let mut married: HashSet<(Vec<String>, usize)> = HashSet::new();
    let first_words: HashSet<&str> = entities
        .iter()
        .filter_map(|o| o.words.first().map(String::as_str))
        .collect();
    for (e, entity) in entities.iter().enumerate() {
        let w = &entity.words;
        let mut forms: Vec<Vec<String>> = vec![w.clone()];
        forms.extend((1..w.len()).map(|start| w[start..].to_vec()));
        // (A woman's, by her given name; "Luis Fernández de Castro" bears a compound surname.)
        let woman = crate::genders::womans(&w[0]);
        if w.len() >= 3 && w[w.len() - 2] == "de" && woman {
            married.insert((w[w.len() - 1..].to_vec(), e));
        }
        // Spanish double surnames: "Quevedo" and "Ana Quintero" for "Ana Quintero Salas".
        if w.len() >= 3 && !is_given_name(&w[1]) {
            forms.push(vec![w[1].clone()]);
            forms.push(w[..2].to_vec());
        }
        // "Figueredo" and "Reinaldo Figueredo" for "Reinaldo Antonio Figueredo Salas": the first of
        // two surnames after the given names.
        // ("Matamoros" of "Juan de Dios Matamoros Lanuza": "de Dios" closes a given name.)
        // ("Amador" of "Jorge Luis Amador Torrez": a given name of the lexicon opening no name.)
        let first_surname = w.len() >= 4
            && (is_given_name(&w[w.len() - 3]) || w[w.len() - 3] == "dios")
            && (!is_given_name(&w[w.len() - 2]) || !first_words.contains(w[w.len() - 2].as_str()))
            && !PARTICLES.contains(&w[w.len() - 2].as_str());
        if first_surname {
            forms.push(vec![w[w.len() - 2].clone()]);
            forms.push(vec![w[0].clone(), w[w.len() - 2].clone()]);
        }
        // ("Montes de Oca" for "Yajaira Margarita Montes de Oca Rivas".)
        forms.extend(crate::name_aliases::compound_surname(w).map(<[String]>::to_vec));
        for key in forms {
            let single = key.len() == 1;
            // ("Nieves" of "José Gregorio Nieves": a word the lexicon takes for a given name, last
            // in a name and opening none of the text's, is a surname.)
            let surname = single
                && w.len() >= 2
                && (key[0] == w[w.len() - 1] || (first_surname && key[0] == w[w.len() - 2]))
                && !first_words.contains(key[0].as_str());
            if key.is_empty()
                || leading_particle(&key[0]) && !particle_surname(&key)
                || (single
                    && ((is_given_name(&key[0]) && !surname)
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
    // ("Our reporter Farid Gurbanli wrote this letter… Farid was arrested": see given_alone.)
    let given_alone = crate::given_alone::add(&entities, &mut owners, &mut keys);
    // A surname is first its bearer's, then a wife's who took it: "Marcano" is Daniel Eduardo
    // Marcano Sifuentes, not his mother, when the text names both.
    for (key, list) in owners.iter_mut() {
        if list.iter().any(|&e| !married.contains(&(key.clone(), e))) {
            list.retain(|&e| !married.contains(&(key.clone(), e)));
        }
    }
    keys.retain(|(key, e)| owners.get(key).is_some_and(|l| l.contains(e)));
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
        // ("en Ciudad Bolívar" is no short form of "Luis Enrique Bolívar Arráez".)
        let place = crate::named_after::place_word_before(doc, i);
        // ("On Jan. 7": a month, not Jan Weber again.)
        let month = crate::dates::month(doc.f(i)).is_some()
            && (doc.is_number(i + 1) || (doc.f(i + 1) == "." && doc.is_number(i + 2)));
        if !doc.tokens[i].capitalised || is_covered(i) || place || month {
            // ("Hospital Pérez Carreño": an institution's name is all its capitalised words.)
            i += 1 + crate::named_after::institution_rest(doc, i, place);
            continue;
        }
        let found = by_first.get(doc.f(i)).and_then(|ids| {
            ids.iter().map(|&id| &keys[id].0).find(|key| {
                key.iter()
                    .enumerate()
                    .all(|(j, w)| doc.f(i + j) == w && !is_covered(i + j))
            })
        });
        let found = found.filter(|key| crate::given_alone::stands_for(doc, i, key, &given_alone));
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
    // ("la jueza Dalia Escalona … La jueza Escalona no es pariente de María Auxiliadora Colina
    // Escalona": a short form after the word one full name was introduced with is that one's.)
    let introduced: HashSet<(usize, &str)> = full
        .iter()
        .map(|m| (m.entity, doc.f(m.first.wrapping_sub(1))))
        .collect();
    let introduced_with = |e: usize, w: &str| introduced.contains(&(e, w));
    let shorts: Vec<(usize, usize, Vec<usize>)> = shorts
        .into_iter()
        .map(|(first, last, candidates)| {
            let w = doc.f(first.wrapping_sub(1));
            let described = w.len() >= 4
                && doc
                    .tokens
                    .get(first.wrapping_sub(1))
                    .is_some_and(|t| t.kind == crate::text::TokenKind::Word && !t.capitalised);
            let same: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&e| described && introduced_with(e, w))
                .collect();
            let keep = if same.is_empty() { candidates } else { same };
            let first_words = |e: usize| entities[e].words[0].as_str();
            let before = |e: usize| full.iter().any(|m| m.entity == e && m.first < first);
            let keep = crate::gender_names::titled(doc, first, keep, first_words, before);
            (first, last, keep)
        })
        .collect();
    let mut mentions: Vec<MentionRef> = Vec::with_capacity(full.len() + shorts.len());
    let mut salience = Salience::new(doc.sentences.len());
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
            .map_or_else(String::new, crate::hard_wrap::printed);
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
