//! Facilities where people are held, with their aliases and operator, and the gazetteer
//! that turns a name as written into the facility's canonical name.

use crate::DomainError;
use crate::text::fold;
use serde::{Deserialize, Serialize};

/// A detention facility: El Helicoide, Rodeo I, Tocorón...
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Facility {
    pub name: String,
    pub aliases: Vec<String>,
    /// The agency that runs it: SEBIN, DGCIM, PNB, the prison ministry...
    pub operator: Option<String>,
    pub town: Option<String>,
    /// The Venezuelan state (or the country's first-level division).
    pub state: Option<String>,
}

impl Facility {
    /// A facility known by its name only.
    pub fn new(name: &str) -> Result<Facility, DomainError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(DomainError::Empty {
                field: "facility name",
            });
        }
        Ok(Facility {
            name: name.to_owned(),
            aliases: Vec::new(),
            operator: None,
            town: None,
            state: None,
        })
    }

    /// Whether `written` names this facility (its name or an alias, case and accents aside).
    pub fn is_named(&self, written: &str) -> bool {
        let key = fold(written);
        fold(&self.name) == key || self.aliases.iter().any(|a| fold(a) == key)
    }
}

/// Finds the canonical facility for a name as written.
pub fn find<'a>(facilities: &'a [Facility], written: &str) -> Option<&'a Facility> {
    facilities.iter().find(|f| f.is_named(written))
}

/// The canonical name for a facility as written: the gazetteer's name when it knows the
/// place, else the words as written (trimmed).
pub fn canonical(facilities: &[Facility], written: &str) -> String {
    find(facilities, written)
        .map(|f| f.name.clone())
        .unwrap_or_else(|| written.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_and_accents_find_the_facility() {
        let mut f = Facility::new("Tocorón").unwrap();
        f.aliases.push("Centro Penitenciario de Aragua".into());
        let all = [f];
        assert_eq!(
            find(&all, "TOCORON").map(|f| f.name.as_str()),
            Some("Tocorón")
        );
        assert!(find(&all, "centro penitenciario de aragua").is_some());
        assert!(find(&all, "Rodeo I").is_none());
    }

    #[test]
    fn the_shared_fold_finds_facilities_written_without_enye_or_with_punctuation() {
        // issue 9: one fold for the workspace, which folds ñ to n and punctuation to spaces.
        let mut f = Facility::new("Centro de Detención La Peña").unwrap();
        f.aliases.push("C.D. La Peña".into());
        let all = [f, Facility::new("Rodeo I").unwrap()];
        assert!(find(&all, "CENTRO DE DETENCION LA PENA").is_some());
        assert!(find(&all, "c d la pena").is_some());
        assert_eq!(
            find(&all, "rodeo i.").map(|f| f.name.as_str()),
            Some("Rodeo I")
        );
        assert!(find(&all, "Rodeo II").is_none());
    }
}
