//! Turns the cells of one row into a validated [`ListRow`], a [`Reject`] naming the column
//! and value at fault, or a blank. Parsed values of the columns that repeat a lot
//! (status, nationality, role, measures) are cached by cell text, which matters at a
//! million rows.

use crate::cells::{Cell, Cells};
use crate::country::parse_nationalities;
use crate::dates::parse_date;
use crate::headers::Plan;
use crate::model::{Field, ListRow, ListStatus, Reject};
use crate::roles::{parse_roles, parse_sex};
use crate::status::{parse_measures, parse_status, parse_yes_no};
use crate::text::{fold, is_placeholder};
use amparo_domain::{
    CountryCode, NationalId, PartialDate, PersonName, PersonRole, ReleaseKind, ReleaseMeasure,
};
use std::collections::HashMap;

/// What one row became.
#[derive(Debug)]
pub enum Outcome {
    Row(Box<ListRow>),
    Reject(Reject),
    Blank,
}

/// Builds rows for one table; keeps caches between rows.
pub struct RowBuilder<'p> {
    plan: &'p Plan,
    /// Per column: whether its header says *excarcelado* (see `build`).
    excarcel_header: Vec<bool>,
    nationalities: HashMap<String, Result<Vec<CountryCode>, String>>,
    statuses: HashMap<String, Option<ListStatus>>,
    roles: HashMap<String, Vec<PersonRole>>,
    measures: HashMap<String, Vec<ReleaseMeasure>>,
    dates: HashMap<String, Result<PartialDate, String>>,
}

/// A cell's date, cached by text (lists repeat dates a lot).
fn date_of(
    cache: &mut HashMap<String, Result<PartialDate, String>>,
    cell: &Cell<'_>,
    order: crate::model::DateOrder,
) -> Result<PartialDate, String> {
    match cell {
        Cell::Text(t) => cached(cache, t, |t| parse_date(t, order)),
        other => other.date(order),
    }
}

/// Cached parse: look up by the cell text, parse and remember on a miss.
fn cached<V: Clone>(cache: &mut HashMap<String, V>, key: &str, parse: impl Fn(&str) -> V) -> V {
    if let Some(v) = cache.get(key) {
        return v.clone();
    }
    let v = parse(key);
    if cache.len() < 100_000 {
        cache.insert(key.to_owned(), v.clone());
    }
    v
}

/// A value shortened for a message.
fn shown(value: &str) -> String {
    let mut s: String = value.chars().take(80).collect();
    if s.len() < value.len() {
        s.push('…');
    }
    s
}

fn push_text(slot: &mut Option<String>, text: &str, sep: &str) {
    match slot {
        Some(existing) => {
            existing.push_str(sep);
            existing.push_str(text);
        }
        None => *slot = Some(text.to_owned()),
    }
}

impl<'p> RowBuilder<'p> {
    pub fn new(plan: &'p Plan) -> Self {
        RowBuilder {
            plan,
            excarcel_header: plan
                .headers
                .iter()
                .map(|h| fold(h).contains("excarcel"))
                .collect(),
            nationalities: HashMap::new(),
            statuses: HashMap::new(),
            roles: HashMap::new(),
            measures: HashMap::new(),
            dates: HashMap::new(),
        }
    }

