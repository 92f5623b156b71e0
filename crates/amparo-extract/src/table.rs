//! Tables flattened to text ("Nombre | Cédula | Fecha de detención | Centro", one row a line,
//! cells split by "|" or tabs): the header says what each column holds; each row names one
//! person, with the dates and the place of their cells.

use std::ops::Range;

use crate::list_names::name_word;
use crate::text::{Doc, TokenKind};

/// What a column holds, from its header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// The person's name.
    Name,
    /// The date of the arrest ("Fecha de detención", "Date of arrest").
    ArrestDate,
    /// The date of the release ("Fecha de excarcelación").
    ReleaseDate,
    /// A date the header does not qualify ("Fecha"): the date of the list's event.
    Date,
    /// A prison or place of detention ("Centro", "Prison").
    Place,
    /// Anything else (ID numbers, ages, notes).
    Other,
}

/// One row of a table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableRow {
    /// Line index of the row.
    pub line: usize,
    /// Line index of the table's header.
    pub header_line: usize,
    /// Tokens of the name cell, when it holds a name.
    pub name: Option<Range<usize>>,
    /// The other cells that say something: (column, tokens).
    pub cells: Vec<(Column, Range<usize>)>,
}

/// Cells of a line: token ranges between "|" tokens or tab characters.
fn cells(doc: &Doc<'_>, t: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = t.start;
    for k in t.clone() {
        let tab_before = k > t.start
            && doc
                .text
                .get(doc.tokens[k - 1].end..doc.tokens[k].start)
                .is_some_and(|gap| gap.contains('\t'));
        if doc.f(k) == "|" {
            out.push(start..k);
            start = k + 1;
        } else if tab_before {
            out.push(start..k);
            start = k;
        }
    }
    out.push(start..t.end);
    // "| Nombre | Cédula |": the pipes at either end open and close the row, no cell there.
    if out.first().is_some_and(Range::is_empty) {
        out.remove(0);
    }
    if out.last().is_some_and(Range::is_empty) {
        out.pop();
    }
    out
}

fn column(doc: &Doc<'_>, cell: &Range<usize>) -> Option<Column> {
    let words: Vec<&str> = cell.clone().map(|k| doc.f(k)).collect();
    let has = |prefixes: &[&str]| {
        words
            .iter()
            .any(|w| prefixes.iter().any(|p| w.starts_with(p)))
    };
    if words.is_empty() || words.len() > 6 {
        return None;
    }
    Some(if has(&["nombre", "name", "apellido", "persona"]) {
        Column::Name
    } else if has(&["fecha", "date", "desde", "since"]) {
        if has(&[
            "excarcel", "liberac", "release", "salida", "libertad", "freed",
        ]) {
            Column::ReleaseDate
        } else if has(&[
            "detenc", "arrest", "captur", "aprehen", "detained", "detenido", "desde", "since",
            "ingreso",
        ]) {
            Column::ArrestDate
        } else {
            Column::Date
        }
    } else if has(&[
        "centro",
        "carcel",
        "prison",
        "penal",
        "lugar",
        "place",
        "facility",
        "reclusion",
        "sede",
        "held",
        "jail",
        "recinto",
    ]) {
        Column::Place
    } else {
        Column::Other
    })
}

/// Rows of the tables of a document, given its lines (ranges of sentence indices).
pub fn find(doc: &Doc<'_>, lines: &[Range<usize>], in_hit: &[bool]) -> Vec<TableRow> {
    let tokens = |line: &Range<usize>| {
        let first = doc.sentences.get(line.start).map_or(0, |s| s.first);
        let last = line
            .end
            .checked_sub(1)
            .and_then(|i| doc.sentences.get(i))
            .map_or(first, |s| s.last);
        first..last
    };
    let mut out = Vec::new();
    let mut li = 0;
    while li < lines.len() {
        let header = cells(doc, &tokens(&lines[li]));
        let columns: Vec<Option<Column>> = header.iter().map(|c| column(doc, c)).collect();
        let no_digits = header
            .iter()
            .flat_map(|c| c.clone())
            .all(|k| doc.tokens[k].kind != TokenKind::Number);
        let is_header = header.len() >= 2
            && no_digits
            && columns.iter().all(Option::is_some)
            && columns.contains(&Some(Column::Name));
        if !is_header {
            li += 1;
            continue;
        }
        let mut row_line = li + 1;
        while let Some(line) = lines.get(row_line) {
            let row = cells(doc, &tokens(line));
            if row.len() != header.len() {
                break;
            }
            let mut out_row = TableRow {
                line: row_line,
                header_line: li,
                ..TableRow::default()
            };
            for (cell, kind) in row.iter().zip(&columns) {
                match kind {
                    Some(Column::Name) => {
                        let words = cell
                            .clone()
                            .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
                            .count();
                        let named = cell.clone().all(|k| {
                            name_word(doc, k, in_hit)
                                || matches!(
                                    doc.f(k),
                                    "," | "." | "de" | "del" | "la" | "los" | "las"
                                )
                        });
                        if words >= 2 && named {
                            out_row.name = Some(cell.clone());
                        }
                    }
                    Some(Column::Other) | None => {}
                    Some(k) => out_row.cells.push((*k, cell.clone())),
                }
            }
            out.push(out_row);
            row_line += 1;
        }
        li = row_line;
    }
    out
}
