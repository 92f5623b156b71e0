//! The day a group of a list left, told before the list of the group by its header's noun: "Las
//! mujeres salieron el miércoles del INOF; los hombres, el jueves, desde Rodeo I" over "Mujeres:
//! …" and "Hombres: …".

use std::ops::Range;

use crate::dates::{self, PartialDate};
use crate::layout::Layout;
use crate::lists::ListContext;
use crate::text::Doc;
use crate::triggers::{self, Modality, Trigger};

/// The one plural noun a group's header is ("Mujeres", "Hombres", "Women", "Extranjeros"): its
/// token.
fn group_noun(doc: &Doc<'_>, header: &Range<usize>) -> Option<usize> {
    let noun = (header.start..header.end).find(|&k| doc.f(k) != "*")?;
    let word = doc.f(noun);
    (header.end - noun == 1 && word.ends_with('s') && word.len() >= 4).then_some(noun)
}

/// The event told of the group headed `header` in the sentences `from..to` before its list, in
/// a sentence that opens on the group ("Los tres extranjeros fueron llevados al aeropuerto y
/// expulsados" over "Extranjeros" / "Mateo Ferreyra, argentino"): its first event told as done.
pub(crate) fn event_of_group(
    cx: &ListContext<'_, '_>,
    header: &Range<usize>,
    from: usize,
    to: usize,
) -> Option<Trigger> {
    let doc = cx.doc;
    let word = doc.f(group_noun(doc, header)?);
    (from..to).find_map(|si| {
        let s = doc.sentences.get(si)?;
        let k = opening_group(doc, si).filter(|&k| doc.f(k) == word)?;
        triggers::find(doc, k + 1, s.last)
            .into_iter()
            .find(|t| triggers::modality(doc, t, s.first) == Modality::Fact)
    })
}

/// The noun of the group sentence `si` opens on ("Los tres extranjeros…", "Las mujeres…",
/// "The two Americans…"): its token.
fn opening_group(doc: &Doc<'_>, si: usize) -> Option<usize> {
    let s = doc.sentences.get(si)?;
    let mut k = s.first + 1;
    if crate::counts::number_word(doc.f(k)).is_some() || doc.is_number(k) {
        k += 1;
    }
    (matches!(doc.f(s.first), "los" | "las" | "the") && doc.f(k).len() > 3).then_some(k)
}

/// Whether sentence `si` tells one group's event aside ("Los tres extranjeros fueron …
/// expulsados" over a list with an "Extranjeros" group): it opens on the noun of a group header
/// of the list starting at sentence `before`.
pub(crate) fn told_aside(doc: &Doc<'_>, layout: &Layout, si: usize, before: usize) -> bool {
    opening_group(doc, si).is_some_and(|k| {
        layout.items.iter().any(|it| {
            it.names.is_empty()
                && (before..=before + 40).contains(&it.sentences.start)
                && it
                    .header
                    .as_ref()
                    .is_some_and(|h| group_noun(doc, h).is_some_and(|n| doc.f(n) == doc.f(k)))
        })
    })
}

/// The date told of the group headed `header` ("Mujeres") in the sentences `from..to` before its
/// list: the first date within a few words after "las mujeres", "the women", before a semicolon.
pub(crate) fn told_of_group(
    cx: &ListContext<'_, '_>,
    header: &Range<usize>,
    from: usize,
    to: usize,
) -> Option<PartialDate> {
    let doc = cx.doc;
    let Some(noun) = group_noun(doc, header) else {
        return told_of_header(cx, header, from, to);
    };
    let word = doc.f(noun);
    for si in from..to {
        let s = doc.sentences.get(si)?;
        for k in s.first + 1..s.last {
            if doc.f(k) != word || !matches!(doc.f(k - 1), "las" | "los" | "the") {
                continue;
            }
            let end = (k + 1..s.last.min(k + 9))
                .find(|&j| matches!(doc.f(j), ";" | "."))
                .unwrap_or(s.last.min(k + 9));
            // (Not since when: "Las mujeres, detenidas desde el 3 de enero, salieron…".)
            if let Some(d) = dates::find(doc, k + 1, end, cx.published)
                .iter()
                .find(|d| !d.since)
            {
                return Some(d.date);
            }
        }
    }
    None
}

/// ("Los siete que quedaron con régimen de presentación salieron el jueves por la noche; el
/// resto, en la madrugada de hoy" over "Con régimen de presentación:", "Sin condiciones
/// informadas:"): the date of the clause that names the header's words (two at least), else of
/// the clause of "the rest", in a sentence of `from..to` split by semicolons.
fn told_of_header(
    cx: &ListContext<'_, '_>,
    header: &Range<usize>,
    from: usize,
    to: usize,
) -> Option<PartialDate> {
    let doc = cx.doc;
    let words: Vec<&str> = header
        .clone()
        .map(|k| doc.f(k))
        .filter(|w| w.len() > 3)
        .collect();
    if words.len() < 2 {
        return None;
    }
    let date = |a: usize, b: usize| {
        dates::find(doc, a, b, cx.published)
            .into_iter()
            .find(|d| !d.since)
            .map(|d| d.date)
    };
    for si in from..to {
        let s = doc.sentences.get(si)?;
        let mut clauses: Vec<(usize, usize)> = Vec::new();
        let mut a = s.first;
        for k in s.first..=s.last {
            if k == s.last || doc.f(k) == ";" {
                clauses.push((a, k));
                a = k + 1;
            }
        }
        if clauses.len() < 2 {
            continue;
        }
        let names = |&(a, b): &(usize, usize)| {
            words
                .iter()
                .filter(|w| (a..b).any(|k| doc.f(k) == **w))
                .count()
                >= 2
        };
        if let Some(&(a, b)) = clauses.iter().find(|c| names(c)) {
            return date(a, b);
        }
        let rest = clauses.iter().find(|&&(a, b)| {
            (a..b.min(a + 3)).any(|k| matches!(doc.f(k), "resto" | "demas" | "rest" | "others"))
        });
        if let Some(&(a, b)) = rest {
            return date(a, b);
        }
    }
    None
}

/// ("Un avión fletado con 47 presos políticos aterrizó en la tarde de este jueves en…", "eight
/// Americans … landed on Friday night at Kelly Field"): the day the freed landed, told in the
/// few sentences before a list's sentence `si` without a release of its own, is their release's.
pub(crate) fn landing_day(cx: &ListContext<'_, '_>, si: usize) -> Option<PartialDate> {
    let doc = cx.doc;
    (si.saturating_sub(8)..si).rev().find_map(|x| {
        let s = doc.sentences.get(x)?;
        let landed = (s.first..s.last).find(|&k| {
            let f = doc.f(k);
            ["aterriz", "landed", "arrived", "llegaron", "llego"]
                .iter()
                .any(|p| f.starts_with(p))
        })?;
        // (Of the freed: "presos", "prisoners", "liberados" told before the verb.)
        let freed = (s.first..landed).any(|k| {
            matches!(
                doc.f(k),
                "presos"
                    | "prisoners"
                    | "liberados"
                    | "excarcelados"
                    | "detainees"
                    | "freed"
                    | "estaban"
            )
        });
        let day = dates::find(doc, landed, s.last, cx.published)
            .into_iter()
            .find(|d| !d.since && matches!(d.date, PartialDate::Day(_)))?;
        freed.then_some(day.date)
    })
}
