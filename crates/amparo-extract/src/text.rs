//! Tokens, sentences and paragraphs of a text, with accent- and case-folded forms for matching;
//! by hand, for byte offsets and sentence ends that know press abbreviations ("U.S.", "Sr.").

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and inner apostrophes or hyphens).
    Word,
    /// Digits, possibly with thousands separators ("2,000", "1.500").
    Number,
    /// Anything else, one character.
    Punct,
}

/// One token with byte offsets into the original text.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// The token as written.
    pub text: &'a str,
    /// Lower-cased, accents removed, typographic quotes made plain.
    pub folded: String,
    /// What the token is made of.
    pub kind: TokenKind,
    /// Starts with an upper-case letter.
    pub capitalised: bool,
}

/// A sentence: a range of tokens, with its paragraph number.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// First token index.
    pub first: usize,
    /// Index after the last token.
    pub last: usize,
    /// Paragraph number (blank lines separate paragraphs).
    pub paragraph: usize,
    /// Starts a line of the text.
    pub line_start: bool,
}

/// A tokenised text.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The original text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: Vec<Token<'a>>,
    /// Its sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Whether its numeric dates print the month first ("Dates are month/day/year", or a
    /// "08/14/2024" and no "14/08/2024").
    pub month_first: bool,
    /// The marks a list's legend defines, each with the token its definition starts at:
    /// ("\"HA\" means the person was moved to house arrest": `HA` and the token after "means").
    pub marks: Vec<(&'a str, usize)>,
    /// The country it tells of (ISO alpha-2), whose nationals are no foreigners there.
    pub home: &'static str,
    /// Whether a line opens on a broadcast's or an interview's turn in capitals ("LOCUTORA:",
    /// "HOST:"): a transcript, whose names in capitals before a colon are its speakers.
    pub broadcast: bool,
    /// The folded words the text writes in lower case somewhere, gathered when first asked for
    /// (see `Doc::lower_elsewhere`).
    pub lower_words: std::cell::OnceCell<std::collections::HashSet<String>>,
}

pub use amparo_text::{fold, fold_char};

/// Splits text into tokens.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let emphasis = crate::emphasis::emphasis_marks(&chars);
    let mut i = 0;
    while i < n {
        let (start, c) = chars[i];
        if c.is_whitespace() || emphasis[i] {
            i += 1;
            continue;
        }
        let kind;
        let mut j = i + 1;
        if c.is_alphabetic() {
            kind = TokenKind::Word;
            while j < n {
                let d = chars[j].1;
                let joiner = matches!(d, '\'' | '’' | '-')
                    && j + 1 < n
                    && chars[j + 1].1.is_alphabetic()
                    // "Maduro's" splits so the possessive stays apart; "O'Brien" and "Venezuelan-Spanish" stay whole.
                    && !(matches!(d, '\'' | '’') && chars[j + 1].1 == 's' && (j + 2 >= n || !chars[j + 2].1.is_alphabetic()));
                // ("Decem-\nber": a word a PDF's line broke, one word, folded without the break.)
                let broken = d == '-'
                    && chars.get(j + 1).is_some_and(|x| x.1 == '\n')
                    && chars.get(j + 2).is_some_and(|x| x.1.is_lowercase());
                // ("Suárez Linares15.332.908", a PDF's table without its cells: an ID's figures.)
                let digit = d.is_ascii_digit() && !(j - i >= 3 && chars[j - 1].1.is_lowercase());
                if !(d.is_alphabetic() || digit || joiner || broken) {
                    break;
                }
                j += 1 + usize::from(broken);
            }
        } else if c.is_ascii_digit() {
            kind = TokenKind::Number;
            while j < n {
                let d = chars[j].1;
                let sep = matches!(d, ',' | '.') && j + 1 < n && chars[j + 1].1.is_ascii_digit();
                if !(d.is_ascii_digit() || sep) {
                    break;
                }
                j += 1;
            }
        } else {
            kind = TokenKind::Punct;
        }
        let end = if j < n { chars[j].0 } else { text.len() };
        let slice = &text[start..end];
        let folded: String = slice
            .split("-\n")
            .flat_map(str::chars)
            .map(fold_char)
            .collect();
        tokens.push(Token {
            start,
            end,
            text: slice,
            folded,
            kind,
            capitalised: c.is_uppercase(),
        });
        i = j;
    }
    tokens
}

