//! Sources: the documents facts come from, with the hash of their original bytes.

use crate::text::choice_enum;
use crate::{DomainError, PartialDate, SourceId};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256 as Hasher};
use std::fmt;

choice_enum! {
    /// What kind of document a source is.
    pub enum SourceKind: "source kind" {
        NewsArticle = "news-article",
        NgoList = "ngo-list",
        OfficialStatement = "official-statement",
        CourtRecord = "court-record",
        Testimony = "testimony",
        ConsularNote = "consular-note",
    }
}

impl SourceKind {
    /// Whether sources of this kind are internal to the organisation: a testimony comes
    /// from a family or a witness, who is not named to the public.
    pub fn is_private(self) -> bool {
        self == SourceKind::Testimony
    }
}

choice_enum! {
    /// The language a source is written in.
    pub enum Language: "language" {
        Spanish = "es",
        English = "en",
        Portuguese = "pt",
        French = "fr",
        Other = "other",
    }
}

choice_enum! {
    /// How far the source itself is trusted, on the A–F scale intelligence and human-rights
    /// documenters use (A: completely reliable ... E: unreliable, F: cannot be judged).
    pub enum Reliability: "reliability" {
        A = "a",
        B = "b",
        C = "c",
        D = "d",
        E = "e",
        F = "f",
    }
}

/// A SHA-256 digest.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Sha256([u8; 32]);

impl Sha256 {
    /// All zeros: the previous hash of the first audit entry.
    pub const ZERO: Sha256 = Sha256([0; 32]);

    /// The digest of some bytes.
    pub fn of(bytes: &[u8]) -> Sha256 {
        Sha256(Hasher::digest(bytes).into())
    }

    /// Parses 64 hexadecimal digits.
    pub fn parse(input: &str) -> Result<Sha256, DomainError> {
        let bad = || DomainError::InvalidHash {
            input: input.to_owned(),
        };
        let text = input.trim().as_bytes();
        if text.len() != 64 {
            return Err(bad());
        }
        let mut out = [0u8; 32];
        for (i, pair) in text.chunks(2).enumerate() {
            let hi = (pair[0] as char).to_digit(16).ok_or_else(bad)?;
            let lo = (pair[1] as char).to_digit(16).ok_or_else(bad)?;
            out[i] = (hi * 16 + lo) as u8;
        }
        Ok(Sha256(out))
    }

    /// The raw digest bytes.
    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Display for Sha256 {
    /// Lower-case hex, written in one piece: audit entries format three hashes each, and an
    /// import writes millions of them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut out = [0u8; 64];
        for (i, b) in self.0.iter().enumerate() {
            out[2 * i] = HEX[usize::from(b >> 4)];
            out[2 * i + 1] = HEX[usize::from(b & 0x0f)];
        }
        f.write_str(std::str::from_utf8(&out).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Debug for Sha256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sha256({self})")
    }
}

impl TryFrom<String> for Sha256 {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Sha256::parse(&s)
    }
}

impl From<Sha256> for String {
    fn from(h: Sha256) -> String {
        h.to_string()
    }
}

/// A document facts come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: SourceId,
    pub kind: SourceKind,
    pub publisher: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub language: Option<Language>,
    /// SHA-256 of the original bytes, when they were given.
    pub sha256: Option<Sha256>,
    pub reliability: Reliability,
}

impl Source {
    /// A source with the fields every source needs; the publisher must not be empty.
    pub fn new(id: SourceId, kind: SourceKind, publisher: &str) -> Result<Source, DomainError> {
        let publisher = publisher.trim();
        if publisher.is_empty() {
            return Err(DomainError::Empty { field: "publisher" });
        }
        Ok(Source {
            id,
            kind,
            publisher: publisher.to_owned(),
            title: None,
            url: None,
            published: None,
            language: None,
            sha256: None,
            reliability: Reliability::F,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_round_trip_through_hex() {
        let h = Sha256::of(b"amparo");
        assert_eq!(Sha256::parse(&h.to_string()), Ok(h));
        assert!(Sha256::parse("abc").is_err());
        assert!(Sha256::parse(&"zz".repeat(32)).is_err());
    }
}
