//! Facts: one sourced assertion about a person. A fact cannot exist without a citation.
//!
//! Facts are never edited: a correction is a new fact that `supersedes` the old one, and a
//! withdrawal is a [`Retraction`]. Only the review state of a proposed fact changes.

pub use crate::measure::ReleaseMeasure;
use crate::text::choice_enum;
use crate::{CountryCode, DomainError, FactId, PartialDate, PersonId, PersonRole, SourceId};
use serde::{Deserialize, Serialize};

choice_enum! {
    /// How well a fact is established, weakest first.
    pub enum Verification: "verification level" {
        /// Said by an authority, not confirmed.
        Announced = "announced",
        /// Reported by one source.
        Reported = "reported",
        /// Reported by two independent sources.
        Corroborated = "corroborated",
        /// Confirmed by the documenter with the family, a lawyer or court papers.
        Verified = "verified",
    }
}

choice_enum! {
    /// Where a fact stands in review: machine-made facts start as proposed.
    pub enum ReviewState: "review state" {
        Proposed = "proposed",
        Accepted = "accepted",
        Rejected = "rejected",
    }
}

choice_enum! {
    /// How a person left prison. Only `Full` is freedom (*libertad plena*).
    pub enum ReleaseKind: "release kind" {
        /// *Libertad plena*: no conditions.
        Full = "full",
        /// *Excarcelación* with *medidas cautelares*: reporting, travel ban, gag order...
        Conditional = "conditional",
        /// *Arresto domiciliario*: still deprived of liberty.
        HouseArrest = "house-arrest",
        /// Released into exile or expelled from the country.
        Exile = "exile",
    }
}

choice_enum! {
    /// The kind of a fact, as typed on the command line (`--kind`).
    pub enum FactType: "fact kind" {
        Arrest = "arrest",
        Detention = "detention",
        Transfer = "transfer",
        Release = "release",
        Rearrest = "re-arrest",
        WhereaboutsUnknown = "whereabouts-unknown",
        WhereaboutsConfirmed = "whereabouts-confirmed",
        DeathInCustody = "death-in-custody",
        Charge = "charge",
        Hearing = "hearing",
        Sentence = "sentence",
        Acquittal = "acquittal",
        Dismissal = "dismissal",
        Pardon = "pardon",
        Amnesty = "amnesty",
        MeasureImposed = "measure-imposed",
        MeasureLifted = "measure-lifted",
        Recognition = "recognition",
        Nationality = "nationality",
        Role = "role",
    }
}

/// What a fact asserts, with the data each kind carries.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum FactKind {
    /// Taken into custody.
    Arrest {
        facility: Option<String>,
        agency: Option<String>,
    },
    /// Still held (at a place) as of the date, without a new arrest.
    Detention { facility: Option<String> },
    /// Moved to another facility.
    Transfer { facility: String },
    /// Left prison; see [`ReleaseKind`] and the measures.
    Release {
        release_kind: ReleaseKind,
        measures: Vec<ReleaseMeasure>,
    },
    /// Arrested again, or a release revoked.
    Rearrest { facility: Option<String> },
    /// Whereabouts unknown: an enforced disappearance (*desaparición forzada*).
    WhereaboutsUnknown,
    /// Seen or located in custody again.
    WhereaboutsConfirmed { facility: Option<String> },
    /// Died in custody.
    DeathInCustody { facility: Option<String> },
    /// Charged with offences.
    Charge { offences: Vec<String> },
    /// A court hearing took place.
    Hearing { note: Option<String> },
    /// Sentenced (term in months when known).
    Sentence {
        term_months: Option<u32>,
        text: Option<String>,
    },
    /// Acquitted.
    Acquittal,
    /// *Sobreseimiento*: the case dismissed.
    Dismissal,
    /// *Indulto*.
    Pardon,
    /// *Amnistía*.
    Amnesty,
    /// A measure imposed on a person already released.
    MeasureImposed { measure: ReleaseMeasure },
    /// A measure lifted.
    MeasureLifted { measure: ReleaseMeasure },
    /// Recognised as a political prisoner by an organisation, under its criteria.
    Recognition {
        by: String,
        criteria: Option<String>,
    },
    /// The person holds this nationality.
    Nationality { country: CountryCode },
    /// The person has this role.
    Role { role: PersonRole },
}

