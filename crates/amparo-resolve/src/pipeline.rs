//! The resolution pipeline: prepare, block, train the model (EM), score, cluster.

use crate::blocking::{Blocks, unpack};
use crate::cluster::cluster;
use crate::compare::{Comparison, Field, NF, compare};
use crate::model::{Histogram, Model, Session, agreement_probability, histogram, posterior};
use crate::prepare::Dataset;
use crate::similarity::Sim;
use amparo_text::SeededRng;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// Tuning knobs of a resolution run. The defaults were chosen on development runs over
/// the FEBRL sets and the synthetic Venezuelan-style development set (`synth_es_20k`,
/// seed 2), never at run time and never with a truth column as input: the match
/// threshold 0.35 maximised pairwise F1 there (0.5 gave 0.980, 0.35 gave 0.981); blocks
/// over 100 records are split (500 doubled the pairs at 1M records for +0.001 F1).
#[derive(Debug, Clone)]
pub struct ResolveOptions {
    /// Posterior probability at or above which a pair is an automatic match.
    pub match_threshold: f64,
    /// Posterior probability at or above which a pair goes to human review.
    pub review_threshold: f64,
    /// Blocks with more records than this are split by a second key (birth year, second
    /// given name, second surname) instead of being enumerated whole.
    pub max_block: usize,
    /// EM iterations.
    pub em_iterations: usize,
    /// Random record pairs sampled for the u probabilities (at most ten per record).
    pub random_pairs: usize,
    /// Seed of that sampling (runs are reproducible).
    pub seed: u64,
    /// Column mapping for files whose headers are not recognised.
    pub columns: crate::reader::ColumnMapping,
}

