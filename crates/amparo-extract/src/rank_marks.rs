//! A rank's abbreviation and a branch or retirement in brackets before a name on a list's
//! line ("My. (r) Tulio Anzola (Ramo Verde)", "Tte. (Ej.) Ana Rojas", "(r) Luis Pérez").

use crate::text::Doc;

/// A military branch or retirement in brackets after a rank ("(r)", "(Ej.)", "(GNB)"); not a
/// footnote's letter ("(a) Ignacio Salcedo, 22, …").
const BRANCHES: &[&str] = &[
    "r", "ret", "ej", "gnb", "arm", "av", "fanb", "pnb", "gn", "ea", "am", "usmc", "usn",
];

/// Military ranks abbreviated with a full stop ("My.", "Tte.", "Cnel.", "Sgto.", "Capt.").
const MILITARY_RANKS: &[&str] = &[
    "my", "tte", "tnte", "ptte", "cap", "capt", "cnel", "tcnel", "gral", "sgto", "sgt", "cbo",
    "alm", "cmdte", "maj", "lt", "col", "gen", "cpl", "cpt", "cnl",
];

/// The first token past a rank's abbreviation and its bracket at `k` when a capitalised word
/// follows them (before `end`), else `k`.
pub(crate) fn past_rank(doc: &Doc<'_>, k: usize, end: usize) -> usize {
    let mut j = k;
    // ("SM/1 X", "S/2 X": Venezuela's sergeants by class.)
    if doc.f(j).len() <= 2 && doc.f(j + 1) == "/" && doc.is_number(j + 2) {
        j += 3;
    }
    // ("Sgt. Maj. X": a rank of two abbreviations.)
    while MILITARY_RANKS.contains(&doc.f(j)) && doc.f(j + 1) == "." && j < k + 4 {
        j += 2;
    }
    if doc.f(j) == "("
        && let Some(close) = (j + 1..end.min(j + 5)).find(|&c| doc.f(c) == ")")
        && close > j + 1
        && (j + 1..close).all(|c| doc.f(c) == "." || BRANCHES.contains(&doc.f(c)))
    {
        j = close + 1;
    }
    if j > k && doc.tokens.get(j).is_some_and(|x| x.capitalised) {
        j
    } else {
        k
    }
}
