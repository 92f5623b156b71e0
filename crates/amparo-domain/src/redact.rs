//! What the roles that do not see restricted fields may read of free text: excerpts and
//! titles with the names of hidden and initials-only persons, and anything shaped like a
//! national id, taken out.
//!
//! Names are scrubbed word by word, not as whole names, because sources write them in
//! pieces ("Basoa", "José M. Basoa", "BASOA, José María"): every word of three letters or
//! more of any name or alias of a protected person becomes its initial ("B."). That also
//! shortens a public person who shares a word with a protected one; privacy wins that trade.

use crate::{Person, Visibility};
use std::collections::HashSet;

/// Words that are never names to scrub: particles, which every other name has too.
const PARTICLES: &[&str] = &[
    "de", "del", "la", "las", "los", "san", "santa", "van", "von",
];

/// Scrubs protected names and national ids out of free text.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    /// Folded words to scrub.
    words: HashSet<String>,
}

impl Redactor {
    /// A redactor for the names of `persons` that are hidden or shown by initials only
    /// (public persons among them are ignored).
    pub fn new<'a>(persons: impl IntoIterator<Item = &'a Person>) -> Redactor {
        let mut words = HashSet::new();
        for person in persons {
            if person.visibility == Visibility::Public {
                continue;
            }
            for name in &person.names {
                for word in amparo_text::fold(name.as_str()).split(' ') {
                    if word.chars().count() >= 3 && !PARTICLES.contains(&word) {
                        words.insert(word.to_owned());
                    }
                }
            }
        }
        Redactor { words }
    }

    /// The text with every protected name word replaced by its initial and every run that
    /// looks like a national id (six or more digits, dots and dashes between them allowed,
    /// a V- or E- before them) replaced by "[…]". Linear in the text.
    pub fn scrub(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if c.is_alphabetic() {
                let end = rest
                    .char_indices()
                    .find(|(_, c)| !(c.is_alphabetic() || *c == '\'' || *c == '’'))
                    .map_or(rest.len(), |(i, _)| i);
                let word = &rest[..end];
                if self.words.contains(&amparo_text::fold(word)) {
                    out.extend(c.to_uppercase());
                    out.push('.');
                } else {
                    out.push_str(word);
                }
                rest = &rest[end..];
            } else if c.is_ascii_digit() {
                let end = rest
                    .char_indices()
                    .find(|(i, c)| {
                        !(c.is_ascii_digit()
                            || (matches!(c, '.' | '-' | ' ')
                                && rest[i + 1..].starts_with(|d: char| d.is_ascii_digit())))
                    })
                    .map_or(rest.len(), |(i, _)| i);
                let run = &rest[..end];
                if run.chars().filter(char::is_ascii_digit).count() >= 6 {
                    // A "V-" or "E-" just before belongs to the id too.
                    for prefix in ["V-", "E-", "V–", "E–", "V", "E"] {
                        if out.ends_with(prefix)
                            && !out[..out.len() - prefix.len()]
                                .ends_with(|c: char| c.is_alphanumeric())
                        {
                            out.truncate(out.len() - prefix.len());
                            break;
                        }
                    }
                    out.push_str("[…]");
                } else {
                    out.push_str(run);
                }
                rest = &rest[end..];
            } else {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{PersonId, PersonName};

    fn person(name: &str, visibility: Visibility) -> Person {
        let mut p = Person::new(PersonId::generate(), PersonName::parse(name).unwrap());
        p.visibility = visibility;
        p
    }

    #[test]
    fn protected_names_and_ids_leave_excerpts() {
        let mut hidden = person("Teodora Quintana Ruiz", Visibility::Hidden);
        hidden
            .names
            .push(PersonName::parse("La Negra Quintana").unwrap());
        let initials = person("José María Basoa", Visibility::Initials);
        let public = person("Ana Prado", Visibility::Public);
        let r = Redactor::new([&hidden, &initials, &public]);
        assert_eq!(
            r.scrub("Liberaron a Teodora QUINTANA y a José M. Basoa; Ana Prado sigue presa."),
            "Liberaron a T. Q. y a J. M. B.; Ana Prado sigue presa."
        );
        assert_eq!(
            r.scrub("cédula V-12.345.678, detenida el 3 de agosto de 2024 (863 presos)"),
            "cédula […], detenida el 3 de agosto de 2024 (863 presos)"
        );
        assert_eq!(r.scrub("C.I. 9876543."), "C.I. […].");
        assert_eq!(r.scrub("Núñez"), "Núñez");
        assert_eq!(Redactor::default().scrub("Basoa"), "Basoa");
    }
}
