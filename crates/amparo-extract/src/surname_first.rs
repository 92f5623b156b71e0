//! Names printed surnames first, as official lists print them: "DUARTE, Luis Alberto" at the
//! start of a list item, and whole paragraphs of them ("ACOSTA MÉNDEZ, Juan Pablo; BRICEÑO LARA,
//! Ana Victoria; … y PÉREZ QUIJADA, Johan Manuel"), and in prose, joining the spans a finder read
//! ("el preso político MORALES CHOURIO, Abdón Rafael").

use std::ops::Range;

use crate::lexicon::is_given_name;
use crate::list_names::{name_word, read_name};
use crate::names::Span;
use crate::text::{Doc, TokenKind};

/// Whether token `k` is a word in capitals of two letters or more.
pub(crate) fn in_capitals(doc: &Doc<'_>, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| {
        t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && t.text
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
    })
}

/// The name at the start of a list item: also "DUARTE, Luis Alberto" and "PINO RANGEL, Ana
/// María" (surnames in capitals, a comma, the given names), as official lists print them.
pub(crate) fn read_item_name(
    doc: &Doc<'_>,
    k: usize,
    end: usize,
    in_hit: &[bool],
) -> Option<usize> {
    // (A surname in capitals may be a place's name too, "BRICEÑO LARA, Ana Victoria", or hold a
    // particle, "BLANCO DE LEÓN, Carmen Julia", "DE LA CRUZ MONTIEL, María", "VAN DER BIEST
    // MORA, Carlos", "SAN JUAN OLIVARES, Luis Miguel".)
    let word = |j: usize| {
        name_word(doc, j, in_hit)
            || (doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word)
                && (in_hit.get(j).copied().unwrap_or(false)
                    || matches!(
                        doc.f(j),
                        "de" | "del"
                            | "la"
                            | "las"
                            | "los"
                            | "van"
                            | "der"
                            | "von"
                            | "da"
                            | "dos"
                            | "san"
                            | "santa"
                    )))
    };
    let mut j = k;
    while j < end && j < k + 5 && word(j) && in_capitals(doc, j) {
        j += 1;
    }
    if crate::title_names::heading_words(doc, k, j) {
        return None;
    }
    if j > k && doc.f(j) == "," {
        // (Not an identity card's letter: "SULBARÁN NAVA, V-15.204.887".)
        let card = |g: usize| doc.f(g).len() == 1 && doc.f(g + 1).starts_with('-');
        let mut g = j + 1;
        while g < end && g < j + 4 && name_word(doc, g, in_hit) && !in_capitals(doc, g) && !card(g)
        {
            g += 1;
        }
        // ("MARCANO, Luisana del Valle", "ROJAS, María de los Ángeles": a given name's particle.)
        if g > j + 1
            && let Some(after) = given_particle(doc, g, end)
        {
            g = after;
        }
        if g > j + 1 {
            return Some(g);
        }
        // ("3. ESCALONA PIÑA, RAFAEL ANTONIO": given names in capitals too, when they are given
        // names (or no surnames), the first surname is no given name, and the name ends there.)
        // (A given name the lexicon lacks, "LEIDY JOHANA", is no known surname either.)
        // (Only after a known surname: "VERDADERO, PERO INCOMPLETO" is no name.)
        let known = crate::lexicon::is_surname(doc.f(k));
        let given = |w: &str| is_given_name(w) || (known && !crate::lexicon::is_surname(w));
        // (After a given name the lexicon knows, a second it lacks: "COLINA ESCALONA, MARÍA
        // AUXILIADORA"; "RONDÓN CAMACHO, OSMAR JOSÉ".)
        // ("BASTIDAS ROJAS, LUZ MARINA": or a first the lexicon lacks before one it knows.)
        let second = |g: usize, w: &str| {
            let plain = !crate::lexicon::is_surname(w)
                && !matches!(w, "de" | "del" | "la" | "las" | "los" | "y" | "e");
            plain
                && ((g == j + 2 && is_given_name(doc.f(j + 1)))
                    || (g == j + 1 && in_capitals(doc, j + 2) && is_given_name(doc.f(j + 2))))
        };
        let mut g = j + 1;
        while g < end
            && g < j + 4
            && in_capitals(doc, g)
            && (given(doc.f(g)) || second(g, doc.f(g)))
            && !card(g)
        {
            g += 1;
        }
        // ("SALAS DÍAZ, MARÍA DE LOS ÁNGELES": a given name's particle in capitals too.)
        if g > j + 1
            && let Some(after) = given_particle(doc, g, end)
        {
            g = after;
        }
        // ("HERNÁNDEZ GIL, YOLIMAR y HERNÁNDEZ GIL, YORMARY": a conjunction before the next;
        // "ARTEAGA, CARLOS EDUARDO* (52 años)": a footnote's mark.)
        let ends = g >= end
            || matches!(
                doc.f(g),
                "." | "(" | "—" | "–" | "-" | "," | ";" | "|" | "*" | ":"
            )
            || (matches!(doc.f(g), "y" | "e" | "and") && in_capitals(doc, g + 1));
        if g > j + 1 && ends && !is_given_name(doc.f(k)) {
            return Some(g);
        }
    }
    caps_list_entry(doc, k, end)
        .or_else(|| mixed_case_surname_first(doc, k, end, in_hit))
        .or_else(|| read_name(doc, k, end, in_hit))
}

