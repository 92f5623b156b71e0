//! `amparo fact`: record sourced facts and retract them.

use crate::cli::FactAdd;
use crate::context::{Context, person_id};
use crate::output::print_created;
use amparo_domain::Access;
use amparo_domain::fact::FactType;
use amparo_domain::{
    Citation, CountryCode, Fact, FactId, FactKind, PartialDate, PersonRole, ReleaseKind,
    ReleaseMeasure, ReviewState, SourceId, Verification, facility,
};
use amparo_store::Write;
use anyhow::{Result, bail};

/// Refuses options that do not belong to the kind, so a mistyped command is not half-read.
fn only_for(kind: FactType, present: &[(&str, bool)], allowed: &[&str]) -> Result<()> {
    for (name, given) in present {
        if *given && !allowed.contains(name) {
            bail!("--{name} does not apply to a {kind} fact");
        }
    }
    Ok(())
}

/// The fact kind the options describe.
pub fn kind_from(args: &FactAdd, facility: Option<String>) -> Result<FactKind> {
    let kind = FactType::parse(&args.kind)?;
    let present = [
        ("release-kind", args.release_kind.is_some()),
        ("measure", !args.measure.is_empty()),
        ("facility", args.facility.is_some()),
        ("agency", args.agency.is_some()),
        ("offence", !args.offence.is_empty()),
        ("term-months", args.term_months.is_some()),
        ("text", args.text.is_some()),
        ("by", args.by.is_some()),
        ("criteria", args.criteria.is_some()),
        ("country", args.country.is_some()),
        ("role", args.role.is_some()),
    ];
    let measures = || -> Result<Vec<ReleaseMeasure>> {
        Ok(args
            .measure
            .iter()
            .map(|m| ReleaseMeasure::parse(m))
            .collect::<Result<_, _>>()?)
    };
    let one_measure = || -> Result<ReleaseMeasure> {
        match measures()?.as_slice() {
            [m] => Ok(m.clone()),
            _ => bail!("a {kind} fact takes exactly one --measure"),
        }
    };
    let required = |value: &Option<String>, name: &str| -> Result<String> {
        value
            .clone()
            .ok_or_else(|| anyhow::anyhow!("a {kind} fact needs --{name}"))
    };
    let facility_only = ["facility"];
    Ok(match kind {
        FactType::Arrest => {
            only_for(kind, &present, &["facility", "agency"])?;
            FactKind::Arrest {
                facility,
                agency: args.agency.clone(),
            }
        }
        FactType::Detention => {
            only_for(kind, &present, &facility_only)?;
            FactKind::Detention { facility }
        }
        FactType::Transfer => {
            only_for(kind, &present, &facility_only)?;
            FactKind::Transfer {
                facility: facility.ok_or_else(|| anyhow::anyhow!("a transfer needs --facility"))?,
            }
        }
        FactType::Release => {
            only_for(kind, &present, &["release-kind", "measure"])?;
            let measures = measures()?;
            let release_kind = match &args.release_kind {
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
                offences: args.offence.clone(),
            }
        }
        FactType::Hearing => {
            only_for(kind, &present, &["text"])?;
            FactKind::Hearing {
                note: args.text.clone(),
            }
        }
        FactType::Sentence => {
            only_for(kind, &present, &["term-months", "text"])?;
            FactKind::Sentence {
                term_months: args.term_months,
                text: args.text.clone(),
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
            only_for(kind, &present, &["by", "criteria"])?;
            FactKind::Recognition {
                by: required(&args.by, "by")?,
                criteria: args.criteria.clone(),
            }
        }
        FactType::Nationality => {
            only_for(kind, &present, &["country"])?;
            FactKind::Nationality {
                country: CountryCode::parse(&required(&args.country, "country")?)?,
            }
        }
        FactType::Role => {
            only_for(kind, &present, &["role"])?;
            FactKind::Role {
                role: PersonRole::parse(&required(&args.role, "role")?)?,
            }
        }
    })
}

/// The facility's canonical name from the gazetteer; an unknown one is kept as written,
/// with a note on stderr saying how to add it.
pub async fn canonical_facility(ctx: &Context, written: Option<&str>) -> Result<Option<String>> {
    let Some(written) = written else {
        return Ok(None);
    };
    let facilities = ctx.store().facilities(Access::Admin).await?;
    if facility::find(&facilities, written).is_none() {
        eprintln!(
            "note: {written:?} is not in the gazetteer; kept as written (add it with `amparo facility add --name ...`)"
        );
    }
    Ok(Some(facility::canonical(&facilities, written)))
}

pub async fn add(ctx: &Context, args: FactAdd) -> Result<()> {
    let person = person_id(&args.person)?;
    if args.source.is_empty() {
        bail!("a fact needs a source: pass --source ID (create one with `amparo source add`)");
    }
    let facility = canonical_facility(ctx, args.facility.as_deref()).await?;
    let kind = kind_from(&args, facility)?;
    let citations = args
        .source
        .iter()
        .map(|s| {
            Ok(Citation::new(
                SourceId::parse(s)?,
                args.excerpt.clone(),
                args.locator.clone(),
            )?)
        })
        .collect::<Result<Vec<_>>>()?;
    let mut fact = Fact::new(
        FactId::generate(),
        person,
        kind,
        PartialDate::parse(&args.date)?,
        citations,
    )?;
    fact.verification = Verification::parse(&args.verification)?;
    fact.supersedes = args.supersedes.as_deref().map(FactId::parse).transpose()?;
    if args.proposed {
        fact.review = ReviewState::Proposed;
    }
    let id = fact.id;
    ctx.store()
        .write_batch(vec![Write::Fact(fact)], &ctx.write())
        .await?;
    print_created(id, args.json)
}

pub async fn retract(ctx: &Context, id: &str, reason: &str) -> Result<()> {
    let id = FactId::parse(id)?;
    ctx.store().retract_fact(id, reason, &ctx.write()).await?;
    println!("retracted {id}");
    Ok(())
}
