//! The one a verb falls on right after it, past describing words or a relative's apposition
//! ("…, and sentenced his younger brother, agronomist X, to 10 years").

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
