//! Tables flattened to text ("Nombre | Cédula | Fecha de detención | Centro", one row a line,
//! cells split by "|" or tabs): the header says what each column holds; each row names one
//! person, with the dates and the place of their cells. Records printed as fields ("Nombre: A /
//! Cédula: … / Detenido: 29/07/2024", or one "Name: A" line then "Status: Released" lines) are
//! rows too, their keys the header.

use std::ops::Range;

use crate::list_names::name_word;
use crate::model::EventType;
use crate::table_cells::cells;
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
    /// What became of the person ("Situación", "Status", "Change", "Medida", "Condición"): the
    /// row's events, read from the words of the cell.
    Status,
    /// A column named by an event ("Trasladado: 11/03/2026 a Tocuyito"): that event, on the
    /// cell's date.
    Event(EventType),
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
    /// Line index after the row (a record of fields may take several lines).
    pub end_line: usize,
    /// The other people a record's name field lists ("Imputados: PINTO AULAR, Gerson David;
    /// SERRANO, Wladimir").
    pub others: Vec<Range<usize>>,
    /// The row is a court's act: its name column names the accused ("Imputado"), so its
    /// charges column tells a charge ("Delitos imputados"), not only what a case is about.
    pub court: bool,
}

impl TableRow {
    /// Whether the row itself says what happened (a status or an event column): its events are
    /// read from its cells, not from the words of its line.
    pub fn tells_events(&self) -> bool {
        self.cells.iter().any(|(c, cell)| {
            let told = match c {
                Column::Status => true,
                Column::Event(EventType::Charge) => self.court,
                Column::Event(_) => true,
                _ => false,
            };
            told && !cell.is_empty()
        })
    }

    /// ("ANEXO — PERSONAS DESTERRADAS EL 7/05/2026" over "3. CASTRILLO OBANDO, HENRY JOSUÉ |
    /// Estudiante UNAN-León. La Modelo."): a row that tells no event, or only a name and notes
    /// whose words tell none, keeps the list's; not a row with a date or a place of its own,
    /// "Gerson Chirinos | Tocorón | 14/01 | Sin información", which tells its person's custody.
    pub fn notes_alone(&self) -> bool {
        !self.tells_events()
            || self
                .cells
                .iter()
                .all(|(c, _)| matches!(c, Column::Name | Column::Status | Column::Other))
    }
}

