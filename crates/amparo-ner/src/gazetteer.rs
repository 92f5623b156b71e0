//! Words seen inside entities of the training corpus, with the tags they had: compiled by
//! `train-ner` from the training data and stored in the model.

use std::collections::HashMap;

/// Word → tag bits (one bit per non-O tag index minus one: B-PER = bit 0, I-PER = bit 1,
/// B-ORG = bit 2...).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Gazetteer {
    words: HashMap<Box<str>, u8>,
}

impl Gazetteer {
    /// Builds from pairs; duplicate words have their bits merged.
    pub(crate) fn from_pairs(pairs: Vec<(Box<str>, u8)>) -> Gazetteer {
        let mut words: HashMap<Box<str>, u8> = HashMap::with_capacity(pairs.len());
        for (word, bits) in pairs {
            *words.entry(word).or_insert(0) |= bits;
        }
        Gazetteer { words }
    }

    /// The tag bits of `word` (exact case), 0 when unseen.
    pub(crate) fn get(&self, word: &str) -> u8 {
        self.words.get(word).copied().unwrap_or(0)
    }

    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// All entries, sorted by word (so serialisation is deterministic).
    pub(crate) fn entries(&self) -> Vec<(&str, u8)> {
        let mut out: Vec<(&str, u8)> = self.words.iter().map(|(w, b)| (w.as_ref(), *b)).collect();
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_duplicates_and_misses_unknown_words() {
        let g = Gazetteer::from_pairs(vec![
            ("Quintero".into(), 1),
            ("Caracas".into(), 16),
            ("Quintero".into(), 2),
        ]);
        assert_eq!(g.get("Quintero"), 3);
        assert_eq!(g.get("Caracas"), 16);
        assert_eq!(g.get("quintero"), 0);
        assert_eq!(g.entries(), [("Caracas", 16), ("Quintero", 3)]);
    }
}
