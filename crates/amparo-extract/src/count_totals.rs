//! Counts told as totals rather than as "N people": "con estas suman 143 desde el 8 de
//! enero", "bringing the total since Jan. 8 to 212", "Presos políticos verificados al 19/01:
//! 777", "Mañana saldrán otros 50". What they count comes from the words of the sentence.

use crate::count_words::PEOPLE;
use crate::counts::{CountContext, according_to, parse_number};
use crate::model::Count;
use crate::text::{Doc, TokenKind};

/// Verbs and phrases that state a running total right before its number.
const TOTAL_BEFORE: &[&str] = &[
    "suman",
    "suma",
    "sumaron",
    "sumaban",
    "totalizan",
    "totaliza",
    "asciende a",
    "ascienden a",
    "eleva a",
    "elevan a",
    "elevo a",
    "elevaron a",
    "llega a",
    "llegan a",
    "llego a",
    "total de",
    "total :",
    "totaling",
    "totalling",
    "totals",
    "total of",
    "rises to",
    "rose to",
    "brings the total to",
    "bringing the total to",
    "baja a",
    "bajo a",
    "bajan a",
    "falls to",
    "fell to",
    "drops to",
    "dropped to",
];

/// Counts in tokens `first..last` that [`crate::counts::in_sentence`] does not read.
pub(crate) fn totals(
    doc: &Doc<'_>,
    first: usize,
    last: usize,
    ctx: &CountContext,
    excerpt: &str,
) -> Vec<Count> {
    let mut out = Vec::new();
    for i in first..last {
        let Some(n) = parse_number(doc, i) else {
            continue;
        };
        let t = &doc.tokens[i];
        // Dates, times, ages and people counted by a noun are read elsewhere or are no counts.
        let dated = t.text.contains(['/', ':'])
            || matches!(doc.f(i + 1), "/" | "%" | "de" | "anos" | "years" | "of")
            || crate::dates::month(doc.f(i + 1)).is_some()
            || (1900..=2100).contains(&n)
            || PEOPLE.contains(&doc.f(i + 1));
        if dated || t.kind != TokenKind::Number && n < 3 {
            continue;
        }
        let told = running_total(doc, first, i)
            || labelled(doc, first, i, last)
            || more(doc, i, last, ctx);
        if !told {
            continue;
        }
        let what = label_what(doc, first, i, ctx);
        out.push(Count {
            number: Some(n),
            according_to: according_to(doc, first, i, ctx),
            ..ctx.count(what, excerpt)
        });
    }
    out
}

/// "suman 143", "bringing the total since Jan. 8 to 212", "un total de 63".
fn running_total(doc: &Doc<'_>, first: usize, at: usize) -> bool {
    let from = at.saturating_sub(8).max(first);
    (from..at).any(|k| {
        TOTAL_BEFORE
            .iter()
            .any(|p| doc.matches_at(k, p) && k + p.split(' ').count() == at)
    }) || (doc.f(at.wrapping_sub(1)) == "to"
        && (from..at).any(|k| matches!(doc.f(k), "total" | "tally" | "count")))
        // "689 … as of March 2, down from 863 on Jan. 8": the earlier total.
        || (matches!(doc.f(at.wrapping_sub(1)), "from") && matches!(doc.f(at.wrapping_sub(2)), "down" | "up"))
        // "puts the number of political prisoners at around 900", "cifra en 900".
        || ((from..at).any(|k| matches!(doc.f(k), "number" | "cifra" | "numero"))
            && (matches!(doc.f(at.wrapping_sub(1)), "at" | "en")
                || (matches!(doc.f(at.wrapping_sub(2)), "at" | "en")
                    && matches!(doc.f(at.wrapping_sub(1)), "around" | "about" | "some" | "unos" | "unas"))))
}

/// "Presos políticos verificados al 19/01: 777", "Total de excarcelados: 63": a label of
/// people before a colon, and the number alone after it (not a bullet's "- civilians: 503",
/// a part of a total told before).
fn labelled(doc: &Doc<'_>, first: usize, at: usize, last: usize) -> bool {
    at > first
        && crate::line_shapes::is_bullet(doc, first).is_none()
        && doc.f(at.wrapping_sub(1)) == ":"
        && (at + 1 >= last || matches!(doc.f(at + 1), "." | ";" | "(" | ","))
        && (first..at - 1)
            .any(|k| PEOPLE.contains(&doc.f(k)) || matches!(doc.f(k), "total" | "cifra"))
}

/// "Mañana saldrán otros 50", "another 40 will follow": more of the people the sentence frees.
fn more(doc: &Doc<'_>, at: usize, last: usize, ctx: &CountContext) -> bool {
    let freed = |k: usize| {
        let w = doc.f(k);
        ["sal", "liber", "excarcel", "freed", "releas"]
            .iter()
            .any(|p| w.starts_with(p))
    };
    (ctx.release || (at.saturating_sub(4)..at).any(freed))
        && matches!(doc.f(at.wrapping_sub(1)), "otros" | "otras" | "another")
        && (at + 1 >= last
            || doc
                .tokens
                .get(at + 1)
                .is_some_and(|t| t.kind == TokenKind::Punct))
}

/// What a total counts: the people named in its sentence's words.
fn label_what(doc: &Doc<'_>, first: usize, at: usize, ctx: &CountContext) -> &'static str {
    let words: Vec<&str> = (first..at).map(|k| doc.f(k)).collect();
    if words
        .iter()
        .any(|w| matches!(*w, "politicos" | "politicas" | "political"))
    {
        "political_prisoners"
    } else if ctx.release
        || words.iter().any(|w| {
            w.starts_with("excarcel") || w.starts_with("libera") || w.starts_with("releas")
        })
    {
        "released"
    } else if ctx.arrest {
        "detained"
    } else {
        "persons"
    }
}
