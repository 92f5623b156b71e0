//! Tells Spanish from English by counting frequent function words of each language.

use crate::tags::Lang;

const SPANISH: &[&str] = &[
    "de", "la", "el", "en", "y", "los", "las", "del", "que", "por", "con", "una", "un", "para",
    "se", "su", "al", "fue", "es", "lo", "como", "más", "pero", "sus", "le", "ya", "o", "este",
    "sí", "porque", "esta", "entre", "cuando", "muy", "sin", "sobre", "también", "me", "hasta",
    "hay", "donde", "desde", "todo", "nos", "durante", "uno", "ni", "contra", "ese", "eso",
];

const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "by", "as", "at",
    "from", "his", "her", "he", "she", "it", "an", "be", "are", "were", "has", "have", "had",
    "this", "which", "or", "not", "but", "they", "their", "been", "who", "will", "would", "after",
    "said", "its", "into", "than", "we", "you", "about", "over", "also",
];

/// The language with more function-word hits among the words of `text`; Spanish on a tie
/// (the registry's main language).
pub fn detect_language(text: &str) -> Lang {
    let (mut spanish, mut english) = (0usize, 0usize);
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(20_000)
    {
        let lower = word.to_lowercase();
        spanish += usize::from(SPANISH.contains(&lower.as_str()));
        english += usize::from(ENGLISH.contains(&lower.as_str()));
    }
    if english > spanish {
        Lang::En
    } else {
        Lang::Es
    }
}
