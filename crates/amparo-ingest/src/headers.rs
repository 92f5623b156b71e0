//! Header recognition, Spanish and English, case-, accent- and punctuation-insensitive, and
//! the plan for reading a table: which column feeds which field, whether an *estado*
//! column holds states or statuses, and how numeric dates are ordered.

use crate::IngestError;
use crate::country::is_venezuelan_state;
use crate::dates::order_evidence;
use crate::header_words::{Guess, guess};
use crate::limits::MAX_COLUMNS;
use crate::mapping::Mapping;
use crate::model::{DateOrder, Field};
use crate::status::parse_status;
use crate::text::is_placeholder;
use amparo_domain::NationalId;

/// How many cells of a row read as headers: used to find the header row below a title.
pub fn header_score(cells: &[String], mapping: Option<&Mapping>) -> usize {
    cells
        .iter()
        .filter(|c| mapping.is_some_and(|m| m.column(c).is_some()) || guess(c) != Guess::Unknown)
        .count()
}

/// Which of the first rows is the header: the first with two recognised headers (or one
/// the mapping names), else the first non-empty one.
pub fn find_header(rows: &[Vec<String>], mapping: Option<&Mapping>) -> Option<usize> {
    let first_nonempty = rows
        .iter()
        .position(|r| r.iter().any(|c| !c.trim().is_empty()));
    let recognised = rows.iter().position(|r| {
        let mapped =
            mapping.is_some_and(|m| m.has_columns() && r.iter().any(|c| m.column(c).is_some()));
        mapped || header_score(r, mapping) >= 2
    });
    recognised.or(first_nonempty)
}

/// How to read the table: the field of each column, and the date order.
#[derive(Debug, Clone)]
pub struct Plan {
    /// One entry per header, `None` for an ignored column.
    pub fields: Vec<Option<Field>>,
    /// The headers as written.
    pub headers: Vec<String>,
    /// Per header: whether the mapping said to ignore it (its values are dropped, not
    /// carried as extra columns).
    pub ignored: Vec<bool>,
    pub date_order: DateOrder,
}

/// Fields that may take several columns, joined in order.
fn multi(field: Field) -> bool {
    matches!(
        field,
        Field::Notes | Field::Measures | Field::Status | Field::Role | Field::Nationality
    )
}

/// Builds the plan from the header and a sample of data rows (as text).
pub fn plan(
    headers: &[String],
    sample: &[Vec<String>],
    mapping: Option<&Mapping>,
) -> Result<Plan, IngestError> {
    if headers.len() > MAX_COLUMNS {
        return Err(IngestError::TooManyColumns {
            count: headers.len(),
            max: MAX_COLUMNS,
        });
    }
    let ignored: Vec<bool> = headers
        .iter()
        .map(|h| mapping.and_then(|m| m.column(h)) == Some(None))
        .collect();
    let guesses: Vec<Guess> = headers
        .iter()
        .map(|h| match mapping.and_then(|m| m.column(h)) {
            Some(Some(field)) => Guess::Field(field),
            Some(None) => Guess::Unknown,
            None => guess(h),
        })
        .collect();
    let has_surnames = guesses.iter().any(|g| {
        matches!(
            g,
            Guess::Field(Field::Surnames | Field::FirstSurname | Field::SecondSurname)
        )
    });
    let has_full = guesses.contains(&Guess::Field(Field::FullName));
    let mut fields = Vec::with_capacity(headers.len());
    for (col, g) in guesses.iter().enumerate() {
        let field = match g {
            Guess::Field(f) => Some(*f),
            Guess::NameOrGiven if has_surnames => Some(Field::GivenNames),
            Guess::NameOrGiven if has_full => None,
            Guess::NameOrGiven => Some(Field::FullName),
            Guess::Estado => Some(estado_field(sample, col)),
            Guess::IdOrRecord => Some(id_field(sample, col)),
            Guess::Unknown => None,
        };
        let taken = field.is_some_and(|f| !multi(f) && fields.contains(&Some(f)));
        fields.push(if taken { None } else { field });
    }
    if !fields.iter().any(|f| f.is_some_and(Field::is_name)) {
        return Err(IngestError::NoNameColumn {
            columns: headers
                .iter()
                .map(|h| format!("{h:?}"))
                .collect::<Vec<_>>()
                .join(", "),
        });
    }
    let date_order = mapping
        .and_then(|m| m.date_order)
        .unwrap_or_else(|| guess_order(sample, &fields));
    Ok(Plan {
        fields,
        headers: headers.to_vec(),
        ignored,
        date_order,
    })
}