/// "22. FERMÍN GUZMÁN, ALEXANDER JOSÉ", "29. NAVAS CEDEÑO, ELIÉZER – detenido desde…" in a list
/// whose entries take that shape (words in capitals, a comma, one to three words in capitals
/// that end the line or come before a dash, a bracket or a stop, past a keycap or rank): the end
/// of the name, when at least three lines of the text take it. The lexicon's doubts (a given
/// name first, a given name or a surname it lacks, a place's name) give way to the list's shape.
pub(crate) fn caps_list_entry(doc: &Doc<'_>, k: usize, end: usize) -> Option<usize> {
    let g = caps_entry(doc, k, end)?;
    let entries = (0..doc.tokens.len())
        .filter(|&j| j == 0 || doc.line_break_before(j))
        .filter(|&j| {
            let from = match (doc.tokens[j].kind, doc.f(j + 1)) {
                (TokenKind::Number, "." | ")") => j + 2,
                (_, _) if matches!(doc.f(j), "-" | "•" | "*" | "·" | "–") => j + 1,
                _ => crate::keycaps::item_words(doc, j).flatten().unwrap_or(j),
            };
            let from = crate::rank_marks::past_rank(doc, from, doc.tokens.len());
            caps_entry(doc, from, doc.tokens.len()).is_some()
        })
        .take(3)
        .count();
    (entries >= 3).then_some(g)
}

/// The end of words in capitals, a comma and one to three words in capitals at `k`, ending the
/// line or before a dash, a bracket, a stop, a semicolon or a bar.
pub(crate) fn caps_entry(doc: &Doc<'_>, k: usize, end: usize) -> Option<usize> {
    let new_line = |j: usize| j < doc.tokens.len() && doc.line_break_before(j);
    let word = |j: usize| {
        doc.tokens.get(j).is_some_and(|t| t.kind == TokenKind::Word) && in_capitals(doc, j)
    };
    let j = k
        + (k..end.min(k + 5))
            .take_while(|&j| word(j) && (j == k || !new_line(j)))
            .count();
    if j == k || doc.f(j) != "," || new_line(j) {
        return None;
    }
    let g = j
        + 1
        + (j + 1..end.min(j + 4))
            .take_while(|&g| word(g) && !new_line(g))
            .count();
    let ends =
        g >= end || new_line(g) || matches!(doc.f(g), "." | "(" | "—" | "–" | "-" | ";" | "|");
    (g > j + 1 && ends).then_some(g)
}

/// The end of "del Valle", "del Carmen", "de Jesús", "de los Ángeles" at `g`, after given names.
fn given_particle(doc: &Doc<'_>, g: usize, end: usize) -> Option<usize> {
    let name = |j: usize| j < end && doc.tokens.get(j).is_some_and(|t| t.capitalised);
    match (doc.f(g), doc.f(g + 1)) {
        ("del", _) if name(g + 1) => Some(g + 2),
        ("de", "los" | "las" | "la") if name(g + 2) => Some(g + 3),
        ("de", w) if name(g + 1) && is_given_name(w) => Some(g + 2),
        _ => None,
    }
}

