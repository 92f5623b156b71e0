//! The review queue: machine-made proposals wait there until a reviewer accepts (possibly
//! after correcting), or rejects them. Accepting writes the fact (and the new person it
//! names) and the decision in one transaction.

use crate::{Action, Actor, App, AppError, AppResult};
use amparo_domain::{
    Citation, ClaimId, Fact, FactId, FactKind, PartialDate, Person, PersonId, PersonName, Proposal,
    ProposalId, Proposed, ProposedPerson, ReleaseKind, ReleaseMeasure, ReviewState, Verification,
    facility, fact::FactType,
};
use amparo_store::Write;

/// What accepting a proposal recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepted {
    Fact(FactId),
    Claim(ClaimId),
    Announcement(ClaimId),
}

impl std::fmt::Display for Accepted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Accepted::Fact(id) => write!(f, "fact {id}"),
            Accepted::Claim(id) => write!(f, "claim {id}"),
            Accepted::Announcement(id) => write!(f, "announcement {id}"),
        }
    }
}

/// Corrections a reviewer makes before accepting.
#[derive(Debug, Clone, Default)]
pub struct Edits {
    pub date: Option<String>,
    /// Attach the fact to this registry person instead.
    pub person: Option<PersonId>,
    pub kind: Option<String>,
    pub release_kind: Option<String>,
    /// Replaces the release measures.
    pub measures: Vec<String>,
    pub facility: Option<String>,
    pub verification: Option<String>,
}

impl App {
    /// The proposals in the queue (those in `state` when given), oldest first.
    #[tracing::instrument(skip_all)]
    pub async fn proposals(
        &self,
        actor: &Actor,
        state: Option<ReviewState>,
    ) -> AppResult<Vec<Proposal>> {
        actor.require(Action::ReadRecord)?;
        Ok(self.store.proposals(state, actor.access()).await?)
    }

    /// One proposal.
    #[tracing::instrument(skip_all, fields(id = %id))]
    pub async fn proposal(&self, actor: &Actor, id: ProposalId) -> AppResult<Proposal> {
        actor.require(Action::ReadRecord)?;
        Ok(self.store.proposal(id, actor.access()).await?)
    }

    async fn apply(&self, actor: &Actor, p: &mut Proposal, e: Edits) -> AppResult<()> {
        if let Some(d) = &e.date {
            p.date = Some(PartialDate::parse(d)?);
        }
        if let Some(v) = &e.verification {
            p.verification = Verification::parse(v)?;
        }
        let date = p.date;
        let (person, kind) = match &mut p.what {
            Proposed::Fact { person, kind } => (person, kind),
            Proposed::Claim { claim } => {
                if e.person.is_some()
                    || e.kind.is_some()
                    || e.facility.is_some()
                    || !e.measures.is_empty()
                {
                    return Err(AppError::Invalid(
                        "a proposed number can be corrected in its date only".into(),
                    ));
                }
                if claim.subject.is_stock() && date.is_some() {
                    claim.as_of = date;
                }
                return Ok(());
            }
            Proposed::Announcement { announcement } => {
                if e.person.is_some()
                    || e.kind.is_some()
                    || e.facility.is_some()
                    || !e.measures.is_empty()
                {
                    return Err(AppError::Invalid(
                        "a proposed announcement can be corrected in its date only".into(),
                    ));
                }
                if let Some(d) = date {
                    announcement.date = d;
                }
                return Ok(());
            }
        };
        if let Some(id) = e.person {
            self.store.person(id, actor.access()).await?;
            *person = ProposedPerson::Existing { id, score: 1.0 };
        }
        let facilities = self.store.facilities(actor.access()).await?;
        let facility = e
            .facility
            .as_deref()
            .map(|w| facility::canonical(&facilities, w));
        let measures = e
            .measures
            .iter()
            .map(|m| ReleaseMeasure::parse(m))
            .collect::<Result<Vec<_>, _>>()?;
        let release_kind = e
            .release_kind
            .as_deref()
            .map(ReleaseKind::parse)
            .transpose()?;
        let old_facility = kind.facility().map(str::to_owned);
        let new_type = match e.kind.as_deref() {
            Some(k) => FactType::parse(k)?,
            None => kind.fact_type(),
        };
        *kind = match (new_type, &*kind) {
            (
                FactType::Release,
                FactKind::Release {
                    release_kind: old_kind,
                    measures: old,
                },
            ) => FactKind::Release {
                release_kind: release_kind.unwrap_or(*old_kind),
                measures: if measures.is_empty() {
                    old.clone()
                } else {
                    measures
                },
            },
            (FactType::Release, _) => FactKind::Release {
                release_kind: release_kind.unwrap_or(ReleaseKind::Conditional),
                measures,
            },
            (FactType::Arrest, _) => FactKind::Arrest {
                facility: facility.or(old_facility),
                agency: None,
            },
            (FactType::Detention, _) => FactKind::Detention {
                facility: facility.or(old_facility),
            },
            (FactType::Transfer, _) => match facility.or(old_facility) {
                Some(f) => FactKind::Transfer { facility: f },
                None => return Err(AppError::Invalid("a transfer needs a facility".into())),
            },
            (FactType::DeathInCustody, _) => FactKind::DeathInCustody {
                facility: facility.or(old_facility),
            },
            (FactType::WhereaboutsUnknown, _) => FactKind::WhereaboutsUnknown,
            (same, kind) if same == kind.fact_type() => kind.clone(),
            (other, _) => {
                return Err(AppError::Invalid(format!(
                    "a proposal can be corrected into arrest, detention, transfer, release, death-in-custody or whereabouts-unknown, not {other}"
                )));
            }
        };
        Ok(())
    }

