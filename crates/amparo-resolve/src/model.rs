//! Fellegi–Sunter model: m/u probabilities per field level estimated without labels by
//! expectation–maximisation over the candidate pairs, u started from random pairs, and
//! term-frequency adjustments on exact name agreement.

use crate::compare::{Comparison, Field, LEVELS, MISSING, NF};
use crate::prepare::Tokens;
use crate::record::Prepared;

/// Smallest probability kept, so that no single level can veto (or force) a match alone.
const FLOOR: f64 = 1e-6;

/// A trained model: prior, m and u per field level, and match weights in bits.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    /// Prior probability that a candidate pair is a match.
    pub lambda: f64,
    pub m: [Vec<f64>; NF],
    pub u: [Vec<f64>; NF],
    /// Random-pair exact-agreement probability of first given name, surname (Σ f²).
    pub tf_ref: [f64; 2],
    /// u probabilities over random record pairs (used for scoring).
    pub u_random: [Vec<f64>; NF],
    /// Prior match odds of a random record pair, in bits (used for scoring).
    pub prior_random_bits: f64,
}

/// Counts of identical comparison patterns: (levels, number of pairs).
pub(crate) type Histogram = Vec<([u8; NF], f64)>;

fn decode(pattern: u32) -> [u8; NF] {
    let mut levels = [0u8; NF];
    let mut code = pattern;
    for f in (0..NF).rev() {
        let radix = u32::from(LEVELS[f]) + 1;
        let v = (code % radix) as u8;
        code /= radix;
        levels[f] = if v == LEVELS[f] { MISSING } else { v };
    }
    levels
}

/// Turn pattern counts into a histogram of levels.
pub(crate) fn histogram(counts: impl IntoIterator<Item = (u32, u64)>) -> Histogram {
    counts
        .into_iter()
        .map(|(p, c)| (decode(p), c as f64))
        .collect()
}

fn normalised(v: &mut [f64]) {
    let total: f64 = v.iter().sum();
    let n = v.len().max(1) as f64;
    for x in v.iter_mut() {
        *x = if total > 0.0 {
            (*x / total).max(FLOOR)
        } else {
            1.0 / n
        };
    }
}

impl Model {
    /// Starting point: m favours agreement, u from random pairs.
    pub fn initial(u_random: &Histogram, tf_ref: [f64; 2]) -> Model {
        let mut m: [Vec<f64>; NF] = Default::default();
        let mut u: [Vec<f64>; NF] = Default::default();
        for f in 0..NF {
            let n = usize::from(LEVELS[f]);
            // geometric decay from exact agreement to disagreement
            let mut mv: Vec<f64> = (0..n).map(|l| 0.5f64.powi(2 * l as i32 + 1)).collect();
            if let Some(first) = mv.first_mut() {
                *first = 0.9;
            }
            normalised(&mut mv);
            m[f] = mv;
            let mut uv = vec![1.0; n];
            for (levels, c) in u_random {
                let l = levels[f];
                if l != MISSING {
                    uv[usize::from(l)] += c;
                }
            }
            normalised(&mut uv);
            u[f] = uv;
        }
        let u_random = u.clone();
        Model {
            lambda: 0.1,
            m,
            u,
            tf_ref,
            u_random,
            prior_random_bits: 0.0,
        }
    }

    /// Weight in bits of one pattern (no term frequencies).
    pub fn pattern_weight(&self, levels: &[u8; NF]) -> f64 {
        let mut w = (self.lambda / (1.0 - self.lambda)).log2();
        for (f, &l) in levels.iter().enumerate() {
            if l != MISSING {
                let l = usize::from(l);
                w += (self.m[f][l] / self.u[f][l]).log2();
            }
        }
        w
    }

