//! The cells of a table's line: token ranges parted by "|", tabs or runs of spaces; and, in a
//! row typed with spaces whose cells do not all stand apart, parted where the header's cells
//! start.

use std::ops::Range;

use crate::dates::PartialDate;
use crate::model::EventType;
use crate::table::{Column, TableRow};
use crate::text::{Doc, TokenKind};

/// Cells of a line: token ranges between "|" tokens, tab characters or runs of spaces.
pub(crate) fn cells(doc: &Doc<'_>, t: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = t.start;
    for k in t.clone() {
        let tab_before = k > t.start
            && doc
                .text
                .get(doc.tokens[k - 1].end..doc.tokens[k].start)
                // (A row typed with spaces among rows with tabs: two or more spaces part cells.)
                .is_some_and(|gap| gap.contains('\t') || gap.contains("  "));
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

/// A row's cells (see `cells`); a row typed with runs of spaces that lost a gap or two between
/// its cells ("RÍOS HERRERA, Ana Sofía   Colombian-Venezuelan 30 Apr 2025   INOF   Held": one
/// space before the date) is parted where the header's cells start, as printed.
pub(crate) fn row_cells(
    doc: &Doc<'_>,
    header: &[Range<usize>],
    t: &Range<usize>,
) -> Vec<Range<usize>> {
    let mut row = cells(doc, t);
    // ("N°  APELLIDOS, NOMBRES | OBSERVACIONES" over "12. NAVAS URBINA, OSMAR | Activista.": a
    // row's number one space from its name is still the number column's.)
    let number_column = header
        .first()
        .is_some_and(|h| h.len() <= 3 && h.clone().all(|k| doc.f(k).chars().count() <= 3));
    if number_column
        && row.len() + 1 == header.len()
        && let Some(first) = row.first().cloned()
        && doc.is_number(first.start)
        && matches!(doc.f(first.start + 1), "." | ")")
        && first.end > first.start + 2
    {
        row[0] = first.start + 2..first.end;
        row.insert(0, first.start..first.start + 2);
    }
    let piped = |r: &Range<usize>| r.clone().any(|k| doc.f(k) == "|");
    let fewer = row.len() < header.len() && row.len() >= 3 && row.len() + 2 >= header.len();
    if !fewer
        || piped(t)
        || header
            .first()
            .is_some_and(|h| h.start > 0 && piped(&(h.start - 1..h.start)))
    {
        return row;
    }
    // (Tabs align nothing by characters: "VE-0588\tDeivis Montilla\t…\tGuanare (home)\t".)
    let line = |k: usize| {
        let at = doc.tokens[k].start;
        let from = doc.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let to = doc.text[at..].find('\n').map_or(doc.text.len(), |i| at + i);
        &doc.text[from..to]
    };
    if line(t.start).contains('\t') {
        return row;
    }
    aligned(doc, header, t).unwrap_or(row)
}

/// The column, in characters from its line's start, where token `k` starts.
pub(crate) fn column_at(doc: &Doc<'_>, k: usize) -> usize {
    let start = doc.tokens[k].start;
    let line = doc.text[..start].rfind('\n').map_or(0, |i| i + 1);
    doc.text[line..start].chars().count()
}

/// The tokens `t` parted by the columns where the header's cells start (a token starting one
/// character before a column is in it); none when a token falls before the first or out of order.
fn aligned(doc: &Doc<'_>, header: &[Range<usize>], t: &Range<usize>) -> Option<Vec<Range<usize>>> {
    if header.iter().any(Range::is_empty) {
        return None;
    }
    let starts: Vec<usize> = header.iter().map(|c| column_at(doc, c.start)).collect();
    let mut out: Vec<Option<Range<usize>>> = vec![None; starts.len()];
    let mut at = 0;
    for k in t.clone() {
        let i = starts.iter().rposition(|&s| s <= column_at(doc, k) + 1)?;
        if i < at {
            return None;
        }
        // (A cell opens where its header's does, give or take a character: a row shifted off
        // its header, "MENA GIL, Luis Alberto Rafael Venezolano 5 ene 2025", is not read so.)
        if out[i].is_none() && column_at(doc, k).abs_diff(starts[i]) > 1 {
            return None;
        }
        at = i;
        let cell = out[i].get_or_insert(k..k);
        cell.end = k + 1;
    }
    out[0].as_ref()?;
    // (An empty cell stands where the one before it ends.)
    let mut end = t.start;
    Some(
        out.into_iter()
            .map(|c| {
                let c = c.unwrap_or(end..end);
                end = c.end;
                c
            })
            .collect(),
    )
}

/// Words that name a column of the event a row tells ("Event", "Evento").
pub(crate) const EVENT_WORDS: &[&str] = &["event", "evento", "suceso"];

/// Columns a header's neighbours name again: "State | Arrested | Event" (the country's state
/// beside the event's column) and "Desde | Hacia", "From | To" (where a move went from and to,
/// no date).
pub(crate) fn retarget(doc: &Doc<'_>, header: &[Range<usize>], columns: &mut [Option<Column>]) {
    use crate::table::Column;
    // ("State | Arrested | Event": a state of the country beside the event's column.)
    let event_column = header
        .iter()
        .any(|c| c.clone().any(|k| EVENT_WORDS.contains(&doc.f(k))));
    if event_column
        && columns
            .iter()
            .filter(|c| **c == Some(Column::Status))
            .count()
            > 1
    {
        for (c, cell) in columns.iter_mut().zip(header) {
            if cell.clone().any(|k| matches!(doc.f(k), "state" | "estado")) {
                *c = Some(Column::Other);
            }
        }
    }
    // ("Actuación | Observaciones": a court's act beside a column of what happened, which tells
    // the events.)
    let statuses = columns
        .iter()
        .filter(|c| **c == Some(Column::Status))
        .count();
    for (c, cell) in columns.iter_mut().zip(header) {
        if statuses > 1 && cell.clone().any(|k| doc.f(k) == "actuacion") {
            *c = Some(Column::Other);
        }
    }
    // ("Desde | Hacia", "From | To": where a move went from and to, no date.)
    let lone = |c: &Range<usize>, w: &[&str]| c.len() == 1 && w.contains(&doc.f(c.start));
    if header
        .iter()
        .any(|c| lone(c, &["hacia", "hasta", "to", "destino"]))
    {
        for (c, cell) in columns.iter_mut().zip(header) {
            if lone(cell, &["desde", "from", "origen"]) {
                *c = Some(Column::Other);
            } else if lone(cell, &["hacia", "hasta", "to", "destino"]) {
                *c = Some(Column::Place);
            }
        }
        // ("| Nombre | Origen | Destino | Fecha |": a table of moves, its plain date the move's.)
        if header.iter().any(|c| lone(c, &["desde", "from", "origen"])) {
            for c in columns.iter_mut().filter(|c| **c == Some(Column::Date)) {
                *c = Some(Column::Event(EventType::Transfer));
            }
        }
    }
}

/// "Yordanis Cruz Batista (Cárdenas)  |  Aliet Ramírez Soto (Nuevitas)": a line of names parted
/// by bars, each cell opening on three capitalised words or more; not a site's menu ("Inicio |
/// Nacionales | Derechos Humanos").
pub(crate) fn names_row(doc: &Doc<'_>, t: &Range<usize>) -> bool {
    let mut cells = 0;
    let mut from = t.start;
    for bar in (t.start..t.end).filter(|&k| doc.f(k) == "|").chain([t.end]) {
        let words = (from..bar)
            .take_while(|&k| doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].capitalised)
            .count();
        if words < 3 {
            return false;
        }
        cells += 1;
        from = bar + 1;
    }
    // (Not lives: "Poet Hamid Saberi (1948–2025) | Photographer Mina Ghaffari (1975–2025)".)
    cells >= 2 && !(t.clone()).any(|k| doc.is_number(k))
}

/// Whether a row is of a table of moves: its plain date is the move's (see `retarget`).
pub(crate) fn moves(row: &TableRow) -> bool {
    row.cells
        .iter()
        .any(|(c, _)| *c == Column::Event(EventType::Transfer))
}

/// The tokens of a row's cell of a column; of a table of moves, its move's date is its plain date.
pub(crate) fn cell_of(row: &TableRow, column: Column) -> Option<&Range<usize>> {
    let moved = |c: &Column| column == Column::Date && *c == Column::Event(EventType::Transfer);
    row.cells
        .iter()
        .find(|(c, _)| *c == column || moved(c))
        .map(|(_, cell)| cell)
}

/// ("| Origen | Destino | Fecha |" over "Zona 7 | — | 18/12/2025 | Excarcelado con
/// presentación…", "El Helicoide | su vivienda | … | Arresto domiciliario", "Rodeo I |
/// Excarcelado, enviado a su casa | 10/04/2024"): a table of moves whose row tells the person
/// freed or sent home, in any cell, tells no move; the release takes the move's day.
pub(crate) fn sent_home_not_moved(
    doc: &Doc<'_>,
    row: &TableRow,
    out: &mut Vec<(EventType, Option<PartialDate>)>,
) {
    let home = |x: EventType| {
        crate::discourse::family(x) == EventType::Release || x == EventType::HouseArrest
    };
    if !moves(row) {
        return;
    }
    let destination = row
        .cells
        .iter()
        .filter(|(c, _)| *c == Column::Place)
        .flat_map(|(_, cell)| crate::triggers::find(doc, cell.start, cell.end))
        .map(|t| t.kind)
        .find(|k| home(*k));
    let day = out
        .iter()
        .find(|(x, _)| *x == EventType::Transfer)
        .and_then(|(_, d)| *d);
    if let Some(k) = destination
        && !out.iter().any(|(x, _)| home(*x))
    {
        out.push((k, day));
    }
    if out.iter().any(|(x, _)| home(*x)) {
        out.retain(|(x, _)| *x != EventType::Transfer);
    }
}

/// Whether a column's event `k` is of prisoners, told before the table's row at sentence `at`:
/// a death in custody, under "Personas fallecidas bajo custodia del Estado" or "…el cuarto preso
/// político que muere bajo custodia", not "Personas fallecidas durante las protestas" nor a
/// table of prisoners' relatives, "| Nombre | Parentesco | Preso | Fecha de fallecimiento |".
pub(crate) fn told_of_prisoners(doc: &Doc<'_>, k: EventType, at: usize) -> bool {
    if k != EventType::DeathInCustody {
        return true;
    }
    let words = |ws: &[&str]| {
        (at.saturating_sub(12)..at).any(|si| crate::heading_lines::tells_of(doc, si, ws))
    };
    words(&[
        "custodia",
        "custody",
        "prision",
        "prison",
        "carcel",
        "presos",
        "prisoners",
    ]) && !words(&["parentesco", "relationship", "kinship"])
}

/// ("HOMBRES", "MUJERES", "Hombres:", "Mujeres (3)" between the rows): a group's line inside a
/// table, a few words that tell no event (not a heading that tells the next rows' event,
/// "SIGUEN DETENIDOS", over a table of its own).
pub(crate) fn group_line(doc: &Doc<'_>, t: &Range<usize>) -> bool {
    t.len() <= 5
        && doc
            .tokens
            .get(t.start)
            .is_some_and(|x| x.kind == TokenKind::Word)
        && t.clone().all(|k| {
            doc.tokens[k].kind == TokenKind::Word
                || matches!(doc.f(k), ":" | "(" | ")")
                || (doc.tokens[k].kind == TokenKind::Number && doc.f(k.wrapping_sub(1)) == "(")
        })
        && crate::triggers::find(doc, t.start, t.end).is_empty()
}

/// Of a table of moves, the row's destination, not its origin ("| Origen | Destino | Fecha |").
pub(crate) fn moved_to(
    cx: &crate::lists::ListContext<'_, '_>,
    item: &crate::layout::Item,
) -> Option<String> {
    let row = item.row.as_ref().filter(|r| crate::table_cells::moves(r))?;
    // (Not a cell that tells the person freed, "Excarcelado, enviado a su casa", nor "—".)
    let (_, cell) = row.cells.iter().find(|(c, _)| *c == Column::Place)?;
    crate::triggers::find(cx.doc, cell.start, cell.end)
        .is_empty()
        .then_some(())?;
    crate::row_events::row_place(cx, item).filter(|p| p.chars().any(char::is_alphabetic))
}

/// Whether a cell only says its content is not known ("Sin información", "S/I", "N/D", "No
/// disponible", "n/a").
pub(crate) fn unknown_cell(doc: &Doc<'_>, cell: &Range<usize>) -> bool {
    let words: Vec<&str> = cell.clone().map(|k| doc.f(k)).collect();
    matches!(
        words.as_slice(),
        ["sin", "informacion" | "datos" | "dato" | "info"]
            | ["no", "disponible" | "information" | "info"]
            | ["s", "/", "i"]
            | ["n", "/", "d" | "a"]
            | ["-" | "—" | "–"]
            | ["por", "confirmar"]
    )
}

/// ("Situación procesal: Acusado; audiencia diferida 6 veces"): whether a status cell opens on
/// "accused" alone, a state of the case: indicted; only in a table of the held, with a day of
/// arrest or a prison (not "Officials named in the ICC case … | Accused").
pub(crate) fn accused_alone(
    doc: &crate::text::Doc<'_>,
    cell: &std::ops::Range<usize>,
    row: &crate::table::TableRow,
) -> bool {
    let next = cell.start + 1;
    matches!(doc.f(cell.start), "acusado" | "acusada" | "accused")
        && (next == cell.end || matches!(doc.f(next), ";" | "," | "." | "-"))
        && row
            .cells
            .iter()
            .any(|(c, _)| matches!(c, Column::ArrestDate | Column::Place))
}
