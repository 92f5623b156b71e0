//! What a list row asserts, as domain fact kinds, for the importer to cite and write. The
//! importer decides what to keep; this is the plain reading of the columns:
//!
//! - an arrest date → `Arrest` (with the facility), dated;
//! - "detained" → `Detention` at the facility, dated by the status date if the list gives
//!   one, else undated (true as of the list's date);
//! - "released" → `Release` with its kind and measures, dated by the release date, else the
//!   status date, if any.
//!   A release the list does not qualify is proposed as `Conditional`: only *libertad
//!   plena* is freedom, and a list that says "liberado" has not said that. "Libertad
//!   plena" with measures in the same row is proposed as `Conditional` too (the domain
//!   refuses a full release with measures; the row carries a warning);
//! - whereabouts unknown → `WhereaboutsUnknown`; deceased → `DeathInCustody` (dated by the
//!   status date if any);
//! - each nationality and each role other than `Other` → `Nationality` / `Role`.

use crate::list::ListRow;
use crate::model::ListStatus;
use amparo_domain::{FactKind, PartialDate, PersonRole, ReleaseKind};
use serde::Serialize;

/// A fact a row asserts. `date: None` means "as of the list's own date".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProposedFact {
    pub kind: FactKind,
    pub date: Option<PartialDate>,
}

impl ListRow {
    /// The facts this row asserts, in the order above.
    pub fn proposed_facts(&self) -> Vec<ProposedFact> {
        let mut facts = Vec::new();
        let fact = |kind, date| ProposedFact { kind, date };
        if let Some(date) = self.arrest_date {
            facts.push(fact(
                FactKind::Arrest {
                    facility: self.facility.clone(),
                    agency: None,
                },
                Some(date),
            ));
        }
        match self.status {
            Some(ListStatus::Detained) => facts.push(fact(
                FactKind::Detention {
                    facility: self.facility.clone(),
                },
                self.status_date,
            )),
            Some(ListStatus::Released { kind }) => facts.push(fact(
                FactKind::Release {
                    release_kind: match kind {
                        Some(ReleaseKind::Full) if !self.measures.is_empty() => {
                            ReleaseKind::Conditional
                        }
                        Some(kind) => kind,
                        None => ReleaseKind::Conditional,
                    },
                    measures: self.measures.clone(),
                },
                self.release_date.or(self.status_date),
            )),
            Some(ListStatus::WhereaboutsUnknown) => {
                facts.push(fact(FactKind::WhereaboutsUnknown, self.status_date));
            }
            Some(ListStatus::Deceased) => facts.push(fact(
                FactKind::DeathInCustody {
                    facility: self.facility.clone(),
                },
                self.status_date,
            )),
            None => {}
        }
        for country in &self.nationalities {
            facts.push(fact(FactKind::Nationality { country: *country }, None));
        }
        for role in self.roles.iter().filter(|r| **r != PersonRole::Other) {
            facts.push(fact(FactKind::Role { role: *role }, None));
        }
        facts
    }
}
