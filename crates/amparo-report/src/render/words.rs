//! The words of a report in the reader's language, from the `report` domain of the shared
//! catalogue: labels, the filter, custody states, movements, steps, claim subjects.
//! Identifiers the catalogue does not know (a new state, a breakdown key) are shown as they
//! are rather than dropped.

use crate::claims::ClaimCheck;
use crate::{Every, Filter, Movement};
use amparo_domain::{ClaimSubject, Quantity};
use amparo_i18n::{Args, Lang, t, word};
use chrono::NaiveDate;

/// A label without arguments.
pub(crate) fn w(lang: Lang, key: &str) -> String {
    t(lang, key, &Args::new())
}

/// A custody state written as stored ("in-custody") in words.
pub(crate) fn custody(lang: Lang, state: &str) -> String {
    word(lang, "custody", state)
}

/// A release measure's kind ("travel-ban") in words.
pub(crate) fn measure_kind(lang: Lang, kind: &str) -> String {
    word(lang, "measure-kind", kind)
}

pub(crate) fn movement(lang: Lang, m: Movement) -> String {
    word(lang, "movement", m.as_str())
}

pub(crate) fn every(lang: Lang, e: Every) -> String {
    word(lang, "every", e.as_str())
}

pub(crate) fn subject(lang: Lang, s: ClaimSubject) -> String {
    word(lang, "subject", &s.to_string())
}

/// A claimed quantity: the number, the vague words quoted, or "unspecified".
pub(crate) fn quantity(lang: Lang, q: &Quantity) -> String {
    match q {
        Quantity::Unspecified => w(lang, "report-unspecified"),
        other => crate::claims::quantity_text(other),
    }
}

/// The filter in one line ("all facts and persons" when it counts everything).
pub(crate) fn filter(lang: Lang, f: &Filter) -> String {
    let mut parts = Vec::new();
    if let Some(v) = f.min_verification {
        let level = word(lang, "level", v.as_str());
        parts.push(t(
            lang,
            "report-filter-level",
            &Args::new().text("level", level),
        ));
    }
    if let Some(c) = f.nationality {
        let args = Args::new().text("code", c.as_str());
        parts.push(t(lang, "report-filter-nationality", &args));
    }
    if let Some(r) = f.role {
        let args = Args::new().text("role", word(lang, "role", r.as_str()));
        parts.push(t(lang, "report-filter-role", &args));
    }
    if let Some(name) = &f.facility {
        let args = Args::new().text("facility", name.as_str());
        parts.push(t(lang, "report-filter-facility", &args));
    }
    if let Some(name) = &f.state {
        let args = Args::new().text("state", name.as_str());
        parts.push(t(lang, "report-filter-state", &args));
    }
    if parts.is_empty() {
        w(lang, "report-filter-all")
    } else {
        parts.join(", ")
    }
}

/// "Counting: ...", the first note of every report.
pub(crate) fn counting(lang: Lang, f: &Filter) -> String {
    t(
        lang,
        "report-counting",
        &Args::new().text("filter", filter(lang, f)),
    )
}

/// What the registry counted for a claim, in words: the same cases as
/// [`crate::claims`]'s `check_claim`, which keeps an English `compared` in the data.
/// A claim that could not be compared for another reason (an error) keeps that text.
pub(crate) fn compared(lang: Lang, c: &ClaimCheck, report_as_of: NaiveDate) -> String {
    let stock = matches!(c.subject, ClaimSubject::Held | ClaimSubject::Disappeared);
    let subject = subject(lang, c.subject);
    match (c.registry, c.period) {
        (None, None) if !stock => w(lang, "report-not-compared"),
        (None, _) => c.compared.clone(),
        (Some(_), Some((first, last))) if !(stock && c.as_of.is_some()) => t(
            lang,
            "report-compared-period",
            &Args::new()
                .text("subject", subject)
                .text("from", first.first_day().to_string())
                .text("to", last.last_day().to_string()),
        ),
        (Some(_), _) => {
            let day = c.as_of.map_or(report_as_of, |d| d.last_day());
            t(
                lang,
                "report-compared-stock",
                &Args::new()
                    .text("subject", subject)
                    .text("date", day.to_string()),
            )
        }
    }
}
