//! Person spans cut at the places and bodies the gazetteer knows: a name that opens with a
//! prison's is the prison's ("Siguen detenidos en Fénix Lara"), or a body's town ("la sede del
//! Cicpc de San Francisco"); a prison after "de" closing a span is where they were; and spans
//! that end a place's or a body's name ("Centro de Arrestos Preventivos de Cabimas").

use crate::gazetteer::{EntryKind, Gazetteer, Hit};
use crate::names::Span;
use crate::text::{Doc, TokenKind};

/// Cuts or drops the spans that open or close with a place or body of `hits`.
pub(crate) fn cut_at_places(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    hits: &[Hit],
    spans: &mut Vec<Span>,
) {
    // ("Siguen detenidos en Fénix Lara": a name that opens with a prison's is the prison's,
    // with its state; "murió en Tocorón Víctor Hugo Paredes": a prison, then a name.)
    spans.retain_mut(|s| {
        let tokens = s.tokens(doc);
        // (Hits are sorted and disjoint: the one starting with the span, if any.)
        let at = hits.get(hits.partition_point(|h| h.first < tokens.start));
        // ("la sede del Cicpc de San Francisco": a body's town, no one.)
        let town = |h: &Hit| {
            h.first == tokens.start
                && doc
                    .tokens
                    .get(h.last)
                    .is_some_and(|t| matches!(t.text, "de" | "del"))
        };
        if at.is_some_and(town) {
            return false;
        }
        // ("El Observatorio de Prisiones Dignas (OPD) denuncia…": the rest of a body's name after
        // its head word, no one.)
        let body = tokens.start >= 2
            && matches!(doc.f(tokens.start - 1), "de" | "del")
            && doc.tokens[tokens.start - 2].capitalised
            && crate::extract::ORG_HEADS.contains(&doc.f(tokens.start - 2))
            // (Not a person after the body's place: "la Universidad de Carabobo Samuel X".)
            && !crate::lexicon::is_given_name(doc.f(tokens.start))
            && at.is_none_or(|h| h.first != tokens.start);
        if body {
            return false;
        }
        let Some(h) = at.filter(|h| {
            h.first == tokens.start
                && gazetteer
                    .entry(h.entry)
                    .is_some_and(|e| e.kind == EntryKind::Facility)
        }) else {
            return true;
        };
        if h.last + 2 > tokens.end {
            return false;
        }
        s.start = doc.tokens[h.last].start;
        true
    });
    // ("los hermanos Galíndez de Tocorón": a prison after "de" closing a span is where they
    // were, not part of the name.)
    for s in spans.iter_mut() {
        let tokens = s.tokens(doc);
        let at = hits.partition_point(|h| h.first < tokens.start);
        if let Some(h) = hits[at..]
            .iter()
            .take_while(|h| h.first < tokens.end)
            .find(|h| {
                h.last == tokens.end
                    && h.first > tokens.start + 1
                    && matches!(doc.f(h.first - 1), "de" | "del")
                    && gazetteer
                        .entry(h.entry)
                        .is_some_and(|e| e.kind == EntryKind::Facility)
            })
        {
            s.end = doc.tokens[h.first - 2].end;
        }
    }
}

/// ("Centro de Arrestos Preventivos de Cabimas", "Combinado del Sur de Matanzas", "Servicio
/// Administrativo de Identificación"): a span that opens on no given name, after the capitalised
/// head of a place's or a body's name and its own words, is the end of that name.
pub(crate) fn tail_of_name(doc: &Doc<'_>, s: Span) -> bool {
    #[rustfmt::skip]
    const HEADS: &[&str] = &[
        "centro", "combinado", "servicio", "alianza", "partido", "movimiento", "frente",
        "direccion", "comando", "instituto", "universidad", "prision", "carcel", "internado",
        "policia", "sistema", "consejo", "fiscalia", "ministerio", "defensoria", "oficina",
        "comision", "comite", "asociacion", "federacion", "union", "coordinadora", "unidad",
        "plaza", "avenida", "calle", "parque", "museo", "puente", "estadio", "liceo", "escuela",
        "facultad", "colegio", "hospital", "iglesia", "juzgado",
    ];
    let r = s.tokens(doc);
    // ("la Iglesia San Juan Bautista de Jinotepe": a saint's given names name the church.)
    let saint = matches!(doc.f(r.start.wrapping_sub(1)), "san" | "santa" | "santo");
    if !saint && r.clone().any(|k| crate::lexicon::is_given_name(doc.f(k))) {
        return false;
    }
    // ("el estudiante de la Universidad de Carabobo Jhonder Pacheco Urdaneta": three capitalised
    // words of their own after the place that ends the body's name are a person's.)
    // (Not a prison's name, "Centro de Reclusión Rodeo I".)
    let capital = |k: usize| doc.tokens[k].capitalised && doc.tokens[k].kind == TokenKind::Word;
    let word = |k: usize| {
        capital(k)
            && doc.tokens[k].text.chars().count() > 1
            && !crate::lexicon::is_not_name(doc.f(k))
    };
    if r.len() >= 3 && r.clone().all(word) && !r.clone().any(|k| HEADS.contains(&doc.f(k))) {
        return false;
    }
    // (Back over the name's own words, "de Arrestos", "del", on its line.)
    let same_line = |k: usize| {
        doc.text
            .get(doc.tokens[k].end..doc.tokens[k + 1].start)
            .is_some_and(|gap| !gap.contains('\n'))
    };
    (r.start.saturating_sub(5)..r.start)
        .rev()
        .take_while(|&k| {
            same_line(k) && (capital(k) || matches!(doc.f(k), "de" | "del" | "la" | "los" | "las"))
        })
        .any(|k| doc.tokens[k].capitalised && HEADS.contains(&doc.f(k)))
}

/// Whether the name at tokens `r` is a body's, not a person's: a law's title ("la Ley Orgánica
/// contra la Delincuencia Organizada y Financiamiento al Terrorismo") or a firm's ("la empresa
/// estatal Ferrominera del Orinoco", "the state company X").
pub(crate) fn named_body(doc: &Doc<'_>, r: std::ops::Range<usize>) -> bool {
    let law = (r.start.saturating_sub(8)..r.start)
        .rev()
        .find(|&k| {
            doc.tokens[k].capitalised && matches!(doc.f(k), "ley" | "codigo" | "law" | "act")
        })
        .is_some_and(|k| {
            (k + 1..r.start).all(|j| {
                doc.tokens[j].capitalised
                    || matches!(
                        doc.f(j),
                        "de" | "del"
                            | "contra"
                            | "la"
                            | "el"
                            | "para"
                            | "sobre"
                            | "y"
                            | "on"
                            | "against"
                            | "the"
                            | "of"
                    )
            })
        });
    let firm = (r.start.saturating_sub(3)..r.start).any(|k| {
        matches!(
            doc.f(k),
            "empresa" | "compania" | "company" | "firm" | "corporacion" | "consorcio"
        ) && (k + 1..r.start)
            .all(|j| !doc.tokens[j].capitalised && doc.tokens[j].kind == TokenKind::Word)
    });
    law || firm
}