/// Builds a document: tokens and sentences.
pub fn parse(text: &str) -> Doc<'_> {
    let tokens = tokenize(text);
    let mut sentences = Vec::new();
    let mut first = 0;
    let mut paragraph = 0;
    let mut next_paragraph = 0;
    let mut line_first = 0;
    let mut line_start = true;
    // A dateline ("CARACAS, 18 ene (Agencias) —") is a sentence of its own: its date is the
    // publication's and its capitals are a place.
    let mut dateline_end = crate::printed_dates::dateline(text, &tokens, 0);
    let wrapped = crate::hard_wrap::hard_wrapped(text);
    for i in 0..tokens.len() {
        let t = &tokens[i];
        let next = tokens.get(i + 1);
        let gap = next.map(|n| &text[t.end..n.start]).unwrap_or("");
        let newlines = gap.matches('\n').count();
        // (A line a PDF's hard wrap broke goes on in the next.)
        let joined = newlines == 1
            && wrapped.is_some_and(|w| crate::hard_wrap::goes_on(w, text, &tokens, line_first, i));
        let mut boundary = (newlines > 0 && !joined) || next.is_none() || dateline_end == Some(i);
        // "1. NOMBRE APELLIDO": the number of a list item does not end a sentence.
        let item_number = i == line_first + 1 && tokens[line_first].kind == TokenKind::Number;
        // ("4. Ihar Lapko and 5. Darya Lapko": a second item's number inside a numbered line.)
        let joined_number = i > 1
            && tokens[line_first].kind == TokenKind::Number
            && tokens[i - 1].kind == TokenKind::Number
            && tokens[i - 1].text.len() <= 3
            && matches!(tokens[i - 2].folded.as_str(), "and" | "y" | "e" | "&");
        // ("a. Yunior Machado;": a letter marks the item as well.)
        let item_letter =
            i == line_first + 1 && crate::hard_wrap::letter_marker(&tokens, line_first);
        let item_number = item_number || joined_number || item_letter;
        if !boundary && !item_number && matches!(t.text, "." | "!" | "?" | "…") {
            let prev_abbrev = i > 0
                && t.text == "."
                && tokens[i - 1].end == t.start
                && (crate::abbreviations::ABBREVIATIONS.contains(&tokens[i - 1].folded.as_str())
                    || crate::abbreviations::TITLE_ABBREVIATIONS
                        .contains(&tokens[i - 1].folded.as_str()));
            let next_starts = next.is_some_and(|n| {
                n.capitalised
                    || n.kind == TokenKind::Number
                    || matches!(n.text, "\"" | "“" | "«" | "(" | "‘" | "'")
            });
            // ("Ángel R. Villamizar", "J. R. Epieyú": an initial inside a name; not the roman
            // numeral of "Rodeo I. La fiscal…".)
            let initial = i > 1
                && t.text == "."
                && tokens[i - 1].end == t.start
                && tokens[i - 1].text.chars().count() == 1
                && !matches!(tokens[i - 1].text, "I" | "V" | "X")
                && tokens[i - 1].text.chars().all(char::is_uppercase)
                && (tokens[i - 2].capitalised && tokens[i - 2].kind == TokenKind::Word
                    || next.is_some_and(|n| n.text.chars().count() == 1 && n.capitalised)
                    // ("12. A. J. MONTILLA": the last of a run of initials.)
                    || (i > 2
                        && tokens[i - 2].text == "."
                        && tokens[i - 3].text.chars().count() == 1
                        && tokens[i - 3].capitalised));
            // ("(C.I. V-14.556.789)": the cédula's abbreviation, before its number.)
            let cedula = i > 2
                && tokens[i - 1].folded == "i"
                && tokens[i - 2].text == "."
                && tokens[i - 3].folded == "c"
                && next.is_some_and(|n| {
                    n.kind == TokenKind::Number || matches!(n.folded.as_str(), "v" | "e")
                });
            boundary = !prev_abbrev && !initial && !cedula && next_starts && !gap.is_empty();
        }
        boundary |= crate::abbreviations::quoted_stop(&tokens, i, gap);
        if boundary {
            sentences.push(Sentence {
                first,
                last: i + 1,
                paragraph,
                line_start,
            });
            first = i + 1;
            line_start = newlines > 0;
            if newlines > 0 {
                line_first = i + 1;
                dateline_end = crate::printed_dates::dateline(text, &tokens, i + 1);
            }
            if newlines >= 2 {
                next_paragraph += 1;
            }
            paragraph = next_paragraph;
        }
    }
    let month_first = crate::printed_dates::month_first(text, &tokens);
    let marks = crate::legend_words::legend_marks(&tokens);
    let home = crate::home_country::home_country(&tokens);
    let mut doc = Doc {
        text,
        tokens,
        sentences,
        month_first,
        marks,
        home,
        broadcast: false,
        lower_words: std::cell::OnceCell::new(),
    };
    doc.broadcast = crate::speaker_labels::broadcast(&doc);
    doc
}

