//! Turns a sentence into hashed feature indices: word identity and neighbours, prefixes and
//! suffixes, word shape, capitalisation and position, gazetteer and word-list flags.
//!
//! Features are hashed (FNV-1a, stable across platforms) into `2^bits` buckets, so the model
//! needs no feature dictionary: a bucket holds one weight per tag.

use crate::context::DocContext;
pub(crate) use crate::gazetteer::Gazetteer;
use crate::lexicon;

/// Number of features extracted for every token (fixed, so token `i` owns a fixed slice).
pub(crate) const FEATURES_PER_TOKEN: usize = 46;

const LEFT_PAD: &str = "<s>";
const RIGHT_PAD: &str = "</s>";

/// Per-token facts computed once and shared by the features of its neighbours.
struct TokenInfo<'a> {
    raw: &'a str,
    lower: String,
    shape: String,
    short: String,
    gazetteer: u8,
    lexicon: u8,
    context: u8,
}

impl<'a> TokenInfo<'a> {
    fn new(raw: &'a str, gazetteer: &Gazetteer, context: &DocContext<'_>) -> TokenInfo<'a> {
        let lower = raw.to_lowercase();
        let context = context.flags(raw, &lower);
        let (shape, short) = shapes(raw);
        let lexicon = lexicon::flags(&lower);
        TokenInfo {
            raw,
            gazetteer: gazetteer.get(raw),
            context,
            lower,
            shape,
            short,
            lexicon,
        }
    }

    fn pad(text: &'a str) -> TokenInfo<'a> {
        TokenInfo {
            raw: text,
            lower: text.to_string(),
            shape: text.to_string(),
            short: text.to_string(),
            gazetteer: 0,
            lexicon: 0,
            context: 0,
        }
    }
}

/// The full shape (X/x/d per character, other characters kept, at most 12) and the short
/// shape (runs of the same class collapsed): "Quintero" → ("Xxxxxxxx", "Xx").
fn shapes(word: &str) -> (String, String) {
    let mut shape = String::new();
    let mut short = String::new();
    for (k, c) in word.chars().enumerate() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if k < 12 {
            shape.push(class);
        }
        if !short.ends_with(class) {
            short.push(class);
        }
    }
    (shape, short)
}

/// FNV-1a over a template number and its parts, folded into a bucket index.
struct FeatureHash(u64);

impl FeatureHash {
    fn new(template: u8) -> FeatureHash {
        let mut h = FeatureHash(0xcbf2_9ce4_8422_2325);
        h.byte(template);
        h
    }

    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }

    fn part(mut self, text: &str) -> FeatureHash {
        for b in text.bytes() {
            self.byte(b);
        }
        self.byte(0xff);
        self
    }

    fn flag(mut self, value: u8) -> FeatureHash {
        self.byte(value);
        self.byte(0xfe);
        self
    }

    fn bucket(&self, mask: u32) -> u32 {
        let h = self.0 ^ (self.0 >> 31);
        ((h ^ (h >> 32)) as u32) & mask
    }
}

fn prefix(word: &str, chars: usize) -> &str {
    word.char_indices()
        .nth(chars)
        .map_or(word, |(b, _)| &word[..b])
}

fn suffix(word: &str, chars: usize) -> &str {
    let count = word.chars().count();
    if count <= chars {
        return word;
    }
    word.char_indices()
        .nth(count - chars)
        .map_or(word, |(b, _)| &word[b..])
}

