//! Whom a speaker addresses: a given name alone, set off by commas, that the sentence does not
//! tell of ("…, Mirta.", "Y sigue allá, Marisela, hoy sigue allá").

use crate::text::Doc;

/// ("Es una excarcelación anticipada o libertad condicional, Mirta.", "That is right, John?"):
/// a given name alone after a comma at the end of a sentence that names no one else is whom a
/// speaker addresses, no one the sentence tells of.
/// (Or set off inside it, "Y sigue allá, Marisela, hoy sigue allá", after no word of kin or role.)
pub(crate) fn vocative(doc: &Doc<'_>, m: &crate::persons::MentionRef, named: usize) -> bool {
    let word = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| !t.capitalised && t.kind == crate::text::TokenKind::Word)
    };
    let before = doc.f(m.first.wrapping_sub(2));
    named == 1
        && m.last == m.first + 1
        && doc.f(m.first.wrapping_sub(1)) == ","
        && word(m.first.wrapping_sub(2))
        && (matches!(doc.f(m.last), "." | "?" | "!")
            || doc.f(m.last) == ","
                && word(m.last + 1)
                && crate::lexicon::is_given_name(doc.f(m.first))
                // (A speaker's or a host's name, as a transcript labels it: not "On Tuesday
                // night, John, a quiet student, was arrested".)
                && (0..m.first).any(|k| {
                    doc.f(k) == doc.f(m.first)
                        && (k + 1..k + 4).any(|j| doc.f(j) == ":")
                })
                // (Not an apposition: "El chofer, Chirinos, fue liberado".)
                && !matches!(
                    doc.f(m.first.wrapping_sub(3)),
                    "el" | "la" | "su" | "the" | "his" | "her" | "our" | "nuestro" | "nuestra"
                )
                && !crate::slots::RELATIONS.contains(&before)
                && crate::lexicon::roles(before).is_empty())
}

/// How many people sentence `a..` names besides a transcript's speaker label, which is no one
/// the turn names ("[02:30] RAÚL ECHEMENDÍA: Es una excarcelación anticipada, Mirta.").
pub(crate) fn named_in_turn(doc: &Doc<'_>, ms: &[&crate::persons::MentionRef], a: usize) -> usize {
    ms.iter()
        .filter(|o| !crate::speaker_labels::speaker_label(doc, o, a))
        .count()
}

/// ("Guards in San Cristóbal told Ms. Chacón he had been \"moved\""): of the people `who` an event
/// is given, drop one told something, right after "told", when a pronoun follows the name at
/// once: the clause told is the pronoun's.
pub(crate) fn drop_told(doc: &Doc<'_>, slots: &[crate::slots::Slot], who: &mut Vec<usize>) {
    let told = |j: usize| {
        let s = &slots[j];
        // (Past a title: "told Ms. Chacón".)
        let at = doc.back_over(s.first, 2, &["ms", "mr", "mrs", "dr", "."]);
        matches!(
            doc.f(at.wrapping_sub(1)),
            "told" | "tell" | "tells" | "telling"
        ) && matches!(doc.f(s.last), "he" | "she" | "they")
    };
    who.retain(|&j| !told(j));
}
