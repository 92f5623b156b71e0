//! Numbers of people a source states ("Foro Penal contabiliza 863 presos políticos"), and vague
//! quantities ("a significant number", "una decena") kept as words, never turned into numbers.

use std::collections::BTreeMap;

pub use crate::count_words::number_word;
pub(crate) use crate::count_words::parse_number;
use crate::count_words::{PEOPLE, VAGUE};
use crate::lexicon::nationalities;
use crate::model::{Count, CountModality, CountSubject};
use crate::text::{Doc, TokenKind};

/// A people noun, or a plural nationality ("Americans", "venezolanos").
fn is_people(w: &str) -> bool {
    PEOPLE.contains(&w) || (w.ends_with('s') && !nationalities(w).is_empty())
}

/// What a count is of, from the words after the number and the sentence's triggers.
fn what(doc: &Doc<'_>, after: usize, to: usize, release: bool, arrest: bool) -> &'static str {
    let window: Vec<&str> = (after..to.min(after + 5)).map(|k| doc.f(k)).collect();
    if window
        .iter()
        .any(|w| matches!(*w, "political" | "politicos" | "politicas"))
    {
        "political_prisoners"
    } else if window.iter().any(|w| {
        w.starts_with("excarcel")
            || w.starts_with("libera")
            || matches!(*w, "released" | "freed" | "releases")
    }) || release
    {
        "released"
    } else if window.iter().any(|w| {
        w.starts_with("deten") || w.starts_with("arrest") || matches!(*w, "detained" | "jailed")
    }) || arrest
    {
        "detained"
    } else {
        "persons"
    }
}

/// Context a count needs from the rest of the pipeline.
#[derive(Debug, Clone, Default)]
pub struct CountContext {
    /// Organisations and people named in the sentence: (token index, name).
    pub sources: Vec<(usize, String)>,
    /// The sentence's date, if any.
    pub as_of: Option<String>,
    /// The sentence reports a release.
    pub release: bool,
    /// The sentence reports an arrest or detention.
    pub arrest: bool,
    /// The sentence has any custody trigger (needed for vague quantities).
    pub any_trigger: bool,
    /// How the sentence states its release or arrest: reported, announced or future.
    pub modality: CountModality,
    /// First tokens of the sentence's releases ("la excarcelación de 12 presos políticos":
    /// the 12 were released, whatever else they are).
    pub release_at: Vec<usize>,
}

impl CountContext {
    /// A count of `what` as the sentence states it: future releases are `to_be_released`.
    pub(crate) fn count(&self, what: &'static str, excerpt: &str) -> Count {
        let future =
            self.modality == CountModality::Future && matches!(what, "released" | "persons");
        let what = if future { "to_be_released" } else { what };
        Count {
            what: what.to_string(),
            subject: match what {
                "political_prisoners" => CountSubject::Held,
                "released" | "to_be_released" => CountSubject::Released,
                "detained" if self.arrest => CountSubject::Arrested,
                "detained" => CountSubject::Held,
                _ => CountSubject::Other,
            },
            modality: self.modality,
            number: None,
            vague_quantity: None,
            as_of: self.as_of.clone(),
            period: None,
            according_to: None,
            breakdown: None,
            excerpt: excerpt.to_string(),
            start: 0,
            end: 0,
        }
    }
}

pub(crate) fn according_to(
    doc: &Doc<'_>,
    first: usize,
    at: usize,
    ctx: &CountContext,
) -> Option<String> {
    // "according to X" / "según X" wins; then the nearest named source before the number; then after.
    for k in first..ctx.sources.iter().map(|s| s.0).max().unwrap_or(first) {
        if (doc.matches_at(k, "according to") || doc.f(k) == "segun")
            && let Some((_, name)) = ctx.sources.iter().find(|(i, _)| *i > k)
        {
            return Some(name.clone());
        }
    }
    if let Some((_, name)) = ctx.sources.iter().rev().find(|(i, _)| *i < at) {
        return Some(name.clone());
    }
    if let Some((_, name)) = ctx.sources.first() {
        return Some(name.clone());
    }
    (first..at)
        .find(|&k| matches!(doc.f(k), "government" | "gobierno"))
        .map(|_| "government".to_string())
}

/// Counts in tokens `first..last` of a sentence.
pub fn in_sentence(doc: &Doc<'_>, first: usize, last: usize, ctx: &CountContext) -> Vec<Count> {
    let mut out = Vec::new();
    let (s_start, s_end) = (
        doc.tokens.get(first).map_or(0, |t| t.start),
        doc.tokens.get(last.saturating_sub(1)).map_or(0, |t| t.end),
    );
    let excerpt = doc.text.get(s_start..s_end).unwrap_or("").to_string();
    let mut i = first;
    while i < last {
        // (The phrase is found first; its words are counted only then.)
        if let Some(words) = VAGUE
            .iter()
            .find(|v| v.starts_with(doc.f(i)) && doc.matches_at_skipping_quotes(i, v))
        {
            let end = doc.skip_quotes_words(i, words.split(' ').count());
            let of = if matches!(doc.f(end), "of" | "de") {
                end + 1
            } else {
                end
            };
            let noun = (of..last.min(of + 3)).find(|&k| is_people(doc.f(k)));
            // Weak quantifiers ("many", "varios") count only next to a custody event; "how many" asks.
            let weak = matches!(
                *words,
                "many" | "muchos" | "several" | "varios" | "varias" | "a few" | "a number of"
            );
            let question = matches!(doc.f(i.wrapping_sub(1)), "how" | "cuantos" | "cuantas");
            // "Hundreds remain behind bars", "Decenas siguen presos": a strong quantity as the
            // subject of a custody state counts the people without naming them.
            let noun = noun.or_else(|| {
                (!weak
                    && end == of
                    && matches!(
                        doc.f(end),
                        "remain"
                            | "remained"
                            | "are"
                            | "were"
                            | "siguen"
                            | "permanecen"
                            | "continuan"
                    ))
                .then(|| end - 1)
            });
            if let (Some(noun), true) = (noun, (ctx.any_trigger || !weak) && !question) {
                let mut stop = noun + 1;
                if matches!(doc.f(stop), "and" | "y")
                    && doc
                        .tokens
                        .get(stop + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word)
                {
                    stop += 2;
                }
                let text = doc
                    .text
                    .get(doc.tokens[i].start..doc.tokens[stop - 1].end)
                    .unwrap_or("");
                let cleaned: String = text
                    .chars()
                    .filter(|c| !matches!(c, '"' | '“' | '”' | '«' | '»'))
                    .collect();
                out.push(Count {
                    vague_quantity: Some(cleaned),
                    according_to: according_to(doc, first, i, ctx),
                    ..ctx.count(what(doc, of, last, ctx.release, ctx.arrest), &excerpt)
                });
                i = stop;
                continue;
            }
        }
        // "between 600 and 900 people", "entre 600 y 900 personas": a range is a vague quantity.
        if matches!(doc.f(i), "between" | "entre")
            && parse_number(doc, i + 1).is_some()
            && matches!(doc.f(i + 2), "and" | "y")
            && parse_number(doc, i + 3).is_some()
            && let Some(noun) = (i + 4..last.min(i + 7)).find(|&k| is_people(doc.f(k)))
        {
            let text = doc
                .text
                .get(doc.tokens[i].start..doc.tokens[noun].end)
                .unwrap_or("")
                .to_string();
            out.push(Count {
                vague_quantity: Some(text),
                according_to: according_to(doc, first, i, ctx),
                ..ctx.count(what(doc, noun, last, ctx.release, ctx.arrest), &excerpt)
            });
            i = noun + 1;
            continue;
        }
        if let Some(whole) = parse_number(doc, i) {
            // "Cuatro de los seis estudiantes detenidos … fueron liberados": the part is the
            // count of what happened, the whole only names the group.
            let part = (i >= 3
                && matches!(doc.f(i - 1), "los" | "las" | "the")
                && matches!(doc.f(i - 2), "de" | "of"))
            .then(|| parse_number(doc, i - 3))
            .flatten()
            .filter(|&p| p < whole);
            let n = part.unwrap_or(whole);
            // Skip "más de", "at least" qualifiers: they stay in the excerpt.
            let mut k = i + 1;
            let mut nationality = None;
            while k < last && k < i + 4 && !is_people(doc.f(k)) {
                let w = doc.f(k);
                if let Some(code) = nationalities(w).first() {
                    nationality = Some(code.to_string());
                }
                // Only describers may stand between a number and its people: "five Spanish
                // citizens", "18 media workers"; not verbs ("tres días fueron excarceladas").
                let quote = matches!(doc.tokens[k].text, "'" | "‘" | "’" | "\"" | "“" | "”");
                let describer = quote
                    || !nationalities(w).is_empty()
                    || crate::lexicon::is_np_word(w)
                    || matches!(
                        w,
                        "media"
                            | "foreign"
                            | "political"
                            | "politicos"
                            | "more"
                            | "mas"
                            | "new"
                            | "nuevos"
                            | "nuevas"
                            | "other"
                            | "otros"
                            | "otras"
                            | "politically"
                            | "motivated"
                            | "arbitrary"
                    );
                if !describer {
                    break;
                }
                k += 1;
            }
            // "two students, Daniela Ferrer and Kevin Sojo": the number introduces names, it is
            // not a count; nor is a part of a group told before ("three of the women").
            let names_follow = matches!(doc.f(k + 1), "," | ":")
                && doc.tokens.get(k + 2).is_some_and(|t| t.capitalised)
                && doc.tokens.get(k + 3).is_some_and(|t| t.capitalised)
                && (crate::lexicon::is_given_name(doc.f(k + 2))
                    || matches!(doc.f(k + 4), "," | "and" | "y" | ";"));
            // "15 personas, entre ellas cuatro mujeres": a part of the count before, not a count.
            // ("642 presos políticos: 553 hombres y 89 mujeres": the parts of a total before a
            // colon.)
            let parts = (first..i).any(|p| {
                doc.f(p) == ":" && (first..p).any(|q| parse_number(doc, q).is_some_and(|t| t > n))
            });
            let breakdown = parts
                || (i.saturating_sub(6).max(first)..i).any(|p| {
                    matches!(doc.f(p), "including" | "incluidas" | "incluidos")
                        || (matches!(doc.f(p), "entre" | "among")
                            && matches!(doc.f(p + 1), "ellos" | "ellas" | "them" | "los" | "las"))
                });
            let partitive = breakdown
                || matches!(doc.f(i + 1), "of" | "de")
                    && matches!(
                        doc.f(i + 2),
                        "the" | "them" | "los" | "las" | "ellos" | "ellas"
                    );
            // The part goes into the total's breakdown ("hombres": "553").
            if parts
                && k < last
                && is_people(doc.f(k))
                && let Some(total) = out
                    .iter_mut()
                    .rev()
                    .find(|c| c.number.is_some_and(|t| t > n))
            {
                total
                    .breakdown
                    .get_or_insert_with(BTreeMap::new)
                    .insert(doc.f(k).to_string(), n.to_string());
            }
            // ("libera a 312 presos comunes": prisoners of ordinary crimes are no count here.)
            // ("detained on May 14 and released on May 16": the day of a date counts no one.)
            let day_of_month = n <= 31
                && (crate::dates::month(doc.f(i.wrapping_sub(1))).is_some()
                    || crate::dates::month(doc.f(i + 1)).is_some());
            let counted = is_people(doc.f(k))
                && !matches!(doc.f(k + 1), "comunes" | "common")
                && !day_of_month;
            if k < last
                && counted
                && !((1900..=2100).contains(&n) && k > i + 1)
                && !names_follow
                && !partitive
            {
                let period = (first..i)
                    .rev()
                    .find(|&p| matches!(doc.f(p), "during" | "durante"))
                    .map(|p| {
                        let end = (p + 1..last.min(p + 7))
                            .find(|&q| doc.tokens[q].kind == TokenKind::Punct)
                            .unwrap_or(last.min(p + 7));
                        doc.text
                            .get(doc.tokens[p + 1].start..doc.tokens[end - 1].end)
                            .unwrap_or("")
                            .to_string()
                    });
                let released = ctx
                    .release_at
                    .iter()
                    .any(|&t| (t < i && i - t <= 6) || (t > k && t <= k + 4));
                let kind = if released {
                    "released"
                } else {
                    what(doc, i + 1, last, ctx.release, ctx.arrest)
                };
                let base = ctx.count(kind, &excerpt);
                out.push(Count {
                    number: Some(n),
                    as_of: if period.is_some() {
                        None
                    } else {
                        base.as_of.clone()
                    },
                    period,
                    according_to: according_to(doc, first, i, ctx),
                    breakdown: nationality
                        .map(|c| BTreeMap::from([("nationality".to_string(), c)])),
                    ..base
                });
                i = k + 1;
                continue;
            }
        }
        i += 1;
    }
    for c in crate::count_totals::totals(doc, first, last, ctx, &excerpt) {
        if !out.iter().any(|o| o.number == c.number) {
            out.push(c);
        }
    }
    // Byte offsets of the sentence in the parsed body (the caller makes them characters).
    for c in &mut out {
        c.start = s_start;
        c.end = s_end;
    }
    out
}
