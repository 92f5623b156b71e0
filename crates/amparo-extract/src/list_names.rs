//! Names as lists print them: a name at the start of an item ("ÁNGEL GREGORIO PERAZA (32 años)"),
//! lists of names after a colon ("Mujeres: A, B y C"), a name alone heading its paragraph.

use std::ops::Range;

use crate::lexicon::is_given_name;
use crate::line_shapes::{is_bullet, token_range};
use crate::names::nickname_end;
use crate::surname_first::{in_capitals, read_item_name};
use crate::text::{Doc, TokenKind};
use crate::title_names::title_as_name;

pub(crate) use crate::name_prep::name_word;

/// A name of two to six words starting at `k` (particles and initials allowed inside): its end.
pub(crate) fn read_name(doc: &Doc<'_>, k: usize, end: usize, in_hit: &[bool]) -> Option<usize> {
    let mut j = k;
    let mut words = 0;
    // A place may end a name ("Eduardo Valera"): gazetteer entries only stop its first word.
    while j < end && words < 6 {
        if (name_word(doc, j, if words == 0 { in_hit } else { &[] })
            && !(words >= 2
                && is_given_name(doc.f(k))
                && crate::surname_first::common_in_capitals(doc, j)))
            || title_as_name(doc, j, words, end, in_hit)
        {
            j += 1;
            words += 1;
        } else if words > 0
            // (Not "y": in a list it joins two names.)
            && crate::names::PARTICLES.contains(&doc.f(j))
            && doc.f(j) != "y"
            && (name_word(doc, j + 1, in_hit)
                || (matches!(doc.f(j + 1), "la" | "los" | "las") && name_word(doc, j + 2, in_hit)))
        {
            j += 1;
        } else if let Some(after) = (words > 0)
            .then(|| nickname_end(doc, j))
            .flatten()
            .filter(|&a| name_word(doc, a, in_hit))
        {
            // A nickname in quotes inside the name: Edgar Ramón "Tato" Villarroel, Pedro "P.J."
            // Landaeta.
            j = after;
        } else if words > 0
            && doc
                .tokens
                .get(j)
                .is_some_and(|t| t.capitalised && t.text.chars().count() == 1)
            && doc.f(j + 1) == "."
            && name_word(doc, j + 2, in_hit)
        {
            j += 2;
            words += 1;
        } else {
            break;
        }
    }
    (words >= 2).then_some(j)
}

/// What joins the parts of a list of names (a caption's middle dots, "A · B · C", too).
const JOINS: &[&str] = &[",", ";", "y", "e", "and", "&", "/", "·", "•"];

