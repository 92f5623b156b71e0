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
    let line = |k: usize| crate::narrator::line_of(doc, k);
    let quoted = |k: usize| within_quotes(doc, k);
    // (Nor an interview's dash turn, another's: "—Me agarraron el 1 de octubre —interrumpe su
    // hermano X"; nor one done to another, "me agarraron a mi hijo".)
    let dash = line(t.first).trim_start().starts_with(['—', '–', '-']);
    // ("Me detuvieron a mi hijo": the trigger may hold the "a".)
    let to_kin = (t.first..=t.last)
        .any(|k| doc.f(k) == "a" && matches!(doc.f(k + 1), "mi" | "mis" | "nuestro" | "nuestra"));
    if quoted(t.first) || dash || to_kin {
        return None;
    }
    // (The last to name herself: a page may hold two testimonies. "Me llamo", not "me llamó".)
    let name_at = (0..t.first).rev().find_map(|k| {
        let at = match doc.f(k) {
            "me" if doc
                .tokens
                .get(k + 1)
                .is_some_and(|x| x.text.eq_ignore_ascii_case("llamo")) =>
            {
                k + 2
            }
            "my" if doc.matches_at(k, "my name is") => k + 3,
            _ => return None,
        };
        (!quoted(k)).then_some(at)
    })?;
    // (Not in another's story the teller brings in, "Me llamo X y soy periodista. … Don Y me
    // contó su historia:", up to where she names the other again: "… Rosa sigue presa.")
    let brought_in = (name_at..t.first)
        .rev()
        .find(|&k| doc.f(k) == ":" && doc.text[doc.tokens[k].start..].starts_with(":\n"))
        .is_some_and(|c| {
            let line = doc.sentence_at(c).map_or(c, |s| s.first);
            let other = seen
                .iter()
                .find(|&&(_, f)| (line..c).contains(&f))
                .map(|&(e, _)| e);
            (line..c).any(|k| matches!(doc.f(k), "conto" | "relato" | "narro" | "told"))
                && !seen
                    .iter()
                    .any(|&(e, f)| Some(e) == other && f > c && f < t.first)
        });
    if brought_in {
        return None;
    }
    seen.iter().find(|&&(_, f)| f == name_at).map(|&(e, _)| e)
}

/// Whether token `k` stands between quotation marks on its line (someone else's words: '"Me
/// soltaron ayer", dijo'), not only on a line that quotes a charge ('me condenaron a cinco años
/// por "propaganda"').
fn within_quotes(doc: &Doc<'_>, k: usize) -> bool {
    let (mut straight, mut depth) = (false, 0i32);
    for c in crate::narrator::line_before(doc, k).chars() {
        match c {
            '"' => straight = !straight,
            '“' | '«' => depth += 1,
            '”' | '»' => depth -= 1,
            _ => {}
        }
    }
    straight || depth > 0
}

/// Whether a trigger is told in the first person singular ("salimos cuatro", "nos soltaron" are
/// a group the next words name).
pub(crate) fn first_person(doc: &Doc<'_>, t: &Trigger) -> bool {
    let back = |k: usize| doc.f(t.first.wrapping_sub(k));
    back(1) == "me"
        || (t.first..t.last).any(|k| doc.f(k) == "me")
        || (back(1) == "i" && matches!(doc.f(t.first), "got" | "walked"))
        || matches!(doc.f(t.first), "sali" | "estuve" | "pase")
        || (doc.f(t.last) == "me" && !matches!(back(1), "was" | "were"))
        || (matches!(back(1), "was" | "been") && back(2) == "i")
        // ("me dieron la libertad condicional": a measure granted to me.)
        || (back(3) == "me"
            && matches!(
                back(2),
                "dieron" | "dio" | "otorgaron" | "otorgo" | "concedieron" | "concedio"
            )
            && matches!(back(1), "la" | "el"))
}
