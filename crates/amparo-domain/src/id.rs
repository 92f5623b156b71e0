//! Typed ids: newtypes over UUIDv7, so that ids sort by creation time and a person id can
//! never be passed where a fact id is expected.

use crate::DomainError;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident, $kind:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(into = "String")]
        pub struct $name(Uuid);

        impl<'de> Deserialize<'de> for $name {
            /// Reads the text form without allocating: whole-registry reads parse millions.
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = std::borrow::Cow::<'de, str>::deserialize(d)?;
                Self::parse(&text).map_err(serde::de::Error::custom)
            }
        }

        impl $name {
            /// A new id from the current time and randomness; call it at the edges (store, CLI).
            pub fn generate() -> Self {
                $name(Uuid::now_v7())
            }

            /// Wraps a UUID, which must be version 7.
            pub fn from_uuid(uuid: Uuid) -> Result<Self, DomainError> {
                if uuid.get_version_num() == 7 {
                    Ok($name(uuid))
                } else {
                    Err(DomainError::InvalidId { kind: $kind, input: uuid.to_string() })
                }
            }

            /// Parses the hyphenated text form.
            pub fn parse(input: &str) -> Result<Self, DomainError> {
                let uuid = Uuid::parse_str(input.trim())
                    .map_err(|_| DomainError::InvalidId { kind: $kind, input: input.to_owned() })?;
                Self::from_uuid(uuid)
            }

            /// The underlying UUID.
            pub fn as_uuid(&self) -> Uuid {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = DomainError;
            fn from_str(s: &str) -> Result<Self, Self::Err> { Self::parse(s) }
        }

        impl TryFrom<String> for $name {
            type Error = DomainError;
            fn try_from(s: String) -> Result<Self, Self::Error> { Self::parse(&s) }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String { id.to_string() }
        }
    };
}

id_type!(
    /// Identifies a person in the registry.
    PersonId, "person"
);
id_type!(
    /// Identifies a source document.
    SourceId, "source"
);
id_type!(
    /// Identifies a fact.
    FactId, "fact"
);
id_type!(
    /// Identifies an audit entry.
    AuditId, "audit"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_reject_other_versions() {
        let id = PersonId::generate();
        assert_eq!(PersonId::parse(&id.to_string()), Ok(id));
        let v4 = "6fa459ea-ee8a-4ca4-894e-db77e160355e";
        assert!(PersonId::parse(v4).is_err());
        assert!(FactId::parse("not-an-id").is_err());
    }
}
