//! Typo-tolerant blocking without repeating blocks: every name token is mapped to the
//! most frequent token within one edit of it, when that one is at least twice as common
//! ("Jsoe" → "Jose", "Gonzlez" → "Gonzalez"). Blocking keys are built on the mapped
//! tokens, so a typo'd record meets its person in the ordinary name blocks.
//!
//! Neighbours are found with symmetric deletion (as in SymSpell): two tokens within one
//! edit share a one-deletion variant. Variants are hashed and sorted, never materialised
//! per record, and only over the distinct vocabulary.

use crate::normalize::MAX_TOKEN_BYTES;
use crate::prepare::Tokens;
use crate::similarity::within_one_edit;
use rayon::prelude::*;
use rustc_hash::FxHasher;
use std::hash::Hasher;

/// Tokens sharing one variant beyond this many are not compared (very short variants).
const MAX_GROUP: usize = 64;

fn hash(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h = FxHasher::default();
    for b in bytes {
        h.write_u8(b);
    }
    h.write_u8(0xff);
    h.finish()
}

/// Hashes of the token and of each one-deletion variant (tokens of 4 to
/// [`MAX_TOKEN_BYTES`] ASCII letters; shorter ones have too many unrelated neighbours to be
/// corrected safely).
pub(crate) fn variant_hashes(token: &str) -> Vec<u64> {
    let b = token.as_bytes();
    // (Tokens are cut to MAX_TOKEN_BYTES by normalisation; the check keeps this quadratic
    // loop bounded for any caller.)
    if b.len() < 4 || b.len() > MAX_TOKEN_BYTES || !token.is_ascii() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(b.len() + 1);
    out.push(hash(b.iter().copied()));
    for i in 0..b.len() {
        out.push(hash(
            b.iter()
                .enumerate()
                .filter(|&(k, _)| k != i)
                .map(|(_, &c)| c),
        ));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The vocabulary's deletion index and the correction of every token.
#[derive(Debug, Default, Clone)]
pub(crate) struct Corrector {
    /// (variant hash, token) sorted.
    variants: Vec<(u64, u32)>,
    /// Canonical token per token id (itself when nothing more common is one edit away).
    pub canonical: Vec<u32>,
}

fn better(t: &Tokens, of: u32, candidate: u32, current: u32) -> bool {
    let (c_of, c_new) = (t.name_count(of), t.name_count(candidate));
    c_new >= 2 * c_of.max(1)
        && (current == of || c_new > t.name_count(current))
        && within_one_edit(t.text(of), t.text(candidate))
}

impl Corrector {
    /// Build over every token used as a name.
    pub fn build(t: &Tokens) -> Corrector {
        let mut variants: Vec<(u64, u32)> = (0..t.len() as u32)
            .into_par_iter()
            .filter(|&id| t.name_count(id) > 0)
            .flat_map_iter(|id| variant_hashes(t.text(id)).into_iter().map(move |h| (h, id)))
            .collect();
        variants.par_sort_unstable();
        let mut canonical: Vec<u32> = (0..t.len() as u32).collect();
        for group in variants.chunk_by(|a, b| a.0 == b.0) {
            if group.len() < 2 || group.len() > MAX_GROUP {
                continue;
            }
            for &(_, x) in group {
                for &(_, y) in group {
                    let cur = canonical[x as usize];
                    if x != y && better(t, x, y, cur) {
                        canonical[x as usize] = y;
                    }
                }
            }
        }
        Corrector {
            variants,
            canonical,
        }
    }

    /// Canonical form of a token that may not be in the vocabulary (a query's token).
    pub fn correct_text<'a>(&self, t: &'a Tokens, id: u32, text: &'a str) -> &'a str {
        if let Some(&c) = self.canonical.get(id as usize) {
            return t.text(c);
        }
        let mut best: Option<u32> = None;
        for h in variant_hashes(text) {
            let start = self.variants.partition_point(|v| v.0 < h);
            for &(_, y) in self.variants[start..].iter().take_while(|v| v.0 == h) {
                let more = best.is_none_or(|b| t.name_count(y) > t.name_count(b));
                if more && t.name_count(y) >= 2 && within_one_edit(text, t.text(y)) {
                    best = Some(y);
                }
            }
        }
        best.map_or(text, |b| t.text(b))
    }
}
