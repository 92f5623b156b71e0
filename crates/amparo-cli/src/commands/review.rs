//! `amparo review`: the queue of machine-made proposals; accept, edit or reject each one.
//! Accepting writes the fact (and the new person it names) and the decision in one
//! transaction.

use super::fact::canonical_facility;
use crate::cli::ReviewCommand;
use crate::context::{Context, person_id};
use crate::output::print_json;
use amparo_domain::{
    Access, Citation, Fact, FactId, FactKind, PartialDate, Person, PersonId, PersonName, Proposal,
    ProposalId, ProposedPerson, ReleaseKind, ReleaseMeasure, ReviewState, Verification,
    fact::FactType,
};
use amparo_store::Write;
use anyhow::{Result, bail};

/// A registry person as identity resolution reads it.
pub fn resolve_record(p: &Person) -> amparo_resolve::Record {
    amparo_resolve::Record {
        id: p.id.to_string(),
        full_name: p.display_name().to_owned(),
        national_id: p
            .national_id
            .as_ref()
            .map(|n| n.digits().to_owned())
            .unwrap_or_default(),
        birth_date: p.birth_date.map(|d| d.to_string()).unwrap_or_default(),
        ..Default::default()
    }
}

/// Corrections a reviewer makes before accepting.
#[derive(Default)]
pub struct Edits {
    pub date: Option<String>,
    pub person: Option<String>,
    pub kind: Option<String>,
    pub release_kind: Option<String>,
    pub measures: Vec<String>,
    pub facility: Option<String>,
    pub verification: Option<String>,
}

async fn apply(ctx: &Context, p: &mut Proposal, e: Edits) -> Result<()> {
    if let Some(d) = e.date {
        p.date = Some(PartialDate::parse(&d)?);
    }
    if let Some(person) = e.person {
        let id = person_id(&person)?;
        ctx.store().person(id, Access::Admin).await?;
        p.person = ProposedPerson::Existing { id, score: 1.0 };
    }
    if let Some(v) = e.verification {
        p.verification = Verification::parse(&v)?;
    }
    let facility = canonical_facility(ctx, e.facility.as_deref()).await?;
    let measures = e
        .measures
        .iter()
        .map(|m| ReleaseMeasure::parse(m))
        .collect::<Result<Vec<_>, _>>()?;
    let kind = match e.kind.as_deref() {
        Some(k) => FactType::parse(k)?,
        None => p.kind.fact_type(),
    };
    let old_facility = p.kind.facility().map(str::to_owned);
    p.kind = match (kind, &p.kind) {
        (
            FactType::Release,
            FactKind::Release {
                release_kind,
                measures: old,
            },
        ) => FactKind::Release {
            release_kind: e
                .release_kind
                .as_deref()
                .map(ReleaseKind::parse)
                .transpose()?
                .unwrap_or(*release_kind),
            measures: if measures.is_empty() {
                old.clone()
            } else {
                measures
            },
        },
        (FactType::Release, _) => FactKind::Release {
            release_kind: e
                .release_kind
                .as_deref()
                .map(ReleaseKind::parse)
                .transpose()?
                .unwrap_or(ReleaseKind::Conditional),
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
            None => bail!("a transfer needs --facility"),
        },
        (FactType::DeathInCustody, _) => FactKind::DeathInCustody {
            facility: facility.or(old_facility),
        },
        (FactType::WhereaboutsUnknown, _) => FactKind::WhereaboutsUnknown,
        (same, kind) if same == kind.fact_type() => kind.clone(),
        (other, _) => bail!(
            "a proposal can be edited into arrest, detention, transfer, release, death-in-custody or whereabouts-unknown, not {other}"
        ),
    };
    Ok(())
}

