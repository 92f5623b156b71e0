//! What each row of a list writes: a new person, facts of a known person, or proposals in
//! the review queue (an uncertain identity, or a cell that mattered and could not be read).
//! Nothing a row says is dropped: columns the registry has no field for, and the warnings
//! about cells that could not be read, go into the person's restricted notes.

use super::{ImportSummary, LineOutcome, MatchedTo};
use crate::AppResult;
use amparo_domain::{
    Citation, Facility, Fact, FactId, FactKind, PartialDate, Person, PersonDetails, PersonId,
    Proposal, ProposalId, ProposedPerson, ReviewState, Source, Verification, facility,
};
use amparo_ingest::ListRow;
use amparo_store::Write;
use std::collections::{HashMap, HashSet};

/// What every row of a list shares.
pub(super) struct List<'a> {
    pub source: &'a Source,
    pub date: PartialDate,
    pub verification: Verification,
    pub facilities: &'a [Facility],
    pub keep_lines: bool,
    /// The registry's persons the rows were matched against.
    pub known: &'a HashMap<PersonId, &'a Person>,
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

/// The restricted notes a row gives: its notes column, the columns the registry has no
/// field for ("header: value"), and what could not be read.
fn row_notes(row: &ListRow, source: &Source) -> Option<String> {
    let mut lines: Vec<String> = row.notes.iter().cloned().collect();
    let from = format!("{}, line {}", source.publisher, row.line);
    for (header, value) in &row.extra {
        lines.push(format!("{header}: {value} ({from})"));
    }
    for w in &row.warnings {
        lines.push(format!("not read ({from}): {w}"));
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

fn new_person(row: &ListRow, id: PersonId, source: &Source) -> Option<Person> {
    let mut names = row.names.clone().into_iter();
    let mut person = Person::new(id, names.next()?);
    person.names.extend(names);
    person.national_id.clone_from(&row.national_id);
    person.sex = row.sex;
    person.birth_date = row.birth_date;
    person.nationalities.clone_from(&row.nationalities);
    person.roles.clone_from(&row.roles);
    person.notes = row_notes(row, source);
    Some(person)
}

/// A known person with what the row adds and the record lacks: aliases, national id, sex,
/// birth date, nationalities, roles, notes. `None` when the row adds nothing.
fn enriched(known: &Person, row: &ListRow, source: &Source) -> Option<Person> {
    let mut p = known.clone();
    for n in &row.names {
        if !p.names.contains(n) {
            p.names.push(n.clone());
        }
    }
    if p.national_id.is_none() {
        p.national_id.clone_from(&row.national_id);
    }
    p.sex = p.sex.or(row.sex);
    p.birth_date = p.birth_date.or(row.birth_date);
    for c in &row.nationalities {
        if !p.nationalities.contains(c) {
            p.nationalities.push(*c);
        }
    }
    for r in &row.roles {
        if !p.roles.contains(r) {
            p.roles.push(*r);
        }
    }
    if let Some(more) = row_notes(row, source) {
        p.notes = Some(match p.notes.take() {
            Some(old) if old.contains(&more) => old,
            Some(old) => format!("{old}\n{more}"),
            None => more,
        });
    }
    (p != *known).then_some(p)
}

/// The writes for a list's rows, given the decisions, and the counts into `summary`.
pub(super) fn writes_for(
    rows: &[ListRow],
    outcomes: &[LineOutcome],
    list: &List<'_>,
    summary: &mut ImportSummary,
) -> AppResult<Vec<Write>> {
    let source = list.source;
    // Room for every write up front: growing a vector of two million writes copied it
    // over and over (perf).
    let mut writes = Vec::with_capacity(1 + rows.len() * 3);
    // A row repeated in the list states the same facts again: they are recorded once.
    let mut stated: HashSet<(PersonId, FactKind, PartialDate)> = HashSet::new();
    let mut enriched_persons: HashMap<PersonId, Person> = HashMap::new();
    for (row, outcome) in rows.iter().zip(outcomes) {
        let facts = row_facts(row, list.date, list.facilities);
        summary.row_warnings += row.warnings.len();
        if !facts.is_empty() && facts.iter().all(|(_, _, observed)| *observed) {
            summary.observations += 1;
        }
        // The person the facts go to, or the proposal's person when the row goes to review.
        let review_note = if row.needs_review() {
            let words: Vec<String> = row.warnings.iter().map(ToString::to_string).collect();
            Some(format!(
                "a cell that matters could not be read: {}",
                words.join("; ")
            ))
        } else {
            None
        };
        let proposed = |possible_match: Option<PersonId>| ProposedPerson::New {
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
            possible_match,
            details: PersonDetails {
                national_id: row.national_id.clone(),
                sex: row.sex,
                birth_date: row.birth_date,
                notes: row_notes(row, source),
            },
        };
        let (person, queue): (Option<PersonId>, Option<(ProposedPerson, String)>) =
            match (outcome, review_note) {
                (LineOutcome::Created { .. }, Some(note)) => (None, Some((proposed(None), note))),
                (LineOutcome::Created { person }, None) => {
                    summary.created += 1;
                    writes.extend(new_person(row, *person, source).map(Write::Person));
                    (Some(*person), None)
                }
                (
                    LineOutcome::Matched {
                        person,
                        score,
                        line_of_first,
                    },
                    note,
                ) => {
                    if line_of_first.is_none()
                        && let Some(known) = list.known.get(person)
                    {
                        if summary.matched_to.len() < 10 {
                            summary.matched_to.push(MatchedTo {
                                line: row.line,
                                person: *person,
                                name: known.display_name().to_owned(),
                            });
                        }
                        let base = enriched_persons
                            .get(person)
                            .cloned()
                            .unwrap_or_else(|| (*known).clone());
                        if let Some(p) = enriched(&base, row, source) {
                            enriched_persons.insert(*person, p);
                        }
                    }
                    match note {
                        Some(note) => (
                            None,
                            Some((
                                ProposedPerson::Existing {
                                    id: *person,
                                    score: *score,
                                },
                                note,
                            )),
                        ),
                        None => {
                            summary.matched += 1;
                            (Some(*person), None)
                        }
                    }
                }
                (LineOutcome::Queued { possible_match, .. }, note) => {
                    let why =
                        "uncertain identity match: is this the possible match, or someone new?"
                            .to_owned();
                    let note = note.map_or(why.clone(), |n| format!("{why} Also: {n}"));
                    (None, Some((proposed(*possible_match), note)))
                }
            };
        if let Some((who, note)) = queue {
            summary.queued += 1;
            for (kind, date, _) in &facts {
                writes.push(Write::Proposal(Proposal {
                    id: ProposalId::generate(),
                    source: source.id,
                    what: amparo_domain::Proposed::Fact {
                        person: who.clone(),
                        kind: kind.clone(),
                    },
                    date: Some(*date),
                    verification: list.verification,
                    excerpt: row_excerpt(row),
                    locator: Some(format!("line {}", row.line)),
                    note: Some(note.clone()),
                    state: ReviewState::Proposed,
                    decision: None,
                }));
            }
        }
        if let Some(person) = person {
            let citation = Citation::new(
                source.id,
                Some(row_excerpt(row)),
                Some(format!("line {}", row.line)),
            )?;
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
                fact.verification = list.verification;
                fact.observed = observed;
                writes.push(Write::Fact(fact));
                summary.facts += 1;
            }
        }
        if list.keep_lines {
            summary.lines.push((row.line, outcome.clone()));
        }
    }
    let reason = format!("what the list of {} adds to the record", source.publisher);
    for (_, person) in enriched_persons {
        writes.push(Write::UpdatePerson {
            person,
            reason: reason.clone(),
            version: None,
        });
    }
    Ok(writes)
}
