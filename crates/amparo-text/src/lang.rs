//! The language of a text, Spanish or English, and its one detector.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The languages amparo reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Spanish: the organisations' language, and the answer when nothing tells.
    Es,
    /// English.
    En,
}

impl Lang {
    /// "es" or "en".
    pub fn code(self) -> &'static str {
        match self {
            Lang::Es => "es",
            Lang::En => "en",
        }
    }

    /// Parses "es"/"en" (also "spa"/"spanish"/"español", "eng"/"english"), any case, and
    /// the language part of a locale or language tag ("es_VE.UTF-8", "en-GB").
    pub fn parse(text: &str) -> Option<Lang> {
        let lower = text.trim().to_ascii_lowercase();
        let primary = lower.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match primary {
            "es" | "spa" | "spanish" | "espanol" => Some(Lang::Es),
            "en" | "eng" | "english" => Some(Lang::En),
            _ if lower == "español" => Some(Lang::Es),
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Frequent Spanish function words. Single letters ("y", "o", "a") are left out: a tag
/// column's "O" or an initial would count as Spanish.
const SPANISH: &[&str] = &[
    "de", "la", "el", "en", "los", "las", "del", "que", "por", "con", "una", "un", "para", "se",
    "su", "al", "fue", "es", "lo", "como", "más", "pero", "sus", "le", "ya", "este", "sí",
    "porque", "esta", "entre", "cuando", "muy", "sin", "sobre", "también", "hasta", "hay", "donde",
    "desde", "todo", "nos", "durante", "ni", "contra", "ese", "eso", "fueron", "han",
];

/// Frequent English function words (single letters left out, as for Spanish).
const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "by", "as", "at",
    "from", "his", "her", "he", "she", "it", "an", "be", "are", "were", "has", "have", "had",
    "this", "which", "or", "not", "but", "they", "their", "been", "who", "will", "would", "after",
    "said", "its", "into", "than", "we", "you", "about", "over", "also",
];

/// The language with more function-word hits among the first 20,000 words of `text`;
/// Spanish on a tie or when nothing tells. Reads the words as written (lower-cased), so a
/// document in either language with names, numbers or tags around it is judged by its prose.
pub fn detect(text: &str) -> Lang {
    let (mut spanish, mut english) = (0usize, 0usize);
    let mut lower = String::new();
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().nth(1).is_some())
        .take(20_000)
    {
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        spanish += usize::from(SPANISH.contains(&lower.as_str()));
        english += usize::from(ENGLISH.contains(&lower.as_str()));
    }
    if english > spanish {
        Lang::En
    } else {
        Lang::Es
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_decides_and_spanish_wins_a_tie() {
        assert_eq!(
            detect("Fue excarcelada el martes por la noche en Caracas."),
            Lang::Es
        );
        assert_eq!(
            detect("She was freed on Tuesday night in Caracas."),
            Lang::En
        );
        assert_eq!(detect("Rocío San Miguel"), Lang::Es);
        assert_eq!(detect(""), Lang::Es);
        // issue 9: a CoNLL tag column ("O") must not make English text Spanish.
        let conll = "1 EU B-ORG\n2 rejects O\n3 German B-MISC\n4 call O\n5 to O\n6 boycott O\n7 the O\n8 lamb O\n";
        assert_eq!(detect(conll), Lang::En);
    }

    #[test]
    fn codes_and_locales_parse() {
        assert_eq!(Lang::parse("es_VE.UTF-8"), Some(Lang::Es));
        assert_eq!(Lang::parse("en-GB"), Some(Lang::En));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("español"), Some(Lang::Es));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::Es.to_string(), "es");
    }
}
