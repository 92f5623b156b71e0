//! Persons: names as written, national id, sex, birth date, nationalities, roles, and how
//! visible they are to the public.

use crate::text::choice_enum;
use crate::{Access, CountryCode, DomainError, PartialDate, PersonId};
use serde::{Deserialize, Serialize};
use std::fmt;

choice_enum! {
    /// Sex as the sources record it.
    pub enum Sex: "sex" {
        Female = "female",
        Male = "male",
        Other = "other",
    }
}

choice_enum! {
    /// Who may see a person: families may ask that a relative not be named.
    pub enum Visibility: "visibility" {
        /// Named in public pages and exports.
        Public = "public",
        /// Shown to the public by initials only.
        Initials = "initials",
        /// Not shown to the public at all; counted in aggregates only.
        Hidden = "hidden",
    }
}

impl Visibility {
    /// The stricter of two visibilities (hidden over initials over public): a record
    /// merged into a protected person is protected as much.
    pub fn stricter(self, other: Visibility) -> Visibility {
        let rank = |v: Visibility| match v {
            Visibility::Public => 0,
            Visibility::Initials => 1,
            Visibility::Hidden => 2,
        };
        if rank(other) > rank(self) {
            other
        } else {
            self
        }
    }
}

choice_enum! {
    /// What a person does or is, as far as it matters for the record.
    pub enum PersonRole: "role" {
        Journalist = "journalist",
        MediaWorker = "media-worker",
        Lawyer = "lawyer",
        HumanRightsDefender = "human-rights-defender",
        Activist = "activist",
        Politician = "politician",
        Military = "military",
        Police = "police",
        Student = "student",
        Academic = "academic",
        TradeUnionist = "trade-unionist",
        Businessperson = "businessperson",
        Religious = "religious",
        Protester = "protester",
        PublicOfficial = "public-official",
        Relative = "relative",
        Other = "other",
    }
}

impl PersonRole {
    /// Roles that make a person "high profile" in reports, unless flagged explicitly.
    pub fn is_high_profile(self) -> bool {
        matches!(
            self,
            PersonRole::Journalist
                | PersonRole::Lawyer
                | PersonRole::HumanRightsDefender
                | PersonRole::Politician
                | PersonRole::TradeUnionist
        )
    }
}

/// A name as a source writes it; never normalised here (identity resolution does that).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PersonName(String);

impl PersonName {
    /// The longest name accepted, in characters: far above any real name with its aliases
    /// joined, far below what would let one cell fill a page or a log.
    pub const MAX_CHARS: usize = 300;

    /// A name with surrounding and repeated white space removed; it must not be empty nor
    /// longer than [`PersonName::MAX_CHARS`]. The length is checked first, reading at most
    /// that many characters, so a hostile million-character cell costs nothing.
    pub fn parse(input: &str) -> Result<PersonName, DomainError> {
        if input.trim().chars().nth(Self::MAX_CHARS).is_some() {
            return Err(DomainError::TooLong {
                field: "name",
                max: Self::MAX_CHARS,
            });
        }
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(DomainError::Empty { field: "name" });
        }
        Ok(PersonName(name))
    }

    /// The name as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// "María José Pérez" → "M. J. P."
    pub fn initials(&self) -> String {
        self.0
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_alphabetic())
            .map(|c| format!("{}.", c.to_uppercase()))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl fmt::Display for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for PersonName {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        PersonName::parse(&s)
    }
}

impl From<PersonName> for String {
    fn from(n: PersonName) -> String {
        n.0
    }
}

/// A national identity number. The Venezuelan cédula "V-12.345.678", "V12345678" and
/// "12345678" are one number: it is kept as its prefix letter (V national, E foreigner,
/// when given) and its digits, and compared by digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct NationalId {
    prefix: Option<char>,
    digits: String,
}

impl NationalId {
    /// Parses a cédula-like number: an optional letter prefix, then digits with optional
    /// dots, dashes or spaces.
    pub fn parse(input: &str) -> Result<NationalId, DomainError> {
        let bad = |reason| DomainError::InvalidNationalId {
            input: input.to_owned(),
            reason,
        };
        let trimmed = input.trim();
        let mut chars = trimmed.chars().peekable();
        let prefix = match chars.peek() {
            Some(c) if c.is_ascii_alphabetic() => {
                let p = c.to_ascii_uppercase();
                chars.next();
                Some(p)
            }
            _ => None,
        };
        let mut digits = String::new();
        for c in chars {
            match c {
                '0'..='9' => digits.push(c),
                '.' | '-' | ' ' | ',' => {}
                _ => {
                    return Err(bad(
                        "only a letter prefix, digits, dots and dashes are allowed",
                    ));
                }
            }
        }
        let digits = digits.trim_start_matches('0').to_owned();
        if digits.len() < 4 || digits.len() > 12 {
            return Err(bad("it must have between 4 and 12 digits"));
        }
        Ok(NationalId { prefix, digits })
    }

    /// The digits alone, the form ids are compared by.
    pub fn digits(&self) -> &str {
        &self.digits
    }

    /// The letter prefix, if the source gave one.
    pub fn prefix(&self) -> Option<char> {
        self.prefix
    }
}

impl fmt::Display for NationalId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.prefix {
            Some(p) => write!(f, "{p}-{}", self.digits),
            None => f.write_str(&self.digits),
        }
    }
}

impl TryFrom<String> for NationalId {
    type Error = DomainError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        NationalId::parse(&s)
    }
}

impl From<NationalId> for String {
    fn from(n: NationalId) -> String {
        n.to_string()
    }
}

