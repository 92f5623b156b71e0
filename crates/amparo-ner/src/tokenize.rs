//! Splits Spanish or English text into word tokens with byte offsets, in the style of the
//! CoNLL corpora: punctuation and quotes («» “” ‘’ "") apart, abbreviations (Sr., Dra.,
//! U.S., EE.UU.) and initials kept with their dot, numbers such as 1.234,5 or 12/03/2024
//! kept whole, and English clitics ('s, n't, 're...) split off.

use serde::{Deserialize, Serialize};

/// One token: byte offsets into the source text and its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The token text, equal to `text[start..end]`.
    pub text: String,
}

/// Words that take a dot without ending a sentence (lower case, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "sr", "sra", "srta", "sres", "dr", "dra", "dres", "lic", "licda", "ing", "abg", "abog", "prof",
    "profa", "gral", "gen", "cnel", "col", "tte", "tcnel", "cap", "sgto", "sgt", "cmdte", "alm",
    "av", "avda", "urb", "edif", "apto", "nro", "núm", "no", "art", "arts", "pág", "págs", "ej",
    "etc", "vol", "cía", "hnos", "mr", "mrs", "ms", "jr", "sr", "st", "mt", "ft", "inc", "corp",
    "ltd", "co", "dept", "gov", "sen", "rep", "rev", "vs", "jan", "feb", "mar", "apr", "aug",
    "sept", "sep", "oct", "nov", "dec", "ene", "abr", "ago", "dic", "approx", "u.s", "u.k",
    "ee.uu",
];

/// English clitics split from the word they follow, as in the CoNLL-2003 tokenisation.
const CLITICS: &[&str] = &["s", "re", "ve", "ll", "d", "m"];

/// Splits `text` into tokens. Never fails; empty or blank text gives no tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |k: usize| chars.get(k).map_or(text.len(), |&(b, _)| b);
    let ch = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut out = Vec::new();
    let mut push = |start: usize, end: usize| {
        if let Some(slice) = text.get(start..end)
            && !slice.is_empty()
        {
            out.push(Token {
                start,
                end,
                text: slice.to_string(),
            });
        }
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !is_word_char(c) {
            // Runs of the same punctuation mark ("...", "--", "!!") stay one token.
            let mut j = i + 1;
            if matches!(c, '.' | '-' | '!' | '?' | '*' | '=' | '_') {
                while ch(j) == Some(c) {
                    j += 1;
                }
            }
            push(end_of(i), end_of(j));
            i = j;
            continue;
        }
        let mut j = i + 1;
        while let Some(cj) = ch(j) {
            let prev = ch(j - 1).unwrap_or(' ');
            let next = ch(j + 1).unwrap_or(' ');
            let joins = is_word_char(cj)
                || (matches!(cj, '-' | '\'' | '’' | '&')
                    && is_word_char(prev)
                    && is_word_char(next))
                || (matches!(cj, '.' | ',' | ':' | '/') && prev.is_numeric() && next.is_numeric())
                || (cj == '.'
                    && prev.is_alphabetic()
                    && next.is_alphabetic()
                    && dotted_run(&chars, i, j));
            if !joins {
                break;
            }
            j += 1;
        }
        let word = text.get(end_of(i)..end_of(j)).unwrap_or("");
        if ch(j) == Some('.') && takes_dot(word) {
            j += 1;
        }
        let (start, end) = (end_of(i), end_of(j));
        match clitic_split(word) {
            Some(cut) if end > start + cut => {
                push(start, start + cut);
                push(start + cut, end);
            }
            _ => push(start, end),
        }
        i = j;
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{0300}'..='\u{036f}')
}

/// True when the word starting at `start` looks like "U.S" or "EE.UU" up to the dot at `dot`:
/// every dot-separated piece so far and the piece after it are one or two letters.
fn dotted_run(chars: &[(usize, char)], start: usize, dot: usize) -> bool {
    let piece_len = |from: usize, to: usize| -> Option<usize> {
        let slice = chars.get(from..to)?;
        slice
            .iter()
            .all(|&(_, c)| c.is_alphabetic())
            .then_some(slice.len())
    };
    let mut from = start;
    for k in start..=dot {
        if k == dot || chars.get(k).map(|&(_, c)| c) == Some('.') {
            match piece_len(from, k) {
                Some(1..=2) => from = k + 1,
                _ => return false,
            }
        }
    }
    let mut to = dot + 1;
    while chars.get(to).is_some_and(|&(_, c)| c.is_alphabetic()) {
        to += 1;
    }
    (1..=2).contains(&(to - dot - 1))
}

/// Does the dot after `word` belong to it? Yes for known abbreviations, dotted acronyms and
/// initials ("J."), except "I", which ends sentences as a Roman numeral ("Rodeo I.") or the
/// English pronoun far more often than it is an initial.
fn takes_dot(word: &str) -> bool {
    let lower = word.to_lowercase();
    let mut letters = word.chars();
    let single_capital = matches!((letters.next(), letters.next()),
        (Some(c), None) if c.is_uppercase() && c != 'I');
    single_capital || word.contains('.') || ABBREVIATIONS.contains(&lower.as_str())
}

/// Byte length of the stem when `word` ends in an English clitic ("John's" → 4, "don't" → 2).
fn clitic_split(word: &str) -> Option<usize> {
    let lower = word.to_lowercase();
    if lower.len() != word.len() {
        return None;
    }
    if let Some(stem) = lower
        .strip_suffix("n't")
        .or_else(|| lower.strip_suffix("n’t"))
        && !stem.is_empty()
    {
        return Some(stem.len());
    }
    let (pos, apostrophe) = lower
        .char_indices()
        .rev()
        .find(|&(_, c)| c == '\'' || c == '’')?;
    let tail = lower.get(pos + apostrophe.len_utf8()..)?;
    (pos > 0 && CLITICS.contains(&tail)).then_some(pos)
}
