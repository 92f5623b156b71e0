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
        let (first, last) = {
            let r = span.tokens(doc);
            (r.start, r.end)
        };
        let words: Vec<_> = doc
            .tokens
            .get(first..last.max(first))
            .unwrap_or(&[])
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .collect();
        // (Not across a table's cells or into a number: "Marcos | V-25.330.818".)
        let crosses = doc
            .tokens
            .get(first..last.max(first))
            .unwrap_or(&[])
            .iter()
            .any(|t| t.text == "|" || t.text.chars().any(|c| c.is_ascii_digit()));
        words.len() >= 2
            && !crosses
            && words.iter().all(|t| {
                // (Not "dos", two in Spanish, inside a found name.)
                let particle =
                    crate::names::PARTICLES.contains(&t.folded.as_str()) && t.folded != "dos";
                particle || (t.capitalised && (!is_not_name(&t.folded) || is_given_name(&t.folded)))
            })
    }
}

impl NerFinder {
    /// Whether a span opens with a known given name or ends with a known surname.
    fn known_words(doc: &Doc<'_>, span: Span) -> bool {
        let (first, last) = {
            let r = span.tokens(doc);
            (r.start, r.end)
        };
        last > first
            && (is_given_name(&doc.tokens[first].folded)
                || crate::lexicon::is_surname(&doc.tokens[last - 1].folded))
    }
}

