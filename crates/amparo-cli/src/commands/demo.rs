//! `amparo demo`: builds a registry of invented people from the bundled demo file, through
//! the same code paths as the other commands, and prints the status as of a date.

use super::admin::parse_gazetteer;
use super::fact::kind_from;
use super::status::{print_text, report};
use crate::cli::{FactAdd, PersonAdd, SourceAdd};
use crate::output::print_json;
use amparo_domain::{Access, Citation, Fact, FactId, PartialDate, Verification, facility};
use amparo_sqlite::SqliteStore;
use amparo_store::{Store, Write, WriteContext};
use anyhow::{Context as _, Result, anyhow};
use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;

const DEMO: &str = include_str!("../../demo/registry.json");

#[derive(Deserialize)]
struct Demo {
    sources: Vec<DemoSource>,
    persons: Vec<DemoPerson>,
    facts: Vec<DemoFact>,
}

#[derive(Deserialize)]
struct DemoSource {
    key: String,
    kind: String,
    publisher: String,
    published: Option<String>,
    language: Option<String>,
    reliability: String,
}

#[derive(Deserialize)]
struct DemoPerson {
    key: String,
    name: String,
    sex: Option<String>,
    birth_date: Option<String>,
    #[serde(default)]
    nationalities: Vec<String>,
    #[serde(default)]
    roles: Vec<String>,
    national_id: Option<String>,
    visibility: Option<String>,
}

#[derive(Deserialize)]
struct DemoFact {
    person: String,
    kind: String,
    date: String,
    source: String,
    excerpt: String,
    verification: Option<String>,
    release_kind: Option<String>,
    #[serde(default)]
    measure: Vec<String>,
    facility: Option<String>,
    agency: Option<String>,
    #[serde(default)]
    offence: Vec<String>,
}

/// The demo's writes, built with the same builders as `source add`, `person add` and
/// `fact add`.
fn writes(store_facilities: &[amparo_domain::Facility]) -> Result<Vec<Write>> {
    let demo: Demo = serde_json::from_str(DEMO).context("the bundled demo file is malformed")?;
    let mut writes = Vec::new();
    let mut sources = HashMap::new();
    for s in demo.sources {
        let source = super::source::build(&SourceAdd {
            kind: s.kind,
            publisher: s.publisher,
            title: None,
            url: None,
            published: s.published,
            language: s.language,
            reliability: s.reliability,
            file: None,
            json: false,
        })?;
        sources.insert(s.key, source.id);
        writes.push(Write::Source {
            source,
            original: None,
        });
    }
    let mut persons = HashMap::new();
    for p in demo.persons {
        let person = super::person::build(&PersonAdd {
            name: p.name,
            alias: vec![],
            national_id: p.national_id,
            sex: p.sex,
            birth_date: p.birth_date,
            nationality: p.nationalities,
            role: p.roles,
            visibility: p.visibility.unwrap_or_else(|| "public".into()),
            high_profile: false,
            contacts: None,
            notes: None,
            json: false,
        })?;
        persons.insert(p.key, person.id);
        writes.push(Write::Person(person));
    }
    for f in demo.facts {
        let person = *persons
            .get(&f.person)
            .ok_or_else(|| anyhow!("demo fact names unknown person {}", f.person))?;
        let source = *sources
            .get(&f.source)
            .ok_or_else(|| anyhow!("demo fact names unknown source {}", f.source))?;
        let facility_name = f.facility.as_deref().map(|w| {
            facility::find(store_facilities, w)
                .map(|x| x.name.clone())
                .unwrap_or_else(|| w.to_owned())
        });
        let args = FactAdd {
            person: person.to_string(),
            kind: f.kind,
            date: f.date.clone(),
            source: vec![source.to_string()],
            excerpt: Some(f.excerpt.clone()),
            locator: None,
            verification: f.verification.clone().unwrap_or_else(|| "reported".into()),
            release_kind: f.release_kind,
            measure: f.measure,
            facility: f.facility,
            agency: f.agency,
            offence: f.offence,
            term_months: None,
            text: None,
            by: None,
            criteria: None,
            country: None,
            role: None,
            supersedes: None,
            proposed: false,
            json: false,
        };
        let kind = kind_from(&args, facility_name)?;
        let citation = Citation::new(source, Some(f.excerpt), None)?;
        let mut fact = Fact::new(
            FactId::generate(),
            person,
            kind,
            PartialDate::parse(&f.date)?,
            vec![citation],
        )?;
        fact.verification = Verification::parse(&args.verification)?;
        writes.push(Write::Fact(fact));
    }
    Ok(writes)
}

pub async fn run(out: &Path, as_of: &str, json: bool, actor: &str) -> Result<ExitCode> {
    let as_of = amparo_domain::date::parse_day(as_of)?;
    for suffix in ["", "-wal", "-shm"] {
        let path = format!("{}{suffix}", out.display());
        if Path::new(&path).exists() {
            std::fs::remove_file(&path).with_context(|| format!("cannot replace {path}"))?;
        }
    }
    let store = SqliteStore::open(out).await?;
    let ctx = WriteContext::new(actor, chrono::Utc::now());
    let gazetteer = parse_gazetteer(super::admin::GAZETTEER)?;
    for f in &gazetteer {
        store.put_facility(f, &ctx).await?;
    }
    store.write_batch(writes(&gazetteer)?, &ctx).await?;
    let report = report(&store, Access::Documenter, as_of, true).await?;
    if json {
        print_json(&report)?;
    } else {
        print_text(&report);
        println!(
            "\nThe demo registry is {}. Try:\n  amparo --db {0} status --as-of 2025-12-31\n  amparo --db {0} person list --name marcos\n  amparo --db {0} verify",
            out.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
