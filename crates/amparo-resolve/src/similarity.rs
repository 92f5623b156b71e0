//! String similarities on folded ASCII names: Jaro-Winkler and bounded edit distance.
//!
//! Written by hand on bytes with stack buffers because they run tens of millions of
//! times per benchmark run; the generic crates allocate per call.

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
