//! Relation nouns ("brother", "esposa") and the possessive relation phrases they make ("his
//! brother", "su hijo"): the person named after one is someone's relative.

use crate::text::Doc;

const POSSESSIVES: &[&str] = &[
    "his", "her", "their", "su", "sus", "whose", "cuya", "cuyo", "cuyas", "cuyos", "my", "mi",
    "mis", "our", "nuestro", "nuestra",
];

/// Relation nouns: the person named after "his brother" is someone's relative.
pub const RELATIONS: &[&str] = &[
    "brother",
    "sister",
    "son",
    "daughter",
    "wife",
    "husband",
    "father",
    "mother",
    "partner",
    "nephew",
    "niece",
    "cousin",
    "uncle",
    "aunt",
    "grandson",
    "granddaughter",
    "hermano",
    "hermana",
    "hijo",
    "hija",
    "esposa",
    "esposo",
    "padre",
    "madre",
    "pareja",
    "sobrino",
    "sobrina",
    "primo",
    "prima",
    "tio",
    "tia",
    "nieto",
    "nieta",
    "brothers",
    "sons",
    "hijos",
    "hermanos",
];

/// A possessive relation phrase at token `k` ("his brother", "su hijo"): its relation noun.
pub fn relation_at<'d>(doc: &'d Doc<'_>, k: usize) -> Option<&'d str> {
    if POSSESSIVES.contains(&doc.f(k)) && RELATIONS.contains(&doc.f(k + 1)) {
        Some(doc.f(k + 1))
    } else {
        None
    }
}
