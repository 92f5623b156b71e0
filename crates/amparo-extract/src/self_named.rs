//! The teller of a first-person testimony who names herself ("Me llamo Ana Ríos, tengo 24 años…
//! Me soltaron el 9 de octubre", "My name is X … They released me in May"): the events she tells
//! of herself are hers, outside quotes.

use crate::text::Doc;
use crate::triggers::Trigger;

/// The person who named herself with "me llamo" or "my name is" before trigger `t`, among those
/// noted so far (`seen`), when `t` is told in the first person (`first`) on a line with no quote.
/// (Not "me lo/la…", whom it was done to: "me lo trasladaron".)
pub(crate) fn teller(
    doc: &Doc<'_>,
    t: &Trigger,
    seen: &[(usize, usize)],
    first: bool,
) -> Option<usize> {
    if !first
        || (t.first.saturating_sub(1)..t.last)
            .any(|k| doc.f(k) == "me" && matches!(doc.f(k + 1), "lo" | "la" | "los" | "las"))
    {
        return None;
    }
    let quoted = |k: usize| {
        let at = doc.tokens.get(k).map_or(0, |x| x.start);
        let start = doc.text[..at].rfind('\n').map_or(0, |n| n + 1);
        let end = doc.text[at..].find('\n').map_or(doc.text.len(), |n| at + n);
        doc.text[start..end].contains(['"', '“', '«'])
    };
    if quoted(t.first) {
        return None;
    }
    let name_at = (0..t.first).find_map(|k| {
        let at = if doc.f(k) == "me" && doc.f(k + 1) == "llamo" {
            k + 2
        } else if doc.matches_at(k, "my name is") {
            k + 3
        } else {
            return None;
        };
        (!quoted(k)).then_some(at)
    })?;
    seen.iter().find(|&&(_, f)| f == name_at).map(|&(e, _)| e)
}