impl PersonFinder for NerFinder {
    fn persons(&self, doc: &Doc<'_>, lang: Lang) -> Vec<Span> {
        let tagger = match lang {
            Lang::Es => &self.es,
            Lang::En => &self.en,
        };
        // Rule spans are sorted and disjoint, and so are the tagger's: each tagger span finds
        // the rule spans it overlaps by binary search, keeping the merge linear.
        let mut spans = self.rules.persons(doc, lang);
        let rules = spans.len();
        for e in tagger.entities(doc.text) {
            if e.label != EntityLabel::Per {
                continue;
            }
            // A name never runs across a line break ("— FALSO\nSolórzano Vegas, detenida…"):
            // each line's part is weighed on its own.
            let parts: Vec<Span> = line_parts(doc.text, e.start, e.end).collect();
            let split = parts.len() > 1;
            for span in parts {
                // (A line's part must look like a name by its own words: "LUIS GUERRERO MORA\n
                // Exalcalde de Junín" leaves no "Exalcalde de Junín".)
                if !Self::plausible(doc, span) || (split && !Self::known_words(doc, span)) {
                    continue;
                }
                let span = surnames_in_capitals_after(
                    doc,
                    givens_before_surnames(doc, given_in_capitals_before(doc, span)),
                );
                let from = spans[..rules].partition_point(|s| s.end <= span.start);
                let overlapping: Vec<usize> = (from..rules)
                    .take_while(|&i| spans[i].start < span.end)
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
        }
        // (Not the employer of workers: "los ocho trabajadores de CVG Ferrominera Orinoco".)
        spans.retain(|&s| !employer(doc, s));
        spans.sort();
        spans
    }
}

/// Whether a span names whom workers work for: "los trabajadores de CVG Ferrominera Orinoco",
/// "employees of Minera Andina".
fn employer(doc: &Doc<'_>, span: Span) -> bool {
    let first = span.tokens(doc).start;
    let at = |k: Option<usize>| k.map_or("", |k| doc.f(k));
    (1..=2).any(|back| {
        let of = first.checked_sub(back);
        matches!(at(of), "de" | "of" | "at")
            && (back == 1
                || doc.tokens[first - 1]
                    .text
                    .chars()
                    .all(|c| c.is_ascii_uppercase()))
            && matches!(
                at(of.and_then(|k| k.checked_sub(1))),
                "trabajadores" | "empleados" | "obreros" | "workers" | "employees"
            )
    })
}

/// ("…(V-13.455.210), KEILA ALEJANDRA SUÁREZ PINTO (V-22.781.093)": a name in capitals whose
/// first given name the tagger leaves out of its span): the span reaching back
/// over one word in capitals before a known given name, after a list's joint or a measure's
/// "a"; not an event's word or a word no name holds ("DETENIDA ALEJANDRA…").
fn given_in_capitals_before(doc: &Doc<'_>, span: Span) -> Span {
    let first = span.tokens(doc).start;
    let Some(k) = first.checked_sub(1) else {
        return span;
    };
    let caps = crate::surname_first::in_capitals;
    // (A known given name opening the run of capitals: "Fue detenida KEILA ALEJANDRA…".)
    let joint = k == 0
        || (is_given_name(doc.f(k)) && !caps(doc, k - 1))
        || matches!(
            doc.f(k - 1),
            "," | ";" | "y" | "e" | "(" | ":" | "a" | "al" | "ciudadano" | "ciudadana"
        );
    let word = &doc.tokens[k];
    if caps(doc, first)
        && is_given_name(doc.f(first))
        && caps(doc, k)
        && word.kind == TokenKind::Word
        && word.text.chars().count() >= 3
        && (is_given_name(&word.folded) || !is_not_name(&word.folded))
        && !crate::word_index::is_event_word(&word.folded)
        && !crate::lexicon::is_surname(&word.folded)
        && joint
    {
        Span {
            start: word.start,
            end: span.end,
        }
    } else {
        span
    }
}

/// ("Los familiares de YORMAN RIVERO (34 años), KEILA ANDREÍNA MENDOZA SAAVEDRA (29 años)…": a
/// name in capitals whose given names, none known, the tagger leaves out of a span of
/// surnames, the last one known): the span reaching back over the one or two words in capitals before it, after a
/// list's joint or a preposition; not an event's word or a word no name holds.
fn givens_before_surnames(doc: &Doc<'_>, span: Span) -> Span {
    let r = span.tokens(doc);
    let caps = crate::surname_first::in_capitals;
    let surnames = r.end >= r.start + 2
        && (r.start..r.end).all(|k| caps(doc, k) && !is_given_name(doc.f(k)))
        && crate::lexicon::is_surname(doc.f(r.end - 1));
    if !surnames {
        return span;
    }
    let given = |k: usize| {
        let t = &doc.tokens[k];
        caps(doc, k)
            && t.kind == TokenKind::Word
            && t.text.chars().count() >= 3
            && !is_not_name(&t.folded)
            && !crate::lexicon::is_surname(&t.folded)
            && !crate::word_index::is_event_word(&t.folded)
            && !doc.lower_elsewhere(&t.folded)
    };
    let mut from = r.start;
    while from > 0 && from + 2 > r.start && given(from - 1) {
        from -= 1;
    }
    let joint = from.checked_sub(1).is_none_or(|k| {
        matches!(
            doc.f(k),
            "," | ";" | "y" | "e" | "(" | ":" | "a" | "al" | "de"
        )
    });
    if from < r.start && joint && !doc.line_break_before(r.start) {
        Span {
            start: doc.tokens[from].start,
            end: span.end,
        }
    } else {
        span
    }
}

/// ("a la ciudadana MARÍA GABRIELA FARÍAS DE MEDINA (V-8.334.561)": a name in capitals the
/// tagger cut short): the span reaching on over the words in capitals after it that may be a
/// name's (a particle between two), up to six words; not an event's word ("JOSÉ PÉREZ
/// DETENIDO"), a word no name holds, or one the text writes in lower case elsewhere ("…ZERPA
/// UZCÁTEGUI MEDIDA DE ARRESTO" beside "la medida").
fn surnames_in_capitals_after(doc: &Doc<'_>, span: Span) -> Span {
    let r = span.tokens(doc);
    let caps = crate::surname_first::in_capitals;
    if !(r.start..r.end).all(|k| caps(doc, k) || doc.tokens[k].kind != TokenKind::Word) {
        return span;
    }
    let name_word = |k: usize| crate::prose_capitals::name_word(doc, k);
    let line_end = |k: usize| doc.line_break_before(k);
    // (The tagger's own last words too, when the text writes them in lower case elsewhere.)
    let mut end = r.end;
    let named = is_given_name(doc.f(r.start));
    while named
        && end > r.start + 2
        && !name_word(end - 1)
        && doc.tokens[end - 1].kind == TokenKind::Word
    {
        end -= 1;
    }
    if end < r.end {
        return Span {
            start: span.start,
            end: doc.tokens[end - 1].end,
        };
    }
    let mut words = (r.start..r.end)
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
        .count();
    while end < doc.tokens.len() && words < 6 && !line_end(end) {
        if name_word(end) {
            end += 1;
            words += 1;
        } else if matches!(doc.f(end), "de" | "del")
            && end + 1 < doc.tokens.len()
            && !line_end(end + 1)
            && name_word(end + 1)
        {
            end += 2;
            words += 2;
        } else {
            break;
        }
    }
    match end.checked_sub(1).and_then(|k| doc.tokens.get(k)) {
        Some(t) if end > r.end => Span {
            start: span.start,
            end: t.end,
        },
        _ => span,
    }
}

/// The parts of `start..end` in `text` on each of its lines, without the spaces around them.
fn line_parts(text: &str, start: usize, end: usize) -> impl Iterator<Item = Span> + '_ {
    let mut from = start;
    text[start..end]
        .split('\n')
        .map(move |line| {
            let first = from + (line.len() - line.trim_start().len());
            let last = from + line.trim_end().len();
            from += line.len() + 1;
            Span {
                start: first,
                end: last.max(first),
            }
        })
        .filter(|s| s.end > s.start)
}