impl Doc<'_> {
    /// Whether the text writes the folded word `w` in lower case somewhere: a common word, even
    /// where it stands in capitals.
    pub(crate) fn lower_elsewhere(&self, w: &str) -> bool {
        self.lower_words
            .get_or_init(|| {
                (self.tokens.iter())
                    .filter(|o| !o.capitalised)
                    .map(|o| o.folded.clone())
                    .collect()
            })
            .contains(w)
    }

    /// The first of up to `most` tokens right before `i` that are all among `words` (`i` itself
    /// when the token before is none of them): "fueron enviados" read back from "enviados".
    pub(crate) fn back_over(&self, i: usize, most: usize, words: &[&str]) -> usize {
        let mut k = i;
        while k > 0 && i - k < most && words.contains(&self.f(k - 1)) {
            k -= 1;
        }
        k
    }

    /// The index of the sentence that holds token `k` (sentences are consecutive and in order;
    /// the number of sentences past the last).
    pub fn sentence_index(&self, k: usize) -> usize {
        self.sentences.partition_point(|s| s.last <= k)
    }

    /// The sentence that holds token `k` (sentences are consecutive and in order).
    pub fn sentence_at(&self, k: usize) -> Option<&Sentence> {
        self.sentences
            .get(self.sentence_index(k))
            .filter(|s| s.first <= k)
    }

    /// Tokens of a sentence.
    pub fn sentence_tokens(&self, s: &Sentence) -> &[Token<'_>] {
        self.tokens.get(s.first..s.last).unwrap_or(&[])
    }

    /// Byte span of a sentence.
    pub fn sentence_span(&self, s: &Sentence) -> (usize, usize) {
        let start = self.tokens.get(s.first).map_or(0, |t| t.start);
        let end = s
            .last
            .checked_sub(1)
            .and_then(|i| self.tokens.get(i))
            .map_or(start, |t| t.end);
        (start, end)
    }

    /// Whether a line ends between token `k - 1` and token `k`.
    pub fn line_break_before(&self, k: usize) -> bool {
        self.tokens
            .get(k.wrapping_sub(1))
            .zip(self.tokens.get(k))
            .is_some_and(|(a, b)| {
                self.text
                    .get(a.end..b.start)
                    .is_some_and(|g| g.contains('\n'))
            })
    }

    /// Folded token at an index, or "" past the ends.
    /// Whether token `i` is a number ("12", "2025", "3,5").
    pub fn is_number(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }

    pub fn f(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.folded.as_str())
    }

    /// Whether the folded tokens starting at `i` are exactly `words` (space-separated).
    pub fn matches_at(&self, i: usize, words: &str) -> bool {
        // Hot path of every word list: compare in place, without splitting `words`.
        let mut rest = words;
        let mut k = i;
        loop {
            let f = self.f(k);
            if f.is_empty() || !rest.starts_with(f) {
                return false;
            }
            rest = &rest[f.len()..];
            if rest.is_empty() {
                return true;
            }
            match rest.strip_prefix(' ') {
                Some(r) => rest = r,
                None => return false,
            }
            k += 1;
        }
    }

    /// Whether any of `phrases` (folded, space-separated) starts at token `i`.
    pub fn matches_any_at(&self, i: usize, phrases: &[&str]) -> bool {
        phrases.iter().any(|p| self.matches_at(i, p))
    }

    /// Number of words in a text, counted as the benchmark counts them.
    pub fn word_count(&self) -> usize {
        self.tokens
            .iter()
            .filter(|t| t.kind != TokenKind::Punct)
            .count()
    }
}

impl Doc<'_> {
    pub(crate) fn is_quote(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| matches!(t.folded.as_str(), "\"" | "'"))
    }

    /// Like [`Doc::matches_at`], letting quotation marks stand between the words.
    pub fn matches_at_skipping_quotes(&self, i: usize, words: &str) -> bool {
        let mut k = i;
        for w in words.split(' ') {
            while self.is_quote(k) && k > i {
                k += 1;
            }
            if self.f(k) != w {
                return false;
            }
            k += 1;
        }
        true
    }

    /// The index after `n` words from `i`, quotation marks not counted.
    pub fn skip_quotes_words(&self, i: usize, n: usize) -> usize {
        let mut k = i;
        let mut seen = 0;
        while seen < n && k < self.tokens.len() {
            if !self.is_quote(k) {
                seen += 1;
            }
            k += 1;
        }
        while self.is_quote(k) {
            k += 1;
        }
        k
    }
}
