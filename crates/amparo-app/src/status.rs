//! Who is held as of a date, counted by custody state.

use crate::views::{PersonLine, StatusView};
use crate::{Actor, App, AppError, AppResult};
use amparo_domain::{CustodyState, custody_status};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// Which persons a status report lists beside its counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    /// Counts only.
    None,
    /// The persons deprived of liberty.
    DeprivedOfLiberty,
    /// Every person.
    Everyone,
}

/// The registry's status as of a date.

#[derive(Debug, Clone, Serialize)]
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
    /// The persons listed (see [`Listing`]), as the reader may see them.
    pub listed: Vec<PersonLine>,
}

impl App {
    /// Counts by custody state as of a date, and the persons `listing` asks for.
    #[tracing::instrument(skip_all)]
    pub async fn status(
        &self,
        actor: &Actor,
        as_of: NaiveDate,
        listing: Listing,
    ) -> AppResult<StatusReport> {
        let snapshot = self.snapshot().await?;
        let access = actor.access();
        tokio::task::spawn_blocking(move || {
            let mut counts: BTreeMap<String, usize> = CustodyState::ALL
                .iter()
                .map(|s| (s.to_string(), 0))
                .collect();
            let mut listed = Vec::new();
            let (mut in_prison, mut deprived) = (0, 0);
            let people = snapshot.registry.people();
            for rec in people {
                let status = custody_status(&rec.custody, as_of);
                *counts.entry(status.state.to_string()).or_default() += 1;
                in_prison += usize::from(status.state.is_in_prison());
                deprived += usize::from(status.state.is_deprived_of_liberty());
                let listed_too = match listing {
                    Listing::None => false,
                    Listing::DeprivedOfLiberty => status.state.is_deprived_of_liberty(),
                    Listing::Everyone => true,
                };
                if listed_too && let Some(name) = rec.person.name_for(access) {
                    listed.push(PersonLine {
                        id: rec.person.id.to_string(),
                        name,
                        status: StatusView::from(&status),
                    });
                }
            }
            listed.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
            StatusReport {
                as_of: as_of.to_string(),
                persons: people.len(),
                counts,
                in_prison,
                deprived_of_liberty: deprived,
                listed,
            }
        })
        .await
        .map_err(AppError::Task)
    }
}
