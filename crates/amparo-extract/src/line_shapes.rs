//! The shapes of a page's lines, as the layout reads them: lines as runs of sentences and their
//! tokens, bullets and numbered lines, pictographs, a thread's counters, datelines, and where a
//! line's sentence or name ends.

use std::ops::Range;

use crate::text::{Doc, TokenKind};

pub(crate) fn lines(doc: &Doc<'_>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        match out.last_mut() {
            Some(line) if !s.line_start => line.end = si + 1,
            _ => out.push(si..si + 1),
        }
    }
    out
}

pub(crate) fn token_range(doc: &Doc<'_>, line: &Range<usize>) -> Range<usize> {
    let first = doc.sentences.get(line.start).map_or(0, |s| s.first);
    let last = line
        .end
        .checked_sub(1)
        .and_then(|i| doc.sentences.get(i))
        .map_or(first, |s| s.last);
    first..last
}

/// A dateline sentence the tokeniser split off: capitals, then a dash.
pub(crate) fn is_dateline(doc: &Doc<'_>, si: usize) -> bool {
    let Some(s) = doc.sentences.get(si) else {
        return false;
    };
    let upper = doc.tokens.get(s.first).is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.text
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
    });
    let dated_town = doc.tokens.get(s.first).is_some_and(|t| t.capitalised)
        && doc.f(s.first + 1) == ","
        && (s.first..s.last).any(|k| doc.tokens[k].kind == TokenKind::Number);
    s.line_start
        && (upper || dated_town)
        && s.last > s.first + 1
        && matches!(doc.f(s.last - 1), "-")
}

pub(crate) fn is_bullet(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let t = doc.tokens.get(k)?;
    if matches!(
        t.text,
        "-" | "•" | "*" | "·" | "–" | "—" | "▪" | "►" | "◦" | "‣"
    ) {
        // ("---", "***", "— — —": a rule between parts of a page, no item; "-- Ana Pérez", one.)
        if doc.tokens.get(k + 1).is_some_and(|n| n.text == t.text) {
            let word = |n: &crate::text::Token<'_>| n.kind == TokenKind::Word;
            return (t.text == "-" && doc.tokens.get(k + 2).is_some_and(word)).then_some(k + 2);
        }
        return Some(k + 1);
    }
    // "✅ Ana Pérez", "❌ …", "📌 …": a pictograph opening a line of a thread marks an item.
    if is_symbol(doc, k) {
        let mut after = k + 1;
        while is_symbol(doc, after) {
            after += 1;
        }
        return Some(after);
    }
    if let Some(after) = crate::keycaps::item_words(doc, k) {
        return after;
    }
    (crate::hard_wrap::number_marker(doc, k) || crate::hard_wrap::letter_marker(&doc.tokens, k))
        .then_some(k + 2)
}

/// A pictograph or other symbol that is no letter, digit, quote or bracket (emoji, "✅", "⚠").
fn is_symbol(doc: &Doc<'_>, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| {
        t.kind == TokenKind::Punct
            && t.text.chars().all(|c| {
                !c.is_ascii()
                    && !matches!(
                        c,
                        '«' | '»' | '“' | '”' | '‘' | '’' | '¿' | '¡' | '–' | '—' | '…'
                    )
            })
    })
}

/// Where a line's content starts: after a thread's counter ("(2/5)"), the symbols before it and
/// a rank's abbreviation ("My. (r) X").
pub(crate) fn content_start(doc: &Doc<'_>, t: &Range<usize>) -> usize {
    let mut k = t.start;
    let counter =
        doc.f(k) == "(" && doc.is_number(k + 1) && doc.f(k + 2) == "/" && doc.f(k + 4) == ")";
    // ("2/7 ✅ Josué Aguilera": a counter without brackets.)
    // (Not a month and its year: "12/2024 — Ochoa recibe…".)
    let bare_counter = doc.is_number(k)
        && doc.f(k + 1) == "/"
        && crate::dates::number(doc, k + 2).is_some_and(|n| n < 1000);
    if counter {
        k += 5;
    } else if bare_counter {
        k += 3;
    }
    while k < t.end && is_symbol(doc, k) && is_symbol(doc, k + 1) {
        k += 1;
    }
    crate::rank_marks::past_rank(doc, k, t.end).min(t.end)
}