/// The names of a list of names from token `from` to `to` ("A, B y C", "A; B; C"), when at least
/// two thirds of its parts are names (a describer may stand before a name: "el periodista A").
pub(crate) fn name_list(
    doc: &Doc<'_>,
    from: usize,
    to: usize,
    in_hit: &[bool],
) -> Vec<Range<usize>> {
    if let Some(names) = crate::surname_first::surname_first_list(doc, from, to, in_hit) {
        return names;
    }
    let mut names = Vec::new();
    let mut parts = 0;
    let mut first_part_end = None;
    let mut siblings = 0;
    // (Bars part a row of names: see `table_cells::names_row`.)
    let bars = crate::table_cells::names_row(doc, &(from..to));
    let joins = |k: usize| JOINS.contains(&doc.f(k)) || (bars && doc.f(k) == "|");
    // Past a part's end and the joins after it.
    let next_part = |end: usize| {
        let mut k = end + 1;
        while k < to && joins(k) {
            k += 1;
        }
        k
    };
    let mut k = from;
    while k < to {
        // ("Ana Pérez (Derecho, UCV), Luis Rojas (Medicina, LUZ) y …": what a bracket holds
        // describes the name before it; its commas part nothing.)
        let mut depth = 0usize;
        let part_end = (k..to)
            .find(|&j| {
                match doc.f(j) {
                    "(" => depth += 1,
                    ")" => depth = depth.saturating_sub(1),
                    _ => {}
                }
                // (A title's full stop, "Prof. Jairo Landaeta", parts nothing.)
                let title_stop =
                    doc.f(j) == "." && j > k && crate::abbreviations::title_at(doc, j - 1) > 0;
                depth == 0 && !title_stop && (doc.f(j) == "." || joins(j))
            })
            .unwrap_or(to);
        first_part_end.get_or_insert(part_end);
        // ("…, y los hermanos Dávila, Yonny y Yerson": the siblings' given names, each a name of
        // the list with the surname before them; see `name_prep`.)
        if crate::name_prep::siblings_surname_part(doc, k, part_end) {
            siblings = usize::MAX;
            k = next_part(part_end);
            continue;
        }
        if siblings > 0 && part_end == k + 1 && doc.tokens.get(k).is_some_and(|t| t.capitalised) {
            siblings -= 1;
            parts += 1;
            names.push(k..k + 1);
            k = next_part(part_end);
            continue;
        }
        // An apposition without a capital ("de 45 años", "periodista") describes the name
        // before it: it is not a part of the list. Nor is one that opens with a preposition
        // ("…, de la Comunidad Penitenciaria Fénix") or its day ("…, el 8 de junio en Ramo
        // Verde; …", "…, on May 27.").
        let prepositional = matches!(
            doc.tokens.get(k).map(|t| t.text),
            Some("de" | "del" | "en" | "desde" | "of" | "from" | "in" | "at")
        ) || (matches!(doc.f(k), "el" | "on")
            && (doc.is_number(k + 1)
                || crate::dates::weekday(doc.f(k + 1)).is_some()
                || (doc.f(k) == "on" && crate::dates::month(doc.f(k + 1)).is_some())));
        // (Nor one whose capitals are only nationalities: "…, a Spaniard".)
        if !prepositional
            && (k..part_end).any(|j| {
                doc.tokens.get(j).is_some_and(|t| {
                    t.capitalised
                        && t.kind == TokenKind::Word
                        && crate::demonyms::nationality(doc.f(j)).is_none()
                })
            })
        {
            parts += 1;
        }
        // ("el concejal del municipio Bolívar Eliseo Trejo Rangel": a describer may be long; "the
        // Rev. X": past a title. "Luisana Echenique, reportera del portal El Faro Llanero": what
        // follows "de" or an article inside a part names no one.)
        let titled = k + crate::abbreviations::title_past_article(doc, k);
        if let Some(start) = (titled..part_end.min(titled + 8))
            .find(|&j| {
                crate::name_prep::reach(doc, titled, j) && (name_word(doc, j, in_hit) || title_as_name(doc, j, 0, part_end, in_hit))
            })
            // ("los estudiantes de la UNAN-León Kenia Ruiz": past the body's acronym.)
            .map(|j| j + usize::from(crate::person_spans::acronym_before_name(doc, j)))
            && let Some(end) = read_name(doc, start, part_end, in_hit)
            // (A bracket after the name describes it: "B (semanario La Voz del Oriente)".)
            && part_end
                - (if doc.f(end) == "(" {
                    (end..part_end).find(|&j| doc.f(j) == ")").map_or(end, |j| j + 1)
                } else {
                    end
                })
                <= 6
            && !(start > k
                && matches!(
                    doc.tokens.get(start - 1).map(|t| t.text),
                    Some("de" | "del" | "of" | "El" | "La" | "Los" | "Las" | "The")
                ))
            // ("secretario de reclamos de la FUTE Distrito Capital": a body's name.)
            && !(start > k + 1
                && matches!(doc.f(start - 1), "la" | "las" | "los" | "el" | "the")
                && matches!(doc.f(start - 2), "de" | "of"))
        {
            names.push(start..end);
        } else if let Some(g) = crate::name_prep::lone_given(doc, k, part_end, to, in_hit) {
            names.push(g..g + 1);
        }
        k = next_part(part_end);
    }
    // ("…la libertad plena: un tribunal les sustituyó…, informó su defensora, la abogada X": one
    // name far into a clause is no list.)
    if let [only] = names.as_slice()
        && first_part_end.is_some_and(|e| only.start > e)
    {
        Vec::new()
    } else if names.is_empty() || names.len() * 3 < parts * 2 {
        semicolon_list(doc, from, to, in_hit)
    } else {
        names
    }
}

