//! The registry as one table, a row per person, for spreadsheets: name, national id (for
//! the roles that see it), status, since, facility, measures, number of sources.

use crate::{Actor, App, AppError, AppResult};
use amparo_domain::{ReleaseMeasure, custody_status};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::HashSet;

/// One person of the table.
#[derive(Debug, Clone, Serialize)]
pub struct PersonRow {
    pub id: String,
    /// The name, or initials for a person shown by initials.
    pub name: String,
    /// Only for the roles that see restricted fields; empty otherwise.
    pub national_id: String,
    pub nationalities: String,
    pub state: String,
    pub since: String,
    /// When the status comes from a list without its own date: the list's date.
    pub reported_by: String,
    pub facility: String,
    pub measures: String,
    /// Distinct sources the person's custody facts cite.
    pub sources: usize,
}

impl PersonRow {
    /// The column headers, in the order of [`PersonRow::cells`].
    pub const HEADERS: [&'static str; 10] = [
        "id",
        "name",
        "national_id",
        "nationalities",
        "state",
        "since",
        "reported_by",
        "facility",
        "measures",
        "sources",
    ];

    /// The row's cells, in the order of [`PersonRow::HEADERS`].
    pub fn cells(&self) -> [String; 10] {
        [
            self.id.clone(),
            self.name.clone(),
            self.national_id.clone(),
            self.nationalities.clone(),
            self.state.clone(),
            self.since.clone(),
            self.reported_by.clone(),
            self.facility.clone(),
            self.measures.clone(),
            self.sources.to_string(),
        ]
    }
}

impl App {
    /// Every person the actor may see, with their status as of a date, sorted by name.
    /// Hidden persons are not rows for the roles that may not see them.
    #[tracing::instrument(skip_all)]
    pub async fn people_table(&self, actor: &Actor, as_of: NaiveDate) -> AppResult<Vec<PersonRow>> {
        let snapshot = self.snapshot().await?;
        let access = actor.access();
        tokio::task::spawn_blocking(move || {
            let mut rows: Vec<PersonRow> = snapshot
                .registry
                .people()
                .iter()
                .filter_map(|rec| {
                    let name = rec.person.name_for(access)?;
                    let status = custody_status(&rec.custody, as_of);
                    let sources: HashSet<_> = rec.custody.iter().filter_map(|e| e.source).collect();
                    Some(PersonRow {
                        id: rec.person.id.to_string(),
                        name,
                        national_id: if access.sees_restricted() {
                            rec.person
                                .national_id
                                .as_ref()
                                .map(ToString::to_string)
                                .unwrap_or_default()
                        } else {
                            String::new()
                        },
                        nationalities: rec
                            .person
                            .nationalities
                            .iter()
                            .map(|c| c.as_str())
                            .collect::<Vec<_>>()
                            .join(" "),
                        state: status.state.to_string(),
                        since: status.since.map(|d| d.to_string()).unwrap_or_default(),
                        reported_by: status
                            .observed_by
                            .map(|d| d.to_string())
                            .unwrap_or_default(),
                        facility: status.facility.clone().unwrap_or_default(),
                        measures: status
                            .measures
                            .iter()
                            .map(ReleaseMeasure::to_string)
                            .collect::<Vec<_>>()
                            .join("; "),
                        sources: sources.len(),
                    })
                })
                .collect();
            rows.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
            rows
        })
        .await
        .map_err(AppError::Task)
    }
}