/// The end of the sentence of `line` that holds token `k` (else `end`).
pub(crate) fn sentence_end(doc: &Doc<'_>, line: &Range<usize>, k: usize, end: usize) -> usize {
    line.clone()
        .filter_map(|si| doc.sentences.get(si))
        .find(|s| s.first <= k && k < s.last)
        .map_or(end, |s| s.last)
}

/// Whether the line holds only the name (nothing that could be another name after it).
pub(crate) fn alone_name(doc: &Doc<'_>, t: &Range<usize>, name: &Range<usize>) -> bool {
    (name.end..t.end).all(|k| matches!(doc.f(k), "*" | "_" | "." | ";" | ","))
}

/// Whether the lines are an interview's turns, which open with a dash ("—¿Cómo fue el día de la
/// salida?"): speech, not a list's items.
pub(crate) fn is_dialogue(doc: &Doc<'_>, lines: &[Range<usize>]) -> bool {
    lines.iter().any(|l| {
        let r = token_range(doc, l);
        is_dash(doc, r.start) && matches!(doc.f(r.start + 1), "¿" | "¡")
    })
}

/// Whether the lines are a transcript's turns: two or more open with a speaker's label that says
/// it is one ("HOST (SARAH MCALLISTER):", "[00:41] PREGUNTA:").
pub(crate) fn is_transcript(doc: &Doc<'_>, lines: &[Range<usize>]) -> bool {
    lines
        .iter()
        .filter(|l| {
            let r = token_range(doc, l);
            (r.start..r.end.min(r.start + 14))
                .find(|&k| doc.f(k) == ":" && !clock_colon(doc, k))
                .is_some_and(|k| speaker_colon(doc, r.start, k, false))
        })
        .nth(1)
        .is_some()
}

/// Whether token `k` is a long dash.
pub(crate) fn is_dash(doc: &Doc<'_>, k: usize) -> bool {
    doc.tokens
        .get(k)
        .is_some_and(|t| matches!(t.text, "—" | "–"))
}

/// Whether the colon at `k` is a time's ("14:05 — Trasladados a Rodeo I: A y B").
pub(crate) fn clock_colon(doc: &Doc<'_>, k: usize) -> bool {
    doc.is_number(k.wrapping_sub(1)) && doc.is_number(k + 1)
}

/// Whether the colon at `k` ends a transcript speaker's label that opens the line at `from`
/// (past a timestamp): "MS MERCER-BOYD:", "PREGUNTA:", "HOST (SARAH MCALLISTER):", "ANCHOR
/// (RACHEL DUNMORE):" — a turn of a transcript, not a list. Capitals only; a group header with
/// a count in brackets ("MUJERES (4):") is a list's.
pub(crate) fn speaker_colon(doc: &Doc<'_>, from: usize, k: usize, transcript: bool) -> bool {
    let start = from;
    let mut from = from;
    // "[00:12] HOST (…):", "18:40 — MODERADORA:".
    while from < k && stamp_mark(doc, from) {
        from += 1;
    }
    // (A label is a few words: a long line is read once, not once per word.)
    if k <= from || k - from > 10 || doc.f(k) != ":" {
        return false;
    }
    let caps = (from..k).all(|j| {
        doc.tokens
            .get(j)
            .is_some_and(|x| x.kind != TokenKind::Word || !x.text.chars().any(char::is_lowercase))
    });
    let labelled = (from..k).any(|j| {
        matches!(
            doc.f(j),
            "ms" | "mr"
                | "mrs"
                | "sr"
                | "sra"
                | "question"
                | "pregunta"
                | "respuesta"
                | "answer"
                | "moderator"
                | "moderador"
                | "moderadora"
                | "host"
                | "anchor"
                | "presenter"
                | "interviewer"
                | "presentador"
                | "presentadora"
                | "conductor"
                | "conductora"
                | "entrevistador"
                | "entrevistadora"
                | "locutor"
                | "locutora"
        )
    });
    // "PERIODISTA (Rosángela Villarroel, Globovisión):": a role, then who in brackets.
    let bracketed = doc.f(from + 1) == "("
        && doc.f(k.wrapping_sub(1)) == ")"
        && (from + 2..k - 1).any(|j| {
            doc.tokens.get(j).is_some_and(|x| {
                x.kind == TokenKind::Word && x.text.chars().any(char::is_alphabetic)
            })
        });
    // In a transcript ("OSORIO KRAUS: Take…"), any name in capitals before a colon speaks; so
    // does one past a timestamp in brackets ("[01:22] OSORIO KRAUS:").
    let stamped = doc.f(start) == "[" && (start..from).any(|j| clock_colon(doc, j));
    // ("PRESOS EXCARCELADOS HOY:" in a transcript heads a list: an event's words are no one's.)
    let named = labelled || crate::triggers::find(doc, from, k).is_empty();
    k > from
        && (((labelled || ((transcript || stamped) && named)) && caps && k - from <= 4)
            || crate::credits::parliament_label(doc, from, k, transcript)
            || (bracketed
                && k - from <= 10
                && doc.tokens.get(from).is_some_and(|x| {
                    x.kind == TokenKind::Word && !x.text.chars().any(char::is_lowercase)
                })))
}

