//! `amparo import`: a list in, every row accounted for — a new person, matched to a known
//! person (or to an earlier row of the same list), queued for review when the match is
//! uncertain, or rejected with its line and reason.

mod decide;

use crate::cli::Import;
use crate::context::Context;
use crate::output::print_json;
use amparo_domain::{
    Access, Citation, Facility, Fact, FactId, FactKind, PartialDate, Person, PersonId, Proposal,
    ProposalId, ProposedPerson, ReviewState, Sha256, Source, SourceId, SourceKind, Verification,
    facility,
};
use amparo_ingest::{ListRow, Mapping, Reject};
use amparo_store::Write;
use anyhow::{Context as _, Result};
use decide::{Outcome, decide};
use serde::Serialize;

/// `import --json`: the counts add up: rows = created + matched + queued + rejected.
#[derive(Serialize)]
struct Summary {
    file: String,
    dry_run: bool,
    /// "imported", or "already imported" when the list's bytes are known.
    result: String,
    source: Option<SourceId>,
    format: String,
    encoding: String,
    /// Column headers and the field each went to (null: ignored).
    columns: Vec<(String, Option<String>)>,
    /// Data rows read (blank rows excluded).
    rows: usize,
    created: usize,
    matched: usize,
    queued: usize,
    rejected: usize,
    /// Rows with nothing in them, skipped.
    blank: usize,
    facts: usize,
    rejects: Vec<Reject>,
    rejects_file: Option<String>,
    /// What became of each line (built only for `--json`, which prints it).
    lines: Vec<(usize, Outcome)>,
}

/// The facts a row states (see `ListRow::proposed_facts`), a status without its own date
/// dated by the list, and facilities named as the gazetteer names them.
fn row_facts(
    row: &ListRow,
    list_date: PartialDate,
    facilities: &[Facility],
) -> Vec<(FactKind, PartialDate)> {
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
            (kind, p.date.unwrap_or(list_date))
        })
        .collect()
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

