//! A typed query against the vocabulary: which persons to score, and how well each name
//! matches (see [`super::names`] for the matching of words).

use super::names::{Vocabulary, words};

/// One word of a query and what it may be.
#[derive(Debug, Clone)]
pub(crate) struct QueryWord {
    /// Set when the word is a single letter: it matches any word with that initial.
    pub initial: Option<u8>,
    pub weight: f32,
    pub found: Vec<(u32, f32)>,
}

/// The similarity an initial earns: it says little.
const INITIAL: f32 = 0.6;
/// Postings counted per query at most, beyond the two rarest words' (common words).
const COUNT_BUDGET: usize = 20_000;

thread_local! {
    /// Per-entry counters reused across queries on a thread: (query words matched, the
    /// last word counted).
    static COUNTS: std::cell::RefCell<Vec<(u8, u8)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A parsed query, ready to score entries.
pub(crate) struct Query {
    words: Vec<QueryWord>,
}

impl Query {
    /// The query's words against the vocabulary; `None` when it has no word of two letters.
    pub fn parse(vocabulary: &Vocabulary, text: &str) -> Option<Query> {
        let typed = words(text);
        if !typed.iter().any(|w| w.len() >= 2) {
            return None;
        }
        let mut words: Vec<QueryWord> = typed
            .iter()
            .take(12)
            .map(|w| match w.as_bytes() {
                [c] => QueryWord {
                    initial: Some(*c),
                    weight: 0.5,
                    found: Vec::new(),
                },
                _ => vocabulary.matches(w),
            })
            .collect();
        let known: Vec<f32> = words
            .iter()
            .filter(|w| w.initial.is_none() && !w.found.is_empty())
            .map(|w| w.weight)
            .collect();
        let middling = if known.is_empty() {
            (1.0 + vocabulary.entries as f32).ln() / 2.0
        } else {
            known.iter().sum::<f32>() / known.len() as f32
        };
        for w in words
            .iter_mut()
            .filter(|w| w.initial.is_none() && w.found.is_empty())
        {
            w.weight = middling;
        }
        Some(Query { words })
    }

    /// Entries worth scoring: those named by at least two of the query's words (by one, when
    /// only one word is known or nobody has two), counted over the words' postings. Very
    /// common words ("María") are left out of the count when two rarer words remain: the
    /// score still reads them.
    pub fn candidates(&self, vocabulary: &Vocabulary) -> Vec<u32> {
        let mut known: Vec<(usize, &QueryWord)> = self
            .words
            .iter()
            .filter(|w| w.initial.is_none() && !w.found.is_empty())
            .map(|w| {
                let cost = w
                    .found
                    .iter()
                    .map(|&(id, _)| vocabulary.postings(id).len())
                    .sum();
                (cost, w)
            })
            .collect();
        if known.is_empty() {
            return Vec::new();
        }
        known.sort_by_key(|(cost, _)| *cost);
        let mut budget = 0;
        let counted: Vec<&QueryWord> = known
            .iter()
            .enumerate()
            .take_while(|(i, (cost, _))| {
                budget += cost;
                *i < 2 || budget <= COUNT_BUDGET
            })
            .map(|(_, (_, w))| *w)
            .collect();
        COUNTS.with(|cell| {
            let mut counts = cell.borrow_mut();
            if counts.len() != vocabulary.entries as usize {
                counts.clear();
                counts.resize(vocabulary.entries as usize, (0, 0));
            }
            let mut touched: Vec<u32> = Vec::new();
            for (w, word) in counted.iter().enumerate() {
                let mark = w as u8 + 1;
                for &(id, _) in &word.found {
                    for &e in vocabulary.postings(id) {
                        if let Some(c) = counts.get_mut(e as usize)
                            && c.1 != mark
                        {
                            if c.0 == 0 {
                                touched.push(e);
                            }
                            *c = (c.0.saturating_add(1), mark);
                        }
                    }
                }
            }
            let need = if counted.len() >= 2 { 2 } else { 1 };
            let mut out: Vec<u32> = Vec::new();
            for &e in &touched {
                if let Some(c) = counts.get_mut(e as usize) {
                    if c.0 >= need {
                        out.push(e);
                    }
                    // Left clean for the next query on this thread.
                    *c = (0, 0);
                }
            }
            if out.is_empty() {
                out = touched;
            }
            out.sort_unstable();
            out
        })
    }

    /// How well a name matches, in [0, 1]: mostly the weighted share of the query it covers,
    /// a tenth for the share of the name the query covers, and a little when the query's
    /// words run in the name's order ("Fernando Marín" is rather "Fernando Marín Díaz" than
    /// "Fernando Ortiz Marín"). `None` when nothing but initials agrees.
    pub fn score(&self, vocabulary: &Vocabulary, name: &[u32]) -> Option<f32> {
        let (mut got, mut total, mut strong) = (0.0f32, 0.0f32, false);
        let mut used: u64 = 0;
        let mut positions: Vec<Option<usize>> = Vec::with_capacity(self.words.len());
        for word in &self.words {
            total += word.weight;
            let mut best = (0.0f32, None);
            for (k, &id) in name.iter().enumerate().take(64) {
                let sim = match word.initial {
                    Some(c) if vocabulary.text(id).as_bytes().first() == Some(&c) => INITIAL,
                    Some(_) => 0.0,
                    None => match word.found.iter().find(|(w, _)| *w == id) {
                        Some(&(_, s)) => s,
                        // A registry name written with an initial ("José M. Basoa").
                        None => {
                            let t = vocabulary.text(id);
                            let first = word.found.first().map(|&(w, _)| vocabulary.text(w));
                            match first {
                                Some(f)
                                    if t.len() == 1
                                        && f.as_bytes().first() == t.as_bytes().first() =>
                                {
                                    INITIAL
                                }
                                _ => 0.0,
                            }
                        }
                    },
                };
                // A word of the name already matched counts less again ("López López").
                let sim = if used & (1 << k) != 0 { sim * 0.5 } else { sim };
                if sim > best.0 {
                    best = (sim, Some(k));
                }
            }
            positions.push(best.1);
            if let (sim, Some(k)) = best {
                got += word.weight * sim;
                strong |= word.initial.is_none() && sim >= 0.85;
                used |= 1 << k;
            }
        }
        if !strong || total <= 0.0 {
            return None;
        }
        let covered = used.count_ones() as f32 / name.len().clamp(1, 64) as f32;
        let mut run = 1;
        let mut longest = 1;
        for pair in positions.windows(2) {
            match pair {
                [Some(a), Some(b)] if *b == a + 1 => {
                    run += 1;
                    longest = longest.max(run);
                }
                _ => run = 1,
            }
        }
        let order = if positions.len() > 1 {
            0.03 * (longest - 1) as f32 / (positions.len() - 1) as f32
        } else {
            0.0
        };
        Some(0.87 * got / total + 0.1 * covered + order)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_sounds_and_initials_all_find_the_name() {
        let mut v = Vocabulary::default();
        let ines = v.add(0, "Inés Carolina Quevedo Lara");
        let other = v.add(1, "Carolina Lara Benítez");
        for typed in [
            "ines quevedo",
            "Quevdo Lara",
            "QUEVEDO LARA, INES",
            "Ines Qeuvedo",
            "I. Quevedo",
            "Ynes Kevedo",
        ] {
            let q = Query::parse(&v, typed).unwrap();
            assert!(q.candidates(&v).contains(&0), "{typed}");
            let a = q.score(&v, &ines).unwrap_or(0.0);
            let b = q.score(&v, &other).unwrap_or(0.0);
            assert!(a > b, "{typed}: {a} vs {b}");
        }
        assert!(Query::parse(&v, "a").is_none());
        let unrelated = Query::parse(&v, "Pedro Martínez").unwrap();
        assert!(unrelated.candidates(&v).is_empty());
    }

    #[test]
    fn the_name_in_the_typed_order_comes_first() {
        let mut v = Vocabulary::default();
        let second = v.add(0, "Fernando Ortiz Marín");
        let first = v.add(1, "Fernando Marín Díaz");
        let q = Query::parse(&v, "Fernando Marín").unwrap();
        assert!(q.score(&v, &first) > q.score(&v, &second));
        let twice = v.add(2, "Cristian López López");
        let once = v.add(3, "Cristian López Soto");
        let q = Query::parse(&v, "Cristian Lopez Lopez").unwrap();
        assert!(q.score(&v, &twice) > q.score(&v, &once));
    }
}
