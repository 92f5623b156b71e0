//! Name normalisation: case, accents, punctuation, particles, nicknames, name order.
//!
//! Everything here is a pure function of its input, so that two spellings of one name
//! ("José María BASOA", "BASOA, JOSE MARIA", "Chema Basoa") reduce to the same tokens.
//! Folding is the shared [`amparo_text::fold`] (ñ → n, an apostrophe joins); particles,
//! nicknames and name order are this crate's. Every function reads at most
//! [`MAX_NAME_BYTES`] of a name and yields tokens of at most [`MAX_TOKEN_BYTES`], so time
//! is bounded whatever the caller passes.

use crate::nickname;
pub use amparo_text::fold;

/// Surname/given-name particles that carry no identity ("de la Cruz" ≈ "Cruz").
pub const PARTICLES: &[&str] = &[
    "de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "di", "van", "von", "der",
];

/// True for a particle (short tokens only, so most tokens are rejected by length).
fn is_particle(token: &str) -> bool {
    token.len() <= 3 && PARTICLES.contains(&token)
}

/// Name text read at most, in bytes: the longest real names stay under 150. A caller may
/// pass anything (a 150 MB cell); nothing past this is looked at (issue 14).
pub const MAX_NAME_BYTES: usize = 512;

/// A name token is cut to this many bytes: the longest Spanish name words stay under 20,
/// and tokens meet algorithms quadratic in their length (one-deletion variants for typo
/// correction, Jaro-Winkler), which must stay bounded whatever the input.
pub const MAX_TOKEN_BYTES: usize = 40;

/// National id digits kept at most: real ids have up to 12.
pub const MAX_ID_DIGITS: usize = 20;

/// The first `max` bytes of a text, cut back to a character boundary.
pub fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Folded tokens of a name part with particles removed.
pub fn name_tokens(text: &str) -> Vec<String> {
    fold(head(text, MAX_NAME_BYTES))
        .split(' ')
        .filter(|t| !t.is_empty() && !is_particle(t))
        .map(|t| head(t, MAX_TOKEN_BYTES).to_owned())
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
    let folded = fold(head(text, MAX_NAME_BYTES));
    let mut units: Vec<String> = Vec::new();
    let mut pending = String::new();
    for word in folded.split(' ').filter(|w| !w.is_empty()) {
        // ("Der Aaa Aaa": the first word is a given name, whatever else it may be.)
        let first = units.is_empty() && pending.is_empty();
        if is_particle(word) && !first {
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

/// Digits of a national id ("V-12.345.678" → "12345678"), without leading zeros, at most
/// [`MAX_ID_DIGITS`] of them: ids are compared by their digits whatever the prefix, dots or
/// spaces.
pub fn id_digits(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_digit)
        .skip_while(|&c| c == '0')
        .take(MAX_ID_DIGITS)
        .collect()
}