/// A line that opens on an ordinal and a comma ("Primero, el capitán retirado X, aprehendido…",
/// "Second, the lawyer Y"), as an official reads names out: an item, its words after the comma.
pub(crate) fn ordinal_item(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let ordinal = matches!(
        doc.f(k),
        "primero"
            | "primera"
            | "segundo"
            | "segunda"
            | "tercero"
            | "tercera"
            | "cuarto"
            | "cuarta"
            | "quinto"
            | "quinta"
            | "sexto"
            | "sexta"
            | "septimo"
            | "septima"
            | "octavo"
            | "octava"
            | "noveno"
            | "novena"
            | "decimo"
            | "decima"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
    );
    (ordinal && doc.f(k + 1) == "," && doc.tokens.get(k).is_some_and(|t| t.capitalised))
        .then_some(k + 2)
}

/// "1 ANA PÉREZ – Tocorón": a number of two or fewer digits before a name opens an item; its
/// words after the number.
pub(crate) fn numbered_item(doc: &Doc<'_>, t: &Range<usize>, in_hit: &[bool]) -> Option<usize> {
    let numbered = doc
        .tokens
        .get(t.start)
        .is_some_and(|x| x.kind == TokenKind::Number && x.text.len() <= 2);
    (numbered && crate::surname_first::read_item_name(doc, t.start + 1, t.end, in_hit).is_some())
        .then_some(t.start + 1)
}

/// Where the name of a list item whose words start at `after` begins: its first name's word or
/// title, past a body's acronym before a given name in small letters; "6. BOLÍVAR SALAZAR, ORLANDO JOSÉ" at once, in
/// a list of such lines, though a place's name opens it.
pub(crate) fn item_name_start(
    doc: &Doc<'_>,
    after: usize,
    end: usize,
    in_hit: &[bool],
) -> Option<usize> {
    let ranked = crate::rank_marks::past_rank(doc, after, end); // "MY. (GNB) ALBORNOZ, ANA"
    let caps = crate::surname_first::caps_list_entry(doc, ranked, end).map(|_| ranked);
    caps.or_else(|| {
        (after..end.min(after + 6))
            .find(|&k| {
                // (Not a rank's ordinal: "— Primer teniente A y sargento mayor de segunda B".)
                let ordinal = matches!(doc.f(k), "primer" | "primera" | "segundo" | "segunda")
                    && doc.tokens.get(k + 1).is_some_and(|t| !t.capitalised);
                !ordinal && crate::list_names::name_word(doc, k, in_hit)
                    || crate::title_names::title_as_name(doc, k, 0, end, in_hit)
            })
            .map(|k| k + usize::from(crate::person_spans::acronym_before_name(doc, k)))
    })
}

