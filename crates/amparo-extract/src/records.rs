//! Records printed as fields ("Nombre: A / Cédula: … / Detenido: 29/07/2024", or one "Name: A"
//! line then "Status: Released" lines), and a court's records ("Imputados: ARAUJO MEDINA, Rosendo;
//! PALMA, Luisa" then "Delitos: …", "Audiencia: …", "Resultado: …"): rows of a table whose keys
//! are the header (see `table`).

use std::ops::Range;

use crate::list_names::read_name;
use crate::table::{Column, TableRow, column};
use crate::text::{Doc, TokenKind};

/// "Imputados", "Acusada", "Defendant": a court's record names its people by their part.
pub(crate) fn court_part(doc: &Doc<'_>, cell: &Range<usize>) -> bool {
    // ("Procesado/a", "Imputado(a)", "IMPUTADO(S)": a header written for either sex or number.)
    let either =
        |k: usize| matches!(doc.f(k), "/" | "(") && matches!(doc.f(k + 1), "a" | "as" | "s" | "es");
    (cell.len() <= 2 || (cell.len() <= 4 && either(cell.start + 1)))
        && ["imputad", "acusad", "procesad", "defendant", "accused"]
            .iter()
            .any(|p| doc.f(cell.start).starts_with(p))
}

/// A field's key at token `k`: one to four words, the first capitalised, then a colon
/// ("Nombre:", "Fecha de detención:", "Status:"): the key's tokens and where its value starts.
fn field_key(doc: &Doc<'_>, k: usize, end: usize) -> Option<(Range<usize>, usize)> {
    if !doc.tokens.get(k).is_some_and(|t| t.capitalised) {
        return None;
    }
    let colon = (k..end.min(k + 5)).find(|&j| doc.f(j) == ":")?;
    let words = (k..colon).all(|j| doc.tokens[j].kind == TokenKind::Word);
    (colon > k && words).then_some((k..colon, colon + 1))
}

/// The fields of a line: (column, value tokens, key tokens), a value running to the next "/" or "|" that
/// opens another field, or to the end of the line. Empty when the line is no field.
fn fields(doc: &Doc<'_>, t: &Range<usize>) -> Vec<(Option<Column>, Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    // ("Case 01-0418/2025 | Defendant: X | Charge: …": past a case number in the first cell;
    // "09:00 · Trib. 2.º de Control · Exp. 2C-1456-25 · Imputado: X · Delitos: …": past a
    // schedule's hour and court.)
    let sep = |j: usize| matches!(doc.f(j), "|" | "·");
    let numbered_cell = || {
        (t.start + 1..t.end.min(t.start + 24))
            .find(|&j| sep(j) && field_key(doc, j + 1, t.end).is_some())
            .filter(|&j| {
                (t.start..j).any(|k| doc.tokens[k].text.bytes().any(|b| b.is_ascii_digit()))
            })
    };
    let mut at = match field_key(doc, t.start, t.end) {
        None => numbered_cell().map_or(t.start, |j| j + 1),
        Some(_) => t.start,
    };
    while let Some((key, value)) = field_key(doc, at, t.end) {
        let next = (value..t.end)
            .find(|&j| (sep(j) || doc.f(j) == "/") && field_key(doc, j + 1, t.end).is_some());
        out.push((column(doc, &key), value..next.unwrap_or(t.end), key));
        match next {
            Some(j) => at = j + 1,
            None => break,
        }
    }
    out
}

