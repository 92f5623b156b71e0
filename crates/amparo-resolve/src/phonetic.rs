//! Spanish-aware phonetic key for blocking, after the Spanish Metaphone rules
//! (Mosquera, Jiménez & Mancebo) simplified: b/v, ll/y, c/z/s (seseo, as spoken in
//! Venezuela), silent h, j/g before e/i, qu/k, ph/f, nasal before b/p, doubled letters.
//!
//! Written by hand: no maintained crate implements Spanish phonetics. Vowels are kept
//! (i/y merged) because Spanish names differ in vowels (Mario/María/Mauro).

/// Phonetic key of one folded token (ASCII lower case expected; other bytes are skipped).
pub fn key(token: &str) -> String {
    let b = token.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let front = |c: u8| matches!(c, b'e' | b'i' | b'y');
    let mut out: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = at(i);
        let next = at(i + 1);
        let (code, step): (&[u8], usize) = match c {
            b'a' | b'e' | b'o' | b'u' => (std::slice::from_ref(&b[i]), 1),
            b'i' => (b"i", 1),
            b'y' if i + 1 == b.len() => (b"i", 1),
            b'y' => (b"Y", 1),
            b'l' if next == b'l' => (b"Y", 2),
            b'b' | b'v' | b'w' => (b"B", 1),
            b'c' if next == b'h' => (b"X", 2),
            b'c' if front(next) => (b"S", 1),
            b'c' | b'k' => (b"K", 1),
            b'q' if next == b'u' => (b"K", 2),
            b'q' => (b"K", 1),
            b'z' | b's' => (b"S", 1),
            b'x' => (b"KS", 1),
            b'g' if next == b'u' && front(at(i + 2)) => (b"G", 2),
            b'g' if front(next) => (b"J", 1),
            b'j' => (b"J", 1),
            b'g' => (b"G", 1),
            b'h' => (b"", 1),
            b'p' if next == b'h' => (b"F", 2),
            b'n' if matches!(next, b'b' | b'v' | b'p') => (b"M", 1),
            b'0'..=b'9' => (std::slice::from_ref(&b[i]), 1),
            c if c.is_ascii_lowercase() => (std::slice::from_ref(&b[i]), 1),
            _ => (b"", 1),
        };
        for &x in code {
            // Doubled sounds (rr, ss, nn, cc→KS stays) collapse to one.
            if out.last() != Some(&x.to_ascii_uppercase()) {
                out.push(x.to_ascii_uppercase());
            }
        }
        i += step;
    }
    String::from_utf8(out).unwrap_or_default()
}