/// The first token past a title with its full stop at `k` ("Prof. Xiomara Coromoto Ledezma;
/// Lcda. Thais Medina": the name after it), else `k`.
pub(crate) fn past_title(doc: &Doc<'_>, k: usize) -> usize {
    let title = crate::abbreviations::TITLE_ABBREVIATIONS.contains(&doc.f(k));
    if title && doc.f(k + 1) == "." {
        k + 2
    } else {
        k
    }
}

/// Whether token `k` belongs to a timestamp or a mark before a transcript's label ("[00:12]",
/// "18:40 —", "•", "[17/6/26, 00:31]").
pub(crate) fn stamp_mark(doc: &Doc<'_>, k: usize) -> bool {
    doc.is_number(k) || ["[", "]", ":", "—", "-", "–", "•", "/", ","].contains(&doc.f(k))
}

/// Whether a dash follows at `k`, past a bracketed age ("ANDRÉS MARCANO (41) — TOCORÓN"); after
/// an age, not before a role or a relation ("ANA PÉREZ (40) — ABOGADA DEFENSORA", "ROSA DÍAZ (68)
/// — MADRE DE DETENIDO": who speaks on screen).
pub(crate) fn dash_past_age(doc: &Doc<'_>, k: usize) -> bool {
    let age = doc.f(k) == "(" && doc.is_number(k + 1) && doc.f(k + 2) == ")";
    let dash = if age { k + 3 } else { k };
    let next = doc.f(dash + 1);
    doc.f(dash) == "-"
        && !(age
            && (!crate::lexicon::roles(next).is_empty()
                || crate::relations::RELATIONS.contains(&next)))
}

/// "OBITUARIO | Jesús Manuel Ortega Belisario (1961-2025)": a title over a life (one bar, then a
/// name and the years), not a site's menu.
pub(crate) fn life_title(doc: &Doc<'_>, t: &std::ops::Range<usize>) -> bool {
    let bars: Vec<usize> = (t.clone()).filter(|&k| doc.f(k) == "|").collect();
    let [bar] = bars.as_slice() else {
        return false;
    };
    (bar + 1..t.end)
        .find(|&k| doc.f(k) == "(")
        .is_some_and(|o| {
            o >= bar + 3
                && (bar + 1..o).all(|k| doc.tokens[k].capitalised)
                && doc.f(o + 1).len() == 4
                && doc.is_number(o + 1)
        })
}

/// ("Inicio · Regionales · Nacionales · Deportes · Contacto", "Home • World • Americas"): single
/// words set apart by dots, three marks or more.
pub(crate) fn dotted_menu(doc: &Doc<'_>, t: &Range<usize>) -> bool {
    let mark = |k: usize| matches!(doc.tokens[k].text, "·" | "•");
    let marks = (t.clone()).filter(|&k| mark(k)).count();
    marks >= 3
        && (t.clone()).all(|k| {
            mark(k)
                || (doc.tokens[k].kind == TokenKind::Word
                    && (k == t.start || mark(k - 1))
                    && (k + 1 == t.end || mark(k + 1)))
        })
}

/// The names numbered on after the first ones of a line ("7. A; 8. B; 9. C, venezolano-portugués"),
/// up to `end`: each name after a "; N.".
pub(crate) fn numbered_on(
    doc: &Doc<'_>,
    names: &[Range<usize>],
    end: usize,
    in_hit: &[bool],
) -> Vec<Range<usize>> {
    let Some(from) = names.last().map(|r| r.end) else {
        return Vec::new();
    };
    (from..end)
        .filter(|&k| {
            doc.f(k) == ";"
                && doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|t| t.kind == crate::text::TokenKind::Number && t.text.len() <= 3)
                && matches!(doc.f(k + 2), "." | ")")
        })
        .filter_map(|k| {
            crate::surname_first::read_item_name(doc, k + 3, end, in_hit).map(|e| k + 3..e)
        })
        .collect()
}