/// Records printed as fields: a "Nombre:"/"Name:" field holding a name opens a record, the
/// fields after it on its line and on the lines below (until a line that is no field) fill it.
pub(crate) fn field_records(
    doc: &Doc<'_>,
    lines: &[Range<usize>],
    in_hit: &[bool],
    tokens: &dyn Fn(&Range<usize>) -> Range<usize>,
) -> Vec<TableRow> {
    let mut out: Vec<TableRow> = Vec::new();
    let mut open = false;
    for (li, line) in lines.iter().enumerate() {
        let t = tokens(line);
        let opener = case_opener(doc, &t);
        let found = match &opener {
            Some(value) => vec![(Some(Column::Name), value.clone(), t.start..t.start)],
            None => fields(doc, &t),
        };
        let Some((first_column, first_value, court)) = found
            .first()
            .map(|(c, v, key)| (c, v, opener.is_some() || court_part(doc, key)))
        else {
            // ("Defendant: …" / "Charge: …" then "In custody since 03.11.2024 at SIZO-2" or
            // "Hearing of 24.06.2025: sentenced to 12 years": a court's record goes on in its
            // paragraph, told in words, read as its status.)
            let paragraph = |l: usize| {
                lines
                    .get(l)
                    .and_then(|r| doc.sentences.get(r.start))
                    .map(|s| s.paragraph)
            };
            // (Not a case study's paragraphs of prose under its "Case 1 - …" line.)
            let prose = |row: &TableRow| {
                t.len() > 40 && case_opener(doc, &tokens(&lines[row.line])).is_some()
            };
            match out.last_mut() {
                Some(row)
                    if open && row.court && !prose(row) && paragraph(row.line) == paragraph(li) =>
                {
                    row.cells.push((Column::Status, tokens(line)));
                    row.end_line = li + 1;
                }
                _ => open = false,
            }
            continue;
        };
        let mut names = if *first_column == Some(Column::Name) {
            let names = record_names(doc, first_value, in_hit);
            // ("Case 1 - Gabriela Inés Mora Colmenares, lawyer, 38": who, then what she is;
            // "Imputado: HÉCTOR LUIS BRICEÑO VALERA, V-9.876.543": who, then the cédula or an
            // alias; not "Defendants: Ivan Petrov, 34, and Olga Smirnova, 29".)
            let comma = (first_value.clone()).find(|&k| matches!(doc.f(k), "," | "("));
            // ("Defendant: MAKAREVICH Siarhei Anatolievich, b. 1979, IT engineer": or the year
            // of birth, or the age.)
            let id = |c: usize| {
                matches!(doc.f(c + 1), "v" | "e") && doc.f(c + 2) == "-"
                    || matches!(
                        doc.f(c + 1),
                        "alias"
                            | "apodado"
                            | "apodada"
                            | "aka"
                            | "b"
                            | "born"
                            | "nacido"
                            | "nacida"
                    )
                    || doc.is_number(c + 1)
            };
            match comma {
                Some(c) if names.is_empty() && (opener.is_some() || (court && id(c))) => {
                    record_names(doc, &(first_value.start..c), in_hit)
                }
                _ => names,
            }
        } else {
            Vec::new()
        };
        if !names.is_empty() {
            let name = names.remove(0);
            out.push(TableRow {
                line: li,
                header_line: usize::MAX,
                name: Some(name),
                cells: Vec::new(),
                end_line: li + 1,
                others: names,
                court,
            });
            open = true;
        } else if !open || *first_column == Some(Column::Name) {
            open = false;
            continue;
        }
        let Some(row) = out.last_mut() else {
            continue;
        };
        row.end_line = li + 1;
        for (c, value, _) in found {
            match c {
                Some(Column::Name | Column::Other) | None => {}
                Some(c) => row.cells.push((c, value)),
            }
        }
    }
    // (A case's line with nothing after it in a record's words is a heading for prose.)
    out.retain(|r| !r.cells.is_empty() || case_opener(doc, &tokens(&lines[r.line])).is_none());
    // One record alone in running text is no list of records, unless a court's ("Procesado: X"
    // with its charges, hearing or decision).
    if out.len() < 2 && !out.first().is_some_and(|r| r.court && r.cells.len() >= 2) {
        out.clear();
    }
    out
}

