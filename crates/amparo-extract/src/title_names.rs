//! Titles that are names too: "Coronel" after a given name ("Leonardo Coronel"), "Pastor"
//! before surnames only ("Pastor Ojeda", "Pastor Ramírez Ochoa"); and words in capitals that are
//! a heading, no name.

use crate::lexicon::is_given_name;
use crate::list_names::name_word;
use crate::text::Doc;

/// A title that is a name too, capitalised: "Coronel" after a given name ("Leonardo Coronel"),
/// "Pastor" before one surname or before surnames only ("Pastor Ojeda", "Pastor Ramírez Ochoa",
/// where a pastor's title would stand before a whole name).
pub(crate) fn title_as_name(
    doc: &Doc<'_>,
    j: usize,
    words: usize,
    end: usize,
    in_hit: &[bool],
) -> bool {
    let capitalised = doc.tokens.get(j).is_some_and(|t| t.capitalised);
    capitalised
        && match doc.f(j) {
            // (Or after two words of a name: "Nancy Josefina Ávila Coronel".)
            "coronel" => {
                (words > 0 && is_given_name(doc.f(j - 1)))
                    || (words >= 2 && !(j + 1 < end && name_word(doc, j + 1, in_hit)))
            }
            "pastor" => {
                // ("Pastor Ojeda": one word after it; "Pastor Ramírez Ochoa": surnames only.)
                let one_word = !(j + 2 < end
                    && (name_word(doc, j + 2, in_hit) || matches!(doc.f(j + 2), "de" | "del")));
                let surnames_only = !is_given_name(doc.f(j + 1)) && !is_given_name(doc.f(j + 2));
                words == 0
                    && j + 1 < end
                    && name_word(doc, j + 1, in_hit)
                    && (one_word || surnames_only)
            }
            _ => false,
        }
}

/// Whether the words in capitals at `k..j` are a section's heading, no name: after "THE", or with
/// a contraction ("1) THE NUMBERS DON'T MATCH"); not after a Spanish article, which may open a
/// surname ("LOS SANTOS ÁLVAREZ", "EL HALABI SOTO, KARIM").
pub(crate) fn heading_words(doc: &Doc<'_>, k: usize, j: usize) -> bool {
    let article = k > 0
        && crate::surname_first::in_capitals(doc, k - 1)
        && doc.f(k - 1) == "the"
        && !doc.line_break_before(k);
    article || (k..j).any(|g| doc.f(g).ends_with("'t") || doc.f(g).ends_with("’t"))
}
