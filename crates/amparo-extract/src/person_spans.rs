//! The person names an extraction reads: the finder's names outside page noise and outside the
//! names of places and institutions named after someone, with the names the layout read in lists.

use crate::layout::Layout;
use crate::named_after::{BODY_NOUNS, named_after};
use crate::names::Span;
use crate::text::Doc;

/// The finder's names outside page noise, with the names the layout found in lists (which win
/// where they overlap: a list item says where a name starts and ends).
pub(crate) fn person_spans(doc: &Doc<'_>, layout: &Layout, found: Vec<Span>) -> Vec<Span> {
    let mut listed: Vec<Span> = layout
        .names()
        .into_iter()
        .filter_map(|r| {
            Some(Span {
                start: doc.tokens.get(r.start)?.start,
                end: doc.tokens.get(r.end.checked_sub(1)?)?.end,
            })
        })
        .collect();
    listed.sort();
    let sentence_of = crate::persons::sentence_of_tokens(doc);
    let mut out: Vec<Span> = found
        .into_iter()
        .filter_map(|s| unnamed_or_trimmed(doc, past_title(doc, s)))
        .filter(|s| {
            let k = doc.tokens.partition_point(|t| t.start < s.start);
            // (A name never runs across a table's cells: "Ramo Verde<tab>Casa por cárcel".)
            let across_cells = doc
                .text
                .get(s.start..s.end)
                .is_some_and(|t| t.contains('\t'));
            !layout.is_noise(sentence_of.get(k).copied().unwrap_or(0)) && !across_cells
        })
        .filter(|s| {
            // Listed names are sorted and disjoint: the first ending after the span's start is
            // the only one that can overlap it.
            let at = listed.partition_point(|l| l.end <= s.start);
            listed.get(at).is_none_or(|l| l.start >= s.end)
        })
        .collect();
    out.extend(listed);
    // ("the Public Prosecutor's Office": an office's owner, no person.)
    out.retain(|s| {
        let end = s.tokens(doc).end;
        let office = doc.f(end) == "'"
            && doc.f(end + 1) == "s"
            && matches!(
                doc.f(end + 2),
                "office" | "ministry" | "department" | "bureau"
            );
        // ("una Dama de Blanco retenida": a member of the movement, no name.)
        let r = s.tokens(doc);
        let lady = r.len() == 3 && ladies_in_white(doc, r.start);
        // ("the Baku Pre-Trial Detention Centre", "Baku Pretrial Detention Center": a prison's
        // name before its capitalised head, no one's.)
        let facility = doc.tokens.get(r.end).is_some_and(|t| {
            t.capitalised
                && matches!(
                    t.folded.as_str(),
                    "detention" | "prison" | "penitentiary" | "jail" | "remand" | "correctional"
                )
        }) || r
            .clone()
            .any(|k| matches!(doc.f(k), "pretrial" | "pre-trial"));
        let common = crate::heading_lines::common_heading(doc, r.clone())
            // ("ALERTA LABORAL N.º 03-2026": a number's abbreviation, no initial.)
            || (doc.f(r.end.wrapping_sub(1)) == "n"
                && doc.f(r.end) == "."
                && matches!(doc.tokens.get(r.end + 1).map(|t| t.text), Some("º" | "°")));
        !(heading_words(doc, *s)
            || common
            || crate::span_places::named_body(doc, r.clone())
            || facility
            || place_after_en(doc, r.start)
            || office
            || lady
            || place_after_in(doc, *s)
            || crate::span_places::tail_of_name(doc, *s))
    });
    let out: Vec<Span> = out
        .into_iter()
        .filter_map(|s| opening_de(doc, s))
        .map(|s| past_branch(doc, s))
        .map(|s| before_id(doc, s))
        .collect();
    let mut out = out;
    out.sort();
    out.dedup();
    crate::surname_first::surnames_then_given(doc, out)
}

