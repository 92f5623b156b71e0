//! Turns the cells of one row into a validated [`ListRow`], a [`Reject`] when the row has
//! no usable name, or a blank. A cell that cannot be read loses only itself: it becomes a
//! [`RowWarning`] naming the column and value (issue 10). Cells are capped before they are
//! parsed (see [`crate::limits`]). Parsed values of the columns that repeat a lot (status,
//! nationality, role, measures, dates) are cached by cell text, which matters at a million
//! rows.

use crate::cells::{Cell, Cells};
use crate::country::parse_nationalities;
use crate::dates::parse_date;
use crate::headers::Plan;
use crate::limits::{MAX_CELL_CHARS, MAX_NAME_CHARS, capped};
use crate::list::{ListRow, Reject, RowWarning};
use crate::model::{DateOrder, Field, ListStatus};
use crate::roles::{parse_roles, parse_sex};
use crate::settle::{ReleaseFlags, cached, names_of, settle_status, shown};
use crate::status::{parse_measures, parse_yes_no};
use crate::text::{fold, is_placeholder};
use amparo_domain::{CountryCode, NationalId, PartialDate, PersonRole, ReleaseMeasure};
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
    /// Per column: whether its header says *excarcelado* (see [`ReleaseFlags`]).
    excarcel_header: Vec<bool>,
    /// Whether the decoder replaced bytes by U+FFFD: cells are then checked for it.
    replaced: bool,
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
    text: &str,
    order: DateOrder,
) -> Result<PartialDate, String> {
    match cell {
        Cell::Text(_) => cached(cache, text, |t| parse_date(t, order)),
        other => other.date(order),
    }
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

/// The warnings of one cell: the row's line, the column and field, the value as written.
struct CellAt<'a> {
    line: usize,
    header: &'a str,
    field: Field,
    value: &'a str,
}

impl CellAt<'_> {
    fn warn(&self, row: &mut ListRow, reason: String) {
        row.warnings.push(RowWarning {
            line: self.line,
            column: Some(self.header.to_owned()),
            field: Some(self.field),
            value: (!self.value.is_empty()).then(|| shown(self.value)),
            reason,
        });
    }
}

