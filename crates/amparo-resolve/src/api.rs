//! Public entry points: in-memory `dedupe`/`link`, file-to-file runs for the CLI, and an
//! [`Index`] of known persons to match one incoming record against.

use crate::blocking::{Blocks, KeyText, keys_for};
use crate::compare::compare;
use crate::error::ResolveError;
use crate::model::{Model, posterior};
use crate::phonetic;
use crate::pipeline::{self, Decision, Pair, Resolution, ResolveOptions, ResolveSummary};
use crate::prepare::Dataset;
use crate::reader::read_records;
use crate::record::{NONE, Record};
use rustc_hash::FxHashMap;
use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::Path;

fn to_pairs(raw: Vec<(u32, u32, f64, Decision)>, offset: usize) -> Vec<Pair> {
    raw.into_iter()
        .map(|(i, j, score, decision)| Pair {
            left: i as usize,
            right: (j as usize).saturating_sub(offset),
            score,
            decision,
        })
        .collect()
}

/// Find records of one list that are the same person. Pairs have `left < right`.
pub fn dedupe(records: &[Record], opts: &ResolveOptions) -> Resolution {
    let ds = Dataset::build(records);
    let (raw, summary) = pipeline::resolve(&ds, Vec::new(), opts);
    Resolution {
        pairs: to_pairs(raw, 0),
        summary,
    }
}

/// Find records of list `a` and list `b` that are the same person. `left` indexes `a`,
/// `right` indexes `b`.
pub fn link(a: &[Record], b: &[Record], opts: &ResolveOptions) -> Resolution {
    let all: Vec<Record> = a.iter().chain(b).cloned().collect();
    let ds = Dataset::build(&all);
    let side: Vec<u8> = (0..all.len()).map(|i| u8::from(i >= a.len())).collect();
    let (raw, summary) = pipeline::resolve(&ds, side, opts);
    Resolution {
        pairs: to_pairs(raw, a.len()),
        summary,
    }
}

fn read_path(path: &Path, opts: &ResolveOptions) -> Result<Vec<Record>, ResolveError> {
    let f = File::open(path).map_err(|source| ResolveError::Io {
        path: path.to_owned(),
        source,
    })?;
    read_records(BufReader::with_capacity(1 << 20, f), &opts.columns)
}

fn write_pairs(
    out: &Path,
    pairs: &[Pair],
    left: &[Record],
    right: &[Record],
) -> Result<(), ResolveError> {
    let io = |source| ResolveError::Io {
        path: out.to_owned(),
        source,
    };
    let f = File::create(out).map_err(io)?;
    let mut w = csv::Writer::from_writer(BufWriter::with_capacity(1 << 20, f));
    w.write_record(["left_id", "right_id", "score"])?;
    for p in pairs.iter().filter(|p| p.decision == Decision::Match) {
        let (Some(l), Some(r)) = (left.get(p.left), right.get(p.right)) else {
            continue;
        };
        w.write_record([l.id.as_str(), r.id.as_str(), &format!("{:.4}", p.score)])?;
    }
    w.into_inner()
        .map_err(|e| io(e.into_error()))?
        .flush()
        .map_err(io)?;
    Ok(())
}

/// Deduplicate a CSV person list, writing matched pairs as `left_id,right_id,score`.
pub fn dedupe_file(
    input: &Path,
    out: &Path,
    opts: &ResolveOptions,
) -> Result<ResolveSummary, ResolveError> {
    let records = read_path(input, opts)?;
    let res = dedupe(&records, opts);
    write_pairs(out, &res.pairs, &records, &records)?;
    Ok(res.summary)
}

/// Link two CSV person lists, writing matched pairs as `left_id,right_id,score`
/// (left from `a`, right from `b`).
pub fn link_files(
    a: &Path,
    b: &Path,
    out: &Path,
    opts: &ResolveOptions,
) -> Result<ResolveSummary, ResolveError> {
    let ra = read_path(a, opts)?;
    let rb = read_path(b, opts)?;
    let res = link(&ra, &rb, opts);
    write_pairs(out, &res.pairs, &ra, &rb)?;
    Ok(res.summary)
}

