//! Blocking: records that share any of several keys become candidate pairs, so that an
//! error in one field does not hide a true pair (each key tolerates different errors).
//!
//! Keys: national id and its one-deletion variants (one typo or swap apart);
//! first given name with either surname and both surnames (phonetic, order-free, on
//! typo-corrected tokens, see [`crate::typo`]); birth date with the initial of the first
//! given name or first surname; street address; postcode.
//!
//! A block larger than `max_block` (a very common name) is not enumerated whole: it is
//! split by a second key (birth year, second given name's initial, second surname), and
//! records that have none of those stay out of it, since a common name alone could not
//! decide a match anyway. Pairs from all keys are packed into `u64`s, sorted and
//! deduplicated, so a pair met through several keys is scored once.

use crate::phonetic;
use crate::prepare::{Dataset, Tokens};
use crate::record::{NONE, Prepared};
use crate::typo::Corrector;
use rayon::prelude::*;
use rustc_hash::FxHasher;
use std::hash::{Hash, Hasher};

/// Bits of a packed entry that hold the record index (up to 268 million records).
const REC_BITS: u32 = 28;
const REC_MASK: u64 = (1 << REC_BITS) - 1;

/// Key kinds (stored in the top bits of a key).
const NID: u64 = 1;
const NID_TYPO: u64 = 2;
const GIVEN_SURNAME: u64 = 4;
const SURNAMES: u64 = 5;
const BIRTH: u64 = 6;
const ADDRESS: u64 = 7;
const POSTCODE: u64 = 8;
const SUB_YEAR: u64 = 9;
const SUB_GIVEN2: u64 = 10;
const SUB_SURNAME2: u64 = 11;

/// A 36-bit key: 4 bits of kind, 32 bits of hash (so key and record pack into a u64).
fn mix<T: Hash + ?Sized>(kind: u64, parts: &T) -> u64 {
    let mut h = FxHasher::default();
    parts.hash(&mut h);
    let v = h.finish();
    (kind << 32) | ((v ^ (v >> 32)) & 0xffff_ffff)
}

fn ordered(a: u64, b: u64) -> [u64; 2] {
    if a <= b { [a, b] } else { [b, a] }
}

/// Phonetic keys of typo-corrected name tokens.
pub(crate) struct NameKeys {
    /// Hash of the phonetic code of each token's canonical form (0 = none).
    pub code: Vec<u64>,
    pub corrector: Corrector,
}

fn phonetic_hash(text: &str) -> u64 {
    let k = phonetic::key(text);
    if k.is_empty() {
        return 0;
    }
    let mut h = FxHasher::default();
    k.hash(&mut h);
    h.finish().max(1)
}

impl NameKeys {
    pub fn build(t: &Tokens) -> NameKeys {
        let corrector = Corrector::build(t);
        let code = (0..t.len() as u32)
            .into_par_iter()
            .map(|id| {
                if t.name_count(id) == 0 {
                    0
                } else {
                    phonetic_hash(t.text(corrector.canonical[id as usize]))
                }
            })
            .collect();
        NameKeys { code, corrector }
    }

    /// Key of a token; tokens added after the build (queries) are corrected on the fly.
    pub fn of(&self, t: &Tokens, id: u32) -> u64 {
        if id == NONE {
            return 0;
        }
        match self.code.get(id as usize) {
            Some(&c) if c != 0 => c,
            _ => phonetic_hash(self.corrector.correct_text(t, id, t.text(id))),
        }
    }
}

/// Sorted, distinct blocking keys of one record.
pub(crate) fn keys_for(t: &Tokens, nk: &NameKeys, r: &Prepared) -> Vec<u64> {
    let mut k = Vec::with_capacity(10);
    let (g1, s1, s2) = (nk.of(t, r.g1), nk.of(t, r.s1), nk.of(t, r.s2));
    let nid = t.text(r.nid).as_bytes();
    if nid.len() >= 4 {
        k.push(mix(NID, nid));
        // one-deletion variants: ids one typo apart (any edit or a swap) share one
        for i in 0..nid.len() {
            k.push(mix(NID_TYPO, &(&nid[..i], &nid[i + 1..])));
        }
    }
    if g1 != 0 {
        for s in [s1, s2].into_iter().filter(|&s| s != 0) {
            k.push(mix(GIVEN_SURNAME, &ordered(g1, s)));
        }
    }
    if s1 != 0 && s2 != 0 {
        k.push(mix(SURNAMES, &ordered(s1, s2)));
    }
    if let Some(d) = r.dob {
        // with either name's initial (order-free: given and surname may be swapped), so
        // that a birth date shared by thousands does not form one block
        for id in [r.g1, r.s1] {
            if let Some(&c) = t.text(id).as_bytes().first() {
                k.push(mix(BIRTH, &(d.year, d.month, d.day, c)));
            }
        }
    }
    let address = t.text(r.address);
    if address.len() >= 4 {
        k.push(mix(ADDRESS, address));
    }
    let postcode = t.text(r.postcode);
    if postcode.len() >= 3 {
        k.push(mix(POSTCODE, postcode));
    }
    k.sort_unstable();
    k.dedup();
    k
}

/// Second keys that split an oversized block.
fn sub_keys(t: &Tokens, nk: &NameKeys, r: &Prepared, out: &mut Vec<u64>) {
    if let Some(d) = r.dob {
        out.push(mix(SUB_YEAR, &d.year));
    }
    if let Some(&c) = t.text(r.g2).as_bytes().first() {
        out.push(mix(SUB_GIVEN2, &c));
    }
    let s2 = nk.of(t, r.s2);
    if s2 != 0 {
        out.push(mix(SUB_SURNAME2, &s2));
    }
}

