//! Finding person names: the [`PersonFinder`] trait and its rule-based implementation
//! (capitalised sequences with name particles, given-name lists, and context such as
//! titles, roles, ages and speech verbs).

use crate::lexicon::{is_given_name, is_not_name, is_surname, roles};
use amparo_text::Lang;

use crate::text::{Doc, TokenKind};

/// A byte span of a person's name in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
}

impl Span {
    /// The tokens the span covers, as a range of token indices (empty when it covers none).
    pub(crate) fn tokens(self, doc: &Doc<'_>) -> std::ops::Range<usize> {
        let first = doc.tokens.partition_point(|t| t.start < self.start);
        let last = doc.tokens.partition_point(|t| t.end <= self.end);
        first..last.max(first)
    }
}

/// Something that finds person names in a document.
pub trait PersonFinder: Send + Sync {
    /// Byte spans of person names in a document of language `lang`, in text order, not overlapping.
    fn persons(&self, doc: &Doc<'_>, lang: Lang) -> Vec<Span>;
}

/// Rule-based person finder: needs no model and runs at tokenizer speed.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleFinder;

/// Words before a name that make a capitalised sequence a person.
const CUES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "dra",
    "sr",
    "sra",
    "senor",
    "senora",
    "don",
    "dona",
    // ("D. Ignacio …", "Dña. Marta …")
    "d",
    "dna",
    "president",
    "presidente",
    "presidenta",
    "minister",
    "ministro",
    "ministra",
    "canciller",
    "brother",
    "hermano",
    "hermana",
    "sister",
    "son",
    "hijo",
    "hija",
    "daughter",
    "wife",
    "esposa",
    "husband",
    "esposo",
    "mother",
    "madre",
    "father",
    "padre",
    "citizen",
    "citizens",
    "ciudadano",
    "ciudadana",
    "ciudadanos",
    "ciudadanas",
    "leader",
    "lider",
    "general",
    "governor",
    "gobernador",
    "mayor",
    "alcalde",
    "alcaldesa",
    "fiscal",
    "judge",
    "juez",
    "jueza",
    "spokesman",
    "spokeswoman",
    "portavoz",
    "vocero",
    "researcher",
    "investigador",
    "investigadora",
    "defender",
    "defensora",
    "defensor",
    "humanos",
    "rights",
    "prisoner",
    "preso",
    "presa",
    "detainee",
    "detenido",
    "detenida",
    "opponent",
    "nephew",
    "sobrino",
    "sobrina",
    "cousin",
    "primo",
    "prima",
    "uncle",
    "tio",
    "tia",
    "partner",
    "pareja",
    "girlfriend",
    "boyfriend",
    "novia",
    "novio",
    "colleague",
    "companero",
    "companera",
    "a",
    "al",
];

/// Words after a name that make a capitalised sequence a person.
const AFTER_CUES: &[&str] = &[
    "said", "says", "told", "dijo", "afirmo", "declaro", "senalo", "explico", "denuncio", "who",
    "quien",
];

/// Lower-case particles allowed inside a name when a capitalised word follows ("Joost van den
/// Berg", "Ramón Antonio de los Santos").
pub(crate) const PARTICLES: &[&str] = &[
    "de", "del", "la", "las", "los", "da", "dos", "van", "von", "den", "der", "y",
];

/// A particle that opens no short form on its own ("de la Cruz" of "María de la Cruz", but see
/// `particle_surname`), but for a Dutch or German surname's own ("Van der Biest" of "Pieter van
/// der Biest").
pub(crate) fn leading_particle(w: &str) -> bool {
    PARTICLES.contains(&w) && !matches!(w, "van" | "von")
}

/// "De la Rosa" of "Johan Manuel De La Rosa", "Da Silva" of "Mónica Patricia Da Silva": a
/// surname its particles open, the last words of a name (read only where the text capitalises
/// its first particle, see the short forms in `persons::build`).
pub(crate) fn particle_surname(tail: &[String]) -> bool {
    tail.len() >= 2
        && tail.len() <= 3
        && tail[..tail.len() - 1]
            .iter()
            .all(|w| PARTICLES.contains(&w.as_str()))
}

/// A nickname in quotes inside a name, starting at the opening quote `j`: up to four tokens,
/// words each capitalised (or "el", "la" before one: "el Catire") or the stops of initials
/// ("P.J."). The token after the closing quote, where the name goes on.
pub(crate) fn nickname_end(doc: &Doc<'_>, j: usize) -> Option<usize> {
    if doc.f(j) != "\"" {
        return None;
    }
    let close = (j + 2..j + 6).find(|&k| doc.f(k) == "\"")?;
    let word = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
            || doc.f(k) == "."
            || (matches!(doc.f(k), "el" | "la") && k + 1 < close)
    };
    ((j + 1..close).all(word)
        && doc
            .tokens
            .get(j + 1)
            .is_some_and(|t| t.kind == TokenKind::Word))
    .then_some(close + 1)
}