/// "- Hurtado Mesa, Jesús Rafael — marzo, Internado Judicial de Tocuyito.": surnames first in
/// ordinary case, a comma, then given names only, ending the name before a dash, a bracket or a
/// stop. Not "Ana Pérez, José Gómez", two names: the second part must be given names alone.
fn mixed_case_surname_first(doc: &Doc<'_>, k: usize, end: usize, in_hit: &[bool]) -> Option<usize> {
    let surnames = (k..end.min(k + 3))
        .take_while(|&j| name_word(doc, j, in_hit) && !is_given_name(doc.f(j)))
        .count();
    let comma = k + surnames;
    if surnames == 0 || doc.f(comma) != "," {
        return None;
    }
    let given = (comma + 1..end.min(comma + 4))
        .take_while(|&j| name_word(doc, j, &[]) && is_given_name(doc.f(j)))
        .count();
    let after = comma + 1 + given;
    (given > 0 && (after >= end || matches!(doc.f(after), "—" | "–" | "-" | "(" | "." | ";")))
        .then_some(after)
}

/// "ACOSTA MÉNDEZ, Juan Pablo; BRICEÑO LARA, Ana Victoria; … y PÉREZ QUIJADA, Johan Manuel":
/// an official list run into one paragraph, each name surnames first in capitals, a comma, the
/// given names, the names set off by semicolons. Every part must take that form, or the run is
/// read as any other list (its commas would part each name in two).
pub(crate) fn surname_first_list(
    doc: &Doc<'_>,
    from: usize,
    to: usize,
    in_hit: &[bool],
) -> Option<Vec<Range<usize>>> {
    let mut names = Vec::new();
    let mut k = from;
    while k < to {
        let end = read_item_name(doc, k, to, in_hit)?;
        if !(k..end).any(|j| doc.f(j) == ",") {
            return None;
        }
        names.push(k..end);
        k = end;
        // ("FERNÁNDEZ OTERO, Iñaki (España); …": a bracket after a name describes it.)
        if doc.f(k) == "("
            && let Some(close) = (k + 1..to).find(|&j| doc.f(j) == ")")
        {
            k = close + 1;
        }
        // The next name follows a semicolon, or "y"/"and" (after a comma or not) before the last.
        match doc.f(k) {
            // ("…; y SOBALVARRO PICADO, Ingrid Massiel, de la Universidad Agraria": what follows
            // the last name describes them all.)
            "," if names.len() >= 2
                && doc.tokens.get(k + 1).is_some_and(|t| {
                    !t.capitalised && !matches!(t.folded.as_str(), "y" | "e" | "and")
                })
                && !(k + 1..to).any(|j| doc.f(j) == ";") =>
            {
                break;
            }
            ";" | "," => k += 1,
            "y" | "e" | "and" => k += 1,
            "." if k + 1 >= to => k += 1,
            _ if k >= to => {}
            _ => return None,
        }
        if matches!(doc.f(k), "y" | "e" | "and") {
            k += 1;
        }
    }
    // (One alone too, in capitals, when it fills the part: "Imputado: PERDOMO SALAZAR, ÁNGEL
    // DAVID"; not "Gracias, Jesús".)
    (names.len() >= 2 || (names.len() == 1 && k >= to && in_capitals(doc, from))).then_some(names)
}

/// ("CUARTO: Se acuerda al ciudadano RAFAEL ÁNGEL ZERPA UZCÁTEGUI MEDIDA DE ARRESTO…" beside
/// "la medida"): a word in capitals, no known name's, that the text writes in lower case
/// elsewhere and that leads into an event's words, which ends a name in capitals.
pub(crate) fn common_in_capitals(doc: &Doc<'_>, j: usize) -> bool {
    let w = doc.f(j);
    // (Leading into an event's words, not a surname that is a noun too: "FUENTES ROA".)
    in_capitals(doc, j)
        && (crate::word_index::is_event_word(doc.f(j + 1))
            || (matches!(doc.f(j + 1), "de" | "del")
                && crate::word_index::is_event_word(doc.f(j + 2))))
        && !crate::lexicon::is_given_name(w)
        && !crate::lexicon::is_surname(w)
        && doc.lower_elsewhere(w)
}

