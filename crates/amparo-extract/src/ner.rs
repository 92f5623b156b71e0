//! A person finder that combines the statistical tagger of `amparo-ner` with the rules: the
//! tagger's PER spans, filtered (no place, organisation or role words) and merged with the
//! rule-based spans, the longer span winning where they overlap.

use amparo_ner::{EntityLabel, NerError, Tagger};
use amparo_text::Lang;

use crate::lexicon::{is_given_name, is_not_name};
use crate::names::{PersonFinder, RuleFinder, Span};
use crate::text::{Doc, TokenKind};

/// Tagger spans merged with rule spans.
pub struct NerFinder {
    es: Tagger,
    en: Tagger,
    rules: RuleFinder,
}

impl std::fmt::Debug for NerFinder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NerFinder")
    }
}

impl NerFinder {
    /// Loads the bundled Spanish and English taggers.
    pub fn bundled() -> Result<Self, NerError> {
        Ok(Self {
            es: Tagger::bundled(Lang::Es)?,
            en: Tagger::bundled(Lang::En)?,
            rules: RuleFinder,
        })
    }

    /// Whether a tagger span looks like a name to the rules too: two or more capitalised
    /// words, none of them a place, organisation, title or role word (given names excepted).
    fn plausible(doc: &Doc<'_>, span: Span) -> bool {
        let words: Vec<_> = doc
            .tokens
            .iter()
            .filter(|t| t.start >= span.start && t.end <= span.end && t.kind == TokenKind::Word)
            .collect();
        words.len() >= 2
            && words.iter().all(|t| {
                let particle = matches!(
                    t.folded.as_str(),
                    "de" | "del" | "la" | "las" | "los" | "y" | "van" | "von" | "da"
                );
                particle || (t.capitalised && (!is_not_name(&t.folded) || is_given_name(&t.folded)))
            })
    }
}

impl PersonFinder for NerFinder {
    fn persons(&self, doc: &Doc<'_>, lang: Lang) -> Vec<Span> {
        let tagger = match lang {
            Lang::Es => &self.es,
            Lang::En => &self.en,
        };
        let mut spans = self.rules.persons(doc, lang);
        for e in tagger.entities(doc.text) {
            if e.label != EntityLabel::Per {
                continue;
            }
            let span = Span {
                start: e.start,
                end: e.end,
            };
            if !Self::plausible(doc, span) {
                continue;
            }
            let overlapping: Vec<usize> = (0..spans.len())
                .filter(|&i| spans[i].start < span.end && span.start < spans[i].end)
                .collect();
            let longer = overlapping
                .iter()
                .all(|&i| span.end - span.start > spans[i].end - spans[i].start);
            if overlapping.is_empty() {
                spans.push(span);
            } else if longer && overlapping.len() == 1 {
                spans[overlapping[0]] = span;
            }
        }
        spans.sort();
        spans
    }
}