/// A span that opens its sentence with the preposition "De"/"Del" before a capitalised word
/// ("De Rodeo I salieron…", "De Yelitza sé que…"): the words after it, when two are left;
/// "De la Cruz Montesinos" keeps its particle.
fn opening_de(doc: &Doc<'_>, s: Span) -> Option<Span> {
    let (first, last) = {
        let r = s.tokens(doc);
        (r.start, r.end)
    };
    let opens = doc.sentence_at(first).is_some_and(|x| x.first == first);
    // ("Marcha Del Día De La Juventud", a headline in Title Case: a particle after a capitalised
    // word on its line, then an article, ends a title's name, no one's.)
    let in_title = !opens
        && matches!(doc.tokens[first].text, "De" | "Del")
        && matches!(doc.tokens[first + 1].text, "La" | "Las" | "Los")
        && doc.tokens.get(first.wrapping_sub(1)).is_some_and(|t| {
            t.capitalised
                && t.kind == crate::text::TokenKind::Word
                && doc
                    .text
                    .get(t.end..doc.tokens[first].start)
                    .is_some_and(|gap| !gap.contains('\n'))
        });
    if in_title {
        return None;
    }
    // ("De Armas Colmenares, Yorman.": a surname-first entry keeps its particle.)
    // ("De Rodeo I, en la noche:": a prison, no one.)
    if opens
        && matches!(doc.tokens[first].text, "De" | "Del" | "Desde")
        && crate::custody_phrases::custody_place_at(doc, first + 1)
    {
        return None;
    }
    if !(opens
        && matches!(doc.tokens[first].text, "De" | "Del")
        && !matches!(doc.f(first + 1), "la" | "las" | "los")
        && doc.f(last) != ",")
    {
        return Some(s);
    }
    (last >= first + 3).then(|| Span {
        start: doc.tokens[first + 1].start,
        end: s.end,
    })
}

/// Whether a span is a heading's words rather than a name: one that holds a word of custody
/// ("MUERTE BAJO CUSTODIA", "Critics Held Incommunicado", "Arbitrary Arrests").
fn heading_words(doc: &Doc<'_>, s: Span) -> bool {
    let r = s.tokens(doc);
    // (One reading of the span's words, not one per word.)
    crate::triggers::find(doc, r.start, r.end)
        .iter()
        .any(|t| t.first >= r.start && t.last <= r.end)
}

/// ("los dirigentes del Movimiento Alternativa Ciudadana Héctor Luis Sanabria"): a name the
/// finder ran on from a body's name starts at its first given name, when the body's name comes
/// first and two words are left.
/// The span as it stands when it is no place's or body's name, else trimmed that way when what
/// is left is none either; `None` when it names a place or a body.
fn unnamed_or_trimmed(doc: &Doc<'_>, s: Span) -> Option<Span> {
    let k = doc.tokens.partition_point(|t| t.start < s.start);
    let end = doc.tokens.partition_point(|t| t.end <= s.end);
    if !named_after(doc, k, end) {
        return Some(s);
    }
    let trimmed = body_trimmed(doc, s, k, end);
    let first = doc.tokens.partition_point(|t| t.start < trimmed.start);
    (trimmed != s && !named_after(doc, first, end)).then_some(trimmed)
}

/// The name inside a span that names a place or a body (tokens `k..end`), from its given name.
fn body_trimmed(doc: &Doc<'_>, s: Span, k: usize, end: usize) -> Span {
    // ("el exalcalde de San Cristóbal Humberto Pabón", "el concejal del municipio San Francisco
    // Edinson Fuenmayor": a town's two words, then the name.)
    let town = matches!(doc.f(k), "san" | "santa" | "santo" | "puerto" | "ciudad")
        && matches!(
            doc.f(k.wrapping_sub(1)),
            "de" | "del" | "en" | "municipio" | "parroquia" | "estado" | "sector"
        );
    // ("el exalcalde de El Hatillo Humberto Carvajal Noguera": a town's word after its
    // article, which the finder left out.)
    let articled = matches!(doc.f(k.wrapping_sub(1)), "el" | "la" | "los" | "las")
        && doc
            .tokens
            .get(k.wrapping_sub(1))
            .is_some_and(|t| t.capitalised)
        && matches!(doc.f(k.wrapping_sub(2)), "de" | "del" | "en");
    let town = town || articled;
    // ("el concejal del municipio Iribarren Anderson Josué Mendoza": a one-word municipality's
    // name, no given name, then the person's.)
    let division = matches!(
        doc.f(k.wrapping_sub(1)),
        "municipio" | "parroquia" | "estado" | "sector"
    ) && !crate::lexicon::is_given_name(doc.f(k))
        && !matches!(doc.f(k), "san" | "santa" | "santo");
    (k + if town && !articled { 2 } else { 1 }..end.saturating_sub(1))
        .find(|&j| {
            crate::lexicon::is_given_name(doc.f(j))
                && (town || !crate::lexicon::is_given_name(doc.f(j - 1)))
        })
        // (A body's, not a place's: "el puente Francisco de Paula Santander" stays whole.)
        .filter(|&j| {
            town || (division && j == k + 1)
                || (k.saturating_sub(1)..j).any(|i| BODY_NOUNS.contains(&doc.f(i)))
        })
        .and_then(|j| doc.tokens.get(j))
        .map_or(s, |t| Span {
            start: t.start,
            end: s.end,
        })
}