pub(crate) fn column(doc: &Doc<'_>, cell: &Range<usize>) -> Option<Column> {
    let words: Vec<&str> = cell.clone().map(|k| doc.f(k)).collect();
    let has = |prefixes: &[&str]| {
        words
            .iter()
            .any(|w| prefixes.iter().any(|p| w.starts_with(p)))
    };
    // ("Estatus al 14/09/2026": the words count, not the digits of a date.)
    let length = cell
        .clone()
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
        .count();
    if words.is_empty() || length > 6 {
        return None;
    }
    if crate::records::court_part(doc, cell) {
        return Some(Column::Name);
    }
    let first = words[0];
    // ("Delitos: traición a la patria", "Charges: …": what they are charged with.)
    if matches!(
        first,
        "delitos" | "delito" | "cargos" | "charges" | "charge"
    ) {
        return Some(Column::Event(EventType::Charge));
    }
    // ("Sanción: 8 años de privación de libertad", "Pronunciamiento: ABSUELTA": what the court
    // decided, read as a status.)
    if matches!(
        first,
        "sancion" | "condena" | "pena" | "sentencia" | "sentence" | "pronunciamiento"
    ) && !has(&["solicitad", "pedid", "requested", "sought", "propuest"])
    {
        return Some(Column::Status);
    }
    // ("Audiencia: 19/01/2026 (preliminar)": the day of the decision the record tells.)
    if matches!(first, "audiencia" | "hearing") {
        return Some(Column::Date);
    }
    // ("Lugar de detención": where, not when.)
    let place_words = [
        "lugar", "centro", "sede", "place", "facility", "carcel", "prison",
    ];
    if has(&place_words) && !has(&["fecha", "date"]) {
        return Some(Column::Place);
    }
    // ("Caso: Ulises Montero": a case sheet names its person in a "Caso:" field.)
    let case = matches!(words.as_slice(), ["caso"] | ["case"]);
    Some(if case || has(&["nombre", "name", "apellido", "persona"]) {
        Column::Name
    } else if has(&["fecha", "date", "desde", "since"]) {
        if has(&[
            "excarcel", "liberac", "release", "salida", "libertad", "freed",
        ]) {
            Column::ReleaseDate
        } else if has(&["fallec", "muerte", "death", "died"]) {
            // ("Fecha de fallecimiento" under "Personas fallecidas bajo custodia".)
            Column::Event(EventType::DeathInCustody)
        } else if has(&[
            "detenc", "detenti", "arrest", "captur", "aprehen", "detained", "detenido", "desde",
            "since", "ingreso",
        ]) {
            Column::ArrestDate
        } else {
            Column::Date
        }
    } else if has(&[
        "detenid",
        "detenc",
        "arrested",
        "detained",
        "captur",
        "aprehendid",
    ]) || matches!(words.as_slice(), ["arresto"] | ["arrest"])
    {
        // "Detenido: 29/07/2024", "Arrested", "Arresto" (not "Arresto domiciliario"): a column
        // named by the event holds its date.
        Column::ArrestDate
    } else if has(&["excarcel", "liberad", "released", "freed"]) {
        Column::ReleaseDate
    } else if has(&["traslad", "transferred"]) {
        Column::Event(EventType::Transfer)
    } else if has(&[
        "situacion",
        "situation",
        "status",
        "estatus",
        "estado",
        "state",
        "novedad",
        "movimiento",
        "movement",
        "result",
        "change",
        "cambio",
        "medida",
        "condicion",
        "condiciones",
        "conditions",
        "outcome",
        "beneficio",
        "decision",
        "observacion",
        "veredicto",
        "verdict",
        "fallo",
        "ruling",
    ]) || has(crate::table_cells::EVENT_WORDS)
        || has(&["happened", "paso", "ocurrio", "actuacion"])
    {
        Column::Status
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
    let tokens = |line: &Range<usize>| crate::line_shapes::token_range(doc, line);
    let mut out = Vec::new();
    let mut li = 0;
    while li < lines.len() {
        let mut header = cells(doc, &tokens(&lines[li]));
        // ("Nombre Fecha de detención Centro de reclusión Excarcelación Medida": no separators.)
        let spaced = header.len() == 1;
        if spaced {
            header = crate::spaced_table::header(doc, &tokens(&lines[li])).unwrap_or_default();
        }
        let mut columns: Vec<Option<Column>> = header.iter().map(|c| column(doc, c)).collect();
        crate::table_cells::retarget(doc, &header, &mut columns);
        // ("| Nombre | Cédula | Estado | Centro |" over "| A | V-12.345.678 | Carabobo | Tocuyito |":
        // a state of the country, whose cells tell no event.)
        for (i, cell) in header.iter().enumerate() {
            let state = cell.clone().any(|k| matches!(doc.f(k), "state" | "estado"));
            if state && columns[i] == Some(Column::Status) && !spaced {
                let rows: Vec<Vec<Range<usize>>> = lines[li + 1..lines.len().min(li + 6)]
                    .iter()
                    .map(|l| cells(doc, &tokens(l)))
                    .filter(|r| r.len() == header.len())
                    .collect();
                let eventless = rows
                    .iter()
                    .all(|r| crate::triggers::find(doc, r[i].start, r[i].end).is_empty());
                let named = rows.iter().any(|r| !r[i].is_empty());
                if eventless && named {
                    columns[i] = Some(Column::Other);
                }
            }
        }
        // ("Estatus al 14/09/2026": a status column may give its date.)
        let no_digits = header
            .iter()
            .zip(&columns)
            .filter(|(_, c)| **c != Some(Column::Status))
            .flat_map(|(c, _)| c.clone())
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
            let t = tokens(line);
            let row = if spaced {
                crate::spaced_table::row(doc, &t, &columns).unwrap_or_default()
            } else {
                crate::table_cells::row_cells(doc, &header, &t)
            };
            // ("VE-0588\tDeivis Montilla\t…\tGuanare (home)\t": empty cells at the row's end are
            // tabs after its last word.)
            let trailing = t.end.checked_sub(1).map_or(0, |k| {
                let rest = &doc.text[doc.tokens[k].end..];
                rest[..rest.find('\n').unwrap_or(rest.len())]
                    .matches('\t')
                    .count()
            });
            // (A cell wrapped onto a line of its own, set in under its column: the row's.)
            let last = out
                .last_mut()
                .filter(|r: &&mut TableRow| r.end_line == row_line);
            if let Some(last) = last.filter(|_| crate::spaced_table::wrapped(doc, &t)) {
                last.end_line = row_line + 1;
                row_line += 1;
                continue;
            }
            if row.len() != header.len() && row.len() + trailing != header.len() {
                // (A group's line inside the table: see `table_cells::group_line`.)
                let group_line = crate::table_cells::group_line(doc, &t)
                    && lines.get(row_line + 1).is_some_and(|next| {
                        let n = tokens(next);
                        let r = if spaced {
                            crate::spaced_table::row(doc, &n, &columns).unwrap_or_default()
                        } else {
                            crate::table_cells::row_cells(doc, &header, &n)
                        };
                        r.len() == header.len()
                    });
                if group_line {
                    row_line += 1;
                    continue;
                }
                break;
            }
            let mut out_row = TableRow {
                line: row_line,
                header_line: li,
                end_line: row_line + 1,
                court: header
                    .iter()
                    .zip(&columns)
                    .any(|(c, k)| *k == Some(Column::Name) && crate::records::court_part(doc, c)),
                ..TableRow::default()
            };
            for (cell, kind) in row.iter().zip(&columns) {
                match kind {
                    Some(Column::Name) => {
                        // ("GONZÁLEZ PRIETO, Darwin Alexis; MEZA FIGUERA, Johan Enrique": two
                        // accused in one cell.)
                        let mut parts = Vec::new();
                        let mut start = cell.start;
                        for k in cell.clone().chain([cell.end]) {
                            if k == cell.end || doc.f(k) == ";" {
                                parts.push(start..k);
                                start = k + 1;
                            }
                        }
                        let names: Vec<Range<usize>> = parts
                            .iter()
                            .filter_map(|p| cell_name(doc, p, in_hit))
                            .collect();
                        if names.len() == parts.len() {
                            out_row.name = names.first().cloned();
                            out_row.others = names.into_iter().skip(1).collect();
                        }
                    }
                    Some(Column::Other) | None => {}
                    // ("… | 24/03/2026 | Sin información" under a lead of releases: a status
                    // the list does not know tells nothing, and the lead's event stands.)
                    Some(Column::Status) if crate::table_cells::unknown_cell(doc, cell) => {}
                    Some(k) => out_row.cells.push((*k, cell.clone())),
                }
            }
            out.push(out_row);
            row_line += 1;
        }
        li = row_line;
    }
    out.extend(crate::records::field_records(doc, lines, in_hit, &tokens));
    out.sort_by_key(|r| r.line);
    out
}

/// The name a cell of the name column holds, if it holds one.
fn cell_name(doc: &Doc<'_>, cell: &Range<usize>, in_hit: &[bool]) -> Option<Range<usize>> {
    // ("Rafael \"Rafa\" Urdaneta", "Jhon Ospina Castaño (colombiano)": a nickname inside, a
    // bracket after.)
    let end = cell.clone().find(|&k| doc.f(k) == "(").unwrap_or(cell.end);
    // ("Pbro. Wilson Eduardo Márquez": a title with its stop before the name.)
    let titled = doc.f(cell.start + 1) == "."
        && (crate::abbreviations::TITLE_ABBREVIATIONS.contains(&doc.f(cell.start))
            || matches!(doc.f(cell.start), "pbro" | "mons"));
    let name = cell.start + 2 * usize::from(titled)..end;
    let words = name
        .clone()
        .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
        .count();
    // (A place's name is a surname in the name column when a given name is there too: "GIL
    // BOLÍVAR, Marcos".)
    // (Printed surname first, with its comma: not "Parroquia San Juan".)
    let given = name.clone().any(|k| doc.f(k) == ",")
        && name
            .clone()
            .any(|k| crate::lexicon::is_given_name(doc.f(k)));
    let named = name.clone().all(|k| {
        name_word(doc, k, in_hit)
            || (given && name_word(doc, k, &[]))
            || matches!(
                doc.f(k),
                "," | "." | "de" | "del" | "la" | "los" | "las" | "\""
            )
    });
    (words >= 2 && named).then_some(name)
}

impl crate::layout::Layout {
    /// Whether sentence `si` is in a table row or record that itself says what happened.
    pub fn row_tells_events(&self, si: usize) -> bool {
        self.item_of
            .get(si)
            .copied()
            .flatten()
            .and_then(|i| self.items.get(i))
            .and_then(|i| i.row.as_ref())
            .is_some_and(|r| r.tells_events())
    }
}
