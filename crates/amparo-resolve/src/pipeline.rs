//! The resolution pipeline: prepare, block, train the model (EM), score, cluster.

use crate::blocking::Blocks;
use crate::cluster::cluster;
use crate::compare::{Comparison, Field, compare};
use crate::model::{Histogram, Model, agreement_probability, histogram, posterior};
use crate::prepare::Dataset;
use rustc_hash::FxHashMap;

/// Tuning knobs of a resolution run. The defaults were chosen on development runs over
/// the FEBRL and synthetic Venezuelan-style benchmark sets (not at run time, never with
/// their truth column as input).
#[derive(Debug, Clone)]
pub struct ResolveOptions {
    /// Posterior probability at or above which a pair is an automatic match.
    pub match_threshold: f64,
    /// Posterior probability at or above which a pair goes to human review.
    pub review_threshold: f64,
    /// Blocks with more records than this are not enumerated (a guard on run time).
    pub max_block: usize,
    /// EM iterations.
    pub em_iterations: usize,
    /// Random record pairs sampled to start the u probabilities.
    pub random_pairs: usize,
    /// Seed of that sampling (runs are reproducible).
    pub seed: u64,
    /// Column mapping for files whose headers are not recognised.
    pub columns: crate::reader::ColumnMapping,
}

impl Default for ResolveOptions {
    fn default() -> Self {
        ResolveOptions {
            match_threshold: 0.5,
            review_threshold: 0.2,
            max_block: 2_000,
            em_iterations: 25,
            random_pairs: 100_000,
            seed: 1,
            columns: crate::reader::ColumnMapping::default(),
        }
    }
}

/// What to do with a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Confident enough to merge automatically.
    Match,
    /// Plausible: a documenter should look.
    Review,
    /// Different persons.
    Distinct,
}

/// A pair of records with its posterior match probability.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    /// Index of the left record (in the first list for `link`).
    pub left: usize,
    /// Index of the right record (in the second list for `link`).
    pub right: usize,
    /// Posterior probability of a match in [0, 1].
    pub score: f64,
    /// Decision from the thresholds (and clustering, for implied pairs).
    pub decision: Decision,
}

/// Counts describing a run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResolveSummary {
    /// Records read (both lists for `link`).
    pub records: usize,
    /// Candidate pairs compared after blocking.
    pub candidate_pairs: u64,
    /// Pairs decided as matches (including those implied by clustering).
    pub matched_pairs: usize,
    /// Pairs sent to review.
    pub review_pairs: usize,
    /// Persons with more than one record.
    pub clusters: usize,
}

/// Result of `dedupe` or `link`: matched pairs first, then review pairs.
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    /// Match and review pairs.
    pub pairs: Vec<Pair>,
    /// Counts.
    pub summary: ResolveSummary,
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64: small, seeded, reproducible
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// Train a model on a dataset: u from random pairs, then EM on the candidate pairs.
pub(crate) fn train(
    ds: &Dataset,
    blocks: &Blocks,
    opts: &ResolveOptions,
    all_pairs: f64,
) -> (Model, u64) {
    let link_pairs = all_pairs;
    let t = &ds.tokens;
    let tf_ref = [
        agreement_probability(&t.given_count, t.given_total),
        agreement_probability(&t.surname_count, t.surname_total),
    ];
    let n = ds.recs.len() as u64;
    let mut random: FxHashMap<u32, u64> = FxHashMap::default();
    if n >= 2 {
        let mut rng = Rng(opts.seed);
        for _ in 0..opts.random_pairs {
            let (i, j) = ((rng.next() % n) as usize, (rng.next() % n) as usize);
            if i != j {
                *random
                    .entry(compare(t, &ds.recs[i], &ds.recs[j]).pattern())
                    .or_default() += 1;
            }
        }
    }
    let counts = blocks.fold_pairs(
        FxHashMap::<u32, u64>::default,
        |acc, i, j| {
            let c = compare(t, &ds.recs[i as usize], &ds.recs[j as usize]);
            // Train only on pairs whose names resemble each other: pairs met through a
            // shared birth date or address alone would pull EM towards another split.
            let g1 = c.levels[Field::Given1 as usize];
            let s1 = c.levels[Field::Surname1 as usize];
            let key = if g1 <= 3 || s1 <= 2 {
                c.pattern()
            } else {
                u32::MAX
            };
            *acc.entry(key).or_default() += 1;
        },
        |mut a, b| {
            for (k, v) in b {
                *a.entry(k).or_default() += v;
            }
            a
        },
    );
    let total: u64 = counts.values().sum();
    let hist: Histogram = histogram(counts.into_iter().filter(|&(k, _)| k != u32::MAX));
    let model = Model::initial(&histogram(random), tf_ref).em(&hist, opts.em_iterations, false);
    let model = if link_pairs > 0.0 {
        model.for_scoring(total as f64, link_pairs)
    } else {
        model
    };
    (model, total)
}

