//! Facts: sourced assertions about a person, recorded, corrected (superseded) and retracted.

use crate::{Action, Actor, App, AppError, AppResult};
use amparo_domain::fact::FactType;
use amparo_domain::{
    Citation, CountryCode, Facility, Fact, FactId, FactKind, PartialDate, PersonId, PersonRole,
    Proposal, ProposalId, Proposed, ProposedPerson, ReleaseKind, ReleaseMeasure, ReviewState,
    SourceId, Verification, facility,
};
use amparo_store::Write;

/// A fact as a documenter describes it. Only the fields of its kind may be given.
#[derive(Debug, Clone)]
pub struct FactInput {
    pub person: PersonId,
    /// arrest, detention, transfer, release, re-arrest, whereabouts-unknown, ...
    pub kind: String,
    /// YYYY, YYYY-MM, YYYY-MM-DD (or DD/MM/YYYY); ~ for approximate, A/B for a range.
    pub date: String,
    pub sources: Vec<SourceId>,
    pub excerpt: Option<String>,
    pub locator: Option<String>,
    /// announced, reported, corroborated or verified; reported when not given.
    pub verification: Option<String>,
    pub release_kind: Option<String>,
    pub measures: Vec<String>,
    pub facility: Option<String>,
    pub agency: Option<String>,
    pub offences: Vec<String>,
    pub term_months: Option<u32>,
    pub text: Option<String>,
    pub by: Option<String>,
    pub criteria: Option<String>,
    pub country: Option<String>,
    pub role: Option<String>,
    pub supersedes: Option<FactId>,
    /// Recorded as proposed, waiting for review.
    pub proposed: bool,
}

/// Refuses fields that do not belong to the kind, so a mistyped request is not half-read.
fn only_for(kind: FactType, present: &[(&str, bool)], allowed: &[&str]) -> AppResult<()> {
    for (name, given) in present {
        if *given && !allowed.contains(name) {
            return Err(AppError::Invalid(format!(
                "a {name} does not apply to {kind} facts"
            )));
        }
    }
    Ok(())
}

impl FactInput {
    /// The fact kind the fields describe, with the facility already named as the
    /// gazetteer names it.
    pub fn kind(&self, facility: Option<String>) -> AppResult<FactKind> {
        let kind = FactType::parse(&self.kind)?;
        let present = [
            ("release kind", self.release_kind.is_some()),
            ("measure", !self.measures.is_empty()),
            ("facility", self.facility.is_some()),
            ("agency", self.agency.is_some()),
            ("offence", !self.offences.is_empty()),
            ("term", self.term_months.is_some()),
            ("text", self.text.is_some()),
            ("recognising organisation", self.by.is_some()),
            ("criteria", self.criteria.is_some()),
            ("country", self.country.is_some()),
            ("role", self.role.is_some()),
        ];
        let measures = || -> AppResult<Vec<ReleaseMeasure>> {
            Ok(self
                .measures
                .iter()
                .map(|m| ReleaseMeasure::parse(m))
                .collect::<Result<_, _>>()?)
        };
        let one_measure = || -> AppResult<ReleaseMeasure> {
            match measures()?.as_slice() {
                [m] => Ok(m.clone()),
                _ => Err(AppError::Invalid(format!(
                    "a {kind} fact takes exactly one measure"
                ))),
            }
        };
        let required = |value: &Option<String>, name: &str| -> AppResult<String> {
            value
                .clone()
                .ok_or_else(|| AppError::Invalid(format!("a {kind} fact needs a {name}")))
        };
        let facility_only = ["facility"];
        Ok(match kind {
            FactType::Arrest => {
                only_for(kind, &present, &["facility", "agency"])?;
                FactKind::Arrest {
                    facility,
                    agency: self.agency.clone(),
                }
            }
            FactType::Detention => {
                only_for(kind, &present, &facility_only)?;
                FactKind::Detention { facility }
            }
            FactType::Transfer => {
                only_for(kind, &present, &facility_only)?;
                FactKind::Transfer {
                    facility: facility
                        .ok_or_else(|| AppError::Invalid("a transfer needs a facility".into()))?,
                }
            }
            FactType::Release => {
                only_for(kind, &present, &["release kind", "measure"])?;
                let measures = measures()?;
                let release_kind = match &self.release_kind {
                    Some(k) => ReleaseKind::parse(k)?,
                    None if measures.is_empty() => ReleaseKind::Full,
                    None => ReleaseKind::Conditional,
                };
                FactKind::Release {
                    release_kind,
                    measures,
                }
            }
            FactType::Rearrest => {
                only_for(kind, &present, &facility_only)?;
                FactKind::Rearrest { facility }
            }
            FactType::WhereaboutsUnknown => {
                only_for(kind, &present, &[])?;
                FactKind::WhereaboutsUnknown
            }
            FactType::WhereaboutsConfirmed => {
                only_for(kind, &present, &facility_only)?;
                FactKind::WhereaboutsConfirmed { facility }
            }
            FactType::DeathInCustody => {
                only_for(kind, &present, &facility_only)?;
                FactKind::DeathInCustody { facility }
            }
            FactType::Charge => {
                only_for(kind, &present, &["offence"])?;
                FactKind::Charge {
                    offences: self.offences.clone(),
                }
            }
            FactType::Hearing => {
                only_for(kind, &present, &["text"])?;
                FactKind::Hearing {
                    note: self.text.clone(),
                }
            }
            FactType::Sentence => {
                only_for(kind, &present, &["term", "text"])?;
                FactKind::Sentence {
                    term_months: self.term_months,
                    text: self.text.clone(),
                }
            }
            FactType::Acquittal | FactType::Dismissal | FactType::Pardon | FactType::Amnesty => {
                only_for(kind, &present, &[])?;
                match kind {
                    FactType::Acquittal => FactKind::Acquittal,
                    FactType::Dismissal => FactKind::Dismissal,
                    FactType::Pardon => FactKind::Pardon,
                    _ => FactKind::Amnesty,
                }
            }
            FactType::MeasureImposed => {
                only_for(kind, &present, &["measure"])?;
                FactKind::MeasureImposed {
                    measure: one_measure()?,
                }
            }
            FactType::MeasureLifted => {
                only_for(kind, &present, &["measure"])?;
                FactKind::MeasureLifted {
                    measure: one_measure()?,
                }
            }
            FactType::Recognition => {
                only_for(kind, &present, &["recognising organisation", "criteria"])?;
                FactKind::Recognition {
                    by: required(&self.by, "recognising organisation")?,
                    criteria: self.criteria.clone(),
                }
            }
            FactType::Nationality => {
                only_for(kind, &present, &["country"])?;
                FactKind::Nationality {
                    country: CountryCode::parse(&required(&self.country, "country")?)?,
                }
            }
            FactType::Role => {
                only_for(kind, &present, &["role"])?;
                FactKind::Role {
                    role: PersonRole::parse(&required(&self.role, "role")?)?,
                }
            }
        })
    }