/// Accepts a proposal (after the edits): writes the new person if it names one, the
/// fact, and the decision, in one transaction. Returns the fact's id.
pub async fn accept(
    ctx: &Context,
    id: ProposalId,
    edits: Option<Edits>,
    reason: &str,
) -> Result<FactId> {
    let mut p = ctx.store().proposal(id, Access::Admin).await?;
    if p.state != ReviewState::Proposed {
        bail!("proposal {id} was already {}", p.state);
    }
    if let Some(e) = edits {
        apply(ctx, &mut p, e).await?;
    }
    let Some(date) = p.date else {
        bail!(
            "proposal {id} has no date (the text gives none): set one with `amparo review edit {id} --date YYYY[-MM[-DD]]`"
        );
    };
    let mut writes = Vec::new();
    let person = match &p.person {
        ProposedPerson::Existing { id, .. } => {
            let person = ctx.store().person(*id, Access::Admin).await?;
            person.merged_into.unwrap_or(*id)
        }
        ProposedPerson::New {
            name,
            variants,
            nationalities,
            roles,
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
            let pid = person.id;
            writes.push(Write::Person(person));
            pid
        }
    };
    let citation = Citation::new(p.source, Some(p.excerpt.clone()), p.locator.clone())?;
    let mut fact = Fact::new(
        FactId::generate(),
        person,
        p.kind.clone(),
        date,
        vec![citation],
    )?;
    fact.verification = p.verification;
    let fact_id = fact.id;
    writes.push(Write::Fact(fact));
    writes.push(Write::Decide {
        proposal: id,
        state: ReviewState::Accepted,
        reason: reason.to_owned(),
    });
    ctx.store().write_batch(writes, &ctx.write()).await?;
    Ok(fact_id)
}

fn who(p: &Proposal) -> String {
    match &p.person {
        ProposedPerson::Existing { id, score } => format!("known person {id} (match {score:.2})"),
        ProposedPerson::New {
            name,
            possible_match: Some(m),
            ..
        } => format!("new: {name} (maybe {m})"),
        ProposedPerson::New { name, .. } => format!("new: {name}"),
    }
}

fn line(p: &Proposal) -> String {
    let date = p
        .date
        .map(|d| d.to_string())
        .unwrap_or_else(|| "no date".into());
    format!(
        "{}  {:<10} {:<18} {:<11} {}",
        p.id,
        date,
        p.kind.fact_type(),
        p.verification,
        who(p)
    )
}

pub async fn run(ctx: &Context, cmd: ReviewCommand) -> Result<()> {
    match cmd {
        ReviewCommand::List { state, json } => {
            let all = ctx
                .store()
                .proposals(Some(ReviewState::parse(&state)?), Access::Admin)
                .await?;
            if json {
                return print_json(&all);
            }
            for p in &all {
                println!("{}", line(p));
            }
            if all.is_empty() {
                eprintln!("no {state} proposal");
            }
        }
        ReviewCommand::Show { id, json } => {
            let p = ctx
                .store()
                .proposal(ProposalId::parse(&id)?, Access::Admin)
                .await?;
            if json {
                return print_json(&p);
            }
            println!("{}", line(&p));
            println!("  fact      {}", serde_json::to_string(&p.kind)?);
            println!(
                "  source    {} ({})",
                p.source,
                p.locator.as_deref().unwrap_or("-")
            );
            println!("  sentence  {}", p.excerpt);
            if let Some(n) = &p.note {
                println!("  note      {n}");
            }
            if let Some(d) = &p.decision {
                println!("  decided   {} — {d}", p.state);
            }
        }
        ReviewCommand::Accept { id, reason } => {
            let fact = accept(ctx, ProposalId::parse(&id)?, None, &reason).await?;
            println!("accepted: fact {fact}");
        }
        ReviewCommand::Edit {
            id,
            date,
            person,
            kind,
            release_kind,
            measure,
            facility,
            verification,
            reason,
        } => {
            let edits = Edits {
                date,
                person,
                kind,
                release_kind,
                measures: measure,
                facility,
                verification,
            };
            let fact = accept(ctx, ProposalId::parse(&id)?, Some(edits), &reason).await?;
            println!("edited and accepted: fact {fact}");
        }
        ReviewCommand::Reject { id, reason } => {
            let id = ProposalId::parse(&id)?;
            ctx.store()
                .write_batch(
                    vec![Write::Decide {
                        proposal: id,
                        state: ReviewState::Rejected,
                        reason,
                    }],
                    &ctx.write(),
                )
                .await?;
            println!("rejected {id}");
        }
    }
    Ok(())
}