/// Drops from the layout's items the names that are a place's or a body's ("Primero: murió… en el
/// Hospital Militar Carlos Arvelo, el sargento…"), so that an item holds only people.
pub(crate) fn drop_named_after(doc: &Doc<'_>, layout: &mut Layout) {
    for item in &mut layout.items {
        item.names.retain(|r| {
            // (Only words of the same cell and line: a table's row ends "… | Centro" above.)
            let joined = r.start >= 1
                && doc
                    .tokens
                    .get(r.start - 1)
                    .zip(doc.tokens.get(r.start))
                    .and_then(|(p, t)| doc.text.get(p.end..t.start))
                    .is_some_and(|gap| gap.chars().all(|c| c == ' '));
            !(joined && named_after(doc, r.start, r.end))
        });
    }
}

/// ("taken to the state police HQ in Glorias Patrias", "a Navy veteran from Corpus Christi"):
/// a span right after "in", "from" or "at" that opens on no given name names a place.
fn place_after_in(doc: &Doc<'_>, s: Span) -> bool {
    let first = s.tokens(doc).start;
    let r = s.tokens(doc);
    // (English only: "pienso en Yuraima Betancourt", "murió en Tocorón Víctor Hugo Paredes"
    // put people after "en".)
    // (Not what someone says: "A statement from Yendri Velásquez, who was also released".)
    let said = matches!(
        doc.f(first.wrapping_sub(2)),
        "statement" | "letter" | "message" | "call" | "note" | "post" | "video" | "words" | "email"
    );
    matches!(doc.f(first.wrapping_sub(1)), "in" | "from" | "at")
        && !said
        && !r.clone().any(|k| crate::lexicon::is_given_name(doc.f(k)))
}

/// ("El mayor de Aviación Eligio Coronel Márquez", "el sargento del Ejército Luis Mora"): a
/// span the finder ran on from an armed service's name starts after it, when two words are left.
fn past_branch(doc: &Doc<'_>, s: Span) -> Span {
    let r = s.tokens(doc);
    let branch = matches!(
        doc.f(r.start),
        "aviacion" | "ejercito" | "armada" | "navy" | "army"
    ) && matches!(doc.f(r.start.wrapping_sub(1)), "de" | "del" | "of" | "the");
    match doc.tokens.get(r.start + 1) {
        Some(t) if branch && r.end >= r.start + 3 => Span {
            start: t.start,
            end: s.end,
        },
        _ => s,
    }
}

/// ("Orlando Enrique Mavares V-8.123.456"): a Venezuelan ID's letter after a name is no part of
/// it.
fn before_id(doc: &Doc<'_>, s: Span) -> Span {
    let r = s.tokens(doc);
    let last = r.end.saturating_sub(1);
    let id = r.len() >= 3 && cedula_at(doc, last);
    match doc.tokens.get(last.wrapping_sub(1)) {
        Some(t) if id => Span {
            start: s.start,
            end: t.end,
        },
        _ => s,
    }
}