pub async fn run(ctx: &Context, args: Import) -> Result<()> {
    let mut bytes = std::fs::read(&args.file)
        .with_context(|| format!("cannot read {}", args.file.display()))?;
    let name = args.file.display().to_string();
    let list_date = PartialDate::parse(&args.source_published)?;
    let verification = Verification::parse(&args.verification)?;
    let mut source = Source::new(
        SourceId::generate(),
        SourceKind::parse(&args.source_kind)?,
        &args.source_publisher,
    )?;
    source.published = Some(list_date);
    source.url = args.source_url.clone();
    source.title = args.source_title.clone();
    let mapping = match &args.mapping {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            Some(Mapping::parse(&text, &path.display().to_string())?)
        }
        None => None,
    };
    let spinner = indicatif::ProgressBar::new_spinner();
    spinner.set_message(format!("reading {name}"));
    let read = amparo_ingest::read_list(&bytes, &name, mapping.as_ref())?;
    let mut summary = Summary {
        file: name.clone(),
        dry_run: args.dry_run,
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
        rejects: read.rejects.clone(),
        rejects_file: None,
        lines: Vec::new(),
    };
    if let Some(existing) = ctx
        .store()
        .source_by_hash(&Sha256::of(&bytes), Access::Admin)
        .await?
    {
        spinner.finish_and_clear();
        summary.result = format!("already imported as source {}: nothing added", existing.id);
        summary.source = Some(existing.id);
        summary.rejects.clear();
        (summary.rows, summary.rejected) = (0, 0);
        return report(&summary, args.json);
    }
    spinner.set_message(format!(
        "matching {} rows against the registry",
        read.rows.len()
    ));
    let known: Vec<Person> = ctx
        .store()
        .all_persons(Access::Admin)
        .await?
        .into_iter()
        .filter(|p| p.merged_into.is_none())
        .collect();
    let outcomes = decide(&known, &read.rows);
    let facilities = ctx.store().facilities(Access::Admin).await?;
    // Room for every write up front: growing a vector of two million writes copied it
    // over and over (perf).
    let mut writes = Vec::with_capacity(1 + read.rows.len() * 3);
    writes.push(Write::Source {
        source: source.clone(),
        original: Some(std::mem::take(&mut bytes)),
    });
    // A row repeated in the list states the same facts again: they are recorded once.
    let mut stated: std::collections::HashSet<(PersonId, FactKind, PartialDate)> =
        std::collections::HashSet::new();
    for (row, outcome) in read.rows.iter().zip(&outcomes) {
        let facts = row_facts(row, list_date, &facilities);
        let citation = Citation::new(
            source.id,
            row.status_text.clone(),
            Some(format!("line {}", row.line)),
        )?;
        let person = match outcome {
            Outcome::Created { person } => {
                summary.created += 1;
                if let Some(p) = new_person(row, *person) {
                    writes.push(Write::Person(p));
                }
                Some(*person)
            }
            Outcome::Matched { person, .. } => {
                summary.matched += 1;
                Some(*person)
            }
            Outcome::Queued { possible_match, .. } => {
                summary.queued += 1;
                for (kind, date) in &facts {
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
                        excerpt: row.status_text.clone().unwrap_or_else(|| {
                            format!(
                                "row of {}",
                                row.names.first().map(|n| n.as_str()).unwrap_or("")
                            )
                        }),
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
            for (kind, date) in facts {
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
                writes.push(Write::Fact(fact));
                summary.facts += 1;
            }
        }
        if args.json {
            summary.lines.push((row.line, outcome.clone()));
        }
    }
    // What was read and decided is in the writes now: a large list need not be held twice.
    drop((read, known, outcomes, stated));
    if !args.dry_run {
        let bar = indicatif::ProgressBar::new(writes.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "writing {bar:40} {pos}/{len} writes ({eta} left)",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        spinner.finish_and_clear();
        ctx.store()
            .write_batch_with_progress(writes, &ctx.write(), &|n| bar.set_position(n as u64))
            .await?;
        bar.finish_and_clear();
        let path = args.rejects.clone().unwrap_or_else(|| {
            let mut p = args.file.clone().into_os_string();
            p.push(".rejects.csv");
            p.into()
        });
        if !summary.rejects.is_empty() {
            let mut w = csv::Writer::from_path(&path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            w.write_record(["line", "name", "reason"])?;
            for r in &summary.rejects {
                w.write_record([
                    r.line.to_string(),
                    r.name.clone().unwrap_or_default(),
                    r.reason.clone(),
                ])?;
            }
            w.flush()?;
            summary.rejects_file = Some(path.display().to_string());
        }
    } else {
        spinner.finish_and_clear();
        summary.result = "dry run: nothing written".into();
    }
    report(&summary, args.json)
}

fn report(s: &Summary, json: bool) -> Result<()> {
    if json {
        return print_json(s);
    }
    println!("{}: {} ({}, {})", s.file, s.result, s.format, s.encoding);
    if s.rows > 0 {
        println!(
            "  rows {} = created {} + matched {} + queued for review {} + rejected {}   ({} blank rows skipped, {} facts)",
            s.rows, s.created, s.matched, s.queued, s.rejected, s.blank, s.facts
        );
        let ignored: Vec<&str> = s
            .columns
            .iter()
            .filter(|(_, f)| f.is_none())
            .map(|(c, _)| c.as_str())
            .collect();
        if !ignored.is_empty() {
            println!(
                "  columns ignored: {} (map them with --mapping)",
                ignored.join(", ")
            );
        }
    }
    for r in &s.rejects {
        println!("  rejected line {}: {}", r.line, r.reason);
    }
    if let Some(f) = &s.rejects_file {
        println!("  rejects written to {f}");
    }
    if s.queued > 0 {
        println!("  next: amparo review list");
    }
    Ok(())
}