    /// Expectation–maximisation of lambda, m and u on candidate-pair patterns.
    pub fn em(mut self, hist: &Histogram, iterations: usize, fix_u: bool) -> Model {
        for _ in 0..iterations {
            let mut m_acc: [Vec<f64>; NF] = Default::default();
            let mut u_acc: [Vec<f64>; NF] = Default::default();
            for f in 0..NF {
                m_acc[f] = vec![0.0; usize::from(LEVELS[f])];
                u_acc[f] = vec![0.0; usize::from(LEVELS[f])];
            }
            let (mut match_mass, mut total) = (0.0, 0.0);
            for (levels, count) in hist {
                let p = posterior(self.pattern_weight(levels));
                match_mass += p * count;
                total += count;
                for (f, &l) in levels.iter().enumerate() {
                    if l != MISSING {
                        m_acc[f][usize::from(l)] += p * count;
                        u_acc[f][usize::from(l)] += (1.0 - p) * count;
                    }
                }
            }
            if total <= 0.0 {
                break;
            }
            self.lambda = (match_mass / total).clamp(1e-9, 1.0 - 1e-9);
            for f in 0..NF {
                if m_acc[f].iter().sum::<f64>() > 0.0 {
                    normalised(&mut m_acc[f]);
                    self.m[f] = std::mem::take(&mut m_acc[f]);
                }
                if !fix_u && u_acc[f].iter().sum::<f64>() > 0.0 {
                    normalised(&mut u_acc[f]);
                    self.u[f] = std::mem::take(&mut u_acc[f]);
                }
            }
        }
        self
    }

    /// Switch scoring to random-pair u and prior (after EM on the candidates): the
    /// expected number of matches among candidates spread over all record pairs.
    pub fn for_scoring(mut self, candidates: f64, all_pairs: f64) -> Model {
        let matches = (self.lambda * candidates).max(1.0);
        let p = (matches / all_pairs.max(1.0)).clamp(1e-15, 0.5);
        self.prior_random_bits = (p / (1.0 - p)).log2();
        self
    }

    /// Scoring weight of a pattern: EM m against random-pair u.
    pub fn scoring_weight(&self, levels: &[u8; NF]) -> f64 {
        let mut w = self.prior_random_bits;
        for (f, &l) in levels.iter().enumerate() {
            if l != MISSING {
                let l = usize::from(l);
                w += (self.m[f][l] / self.u_random[f][l]).log2();
            }
        }
        w
    }

    /// Term-frequency adjustment in bits for exact agreement on a rare or common name.
    fn tf_bits(&self, which: usize, count: u32, total: u64) -> f64 {
        if total == 0 || count == 0 {
            return 0.0;
        }
        let freq = f64::from(count) / total as f64;
        (self.tf_ref[which] / freq).log2().clamp(-8.0, 8.0)
    }

    /// Total match weight in bits of a compared pair, with term-frequency adjustments.
    pub fn score(&self, t: &Tokens, a: &Prepared, b: &Prepared, c: &Comparison) -> f64 {
        let mut w = self.scoring_weight(&c.levels);
        let count = |v: &[u32], id: u32| v.get(id as usize).copied().unwrap_or(0);
        if c.levels[Field::Given1 as usize] == 0 {
            w += self.tf_bits(0, count(&t.given_count, a.g1), t.given_total);
        }
        if c.levels[Field::Surname1 as usize] == 0 {
            let id = if c.crossed { b.s2 } else { b.s1 };
            w += self.tf_bits(1, count(&t.surname_count, id), t.surname_total);
        }
        if c.levels[Field::Surname2 as usize] == 0 {
            let id = if c.crossed { b.s1 } else { b.s2 };
            w += self.tf_bits(1, count(&t.surname_count, id), t.surname_total);
        }
        w
    }
}

/// Posterior match probability from a weight in bits.
pub fn posterior(weight: f64) -> f64 {
    1.0 / (1.0 + (-weight).exp2())
}

/// Σ f² over a frequency table: probability that two random values agree.
pub(crate) fn agreement_probability(counts: &[u32], total: u64) -> f64 {
    if total == 0 {
        return 0.0;
    }
    let t = total as f64;
    counts
        .iter()
        .map(|&c| (f64::from(c) / t).powi(2))
        .sum::<f64>()
        .max(FLOOR)
}