/// A court docket's record opened by its case number ("Case No. 2-45/2025 — ZAITSEV Dmitry
/// Olegovich (b. 1991), engineer", "Causa 14-2025 – Rosa Pérez, docente"): what follows the
/// dash, which stands apart from the number's own hyphens.
fn case_opener(doc: &Doc<'_>, t: &Range<usize>) -> Option<Range<usize>> {
    const CASE: &[&str] = &[
        "case",
        "causa",
        "expediente",
        "exp",
        "docket",
        "caso",
        "asunto",
    ];
    if !CASE.contains(&doc.f(t.start)) {
        return None;
    }
    // ("Case No. 3/1-409/2025 (appeal) — X": past a bracket after the number too.)
    let dash = (t.start + 1..t.end.min(t.start + 15))
        .find(|&j| doc.f(j) == "-" && doc.tokens[j].start > doc.tokens[j - 1].end)?;
    let numbered =
        (t.start + 1..dash).any(|j| doc.tokens[j].text.bytes().any(|b| b.is_ascii_digit()));
    let named = doc.tokens.get(dash + 1).is_some_and(|x| x.capitalised);
    (numbered && named).then_some(dash + 1..t.end)
}

/// The names a record's name field holds: surnames first ("CONTRERAS BLANCO, Eleazar José
/// (docente); MARCANO, Luisana del Valle (enfermera)", "ARMAS BELLO, CAROLINA"), one name that
/// fills it, or several in their plain order ("José Rivas Peña, Marta León Araque y Pedro Gil").
fn record_names(doc: &Doc<'_>, value: &Range<usize>, in_hit: &[bool]) -> Vec<Range<usize>> {
    // ("KUZNETSOVA, Yelena Borisovna (b. 1979), translator": one name, then who she is.)
    let bracket = (value.clone()).find(|&k| doc.f(k) == "(");
    let cut = bracket.map(|b| value.start..b);
    for v in std::iter::once(value).chain(cut.as_ref()) {
        if let Some(names) = crate::surname_first::surname_first_list(doc, v.start, v.end, in_hit) {
            return names;
        }
    }
    // ("KHABIBULLIN, Ruslan Ilgizovich, municipal deputy", "SHCHUKINA, Valeria Igorevna, 23,
    // student": one name surnames first, then who they are after a comma.)
    if crate::surname_first::in_capitals(doc, value.start)
        && let Some(e) = crate::surname_first::read_item_name(doc, value.start, value.end, in_hit)
        && doc.f(e) == ","
    {
        return std::iter::once(value.start..e).collect();
    }
    let several = crate::list_names::name_list(doc, value.start, value.end, in_hit);
    if several.len() >= 2 && several.first().is_some_and(|r| r.start == value.start) {
        return several;
    }
    read_name(doc, value.start, value.end, in_hit)
        .filter(|&e| e + 2 >= value.end)
        .map(|e| value.start..e)
        .into_iter()
        .collect()
}

/// The day of the court's decision a record tells, when it prints none: of the nearest sentence
/// before it (up to sixty back) that speaks of the ruling or hearing with a date ("el extracto
/// de la sentencia leída el lunes", "the verdict read out on Monday").
pub(crate) fn hearing_day(
    doc: &Doc<'_>,
    at: usize,
    published: Option<chrono::NaiveDate>,
) -> Option<crate::PartialDate> {
    // (Not a hearing to come or an earlier one: "La audiencia de apelación está prevista para el
    // 20 de septiembre", "la audiencia preliminar del 16 de marzo".)
    const RULING: &[&str] = &[
        "sentencia",
        "fallo",
        "audiencia",
        "veredicto",
        "verdict",
        "ruling",
        "hearing",
        "docket",
        "audiencias",
        "hearings",
    ];
    const OTHER: &[&str] = &[
        "prevista",
        "programada",
        "fijada",
        "preliminar",
        "presentacion",
        "apelacion",
        "scheduled",
        "preliminary",
        "appeal",
        "diferida",
    ];
    // (Not from inside another record, before this one: its hearing is its own.)
    let opening = |si: usize| {
        doc.sentences
            .get(si)
            .is_some_and(|s| court_part(doc, &(s.first..s.first + 1)) && doc.f(s.first + 1) == ":")
    };
    let window = at.saturating_sub(60)..at;
    let first_open = window.clone().find(|&si| opening(si));
    for si in window.rev() {
        if first_open.is_some_and(|f| si >= f) {
            continue;
        }
        let s = doc.sentences.get(si)?;
        let has = |words: &[&str]| (s.first..s.last).any(|k| words.contains(&doc.f(k)));
        if !has(RULING) || has(OTHER) {
            continue;
        }
        let day = crate::dates::find(doc, s.first, s.last, published)
            .first()
            .map(|d| d.date)
            .filter(|d| published.is_none_or(|p| d.to_string() <= p.to_string()));
        if day.is_some() {
            return day;
        }
    }
    None
}

