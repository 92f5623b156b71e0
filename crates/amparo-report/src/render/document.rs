//! Each report as titled tables, shared by the text, Markdown and HTML renderers; every
//! label in the reader's language (see [`super::words`]). The balance and the claims are
//! here; the reports of movements (period, series) in [`super::movements`].

use super::words::{self, counting, w};
use super::{Document, Report, Table, movements};
use crate::registry::PersonRef;
use crate::{Balance, ClaimsReport, Tally};
use amparo_i18n::{Args, Lang, t};
use std::collections::BTreeSet;

/// A figure of a tally, a breakdown of it, a listing of it, a scope of stocks.
type Figure = fn(&Tally) -> u64;
type Breakdown = fn(&Tally) -> &std::collections::BTreeMap<String, u64>;
type Listing = fn(&Tally) -> &Vec<PersonRef>;
/// How a breakdown's keys read: custody states in words, places and codes as they are.
type KeyWords = fn(Lang, &str) -> String;

pub(crate) fn of(report: &Report, lang: Lang) -> Document {
    match report {
        Report::Balance(b) => balance(b, lang),
        Report::Period(p) => movements::period(p, lang),
        Report::Series(s) => movements::series(s, lang),
        Report::Claims(c) => claims(c, lang),
    }
}

/// A table whose title and headers are catalogue keys.
pub(super) fn table(lang: Lang, title: &str, headers: &[&str]) -> Table {
    let headers: Vec<String> = headers.iter().map(|h| w(lang, h)).collect();
    let refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    Table::new(&w(lang, title), &refs)
}

pub(crate) fn balance(b: &Balance, lang: Lang) -> Document {
    let (p, d) = (&b.in_prison, &b.deprived_of_liberty);
    let scopes = ["report-col-in-prison", "report-col-deprived"];
    let mut held = table(
        lang,
        "report-held",
        &["report-col-figure", scopes[0], scopes[1]],
    );
    let figures: [(&str, Figure); 19] = [
        ("report-fig-total", |t| t.total),
        ("report-fig-men", |t| t.men),
        ("report-fig-women", |t| t.women),
        ("report-fig-sex-other", |t| t.sex_other),
        ("report-fig-sex-unknown", |t| t.sex_unknown),
        ("report-fig-civilians", |t| t.civilians),
        ("report-fig-military", |t| t.military),
        ("report-fig-adults", |t| t.adults),
        ("report-fig-minors", |t| t.minors),
        ("report-fig-age-unknown", |t| t.age_unknown),
        ("report-fig-foreign", |t| t.foreign),
        ("report-fig-dual", |t| t.dual_nationals),
        ("report-fig-whereabouts-unknown", |t| t.whereabouts_unknown),
        ("report-fig-over-one-year", |t| t.held_over_one_year),
        ("report-fig-since-unknown", |t| t.held_since_unknown),
        ("report-fig-convicted", |t| t.convicted),
        ("report-fig-unconvicted", |t| t.unconvicted),
        ("report-fig-pretrial", |t| {
            t.pretrial_over_two_years.len() as u64
        }),
        ("report-fig-over-seventy", |t| t.over_seventy.len() as u64),
    ];
    for (label, get) in figures {
        held.row(&[w(lang, label), get(p).to_string(), get(d).to_string()]);
    }
    let mut tables = vec![held];
    let as_is: KeyWords = |_, k| k.to_owned();
    let breakdowns: [(&str, &str, KeyWords, Breakdown); 4] = [
        (
            "report-by-custody-state",
            "report-col-custody-state",
            words::custody,
            |t| &t.by_custody_state,
        ),
        ("report-by-country", "report-col-country", as_is, |t| {
            &t.by_country
        }),
        ("report-by-facility", "report-col-facility", as_is, |t| {
            &t.by_facility
        }),
        ("report-by-state", "report-col-region", as_is, |t| {
            &t.by_state
        }),
    ];
    for (title, key, key_words, get) in breakdowns {
        let mut t = table(lang, title, &[key, scopes[0], scopes[1]]);
        let keys: BTreeSet<&String> = get(p).keys().chain(get(d).keys()).collect();
        for k in keys {
            let n = |t: &Tally| get(t).get(k).copied().unwrap_or(0).to_string();
            t.row(&[key_words(lang, k), n(p), n(d)]);
        }
        tables.push(t);
    }
    let flagged: [(&str, Listing); 2] = [
        ("report-pretrial-title", |t| &t.pretrial_over_two_years),
        ("report-over-seventy-title", |t| &t.over_seventy),
    ];
    for (title, get) in flagged {
        let headers = ["report-col-person-id", "report-col-name", scopes[0]];
        let mut t = table(lang, title, &headers);
        for who in get(d) {
            let inside = if get(p).contains(who) {
                "report-yes"
            } else {
                "report-no"
            };
            t.row(&[who.id.to_string(), who.label().to_owned(), w(lang, inside)]);
        }
        tables.push(t);
    }
    let pending = Args::new()
        .text("announced", b.release_announced.to_string())
        .text("disputed", b.with_conflicts.to_string());
    Document {
        lang,
        title: t(
            lang,
            "report-balance-title",
            &Args::new().text("date", b.as_of.to_string()),
        ),
        notes: vec![
            counting(lang, &b.filter),
            w(lang, "report-scopes"),
            t(lang, "report-balance-pending", &pending),
        ],
        tables,
    }
}

pub(crate) fn claims(c: &ClaimsReport, lang: Lang) -> Document {
    let mut a = table(
        lang,
        "report-announcements",
        &[
            "report-col-announced-by",
            "report-col-date",
            "report-col-promised",
            "report-col-since",
            "report-col-recorded",
            "report-col-verified",
            "report-col-unconfirmed",
            "report-col-promised-minus-verified",
        ],
    );
    for x in &c.announcements {
        let window = Args::new()
            .text("from", x.from.to_string())
            .text("to", x.to.to_string());
        a.row(&[
            x.announced_by.clone(),
            x.date.to_string(),
            words::quantity(lang, &x.promised),
            t(lang, "report-window", &window),
            x.releases_recorded.to_string(),
            x.releases_verified.to_string(),
            x.announced_not_confirmed.to_string(),
            x.promised_minus_verified
                .map_or("-".to_owned(), |g| g.to_string()),
        ]);
    }
    let mut k = table(
        lang,
        "report-claims",
        &[
            "report-col-according-to",
            "report-col-subject",
            "report-col-claimed",
            "report-col-compared",
            "report-col-registry",
            "report-col-with-house-arrest",
            "report-col-gap",
        ],
    );
    let opt = |n: Option<u64>| n.map_or("-".to_owned(), |n| n.to_string());
    for x in &c.claims {
        k.row(&[
            x.according_to.clone(),
            words::subject(lang, x.subject),
            words::quantity(lang, &x.claimed),
            words::compared(lang, x, c.as_of),
            opt(x.registry),
            opt(x.registry_deprived_of_liberty),
            x.gap.map_or("-".to_owned(), |g| format!("{g:+}")),
        ]);
    }
    Document {
        lang,
        title: t(
            lang,
            "report-claims-title",
            &Args::new().text("date", c.as_of.to_string()),
        ),
        notes: vec![counting(lang, &c.filter), w(lang, "report-claims-note")],
        tables: vec![a, k],
    }
}