impl<'p> RowBuilder<'p> {
    pub fn new(plan: &'p Plan, replaced: bool) -> Self {
        RowBuilder {
            plan,
            excarcel_header: plan
                .headers
                .iter()
                .map(|h| fold(h).contains("excarcel"))
                .collect(),
            replaced,
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
        let (mut first_surname, mut second_surname) = (None, None);
        let mut flags = ReleaseFlags::default();
        let mut status_texts: Vec<(usize, String)> = Vec::new();
        let mut too_long: Option<Reject> = None;
        for col in 0..cells.count().max(plan.fields.len()) {
            let cell = cells.cell(col);
            let header = plan.headers.get(col).map(String::as_str).unwrap_or("");
            let mapped = plan.fields.get(col).copied().flatten();
            if let (Cell::Date(Err(reason)), Some(field)) = (&cell, mapped) {
                // A workbook date cell that is no calendar date: its text is lost already.
                let at = CellAt {
                    line,
                    header,
                    field,
                    value: "",
                };
                at.warn(&mut row, format!("not a date: {reason}"));
                continue;
            }
            let whole = cell.text();
            if matches!(cell, Cell::Empty) || is_placeholder(&whole) {
                continue;
            }
            let Some(field) = mapped else {
                self.keep_extra(&mut row, col, header, &whole);
                continue;
            };
            let max = if field.is_name() {
                MAX_NAME_CHARS
            } else {
                MAX_CELL_CHARS
            };
            let (text, cut) = capped(&whole, max);
            let at = CellAt {
                line,
                header,
                field,
                value: text,
            };
            if let Some(length) = cut {
                if field.is_name() {
                    too_long.get_or_insert(Reject {
                        line,
                        column: Some(header.to_owned()),
                        value: Some(shown(text)),
                        reason: format!(
                            "column '{header}': the name is {length} characters long; \
                             a name has at most {MAX_NAME_CHARS}"
                        ),
                        name: None,
                    });
                    continue;
                }
                at.warn(
                    &mut row,
                    format!("{length} characters: cut to the first {MAX_CELL_CHARS}"),
                );
            }
            if self.replaced && text.contains('\u{FFFD}') {
                at.warn(
                    &mut row,
                    "a byte that is not text in the file's encoding was read as U+FFFD".to_owned(),
                );
            }
            self.read_cell(&mut row, &at, &cell, col, &mut flags, &mut status_texts);
            match field {
                Field::FirstSurname => first_surname = Some(text.to_owned()),
                Field::SecondSurname => second_surname = Some(text.to_owned()),
                _ => {}
            }
        }
        if let Some(reject) = too_long {
            return Outcome::Reject(reject);
        }
        if first_surname.is_some() || second_surname.is_some() {
            let joined = [first_surname, second_surname]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            push_text(&mut row.surnames, &joined, " ");
        }
        settle_status(
            &mut self.statuses,
            &mut row,
            &plan.headers,
            &status_texts,
            flags,
        );
        match names_of(&row) {
            Ok(names) => {
                row.names = names;
                Outcome::Row(Box::new(row))
            }
            Err(reason) => Outcome::Reject(Reject {
                line,
                column: None,
                value: None,
                reason,
                name: None,
            }),
        }
    }

    /// A column no field took: its value travels with the row (an explicitly ignored
    /// column's does not).
    fn keep_extra(&self, row: &mut ListRow, col: usize, header: &str, text: &str) {
        if self.plan.ignored.get(col).copied().unwrap_or(false) {
            return;
        }
        let name = if header.is_empty() {
            format!("column {}", col + 1)
        } else {
            header.to_owned()
        };
        let (kept, cut) = capped(text, MAX_CELL_CHARS);
        if let Some(length) = cut {
            row.warnings.push(RowWarning {
                line: row.line,
                column: Some(name.clone()),
                field: None,
                value: Some(shown(kept)),
                reason: format!("{length} characters: cut to the first {MAX_CELL_CHARS}"),
            });
        }
        row.extra.push((name, kept.to_owned()));
    }

    /// Reads one non-empty cell of a field into the row; a value that cannot be read
    /// becomes a warning and leaves the field as it was.
    fn read_cell(
        &mut self,
        row: &mut ListRow,
        at: &CellAt<'_>,
        cell: &Cell<'_>,
        col: usize,
        flags: &mut ReleaseFlags,
        status_texts: &mut Vec<(usize, String)>,
    ) {
        let text = at.value;
        let order = self.plan.date_order;
        let mut date = |row: &mut ListRow| match date_of(&mut self.dates, cell, text, order) {
            Ok(d) => Some(d),
            Err(reason) => {
                at.warn(row, format!("not a date: {reason}"));
                None
            }
        };
        match at.field {
            Field::RecordId => row.record_id = Some(text.to_owned()),
            Field::FullName => push_text(&mut row.full_name, text, " "),
            Field::GivenNames => push_text(&mut row.given_names, text, " "),
            Field::Surnames => push_text(&mut row.surnames, text, " "),
            Field::FirstSurname | Field::SecondSurname => {}
            Field::NationalId => match NationalId::parse(text) {
                Ok(id) => row.national_id = Some(id),
                Err(amparo_domain::DomainError::InvalidNationalId { reason, .. }) => {
                    at.warn(row, format!("not a national id: {reason}"));
                }
                Err(e) => at.warn(row, e.to_string()),
            },
            Field::Sex => match parse_sex(text) {
                Some(sex) => row.sex = Some(sex),
                None => at.warn(row, "not a sex (F/M, femenino/masculino, otro)".to_owned()),
            },
            Field::BirthDate => row.birth_date = date(row).or(row.birth_date),
            Field::ArrestDate => row.arrest_date = date(row).or(row.arrest_date),
            Field::ReleaseDate => row.release_date = date(row).or(row.release_date),
            Field::StatusDate => row.status_date = date(row).or(row.status_date),
            Field::Age => match leading_number(text).filter(|a| *a <= 120) {
                Some(age) => row.age = Some(age),
                None => at.warn(row, "not an age".to_owned()),
            },
            Field::Nationality => {
                match cached(&mut self.nationalities, text, parse_nationalities) {
                    Ok(codes) => {
                        for c in codes {
                            if !row.nationalities.contains(&c) {
                                row.nationalities.push(c);
                            }
                        }
                    }
                    Err(reason) => at.warn(row, format!("unknown country: {reason}")),
                }
            }
            Field::Role => {
                for r in cached(&mut self.roles, text, parse_roles) {
                    if !row.roles.contains(&r) {
                        row.roles.push(r);
                    }
                }
                push_text(&mut row.occupation, text, "; ");
            }
            Field::Facility => push_text(&mut row.facility, text, "; "),
            Field::Region => push_text(&mut row.region, text, "; "),
            Field::Notes => push_text(&mut row.notes, text, "\n"),
            Field::Measures => {
                for m in cached(&mut self.measures, text, parse_measures) {
                    if !row.measures.contains(&m) {
                        row.measures.push(m);
                    }
                }
            }
            Field::Status => status_texts.push((col, text.to_owned())),
            Field::Released => match (parse_yes_no(text), cell) {
                (Some(yes), _) => {
                    flags.yes |= yes;
                    flags.no |= !yes;
                    flags.excarcelado |=
                        yes && self.excarcel_header.get(col).copied().unwrap_or(false);
                }
                (None, Cell::Date(_) | Cell::Number(_)) => {
                    if let Some(d) = date(row) {
                        row.release_date.get_or_insert(d);
                    }
                }
                (None, _) => match cell.date(order) {
                    Ok(d) => {
                        row.release_date.get_or_insert(d);
                    }
                    Err(_) => status_texts.push((col, text.to_owned())),
                },
            },
        }
    }
}

/// "45", "45 años" → 45.
fn leading_number(text: &str) -> Option<u32> {
    let digits: String = text
        .trim()
        .chars()
        .take_while(char::is_ascii_digit)
        .take(4)
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
        status_date: None,
        arrest_date: None,
        release_date: None,
        facility: None,
        region: None,
        measures: Vec::new(),
        notes: None,
        extra: Vec::new(),
        warnings: Vec::new(),
    }
}