/// "A, dirigente de Vente Venezuela en Lara; B, maestra en Carora; el periodista C, y D,
/// abogada": parts set off by semicolons, each opening with a name (a describer may stand
/// before it) that an apposition follows.
fn semicolon_list(doc: &Doc<'_>, from: usize, to: usize, in_hit: &[bool]) -> Vec<Range<usize>> {
    let semicolons: Vec<usize> = (from..to).filter(|&k| doc.f(k) == ";").collect();
    if semicolons.len() < 2 {
        return Vec::new();
    }
    let mut starts = vec![from];
    starts.extend(semicolons.iter().map(|k| k + 1));
    // The last part may join two names: "el periodista C, y D, abogada".
    let mut names = Vec::new();
    let mut read = |k: usize| {
        let start = (k..to.min(k + 6)).find(|&j| name_word(doc, j, in_hit))?;
        let end = read_name(doc, start, to, in_hit)?;
        names.push(start..end);
        Some(end)
    };
    let last = *starts.last().unwrap_or(&from);
    for &k in &starts {
        read(k);
    }
    if let Some(y) = (last..to)
        .find(|&j| matches!(doc.f(j), "y" | "and" | "e") && doc.f(j.wrapping_sub(1)) == ",")
    {
        read(y + 1);
    }
    if names.len() * 3 < starts.len() * 2 {
        return Vec::new();
    }
    names
}

/// Where the name of a line starts: past markup ("**", "#") and a rank ("Sargento segundo
/// Keiber Ramos", "Capitán de fragata (r) Alirio Fermín").
fn name_start(doc: &Doc<'_>, t: &Range<usize>, in_hit: &[bool]) -> usize {
    let mut start = t.start;
    while start < t.end && matches!(doc.f(start), "*" | "#" | "_") {
        start += 1;
    }
    start = crate::line_shapes::past_title(doc, start);
    // ("- Tte. Luis Barrios", "- Sgto. (GNB) Pedro Ríos": a rank's abbreviation.)
    start = crate::rank_marks::past_rank(doc, start, t.end);
    // ("Pastor Ramírez Ochoa": a title that is the name's first word.)
    if (!crate::lexicon::roles(doc.f(start)).is_empty()
        || crate::abbreviations::general_rank(doc.f(start)))
        && !title_as_name(doc, start, 0, t.end, in_hit)
    {
        let mut k = start;
        while k < t.end
            && k < start + 7
            && crate::abbreviations::rank_word(doc.f(k))
            && !is_given_name(doc.f(k))
        {
            k += 1;
        }
        if read_item_name(doc, k, t.end, in_hit).is_some() {
            start = k;
        }
    }
    start
}

/// A line that is only a name ("JOSÉ LUIS QUINTANA", "**Ana Pérez**", "ANA PÉREZ, 31 años"): the name.
pub(crate) fn name_heading(
    doc: &Doc<'_>,
    t: &Range<usize>,
    in_hit: &[bool],
) -> Option<Range<usize>> {
    let start = name_start(doc, t, in_hit);
    let end = read_item_name(doc, start, t.end, in_hit)?;
    // ("TEÓFILO ANDRADE, \"EL PROFE\"": a nickname in quotes may follow.)
    let quote = |k: usize| matches!(doc.f(k), "\"" | "“" | "”" | "«" | "»");
    let quoted = |k: usize| {
        quote(k) || ((end..k).filter(|&j| quote(j)).count() % 2 == 1 && (k..t.end).any(quote))
    };
    let rest = (end..t.end).all(|k| {
        quoted(k)
            || matches!(
            doc.f(k),
            "*" | "_" | "," | "(" | ")" | ":" | "anos" | "years" | "old" | "-"
        ) || doc.is_number(k)
            // "ANA PÉREZ, 31 años", "Ana Pérez, periodista": an age or a role may follow.
            || !crate::lexicon::roles(doc.f(k)).is_empty()
            || !crate::lexicon::nationalities(doc.f(k)).is_empty()
    });
    // ("ASCANIO PÉREZ, Héctor Julián (sargento primero, GNB)", "(capitán, Ejército)": a rank
    // and a force in one bracket after the name.)
    // (Not a member's party and seat, "Tom Harrow (Lab, Bristol North):".)
    let bracketed = doc.f(end) == "("
        && !crate::lexicon::roles(doc.f(end + 1)).is_empty()
        && (end + 1..t.end.min(end + 10))
            .find(|&k| doc.f(k) == ")")
            .is_some_and(|k| (k + 1..t.end).all(|j| matches!(doc.f(j), "." | ",")));
    ((rest && t.end - end <= 6) || bracketed).then_some(start..end)
}

