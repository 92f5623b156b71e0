//! Importing a list: every row accounted for — a new person, matched to a known person (or
//! to an earlier row of the same list), queued for review when the match is uncertain, or
//! rejected with its line and reason.
//!
//! The identity decisions are made on the persons as they are when the list is read; the
//! batch that writes them expects the persons unchanged since (see
//! [`amparo_store::Expectation`]), so two imports of one list at the same time never both
//! create its people: the later one decides again on what the first wrote.

mod decide;

pub use decide::LineOutcome;

use crate::{Action, Actor, App, AppResult};
use amparo_domain::{
    Access, Citation, Facility, Fact, FactId, FactKind, PartialDate, Person, PersonId, Proposal,
    ProposalId, ProposedPerson, ReviewState, Sha256, Source, SourceId, SourceKind, Verification,
    facility,
};
use amparo_ingest::{ListRow, Mapping, Reject};
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
    /// Rows whose status had no date of its own: recorded as how the person stood on the
    /// list's date, never as a change on that day.
    pub observations: usize,
    pub rejects: Vec<Reject>,
    /// What became of each line (only when asked for).
    pub lines: Vec<(usize, LineOutcome)>,
}

/// The facts a row states (see `ListRow::proposed_facts`), with facilities named as the
/// gazetteer names them. A status without its own date is an observation as of the list's
/// date (the change happened on or before it), not an event of that day: the third value.
fn row_facts(
    row: &ListRow,
    list_date: PartialDate,
    facilities: &[Facility],
) -> Vec<(FactKind, PartialDate, bool)> {
    let canonical = |f: &Option<String>| f.as_deref().map(|w| facility::canonical(facilities, w));
    row.proposed_facts()
        .into_iter()
        .map(|p| {
            let kind = match p.kind {
                FactKind::Arrest { facility, agency } => FactKind::Arrest {
                    facility: canonical(&facility),
                    agency,
                },
                FactKind::Detention { facility } => FactKind::Detention {
                    facility: canonical(&facility),
                },
                FactKind::DeathInCustody { facility } => FactKind::DeathInCustody {
                    facility: canonical(&facility),
                },
                other => other,
            };
            (kind, p.date.unwrap_or(list_date), p.date.is_none())
        })
        .collect()
}

/// What a fact imported from a row quotes: the row as the list gives it (name, status,
/// dates, place), not the status word alone. The national id is not quoted: it is a
/// restricted field, and excerpts are shown to the public.
fn row_excerpt(row: &ListRow) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(name) = row.names.first() {
        parts.push(name.as_str().to_owned());
    }
    if let Some(s) = &row.status_text {
        parts.push(s.clone());
    }
    if let Some(d) = row.arrest_date {
        parts.push(format!("detención {d}"));
    }
    if let Some(d) = row.release_date {
        parts.push(format!("excarcelación {d}"));
    }
    if let Some(f) = &row.facility {
        parts.push(f.clone());
    }
    parts.join(" | ")
}

fn new_person(row: &ListRow, id: PersonId) -> Option<Person> {
    let mut names = row.names.clone().into_iter();
    let mut person = Person::new(id, names.next()?);
    person.names.extend(names);
    person.national_id.clone_from(&row.national_id);
    person.sex = row.sex;
    person.birth_date = row.birth_date;
    person.nationalities.clone_from(&row.nationalities);
    person.roles.clone_from(&row.roles);
    person.notes.clone_from(&row.notes);
    Some(person)
}

/// What every row of a list shares.
struct List<'a> {
    source: &'a Source,
    date: PartialDate,
    verification: Verification,
    facilities: &'a [Facility],
    keep_lines: bool,
}

/// The writes for a list's rows, given the decisions, and the counts into `summary`.
fn writes_for(
    rows: &[ListRow],
    outcomes: &[LineOutcome],
    list: &List<'_>,
    summary: &mut ImportSummary,
) -> AppResult<Vec<Write>> {
    let (source, list_date, verification, facilities, keep_lines) = (
        list.source,
        list.date,
        list.verification,
        list.facilities,
        list.keep_lines,
    );
    // Room for every write up front: growing a vector of two million writes copied it
    // over and over (perf).
    let mut writes = Vec::with_capacity(1 + rows.len() * 3);
    // A row repeated in the list states the same facts again: they are recorded once.
    let mut stated: std::collections::HashSet<(PersonId, FactKind, PartialDate)> =
        std::collections::HashSet::new();
    for (row, outcome) in rows.iter().zip(outcomes) {
        let facts = row_facts(row, list_date, facilities);
        let citation = Citation::new(
            source.id,
            Some(row_excerpt(row)),
            Some(format!("line {}", row.line)),
        )?;
        if !facts.is_empty() && facts.iter().all(|(_, _, observed)| *observed) {
            summary.observations += 1;
        }
        let person = match outcome {
            LineOutcome::Created { person } => {
                summary.created += 1;
                if let Some(p) = new_person(row, *person) {
                    writes.push(Write::Person(p));
                }
                Some(*person)
            }
            LineOutcome::Matched { person, .. } => {
                summary.matched += 1;
                Some(*person)
            }
            LineOutcome::Queued { possible_match, .. } => {
                summary.queued += 1;
                for (kind, date, _) in &facts {
                    writes.push(Write::Proposal(Proposal {
                        id: ProposalId::generate(),
                        source: source.id,
                        person: ProposedPerson::New {
                            name: row
                                .names
                                .first()
                                .map(|n| n.as_str().to_owned())
                                .unwrap_or_default(),
                            variants: row
                                .names
                                .iter()
                                .skip(1)
                                .map(|n| n.as_str().to_owned())
                                .collect(),
                            nationalities: row.nationalities.clone(),
                            roles: row.roles.clone(),
                            possible_match: *possible_match,
                        },
                        kind: kind.clone(),
                        date: Some(*date),
                        verification,
                        excerpt: row_excerpt(row),
                        locator: Some(format!("line {}", row.line)),
                        note: Some(
                            "uncertain identity match: is this the possible match, or someone new?"
                                .into(),
                        ),
                        state: ReviewState::Proposed,
                        decision: None,
                    }));
                }
                None
            }
        };
        if let Some(person) = person {
            for (kind, date, observed) in facts {
                if !stated.insert((person, kind.clone(), date)) {
                    continue;
                }
                let mut fact = Fact::new(
                    FactId::generate(),
                    person,
                    kind,
                    date,
                    vec![citation.clone()],
                )?;
                fact.verification = verification;
                fact.observed = observed;
                writes.push(Write::Fact(fact));
                summary.facts += 1;
            }
        }
        if keep_lines {
            summary.lines.push((row.line, outcome.clone()));
        }
    }
    Ok(writes)
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
            drop(known);
            let mut counts = summary.clone();
            let list = List {
                source: &source,
                date: list_date,
                verification,
                facilities: &facilities,
                keep_lines: options.lines,
            };
            let mut writes = writes_for(&read.rows, &outcomes, &list, &mut counts)?;
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

/// The phases of an import, for a progress display.
#[derive(Debug, Clone, Copy)]
pub enum ImportProgress {
    Reading,
    Matching { rows: usize },
    Writing { done: usize, total: usize },
}
