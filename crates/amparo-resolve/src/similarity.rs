//! String similarities on folded ASCII names: Jaro-Winkler and bounded edit distance,
//! and `Sim`, the comparisons' memoised view of them over interned tokens.
//!
//! Written by hand on bytes with stack buffers because they run tens of millions of
//! times per benchmark run; the generic crates allocate per call.

use crate::blocking::NameKeys;
use crate::prepare::Tokens;

/// Jaro-Winkler similarity in [0, 1] with the usual prefix scale 0.1 (max 4 chars).
pub fn jaro_winkler(a: &str, b: &str) -> f64 {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    // (equal strings need no shortcut: they score 1.0 below)
    if a.is_empty() || b.is_empty() {
        return f64::from(u8::from(a.is_empty() && b.is_empty()));
    }
    let (a, b) = (&a[..a.len().min(64)], &b[..b.len().min(64)]);
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    // matched positions as bit sets (names are short: no arrays to clear per call)
    let (mut a_hit, mut b_hit) = (0u64, 0u64);
    for (i, &ca) in a.iter().enumerate() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(b.len());
        for (j, &cb) in b.iter().enumerate().take(hi).skip(lo) {
            if cb == ca && b_hit & (1 << j) == 0 {
                a_hit |= 1 << i;
                b_hit |= 1 << j;
                break;
            }
        }
    }
    let matches = a_hit.count_ones() as usize;
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let mut rest = b_hit;
    for (i, &ca) in a.iter().enumerate() {
        if a_hit & (1 << i) == 0 {
            continue;
        }
        let j = rest.trailing_zeros() as usize;
        rest &= rest.wrapping_sub(1);
        if b.get(j) != Some(&ca) {
            transpositions += 1;
        }
    }
    let m = matches as f64;
    let jaro =
        (m / a.len() as f64 + m / b.len() as f64 + (m - transpositions as f64 / 2.0) / m) / 3.0;
    let prefix = a.iter().zip(b).take(4).take_while(|(x, y)| x == y).count() as f64;
    jaro + prefix * 0.1 * (1.0 - jaro)
}

/// True when `a` and `b` differ by at most one edit (insert, delete, substitute) or one
/// swap of adjacent characters (optimal-string-alignment distance ≤ 1).
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        let rest_a = &short[prefix + 1..];
        let rest_b = &long[prefix + 1..];
        if rest_a == rest_b {
            return true; // one substitution
        }
        // adjacent transposition
        prefix + 1 < short.len()
            && short[prefix] == long[prefix + 1]
            && short[prefix + 1] == long[prefix]
            && short[prefix + 2..] == long[prefix + 2..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// Slots of the Jaro-Winkler memo (a power of two).
const MEMO_SLOTS: usize = 1 << 14;

/// The token table and its blocking name keys, plus a small direct-mapped memo of
/// Jaro-Winkler similarities: the same name pairs recur across the pairs of a block, and
/// Jaro-Winkler was most of the run time. One per thread (or per chunk of pairs).
pub(crate) struct Sim<'a> {
    pub t: &'a Tokens,
    names: &'a NameKeys,
    memo: Vec<(u64, f64)>,
}

impl<'a> Sim<'a> {
    pub fn new(t: &'a Tokens, names: &'a NameKeys) -> Sim<'a> {
        Sim {
            t,
            names,
            memo: vec![(u64::MAX, 0.0); MEMO_SLOTS],
        }
    }

    /// Whether two name tokens are one name misspelt: one edit apart, or the same sound
    /// once each is corrected to the vocabulary's most frequent spelling near it (the
    /// keys name blocking uses: "Pérjez" and "Péerz" are both "Pérez").
    pub fn same_name(&self, a: u32, b: u32) -> bool {
        let (x, y) = (self.t.text(a), self.t.text(b));
        if within_one_edit(x, y) {
            return true;
        }
        let key = self.names.of(self.t, a);
        key != 0 && key == self.names.of(self.t, b)
    }

    /// Jaro-Winkler similarity of two tokens (never both `NONE`).
    pub fn jw(&mut self, a: u32, b: u32) -> f64 {
        let key = (u64::from(a) << 32) | u64::from(b);
        let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 50) as usize & (MEMO_SLOTS - 1);
        match self.memo.get(slot) {
            Some(&(k, v)) if k == key => return v,
            _ => {}
        }
        let v = jaro_winkler(self.t.text(a), self.t.text(b));
        if let Some(e) = self.memo.get_mut(slot) {
            *e = (key, v);
        }
        v
    }
}
