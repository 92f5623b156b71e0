//! A page's layout as `layout::read` finds it (its list items and page noise), and what the
//! rest of the extractor asks of it: whether a sentence is noise or part of an item that names
//! people, and every name the items list.

use std::ops::Range;

use crate::table::TableRow;
use crate::text::{Doc, TokenKind};

/// One list item: a line (or a name heading and its paragraph) about the people it names.
#[derive(Debug, Clone, Default)]
pub struct Item {
    /// Sentence indices of the item.
    pub sentences: Range<usize>,
    /// Items of one list share this number.
    pub list: usize,
    /// Tokens of the words before the item's colon ("Con arresto domiciliario"), when it has one.
    pub header: Option<Range<usize>>,
    /// Token ranges of the names the item lists.
    pub names: Vec<Range<usize>>,
    /// The cells of a table row, when the item is one.
    pub row: Option<TableRow>,
    /// A list of names inside one running sentence ("…el miércoles: A, B y C."), not of lines.
    pub inline: bool,
    /// The words before its names say what the people share ("Protesters from the July 2021
    /// demonstrations A, B and C"): their dates tell no day of the list's event.
    pub described: bool,
}

impl Item {
    /// A group's header over the items below ("Con arresto domiciliario:", "Militares"): an item
    /// that names nobody, whose header the next items carry.
    pub(crate) fn group_header(sentences: Range<usize>, list: usize, header: Range<usize>) -> Self {
        Self {
            sentences,
            list,
            header: Some(header),
            ..Self::default()
        }
    }
}

/// The layout of a document.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Per sentence: page noise, to be read as nothing.
    pub noise: Vec<bool>,
    /// List items, in text order.
    pub items: Vec<Item>,
    /// Per sentence: the item it belongs to.
    pub item_of: Vec<Option<usize>>,
}

impl Layout {
    /// Marks a credit's sentences ("Foto: …", "Con información de …") as noise.
    pub(crate) fn mark_credits(&mut self, doc: &crate::text::Doc<'_>) {
        for (si, s) in doc.sentences.iter().enumerate() {
            if crate::credits::is_credit_sentence(doc, s.first)
                && let Some(slot) = self.noise.get_mut(si)
            {
                *slot = true;
            }
        }
    }

    /// Notes, per sentence, the item it belongs to.
    pub(crate) fn index_items(&mut self) {
        for (i, item) in self.items.iter().enumerate() {
            for si in item.sentences.clone() {
                if let Some(slot) = self.item_of.get_mut(si) {
                    *slot = Some(i);
                }
            }
        }
    }

    /// The group header a table row of list `list` carries: the header item's or the row's
    /// before ("Con arresto domiciliario:" over a table of its own, inside a list); not a
    /// heading the table's own header row passes for ("PRESO DESDE").
    pub(crate) fn row_header(&self, list: usize) -> Option<Range<usize>> {
        self.items
            .last()
            .filter(|i| i.list == list && (i.row.is_some() || i.names.is_empty()))
            .and_then(|i| i.header.clone())
    }

    /// Whether sentence `s` belongs to a list item that names people.
    pub fn named_item(&self, s: usize) -> bool {
        self.item_of
            .get(s)
            .copied()
            .flatten()
            .and_then(|i| self.items.get(i))
            .is_some_and(|it| !it.names.is_empty())
    }

    /// Token ranges of every name the layout found, in text order.
    pub fn names(&self) -> Vec<Range<usize>> {
        self.items.iter().flat_map(|i| i.names.clone()).collect()
    }

    /// The list whose item sentence `s` is, if any.
    pub fn list_at(&self, s: usize) -> Option<usize> {
        self.item_of
            .get(s)
            .copied()
            .flatten()
            .and_then(|i| self.items.get(i))
            .map(|i| i.list)
    }

    /// Whether sentence `si` is page noise.
    pub fn is_noise(&self, si: usize) -> bool {
        self.noise.get(si).copied().unwrap_or(false)
    }

    /// Whether sentence `si` is prose: neither page noise nor a list's item.
    pub fn is_prose(&self, si: usize) -> bool {
        !self.is_noise(si) && self.item_of.get(si).copied().flatten().is_none()
    }
}

/// "1. ARMAS QUINTERO, JUAN PABLO" over "   Nationality: Colombian", "   Held since: 12 March
/// 2024", "   Status: Detained.": an item whose line (line `li` of `lines`, sentence ranges) is
/// its one name alone, over lines of labelled fields in its paragraph, runs through them (the
/// line after its last field; `li + 1` when none follows).
pub(crate) fn fields_end(
    doc: &crate::text::Doc<'_>,
    lines: &[Range<usize>],
    li: usize,
    names: &[Range<usize>],
) -> usize {
    let t = crate::line_shapes::token_range(doc, &lines[li]);
    let paragraph = |l: &Range<usize>| doc.sentences.get(l.start).map(|s| s.paragraph);
    let mut end = li + 1;
    if !matches!(names, [name] if name.end == t.end) {
        return end;
    }
    while let Some(next) = lines
        .get(end)
        .filter(|l| paragraph(l) == paragraph(&lines[li]))
    {
        let n = crate::line_shapes::token_range(doc, next);
        // (A field has a value after its colon; "Mujeres:" alone heads the next group.)
        let label = doc.tokens.get(n.start).is_some_and(|x| x.capitalised)
            && (n.start + 1..n.end.min(n.start + 4)).any(|k| doc.f(k) == ":")
            && doc.f(n.end - 1) != ":";
        if !label || crate::line_shapes::is_bullet(doc, n.start).is_some() {
            break;
        }
        end += 1;
    }
    end
}

