//! Grouping name mentions into people: full names, their shorter forms later in the text
//! ("San Miguel", "Durán"), and which of two namesakes a short form means.

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
    let first = doc.tokens.iter().position(|t| t.start >= span.start)?;
    let last = doc.tokens.iter().rposition(|t| t.end <= span.end)? + 1;
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
    let mut full: Vec<MentionRef> = Vec::new();
    for span in spans {
        let Some((first, last)) = token_range(doc, *span) else {
            continue;
        };
        if hits.iter().any(|h| h.first <= first && h.last >= last) {
            continue;
        }
        let words: Vec<String> = (first..last)
            .map(|k| doc.f(k).to_string())
            .filter(|w| w != ".")
            .collect();
        let text = doc.text.get(span.start..span.end).unwrap_or("").to_string();
        // "Ana Quintero" after "Ana Quintero Salas" (or before it) is the same person.
        let prefix =
            |a: &[String], b: &[String]| b.len() >= 2 && a.len() > b.len() && a.starts_with(b);
        let existing = entities.iter().position(|e| {
            e.words == words
                || compatible(&e.words, &words)
                || prefix(&e.words, &words)
                || prefix(&words, &e.words)
        });
        if let Some(e) = existing.filter(|&e| prefix(&words, &entities[e].words)) {
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
    for (e, entity) in entities.iter().enumerate() {
        let w = &entity.words;
        let mut forms: Vec<Vec<String>> = vec![w.clone()];
        forms.extend((1..w.len()).map(|start| w[start..].to_vec()));
        // Spanish double surnames: "Quevedo" and "Ana Quintero" for "Ana Quintero Salas".
        if w.len() >= 3 && !is_given_name(&w[1]) {
            forms.push(vec![w[1].clone()]);
            forms.push(w[..2].to_vec());
        }
        for key in forms {
            let single = key.len() == 1;
            if PARTICLES.contains(&key[0].as_str())
                || (single
                    && (is_given_name(&key[0])
                        || matches!(key[0].as_str(), "san" | "santa" | "santo")
                        || key[0].chars().count() < 3))
            {
                continue;
            }
            if !keys.iter().any(|(k, x)| *k == key && *x == e) {
                keys.push((key, e));
            }
        }
    }
    keys.sort_by_key(|k| std::cmp::Reverse(k.0.len()));
    let covered = |k: usize| full.iter().any(|m| m.first <= k && k < m.last);
    let mut shorts: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        if !doc.tokens[i].capitalised || covered(i) {
            i += 1;
            continue;
        }
        let found = keys.iter().find(|(key, _)| {
            key.iter()
                .enumerate()
                .all(|(j, w)| doc.f(i + j) == w && !covered(i + j))
        });
        match found {
            Some((key, _)) => {
                let candidates: Vec<usize> = keys
                    .iter()
                    .filter(|(k, _)| k == key)
                    .map(|(_, e)| *e)
                    .collect();
                shorts.push((i, i + key.len(), candidates));
                i += key.len();
            }
            None => i += 1,
        }
    }
    // Walk all mentions in order, resolving short forms by salience: the candidate most
    // recently mentioned as a sentence subject, else most recently mentioned.
    let mut mentions = full;
    mentions.sort_by_key(|m| m.first);
    for (first, last, candidates) in shorts {
        let before: Vec<usize> = (0..mentions.len())
            .filter(|&k| mentions[k].first < first)
            .collect();
        let score = |e: usize| -> (bool, usize) {
            let mut best = (false, 0);
            for &k in &before {
                if mentions[k].entity == e {
                    let subject = is_subject(doc, &mentions, k);
                    best = (best.0 || subject, mentions[k].first + 1);
                    if subject {
                        best = (true, mentions[k].first + 1);
                    }
                }
            }
            best
        };
        // Someone introduced as "his brother X" is rarely the next bare surname's referent.
        let introduced_as_relative = |e: usize| {
            before.iter().any(|&k| {
                let m = &mentions[k];
                m.entity == e
                    && m.first >= 2
                    && RELATIONS.contains(&doc.f(m.first - 1))
                    && matches!(doc.f(m.first - 2), "his" | "her" | "their" | "su" | "sus")
            })
        };
        let preferred: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&e| !introduced_as_relative(e))
            .collect();
        let candidates = if preferred.is_empty() {
            candidates
        } else {
            preferred
        };
        let subject_pick = candidates
            .iter()
            .copied()
            .filter(|&e| score(e).0)
            .max_by_key(|&e| {
                before
                    .iter()
                    .rev()
                    .find(|&&k| mentions[k].entity == e && is_subject(doc, &mentions, k))
                    .map_or(0, |&k| mentions[k].first + 1)
            });
        let entity = subject_pick
            .or_else(|| candidates.iter().copied().max_by_key(|&e| score(e).1))
            .or_else(|| candidates.first().copied());
        let Some(entity) = entity else { continue };
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
        let at = mentions.partition_point(|x| x.first < first);
        mentions.insert(at, m);
    }
    (entities, mentions)
}
