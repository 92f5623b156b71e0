//! One snapshot of the whole registry for statuses and reports, cached by the audit log's
//! last sequence number: a server answering many readers builds it once per change.

use crate::{App, AppResult};
use amparo_domain::{Access, PersonId};
use amparo_report::{LegalEvent, PersonRecord, Registry};
use std::collections::HashMap;
use std::sync::Arc;

/// The registry as the reports read it, at one point of its history. Hidden persons are
/// in it (they are counted); use cases name persons only as the reader may see them.
pub struct Snapshot {
    /// The audit log's last sequence number when it was read.
    pub head: i64,
    pub registry: Registry,
}

/// The last snapshot built.
#[derive(Default)]
pub(crate) struct Cache {
    last: tokio::sync::Mutex<Option<Arc<Snapshot>>>,
}

impl App {
    /// The registry's snapshot: the cached one while nothing was written since, else a new
    /// one (one builder at a time; the others wait for it rather than build their own).
    #[tracing::instrument(skip_all)]
    pub async fn snapshot(&self) -> AppResult<Arc<Snapshot>> {
        let head = self.store.head().await?;
        let mut last = self.snapshots.last.lock().await;
        if let Some(s) = last.as_ref()
            && s.head == head
        {
            return Ok(Arc::clone(s));
        }
        let started = std::time::Instant::now();
        let snapshot = Arc::new(self.load(head).await?);
        tracing::info!(
            head,
            persons = snapshot.registry.people().len(),
            ms = started.elapsed().as_millis() as u64,
            "snapshot built"
        );
        *last = Some(Arc::clone(&snapshot));
        Ok(snapshot)
    }

    /// Reads everything the reports read. Merged records are not persons of their own:
    /// their facts count under the person they were merged into.
    async fn load(&self, head: i64) -> AppResult<Snapshot> {
        let store = self.store.as_ref();
        let persons = store.all_persons(Access::Admin).await?;
        let custody = store.custody_events(Access::Admin).await?;
        let other = store.other_facts(Access::Admin).await?;
        let facilities = store.facilities(Access::Admin).await?;
        // Withdrawn announcements and claims count for nothing.
        let mut announcements = store.announcements(Access::Admin).await?;
        announcements.retain(|a| a.retracted.is_none());
        let mut claims = store.claims(Access::Admin).await?;
        claims.retain(|c| c.retracted.is_none());
        let registry = tokio::task::spawn_blocking(move || {
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
            for (person, event) in custody {
                if let Some(&i) = slot.get(&person) {
                    records[i].custody.push(event);
                }
            }
            for stored in other {
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
            Registry::new(records, facilities, announcements, claims)
        })
        .await
        .map_err(crate::AppError::Task)?;
        Ok(Snapshot { head, registry })
    }
}
