//! The demo registry: invented people, sources and facts from a bundled file, written
//! through the same builders as the documenters' own input.

use crate::facts::FactInput;
use crate::persons::PersonInput;
use crate::sources::SourceInput;
use crate::{Action, Actor, App, AppError, AppResult};
use amparo_domain::{PersonId, SourceId};
use amparo_store::Write;
use serde::Deserialize;
use std::collections::HashMap;

const DEMO: &str = include_str!("../demo/registry.json");

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

impl App {
    /// Writes the demo's gazetteer, sources, persons and facts into this (empty) registry.
    #[tracing::instrument(skip_all)]
    pub async fn load_demo(&self, actor: &Actor) -> AppResult<()> {
        actor.require(Action::Administer)?;
        self.seed_gazetteer(actor).await?;
        let facilities = self.store.facilities(actor.access()).await?;
        let demo: Demo = serde_json::from_str(DEMO)
            .map_err(|e| AppError::Invalid(format!("the bundled demo file is malformed: {e}")))?;
        let mut writes = Vec::new();
        let mut sources: HashMap<String, SourceId> = HashMap::new();
        for s in demo.sources {
            let source = SourceInput {
                kind: s.kind,
                publisher: s.publisher,
                published: s.published,
                language: s.language,
                reliability: Some(s.reliability),
                ..SourceInput::default()
            }
            .build()?;
            sources.insert(s.key, source.id);
            writes.push(Write::Source {
                source,
                original: None,
            });
        }
        let mut persons: HashMap<String, PersonId> = HashMap::new();
        for p in demo.persons {
            let person = PersonInput {
                name: p.name,
                national_id: p.national_id,
                sex: p.sex,
                birth_date: p.birth_date,
                nationalities: p.nationalities,
                roles: p.roles,
                visibility: p.visibility,
                ..PersonInput::default()
            }
            .build()?;
            persons.insert(p.key, person.id);
            writes.push(Write::Person(person));
        }
        let unknown = |what: &str, key: &str| {
            AppError::Invalid(format!("the demo names an unknown {what} {key}"))
        };
        for f in demo.facts {
            let fact = FactInput {
                person: *persons
                    .get(&f.person)
                    .ok_or_else(|| unknown("person", &f.person))?,
                kind: f.kind,
                date: f.date,
                sources: vec![
                    *sources
                        .get(&f.source)
                        .ok_or_else(|| unknown("source", &f.source))?,
                ],
                excerpt: Some(f.excerpt),
                locator: None,
                verification: f.verification,
                release_kind: f.release_kind,
                measures: f.measure,
                facility: f.facility,
                agency: f.agency,
                offences: f.offence,
                term_months: None,
                text: None,
                by: None,
                criteria: None,
                country: None,
                role: None,
                supersedes: None,
                proposed: false,
            }
            .build(&facilities)?;
            writes.push(Write::Fact(fact));
        }
        self.write(actor, Action::Administer, writes).await
    }
}
