//! Language of a text (Spanish or English), by counting frequent function words.

use serde::{Deserialize, Serialize};

use crate::text::Doc;

/// The languages the extractor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Spanish.
    Es,
    /// English.
    En,
}

impl Lang {
    /// "es" or "en".
    pub fn code(self) -> &'static str {
        match self {
            Self::Es => "es",
            Self::En => "en",
        }
    }

    /// Parses "es"/"en" (any case).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "es" | "spa" | "spanish" => Some(Self::Es),
            "en" | "eng" | "english" => Some(Self::En),
            _ => None,
        }
    }
}

/// Detects the language of a parsed document (English when nothing tells).
pub fn detect(doc: &Doc<'_>) -> Lang {
    let (mut es, mut en) = (0usize, 0usize);
    for t in &doc.tokens {
        match t.folded.as_str() {
            "el" | "la" | "los" | "las" | "de" | "del" | "que" | "y" | "en" | "por" | "con"
            | "fue" | "para" | "una" | "su" | "se" | "al" => es += 1,
            "the" | "of" | "and" | "to" | "in" | "was" | "were" | "is" | "that" | "for"
            | "with" | "on" | "his" | "her" | "by" => en += 1,
            _ => {}
        }
    }
    if es > en { Lang::Es } else { Lang::En }
}
