//! Name normalisation: case, accents, punctuation, particles, nicknames, name order.
//!
//! Everything here is a pure function of its input, so that two spellings of one name
//! ("José María BASOA", "BASOA, JOSE MARIA", "Chema Basoa") reduce to the same tokens.

use crate::nickname;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Surname/given-name particles that carry no identity ("de la Cruz" ≈ "Cruz").
pub const PARTICLES: &[&str] = &[
    "de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "di", "van", "von", "der",
];

/// True for a particle (short tokens only, so most tokens are rejected by length).
fn is_particle(token: &str) -> bool {
    token.len() <= 3 && PARTICLES.contains(&token)
}

/// Lower-case, strip accents (ñ → n, as official lists print it), turn punctuation into
/// spaces and collapse whitespace. Keeps only ASCII letters, digits and single spaces.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut push = |c: char| {
        let lower = c.to_ascii_lowercase();
        if lower.is_ascii_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(lower);
        } else if c == '\'' || c == '’' {
            // O'Brien → obrien: an apostrophe joins, it does not split.
        } else {
            pending_space = true;
        }
    };
    if text.is_ascii() {
        // most list text: no decomposition needed (a quarter of the preparation time)
        text.chars().for_each(&mut push);
    } else {
        text.nfd().filter(|&c| !is_combining_mark(c)).for_each(push);
    }
    out
}

/// Folded tokens of a name part with particles removed.
pub fn name_tokens(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|t| !t.is_empty() && !is_particle(t))
        .map(str::to_owned)
        .collect()
}

/// Given-name tokens with single-meaning nicknames expanded ("Chema" → "jose", "maria").
pub fn given_tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for token in name_tokens(text) {
        match nickname::unique_canonical(&token) {
            Some(canon) => out.extend(canon.split(' ').map(str::to_owned)),
            None => out.push(token),
        }
    }
    out
}

/// A name split into given names and surnames, each as normalised tokens.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedName {
    /// Given names in order; an initial is a one-letter token.
    pub given: Vec<String>,
    /// Surnames in order (paternal, maternal).
    pub surnames: Vec<String>,
}

/// Common given names used to split an unordered three-word name ("Ana María Pérez" vs
/// "Ana Pérez Gómez"). A small list is enough: it only decides ambiguous three-word names.
const COMMON_GIVEN: &[&str] = &[
    "maria",
    "jose",
    "juan",
    "luis",
    "carlos",
    "ana",
    "antonio",
    "manuel",
    "francisco",
    "jesus",
    "miguel",
    "angel",
    "pedro",
    "rafael",
    "alejandro",
    "andres",
    "david",
    "daniel",
    "eduardo",
    "fernando",
    "jorge",
    "javier",
    "ricardo",
    "alberto",
    "roberto",
    "gabriela",
    "carmen",
    "isabel",
    "elena",
    "teresa",
    "luisa",
    "andrea",
    "alexander",
    "enrique",
    "ramon",
    "pablo",
    "victoria",
    "alejandra",
    "fernanda",
    "eugenia",
    "del",
    "valentina",
    "camila",
    "paola",
];

/// Parse a printed full name. "SURNAMES, GIVEN NAMES" when there is a comma; otherwise
/// Spanish order "GIVEN \[GIVEN\] SURNAME \[SURNAME\]" with particles kept on their surname.
pub fn parse_full_name(text: &str) -> ParsedName {
    if let Some((sur, given)) = text.split_once(',') {
        return ParsedName {
            given: given_tokens(given),
            surnames: name_tokens(sur),
        };
    }
    // Group particles with the word they introduce, so "Pérez de la Cruz" counts as two.
    let folded = fold(text);
    let mut units: Vec<String> = Vec::new();
    let mut pending = String::new();
    for word in folded.split(' ').filter(|w| !w.is_empty()) {
        if is_particle(word) {
            pending.push_str(word);
            pending.push(' ');
        } else {
            units.push(format!("{pending}{word}"));
            pending.clear();
        }
    }
    let n_given = match units.len() {
        0 => 0,
        1 | 2 => 1,
        3 => {
            let second = units.get(1).map(String::as_str).unwrap_or("");
            if COMMON_GIVEN.contains(&second) || second.len() == 1 {
                2
            } else {
                1
            }
        }
        n => n - 2,
    };
    let (given, sur) = units.split_at(n_given.min(units.len()));
    ParsedName {
        given: given_tokens(&given.join(" ")),
        surnames: name_tokens(&sur.join(" ")),
    }
}

/// Digits of a national id ("V-12.345.678" → "12345678"), without leading zeros.
pub fn id_digits(text: &str) -> String {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let trimmed = digits.trim_start_matches('0');
    trimmed.to_owned()
}