    /// Reads one row at `line`.
    pub fn build<C: Cells + ?Sized>(&mut self, line: usize, cells: &C) -> Outcome {
        let plan = self.plan;
        let blank = (0..cells.count()).all(|i| {
            plan.fields.get(i).copied().flatten() == Some(Field::RecordId)
                || match cells.cell(i) {
                    Cell::Empty => true,
                    Cell::Text(t) => is_placeholder(t),
                    _ => false,
                }
        });
        if blank {
            return Outcome::Blank;
        }
        let mut row = empty_row(line);
        let mut errors: Vec<String> = Vec::new();
        let (mut first_surname, mut second_surname) = (None, None);
        let mut released_flag = false;
        // "excarcelado: sí" is an excarcelación, conditional by definition; "liberado: sí"
        // does not say how.
        let mut excarcelado = false;
        // "excarcelado: no" in a list of prisoners says the person is still held.
        let mut not_released = false;
        let mut status_texts: Vec<String> = Vec::new();
        for (col, field) in plan.fields.iter().enumerate() {
            let Some(field) = *field else { continue };
            let cell = cells.cell(col);
            let text = cell.text();
            if matches!(cell, Cell::Empty) || is_placeholder(&text) {
                continue;
            }
            let header = plan.headers.get(col).map(String::as_str).unwrap_or("");
            let mut date =
                |errors: &mut Vec<String>| match date_of(&mut self.dates, &cell, plan.date_order) {
                    Ok(d) => Some(d),
                    Err(reason) => {
                        errors.push(format!(
                            "column '{header}': invalid date {:?}: {reason}",
                            shown(&text)
                        ));
                        None
                    }
                };
            match field {
                Field::RecordId => row.record_id = Some(text.into_owned()),
                Field::FullName => push_text(&mut row.full_name, &text, " "),
                Field::GivenNames => push_text(&mut row.given_names, &text, " "),
                Field::Surnames => push_text(&mut row.surnames, &text, " "),
                Field::FirstSurname => first_surname = Some(text.into_owned()),
                Field::SecondSurname => second_surname = Some(text.into_owned()),
                Field::NationalId => match NationalId::parse(&text) {
                    Ok(id) => row.national_id = Some(id),
                    Err(e) => errors.push(format!("column '{header}': {e}")),
                },
                Field::Sex => match parse_sex(&text) {
                    Some(sex) => row.sex = Some(sex),
                    None => errors.push(format!(
                        "column '{header}': {:?} is not a sex (F/M, femenino/masculino, otro)",
                        shown(&text)
                    )),
                },
                Field::BirthDate => row.birth_date = date(&mut errors),
                Field::ArrestDate => row.arrest_date = date(&mut errors),
                Field::ReleaseDate => row.release_date = date(&mut errors),
                Field::Age => match leading_number(&text).filter(|a| *a <= 120) {
                    Some(age) => row.age = Some(age),
                    None => row.warnings.push(format!(
                        "column '{header}': {:?} is not an age",
                        shown(&text)
                    )),
                },
                Field::Nationality => {
                    match cached(&mut self.nationalities, &text, parse_nationalities) {
                        Ok(codes) => {
                            for c in codes {
                                if !row.nationalities.contains(&c) {
                                    row.nationalities.push(c);
                                }
                            }
                        }
                        Err(reason) => errors.push(format!(
                            "column '{header}': unknown country in {:?}: {reason}",
                            shown(&text)
                        )),
                    }
                }
                Field::Role => {
                    for r in cached(&mut self.roles, &text, parse_roles) {
                        if !row.roles.contains(&r) {
                            row.roles.push(r);
                        }
                    }
                    push_text(&mut row.occupation, &text, "; ");
                }
                Field::Facility => push_text(&mut row.facility, &text, "; "),
                Field::Region => push_text(&mut row.region, &text, "; "),
                Field::Notes => push_text(&mut row.notes, &text, "\n"),
                Field::Measures => {
                    for m in cached(&mut self.measures, &text, parse_measures) {
                        if !row.measures.contains(&m) {
                            row.measures.push(m);
                        }
                    }
                }
                Field::Status => status_texts.push(text.into_owned()),
                Field::Released => match (parse_yes_no(&text), &cell) {
                    (Some(yes), _) => {
                        released_flag |= yes;
                        not_released |= !yes;
                        excarcelado |=
                            yes && self.excarcel_header.get(col).copied().unwrap_or(false);
                    }
                    (None, Cell::Date(_) | Cell::Number(_)) => {
                        if let Some(d) = date(&mut errors) {
                            row.release_date.get_or_insert(d);
                        }
                    }
                    (None, _) => {
                        if let Ok(d) = cell.date(plan.date_order) {
                            row.release_date.get_or_insert(d);
                        } else {
                            status_texts.push(text.into_owned());
                        }
                    }
                },
            }
        }
        if first_surname.is_some() || second_surname.is_some() {
            let joined = [first_surname, second_surname]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            push_text(&mut row.surnames, &joined, " ");
        }
        let released = match (released_flag, not_released) {
            (true, _) => Some(true),
            (false, true) => Some(false),
            (false, false) => None,
        };
        self.settle_status(&mut row, &status_texts, released, excarcelado);
        let names = names_of(&row);
        match names {
            Ok(names) if errors.is_empty() => {
                row.names = names;
                Outcome::Row(Box::new(row))
            }
            Ok(names) => Outcome::Reject(Reject {
                line,
                reason: errors.join("; "),
                name: names.first().map(|n| n.as_str().to_owned()),
            }),
            Err(reason) => {
                errors.insert(0, reason);
                Outcome::Reject(Reject {
                    line,
                    reason: errors.join("; "),
                    name: None,
                })
            }
        }
    }