/// A name heading at line `li` over the paragraph about the person (the lines after it in
/// the same paragraph, or the next paragraph when the heading stands alone): the name and the
/// line index after the paragraph.
pub(crate) fn heading(
    doc: &Doc<'_>,
    lines: &[Range<usize>],
    li: usize,
    in_hit: &[bool],
) -> Option<(Range<usize>, usize)> {
    // ("MARÍA FERNANDA OCHOA LINARES. La defensora de derechos humanos quedó con arresto
    // domiciliario…": a name in capitals as the first sentence of its line heads the line.)
    // (Several of them: a dateline, "SANTA CRUZ DE TENERIFE. El empresario…", is one.)
    let line = lines.get(li)?;
    if let Some(name) = caps_name_sentence(doc, line, in_hit)
        && lines
            .iter()
            .filter(|l| caps_name_sentence(doc, l, in_hit).is_some())
            .nth(1)
            .is_some()
    {
        return Some((name, li + 1));
    }
    let t = token_range(doc, line);
    let name = name_heading(doc, &t, in_hit)
        .or_else(|| crate::heading_lines::siblings_heading(doc, &t, in_hit))?;
    let para = |l: usize| {
        lines
            .get(l)
            .and_then(|x| doc.sentences.get(x.start))
            .map(|s| s.paragraph)
    };
    let next = li + 1;
    let body = token_range(doc, lines.get(next)?);
    let same = para(next) == para(li);
    let alone = li == 0 || para(li - 1) != para(li);
    if !(same || alone)
        || name_heading(doc, &body, in_hit).is_some()
        || is_bullet(doc, body.start).is_some()
        // ("EUGENIO PALACIOS TOVAR / Fotógrafo. / Fue excarcelado…": a short line is the
        // person's role when more of the paragraph follows.)
        || (body.end - body.start < 4 && para(next + 1) != para(next))
    {
        return None;
    }
    let body_paragraph = para(next);
    let mut end = next;
    while end < lines.len()
        && para(end) == body_paragraph
        && name_heading(doc, &token_range(doc, &lines[end]), in_hit).is_none()
    {
        end += 1;
    }
    // ("VERSIÓN ZULIANA" over "Inicio · Regionales · …" and "🔍 Buscar | ☀ 34°C Maracaibo": a
    // masthead over the page's menus, no person's paragraph.)
    if (next..end).all(|l| crate::noise::is_noise_line(doc, &token_range(doc, &lines[l]))) {
        return None;
    }
    Some((name, end))
}

/// A line opening with a name followed by nothing or by an apposition ("Yelitza Carrasquero",
/// "Hernán Tovar Leal, 41, a journalist…", "ANA PÉREZ (32 años) – Tocorón"): the name, and
/// whether the line is the name alone (or with one bracket after it: "Crisanto Hevia (Rodeo I)",
/// a list's line that says where the person was held).
pub(crate) fn line_name(
    doc: &Doc<'_>,
    t: &Range<usize>,
    in_hit: &[bool],
) -> Option<(Range<usize>, bool)> {
    let start = name_start(doc, t, in_hit);
    let end = read_item_name(doc, start, t.end, in_hit)?;
    let bracket_end = (doc.f(end) == "(")
        .then(|| (end + 1..t.end).find(|&k| matches!(doc.f(k), ")" | "(")))
        .flatten()
        .filter(|&k| doc.f(k) == ")" && k + 1 - end <= 8)
        // ("Rebecca Ferrer (wife)" under a statement signs it: a place is capitalised.)
        .filter(|_| doc.tokens.get(end + 1).is_some_and(|t| t.capitalised))
        .map_or(end, |k| k + 1);
    let alone = (bracket_end..t.end).all(|k| matches!(doc.f(k), "*" | "_" | "." | ";" | ","));
    // ("A / B / C", "A; B; C", "A y B.": a line of names.)
    let apposition = matches!(
        doc.f(end),
        "," | "(" | "-" | ":" | "|" | "/" | ";" | "y" | "e" | "and" | "&"
    );
    (alone || apposition).then_some((start..end, alone))
}

/// The name in capitals, or opening on a given name, that is the first sentence of a line of
/// several ("RAMÓN GUILLÉN TORO. El exconcejal seguirá en Rodeo I.", "Mariana Lozada Rivas. The
/// freelance reporter was arrested…").
fn caps_name_sentence(doc: &Doc<'_>, line: &Range<usize>, in_hit: &[bool]) -> Option<Range<usize>> {
    let s = doc.sentences.get(line.start).filter(|_| line.len() >= 2)?;
    let name = (doc.f(s.last - 1) == ".")
        .then(|| name_heading(doc, &(s.first..s.last - 1), in_hit))
        .flatten()?;
    let caps = |k: usize| in_capitals(doc, k) || !doc.tokens[k].capitalised;
    (is_given_name(doc.f(name.start)) || name.clone().all(caps)).then_some(name)
}
