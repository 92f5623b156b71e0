//! Public entry points: in-memory `dedupe`/`link`, file-to-file runs for the CLI, and an
//! [`Index`] of known persons to match one incoming record against.

use crate::blocking::{Blocks, NameKeys, keys_for, share_sub_key};
use crate::compare::compare;
use crate::error::ResolveError;
use crate::model::{Model, posterior};
use crate::pipeline::{self, Decision, Pair, Resolution, ResolveOptions, ResolveSummary};
use crate::prepare::Dataset;
use crate::reader::RecordReader;
use crate::record::Record;
use crate::similarity::Sim;
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

fn clusters(cluster_of: Vec<u32>) -> Vec<Option<u32>> {
    cluster_of
        .into_iter()
        .map(|c| (c != u32::MAX).then_some(c))
        .collect()
}

/// Find records of one list that are the same person. Pairs have `left < right`.
pub fn dedupe(records: &[Record], opts: &ResolveOptions) -> Resolution {
    let ds = Dataset::build(records);
    let (raw, cluster_of, summary) = pipeline::resolve(ds, Vec::new(), opts);
    Resolution {
        pairs: to_pairs(raw, 0),
        cluster_of: clusters(cluster_of),
        summary,
    }
}

/// Find records of list `a` and list `b` that are the same person. `left` indexes `a`,
/// `right` indexes `b`.
pub fn link(a: &[Record], b: &[Record], opts: &ResolveOptions) -> Resolution {
    let mut ds = Dataset::build(a);
    ds.extend(b);
    let side: Vec<u8> = (0..a.len() + b.len())
        .map(|i| u8::from(i >= a.len()))
        .collect();
    let (raw, cluster_of, summary) = pipeline::resolve(ds, side, opts);
    Resolution {
        pairs: to_pairs(raw, a.len()),
        cluster_of: clusters(cluster_of),
        summary,
    }
}

/// Record ids of a streamed list, in one buffer (the rest of each record is dropped once
/// prepared).
#[derive(Default)]
struct Ids {
    text: String,
    ends: Vec<usize>,
}

impl Ids {
    fn push(&mut self, id: &str) {
        self.text.push_str(id);
        self.ends.push(self.text.len());
    }

    fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { *self.ends.get(i - 1)? };
        self.text.get(start..end)
    }
}

/// Records prepared per chunk while reading, so a large file is never held as `Record`s.
const CHUNK: usize = 1 << 16;

fn stream_into(
    path: &Path,
    opts: &ResolveOptions,
    ds: &mut Dataset,
    ids: &mut Ids,
) -> Result<usize, ResolveError> {
    let f = File::open(path).map_err(|source| ResolveError::Io {
        path: path.to_owned(),
        source,
    })?;
    let mut reader = RecordReader::new(BufReader::with_capacity(1 << 20, f), &opts.columns)?;
    let mut chunk: Vec<Record> = Vec::with_capacity(CHUNK);
    let mut n = 0;
    let mut rec = Record::default();
    loop {
        let more = reader.read_into(&mut rec)?;
        if more {
            ids.push(&rec.id);
            chunk.push(std::mem::take(&mut rec));
        }
        if chunk.len() == CHUNK || (!more && !chunk.is_empty()) {
            ds.extend(&chunk);
            n += chunk.len();
            chunk.clear();
        }
        if !more {
            return Ok(n);
        }
    }
}

fn write_pairs(
    out: &Path,
    pairs: &[(u32, u32, f64, Decision)],
    ids: &Ids,
) -> Result<(), ResolveError> {
    let io = |source| ResolveError::Io {
        path: out.to_owned(),
        source,
    };
    let f = File::create(out).map_err(io)?;
    let mut w = csv::Writer::from_writer(BufWriter::with_capacity(1 << 20, f));
    w.write_record(["left_id", "right_id", "score"])?;
    for &(i, j, score, decision) in pairs {
        if decision != Decision::Match {
            continue;
        }
        let (Some(l), Some(r)) = (ids.get(i as usize), ids.get(j as usize)) else {
            continue;
        };
        w.write_record([l, r, &format!("{score:.4}")])?;
    }
    w.into_inner()
        .map_err(|e| io(e.into_error()))?
        .flush()
        .map_err(io)?;
    Ok(())
}

/// Deduplicate a CSV person list, writing matched pairs as `left_id,right_id,score`.
/// The file is streamed: only the prepared comparison features are kept.
pub fn dedupe_file(
    input: &Path,
    out: &Path,
    opts: &ResolveOptions,
) -> Result<ResolveSummary, ResolveError> {
    let (mut ds, mut ids) = (Dataset::default(), Ids::default());
    stream_into(input, opts, &mut ds, &mut ids)?;
    let (raw, _, summary) = pipeline::resolve(ds, Vec::new(), opts);
    write_pairs(out, &raw, &ids)?;
    Ok(summary)
}

/// Link two CSV person lists, writing matched pairs as `left_id,right_id,score`
/// (left from `a`, right from `b`).
pub fn link_files(
    a: &Path,
    b: &Path,
    out: &Path,
    opts: &ResolveOptions,
) -> Result<ResolveSummary, ResolveError> {
    let (mut ds, mut ids) = (Dataset::default(), Ids::default());
    let left = stream_into(a, opts, &mut ds, &mut ids)?;
    stream_into(b, opts, &mut ds, &mut ids)?;
    let side: Vec<u8> = (0..ds.recs.len()).map(|i| u8::from(i >= left)).collect();
    let (raw, _, summary) = pipeline::resolve(ds, side, opts);
    write_pairs(out, &raw, &ids)?;
    Ok(summary)
}

/// Which candidate pairs blocking would compare: for each given pair of record indices,
/// whether it survives blocking. Used by the benchmark to report blocking recall.
pub fn blocked_together(
    records: &[Record],
    pairs: &[(usize, usize)],
    opts: &ResolveOptions,
) -> Vec<bool> {
    let ds = Dataset::build(records);
    let blocks = Blocks::build(&ds, &[], opts.max_block);
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
    names: NameKeys,
    lookup: FxHashMap<u64, Vec<u32>>,
    opts: ResolveOptions,
}

impl Index {
    /// Build an index over known records, training the model on their own candidate pairs.
    pub fn build(records: &[Record], opts: &ResolveOptions) -> Index {
        let ds = Dataset::build(records);
        let blocks = Blocks::build(&ds, &[], opts.max_block);
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
            names: blocks.names,
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
        let t = &self.ds.tokens;
        let keys = keys_for(t, &self.names, &q);
        let mut seen: Vec<u32> = Vec::new();
        for k in &keys {
            let Some(list) = self.lookup.get(k) else {
                continue;
            };
            if list.len() <= self.opts.max_block {
                seen.extend(list);
            } else {
                // an oversized block: only members that share a second key
                seen.extend(list.iter().filter(|&&i| {
                    self.ds
                        .recs
                        .get(i as usize)
                        .is_some_and(|r| share_sub_key(t, &self.names, &q, r))
                }));
            }
        }
        seen.sort_unstable();
        seen.dedup();
        let mut sim = Sim::new(t, &self.names);
        let mut candidates: Vec<(usize, f64)> = seen
            .iter()
            .filter_map(|&i| {
                let r = self.ds.recs.get(i as usize)?;
                let c = compare(&mut sim, &q, r);
                let s = c.decide(
                    posterior(self.model.score(t, &q, r, &c)),
                    self.opts.match_threshold,
                    self.opts.review_threshold,
                );
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