impl FactKind {
    /// The kind's name, as `--kind` takes it.
    pub fn fact_type(&self) -> FactType {
        match self {
            FactKind::Arrest { .. } => FactType::Arrest,
            FactKind::Detention { .. } => FactType::Detention,
            FactKind::Transfer { .. } => FactType::Transfer,
            FactKind::Release { .. } => FactType::Release,
            FactKind::Rearrest { .. } => FactType::Rearrest,
            FactKind::WhereaboutsUnknown => FactType::WhereaboutsUnknown,
            FactKind::WhereaboutsConfirmed { .. } => FactType::WhereaboutsConfirmed,
            FactKind::DeathInCustody { .. } => FactType::DeathInCustody,
            FactKind::Charge { .. } => FactType::Charge,
            FactKind::Hearing { .. } => FactType::Hearing,
            FactKind::Sentence { .. } => FactType::Sentence,
            FactKind::Acquittal => FactType::Acquittal,
            FactKind::Dismissal => FactType::Dismissal,
            FactKind::Pardon => FactType::Pardon,
            FactKind::Amnesty => FactType::Amnesty,
            FactKind::MeasureImposed { .. } => FactType::MeasureImposed,
            FactKind::MeasureLifted { .. } => FactType::MeasureLifted,
            FactKind::Recognition { .. } => FactType::Recognition,
            FactKind::Nationality { .. } => FactType::Nationality,
            FactKind::Role { .. } => FactType::Role,
        }
    }

    /// The facility the fact names, if any.
    pub fn facility(&self) -> Option<&str> {
        match self {
            FactKind::Arrest { facility, .. }
            | FactKind::Detention { facility }
            | FactKind::Rearrest { facility }
            | FactKind::WhereaboutsConfirmed { facility }
            | FactKind::DeathInCustody { facility } => facility.as_deref(),
            FactKind::Transfer { facility } => Some(facility),
            _ => None,
        }
    }

    fn validate(&self) -> Result<(), DomainError> {
        let empty = |s: &str| s.trim().is_empty();
        match self {
            FactKind::Transfer { facility } if empty(facility) => Err(DomainError::InvalidFact(
                "a transfer needs the facility the person was moved to (--facility)".into(),
            )),
            FactKind::Recognition { by, .. } if empty(by) => Err(DomainError::InvalidFact(
                "a recognition needs the organisation that made it (--by)".into(),
            )),
            FactKind::Release {
                release_kind: ReleaseKind::Full,
                measures,
            } if !measures.is_empty() => Err(DomainError::InvalidFact(
                "a full release cannot carry measures: use --release-kind conditional".into(),
            )),
            FactKind::Charge { offences } if offences.iter().all(|o| empty(o)) => Err(
                DomainError::InvalidFact("a charge needs at least one offence (--offence)".into()),
            ),
            _ => Ok(()),
        }
    }
}

/// Where a fact comes from: a source, and the excerpt or locator within it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Citation {
    pub source: SourceId,
    pub excerpt: Option<String>,
    /// Page, row, paragraph or offsets within the source.
    pub locator: Option<String>,
}

impl Citation {
    /// A citation needs an excerpt or a locator, so that a reader can find the claim.
    pub fn new(
        source: SourceId,
        excerpt: Option<String>,
        locator: Option<String>,
    ) -> Result<Citation, DomainError> {
        let clean = |s: Option<String>| s.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
        let (excerpt, locator) = (clean(excerpt), clean(locator));
        if excerpt.is_none() && locator.is_none() {
            return Err(DomainError::InvalidFact(
                "a citation needs an excerpt or a locator (--excerpt or --locator)".into(),
            ));
        }
        Ok(Citation {
            source,
            excerpt,
            locator,
        })
    }
}

