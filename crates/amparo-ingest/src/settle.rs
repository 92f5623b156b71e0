//! What a row says once all its cells are read: its custody status (from the status texts,
//! a released flag, a release date and the measures, with contradictions recorded) and its
//! names.

use crate::list::{ListRow, RowWarning};
use crate::model::{Field, ListStatus};
use crate::status::parse_status;
use crate::text::fold;
use amparo_domain::{PersonName, ReleaseKind, ReleaseMeasure};
use std::collections::HashMap;

/// A value shortened for a message.
pub fn shown(value: &str) -> String {
    let mut s: String = value.chars().take(80).collect();
    if s.len() < value.len() {
        s.push('…');
    }
    s
}

/// Cached parse: look up by the cell text, parse and remember on a miss.
pub fn cached<V: Clone>(cache: &mut HashMap<String, V>, key: &str, parse: impl Fn(&str) -> V) -> V {
    if let Some(v) = cache.get(key) {
        return v.clone();
    }
    let v = parse(key);
    if cache.len() < 100_000 {
        cache.insert(key.to_owned(), v.clone());
    }
    v
}

/// What the release columns said.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReleaseFlags {
    /// A released column said yes.
    pub yes: bool,
    /// A released column said no ("excarcelado: no" in a list of prisoners: still held).
    pub no: bool,
    /// "excarcelado: sí": an excarcelación, conditional by definition ("liberado: sí" does
    /// not say how).
    pub excarcelado: bool,
}

/// A row warning about the row as a whole (two columns that contradict each other).
fn contradiction(row: &mut ListRow, reason: &str) {
    row.warnings.push(RowWarning {
        line: row.line,
        column: None,
        field: Some(Field::Status),
        value: None,
        reason: reason.to_owned(),
    });
}

/// Decides the status from the status texts (each with its column's index in `headers`),
/// the released flags, a release date and the measures; records what it could not read and
/// contradictions.
pub fn settle_status(
    statuses: &mut HashMap<String, Option<ListStatus>>,
    row: &mut ListRow,
    headers: &[String],
    texts: &[(usize, String)],
    flags: ReleaseFlags,
) {
    let mut status = None;
    for (col, text) in texts {
        match cached(statuses, text, parse_status) {
            Some(s) => {
                if status.is_none() {
                    status = Some(s);
                }
            }
            None => row.warnings.push(RowWarning {
                line: row.line,
                column: headers.get(*col).cloned(),
                field: Some(Field::Status),
                value: Some(shown(text)),
                reason: "status not understood".to_owned(),
            }),
        }
    }
    if !texts.is_empty() {
        let joined: Vec<&str> = texts.iter().map(|(_, t)| t.as_str()).collect();
        row.status_text = Some(joined.join("; "));
    }
    let released = match (flags.yes, flags.no) {
        (true, _) => Some(true),
        (false, true) => Some(false),
        (false, false) => None,
    };
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
            kind: implied.or(flags.excarcelado.then_some(ReleaseKind::Conditional)),
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
        Some(ListStatus::Released { kind: None }) => Some(ListStatus::Released { kind: implied }),
        Some(ListStatus::Released {
            kind: Some(ReleaseKind::Full),
        }) if !row.measures.is_empty() => {
            contradiction(
                row,
                "full release (libertad plena) stated, but with measures: proposed as conditional",
            );
            status
        }
        Some(ListStatus::Detained) if row.release_date.is_some() => {
            contradiction(row, "stated as detained, but a release date is given");
            status
        }
        other => other,
    };
    row.status = status;
}

/// The names of a row; `Err` when it has no usable name.
pub fn names_of(row: &ListRow) -> Result<Vec<PersonName>, String> {
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