/// ("TERCERO: PONTE GUZMÁN, RAFAEL ANTONIO, V-9.xxx.xxx", "Acusada: LEÓN DE MATA, Zulay
/// Coromoto — enfermera"): surnames in capitals, a comma, then only given names on the same
/// line are one name printed surnames first, outside a list as in it.
pub(crate) fn surnames_then_given(doc: &Doc<'_>, spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        let (a, b) = (out.last().map(|p| p.tokens(doc)), s.tokens(doc));
        let joined = a.as_ref().is_some_and(|a| {
            a.end + 1 == b.start
                && doc.f(a.end) == ","
                && !doc.text[doc.tokens[a.end].end..doc.tokens[b.start].start].contains('\n')
                && a.clone().all(|k| in_capitals(doc, k))
                && (a.len() >= 2 || !crate::lexicon::is_given_name(doc.f(a.start)))
                && b.clone().all(|k| {
                    crate::lexicon::is_given_name(doc.f(k))
                        || matches!(doc.f(k), "de" | "del" | "la" | "los" | "-")
                })
                && crate::lexicon::is_given_name(doc.f(b.start))
        });
        match out.last_mut() {
            Some(prev) if joined => prev.end = s.end,
            _ => {
                let s = lone_surname_before(doc, s);
                let t = caps_surnames_before(doc, s);
                // (A span that ran into the surnames, "Lagunillas URDANETA SEMPRÚN", keeps
                // what stands before them.)
                while let Some(prev) = out
                    .last_mut()
                    .filter(|p| t.start < s.start && p.end > t.start)
                {
                    let r = prev.tokens(doc);
                    match (r.start..r.end)
                        .rev()
                        .find(|&k| doc.tokens[k].end <= t.start)
                    {
                        // (Not one word left, a place or an office: "Lagunillas".)
                        Some(k) if k > r.start => {
                            prev.end = doc.tokens[k].end;
                            break;
                        }
                        Some(_) | None => {
                            out.pop();
                        }
                    }
                }
                out.push(t);
            }
        }
    }
    out
}

/// ("el preso político MORALES CHOURIO, Abdón Rafael", "el concejal de Lagunillas URDANETA
/// SEMPRÚN, Édgar Alí"): given names (a known one first) after a comma and one to three surnames
/// in capitals on their line, one of them a known surname, are one name printed surnames first,
/// whether or not the finder took the surnames. Not a dateline's city ("KAZAN, Yegor Pavlovich
/// said…").
fn caps_surnames_before(doc: &Doc<'_>, s: Span) -> Span {
    let b = s.tokens(doc);
    let given = |k: usize| crate::lexicon::is_given_name(doc.f(k));
    let given_names = !b.is_empty()
        && given(b.start)
        && b.clone().all(|k| {
            matches!(doc.f(k), "de" | "del" | "la" | "los")
                || (doc.tokens[k].capitalised && !in_capitals(doc, k))
        });
    if !given_names || b.start < 2 || doc.f(b.start - 1) != "," {
        return s;
    }
    let same_line = |k: usize| {
        doc.text
            .get(doc.tokens[k].end..doc.tokens[k + 1].start)
            .is_some_and(|gap| !gap.contains('\n'))
    };
    let caps = |k: usize| {
        doc.tokens[k].kind == crate::text::TokenKind::Word && in_capitals(doc, k) && same_line(k)
    };
    let first = (b.start.saturating_sub(4)..b.start - 1)
        .rev()
        .take_while(|&k| caps(k))
        .last();
    let Some(first) = first else {
        return s;
    };
    let surnames = first..b.start - 1;
    let known = surnames
        .clone()
        .any(|k| crate::lexicon::is_surname(doc.f(k)) && !given(k));
    let dateline = surnames.len() == 1 && doc.sentence_at(first).is_some_and(|x| x.first == first);
    if known && !dateline {
        Span {
            start: doc.tokens[first].start,
            end: s.end,
        }
    } else {
        s
    }
}

/// ("Case 01-0123/2026 | VORONINA, Tatyana Sergeyevna, b. 1979 | CC 207.3"): a name and a
/// patronymic after a lone surname in capitals and a comma, which no span took, are one name
/// with it.
fn lone_surname_before(doc: &Doc<'_>, s: Span) -> Span {
    let b = s.tokens(doc);
    let patronymic = |k: usize| {
        ["ovich", "evich", "ovna", "evna", "ichna"]
            .iter()
            .any(|e| doc.f(k).ends_with(e))
    };
    let lone = b.start >= 2
        && b.len() == 2
        && doc.f(b.start - 1) == ","
        && in_capitals(doc, b.start - 2)
        // (Not a dateline's city: "KAZAN, Yegor Pavlovich said…".)
        && doc.sentence_at(b.start - 2).is_some_and(|x| x.first != b.start - 2)
        && doc.tokens[b.start - 2].kind == crate::text::TokenKind::Word
        && !doc.tokens.get(b.start - 3).is_some_and(|x| {
            x.kind == crate::text::TokenKind::Word && x.end + 1 >= doc.tokens[b.start - 2].start
        })
        && patronymic(b.start + 1);
    if lone {
        Span {
            start: doc.tokens[b.start - 2].start,
            end: s.end,
        }
    } else {
        s
    }
}
