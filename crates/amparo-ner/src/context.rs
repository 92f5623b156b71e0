//! Document context: how each word is written elsewhere in the same document. A surname that
//! opens a sentence ("Parodi consideró...") is ambiguous alone, but not when the document
//! also says "Carlos Parodi" or writes it capitalised mid-sentence. The flags use no labels,
//! so they are computed the same way in training and at run time.

use std::collections::HashMap;

use crate::lexicon;

/// Seen capitalised somewhere other than at the start of a sentence.
pub(crate) const CAPITALISED_INSIDE: u8 = 1;
/// Seen written in lower case.
pub(crate) const LOWER_CASE: u8 = 2;
/// Seen as the last word of a run of two or more capitalised words.
pub(crate) const RUN_LAST: u8 = 4;
/// Seen as the first word of a run of two or more capitalised words.
pub(crate) const RUN_FIRST: u8 = 8;
/// Seen right after a title or role word ("abogada", "presidente", "Mr.").
pub(crate) const AFTER_TITLE: u8 = 16;
/// Internal: this exact string occurred as an all-lower-case token.
const OCCURS_LOWER: u8 = 128;

/// Flags of every word of a document (or a block of sentences).
#[derive(Debug, Default)]
pub(crate) struct DocContext<'a> {
    words: HashMap<&'a str, u8>,
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

impl<'a> DocContext<'a> {
    /// Builds the flags from the sentences of one document.
    pub(crate) fn new(sentences: &[&[&'a str]]) -> DocContext<'a> {
        let mut words: HashMap<&'a str, u8> = HashMap::new();
        let mut mark = |word: &'a str, bit: u8| *words.entry(word).or_insert(0) |= bit;
        for tokens in sentences {
            for (k, &word) in tokens.iter().enumerate() {
                if !word.chars().any(char::is_uppercase) && word.chars().any(char::is_alphabetic) {
                    mark(word, OCCURS_LOWER);
                    continue;
                }
                if !capitalised(word) {
                    continue;
                }
                if k > 0 {
                    mark(word, CAPITALISED_INSIDE);
                    if lexicon::flags(&tokens[k - 1].to_lowercase()) & lexicon::PERSON_TITLE != 0 {
                        mark(word, AFTER_TITLE);
                    }
                }
                let before = k > 0 && capitalised(tokens[k - 1]);
                let after = tokens.get(k + 1).is_some_and(|w| capitalised(w));
                if before && !after {
                    mark(word, RUN_LAST);
                }
                if after && !before {
                    mark(word, RUN_FIRST);
                }
            }
        }
        DocContext { words }
    }

    /// The flags of `word` (exact case); `lower` is its lower-case form.
    pub(crate) fn flags(&self, word: &str, lower: &str) -> u8 {
        let own = self.words.get(word).copied().unwrap_or(0) & !OCCURS_LOWER;
        let lower_seen = self.words.get(lower).is_some_and(|b| b & OCCURS_LOWER != 0);
        own | if lower_seen { LOWER_CASE } else { 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_seen_after_a_given_name_is_marked() {
        let first: &[&str] = &["La", "abogada", "Marta", "Quintero", "habló", "."];
        let second: &[&str] = &[
            "Quintero",
            "dijo",
            "que",
            "la",
            "detención",
            "fue",
            "ilegal",
            ".",
        ];
        let context = DocContext::new(&[first, second]);
        let flags = context.flags("Quintero", "quintero");
        assert_eq!(
            flags & (RUN_LAST | CAPITALISED_INSIDE),
            RUN_LAST | CAPITALISED_INSIDE
        );
        assert_eq!(
            context.flags("Marta", "marta") & (RUN_FIRST | AFTER_TITLE),
            RUN_FIRST | AFTER_TITLE
        );
        assert_eq!(context.flags("La", "la") & LOWER_CASE, LOWER_CASE);
        assert_eq!(context.flags("Nadie", "nadie"), 0);
    }
}