    /// Accepts a proposal (after the edits): writes what it proposes — a fact (and the new
    /// person it names), a number a source states, or an announcement — and the decision,
    /// in one transaction.
    #[tracing::instrument(skip_all)]
    pub async fn accept_proposal(
        &self,
        actor: &Actor,
        id: ProposalId,
        edits: Option<Edits>,
        reason: &str,
    ) -> AppResult<Accepted> {
        actor.require(Action::Review)?;
        let mut p = self.store.proposal(id, actor.access()).await?;
        if p.state != ReviewState::Proposed {
            return Err(amparo_store::StoreError::AlreadyDone(format!(
                "proposal {id} was already {}",
                p.state
            ))
            .into());
        }
        if let Some(e) = edits {
            self.apply(actor, &mut p, e).await?;
        }
        let decide = Write::Decide {
            proposal: id,
            state: ReviewState::Accepted,
            reason: reason.to_owned(),
        };
        let (person, kind) = match &p.what {
            Proposed::Fact { person, kind } => (person, kind),
            Proposed::Claim { claim } => {
                let accepted = Accepted::Claim(claim.id);
                self.write(
                    actor,
                    Action::Review,
                    vec![Write::Claim(claim.clone()), decide],
                )
                .await?;
                return Ok(accepted);
            }
            Proposed::Announcement { announcement } => {
                let accepted = Accepted::Announcement(announcement.id);
                let write = Write::Announcement(announcement.clone());
                self.write(actor, Action::Review, vec![write, decide])
                    .await?;
                return Ok(accepted);
            }
        };
        let Some(date) = p.date else {
            return Err(AppError::Invalid(format!(
                "proposal {id} has no date (the text gives none): correct it with a date before accepting"
            )));
        };
        let mut writes = Vec::new();
        let person = match person {
            ProposedPerson::Existing { id, .. } => {
                let person = self.store.person(*id, actor.access()).await?;
                person.merged_into.unwrap_or(*id)
            }
            ProposedPerson::New {
                name,
                variants,
                nationalities,
                roles,
                details,
                ..
            } => {
                let mut person = Person::new(PersonId::generate(), PersonName::parse(name)?);
                for v in variants {
                    if let Ok(v) = PersonName::parse(v)
                        && !person.names.contains(&v)
                    {
                        person.names.push(v);
                    }
                }
                person.nationalities.clone_from(nationalities);
                person.roles.clone_from(roles);
                person.national_id.clone_from(&details.national_id);
                person.sex = details.sex;
                person.birth_date = details.birth_date;
                person.notes.clone_from(&details.notes);
                if let Some(nid) = &person.national_id {
                    // The cédula belongs to someone already (a hidden person, say): the
                    // reviewer attaches the fact to them instead.
                    self.check_national_id(actor, nid, None).await?;
                }
                let pid = person.id;
                writes.push(Write::Person(person));
                pid
            }
        };
        let citation = Citation::new(p.source, Some(p.excerpt.clone()), p.locator.clone())?;
        let mut fact = Fact::new(
            FactId::generate(),
            person,
            kind.clone(),
            date,
            vec![citation],
        )?;
        fact.verification = p.verification;
        let fact_id = fact.id;
        writes.push(Write::Fact(fact));
        writes.push(decide);
        self.write(actor, Action::Review, writes).await?;
        Ok(Accepted::Fact(fact_id))
    }

    /// Rejects a proposal, with the reason.
    #[tracing::instrument(skip_all)]
    pub async fn reject_proposal(
        &self,
        actor: &Actor,
        id: ProposalId,
        reason: &str,
    ) -> AppResult<()> {
        let write = Write::Decide {
            proposal: id,
            state: ReviewState::Rejected,
            reason: reason.to_owned(),
        };
        self.write(actor, Action::Review, vec![write]).await
    }
}