/// One sourced assertion about a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "FactRepr")]
pub struct Fact {
    pub id: FactId,
    pub person: PersonId,
    pub kind: FactKind,
    /// When the event happened (or, for a detention, the date it was known to hold).
    pub date: PartialDate,
    pub verification: Verification,
    pub review: ReviewState,
    /// The fact this one corrects, which then counts for nothing.
    pub supersedes: Option<FactId>,
    /// An observation rather than an event: "the status as a source reports it on `date`"
    /// (a list's status cell without a date of its own, dated by the list). The change
    /// happened on or before `date`, on a day the source does not give; the custody rules
    /// let it decide only what no dated fact explains (rule 7 of [`crate::custody`]).
    /// Absent from the JSON when false, so facts stored before it read and hash as before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub observed: bool,
    citations: Vec<Citation>,
}

/// The serialised form of a fact, checked on the way in.
#[derive(Deserialize)]
struct FactRepr {
    id: FactId,
    person: PersonId,
    kind: FactKind,
    date: PartialDate,
    verification: Verification,
    review: ReviewState,
    supersedes: Option<FactId>,
    #[serde(default)]
    observed: bool,
    citations: Vec<Citation>,
}

impl TryFrom<FactRepr> for Fact {
    type Error = DomainError;
    fn try_from(r: FactRepr) -> Result<Self, Self::Error> {
        let mut fact = Fact::new(r.id, r.person, r.kind, r.date, r.citations)?;
        fact.verification = r.verification;
        fact.review = r.review;
        fact.supersedes = r.supersedes;
        fact.observed = r.observed;
        Ok(fact)
    }
}

impl Fact {
    /// A fact, accepted and reported by default. Fails without a citation or when the kind
    /// lacks what it needs.
    pub fn new(
        id: FactId,
        person: PersonId,
        kind: FactKind,
        date: PartialDate,
        citations: Vec<Citation>,
    ) -> Result<Fact, DomainError> {
        if citations.is_empty() {
            return Err(DomainError::NoCitation);
        }
        kind.validate()?;
        Ok(Fact {
            id,
            person,
            kind,
            date,
            verification: Verification::Reported,
            review: ReviewState::Accepted,
            supersedes: None,
            observed: false,
            citations,
        })
    }

    /// The citations: never empty.
    pub fn citations(&self) -> &[Citation] {
        &self.citations
    }

    /// Adds another citation.
    pub fn cite(&mut self, citation: Citation) {
        if !self.citations.contains(&citation) {
            self.citations.push(citation);
        }
    }

    /// Rewrites every citation's excerpt (to scrub what a role may not read); a citation
    /// keeps its excerpt or locator, so the fact stays valid.
    pub fn rewrite_excerpts(&mut self, rewrite: impl Fn(&str) -> String) {
        for c in &mut self.citations {
            if let Some(e) = &c.excerpt {
                c.excerpt = Some(rewrite(e));
            }
        }
    }
}

/// The withdrawal of a fact, with the reason; the fact then counts for nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retraction {
    pub fact: FactId,
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fact_cannot_be_built_without_a_citation() {
        let err = Fact::new(
            FactId::generate(),
            PersonId::generate(),
            FactKind::Acquittal,
            PartialDate::parse("2024").unwrap(),
            vec![],
        );
        assert_eq!(err, Err(DomainError::NoCitation));
    }

    #[test]
    fn facts_stored_before_observations_existed_read_and_write_the_same() {
        // Stored JSON (and content hashes) of dated facts must not change (issue 10).
        let cite = Citation::new(SourceId::generate(), None, Some("row 4".into())).unwrap();
        let mut fact = Fact::new(
            FactId::generate(),
            PersonId::generate(),
            FactKind::WhereaboutsUnknown,
            PartialDate::parse("2026-01-12").unwrap(),
            vec![cite],
        )
        .unwrap();
        let old = serde_json::to_string(&fact).unwrap();
        assert!(!old.contains("observed"), "{old}");
        let back: Fact = serde_json::from_str(&old).unwrap();
        assert_eq!(back, fact);
        assert!(!back.observed);
        fact.observed = true;
        let new = serde_json::to_string(&fact).unwrap();
        assert!(new.contains("\"observed\":true"), "{new}");
        assert_eq!(serde_json::from_str::<Fact>(&new).unwrap(), fact);
    }
}
