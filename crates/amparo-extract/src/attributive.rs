//! A participle that is an adjective of an unnamed noun ("the brother of an exiled television
//! journalist, was detained"): it tells of someone the text does not name, no event of anyone.

use crate::text::{Doc, TokenKind};
use crate::triggers::Trigger;

/// Whether trigger `t` is an adjective of people the text does not name.
pub(crate) fn unnamed_attributive(doc: &Doc<'_>, t: &Trigger) -> bool {
    bare_plural(doc, t) || after_article(doc, t)
}

/// ("…runs a small support network for released prisoners", "families of freed detainees"):
/// one participle with no article after a preposition, before people of a kind in the plural —
/// those of a kind, no event.
fn bare_plural(doc: &Doc<'_>, t: &Trigger) -> bool {
    t.last == t.first + 1
        && matches!(doc.f(t.first.wrapping_sub(1)), "for" | "of" | "with" | "to")
        // (Not a list's: "his name appeared on a list of freed prisoners".)
        && !matches!(doc.f(t.first.wrapping_sub(2)), "list" | "lists" | "names")
        && matches!(
            doc.f(t.last),
            "prisoners" | "detainees" | "people" | "activists" | "dissidents" | "protesters"
        )
}

/// One word after "a"/"an" before a noun in small letters that no name follows ("an exiled
/// television journalist,"; not "an exiled journalist, X," nor "the jailed journalist X").
fn after_article(doc: &Doc<'_>, t: &Trigger) -> bool {
    let small = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|x| x.kind == TokenKind::Word && !x.capitalised)
    };
    let nouns = (t.last..t.last + 3).take_while(|&k| small(k)).count();
    let after = t.last + nouns;
    t.last == t.first + 1
        && matches!(
            doc.tokens.get(t.first.wrapping_sub(1)).map(|x| x.text),
            Some("a" | "an")
        )
        && nouns >= 1
        && !matches!(
            doc.f(t.first.wrapping_sub(2)),
            "was" | "were" | "is" | "are" | "been"
        )
        && !(after..after + 3).any(|k| doc.tokens.get(k).is_some_and(|x| x.capitalised))
}