/// A cell that opens with a term ("12 años (sedición)", "8 years", "seis meses"): a sentence.
/// (Not an age: "67 años, hipertensa".)
pub(crate) fn term_cell(doc: &Doc<'_>, start: usize, end: usize) -> bool {
    let after = start + 2;
    let ends = after >= end
        || matches!(doc.f(after), "(" | "de" | "of" | "in") && doc.f(after + 1) != "edad";
    let number = doc.tokens.get(start).is_some_and(|t| {
        t.text.chars().all(|c| c.is_ascii_digit())
            || crate::count_words::number_word(doc.f(start)).is_some()
    });
    number
        && ends
        && matches!(
            doc.f(start + 1),
            "anos" | "ano" | "years" | "year" | "meses" | "months"
        )
}

/// "1) Asunto N° TC2-1187-2025", "EXP. 4C-19.332-25", "Case No. 88/2025": a court record's
/// number over its fields, which names no one.
pub(crate) fn case_number(doc: &crate::text::Doc<'_>, t: &std::ops::Range<usize>) -> bool {
    let numbered = doc.is_number(t.start) && matches!(doc.f(t.start + 1), ")" | ".");
    let k = if numbered { t.start + 2 } else { t.start };
    matches!(
        doc.f(k),
        "asunto" | "causa" | "expediente" | "exp" | "case" | "docket" | "caso"
    ) && matches!(doc.f(k + 1), "n" | "no" | "nº" | "n°" | "nro" | "." | "#")
        // (Not "Case 1: Jesús Márquez", "Caso N.º 3 — Ana Ruiz", "Causa N.º 12-345 Luis Ferrer":
        // a case that names its person.)
        && !(k + 1..t.end).any(|j| {
            let word = &doc.tokens[j];
            doc.f(j) == ":"
                || (word.capitalised
                    && word.text.chars().count() >= 2
                    && word.text.chars().all(char::is_alphabetic))
        })
        && t.end - t.start <= 12
}

/// ("Mon 16 Feb | Moscow City Court | Yegor Pavlovich Rudnev", "Case 01-0123/2026 | VORONINA,
/// Tatyana Sergeyevna | CC 207.3 | Judge I. P. Krylov"): a docket's line parted by pipes, with a
/// court's word and a number, heads a record, no menu ("Tribunales | Justicia | Opinión").
pub(crate) fn record_head(doc: &Doc<'_>, t: &Range<usize>) -> bool {
    // (A court named, "Moscow City Court", "Tribunal 1.º"; a case by its number; a judge by
    // name: not "Court diary | 15 Jan 2026 | Sarah Collins".)
    let capital_or_number = |k: usize| {
        t.contains(&k)
            && doc
                .tokens
                .get(k)
                .is_some_and(|x| x.capitalised || x.kind == TokenKind::Number)
    };
    let court = t.clone().any(|k| match doc.f(k) {
        "court" | "tribunal" | "juzgado" => {
            k > t.start && doc.tokens[k - 1].capitalised || capital_or_number(k + 1)
        }
        "case" | "caso" | "expediente" => doc.is_number(k + 1),
        "judge" | "juez" | "jueza" => capital_or_number(k + 1),
        _ => false,
    });
    court && t.clone().any(|k| doc.is_number(k)) && !matches!(doc.f(t.start), "by" | "por")
}
