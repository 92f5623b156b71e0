//! Importing a list: every row accounted for — a new person, matched to a known person (or
//! to an earlier row of the same list), queued for review when the match is uncertain, or
//! rejected with its line and reason.
//!
//! The identity decisions are made on the persons as they are when the list is read; the
//! batch that writes them expects the persons unchanged since (see
//! [`amparo_store::Expectation`]), so two imports of one list at the same time never both
//! create its people: the later one decides again on what the first wrote.

mod decide;
mod rejects;
mod rows;

pub use decide::LineOutcome;

use crate::{Action, Actor, App, AppResult};
use amparo_domain::{
    Access, PartialDate, Person, PersonId, Sha256, Source, SourceId, SourceKind, Verification,
};
use amparo_ingest::{Mapping, ReadWarning, Reject};
use amparo_store::{Expectation, StoreError, Write};
use decide::decide;
use serde::Serialize;

/// How a list comes in.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The kind of source the list is; ngo-list when not given.
    pub source_kind: Option<String>,
    pub source_publisher: String,
    /// The list's date: statuses without their own date are "as of" it.
    pub source_published: String,
    pub source_url: Option<String>,
    pub source_title: Option<String>,
    /// The verification level of the facts the rows give; reported when not given.
    pub verification: Option<String>,
    /// A mapping (TOML or JSON text) for headers amparo does not recognise, with its name.
    pub mapping: Option<(String, String)>,
    /// Decide everything, write nothing.
    pub dry_run: bool,
    /// Keep what became of each line in the summary.
    pub lines: bool,
}

/// What an import did. The counts add up: rows = created + matched + queued + rejected.
#[derive(Debug, Clone, Serialize)]
pub struct ImportSummary {
    pub file: String,
    pub dry_run: bool,
    /// "imported", or "already imported" when the list's bytes are known.
    pub result: String,
    pub source: Option<SourceId>,
    pub format: String,
    pub encoding: String,
    /// Column headers and the field each went to (null: ignored).
    pub columns: Vec<(String, Option<String>)>,
    /// Data rows read (blank rows excluded).
    pub rows: usize,
    pub created: usize,
    pub matched: usize,
    pub queued: usize,
    pub rejected: usize,
    /// Rows with nothing in them, skipped.
    pub blank: usize,
    pub facts: usize,
    /// Rows that went to a known person, the first ten: line, person, name.
    pub matched_to: Vec<MatchedTo>,
    /// Cells that could not be read (each kept in the person's notes; a row where such a
    /// cell mattered went to review).
    pub row_warnings: usize,
    /// What was wrong with the file as a whole (bytes not in its encoding, with their
    /// line and byte offset).
    pub warnings: Vec<ReadWarning>,
    /// Rows whose status had no date of its own: recorded as how the person stood on the
    /// list's date, never as a change on that day.
    pub observations: usize,
    pub rejects: Vec<Reject>,
    /// What became of each line (only when asked for).
    pub lines: Vec<(usize, LineOutcome)>,
}

impl App {
    /// Imports a list. `progress` is told the phase ("matching", "writing") and, while
    /// writing, how many writes of how many are done.
    #[tracing::instrument(skip_all)]
    pub async fn import_list(
        &self,
        actor: &Actor,
        name: &str,
        bytes: Vec<u8>,
        options: &ImportOptions,
        progress: &(dyn Fn(ImportProgress) + Send + Sync),
    ) -> AppResult<ImportSummary> {
        actor.require(Action::Edit)?;
        let list_date = PartialDate::parse(&options.source_published)?;
        let verification =
            Verification::parse(options.verification.as_deref().unwrap_or("reported"))?;
        let mut source = Source::new(
            SourceId::generate(),
            SourceKind::parse(options.source_kind.as_deref().unwrap_or("ngo-list"))?,
            &options.source_publisher,
        )?;
        source.published = Some(list_date);
        source.url.clone_from(&options.source_url);
        source.title.clone_from(&options.source_title);
        let mapping = match &options.mapping {
            Some((text, label)) => Some(Mapping::parse(text, label)?),
            None => None,
        };
        progress(ImportProgress::Reading);
        let read = amparo_ingest::read_list(&bytes, name, mapping.as_ref())?;
        let mut summary = ImportSummary {
            file: name.to_owned(),
            dry_run: options.dry_run,
            result: "imported".into(),
            source: Some(source.id),
            format: read.format.to_string(),
            encoding: read.encoding.to_owned(),
            columns: read
                .columns
                .iter()
                .map(|(c, f)| (c.clone(), f.map(|f| f.to_string())))
                .collect(),
            rows: read.rows_read - read.blank,
            created: 0,
            matched: 0,
            queued: 0,
            rejected: read.rejects.len(),
            blank: read.blank,
            facts: 0,
            observations: 0,
            matched_to: Vec::new(),
            row_warnings: 0,
            warnings: read.warnings.clone(),
            rejects: read.rejects.clone(),
            lines: Vec::new(),
        };
        let facilities = self.store.facilities(Access::Admin).await?;
        // Decided, written; decided again if another writer changed the persons meanwhile.
        let mut attempt = 0;
        loop {
            attempt += 1;
            if let Some(existing) = self
                .store
                .source_by_hash(&Sha256::of(&bytes), Access::Admin)
                .await?
            {
                summary.result =
                    format!("already imported as source {}: nothing added", existing.id);
                summary.source = Some(existing.id);
                summary.rejects.clear();
                (summary.rows, summary.rejected) = (0, 0);
                return Ok(summary);
            }
            progress(ImportProgress::Matching {
                rows: read.rows.len(),
            });
            let seen = self.store.head().await?;
            let known: Vec<Person> = self
                .store
                .all_persons(Access::Admin)
                .await?
                .into_iter()
                .filter(|p| p.merged_into.is_none())
                .collect();
            let outcomes = decide(&known, &read.rows);
            let by_id: std::collections::HashMap<PersonId, &Person> =
                known.iter().map(|p| (p.id, p)).collect();
            let mut counts = summary.clone();
            let list = rows::List {
                source: &source,
                date: list_date,
                verification,
                facilities: &facilities,
                keep_lines: options.lines,
                known: &by_id,
            };
            let mut writes = rows::writes_for(&read.rows, &outcomes, &list, &mut counts)?;
            drop(by_id);
            drop(known);
            if options.dry_run {
                counts.result = "dry run: nothing written".into();
                return Ok(counts);
            }
            writes.insert(0, Write::Expect(Expectation::PersonsUnchangedSince(seen)));
            // The list's bytes are kept with its source (copied: a retry needs them again).
            writes.insert(
                1,
                Write::Source {
                    source: source.clone(),
                    original: Some(bytes.clone()),
                },
            );
            let total = writes.len();
            progress(ImportProgress::Writing { done: 0, total });
            actor.require(Action::Edit)?;
            let ctx = self.write_context(actor);
            let written = self
                .store
                .write_batch_with_progress(writes, &ctx, &|done| {
                    progress(ImportProgress::Writing { done, total })
                })
                .await;
            match written {
                Ok(()) => return Ok(counts),
                Err(StoreError::Stale { .. }) if attempt < 5 => {
                    tracing::info!(
                        attempt,
                        "persons changed while the list was matched: matching again"
                    );
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
}

/// A row that went to a known person.
#[derive(Debug, Clone, Serialize)]
pub struct MatchedTo {
    pub line: usize,
    pub person: PersonId,
    pub name: String,
}

/// The phases of an import, for a progress display.
#[derive(Debug, Clone, Copy)]
pub enum ImportProgress {
    Reading,
    Matching { rows: usize },
    Writing { done: usize, total: usize },
}