/// Which candidate pairs blocking would compare: for each given pair of record indices,
/// whether it survives blocking. Used by the benchmark to report blocking recall.
pub fn blocked_together(
    records: &[Record],
    pairs: &[(usize, usize)],
    opts: &ResolveOptions,
) -> Vec<bool> {
    let ds = Dataset::build(records);
    let blocks = Blocks::build(&ds, Vec::new(), opts.max_block);
    pairs.iter().map(|&(i, j)| blocks.together(i, j)).collect()
}

/// Outcome of matching one incoming record against an [`Index`].
#[derive(Debug, Clone, PartialEq)]
pub struct MatchOutcome {
    /// Decision for the best candidate (`Distinct` when there is none).
    pub decision: Decision,
    /// Best candidate: (index in the indexed records, posterior probability).
    pub best: Option<(usize, f64)>,
    /// All candidates at or above the review threshold, best first.
    pub candidates: Vec<(usize, f64)>,
}

/// Known persons prepared for matching incoming rows one at a time (the list importer's
/// use): a model trained by EM on the known records, and a key → records lookup.
pub struct Index {
    ds: Dataset,
    model: Model,
    lookup: FxHashMap<u64, Vec<u32>>,
    opts: ResolveOptions,
}

impl Index {
    /// Build an index over known records, training the model on their own candidate pairs.
    pub fn build(records: &[Record], opts: &ResolveOptions) -> Index {
        let ds = Dataset::build(records);
        let blocks = Blocks::build(&ds, Vec::new(), opts.max_block);
        let n = ds.recs.len() as f64;
        let (model, _) = pipeline::train(&ds, &blocks, opts, n * (n - 1.0) / 2.0);
        let mut lookup: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        for i in 0..ds.recs.len() {
            for &k in blocks.keys_of(i) {
                lookup.entry(k).or_default().push(i as u32);
            }
        }
        Index {
            ds,
            model,
            lookup,
            opts: opts.clone(),
        }
    }

    /// Number of indexed records.
    pub fn len(&self) -> usize {
        self.ds.recs.len()
    }

    /// True when nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.ds.recs.is_empty()
    }

    /// Match one incoming record: auto-match, review or distinct, with scores.
    pub fn match_one(&mut self, candidate: &Record) -> MatchOutcome {
        let q = self.ds.prepare_query(candidate);
        let p = |t: u32| {
            if t == NONE {
                String::new()
            } else {
                phonetic::key(self.ds.tokens.text(t))
            }
        };
        let t = &self.ds.tokens;
        let (g1, s1, s2) = (p(q.g1), p(q.s1), p(q.s2));
        let kt = KeyText {
            g1: &g1,
            s1: &s1,
            s2: &s2,
            g1_text: t.text(q.g1),
            s1_text: t.text(q.s1),
        };
        let keys = keys_for(&q, &kt);
        let mut seen: Vec<u32> = Vec::new();
        for k in &keys {
            if let Some(list) = self
                .lookup
                .get(k)
                .filter(|l| l.len() <= self.opts.max_block)
            {
                seen.extend(list);
            }
        }
        seen.sort_unstable();
        seen.dedup();
        let t = &self.ds.tokens;
        let mut candidates: Vec<(usize, f64)> = seen
            .iter()
            .filter_map(|&i| {
                let r = self.ds.recs.get(i as usize)?;
                let c = compare(t, &q, r);
                let mut s = posterior(self.model.score(t, &q, r, &c));
                if c.vetoes_auto_match() {
                    s = s.min(self.opts.match_threshold * 0.999);
                }
                (s >= self.opts.review_threshold).then_some((i as usize, s))
            })
            .collect();
        candidates.sort_by(|a, b| b.1.total_cmp(&a.1));
        let best = candidates.first().copied();
        let decision = match best {
            Some((_, s)) if s >= self.opts.match_threshold => Decision::Match,
            Some(_) => Decision::Review,
            None => Decision::Distinct,
        };
        MatchOutcome {
            decision,
            best,
            candidates,
        }
    }
}

/// Match one incoming record against known persons (see [`Index::match_one`]).
pub fn match_one(candidate: &Record, index: &mut Index) -> MatchOutcome {
    index.match_one(candidate)
}