/// True when two records share a second key (used to search an oversized block).
pub(crate) fn share_sub_key(t: &Tokens, nk: &NameKeys, a: &Prepared, b: &Prepared) -> bool {
    let (mut x, mut y) = (Vec::new(), Vec::new());
    sub_keys(t, nk, a, &mut x);
    sub_keys(t, nk, b, &mut y);
    x.iter().any(|k| y.contains(k))
}

/// What blocking did, for the run summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct BlockStats {
    /// Blocks larger than `max_block`, split by second keys.
    pub oversize_blocks: u64,
    /// Pairs emitted before deduplication.
    pub raw_pairs: u64,
}

impl BlockStats {
    fn add(self, o: BlockStats) -> BlockStats {
        BlockStats {
            oversize_blocks: self.oversize_blocks + o.oversize_blocks,
            raw_pairs: self.raw_pairs + o.raw_pairs,
        }
    }
}

/// Blocking keys of every record and the distinct candidate pairs they produce.
pub(crate) struct Blocks {
    /// Sorted keys of record i are `keys[offsets[i]..offsets[i + 1]]`.
    keys: Vec<u64>,
    offsets: Vec<u32>,
    /// Candidate pairs `(i << 32) | j` with i < j, sorted and distinct.
    pub pairs: Vec<u64>,
    pub stats: BlockStats,
    pub names: NameKeys,
}

struct Emit<'a> {
    ds: &'a Dataset,
    names: &'a NameKeys,
    side: &'a [u8],
    max_block: usize,
}

impl Emit<'_> {
    fn all_pairs(&self, members: &[u32], out: &mut Vec<u64>) {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                if i == j
                    || (!self.side.is_empty() && self.side[i as usize] == self.side[j as usize])
                {
                    continue;
                }
                let (lo, hi) = (u64::from(i.min(j)), u64::from(i.max(j)));
                out.push((lo << 32) | hi);
            }
        }
    }

    fn block(&self, members: &[u32], out: &mut Vec<u64>, stats: &mut BlockStats) {
        let before = out.len();
        if members.len() <= self.max_block {
            self.all_pairs(members, out);
        } else {
            stats.oversize_blocks += 1;
            let mut subs: Vec<u64> = Vec::new();
            let mut keys = Vec::with_capacity(3);
            for &i in members {
                keys.clear();
                sub_keys(
                    &self.ds.tokens,
                    self.names,
                    &self.ds.recs[i as usize],
                    &mut keys,
                );
                subs.extend(keys.iter().map(|k| (k << REC_BITS) | u64::from(i)));
            }
            subs.sort_unstable();
            let mut group: Vec<u32> = Vec::new();
            for run in subs.chunk_by(|a, b| a >> REC_BITS == b >> REC_BITS) {
                if run.len() < 2 || run.len() > self.max_block {
                    continue;
                }
                group.clear();
                group.extend(run.iter().map(|e| (e & REC_MASK) as u32));
                self.all_pairs(&group, out);
            }
        }
        stats.raw_pairs += (out.len() - before) as u64;
    }
}

impl Blocks {
    /// Compute keys and candidate pairs. `side` marks link-mode file membership (empty =
    /// dedupe): pairs within one side are never produced.
    pub fn build(ds: &Dataset, side: &[u8], max_block: usize) -> Blocks {
        let names = NameKeys::build(&ds.tokens);
        let per_record: Vec<Vec<u64>> = ds
            .recs
            .par_iter()
            .map(|r| keys_for(&ds.tokens, &names, r))
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
        let mut groups: Vec<(u32, u32)> = Vec::new();
        let mut start = 0usize;
        for run in entries.chunk_by(|a, b| a >> REC_BITS == b >> REC_BITS) {
            if run.len() >= 2 {
                groups.push((start as u32, (start + run.len()) as u32));
            }
            start += run.len();
        }
        let side = if side.len() == ds.recs.len() {
            side
        } else {
            &[]
        };
        let emit = Emit {
            ds,
            names: &names,
            side,
            max_block: max_block.max(2),
        };
        let (chunks, stats): (Vec<Vec<u64>>, Vec<BlockStats>) = groups
            .par_chunks(256)
            .map(|gs| {
                let mut out = Vec::new();
                let mut stats = BlockStats::default();
                let mut members = Vec::new();
                for &(s, e) in gs {
                    members.clear();
                    members.extend(
                        entries[s as usize..e as usize]
                            .iter()
                            .map(|x| (x & REC_MASK) as u32),
                    );
                    emit.block(&members, &mut out, &mut stats);
                }
                out.sort_unstable();
                out.dedup();
                (out, stats)
            })
            .unzip();
        drop(entries);
        let stats = stats
            .into_iter()
            .fold(BlockStats::default(), BlockStats::add);
        let mut pairs = Vec::with_capacity(chunks.iter().map(Vec::len).sum());
        for c in chunks {
            pairs.extend(c);
        }
        pairs.par_sort_unstable();
        pairs.dedup();
        pairs.shrink_to_fit();
        Blocks {
            keys,
            offsets,
            pairs,
            stats,
            names,
        }
    }

    /// The name keys alone, the pairs and record keys freed (comparisons after scoring
    /// still read names).
    pub fn into_names(self) -> NameKeys {
        self.names
    }

    /// Sorted keys of record i.
    pub fn keys_of(&self, i: usize) -> &[u64] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self.keys.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// True when records i and j are a candidate pair.
    pub fn together(&self, i: usize, j: usize) -> bool {
        let (lo, hi) = (i.min(j) as u64, i.max(j) as u64);
        self.pairs.binary_search(&((lo << 32) | hi)).is_ok()
    }
}

/// Record indices of a packed pair.
pub(crate) fn unpack(pair: u64) -> (u32, u32) {
    ((pair >> 32) as u32, pair as u32)
}
