//! Release measures (*medidas cautelares sustitutivas*) as data, with their command-line
//! text form.

use crate::DomainError;
use serde::{Deserialize, Serialize};
use std::fmt;

/// A condition of a release (*medida cautelar sustitutiva*), as data.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "measure", rename_all = "kebab-case")]
pub enum ReleaseMeasure {
    /// *Régimen de presentación*: report to court every N days.
    Reporting { every_days: u32 },
    /// *Prohibición de salida del país*.
    TravelBan,
    /// A ban on speaking to the media.
    MediaBan,
    /// *Arresto domiciliario*, with an electronic monitor (*grillete*) or not.
    HouseArrest { electronic_monitor: bool },
    /// *Caución* or *fianza*.
    Bail { amount: Option<String> },
    /// Anything else, in words.
    Other { text: String },
}

impl ReleaseMeasure {
    /// Parses the command-line form: `reporting:30`, `travel-ban`, `media-ban` (or
    /// `gag-order`), `house-arrest`, `house-arrest:monitor`, `bail`, `bail:AMOUNT`,
    /// `other:TEXT`.
    pub fn parse(input: &str) -> Result<ReleaseMeasure, DomainError> {
        let (head, arg) = match input.split_once(':') {
            Some((h, a)) => (h, Some(a.trim())),
            None => (input, None),
        };
        let expected = "reporting:DAYS, travel-ban, media-ban, house-arrest[:monitor], bail[:AMOUNT], other:TEXT";
        let bad = || DomainError::InvalidChoice {
            field: "release measure",
            input: input.to_owned(),
            expected: expected.to_owned(),
        };
        match (crate::text::choice_key(head).as_str(), arg) {
            ("reporting", Some(days)) => match days.parse::<u32>() {
                Ok(n) if n > 0 && n <= 366 => Ok(ReleaseMeasure::Reporting { every_days: n }),
                _ => Err(bad()),
            },
            ("travel-ban", None) => Ok(ReleaseMeasure::TravelBan),
            ("media-ban" | "gag-order", None) => Ok(ReleaseMeasure::MediaBan),
            ("house-arrest", None) => Ok(ReleaseMeasure::HouseArrest {
                electronic_monitor: false,
            }),
            ("house-arrest", Some("monitor")) => Ok(ReleaseMeasure::HouseArrest {
                electronic_monitor: true,
            }),
            ("bail", None) => Ok(ReleaseMeasure::Bail { amount: None }),
            ("bail", Some(a)) if !a.is_empty() => Ok(ReleaseMeasure::Bail {
                amount: Some(a.to_owned()),
            }),
            ("other", Some(t)) if !t.is_empty() => Ok(ReleaseMeasure::Other { text: t.to_owned() }),
            _ => Err(bad()),
        }
    }

    /// A short name of the measure's kind, for counting ("reporting", "travel-ban"...).
    pub fn key(&self) -> &'static str {
        match self {
            ReleaseMeasure::Reporting { .. } => "reporting",
            ReleaseMeasure::TravelBan => "travel-ban",
            ReleaseMeasure::MediaBan => "media-ban",
            ReleaseMeasure::HouseArrest { .. } => "house-arrest",
            ReleaseMeasure::Bail { .. } => "bail",
            ReleaseMeasure::Other { .. } => "other",
        }
    }
}

impl fmt::Display for ReleaseMeasure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReleaseMeasure::Reporting { every_days } => write!(f, "reporting:{every_days}"),
            ReleaseMeasure::HouseArrest {
                electronic_monitor: true,
            } => f.write_str("house-arrest:monitor"),
            ReleaseMeasure::Bail { amount: Some(a) } => write!(f, "bail:{a}"),
            ReleaseMeasure::Other { text } => write!(f, "other:{text}"),
            other => f.write_str(other.key()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_round_trip_through_their_text_form() {
        for text in [
            "reporting:30",
            "travel-ban",
            "media-ban",
            "house-arrest:monitor",
            "bail:500 USD",
            "other:no political activity",
        ] {
            assert_eq!(ReleaseMeasure::parse(text).unwrap().to_string(), text);
        }
        assert!(ReleaseMeasure::parse("reporting:0").is_err());
        assert!(ReleaseMeasure::parse("teleport").is_err());
    }
}