impl RuleFinder {
    fn name_token(doc: &Doc<'_>, i: usize) -> bool {
        let Some(t) = doc.tokens.get(i) else {
            return false;
        };
        if t.kind != TokenKind::Word || !t.capitalised {
            return false;
        }
        // ("el preso del 11J Ariel X": a letter written onto a number is no initial.)
        if t.text.chars().count() == 1
            && i > 0
            && doc.tokens[i - 1].end == t.start
            && doc.tokens[i - 1].kind == TokenKind::Number
        {
            return false;
        }
        // "Julio" is a month and a given name: a given name wins when a capitalised word follows.
        let given_first = is_given_name(&t.folded)
            && doc
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.capitalised && n.kind == TokenKind::Word);
        // ("Nancy Josefina Ávila Coronel": a rank that is a surname too, after a name's words;
        // so a nationality, "Ramiro José Alemán Tinoco", before another.)
        // ("Mauricio Alemán Pineda": after a known given name alone, too.)
        let name_at = |j: usize| {
            doc.tokens[j].capitalised
                && doc.tokens[j].kind == TokenKind::Word
                && !is_not_name(&doc.tokens[j].folded)
        };
        // (And a Spanish demonym, which is written in lower case, capitalised right after a
        // known given name ends a name too: "Mauricio Alemán fue detenido".)
        let name_after = doc
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.capitalised && n.kind == TokenKind::Word && !is_not_name(&n.folded));
        let after_given = i >= 1 && name_at(i - 1) && is_given_name(&doc.tokens[i - 1].folded);
        let spanish = t.text.chars().any(|c| "áéíóúñÁÉÍÓÚÑ".contains(c));
        let surname_demonym = !crate::lexicon::nationalities(&t.folded).is_empty()
            && ((((i >= 2 && (i - 2..i).all(name_at)) || after_given) && name_after)
                || (after_given && spanish));
        let surname_rank = surname_demonym
            || t.folded == "coronel"
                && i >= 2
                && doc.tokens[i - 1].capitalised
                && doc.tokens[i - 2].capitalised
                && doc.tokens[i - 1].kind == TokenKind::Word
                && !is_not_name(&doc.tokens[i - 1].folded);
        // ("el mayor Franklin Said Hadad Rivas": an Arabic given name that is an English verb.)
        let said = t.folded == "said"
            && t.capitalised
            && i >= 1
            && doc.tokens[i - 1].capitalised
            && doc.tokens[i - 1].kind == TokenKind::Word
            && !is_not_name(&doc.tokens[i - 1].folded)
            && doc.tokens.get(i + 1).is_some_and(|n| {
                n.capitalised && !matches!(n.folded.as_str(), "to" | "that" | "the" | "and")
            });
        if is_not_name(&t.folded) && !given_first && !surname_rank && !said {
            return false;
        }
        // Acronyms (RNE, SEBIN) are organisations, not names; "McDonald", "DeBre" are fine.
        let upper = t.text.chars().filter(|c| c.is_uppercase()).count();
        !(upper >= 2 && upper == t.text.chars().count())
    }

    fn initial(doc: &Doc<'_>, i: usize) -> bool {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.capitalised && t.text.chars().count() == 1)
            && doc.tokens.get(i + 1).is_some_and(|t| t.text == ".")
    }

    /// The end of a name sequence starting at `i` (exclusive, in tokens), and how many of its
    /// tokens are nicknames' quotes and words.
    fn sequence_end(doc: &Doc<'_>, i: usize, sentence_end: usize) -> (usize, usize) {
        let mut j = i + 1;
        // The quotes and words of a nickname do not count towards a name's length.
        let mut nickname = 0;
        while j < sentence_end && j - i < 7 + nickname {
            if Self::name_token(doc, j) {
                j += 1;
            } else if Self::initial(doc, j) && Self::name_token(doc, j + 2) {
                j += 2;
            } else if let Some(after) = nickname_end(doc, j).filter(|&a| Self::name_token(doc, a)) {
                // A nickname in quotes: Francisco Javier "Paco" Benítez, Luis "el Catire" Ríos.
                nickname += after - j;
                j = after;
            } else if PARTICLES.contains(&doc.f(j)) && !doc.tokens[j].capitalised {
                // "de la Cruz", "del Valle"
                let mut k = j;
                while k < sentence_end && PARTICLES.contains(&doc.f(k)) && k - j < 2 {
                    k += 1;
                }
                if Self::name_token(doc, k) && doc.f(j) != "y" {
                    j = k + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        (j, nickname)
    }

    /// Whether tokens `first..last` are a name; `nickname` of them are a nickname's quotes and
    /// words, which do not count as its words.
    fn accept(
        doc: &Doc<'_>,
        first: usize,
        last: usize,
        nickname: usize,
        sentence_first: usize,
    ) -> bool {
        let words = (last - first).saturating_sub(nickname);
        if (is_given_name(doc.f(first)) || is_surname(doc.f(last - 1))) && words >= 2 {
            return true;
        }
        if words < 2 {
            return false;
        }
        let before = (first.saturating_sub(3).max(sentence_first)..first)
            .any(|k| CUES.contains(&doc.f(k)) || !roles(doc.f(k)).is_empty());
        // ("Eleazar Antonio Quevedo, de 47 años, técnico…": an age in words, too.)
        // ("Dayerling Marcano Reyes, a 31-year-old manicurist, …": the age after "a".)
        let age = doc.f(last) == ","
            && (doc.is_number(last + 1)
                || (matches!(doc.f(last + 1), "a" | "an") && doc.is_number(last + 2))
                || (doc.f(last + 1) == "de"
                    && doc.is_number(last + 2)
                    && doc.f(last + 3) == "anos"
                    && roles(doc.f(first)).is_empty()
                    && (first..last).all(|k| crate::given_names::no_place_de(doc, k))));
        let after = AFTER_CUES.contains(&doc.f(last))
            || (doc.f(last) == "," && AFTER_CUES.contains(&doc.f(last + 1)));
        // ("Uladzimir Karpovich, a lawyer with…", "Yaraslau Dzemidovich, el fundador…": a role in
        // apposition.)
        let apposition = doc.f(last) == ","
            && (last + 1..last + 4).any(|k| !roles(doc.f(k)).is_empty())
            && (last + 1..last + 4).all(|k| !doc.tokens.get(k).is_some_and(|t| t.capitalised))
            // (Not "Era Elías Benshimol…", "Co-defendant Gleb…": a word the text writes in lower
            // case elsewhere, or a role, opens no name.)
            && roles(doc.f(first)).is_empty()
            && (is_given_name(doc.f(first)) || !is_given_name(doc.f(first + 1)))
            && !doc.tokens[first].text.contains('-')
            && !doc
                .tokens
                .iter()
                .any(|t| !t.capitalised && t.folded == doc.tokens[first].folded);
        // "Yeison Arboleda and Marcela Quishpe were freed", "Ana Rivas fue excarcelada": the
        // first of a list of names, or the subject of a custody event, at a sentence's start;
        // "Crisanto Villafañe: arresto domiciliario", a list's status after a colon.
        let capital = |k: usize| {
            doc.tokens
                .get(k)
                .is_some_and(|t| t.capitalised && t.kind == TokenKind::Word)
        };
        let listed = matches!(doc.f(last), "," | "and" | "y" | ";")
            && capital(last + 1)
            && capital(last + 2);
        let event = matches!(
            doc.f(last),
            "was" | "were" | "fue" | "fueron" | "remains" | "sigue" | "permanece"
        ) && !crate::triggers::find(doc, last + 1, (last + 3).min(doc.tokens.len()))
            .is_empty()
            || (doc.f(last) == ":" && crate::list_status::colon_status(doc, last).is_some());
        // Inside a sentence, two to four name-like capitalised words are a name (places and
        // organisations are removed by the gazetteer and the organisation words); a
        // sentence-initial pair needs more evidence.
        let inside = first > sentence_first && words <= 4 && !doc.f(first - 1).starts_with('"');
        (before && first > sentence_first)
            || age
            || after
            || inside
            || listed
            || event
            || apposition
    }
}

impl PersonFinder for RuleFinder {
    fn persons(&self, doc: &Doc<'_>, _lang: Lang) -> Vec<Span> {
        let mut out = Vec::new();
        for s in &doc.sentences {
            let mut i = s.first;
            while i < s.last {
                let caps = crate::prose_capitals::name_end(doc, i, s.first, s.last);
                if !Self::name_token(doc, i) && caps.is_none() {
                    i += 1;
                    continue;
                }
                let (end, nickname) =
                    caps.map_or_else(|| Self::sequence_end(doc, i, s.last), |e| (e, 0));
                // Trailing particles never end a name.
                let mut last = end;
                while last > i + 1 && PARTICLES.contains(&doc.f(last - 1)) {
                    last -= 1;
                }
                if Self::accept(doc, i, last, nickname, s.first) {
                    out.push(Span {
                        start: doc.tokens[i].start,
                        end: doc.tokens[last - 1].end,
                    });
                }
                i = end.max(i + 1);
            }
        }
        out
    }
}
