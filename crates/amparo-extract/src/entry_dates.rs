//! The date that opens a timeline's entry on its line ("12 de febrero de 2025 — Funcionarios…",
//! "Marzo de 2022. El tribunal lo condena…"), and an entry's date printed without its year.

use crate::dates::PartialDate;
use crate::text::Doc;
use chrono::NaiveDate;

/// The date a line opens with, whether its year is printed, and whether it is a timeline's
/// entry, before its dash ("Jan. 15, 2025 — Police raid…", "12/01/2025 — Araujo aterriza…",
/// "Feb. 4 — …": the day of what the entry tells).
pub(crate) fn line_date(
    doc: &Doc<'_>,
    from: usize,
    to: usize,
    published: Option<NaiveDate>,
) -> Option<(PartialDate, bool, bool)> {
    // ("• 14 de enero de 2023 — Audiencia de presentación.": past a bullet.)
    let from = from
        + usize::from(matches!(
            doc.tokens.get(from).map(|t| t.text),
            Some("•" | "·" | "▪")
        ));
    let d = crate::dates::find(doc, from, to.min(from + 8), published)
        .into_iter()
        .next()
        .filter(|d| d.first == from)?;
    let printed = (d.first..d.last).any(|k| {
        let t = doc.tokens[k].text.as_bytes();
        t.windows(4).any(|w| w.iter().all(u8::is_ascii_digit))
    });
    // ("11 de julio de 2021. Es detenido en San Antonio…", "Marzo de 2022. El tribunal lo
    // condena…": a timeline's entry whose date is a sentence of its own, the entry's prose after
    // it on the same line.)
    let stopped = doc.f(d.last) == "."
        && d.last + 1 == to
        && doc.tokens.get(to).is_some_and(|t| {
            t.capitalised && !doc.text[doc.tokens[d.last].end..t.start].contains('\n')
        });
    Some((
        d.date,
        printed,
        matches!(doc.f(d.last), "—" | "–" | "-") || stopped,
    ))
}

/// Date `d`, read without its year, in the year of `before` instead when there it falls on or
/// after `before` and not after the publication.
pub(crate) fn in_year_of(
    d: PartialDate,
    before: PartialDate,
    published: Option<NaiveDate>,
) -> PartialDate {
    use chrono::Datelike;
    let key = crate::day_ranges::start_key;
    let year = key(before).0;
    let moved = match d {
        PartialDate::Year(_) => None,
        PartialDate::Month(_, m) => Some(PartialDate::Month(year, m)),
        PartialDate::Day(x) => x.with_year(year).map(PartialDate::Day),
    };
    moved
        .filter(|m| key(*m) >= key(before))
        .filter(|m| published.is_none_or(|p| key(*m) <= key(PartialDate::Day(p))))
        .unwrap_or(d)
}

/// Whether the verb at token `i`, after `prev`, tells a timeline's entry in the present ("14
/// March 2022 — X, a municipal deputy, is detained at his flat"): the entry's past, no state.
pub(crate) fn told_in_present(doc: &Doc<'_>, i: usize, prev: &str) -> bool {
    // (Read for every trigger: the cheap test first.)
    if !matches!(prev, "is" | "are") {
        return false;
    }
    // (Or in a later sentence of the entry's line: "14 February 2024 – FSB officers search five
    // homes. Kurtumerov is detained together with A, B and C.")
    let si = doc.sentence_index(i);
    let opening = (0..=si.min(doc.sentences.len().saturating_sub(1)))
        .rev()
        .take(4)
        .find(|&j| doc.sentences[j].line_start);
    // (In a later sentence, not a state where or for how long: "X is detained in SIZO-1 pending
    // trial", "is detained for 15 days".)
    let later = opening.is_some_and(|j| doc.sentences[j].last <= i);
    let state = matches!(doc.f(i + 1), "in" | "at" | "for" | "pending" | "until");
    !(later && state)
        && opening.is_some_and(|j| {
            let s = &doc.sentences[j];
            line_date(doc, s.first, s.last, None).is_some_and(|(_, _, entry)| entry)
        })
}

/// Whether token `k` is "in" before a month or a year ("had been detained in September 2025",
/// "in 2024"), what tells when an arrest was made.
pub(crate) fn in_month_or_year(doc: &Doc<'_>, k: usize) -> bool {
    doc.f(k) == "in"
        && (crate::dates::month(doc.f(k + 1)).is_some()
            || (doc.is_number(k + 1) && doc.f(k + 1).len() == 4 && doc.f(k + 1).starts_with("20")))
}
