//! Blocking: records that share any of several keys become candidate pairs, so that a
//! typo in one field does not hide a true pair (each key tolerates different errors).
//!
//! Keys: national id, and each half of it with the surname initial (one-digit typos);
//! phonetic(first given)+phonetic(either surname); both surnames (order-free);
//! phonetic(first surname)+each one-deletion variant of the first given name, and the
//! converse (a typo in one name still meets); birth date; address.
//! A pair sharing several keys is produced once, by the smallest key it shares.

use crate::phonetic;
use crate::prepare::Dataset;
use crate::record::{NONE, Prepared};
use rayon::prelude::*;
use rustc_hash::{FxHashSet, FxHasher};
use std::hash::{Hash, Hasher};

/// Bits of a packed entry that hold the record index (up to 268 million records).
const REC_BITS: u32 = 28;
const REC_MASK: u64 = (1 << REC_BITS) - 1;

fn mix(kind: usize, parts: &[&[u8]]) -> u64 {
    let mut h = FxHasher::default();
    kind.hash(&mut h);
    for p in parts {
        p.hash(&mut h);
    }
    // keys keep 36 bits so that (key, record) packs into one u64; 0 means "no key"
    (h.finish() >> REC_BITS).max(1)
}

/// The token itself and every variant with one character deleted: two tokens within one
/// edit (insert, delete, substitute, swap) always share a variant.
fn deletion_variants(token: &str) -> Vec<String> {
    let mut out = vec![token.to_owned()];
    if token.len() >= 4 && token.is_ascii() {
        for i in 0..token.len() {
            let mut v = String::with_capacity(token.len());
            v.push_str(&token[..i]);
            v.push_str(&token[i + 1..]);
            out.push(v);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Blocking keys of every record, and the blocks they form.
pub(crate) struct Blocks {
    /// Sorted keys of record i are `keys[offsets[i]..offsets[i + 1]]`.
    keys: Vec<u64>,
    offsets: Vec<u32>,
    /// Keys whose blocks were too large to enumerate.
    pub oversize: FxHashSet<u64>,
    /// (key << REC_BITS | record) sorted.
    entries: Vec<u64>,
    /// Start/end of each usable block in `entries`.
    groups: Vec<(u32, u32)>,
    /// Side of each record (link mode); all zero in dedupe mode.
    side: Vec<u8>,
}

/// Text needed to build one record's keys.
pub(crate) struct KeyText<'a> {
    /// Phonetic keys of first given name and surnames.
    pub g1: &'a str,
    pub s1: &'a str,
    pub s2: &'a str,
    /// Folded first given name and first surname.
    pub g1_text: &'a str,
    pub s1_text: &'a str,
}

fn record_keys(ds: &Dataset, phon: &[String], i: usize) -> Vec<u64> {
    let r = &ds.recs[i];
    let p = |t: u32| {
        if t == NONE {
            ""
        } else {
            phon.get(t as usize).map(String::as_str).unwrap_or("")
        }
    };
    let t = &ds.tokens;
    keys_for(
        r,
        &KeyText {
            g1: p(r.g1),
            s1: p(r.s1),
            s2: p(r.s2),
            g1_text: t.text(r.g1),
            s1_text: t.text(r.s1),
        },
    )
}

/// Sorted, distinct blocking keys of one record.
pub(crate) fn keys_for(r: &Prepared, kt: &KeyText<'_>) -> Vec<u64> {
    let (g1, s1, s2) = (kt.g1, kt.s1, kt.s2);
    let mut k = Vec::with_capacity(24);
    let nid = r.nid.as_bytes();
    if nid.len() >= 4 {
        k.push(mix(0, &[nid]));
        // each half with the surname's initial: a one-digit typo leaves one half intact
        let s1i = s1.as_bytes().get(..1).unwrap_or(b"");
        let half = nid.len() / 2;
        k.push(mix(1, &[&nid[..half], s1i]));
        k.push(mix(2, &[&nid[half..], s1i]));
    }
    if !g1.is_empty() {
        for s in [s1, s2].into_iter().filter(|s| !s.is_empty()) {
            k.push(mix(3, &[g1.as_bytes(), s.as_bytes()]));
        }
    }
    if !s1.is_empty() && !s2.is_empty() {
        let (lo, hi) = if s1 <= s2 { (s1, s2) } else { (s2, s1) };
        k.push(mix(4, &[lo.as_bytes(), hi.as_bytes()]));
    }
    if !g1.is_empty() && !s1.is_empty() {
        for v in deletion_variants(kt.g1_text) {
            k.push(mix(5, &[s1.as_bytes(), v.as_bytes()]));
        }
        for v in deletion_variants(kt.s1_text) {
            k.push(mix(6, &[g1.as_bytes(), v.as_bytes()]));
        }
    }
    if let Some(d) = r.dob {
        let date = [
            d.year.to_le_bytes()[0],
            d.year.to_le_bytes()[1],
            d.month,
            d.day,
        ];
        k.push(mix(7, &[&date]));
    }
    if r.address.len() >= 4 {
        k.push(mix(9, &[r.address.as_bytes()]));
    }
    if r.postcode.len() >= 3 {
        k.push(mix(10, &[r.postcode.as_bytes()]));
    }
    k.sort_unstable();
    k.dedup();
    k
}

impl Blocks {
    /// Compute keys and blocks. `side` marks link-mode file membership (empty = dedupe).
    pub fn build(ds: &Dataset, side: Vec<u8>, max_block: usize) -> Blocks {
        let phon: Vec<String> = (0..ds.tokens.len())
            .map(|i| phonetic::key(ds.tokens.text(i as u32)))
            .collect();
        let per_record: Vec<Vec<u64>> = (0..ds.recs.len())
            .into_par_iter()
            .map(|i| record_keys(ds, &phon, i))
            .collect();
        let mut offsets = Vec::with_capacity(per_record.len() + 1);
        let mut keys = Vec::with_capacity(per_record.iter().map(Vec::len).sum());
        offsets.push(0u32);
        for ks in per_record {
            keys.extend(ks);
            offsets.push(keys.len() as u32);
        }
        let mut entries: Vec<u64> = Vec::with_capacity(keys.len());
        for i in 0..offsets.len().saturating_sub(1) {
            for &k in &keys[offsets[i] as usize..offsets[i + 1] as usize] {
                entries.push((k << REC_BITS) | (i as u64 & REC_MASK));
            }
        }
        entries.par_sort_unstable();
        let mut groups = Vec::new();
        let mut oversize = FxHashSet::default();
        let mut start = 0usize;
        while start < entries.len() {
            let key = entries[start] >> REC_BITS;
            let mut end = start + 1;
            while end < entries.len() && entries[end] >> REC_BITS == key {
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
        let side = if side.len() == ds.recs.len() {
            side
        } else {
            vec![0; ds.recs.len()]
        };
        Blocks {
            keys,
            offsets,
            oversize,
            entries,
            groups,
            side,
        }
    }

    /// Sorted keys of record i.
    pub fn keys_of(&self, i: usize) -> &[u64] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self.keys.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// True when records i and j are a candidate pair (share a key of a usable block).
    pub fn together(&self, i: usize, j: usize) -> bool {
        self.first_shared(i, j).is_some()
    }

    /// Smallest usable key the two records share (keys are sorted, so merge them).
    fn first_shared(&self, i: usize, j: usize) -> Option<u64> {
        let (a, b) = (self.keys_of(i), self.keys_of(j));
        let (mut x, mut y) = (0, 0);
        while x < a.len() && y < b.len() {
            match a[x].cmp(&b[y]) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    if !self.oversize.contains(&a[x]) {
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
                let kind = block[0] >> REC_BITS;
                for (x, &ei) in block.iter().enumerate() {
                    let i = (ei & REC_MASK) as u32;
                    for &ej in &block[x + 1..] {
                        let j = (ej & REC_MASK) as u32;
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
