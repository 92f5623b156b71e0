//! The one a verb falls on right after it, past describing words or a relative's apposition
//! ("…, and sentenced his younger brother, agronomist X, to 10 years"); and whether a verb has a
//! subject of its own around it, or shares the one of a clause it is joined to ("aclaró que X fue
//! trasladado…, y que sigue detenido").

use crate::relations::{POSSESSIVES, RELATIONS};
use crate::slots::{SPEECH, Slot};
use crate::subject_after::{first_after, skip_describers};
use crate::text::Doc;
use crate::triggers::Trigger;

/// The slot named right after trigger `t` (past describing words), or past a relative's
/// apposition set off by commas: "sentenced his younger brother, agronomist X, to 10 years" is
/// X's, the same person; not a speaker's ("freed his brother, X, said").
pub(crate) fn near_after(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    s_last: usize,
) -> Option<usize> {
    first_after(doc, slots, skip_describers(doc, t.last, s_last), 2, s_last)
        .or_else(|| past_kin_apposition(doc, slots, t.last, s_last))
}

fn past_kin_apposition(doc: &Doc<'_>, slots: &[Slot], k: usize, s_last: usize) -> Option<usize> {
    if !POSSESSIVES.contains(&doc.f(k)) {
        return None;
    }
    let rel = (k + 1..s_last.min(k + 4)).find(|&j| RELATIONS.contains(&doc.f(j)))?;
    let plain = (k + 1..rel)
        .all(|j| doc.tokens[j].kind == crate::text::TokenKind::Word && !doc.tokens[j].capitalised);
    if !plain || doc.f(rel + 1) != "," {
        return None;
    }
    let i = first_after(doc, slots, skip_describers(doc, rel + 2, s_last), 2, s_last)?;
    let s = slots[i];
    (doc.f(s.last) == "," && !SPEECH.contains(&doc.f(s.last + 1))).then_some(i)
}

/// Whether the verb at `trigger` (a token) has a subject of its own right after it, past an
/// article, a possessive, a relation or a role ("…y que sigue detenido su primo X", "y que
/// continúa presa la fotógrafa Y"); not a place after "en" ("sigue detenido en El Helicoide").
fn subject_after_verb(doc: &Doc<'_>, trigger: usize) -> bool {
    let mut k = trigger + 1;
    // (Past the rest of the verb's words: "sigue detenido", "continúa presa".)
    while k < trigger + 3
        && doc
            .tokens
            .get(k)
            .is_some_and(|t| !t.capitalised && t.kind == crate::text::TokenKind::Word)
        && !matches!(
            doc.f(k),
            "en" | "a"
                | "al"
                | "de"
                | "del"
                | "desde"
                | "in"
                | "at"
                | "since"
                | "el"
                | "la"
                | "su"
                | "sus"
                | "his"
                | "her"
                | "the"
        )
    {
        k += 1;
    }
    let describers = |j: usize| {
        matches!(
            doc.f(j),
            "el" | "la" | "los" | "las" | "su" | "sus" | "his" | "her" | "the"
        ) || RELATIONS.contains(&doc.f(j))
            || !crate::lexicon::roles(doc.f(j)).is_empty()
    };
    let mut j = k;
    while j < k + 4 && describers(j) {
        j += 1;
    }
    j > k
        && doc
            .tokens
            .get(j)
            .is_some_and(|t| t.capitalised && t.kind == crate::text::TokenKind::Word)
}

/// Whether the "que"/"that" at token `k` (of the sentence from `s_first`) before the verb at
/// `trigger` is a second one joined by "y"/"and" to a first, sharing its subject ("aclaró que X
/// fue trasladado…, y que sigue detenido"); not one with its own subject after the verb ("…, y
/// que sigue detenido su primo X") or before it ("…, y que su hermano sigue detenido").
pub(crate) fn joined_that(doc: &Doc<'_>, s_first: usize, k: usize, trigger: usize) -> bool {
    matches!(doc.f(k.wrapping_sub(1)), "y" | "and")
        && (s_first..k).any(|j| matches!(doc.f(j), "que" | "that"))
        && (k + 1..trigger).all(|j| {
            !doc.tokens[j].capitalised
                && !POSSESSIVES.contains(&doc.f(j))
                && !matches!(doc.f(j), "el" | "la" | "los" | "las" | "the")
        })
        && !subject_after_verb(doc, trigger)
}

/// The relation word of a relative named right before participle `t`, set off by a comma:
/// "…de su hermano Iván, detenido desde agosto", "waits for his brother, held since August"
/// (by the relation, its given name alone or none; of the participle's gender where both tell
/// one).
pub(crate) fn kin_set_off_before(doc: &Doc<'_>, t: &Trigger) -> Option<usize> {
    if t.voice != crate::triggers::Voice::Passive || t.first < 4 || doc.f(t.first - 1) != "," {
        return None;
    }
    let mut j = t.first - 2;
    // (Past the relative's given name alone: "su hermano Iván,".)
    if doc.tokens[j].capitalised && crate::lexicon::is_given_name(doc.f(j)) {
        j -= 1;
    }
    if matches!(doc.f(j), "menor" | "mayor") {
        j -= 1;
    }
    let rel = doc.f(j);
    let agrees = match (
        crate::genders::participle_gender(doc.f(t.first)),
        crate::genders::of_relation(rel),
    ) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    };
    (RELATIONS.contains(&rel) && POSSESSIVES.contains(&doc.f(j.wrapping_sub(1))) && agrees)
        .then_some(j)
}

/// Whether participle `t` describes the relative named right before it (see
/// [`kin_set_off_before`]), not slot `s` further back: "Nelson X, que espera la salida de su
/// hermano Iván, detenido desde agosto".
pub(crate) fn said_of_kin(doc: &Doc<'_>, s: &Slot, t: &Trigger) -> bool {
    // (Not one named as someone's kin herself, the relative: "Halina X, madre de la enfermera
    // Iryna X, que lleva un año sin visitas de su hija, presa en…".)
    let kin_named = (s.first.saturating_sub(4)..s.first).any(|k| RELATIONS.contains(&doc.f(k)));
    kin_set_off_before(doc, t).is_some_and(|j| s.last < j && !kin_named)
}

/// Whether trigger `t` is told of a relative, unnamed ("Her brother was released", "X, cuyo
/// hermano fue detenido…", see `kin_subjects::whose_kin`) or set off right before it (see
/// [`kin_set_off_before`]).
pub(crate) fn kin_told(doc: &Doc<'_>, t: &Trigger) -> bool {
    crate::kin_subjects::whose_kin(doc, t.first, t.first, t) || kin_set_off_before(doc, t).is_some()
}
