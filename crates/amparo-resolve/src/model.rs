//! Fellegi–Sunter model: m/u probabilities per field level estimated without labels by
//! expectation–maximisation over the candidate pairs, u started from random pairs, and
//! term-frequency adjustments on exact name agreement.

use crate::compare::{Comparison, Field, LEVELS, MISSING, NF};
use crate::prepare::Tokens;
use crate::record::Prepared;

/// Smallest probability kept, so that no single level can veto (or force) a match alone.
const FLOOR: f64 = 1e-6;

/// A trained model: m and u per field level, the prior, and term-frequency references.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub m: [Vec<f64>; NF],
    /// u probabilities over random record pairs.
    pub u: [Vec<f64>; NF],
    /// Random-pair exact-agreement probability of first given name, surname (Σ f²).
    pub tf_ref: [f64; 2],
    /// Prior match odds of a random record pair, in bits.
    pub prior_random_bits: f64,
    /// log2(m/u) per field level, filled when training ends (scoring reads only this).
    weights: [Vec<f64>; NF],
}

/// Counts of identical comparison patterns: (levels, number of pairs).
pub(crate) type Histogram = Vec<([u8; NF], f64)>;

/// One training session: candidate pairs selected by agreement on some fields (as
/// Splink's EM sessions are blocked on a rule). Those fields say nothing inside the
/// session, so they are left out of its weights and their m is not estimated there.
pub(crate) struct Session<'a> {
    pub hist: &'a Histogram,
    pub fixed: &'a [Field],
}

/// Sessions with less mass than this many pairs keep the starting m.
const MIN_SESSION_PAIRS: f64 = 20.0;

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

fn odds_bits(p: f64) -> f64 {
    let p = p.clamp(1e-15, 1.0 - 1e-9);
    (p / (1.0 - p)).log2()
}

impl Model {
    /// Starting point: m favours agreement, u from random pairs, prior one in a million.
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
        Model {
            m,
            u,
            tf_ref,
            prior_random_bits: odds_bits(1e-6),
            weights: Default::default(),
        }
    }

    /// Weight in bits of one pattern without prior or term frequencies, leaving out the
    /// fields in `skip`.
    fn evidence_bits(&self, levels: &[u8; NF], skip: &[Field]) -> f64 {
        let mut w = 0.0;
        for (f, &l) in levels.iter().enumerate() {
            if l != MISSING && !skip.iter().any(|&s| s as usize == f) {
                let l = usize::from(l);
                w += (self.m[f][l] / self.u[f][l]).log2();
            }
        }
        w
    }

    /// EM of m (u held at the random-pair u) within each session; a field's m is the
    /// mean over the sessions that estimated it.
    pub fn train_sessions(mut self, sessions: &[Session<'_>], iterations: usize) -> Model {
        let mut sum: [Vec<f64>; NF] = Default::default();
        let mut seen = [0usize; NF];
        for f in 0..NF {
            sum[f] = vec![0.0; usize::from(LEVELS[f])];
        }
        for s in sessions {
            if s.hist.iter().map(|h| h.1).sum::<f64>() < MIN_SESSION_PAIRS {
                continue;
            }
            let m = self.session_em(s, iterations);
            for f in 0..NF {
                if !s.fixed.iter().any(|&x| x as usize == f) {
                    for (acc, v) in sum[f].iter_mut().zip(&m[f]) {
                        *acc += v;
                    }
                    seen[f] += 1;
                }
            }
        }
        for f in 0..NF {
            if seen[f] > 0 {
                let mut v = std::mem::take(&mut sum[f]);
                normalised(&mut v);
                self.m[f] = v;
            }
        }
        self
    }

    /// National ids one edit apart, read as a typo only under names that agree (see
    /// `compare`), never weigh against a match. EM leaves their m at the floor when the
    /// training pairs hold no typo'd id, while their u, how often two people's numbers are
    /// neighbours, is high where ids are dense (cédulas are issued in sequence): a typo in
    /// a person's cédula would then weigh as a conflict.
    pub fn id_typo_never_against(mut self) -> Model {
        let f = Field::NationalId as usize;
        if let (Some(m), Some(&u)) = (self.m[f].get_mut(1), self.u[f].get(1)) {
            *m = m.max(u);
        }
        self
    }

    fn session_em(&self, s: &Session<'_>, iterations: usize) -> [Vec<f64>; NF] {
        let mut model = self.clone();
        let mut lambda = 0.5;
        for _ in 0..iterations {
            let mut acc: [Vec<f64>; NF] = Default::default();
            for f in 0..NF {
                acc[f] = vec![0.0; usize::from(LEVELS[f])];
            }
            let (mut mass, mut total) = (0.0, 0.0);
            for (levels, count) in s.hist {
                let p = posterior(odds_bits(lambda) + model.evidence_bits(levels, s.fixed));
                mass += p * count;
                total += count;
                for (f, &l) in levels.iter().enumerate() {
                    if l != MISSING {
                        acc[f][usize::from(l)] += p * count;
                    }
                }
            }
            if total <= 0.0 || mass <= 0.0 {
                break;
            }
            lambda = mass / total;
            for (m, mut a) in model.m.iter_mut().zip(acc) {
                if a.iter().sum::<f64>() > 0.0 {
                    normalised(&mut a);
                    *m = a;
                }
            }
        }
        model.m
    }

    /// Estimate the prior of a random pair being a match: the fixed point of "expected
    /// matches among the candidates / all pairs" (EM on the prior alone, with pairs left
    /// out by blocking taken as non-matches). `hist` holds candidate patterns, each count
    /// already scaled to the whole candidate set.
    pub fn fit_prior(mut self, hist: &Histogram, all_pairs: f64) -> Model {
        let all = all_pairs.max(1.0);
        let bits: Vec<(f64, f64)> = hist
            .iter()
            .map(|(l, c)| (self.evidence_bits(l, &[]), *c))
            .collect();
        let mut p = 1.0 / all;
        for _ in 0..100 {
            let prior = odds_bits(p);
            let matches: f64 = bits.iter().map(|(w, c)| c * posterior(prior + w)).sum();
            let next = (matches.max(1.0) / all).clamp(1e-15, 0.5);
            let done = (next / p - 1.0).abs() < 1e-6;
            p = next;
            if done {
                break;
            }
        }
        self.prior_random_bits = odds_bits(p);
        for f in 0..NF {
            self.weights[f] = self.m[f]
                .iter()
                .zip(&self.u[f])
                .map(|(m, u)| (m / u).log2())
                .collect();
        }
        self
    }

    /// Scoring weight of a pattern: prior plus evidence.
    pub fn scoring_weight(&self, levels: &[u8; NF]) -> f64 {
        let mut w = self.prior_random_bits;
        for (f, &l) in levels.iter().enumerate() {
            if l != MISSING {
                w += self.weights[f].get(usize::from(l)).copied().unwrap_or(0.0);
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
        if c.levels[Field::Given2 as usize] == 0 {
            w += self.tf_bits(0, count(&t.given_count, a.g2), t.given_total);
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