/// A person in the registry. The first name is the one shown; the others are aliases as
/// other sources wrote them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub names: Vec<PersonName>,
    /// Restricted.
    pub national_id: Option<NationalId>,
    pub sex: Option<Sex>,
    pub birth_date: Option<PartialDate>,
    pub nationalities: Vec<CountryCode>,
    pub roles: Vec<PersonRole>,
    pub visibility: Visibility,
    /// An explicit high-profile flag, beside the roles that imply it.
    pub high_profile: bool,
    /// Restricted: how to reach the family or lawyer.
    pub contacts: Option<String>,
    /// Restricted: health information.
    pub health: Option<String>,
    /// Restricted: the documenters' internal notes.
    pub notes: Option<String>,
    /// Set when this record was merged into another person: reads then show its facts
    /// under that person. A merge is undone by clearing it (see `amparo person unmerge`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged_into: Option<PersonId>,
}

impl Person {
    /// A person with one name and nothing else known yet.
    pub fn new(id: PersonId, name: PersonName) -> Person {
        Person {
            id,
            names: vec![name],
            national_id: None,
            sex: None,
            birth_date: None,
            nationalities: Vec::new(),
            roles: Vec::new(),
            visibility: Visibility::Public,
            high_profile: false,
            contacts: None,
            health: None,
            notes: None,
            merged_into: None,
        }
    }

    /// The name shown for this person.
    pub fn display_name(&self) -> &str {
        self.names.first().map(PersonName::as_str).unwrap_or("")
    }

    /// Whether reports treat this person as high profile: the explicit flag, or a role that
    /// implies it (see [`PersonRole::is_high_profile`]).
    pub fn is_high_profile(&self) -> bool {
        self.high_profile || self.roles.iter().any(|r| r.is_high_profile())
    }

    /// Whether this role may see the person at all.
    pub fn is_visible_to(&self, access: Access) -> bool {
        access.sees_restricted() || self.visibility != Visibility::Hidden
    }

    /// The name this role may see: the name, initials, or nothing for a hidden person.
    pub fn name_for(&self, access: Access) -> Option<String> {
        if access.sees_restricted() {
            return Some(self.display_name().to_owned());
        }
        match self.visibility {
            Visibility::Public => Some(self.display_name().to_owned()),
            Visibility::Initials => self.names.first().map(PersonName::initials),
            Visibility::Hidden => None,
        }
    }

    /// The person as this role may see it: `None` when hidden from it; restricted fields
    /// removed and names reduced to initials where the visibility asks for it.
    pub fn redacted_for(&self, access: Access) -> Option<Person> {
        if access.sees_restricted() {
            return Some(self.clone());
        }
        if self.visibility == Visibility::Hidden {
            return None;
        }
        let mut person = self.clone();
        person.national_id = None;
        person.contacts = None;
        person.health = None;
        person.notes = None;
        if self.visibility == Visibility::Initials {
            person.names = self
                .names
                .first()
                .and_then(|n| PersonName::parse(&n.initials()).ok())
                .into_iter()
                .collect();
            person.birth_date = None;
        }
        Some(person)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cedula_formats_are_one_number() {
        let a = NationalId::parse("V-12.345.678").unwrap();
        let b = NationalId::parse("V12345678").unwrap();
        let c = NationalId::parse("12345678").unwrap();
        assert_eq!(a.digits(), "12345678");
        assert_eq!(a, b);
        assert_eq!(b.digits(), c.digits());
        assert_eq!(a.to_string(), "V-12345678");
        assert!(NationalId::parse("V-12#45").is_err());
        assert!(NationalId::parse("V-1").is_err());
    }

    #[test]
    fn names_over_three_hundred_characters_are_refused_at_once() {
        // issue 14: a 1,000,000-character name must be refused, quickly and clearly.
        let huge = "A".repeat(1_000_000);
        let started = std::time::Instant::now();
        let err = PersonName::parse(&huge).unwrap_err();
        assert!(started.elapsed() < std::time::Duration::from_millis(50));
        assert_eq!(
            err.to_string(),
            "name is too long: at most 300 characters are accepted"
        );
        let longest = "ñ".repeat(300);
        assert_eq!(PersonName::parse(&longest).unwrap().as_str(), longest);
        assert!(PersonName::parse(&format!("{longest}x")).is_err());
        assert_eq!(
            PersonName::parse(&format!("  {longest}  "))
                .unwrap()
                .as_str(),
            longest,
            "surrounding spaces are not counted"
        );
        let json = serde_json::to_string(&huge).unwrap();
        assert!(serde_json::from_str::<PersonName>(&json).is_err());
    }

    #[test]
    fn the_public_never_sees_restricted_fields_or_hidden_people() {
        let mut p = Person::new(
            PersonId::generate(),
            PersonName::parse("Ana Lucía Prado").unwrap(),
        );
        p.national_id = Some(NationalId::parse("V-9.876.543").unwrap());
        p.notes = Some("family asked for discretion".into());
        let public = p.redacted_for(Access::Public).unwrap();
        assert_eq!(public.national_id, None);
        assert_eq!(public.notes, None);
        p.visibility = Visibility::Initials;
        assert_eq!(
            p.redacted_for(Access::Public).unwrap().display_name(),
            "A. L. P."
        );
        p.visibility = Visibility::Hidden;
        assert!(p.redacted_for(Access::Researcher).is_none());
        assert!(
            p.redacted_for(Access::Documenter)
                .unwrap()
                .national_id
                .is_some()
        );
    }
}
