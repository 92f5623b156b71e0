//! Lines that are wholly a date or a post's stamp ("August 4, 2024", "Clara Meneses · Sep 11",
//! "[20.03.25 21:14]"): the day each heads.

use chrono::NaiveDate;

use crate::dates::PartialDate;
use crate::text::{Doc, TokenKind};

/// The date that opens tokens `from..to`, when `fits` it.
fn opening_date(
    doc: &Doc<'_>,
    (from, to): (usize, usize),
    published: Option<NaiveDate>,
    fits: impl Fn(&crate::dates::DateMention) -> bool,
) -> Option<PartialDate> {
    crate::dates::find(doc, from, to, published)
        .into_iter()
        .next()
        .filter(|d| d.first == from && fits(d))
        .map(|d| d.date)
}

/// The date a line of tokens `from..to` wholly is ("August 4, 2024", "12 de enero de 2026").
pub(crate) fn whole_date_line(
    doc: &Doc<'_>,
    from: usize,
    to: usize,
    published: Option<NaiveDate>,
) -> Option<PartialDate> {
    // ("@ForoPenal · 14:32 · 9 ene. 2025", "Martí Noticias @martinoticias · 3 dic. 2024": a
    // post's handle and time before its day.)
    // ("Human Rights Now Venezuela @HRNowVE · Nov 10, 2025": past a longer name too.)
    // ("Clara Meneses · Sep 11": a name alone before the "·", a thread's later stamp.)
    let named = |dot: usize| {
        dot > from
            && dot <= from + 4
            && (from..dot).all(|k| {
                doc.tokens[k].capitalised && doc.tokens[k].kind == crate::text::TokenKind::Word
            })
    };
    if let Some(dot) = (from..to).rev().find(|&k| doc.f(k) == "·")
        && (handle_in(doc, from, to) || named(dot))
    {
        return whole_date_line(doc, dot + 1, to, published);
    }
    if to <= from || to - from > 10 {
        return None;
    }
    // ("14 Feb 2026, 10:12", "15/02/2026 · 21:30": a post's day and its time.)
    let time = |k: usize| {
        doc.is_number(k)
            || matches!(
                doc.f(k),
                ":" | ","
                    | "·"
                    | "|"
                    | "-"
                    | "h"
                    | "hrs"
                    | "am"
                    | "pm"
                    | "a.m"
                    | "p.m"
                    | "."
                    | "gmt"
            )
    };
    opening_date(doc, (from, to), published, |d| {
        d.last == to
            // (A date read on past the line's end, "8" over "Jan.", is none of the line's.)
            || (to.saturating_sub(d.last) <= 5
                && d.last < to
                && doc.f(to - 1) != ","
                && (d.last..to).all(time)
                && (d.last..to).any(|k| doc.f(k) == ":"))
    })
}

/// A post's stamp written with dots, with its time, on a line of its own ("[20.03.25 21:14]",
/// "20.03.2025, 21:14"): its day, day first, when not after the publication.
pub(crate) fn dotted_stamp(
    doc: &Doc<'_>,
    from: usize,
    to: usize,
    published: Option<NaiveDate>,
) -> Option<NaiveDate> {
    // ("OVD-Info, [10.03.2024 21:14]", "Canal Presos Políticos, [14.03.24 19:40]": a channel's
    // name before its stamp.)
    let named = (from + 1..(from + 7).min(to))
        .find(|&k| doc.f(k) == "[" && doc.f(k - 1) == ",")
        .filter(|&k| {
            // ("Presos Políticos VE · Alertas, [10.01.26 23:47]": a dot between its words.)
            (from..k - 1).all(|j| {
                doc.tokens[j].kind == TokenKind::Word || matches!(doc.tokens[j].text, "-" | "·")
            })
        });
    let first = named.map_or(from + usize::from(matches!(doc.f(from), "[" | "(")), |k| {
        k + 1
    });
    let t = doc.tokens.get(first)?;
    if t.kind != TokenKind::Number || !(first + 1..to).any(|k| doc.f(k) == ":") {
        return None;
    }
    let day = crate::printed_dates::dotted_day(t.text, true)?;
    published.is_none_or(|p| day <= p).then_some(day)
}

/// Whether a post's handle ("@lianetferrer_cu") stands among the first seven tokens of
/// `from..to`, as a stamp prints it after the poster's name.
pub(crate) fn handle_in(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    (from..to.min(from + 7)).any(|k| doc.tokens[k].text.starts_with('@'))
}