    /// Decides the status from the status texts, the released flag, a release date and the
    /// measures; records contradictions as warnings.
    fn settle_status(
        &mut self,
        row: &mut ListRow,
        texts: &[String],
        released: Option<bool>,
        excarcelado: bool,
    ) {
        let mut status = None;
        for t in texts {
            match cached(&mut self.statuses, t, parse_status) {
                Some(s) => {
                    if status.is_none() {
                        status = Some(s);
                    }
                }
                None => row
                    .warnings
                    .push(format!("status {:?} not understood", shown(t))),
            }
        }
        if !texts.is_empty() {
            row.status_text = Some(texts.join("; "));
        }
        let released_by_column = released == Some(true) || row.release_date.is_some();
        let implied = if row
            .measures
            .iter()
            .any(|m| matches!(m, ReleaseMeasure::HouseArrest { .. }))
        {
            Some(ReleaseKind::HouseArrest)
        } else if row.measures.is_empty() {
            None
        } else {
            Some(ReleaseKind::Conditional)
        };
        status = match status {
            None if released_by_column => Some(ListStatus::Released {
                kind: implied.or(excarcelado.then_some(ReleaseKind::Conditional)),
            }),
            None if released == Some(false) => Some(ListStatus::Detained),
            // Release conditions are only imposed on people let out.
            None if implied.is_some() => Some(ListStatus::Released { kind: implied }),
            // "Excarcelado" with house arrest among the measures is house arrest.
            Some(ListStatus::Released {
                kind: Some(ReleaseKind::Conditional),
            }) if implied == Some(ReleaseKind::HouseArrest) => Some(ListStatus::Released {
                kind: Some(ReleaseKind::HouseArrest),
            }),
            Some(ListStatus::Released { kind: None }) => {
                Some(ListStatus::Released { kind: implied })
            }
            Some(ListStatus::Released {
                kind: Some(ReleaseKind::Full),
            }) if !row.measures.is_empty() => {
                row.warnings
                    .push("full release (libertad plena) stated, but with measures: proposed as conditional".to_owned());
                status
            }
            Some(ListStatus::Detained) if row.release_date.is_some() => {
                row.warnings
                    .push("stated as detained, but a release date is given".to_owned());
                status
            }
            other => other,
        };
        row.status = status;
    }
}

/// The names of a row; `Err` when it has no usable name.
fn names_of(row: &ListRow) -> Result<Vec<PersonName>, String> {
    let parts = match (&row.given_names, &row.surnames) {
        (Some(g), Some(s)) => Some(format!("{g} {s}")),
        (Some(g), None) => Some(g.clone()),
        (None, Some(s)) => Some(s.clone()),
        (None, None) => None,
    };
    let mut names: Vec<PersonName> = Vec::new();
    for candidate in [row.full_name.as_deref(), parts.as_deref()]
        .into_iter()
        .flatten()
    {
        if candidate.chars().any(|c| c.is_ascii_digit()) {
            return Err(format!(
                "no usable name: {:?} has digits in it",
                shown(candidate)
            ));
        }
        if !candidate.chars().any(char::is_alphabetic) {
            continue;
        }
        if let Ok(name) = PersonName::parse(candidate)
            && !names
                .iter()
                .any(|n| fold(n.as_str()) == fold(name.as_str()))
        {
            names.push(name);
        }
    }
    if names.is_empty() {
        Err("no usable name: the name is empty".to_owned())
    } else {
        Ok(names)
    }
}

/// "45", "45 años" → 45.
fn leading_number(text: &str) -> Option<u32> {
    let digits: String = text
        .trim()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    digits.parse().ok()
}

fn empty_row(line: usize) -> ListRow {
    ListRow {
        line,
        record_id: None,
        names: Vec::new(),
        full_name: None,
        given_names: None,
        surnames: None,
        national_id: None,
        sex: None,
        birth_date: None,
        age: None,
        nationalities: Vec::new(),
        roles: Vec::new(),
        occupation: None,
        status: None,
        status_text: None,
        arrest_date: None,
        release_date: None,
        facility: None,
        region: None,
        measures: Vec::new(),
        notes: None,
        warnings: Vec::new(),
    }
}