/// Score every candidate pair, keeping those at or above the review threshold.
pub(crate) fn score_pairs(
    ds: &Dataset,
    blocks: &Blocks,
    model: &Model,
    floor: f64,
    cap: f64,
) -> Vec<(u32, u32, f64)> {
    let t = &ds.tokens;
    let mut pairs = blocks.fold_pairs(
        Vec::new,
        |acc: &mut Vec<(u32, u32, f64)>, i, j| {
            let (a, b) = (&ds.recs[i as usize], &ds.recs[j as usize]);
            let c: Comparison = compare(t, a, b);
            let mut p = posterior(model.score(t, a, b, &c));
            if c.vetoes_auto_match() {
                p = p.min(cap);
            }
            if p >= floor {
                acc.push((i, j, p));
            }
        },
        |mut a, mut b| {
            a.append(&mut b);
            a
        },
    );
    pairs.sort_unstable_by_key(|x| (x.0, x.1));
    pairs
}

/// Run the whole pipeline over prepared records. `side` marks link mode (0 = first list).
pub(crate) fn resolve(
    ds: &Dataset,
    side: Vec<u8>,
    opts: &ResolveOptions,
) -> (Vec<(u32, u32, f64, Decision)>, ResolveSummary) {
    let link = !side.is_empty();
    let blocks = Blocks::build(ds, side.clone(), opts.max_block);
    let n = ds.recs.len() as f64;
    let all_pairs = if link {
        let left = side.iter().filter(|&&s| s == 0).count() as f64;
        left * (n - left)
    } else {
        n * (n - 1.0) / 2.0
    };
    let (model, candidates) = train(ds, &blocks, opts, all_pairs);
    let scored = score_pairs(
        ds,
        &blocks,
        &model,
        opts.review_threshold.min(opts.match_threshold),
        opts.match_threshold * 0.999,
    );
    let conflict = |x: u32, y: u32| {
        let (a, b) = (&ds.recs[x as usize], &ds.recs[y as usize]);
        compare(&ds.tokens, a, b).vetoes_auto_match()
    };
    let clusters = cluster(ds.recs.len(), &scored, opts.match_threshold, conflict);
    let mut cluster_of = vec![u32::MAX; ds.recs.len()];
    let mut out = Vec::new();
    let direct: FxHashMap<(u32, u32), f64> = scored.iter().map(|&(i, j, p)| ((i, j), p)).collect();
    for (c, (members, weakest)) in clusters.iter().enumerate() {
        for &m in members {
            cluster_of[m as usize] = c as u32;
        }
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (i, j) = (i.min(j), i.max(j));
                if link && side.get(i as usize) == side.get(j as usize) {
                    continue;
                }
                let p = direct.get(&(i, j)).copied().unwrap_or(*weakest);
                out.push((i, j, p, Decision::Match));
            }
        }
    }
    let matched = out.len();
    for &(i, j, p) in &scored {
        let same =
            cluster_of[i as usize] != u32::MAX && cluster_of[i as usize] == cluster_of[j as usize];
        if !same && p >= opts.review_threshold {
            out.push((i, j, p, Decision::Review));
        }
    }
    let summary = ResolveSummary {
        records: ds.recs.len(),
        candidate_pairs: candidates,
        matched_pairs: matched,
        review_pairs: out.len() - matched,
        clusters: clusters.len(),
    };
    (out, summary)
}