/// ("La Dama de Blanco Marisol Peña", "la Capitana Ana Karina Salas"): a title or a trade in
/// capitals before a given name is no part of the name.
fn past_title(doc: &Doc<'_>, s: Span) -> Span {
    let r = s.tokens(doc);
    // (The acronym alone: "UNAN Bayardo José Sequeira", whose first name may be unlisted; the
    // movement's last word: "Las Damas de Blanco Yamilé Corrales".)
    let one_word = acronym_before_name(doc, r.start)
        || (doc.f(r.start) == "blanco" && ladies_in_white(doc, r.start.wrapping_sub(2)));
    let title = matches!(doc.f(r.start), "dama" | "damas")
        || !crate::lexicon::roles(doc.f(r.start)).is_empty();
    let given = (r.start + 1..r.end.saturating_sub(1).min(r.start + 4))
        .find(|&j| crate::lexicon::is_given_name(doc.f(j)))
        .filter(|&j| {
            (r.start + 1..j).all(|i| {
                matches!(doc.f(i), "de" | "del") || !crate::lexicon::is_given_name(doc.f(i))
            })
        })
        .filter(|_| title && !crate::lexicon::is_given_name(doc.f(r.start)));
    // ("D. Ignacio Landa Urrutia", "Dña. Marta Gil": the Spanish "Don", "Doña".)
    let don = matches!(doc.tokens[r.start].text, "D" | "Dña") && doc.f(r.start + 1) == ".";
    let from = if don && r.end > r.start + 3 {
        Some(r.start + 2)
    } else if one_word && r.end > r.start + 2 {
        Some(r.start + 1)
    } else {
        given
    };
    match from.and_then(|j| doc.tokens.get(j)) {
        Some(t) => Span {
            start: t.start,
            end: s.end,
        },
        None => s,
    }
}

/// Whether the movement's name, "Dama(s) de Blanco", stands at token `k`.
fn ladies_in_white(doc: &Doc<'_>, k: usize) -> bool {
    matches!(doc.f(k), "dama" | "damas") && doc.f(k + 1) == "de" && doc.f(k + 2) == "blanco"
}

/// Whether token `k` is a body's acronym before a given name written in small letters ("el
/// estudiante de la UNAN Bayardo José Sequeira").
pub(crate) fn acronym_before_name(doc: &Doc<'_>, k: usize) -> bool {
    let caps = doc
        .tokens
        .get(k)
        // ("la UNAN-León Kenia Ruiz": a body's acronym with its seat.)
        .and_then(|t| t.text.split('-').next())
        .is_some_and(|a| a.chars().count() >= 3 && a.chars().all(char::is_uppercase));
    caps && !crate::lexicon::is_given_name(doc.f(k))
        && (crate::lexicon::is_given_name(doc.f(k + 1))
            || crate::lexicon::is_given_name(doc.f(k + 2)))
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|t| t.capitalised && t.text.chars().any(char::is_lowercase))
}

/// ("detuvieron el sábado en Pedro María Ureña a la concejal X"): a name right after "en" is a
/// place's, named after someone, unless one thinks of a person ("Pienso en X, maestra…", "y en
/// Y, que es madre…").
fn place_after_en(doc: &Doc<'_>, k: usize) -> bool {
    if k == 0 || doc.f(k - 1) != "en" {
        return false;
    }
    // (Only before what follows a place in a clause, "… en Pedro María Ureña a la concejal X",
    // "… en José Antonio Páez, donde…": not "centró su acusación en X, detenida el 2 de julio",
    // "confían en X.")
    let end = (k..k + 6)
        .find(|&j| !doc.tokens.get(j).is_some_and(|t| t.capitalised) && doc.f(j) != "de")
        .unwrap_or(k);
    let next = (doc.f(end), doc.f(end + 1));
    // (Not a town before the name, "murió en Tocuyito Jesús Alberto Lárez", trimmed elsewhere:
    // a given name first, or the object marker right after, "en Santos Marquina al productor".)
    let object = matches!(next, ("al", _) | ("a", "la" | "los" | "las" | "el"));
    if !crate::lexicon::is_given_name(doc.f(k)) && !object {
        return false;
    }
    if !matches!(
        next,
        ("a" | "al" | "donde" | "durante" | "tras", _) | (",", "donde" | "estado")
    ) {
        return false;
    }
    let from = doc.sentence_at(k).map_or(k.saturating_sub(20), |s| s.first);
    !(from.max(k.saturating_sub(30))..k).any(|j| {
        let w = doc.f(j);
        w.starts_with("pens") || w.starts_with("piens") || w.starts_with("recuerd")
    })
}

/// Whether a Venezuelan ID opens at token `k`: its letter, a hyphen and the number ("V-8.123.456").
pub(crate) fn cedula_at(doc: &Doc<'_>, k: usize) -> bool {
    doc.tokens
        .get(k)
        .is_some_and(|t| matches!(t.text, "V" | "E"))
        && doc.f(k + 1) == "-"
        && doc.is_number(k + 2)
}
