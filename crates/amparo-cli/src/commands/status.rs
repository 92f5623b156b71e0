//! `amparo status`: who is held as of a date, counted by custody state; and the status
//! derivation every command shares.

use crate::context::Context;
use crate::output::{PersonLine, StatusJson, describe, print_json};
use amparo_domain::{
    CustodyEvent, CustodyState, CustodyStatus, PersonId, custody_status, statuses_of,
};
use amparo_store::{Store, StoredFact};
use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// A person's facts (as the caller may see them) and their status as of a date.
pub async fn person_status(
    ctx: &Context,
    id: PersonId,
    as_of: NaiveDate,
) -> Result<(Vec<StoredFact>, CustodyStatus)> {
    let facts = ctx.store().facts_of(id, ctx.access).await?;
    let events: Vec<CustodyEvent> = facts
        .iter()
        .filter_map(|f| CustodyEvent::from_fact(&f.fact, f.retraction.is_some()))
        .collect();
    Ok((facts, custody_status(&events, as_of)))
}

/// Source id → publisher, to name sources in output.
pub async fn publishers(ctx: &Context) -> Result<HashMap<String, String>> {
    Ok(ctx
        .store()
        .sources(amparo_domain::Access::Admin)
        .await?
        .into_iter()
        .map(|s| (s.id.to_string(), s.publisher))
        .collect())
}

/// `status --json`.
#[derive(Serialize)]
pub struct StatusReport {
    pub as_of: String,
    /// Persons in the registry (hidden ones included in counts).
    pub persons: usize,
    /// Persons by custody state; every state is present.
    pub counts: BTreeMap<String, usize>,
    /// In prison (the NGO convention): in custody or whereabouts unknown.
    pub in_prison: usize,
    /// Deprived of liberty: in prison or under house arrest.
    pub deprived_of_liberty: usize,
    /// The persons deprived of liberty (everyone with --list), as the caller may see them.
    pub listed: Vec<PersonLine>,
}

pub async fn report(
    store: &dyn Store,
    access: amparo_domain::Access,
    as_of: NaiveDate,
    list_all: bool,
) -> Result<StatusReport> {
    let events = store.custody_events(amparo_domain::Access::Admin).await?;
    let mut persons = store.all_persons(amparo_domain::Access::Admin).await?;
    // A merged record is not a person of its own: its facts count under the other.
    persons.retain(|p| p.merged_into.is_none());
    let visible: HashMap<PersonId, String> = persons
        .iter()
        .filter_map(|p| p.name_for(access).map(|n| (p.id, n)))
        .collect();
    let mut statuses: HashMap<PersonId, CustodyStatus> =
        statuses_of(events, as_of).into_iter().collect();
    let mut counts: BTreeMap<String, usize> = CustodyState::ALL
        .iter()
        .map(|s| (s.to_string(), 0))
        .collect();
    let mut listed = Vec::new();
    let (mut in_prison, mut deprived) = (0, 0);
    for person in &persons {
        let status = statuses
            .remove(&person.id)
            .unwrap_or_else(|| custody_status(&[], as_of));
        *counts.entry(status.state.to_string()).or_default() += 1;
        in_prison += usize::from(status.state.is_in_prison());
        deprived += usize::from(status.state.is_deprived_of_liberty());
        if (list_all || status.state.is_deprived_of_liberty())
            && let Some(name) = visible.get(&person.id)
        {
            listed.push(PersonLine {
                id: person.id.to_string(),
                name: name.clone(),
                status: StatusJson::from(&status),
            });
        }
    }
    listed.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    Ok(StatusReport {
        as_of: as_of.to_string(),
        persons: persons.len(),
        counts,
        in_prison,
        deprived_of_liberty: deprived,
        listed,
    })
}

pub async fn run(ctx: &Context, as_of: Option<&str>, list_all: bool, json: bool) -> Result<()> {
    let as_of = ctx.as_of(as_of)?;
    let report = report(ctx.store(), ctx.access, as_of, list_all).await?;
    if json {
        return print_json(&report);
    }
    print_text(&report);
    Ok(())
}

pub fn print_text(report: &StatusReport) {
    println!(
        "Status as of {} ({} persons in the registry)",
        report.as_of, report.persons
    );
    println!(
        "  in prison (in custody or disappeared): {}",
        report.in_prison
    );
    println!(
        "  deprived of liberty (prison + house arrest): {}",
        report.deprived_of_liberty
    );
    for (state, n) in &report.counts {
        if *n > 0 {
            println!("    {state:<24} {n}");
        }
    }
    if !report.listed.is_empty() {
        println!();
    }
    for line in &report.listed {
        println!("  {:<32} {}", line.name, describe(&line.status));
    }
}