    /// The fact, with the facility named as the gazetteer names it.
    pub fn build(&self, facilities: &[Facility]) -> AppResult<Fact> {
        if self.sources.is_empty() {
            return Err(AppError::Invalid("a fact needs a source".into()));
        }
        let facility = self
            .facility
            .as_deref()
            .map(|w| facility::canonical(facilities, w));
        let kind = self.kind(facility)?;
        let citations = self
            .sources
            .iter()
            .map(|s| Citation::new(*s, self.excerpt.clone(), self.locator.clone()))
            .collect::<Result<Vec<_>, _>>()?;
        let mut fact = Fact::new(
            FactId::generate(),
            self.person,
            kind,
            PartialDate::parse(&self.date)?,
            citations,
        )?;
        fact.verification =
            Verification::parse(self.verification.as_deref().unwrap_or("reported"))?;
        fact.supersedes = self.supersedes;
        if self.proposed {
            fact.review = ReviewState::Proposed;
        }
        Ok(fact)
    }
}

/// A recorded fact (or, when it was entered as proposed, the proposal waiting in the review
/// queue), and what the caller should know about it.
#[derive(Debug, Clone)]
pub struct AddedFact {
    /// The fact's id, or the proposal's.
    pub id: String,
    /// Whether it went to the review queue rather than into the record.
    pub proposed: bool,
    /// Notes such as a facility kept as written because the gazetteer does not know it.
    pub notes: Vec<String>,
}

impl App {
    /// Records a fact (a correction when it supersedes another).
    #[tracing::instrument(skip_all)]
    pub async fn add_fact(&self, actor: &Actor, input: &FactInput) -> AppResult<AddedFact> {
        actor.require(Action::Edit)?;
        let facilities = self.store.facilities(actor.access()).await?;
        let mut notes = Vec::new();
        if let Some(w) = input.facility.as_deref()
            && facility::find(&facilities, w).is_none()
        {
            notes.push(format!("{w:?} is not in the gazetteer; kept as written"));
        }
        let fact = input.build(&facilities)?;
        if input.proposed {
            // issue 10: a proposed fact waits in the review queue like an extracted one.
            if fact.supersedes.is_some() {
                return Err(AppError::Invalid(
                    "a correction is recorded directly, not proposed".into(),
                ));
            }
            let citation = fact.citations().first().cloned();
            let proposal = Proposal {
                id: ProposalId::generate(),
                source: citation
                    .as_ref()
                    .map(|c| c.source)
                    .unwrap_or(input.sources[0]),
                what: Proposed::Fact {
                    person: ProposedPerson::Existing {
                        id: fact.person,
                        score: 1.0,
                    },
                    kind: fact.kind.clone(),
                },
                date: Some(fact.date),
                verification: fact.verification,
                excerpt: citation
                    .as_ref()
                    .and_then(|c| c.excerpt.clone())
                    .unwrap_or_default(),
                locator: citation.and_then(|c| c.locator),
                note: Some("note-proposed-by-documenter".into()),
                state: ReviewState::Proposed,
                decision: None,
            };
            let id = proposal.id.to_string();
            self.write(actor, Action::Edit, vec![Write::Proposal(proposal)])
                .await?;
            return Ok(AddedFact {
                id,
                proposed: true,
                notes,
            });
        }
        let id = fact.id.to_string();
        self.write(actor, Action::Edit, vec![Write::Fact(fact)])
            .await?;
        Ok(AddedFact {
            id,
            proposed: false,
            notes,
        })
    }

    /// Retracts a fact: it stays in the history and counts for nothing.
    #[tracing::instrument(skip_all, fields(id = %id))]
    pub async fn retract_fact(&self, actor: &Actor, id: FactId, reason: &str) -> AppResult<()> {
        let write = Write::Retract {
            fact: id,
            reason: reason.to_owned(),
        };
        self.write(actor, Action::Edit, vec![write]).await
    }
}
