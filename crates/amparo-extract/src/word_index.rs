//! Every word list of the triggers, indexed by its patterns' first word; and the first words of
//! other phrase lists, the only tokens one of their phrases can start at.

use crate::model::EventType;
use crate::triggers::Voice;

type Pattern = (&'static str, EventType, Voice);

/// Patterns indexed by their first word, built once.
pub(crate) fn by_first_word() -> &'static std::collections::HashMap<&'static str, Vec<Pattern>> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<&'static str, Vec<Pattern>>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: std::collections::HashMap<&'static str, Vec<Pattern>> =
            std::collections::HashMap::new();
        for p in crate::trigger_words::PATTERNS
            .iter()
            .chain(crate::held_words::HELD_STILL)
            .chain(crate::held_words::SPOKEN)
            .chain(crate::leaving_words::LEAVING)
            .chain(crate::whereabouts_words::WHEREABOUTS)
            .chain(crate::destinations::UNKNOWN_DESTINATION)
            .chain(crate::court_words::COURT)
            .chain(crate::told_now_words::TOLD_NOW)
            .chain(crate::measure_words::MEASURES)
            .chain(crate::taking_words::TAKING)
            .chain(crate::back_to_prison::BACK)
        {
            map.entry(p.0.split(' ').next().unwrap_or(""))
                .or_default()
                .push(*p);
        }
        map
    })
}

/// Whether a folded word is a trigger by itself ("excarcelaciones", "detenidos"): a word of an
/// event, never of a name ("EXCARCELACIONES VERIFICADAS" over a list is a heading).
pub(crate) fn is_event_word(folded: &str) -> bool {
    by_first_word()
        .get(folded)
        .is_some_and(|ps| ps.iter().any(|p| !p.0.contains(' ')))
}

/// A pattern of several words starting at token `i` with quotation marks between its words
/// ("el régimen de \"convivencia familiar\"", "desaparición \"forzada\""): the longest, and the
/// marks it reads past; `candidates` are the patterns of the token's word (see
/// [`by_first_word`]).
pub(crate) fn quoted_at(
    doc: &crate::text::Doc<'_>,
    i: usize,
    candidates: &'static [Pattern],
) -> Option<(&'static Pattern, usize)> {
    let marks = |words: &str| {
        let (mut k, mut skipped) = (i, 0);
        for (n, w) in words.split(' ').enumerate() {
            while n > 0 && doc.is_quote(k) {
                (k, skipped) = (k + 1, skipped + 1);
            }
            if doc.f(k) != w {
                return None;
            }
            k += 1;
        }
        (skipped > 0).then_some(skipped)
    };
    candidates
        .iter()
        .filter(|p| p.0.contains(' '))
        .filter_map(|p| marks(p.0).map(|n| (p, n)))
        .max_by_key(|(p, _)| p.0.len())
}

/// The first words of `phrases`: the only tokens one of them can start at (a set looked up before
/// the phrases are compared one by one; see `release_conditions`, `group_members`).
pub(crate) fn first_words<'a>(
    phrases: impl IntoIterator<Item = &'a &'static str>,
) -> std::collections::HashSet<&'static str> {
    phrases
        .into_iter()
        .map(|p| p.split(' ').next().unwrap_or_default())
        .collect()
}