/// The line a list item ends before: the lines after line `li` in its paragraph that go on
/// where no sentence ended ("3 Wuilmer … V-19.002.118 Portuguesa 30-Jul-2024 Tocuyito" then
/// "HOUSE ARREST since 25 Jan.", a register's row a PDF cut), up to the next item.
/// ("3. OROZCO LÓPEZ, JULIO CÉSAR" over "Exestudiante de… Detenido en noviembre de 2024. …" in
/// its paragraph): a numbered line whose one name, surname first in capitals, stands alone heads
/// its paragraph of prose: the line after it (else `li + 1`).
pub(crate) fn case_paragraph_end(
    doc: &Doc<'_>,
    lines: &[Range<usize>],
    li: usize,
    names: &[Range<usize>],
) -> usize {
    let t = crate::line_shapes::token_range(doc, &lines[li]);
    match names {
        [n] if crate::line_shapes::alone_name(doc, &t, n)
            && doc.is_number(t.start)
            && crate::surname_first::in_capitals(doc, n.start)
            && (n.start..n.end).any(|k| doc.f(k) == ",") =>
        {
            paragraph_end(doc, lines, li)
        }
        _ => li + 1,
    }
}

/// The line after the paragraph of line `li`, when every line after it in the paragraph is a
/// sentence of prose (opens on a capital, ends with a full stop, no list mark); else `li + 1`.
fn paragraph_end(doc: &Doc<'_>, lines: &[Range<usize>], li: usize) -> usize {
    let paragraph = |l: &Range<usize>| doc.sentences.get(l.start).map(|s| s.paragraph);
    let mut end = li + 1;
    while let Some(next) = lines
        .get(end)
        .filter(|n| paragraph(n) == paragraph(&lines[li]))
    {
        let n = crate::line_shapes::token_range(doc, next);
        let prose = doc.tokens.get(n.start).is_some_and(|x| x.capitalised)
            && crate::line_shapes::is_bullet(doc, n.start).is_none()
            && matches!(doc.f(n.end.saturating_sub(1)), "." | "\"" | ")");
        if !prose {
            return li + 1;
        }
        end += 1;
    }
    end
}

pub(crate) fn run_on_end(doc: &Doc<'_>, lines: &[Range<usize>], li: usize) -> usize {
    let mut end = li + 1;
    while let (Some(line), Some(next)) = (lines.get(end - 1), lines.get(end)) {
        let (t, n) = (
            crate::line_shapes::token_range(doc, line),
            crate::line_shapes::token_range(doc, next),
        );
        let paragraph = |l: &Range<usize>| doc.sentences.get(l.start).map(|s| s.paragraph);
        let stops = [".", "!", "?", ":", ";", "\"", "»", ")"];
        let open = !stops.contains(&doc.f(t.end.saturating_sub(1)));
        // (Nor a label's line: "Defendant: X" under "2) Lefortovo Court, case 3/1-208/2025".)
        let item = crate::line_shapes::is_bullet(doc, n.start).is_some()
            || (n.start..n.end.min(n.start + 3)).any(|k| doc.f(k) == ":")
            || doc
                .tokens
                .get(n.start)
                .is_some_and(|x| x.kind != TokenKind::Word);
        // (What ends the item for sure first: the dates are read only of a line that may go on;
        // a bracket closed at the next line's start goes on, "(Art.\n207.3). In custody…".)
        let wrapped = crate::hard_wrap::closes_bracket(doc, n.start);
        // ("1.  MAMMADLI Rauf (1986), editor." over "    Arrested 20 November 2024. …": a line
        // set in under the item's is its case history.)
        let column = |k: usize| crate::table_cells::column_at(doc, k);
        let set_in = !item && column(n.start) >= 2 && column(n.start) > column(t.start);
        if set_in && paragraph(line) == paragraph(next) {
            end += 1;
            continue;
        }
        if ((!open || item) && !wrapped) || paragraph(line) != paragraph(next) {
            break;
        }
        // (A row's ID or date, or words in small letters: not a name's line before the next
        // sentence, "11. FREDDY ARTEAGA (49) – Tocuyito" over "Todos deben…".)
        let small = doc.tokens.get(n.start).is_some_and(|x| {
            x.kind == TokenKind::Word && x.text.chars().next().is_some_and(char::is_lowercase)
        });
        // (And the line goes on with a date, in small letters, or ends the paragraph: not a
        // group's header between rows, "Arresto domiciliario" over rows 3 and 4.)
        let goes_on = small
            || !crate::dates::find(doc, n.start, n.end, None).is_empty()
            || lines
                .get(end + 1)
                .is_none_or(|l| paragraph(l) != paragraph(next));
        let row = small
            || goes_on
                && ((t.start + 1..t.end).any(|k| crate::person_spans::cedula_at(doc, k))
                    || !crate::dates::find(doc, t.start + 1, t.end, None).is_empty());
        if !row && !wrapped {
            break;
        }
        end += 1;
    }
    end
}
