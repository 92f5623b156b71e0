//! The one error type of the domain: every parse or construction failure, in words a user can act on.

use thiserror::Error;

/// Why a value could not be built. Each message is one sentence meant for the person who typed it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    /// A date that is not a real calendar date or not in a supported form.
    #[error(
        "invalid date {input:?}: {reason} (use YYYY-MM-DD, DD/MM/YYYY, YYYY-MM, MM/YYYY or YYYY, optionally ~ for approximate and A..B for a range)"
    )]
    InvalidDate { input: String, reason: String },
    /// An id that is not a UUIDv7.
    #[error(
        "invalid {kind} id {input:?}: expected a UUIDv7 such as 0190c2d4-5b6e-7c8d-9e0f-1a2b3c4d5e6f"
    )]
    InvalidId { kind: &'static str, input: String },
    /// A value outside a closed list (a kind, a state, a role...).
    #[error("invalid {field} {input:?}: expected one of {expected}")]
    InvalidChoice {
        field: &'static str,
        input: String,
        expected: String,
    },
    /// A national id number that does not look like one.
    #[error("invalid national id {input:?}: {reason}")]
    InvalidNationalId { input: String, reason: &'static str },
    /// A country code that is not ISO 3166-1 alpha-2.
    #[error(
        "invalid country code {input:?}: expected an ISO 3166-1 alpha-2 code such as VE, ES, CO"
    )]
    InvalidCountry { input: String },
    /// A required text that is empty.
    #[error("{field} must not be empty")]
    Empty { field: &'static str },
    /// A text longer than its field allows (hostile or broken input).
    #[error("{field} is too long: at most {max} characters are accepted")]
    TooLong { field: &'static str, max: usize },
    /// A fact with no citation: every fact must say where it comes from.
    #[error("a fact needs at least one citation (a source and an excerpt or locator)")]
    NoCitation,
    /// A fact kind that is missing something it needs, or given something it cannot take.
    #[error("{0}")]
    InvalidFact(String),
    /// A hash that is not 64 hexadecimal digits.
    #[error("invalid SHA-256 {input:?}: expected 64 hexadecimal digits")]
    InvalidHash { input: String },
}

impl DomainError {
    pub(crate) fn choice(field: &'static str, input: &str, expected: &[&str]) -> Self {
        DomainError::InvalidChoice {
            field,
            input: input.to_owned(),
            expected: expected.join(", "),
        }
    }
}