impl Default for ResolveOptions {
    fn default() -> Self {
        ResolveOptions {
            match_threshold: 0.35,
            review_threshold: 0.2,
            max_block: 100,
            em_iterations: 25,
            random_pairs: 200_000,
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
    /// Blocks too large to enumerate whole (split by a second key instead).
    pub oversize_blocks: u64,
}

/// Result of `dedupe` or `link`: matched pairs first, then review pairs.
#[derive(Debug, Clone, Default)]
pub struct Resolution {
    /// Match and review pairs.
    pub pairs: Vec<Pair>,
    /// The cluster (one person) of each record, in the records' order (in `link`, the
    /// first list's then the second's); `None` for a record matched with no other. Two
    /// records of `dedupe` share a cluster exactly when a `Match` pair joins them.
    pub cluster_of: Vec<Option<u32>>,
    /// Counts.
    pub summary: ResolveSummary,
}

fn merge_counts(mut a: FxHashMap<u32, u64>, b: FxHashMap<u32, u64>) -> FxHashMap<u32, u64> {
    for (k, v) in b {
        *a.entry(k).or_default() += v;
    }
    a
}

/// Candidate pairs counted for EM at most (a deterministic stride over all of them).
const EM_SAMPLE: usize = 500_000;

/// Train a model on a dataset: u from random pairs, then EM on (a sample of) the
/// candidate pairs. Returns the model and the number of candidate pairs.
pub(crate) fn train(
    ds: &Dataset,
    blocks: &Blocks,
    opts: &ResolveOptions,
    all_pairs: f64,
) -> (Model, u64) {
    let t = &ds.tokens;
    let tf_ref = [
        agreement_probability(&t.given_count, t.given_total),
        agreement_probability(&t.surname_count, t.surname_total),
    ];
    let n = ds.recs.len() as u64;
    let mut rng = SeededRng::new(opts.seed);
    let sample: Vec<(usize, usize)> = if n >= 2 {
        (0..opts.random_pairs.min((10 * n as usize).max(20_000)))
            .map(|_| (rng.below(n) as usize, rng.below(n) as usize))
            .filter(|(i, j)| i != j)
            .collect()
    } else {
        Vec::new()
    };
    let random = sample
        .par_chunks(1 << 14)
        .map(|chunk| {
            let mut sim = Sim::new(t, &blocks.names);
            let mut acc = FxHashMap::<u32, u64>::default();
            for &(i, j) in chunk {
                *acc.entry(compare(&mut sim, &ds.recs[i], &ds.recs[j]).chance_pattern())
                    .or_default() += 1;
            }
            acc
        })
        .reduce(FxHashMap::default, merge_counts);
    let stride = blocks.pairs.len().div_ceil(EM_SAMPLE).max(1);
    let sampled: Vec<u64> = blocks.pairs.iter().step_by(stride).copied().collect();
    let counts = sampled
        .par_chunks(1 << 14)
        .map(|chunk| {
            let mut sim = Sim::new(t, &blocks.names);
            let mut acc = FxHashMap::<u32, u64>::default();
            for &pair in chunk {
                let (i, j) = unpack(pair);
                let c = compare(&mut sim, &ds.recs[i as usize], &ds.recs[j as usize]);
                *acc.entry(c.pattern()).or_default() += 1;
            }
            acc
        })
        .reduce(FxHashMap::default, merge_counts);
    let total = blocks.pairs.len() as u64;
    let mut hist: Histogram = histogram(counts);
    // Sessions as Splink's EM runs blocked on a rule: among pairs that share a national
    // id, names and the rest tell matches apart; among namesakes, ids, birth dates and
    // places do; among pairs born the same day, names and the rest do.
    let select = |f: &dyn Fn(&[u8; NF]) -> bool| -> Histogram {
        hist.iter().filter(|h| f(&h.0)).cloned().collect()
    };
    let same_id = select(&|l| l[Field::NationalId as usize] == 0);
    let namesakes = select(&|l| l[Field::Given1 as usize] == 0 && l[Field::Surname1 as usize] == 0);
    let same_birth = select(&|l| l[Field::BirthDate as usize] == 0);
    let sessions = [
        Session {
            hist: &same_id,
            fixed: &[Field::NationalId],
        },
        Session {
            hist: &namesakes,
            fixed: &[Field::Given1, Field::Surname1],
        },
        Session {
            hist: &same_birth,
            fixed: &[Field::BirthDate],
        },
    ];
    let model = Model::initial(&histogram(random), tf_ref)
        .train_sessions(&sessions, opts.em_iterations)
        .id_typo_never_against();
    for h in &mut hist {
        h.1 *= stride as f64;
    }
    let model = model.fit_prior(&hist, all_pairs);
    (model, total)
}

/// Score every candidate pair after policy (see `Comparison::decide`), keeping those at
/// or above `floor`.
pub(crate) fn score_pairs(
    ds: &Dataset,
    blocks: &Blocks,
    model: &Model,
    floor: f64,
    opts: &ResolveOptions,
) -> Vec<(u32, u32, f64)> {
    let t = &ds.tokens;
    blocks
        .pairs
        .par_chunks(1 << 16)
        .flat_map_iter(|chunk| {
            let mut sim = Sim::new(t, &blocks.names);
            chunk.iter().filter_map(move |&pair| {
                let (i, j) = unpack(pair);
                let (a, b) = (&ds.recs[i as usize], &ds.recs[j as usize]);
                let c: Comparison = compare(&mut sim, a, b);
                let p = c.decide(
                    posterior(model.score(t, a, b, &c)),
                    opts.match_threshold,
                    opts.review_threshold,
                );
                (p >= floor).then_some((i, j, p))
            })
        })
        .collect()
}

/// Scored pairs, each record's cluster (`u32::MAX`: none) and the counts.
pub(crate) type Resolved = (Vec<(u32, u32, f64, Decision)>, Vec<u32>, ResolveSummary);

/// Run the whole pipeline over prepared records. `side` marks link mode (0 = first list).
pub(crate) fn resolve(ds: Dataset, side: Vec<u8>, opts: &ResolveOptions) -> Resolved {
    let (ds, side, order) = by_name(ds, side);
    let (mut out, ordered_cluster_of, summary) = resolve_ordered(&ds, side, opts);
    for p in &mut out {
        let (a, b) = (order[p.0 as usize], order[p.1 as usize]);
        (p.0, p.1) = (a.min(b), a.max(b));
    }
    let mut cluster_of = vec![u32::MAX; order.len()];
    for (&original, &c) in order.iter().zip(&ordered_cluster_of) {
        cluster_of[original as usize] = c;
    }
    (out, cluster_of, summary)
}

/// Records reordered by surname and given name, so that the members of a name block
/// lie close in memory: scoring tens of millions of pairs was bound by cache misses on
/// the second record. Returns the reordered data and each new index's original index.
fn by_name(mut ds: Dataset, side: Vec<u8>) -> (Dataset, Vec<u8>, Vec<u32>) {
    let mut order: Vec<u32> = (0..ds.recs.len() as u32).collect();
    order.par_sort_unstable_by_key(|&i| {
        let r = &ds.recs[i as usize];
        (r.s1, r.g1, r.s2, i)
    });
    ds.recs = order.iter().map(|&i| ds.recs[i as usize]).collect();
    let side = if side.len() == order.len() {
        order.iter().map(|&i| side[i as usize]).collect()
    } else {
        side
    };
    (ds, side, order)
}

fn resolve_ordered(ds: &Dataset, side: Vec<u8>, opts: &ResolveOptions) -> Resolved {
    let link = !side.is_empty();
    let blocks = Blocks::build(ds, &side, opts.max_block);
    let n = ds.recs.len() as f64;
    let all_pairs = if link {
        let left = side.iter().filter(|&&s| s == 0).count() as f64;
        left * (n - left)
    } else {
        n * (n - 1.0) / 2.0
    };
    let (model, candidates) = train(ds, &blocks, opts, all_pairs);
    // sorted by (i, j), as the candidate pairs are
    let scored = score_pairs(
        ds,
        &blocks,
        &model,
        opts.review_threshold.min(opts.match_threshold),
        opts,
    );
    let oversize_blocks = blocks.stats.oversize_blocks;
    let names = blocks.into_names();
    // Chaining must not join two records the policy keeps apart. (Also refusing chains
    // whose ends score low directly was tried: at floors 0.001-0.05 it cost more recall
    // than it saved precision on the synthetic sets, since bare news records score low
    // with everyone.)
    let mut sim = Sim::new(&ds.tokens, &names);
    let conflict = |x: u32, y: u32| {
        let (a, b) = (&ds.recs[x as usize], &ds.recs[y as usize]);
        compare(&mut sim, a, b).vetoes_auto_match()
    };
    let clusters = cluster(ds.recs.len(), &scored, opts.match_threshold, conflict);
    let mut cluster_of = vec![u32::MAX; ds.recs.len()];
    let mut out = Vec::new();
    let direct = |i: u32, j: u32| {
        scored
            .binary_search_by(|x| (x.0, x.1).cmp(&(i, j)))
            .ok()
            .map(|k| scored[k].2)
    };
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
                out.push((i, j, direct(i, j).unwrap_or(*weakest), Decision::Match));
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
        oversize_blocks,
    };
    (out, cluster_of, summary)
}
