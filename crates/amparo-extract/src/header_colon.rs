//! A header's event, a colon, then one person's clause: "Con casa por cárcel: el general
//! retirado X, de 77 años, fue llevado desde la Dgcim a su casa"; and the names a colon lists.

use crate::slots::Slot;
use crate::text::Doc;

/// ("Con casa por cárcel: el general retirado X, de 77 años, fue llevado desde la Dgcim a su
/// casa"): a header's event opening the sentence, then a colon and a clause about one person,
/// whose verb follows the name (no list of names).
pub(crate) fn subject(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &crate::triggers::Trigger,
    s_first: usize,
    s_last: usize,
) -> Option<usize> {
    let colon = (t.last..(t.last + 4).min(s_last)).find(|&k| doc.f(k) == ":")?;
    if t.first > s_first + 1 {
        return None;
    }
    let k = crate::subject_after::skip_describers(doc, colon + 1, s_last);
    let i = crate::subject_after::first_after(doc, slots, k, 5, s_last)?;
    let verb = (slots[i].last..(slots[i].last + 10).min(s_last))
        .find(|&j| crate::auxiliaries::PASSIVE_AUX.contains(&doc.f(j)))?;
    // (One person's clause, no other name before its verb, which tells no event of its own:
    // "Pardoned: X was pardoned and released on 3 October" is told by its own verb.)
    let own = crate::triggers::find(doc, verb, s_last.min(verb + 3))
        .iter()
        .any(|o| o.first <= verb + 2);
    (!own
        && !slots
            .iter()
            .any(|s| s.first > slots[i].last && s.first < verb))
    .then_some(i)
}

/// ("Released this morning after serving her full term: X, 52, a schoolteacher from Barysau."):
/// a participle opening its sentence, then a colon and one name, the sentence's last, whose
/// words tell no event of their own.
pub(crate) fn one_after(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &crate::triggers::Trigger,
    (s_first, s_last): (usize, usize),
) -> Option<usize> {
    if t.first > s_first + 1
        || slots
            .iter()
            .any(|s| s.first < t.first && s.first >= s_first)
    {
        return None;
    }
    let colon = (t.last..s_last.min(t.last + 12)).find(|&k| doc.f(k) == ":")?;
    let k = crate::subject_after::skip_describers(doc, colon + 1, s_last);
    let i = crate::subject_after::first_after(doc, slots, k, 3, s_last)?;
    // (One name: the names a colon lists are the list's, see `lists`.)
    let alone = !slots
        .iter()
        .any(|s| s.first > slots[i].first && s.first < s_last);
    (alone && crate::triggers::find(doc, slots[i].last, s_last).is_empty()).then_some(i)
}

/// The names listed after the colon at `colon`, up to `end` ("…el miércoles: A, B y C."); none
/// when the first is one asked about ("…para nuestros oyentes: nos han escrito preguntando por
/// X"), no list.
pub(crate) fn names_after(
    doc: &Doc<'_>,
    colon: usize,
    end: usize,
    in_hit: &[bool],
) -> Vec<std::ops::Range<usize>> {
    let mut names = crate::list_names::name_list(doc, colon + 1, end, in_hit);
    // ("…al Rodeo I: A, B y C, informó la abogada X": the one who tells the list is none of it.)
    if let Some(said) = names.iter().position(|r| {
        (r.start.saturating_sub(4).max(colon + 2)..r.start).any(|j| {
            crate::speech_words::SPEECH.contains(&doc.f(j))
                && !doc.tokens[j].capitalised
                && doc.f(j - 1) == ","
        })
    }) {
        names.truncate(said);
    }
    let asked = names.first().is_some_and(|r| {
        (r.start.saturating_sub(3)..r.start)
            .any(|j| doc.f(j).starts_with("pregunt") || matches!(doc.f(j), "asked" | "asking"))
    });
    if asked { Vec::new() } else { names }
}

/// The names of a line under a list's lead that opens with what they share, not with a name
/// ("They include:" / "Protesters from the July 2021 demonstrations A, B and C, all from
/// Santiago."): two names or more in its first sentence, set off as a list, after a describer
/// of at most eight words with no comma, trigger or verb of its own.
pub(crate) fn described_names(
    doc: &Doc<'_>,
    line: &std::ops::Range<usize>,
    t: &std::ops::Range<usize>,
    in_hit: &[bool],
) -> Option<Vec<std::ops::Range<usize>>> {
    let end = crate::line_shapes::sentence_end(doc, line, t.start, t.end);
    let start = (t.start + 1..end.min(t.start + 9)).find(|&k| {
        crate::list_names::name_word(doc, k, in_hit) && !doc.tokens[k - 1].capitalised
    })?;
    let plain = (t.start..start).all(|k| {
        doc.tokens
            .get(k)
            .is_some_and(|x| x.kind == crate::text::TokenKind::Word || doc.is_number(k))
            && !crate::speech_words::SPEECH.contains(&doc.f(k))
            // (A verb or an agent's preposition makes it a clause: "Relatives waited outside
            // with A and B", "Fueron recibidos por A y B".)
            && !["ed", "aron", "ieron", "ó"].iter().any(|e| doc.tokens[k].text.ends_with(e) && doc.f(k).len() > 4)
            && !matches!(doc.f(k), "with" | "by" | "con" | "por" | "junto" | "to" | "a" | "ante")
            && !crate::auxiliaries::PASSIVE_AUX.contains(&doc.f(k))
            && !crate::auxiliaries::STATE_AUX.contains(&doc.f(k))
    });
    let names = crate::list_names::name_list(doc, start, end, in_hit);
    let told = !crate::triggers::find(doc, t.start, start).is_empty();
    (plain && !told && names.len() >= 2 && names.first().map(|r| r.start) == Some(start))
        .then_some(names)
}

