//! Names for the public lookup: a vocabulary of name words with the persons each names,
//! and the fuzzy match of a typed query against it.
//!
//! Words are normalised by amparo-resolve (case, accents, punctuation, particles, and
//! nicknames with one meaning: "Pepe" is "José"); a name is a bag of words, so order does
//! not matter ("QUEVEDO LARA, INÉS" is "Inés Quevedo Lara"). A query word meets the
//! vocabulary word it is, one with the same Spanish sound (amparo-resolve's phonetic key:
//! b/v, c/s/z, ll/y, silent h), one typo away (found through one-deletion variants, as
//! SymSpell does), a nickname with several meanings ("Beto"), or an initial. The score of
//! a person is how much of the query their name covers, each word weighted by how rare it
//! is, with a little credit for how much of their name the query covers.
//!
//! Written here rather than with amparo-resolve's `Index`: that one decides whether two
//! records are one person (a trained model, scores only above a review threshold, `&mut`
//! per query); a lookup ranks persons for a few typed words and serves many readers at once.

use super::query::QueryWord;
use amparo_resolve::similarity::{jaro_winkler, within_one_edit};
use amparo_resolve::{nickname, normalize, phonetic};
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::Hasher;

/// The words of a name, normalised, particles dropped, nicknames with one meaning replaced
/// by the name they stand for.
pub(crate) fn words(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in normalize::fold(name).split(' ') {
        if word.is_empty() || (word.len() <= 3 && normalize::PARTICLES.contains(&word)) {
            continue;
        }
        match nickname::unique_canonical(word) {
            Some(canonical) => out.extend(canonical.split(' ').map(str::to_owned)),
            None => out.push(word.to_owned()),
        }
    }
    out
}

fn hash(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h = FxHasher::default();
    for b in bytes {
        h.write_u8(b);
    }
    h.finish()
}

/// The word and its one-deletion variants, hashed (words of three letters or more: "Lbz"
/// is still "Luz"; shorter ones have too many neighbours for a typo to be guessed).
fn variants(word: &str) -> Vec<u64> {
    let b = word.as_bytes();
    let mut out = vec![hash(b.iter().copied())];
    if b.len() >= 3 {
        for i in 0..b.len() {
            out.push(hash(
                b.iter()
                    .enumerate()
                    .filter(|&(k, _)| k != i)
                    .map(|(_, &c)| c),
            ));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Every name word of the indexed persons, with the persons (entry numbers) it names.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    ids: FxHashMap<Box<str>, u32>,
    text: Vec<Box<str>>,
    /// Entries naming each word, ascending.
    postings: Vec<Vec<u32>>,
    by_sound: FxHashMap<String, Vec<u32>>,
    by_variant: FxHashMap<u64, Vec<u32>>,
    /// Words by first letter, for the last-resort scan.
    by_initial: FxHashMap<u8, Vec<u32>>,
    pub(crate) entries: u32,
}

/// A name as word ids.
pub(crate) type NameWords = Vec<u32>;

impl Vocabulary {
    /// Adds a name of entry `entry` (entries are added in ascending order) and returns it as
    /// word ids.
    pub fn add(&mut self, entry: u32, name: &str) -> NameWords {
        self.entries = self.entries.max(entry + 1);
        let mut ids = Vec::new();
        for word in words(name) {
            let id = match self.ids.get(word.as_str()) {
                Some(&id) => id,
                None => self.intern(&word),
            };
            if let Some(p) = self.postings.get_mut(id as usize)
                && p.last() != Some(&entry)
            {
                p.push(entry);
            }
            ids.push(id);
        }
        ids
    }

    fn intern(&mut self, word: &str) -> u32 {
        let id = self.text.len() as u32;
        self.ids.insert(word.into(), id);
        self.text.push(word.into());
        self.postings.push(Vec::new());
        self.by_sound
            .entry(phonetic::key(word))
            .or_default()
            .push(id);
        for v in variants(word) {
            self.by_variant.entry(v).or_default().push(id);
        }
        if let Some(&first) = word.as_bytes().first() {
            self.by_initial.entry(first).or_default().push(id);
        }
        id
    }

    pub(crate) fn text(&self, id: u32) -> &str {
        self.text.get(id as usize).map(|s| &**s).unwrap_or("")
    }

    pub(crate) fn postings(&self, id: u32) -> &[u32] {
        self.postings.get(id as usize).map_or(&[], Vec::as_slice)
    }

    /// How telling a word is: rare surnames weigh more than "María".
    fn weight(&self, id: u32) -> f32 {
        let n = f32::from(u16::try_from(self.postings(id).len()).unwrap_or(u16::MAX)).max(1.0);
        (1.0 + self.entries as f32 / n).ln()
    }

    /// What one typed word may be in the vocabulary.
    pub(crate) fn matches(&self, word: &str) -> QueryWord {
        let mut found: Vec<(u32, f32)> = Vec::new();
        fn put(found: &mut Vec<(u32, f32)>, id: u32, sim: f32) {
            match found.iter_mut().find(|(w, _)| *w == id) {
                Some(slot) => slot.1 = slot.1.max(sim),
                None => found.push((id, sim)),
            }
        }
        if let Some(&id) = self.ids.get(word) {
            put(&mut found, id, 1.0);
        }
        for meaning in nickname::NICKNAMES
            .iter()
            .filter(|(n, c)| *n == word && c.len() > 1)
            .flat_map(|(_, c)| c.iter())
        {
            if let Some(&id) = self.ids.get(*meaning) {
                put(&mut found, id, 0.9);
            }
        }
        if word.len() >= 3 {
            for &id in self
                .by_sound
                .get(&phonetic::key(word))
                .into_iter()
                .flatten()
            {
                put(&mut found, id, 0.9);
            }
        }
        for v in variants(word) {
            for &id in self.by_variant.get(&v).into_iter().flatten() {
                let other = self.text(id);
                if within_one_edit(word, other) {
                    put(&mut found, id, 0.88);
                } else {
                    let jw = jaro_winkler(word, other) as f32;
                    if jw >= 0.88 {
                        put(&mut found, id, jw - 0.1);
                    }
                }
            }
        }
        if found.is_empty() && word.len() >= 5 {
            // Two typos in one word: the closest words with its first letter.
            let first = word.as_bytes().first().copied().unwrap_or(0);
            for &id in self.by_initial.get(&first).into_iter().flatten() {
                let jw = jaro_winkler(word, self.text(id)) as f32;
                if jw >= 0.9 {
                    put(&mut found, id, jw - 0.12);
                }
            }
        }
        let weight = found
            .iter()
            .map(|&(id, _)| self.weight(id))
            .fold(0.0f32, f32::max);
        QueryWord {
            initial: None,
            // A word matching nothing weighs as a middling name: the other words decide.
            weight: if found.is_empty() { 0.0 } else { weight },
            found,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_bags_of_normalised_words() {
        assert_eq!(words("QUEVEDO LARA, INÉS"), ["quevedo", "lara", "ines"]);
        assert_eq!(words("Pepe de la Cruz"), ["jose", "cruz"]);
        assert_eq!(words("Chema Basoa"), ["jose", "maria", "basoa"]);
    }
}
