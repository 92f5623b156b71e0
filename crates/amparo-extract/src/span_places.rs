//! Person spans cut at the places and bodies the gazetteer knows: a name that opens with a
//! prison's is the prison's ("Siguen detenidos en Fénix Lara"), or a body's town ("la sede del
//! Cicpc de San Francisco"); a prison after "de" closing a span is where they were.

use crate::gazetteer::{EntryKind, Gazetteer, Hit};
use crate::names::Span;
use crate::text::Doc;

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
