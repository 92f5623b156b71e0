//! `amparo report`: balances, periods, series and claims, computed by `amparo-report` from
//! the registry as the store holds it.

use crate::cli::{ReportCommand, ReportFilter, ReportOutput};
use crate::context::Context;
use amparo_domain::{Access, CountryCode, PersonId, PersonRole, Verification, date::parse_day};
use amparo_report::{Every, Filter, Format, LegalEvent, PersonRecord, Registry, Report, render};
use amparo_store::Store;
use anyhow::{Context as _, Result};
use std::collections::HashMap;

/// Everything the reports read, from the store. Hidden persons are counted (the report
/// crate names persons only as their visibility allows).
pub async fn load(store: &dyn Store) -> Result<Registry> {
    let persons = store.all_persons(Access::Admin).await?;
    // A merged record is not a person of its own: its facts count under the other.
    let merged: HashMap<PersonId, PersonId> = persons
        .iter()
        .filter_map(|p| p.merged_into.map(|into| (p.id, into)))
        .collect();
    let mut slot: HashMap<PersonId, usize> = HashMap::with_capacity(persons.len());
    let mut records: Vec<PersonRecord> = Vec::with_capacity(persons.len());
    for person in persons.into_iter().filter(|p| p.merged_into.is_none()) {
        slot.insert(person.id, records.len());
        records.push(PersonRecord::new(person, Vec::new(), Vec::new()));
    }
    for (person, event) in store.custody_events(Access::Admin).await? {
        if let Some(&i) = slot.get(&person) {
            records[i].custody.push(event);
        }
    }
    for stored in store.other_facts(Access::Admin).await? {
        let person = merged
            .get(&stored.fact.person)
            .unwrap_or(&stored.fact.person);
        if let (Some(&i), Some(event)) = (
            slot.get(person),
            LegalEvent::from_fact(&stored.fact, stored.retraction.is_some()),
        ) {
            records[i].legal.push(event);
        }
    }
    Ok(Registry::new(
        records,
        store.facilities(Access::Admin).await?,
        store.announcements(Access::Admin).await?,
        store.claims(Access::Admin).await?,
    ))
}

fn filter(f: &ReportFilter) -> Result<Filter> {
    Ok(Filter {
        min_verification: f
            .min_verification
            .as_deref()
            .map(Verification::parse)
            .transpose()?,
        nationality: f
            .nationality
            .as_deref()
            .map(CountryCode::parse)
            .transpose()?,
        role: f.role.as_deref().map(PersonRole::parse).transpose()?,
        facility: f.facility.clone(),
        state: f.state.clone(),
    })
}

fn emit(report: &Report, out: &ReportOutput) -> Result<()> {
    let format = if out.json {
        Format::Json
    } else {
        Format::parse(&out.format)?
    };
    let text = render(report, format)?;
    match &out.out {
        Some(path) => {
            std::fs::write(path, text)
                .with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("written to {}", path.display());
        }
        None => println!("{}", text.trim_end()),
    }
    Ok(())
}

pub async fn run(ctx: &Context, cmd: ReportCommand) -> Result<()> {
    let registry = load(ctx.store()).await?;
    match cmd {
        ReportCommand::Balance {
            as_of,
            out,
            filter: f,
        } => {
            let as_of = ctx.as_of(as_of.as_deref())?;
            emit(
                &Report::Balance(amparo_report::balance(&registry, &filter(&f)?, as_of)),
                &out,
            )
        }
        ReportCommand::Period {
            from,
            to,
            out,
            filter: f,
        } => {
            let report =
                amparo_report::period(&registry, &filter(&f)?, parse_day(&from)?, parse_day(&to)?)?;
            emit(&Report::Period(report), &out)
        }
        ReportCommand::Series {
            from,
            to,
            every,
            out,
            filter: f,
        } => {
            let report = amparo_report::series(
                &registry,
                &filter(&f)?,
                parse_day(&from)?,
                parse_day(&to)?,
                Every::parse(&every)?,
            )?;
            emit(&Report::Series(report), &out)
        }
        ReportCommand::Claims {
            as_of,
            out,
            filter: f,
        } => {
            let as_of = ctx.as_of(as_of.as_deref())?;
            emit(
                &Report::Claims(amparo_report::claims(&registry, &filter(&f)?, as_of)),
                &out,
            )
        }
    }
}