/// For each token, the length (capped at 4) of the run of capitalised tokens it is in and
/// its position in the run (0 = not capitalised, 1 = alone, 2 = first, 3 = inside, 4 = last).
/// Lower-case connectors ("de", "del", "la", "y") between capitalised words join the run,
/// so "Simón Bolívar" and "Banco de Venezuela" are both runs.
fn capital_runs(infos: &[TokenInfo<'_>]) -> Vec<(u8, u8)> {
    let capital = |t: &TokenInfo<'_>| t.raw.chars().next().is_some_and(char::is_uppercase);
    let connector = |k: usize| {
        matches!(
            infos[k].lower.as_str(),
            "de" | "del" | "la" | "las" | "los" | "y" | "of" | "the" | "and"
        ) && k > 0
            && infos.get(k + 1).is_some_and(capital)
            && capital(&infos[k - 1])
    };
    let mut out = vec![(0u8, 0u8); infos.len()];
    let mut k = 0;
    while k < infos.len() {
        if !capital(&infos[k]) {
            k += 1;
            continue;
        }
        let start = k;
        while k + 1 < infos.len() && (capital(&infos[k + 1]) || connector(k + 1)) {
            k += 1;
        }
        let len = (k - start + 1).min(4) as u8;
        for (j, slot) in out.iter_mut().enumerate().take(k + 1).skip(start) {
            let position = if start == k {
                1
            } else if j == start {
                2
            } else if j == k {
                4
            } else {
                3
            };
            *slot = (len, position);
        }
        k += 1;
    }
    out
}

/// Appends `FEATURES_PER_TOKEN` bucket indices per token of `tokens` to `out`.
pub(crate) fn extract(
    tokens: &[&str],
    gazetteer: &Gazetteer,
    context: &DocContext<'_>,
    mask: u32,
    out: &mut Vec<u32>,
) {
    let infos: Vec<TokenInfo<'_>> = tokens
        .iter()
        .map(|t| TokenInfo::new(t, gazetteer, context))
        .collect();
    let (left, right) = (TokenInfo::pad(LEFT_PAD), TokenInfo::pad(RIGHT_PAD));
    let at = |k: isize| -> &TokenInfo<'_> {
        if k < 0 {
            &left
        } else {
            infos.get(k as usize).unwrap_or(&right)
        }
    };
    let runs = capital_runs(&infos);
    let upper_sentence =
        infos.len() > 2 && infos.iter().all(|t| !t.raw.chars().any(char::is_lowercase));
    for (i, w) in infos.iter().enumerate() {
        let i = i as isize;
        let (p1, p2, n1, n2) = (at(i - 1), at(i - 2), at(i + 1), at(i + 2));
        let first = u8::from(i == 0);
        let len_class = w.raw.chars().count().min(8) as u8;
        let f = [
            FeatureHash::new(0),
            FeatureHash::new(1).part(w.raw),
            FeatureHash::new(2).part(&w.lower),
            FeatureHash::new(3).part(&p1.lower),
            FeatureHash::new(4).part(&n1.lower),
            FeatureHash::new(5).part(&p2.lower),
            FeatureHash::new(6).part(&n2.lower),
            FeatureHash::new(7).part(&p1.lower).part(&w.lower),
            FeatureHash::new(8).part(&w.lower).part(&n1.lower),
            FeatureHash::new(9).part(prefix(&w.lower, 1)),
            FeatureHash::new(10).part(prefix(&w.lower, 2)),
            FeatureHash::new(11).part(prefix(&w.lower, 3)),
            FeatureHash::new(12).part(prefix(&w.lower, 4)),
            FeatureHash::new(13).part(suffix(&w.lower, 1)),
            FeatureHash::new(14).part(suffix(&w.lower, 2)),
            FeatureHash::new(15).part(suffix(&w.lower, 3)),
            FeatureHash::new(16).part(suffix(&w.lower, 4)),
            FeatureHash::new(17).part(&w.shape),
            FeatureHash::new(18).part(&w.short),
            FeatureHash::new(19).part(&p1.shape),
            FeatureHash::new(20).part(&n1.shape),
            FeatureHash::new(21)
                .part(&p1.short)
                .part(&w.short)
                .part(&n1.short),
            FeatureHash::new(22).flag(first).part(&w.short),
            FeatureHash::new(23)
                .flag(u8::from(upper_sentence))
                .part(&w.short),
            FeatureHash::new(24).flag(w.gazetteer),
            FeatureHash::new(25).flag(p1.gazetteer),
            FeatureHash::new(26).flag(n1.gazetteer),
            FeatureHash::new(27).flag(w.lexicon),
            FeatureHash::new(28).flag(p1.lexicon),
            FeatureHash::new(29).flag(n1.lexicon),
            FeatureHash::new(30).part(&p1.lower).part(&w.short),
            FeatureHash::new(31).part(&w.short).part(&n1.lower),
            FeatureHash::new(32).flag(len_class).part(&w.short),
            FeatureHash::new(33).part(&p2.lower).part(&p1.lower),
            FeatureHash::new(34).part(&n1.lower).part(&n2.lower),
            FeatureHash::new(35).part(p1.raw),
            FeatureHash::new(36)
                .flag(w.gazetteer)
                .flag(first)
                .part(&w.short),
            FeatureHash::new(37)
                .flag(w.lexicon)
                .part(&p1.short)
                .part(&n1.short),
            FeatureHash::new(38)
                .flag(runs[i as usize].0)
                .flag(runs[i as usize].1),
            FeatureHash::new(39).part(prefix(&w.lower, 5)),
            FeatureHash::new(40).part(suffix(&w.lower, 5)),
            FeatureHash::new(41).flag(first).part(&w.lower),
            FeatureHash::new(42).flag(w.context),
            FeatureHash::new(43)
                .flag(w.context)
                .flag(first)
                .part(&w.short),
            FeatureHash::new(44).flag(p1.context).flag(w.context),
            FeatureHash::new(45).flag(w.context).flag(n1.context),
        ];
        out.extend(f.iter().map(|h| h.bucket(mask)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_keep_case_digits_and_punctuation() {
        assert_eq!(
            shapes("Quintero"),
            ("Xxxxxxxx".to_string(), "Xx".to_string())
        );
        assert_eq!(
            shapes("V-12.345"),
            ("X-dd.ddd".to_string(), "X-d.d".to_string())
        );
        assert_eq!(shapes("SEBIN"), ("XXXXX".to_string(), "X".to_string()));
        assert_eq!(shapes("Ñañez").1, "Xx");
    }

    #[test]
    fn prefixes_and_suffixes_count_characters_not_bytes() {
        assert_eq!(prefix("ñandú", 2), "ña");
        assert_eq!(suffix("ñandú", 2), "dú");
        assert_eq!(suffix("sí", 4), "sí");
        assert_eq!(prefix("", 3), "");
    }

    #[test]
    fn every_token_gets_the_same_number_of_in_range_features() {
        let gazetteer = Gazetteer::default();
        let mut out = Vec::new();
        extract(
            &["La", "abogada", "Marta", "Quintero", "."],
            &gazetteer,
            &DocContext::default(),
            0xfff,
            &mut out,
        );
        assert_eq!(out.len(), 5 * FEATURES_PER_TOKEN);
        assert!(out.iter().all(|&b| b <= 0xfff));
    }

    #[test]
    fn features_depend_on_context_and_are_deterministic() {
        let gazetteer = Gazetteer::default();
        let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
        extract(
            &["por", "Marta"],
            &gazetteer,
            &DocContext::default(),
            u32::MAX,
            &mut a,
        );
        extract(
            &["por", "Marta"],
            &gazetteer,
            &DocContext::default(),
            u32::MAX,
            &mut b,
        );
        extract(
            &["con", "Marta"],
            &gazetteer,
            &DocContext::default(),
            u32::MAX,
            &mut c,
        );
        assert_eq!(a, b);
        let second = FEATURES_PER_TOKEN..2 * FEATURES_PER_TOKEN;
        // The word itself hashes the same; its left-neighbour feature does not.
        assert_eq!(a[second.start + 1], c[second.start + 1]);
        assert_ne!(a[second.start + 3], c[second.start + 3]);
    }

    #[test]
    fn the_gazetteer_flag_changes_the_features() {
        let empty = Gazetteer::default();
        let known = Gazetteer::from_pairs(vec![("Ferrer".into(), 2)]);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        extract(
            &["Ferrer"],
            &empty,
            &DocContext::default(),
            u32::MAX,
            &mut a,
        );
        extract(
            &["Ferrer"],
            &known,
            &DocContext::default(),
            u32::MAX,
            &mut b,
        );
        assert_ne!(a[24], b[24]);
        assert_eq!(a[1], b[1]);
    }
}
