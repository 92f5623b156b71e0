//! What the documenters' workspace in the browser reads that the command line never needed:
//! a person's version (for edits that must not overwrite someone else's), the facts citing
//! one source, who wrote each fact, and the audit log a page at a time, newest first.
//!
//! The store has no query by citation or by audited entity, so these read what it offers
//! and filter here; a registry of hundreds of thousands of rows will want store queries.

use crate::views::Paged;
use crate::{Action, Actor, App, AppResult, LogEntry};
use amparo_domain::{EntityKind, PersonId, SourceId};
use amparo_store::StoredFact;
use std::collections::{BTreeSet, HashMap};

impl App {
    /// The version of a person's record as the actor reads it: an edit naming it is refused
    /// if the record changed since (see [`crate::PersonEdit::version`]).
    #[tracing::instrument(skip_all, fields(id = %id))]
    pub async fn person_version(&self, actor: &Actor, id: PersonId) -> AppResult<i64> {
        actor.require(Action::ReadRecord)?;
        Ok(self.store.person_version(id, actor.access()).await?)
    }

    /// The facts (as the actor may see them) that cite `source`, oldest event first,
    /// retracted ones included (with their retraction).
    #[tracing::instrument(skip_all, fields(id = %source))]
    pub async fn facts_citing(
        &self,
        actor: &Actor,
        source: SourceId,
    ) -> AppResult<Vec<StoredFact>> {
        actor.require(Action::ReadRecord)?;
        // The source must exist for this reader before anything about it is said.
        self.store.source(source, actor.access()).await?;
        let access = actor.access();
        // Custody events name their first source; the other facts come whole. A custody
        // fact citing this source second is found when its person has another fact citing
        // it first, and missed otherwise: the store has no query by citation yet.
        let mut persons: BTreeSet<PersonId> = self
            .store
            .custody_events(access)
            .await?
            .into_iter()
            .filter(|(_, e)| e.source == Some(source))
            .map(|(p, _)| p)
            .collect();
        let cites = |f: &StoredFact| f.fact.citations().iter().any(|c| c.source == source);
        persons.extend(
            self.store
                .other_facts(access)
                .await?
                .iter()
                .filter(|f| cites(f))
                .map(|f| f.fact.person),
        );
        let mut facts = Vec::new();
        for person in persons {
            facts.extend(
                self.store
                    .facts_of(person, access)
                    .await?
                    .into_iter()
                    .filter(|f| cites(f)),
            );
        }
        facts.sort_by(|a, b| {
            a.fact
                .date
                .first_day()
                .cmp(&b.fact.date.first_day())
                .then(a.fact.id.cmp(&b.fact.id))
        });
        facts.dedup_by(|a, b| a.fact.id == b.fact.id);
        Ok(facts)
    }

    /// Who recorded each of `entities` of `kind` (the actor of its first audit entry), as
    /// the audit log names them: "user:ana (editor)".
    #[tracing::instrument(skip_all)]
    pub async fn recorded_by(
        &self,
        actor: &Actor,
        kind: EntityKind,
        entities: &[String],
    ) -> AppResult<HashMap<String, String>> {
        actor.require(Action::ReadRecord)?;
        let wanted: BTreeSet<&str> = entities.iter().map(String::as_str).collect();
        let mut found = HashMap::new();
        for entry in self.store.audit_log(actor.access()).await? {
            if entry.entity == kind && wanted.contains(entry.entity_id.as_str()) {
                found.entry(entry.entity_id).or_insert(entry.actor);
            }
        }
        Ok(found)
    }

    /// A page of the audit log, newest first: `limit` entries after skipping `offset`.
    #[tracing::instrument(skip_all)]
    pub async fn audit_page(
        &self,
        actor: &Actor,
        limit: usize,
        offset: usize,
    ) -> AppResult<Paged<LogEntry>> {
        actor.require(Action::ReadRecord)?;
        let log = self.store.audit_log(actor.access()).await?;
        let total = log.len();
        let items = log.into_iter().rev().skip(offset).take(limit).collect();
        Ok(Paged {
            items,
            total: total as u64,
            offset: offset as u64,
        })
    }
}
