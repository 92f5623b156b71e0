//! Blocking: records that share any of several keys become candidate pairs, so that a
//! typo in one field does not hide a true pair (each key tolerates different errors).
//!
//! Keys: national id; phonetic(first given)+phonetic(first surname); both surnames
//! (order-free); phonetic(first given)+phonetic(second surname); birth date; each half of
//! the national id with the surname's initial; phonetic surname + birth year; address.
//! A pair sharing several keys is produced once, by the first key it shares.

use crate::phonetic;
use crate::prepare::Dataset;
use crate::record::{NONE, Prepared};
use rayon::prelude::*;
use rustc_hash::{FxHashSet, FxHasher};
use std::hash::{Hash, Hasher};

/// Number of key kinds per record.
pub(crate) const NK: usize = 13;

fn mix(kind: usize, parts: &[&[u8]]) -> u64 {
    let mut h = FxHasher::default();
    kind.hash(&mut h);
    for p in parts {
        p.hash(&mut h);
    }
    // 0 is reserved for "no key"
    h.finish().max(1)
}

/// Blocking keys of every record, and the blocks they form.
pub(crate) struct Blocks {
    /// Keys per record (0 = none).
    pub keys: Vec<[u64; NK]>,
    /// Keys whose blocks were too large to enumerate.
    pub oversize: FxHashSet<u64>,
    /// (key, record) sorted by key.
    entries: Vec<(u64, u32)>,
    /// Start/end of each usable block in `entries`.
    groups: Vec<(u32, u32)>,
    /// Side of each record (link mode); all zero in dedupe mode.
    side: Vec<u8>,
}

fn record_keys(ds: &Dataset, phon: &[String], i: usize) -> [u64; NK] {
    let r = &ds.recs[i];
    let p = |t: u32| if t == NONE { "" } else { phon.get(t as usize).map(String::as_str).unwrap_or("") };
    keys_for(r, p(r.g1), p(r.s1), p(r.s2))
}

/// Blocking keys of one record given the phonetic keys of its first given name and surnames.
/// Keys are sorted; a key built from the first surname is also built from the second
/// under the same tag, so that a dropped or swapped surname still meets its pair.
pub(crate) fn keys_for(r: &Prepared, g1: &str, s1: &str, s2: &str) -> [u64; NK] {
    let mut k = [0u64; NK];
    let nid = r.nid.as_bytes();
    let g1i = g1.as_bytes().get(..1).unwrap_or(b"");
    let s1i = s1.as_bytes().get(..1).unwrap_or(b"");
    if nid.len() >= 4 {
        k[0] = mix(0, &[nid]);
        let half = nid.len() / 2;
        k[1] = mix(1, &[&nid[..half], s1i]);
        k[2] = mix(2, &[&nid[half..], s1i]);
    }
    for (slot, s) in [(3, s1), (4, s2)] {
        if !g1.is_empty() && !s.is_empty() {
            k[slot] = mix(3, &[g1.as_bytes(), s.as_bytes()]);
        }
        if !g1.is_empty() && !s.is_empty() {
            k[slot + 2] = mix(5, &[s.as_bytes(), g1i]);
        }
    }
    if !s1.is_empty() && !s2.is_empty() {
        let (lo, hi) = if s1 <= s2 { (s1, s2) } else { (s2, s1) };
        k[7] = mix(7, &[lo.as_bytes(), hi.as_bytes()]);
    }
    if !g1.is_empty() && !s1.is_empty() {
        k[8] = mix(8, &[g1.as_bytes(), s1i]);
    }
    if let Some(d) = r.dob {
        k[9] = mix(9, &[&d.year.to_le_bytes(), &[d.month, d.day]]);
        if !s1.is_empty() {
            k[10] = mix(10, &[s1.as_bytes(), &d.year.to_le_bytes()]);
        }
        if !g1.is_empty() {
            k[11] = mix(11, &[g1.as_bytes(), &d.year.to_le_bytes()]);
        }
    }
    if r.address.len() >= 4 {
        k[12] = mix(12, &[r.address.as_bytes()]);
    }
    k.sort_unstable();
    k
}

impl Blocks {
    /// Compute keys and blocks. `side` marks link-mode file membership (empty = dedupe).
    pub fn build(ds: &Dataset, side: Vec<u8>, max_block: usize) -> Blocks {
        let phon: Vec<String> =
            (0..ds.tokens.len()).map(|i| phonetic::key(ds.tokens.text(i as u32))).collect();
        let keys: Vec<[u64; NK]> =
            (0..ds.recs.len()).into_par_iter().map(|i| record_keys(ds, &phon, i)).collect();
        let mut entries: Vec<(u64, u32)> = keys
            .iter()
            .enumerate()
            .flat_map(|(i, ks)| {
                let mut v: Vec<u64> = ks.iter().copied().filter(|&k| k != 0).collect();
                v.dedup();
                v.into_iter().map(move |k| (k, i as u32))
            })
            .collect();
        entries.par_sort_unstable();
        let mut groups = Vec::new();
        let mut oversize = FxHashSet::default();
        let mut start = 0usize;
        while start < entries.len() {
            let key = entries[start].0;
            let mut end = start + 1;
            while end < entries.len() && entries[end].0 == key {
                end += 1;
            }
            let size = end - start;
            if size > max_block {
                oversize.insert(key);
            } else if size >= 2 {
                groups.push((start as u32, end as u32));
            }
            start = end;
        }
        let side = if side.len() == ds.recs.len() { side } else { vec![0; ds.recs.len()] };
        Blocks { keys, oversize, entries, groups, side }
    }

    /// True when records i and j are a candidate pair (share a key of a usable block).
    pub fn together(&self, i: usize, j: usize) -> bool {
        self.first_shared(i, j).is_some()
    }

    /// Smallest usable key the two records share (keys are sorted, so merge them).
    fn first_shared(&self, i: usize, j: usize) -> Option<u64> {
        let (a, b) = (self.keys.get(i)?, self.keys.get(j)?);
        let (mut x, mut y) = (0, 0);
        while x < NK && y < NK {
            match a[x].cmp(&b[y]) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    if a[x] != 0 && !self.oversize.contains(&a[x]) {
                        return Some(a[x]);
                    }
                    x += 1;
                    y += 1;
                }
            }
        }
        None
    }

    /// Fold over every candidate pair once, in parallel.
    pub fn fold_pairs<T, I, F, R>(&self, init: I, f: F, reduce: R) -> T
    where
        T: Send,
        I: Fn() -> T + Sync + Send,
        F: Fn(&mut T, u32, u32) + Sync + Send,
        R: Fn(T, T) -> T + Sync + Send,
    {
        let link = self.side.iter().any(|&s| s != 0);
        self.groups
            .par_iter()
            .fold(&init, |mut acc, &(s, e)| {
                let block = &self.entries[s as usize..e as usize];
                let kind = block[0].0;
                for (x, &(_, i)) in block.iter().enumerate() {
                    for &(_, j) in &block[x + 1..] {
                        if link && self.side[i as usize] == self.side[j as usize] {
                            continue;
                        }
                        if self.first_shared(i as usize, j as usize) == Some(kind) {
                            f(&mut acc, i.min(j), i.max(j));
                        }
                    }
                }
                acc
            })
            .reduce(&init, reduce)
    }
}