/// Most values name Venezuelan states → the region; otherwise the custody status.
fn estado_field(sample: &[Vec<String>], col: usize) -> Field {
    let values = sample
        .iter()
        .filter_map(|r| r.get(col))
        .filter(|v| !is_placeholder(v));
    let (mut states, mut statuses) = (0usize, 0usize);
    for v in values {
        if is_venezuelan_state(v) {
            states += 1;
        } else if parse_status(v).is_some() {
            statuses += 1;
        }
    }
    if states > statuses {
        Field::Region
    } else {
        Field::Status
    }
}

/// An "ID" column holds *cédulas* when most of its values read as one with a letter prefix
/// or six digits or more (list row numbers rarely reach 100,000); otherwise it is the
/// list's own record id.
fn id_field(sample: &[Vec<String>], col: usize) -> Field {
    let (mut ids, mut others) = (0usize, 0usize);
    for v in sample
        .iter()
        .filter_map(|r| r.get(col))
        .filter(|v| !is_placeholder(v))
    {
        match NationalId::parse(v) {
            Ok(id) if id.prefix().is_some() || id.digits().len() >= 6 => ids += 1,
            _ => others += 1,
        }
    }
    if ids > others {
        Field::NationalId
    } else {
        Field::RecordId
    }
}

/// Month-first only when some sampled date can only be month-first and none can only be
/// day-first.
fn guess_order(sample: &[Vec<String>], fields: &[Option<Field>]) -> DateOrder {
    let (mut dmy, mut mdy) = (0usize, 0usize);
    for row in sample {
        for (col, field) in fields.iter().enumerate() {
            if field.is_some_and(Field::is_date)
                && let Some(cell) = row.get(col)
            {
                match order_evidence(cell) {
                    Some(DateOrder::Dmy) => dmy += 1,
                    Some(DateOrder::Mdy) => mdy += 1,
                    None => {}
                }
            }
        }
    }
    if mdy > 0 && dmy == 0 {
        DateOrder::Mdy
    } else {
        DateOrder::Dmy
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estado_goes_by_its_values() {
        let headers = vec!["Nombre".to_owned(), "Estado".to_owned()];
        let states = vec![
            vec!["A".to_owned(), "Miranda".to_owned()],
            vec!["B".to_owned(), "Zulia".to_owned()],
        ];
        let p = plan(&headers, &states, None).unwrap();
        assert_eq!(p.fields, [Some(Field::FullName), Some(Field::Region)]);
        let statuses = vec![
            vec!["A".to_owned(), "Detenido".to_owned()],
            vec!["B".to_owned(), "Excarcelado".to_owned()],
        ];
        let p = plan(&headers, &statuses, None).unwrap();
        assert_eq!(p.fields, [Some(Field::FullName), Some(Field::Status)]);
    }

    #[test]
    fn id_goes_by_its_values() {
        // issue 10: an English list's "ID" may be the cédula or the row number.
        let headers = vec!["Name".to_owned(), "ID".to_owned()];
        let row = |id: &str| vec!["A".to_owned(), id.to_owned()];
        let cedulas = [row("V-12.345.678"), row("9876543"), row("")];
        let p = plan(&headers, &cedulas, None).unwrap();
        assert_eq!(p.fields[1], Some(Field::NationalId));
        let numbers = [row("1"), row("2"), row("3")];
        let p = plan(&headers, &numbers, None).unwrap();
        assert_eq!(p.fields[1], Some(Field::RecordId));
    }
}