/// ("Mayelín Cabrera Ortiz" over "2 feb. a las 21:14 · 🌐" or "14 h · 🌐 Público" over "… Mi hijo YOANDRY PÉREZ fue
/// sacado de la casa…"): a name alone on its line over a social post's stamp, a day and a clock,
/// whose post tells of the writer's kin ("mi hijo", "my husband"), is the post's author, no item
/// of a list. (Not one whose post tells of herself, "Salí de La Crisálida", nor names over the
/// hours of their arrests, "Detenidos en Petare:" / "José Paz" / "2 feb. a las 21:14".)
/// (Or a name over a comment and its reaction bar, "Mostafa Adel" / "Stay strong Nour. My father
/// was held…" / "3h · Like · Reply · 9": the comment's author.)
pub(crate) fn post_author(doc: &Doc<'_>, lines: &[std::ops::Range<usize>], li: usize) -> bool {
    let Some(next) = lines.get(li + 1) else {
        return false;
    };
    let bar = |l: &std::ops::Range<usize>| {
        let t = crate::line_shapes::token_range(doc, l);
        reaction_bar(doc, t.start, t.end)
    };
    let comment = lines
        .get(li + 1..(li + 4).min(lines.len()))
        .unwrap_or_default();
    if let Some(at) = comment.iter().position(bar).filter(|&at| at > 0) {
        return !tells_own_custody(doc, &comment[..at]);
    }
    let post = lines
        .get(li + 2..(li + 4).min(lines.len()))
        .unwrap_or_default();
    let of_kin = post.iter().any(|l| {
        let t = crate::line_shapes::token_range(doc, l);
        (t.start..t.end).any(|k| {
            matches!(doc.f(k), "mi" | "my") && crate::slots::RELATIONS.contains(&doc.f(k + 1))
        })
    });
    // (Not a post of one's own custody that names kin too: "Salí de La Crisálida… Mi hijo me
    // esperaba", "Estuve 40 días presa…", "I was released… My son was waiting".)
    let own = tells_own_custody(doc, post);
    if !of_kin || own {
        return false;
    }
    let t = crate::line_shapes::token_range(doc, next);
    let day = |k: usize| {
        crate::dates::month(doc.f(k)).is_some()
            || matches!(doc.f(k), "ayer" | "yesterday" | "hoy" | "today")
    };
    // ("14 h · 🌐 Público", "3 d ·": the post's age instead of its day and clock.)
    // ("5h · 🌐 Public": the number and its unit one token.)
    let age = |k: usize| {
        let f = doc.f(k);
        let unit = f.trim_start_matches(|c: char| c.is_ascii_digit());
        (doc.is_number(k)
            && matches!(doc.f(k + 1), "h" | "min" | "d" | "hrs" | "hr")
            && doc.f(k + 2) == "·")
            || (unit.len() < f.len() && matches!(unit, "h" | "min" | "d") && doc.f(k + 1) == "·")
    };
    t.end - t.start <= 12
        && (((t.start..t.end).any(|k| doc.f(k) == ":" && crate::line_shapes::clock_colon(doc, k))
            && (t.start..t.end).any(day))
            || age(t.start))
}

/// Whether lines tell the writer's own custody ("Fui liberada hoy", "me soltaron", "I was
/// released"), not only a relative's.
fn tells_own_custody(doc: &Doc<'_>, lines: &[std::ops::Range<usize>]) -> bool {
    lines.iter().any(|l| {
        let t = crate::line_shapes::token_range(doc, l);
        (t.start..t.end).any(|k| {
            let after = doc.f(k + 1);
            // ("I was also detained", "They arrested me", "I spent four months in El Helicoide",
            // "A mí me tuvieron preso".)
            let taken = |w: &str| {
                matches!(
                    w,
                    "released" | "freed" | "arrested" | "detained" | "held" | "jailed" | "taken"
                )
            };
            let adverb = usize::from(matches!(doc.f(k + 2), "also" | "then" | "later" | "too"));
            (doc.f(k) == "me"
                && [
                    "detuv", "solt", "excarcel", "liber", "arrest", "captur", "llevaron", "tuvieron",
                    "agarr", "metier",
                ]
                .iter()
                .any(|p| after.starts_with(p)))
                || matches!(
                    doc.f(k),
                    "sali" | "salimos" | "estuve" | "estuvimos" | "llevo"
                )
                || (matches!(doc.f(k), "i" | "we")
                    && ((matches!(after, "was" | "were") && taken(doc.f(k + 2 + adverb)))
                        || after == "spent"))
                || (matches!(after, "me" | "us")
                    && matches!(doc.f(k), "arrested" | "detained" | "took" | "jailed" | "freed"))
                // ("Fui liberada hoy", "fuimos detenidos")
                || (matches!(doc.f(k), "fui" | "fuimos")
                    && ["liberad", "excarcelad", "detenid", "arrestad", "soltad"]
                        .iter()
                        .any(|p| after.starts_with(p)))
                || (doc.f(k) == "got" && after == "out")
        })
    })
}

/// Whether tokens `first..last` are a comment's reaction bar: "Me gusta · Responder · 13 h",
/// "Like · Reply · 2h", or after the comment's age, "5h · Like · Reply · 64".
pub(crate) fn reaction_bar(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let f = |k: usize| if k < last { doc.f(k) } else { "" };
    (first..last).any(|k| matches!(doc.f(k), "reply" | "responder"))
        && (first..last.min(first + 4))
            .any(|k| f(k) == "like" || (f(k) == "me" && f(k + 1) == "gusta"))
}