/// ("▪️ 26 de enero: Excarcelados del …: A y B"): a day's header, then the event's, before an
/// item's names: the second colon, when one follows the first (not a time's, "10:50") and what
/// stands between tells an event (not "Redacción: X; edición: Y", "ECUADORIAN: X; ARGENTINE: Y").
pub(crate) fn second_colon(doc: &Doc<'_>, colon: usize, end: usize) -> usize {
    (colon + 1..end.min(colon + 20))
        .find(|&k| doc.f(k) == ":" && !doc.is_number(k - 1))
        .filter(|&k| !crate::triggers::find(doc, colon + 1, k).is_empty())
        .unwrap_or(colon)
}

/// ("— El miércoles 12 de marzo, la jueza X difirió la audiencia de los cinco … acusados de
/// conspiración: A, B, C, D y E."): the names an item's long first sentence lists after a colon
/// past its twentieth word, when there are two or more; else those of its second sentence (see
/// `second_sentence_names`).
pub(crate) fn late_names(
    doc: &Doc<'_>,
    line: &std::ops::Range<usize>,
    after: usize,
    end: usize,
    in_hit: &[bool],
) -> Vec<std::ops::Range<usize>> {
    let line_end = end;
    let end = crate::line_shapes::sentence_end(doc, line, after, end);
    // (Not those who act on the group: "…a pedido de sus abogados defensores: A y B", "…a
    // los testigos de la acusación: el comisario A y la oficial B".)
    let agents = |colon: usize| {
        (colon.saturating_sub(8)..colon).any(|k| {
            let w = doc.f(k);
            [
                "abogad",
                "defensor",
                "testig",
                "lawyer",
                "witness",
                "fiscal",
                "polic",
                "funcionari",
            ]
            .iter()
            .any(|p| w.starts_with(p))
        })
    };
    let late = listed_after_colon(doc, after + 20..end, in_hit, |colon| !agents(colon));
    if late.is_empty() {
        return second_sentence_names(doc, line, after, line_end, in_hit);
    }
    late
}

/// Whether a line's words before its colon (`start..colon`) may head the names below: twelve
/// words at most, or a release's terms however long ("Con prohibición de salida del país y de
/// declarar a medios de comunicación:").
pub(crate) fn short_or_terms(doc: &crate::text::Doc<'_>, start: usize, colon: usize) -> bool {
    colon - start <= 12 || crate::release_conditions::on_conditions(doc, start, colon, 3)
}

/// Whether the line after line `li` of `lines` opens on a name, maybe past its bullet.
pub(crate) fn names_next(
    doc: &crate::text::Doc<'_>,
    lines: &[std::ops::Range<usize>],
    li: usize,
    in_hit: &[bool],
) -> bool {
    lines
        .get(li + 1)
        .and_then(|next| {
            let r = crate::line_shapes::token_range(doc, next);
            let start = crate::line_shapes::is_bullet(doc, r.start).unwrap_or(r.start);
            crate::list_names::line_name(doc, &(start..r.end), in_hit)
        })
        .is_some()
}

/// ("03/03 — Tribunal Primero de Juicio (Caracas). HÉCTOR PARRA GODOY, sargento…: 25 años por
/// traición."; "… (Barquisimeto). Los llamados \"cuatro de Barquisimeto\", detenidos el 30 de
/// julio de 2024: A, B, C y D, 12 años cada uno…"): after an item's first sentence that names
/// no one and tells no event (a court's, a place's), the name in capitals that opens the second,
/// or the names it lists after a colon, two or more.
fn second_sentence_names(
    doc: &Doc<'_>,
    line: &std::ops::Range<usize>,
    after: usize,
    end: usize,
    in_hit: &[bool],
) -> Vec<std::ops::Range<usize>> {
    let first_end = crate::line_shapes::sentence_end(doc, line, after, end);
    if first_end >= end || !crate::triggers::find(doc, after, first_end).is_empty() {
        return Vec::new();
    }
    let second_end = crate::line_shapes::sentence_end(doc, line, first_end, end);
    if let Some(e) = crate::surname_first::read_item_name(doc, first_end, second_end, in_hit)
        .filter(|_| crate::surname_first::in_capitals(doc, first_end))
    {
        return std::iter::once(first_end..e).collect();
    }
    listed_after_colon(doc, first_end..second_end, in_hit, |_| true)
}

/// The names listed after the first colon of tokens `within`, when the colon passes `keep` and
/// they are two or more.
fn listed_after_colon(
    doc: &Doc<'_>,
    within: std::ops::Range<usize>,
    in_hit: &[bool],
    keep: impl Fn(usize) -> bool,
) -> Vec<std::ops::Range<usize>> {
    let end = within.end;
    within
        .into_iter()
        .find(|&k| doc.f(k) == ":")
        .filter(|&colon| keep(colon))
        .map(|colon| names_after(doc, colon, end, in_hit))
        .filter(|names| names.len() >= 2)
        .unwrap_or_default()
}
