//! Each report as titled tables, shared by the text, Markdown and HTML renderers; every
//! label in the reader's language (see [`super::words`]).

use super::words::{self, counting, w};
use super::{Document, Report, Table};
use crate::flows::{Flows, Headcount, HighProfileChange};
use crate::registry::PersonRef;
use crate::{Balance, ClaimsReport, PeriodReport, Series, Tally};
use amparo_i18n::{Args, Lang, t};
use std::collections::BTreeSet;

/// A figure of a tally, a breakdown of it, a listing of it, a scope of stocks.
type Figure = fn(&Tally) -> u64;
type Breakdown = fn(&Tally) -> &std::collections::BTreeMap<String, u64>;
type Listing = fn(&Tally) -> &Vec<PersonRef>;
type InScope = fn(&crate::Stocks) -> &Headcount;
/// How a breakdown's keys read: custody states in words, places and codes as they are.
type KeyWords = fn(Lang, &str) -> String;

pub(crate) fn of(report: &Report, lang: Lang) -> Document {
    match report {
        Report::Balance(b) => balance(b, lang),
        Report::Period(p) => period(p, lang),
        Report::Series(s) => series(s, lang),
        Report::Claims(c) => claims(c, lang),
    }
}

/// A table whose title and headers are catalogue keys.
fn table(lang: Lang, title: &str, headers: &[&str]) -> Table {
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

fn flows_table(lang: Lang, title: &str, f: &Flows) -> Table {
    let mut out = Table::new(
        title,
        &[&w(lang, "report-col-figure"), &w(lang, "report-col-count")],
    );
    let r = &f.releases;
    let mut row = |label: String, n: u64| out.row(&[label, n.to_string()]);
    row(w(lang, "report-flow-releases"), r.total);
    row(format!("  {}", w(lang, "report-flow-full")), r.full);
    row(
        format!("  {}", w(lang, "report-flow-measures")),
        r.with_measures,
    );
    for (k, v) in &r.by_measure {
        let args = Args::new().text("measure", words::measure_kind(lang, k));
        row(format!("    {}", t(lang, "report-flow-measure", &args)), *v);
    }
    row(
        format!("  {}", w(lang, "report-flow-house-arrest")),
        r.house_arrest,
    );
    row(format!("  {}", w(lang, "report-flow-exile")), r.exile);
    row(w(lang, "report-flow-arrests"), f.arrests);
    row(w(lang, "report-flow-rearrests"), f.rearrests);
    row(
        w(lang, "report-flow-house-arrest-lifted"),
        f.house_arrest_lifted,
    );
    row(w(lang, "report-flow-disappearances"), f.disappearances);
    row(w(lang, "report-flow-deaths"), f.deaths_in_custody);
    out
}

fn high_profile_table(lang: Lang, changes: &[HighProfileChange]) -> Table {
    let mut out = table(
        lang,
        "report-high-profile",
        &[
            "report-col-date",
            "report-col-person-id",
            "report-col-name",
            "report-col-movement",
        ],
    );
    for c in changes {
        let movement = words::movement(lang, c.movement);
        let movement = if c.observed {
            let args = Args::new().text("movement", movement);
            t(lang, "report-movement-observed", &args)
        } else {
            movement
        };
        out.row(&[
            c.date.to_string(),
            c.person.id.to_string(),
            c.person.label().to_owned(),
            movement,
        ]);
    }
    out
}

fn ratio(lang: Lang, r: Option<f64>) -> String {
    r.map_or_else(|| w(lang, "report-not-available"), |r| format!("{r:.2}"))
}

pub(crate) fn period(p: &PeriodReport, lang: Lang) -> Document {
    let mut held = table(
        lang,
        "report-held",
        &[
            "report-col-scope",
            "report-col-day-before",
            "report-col-at-end",
            "report-col-net-change",
        ],
    );
    let rows: [(&str, InScope, i64); 2] = [
        (
            "report-col-in-prison",
            |s| &s.in_prison,
            p.net_change_in_prison,
        ),
        (
            "report-col-deprived",
            |s| &s.deprived_of_liberty,
            p.net_change_deprived_of_liberty,
        ),
    ];
    for (label, get, net) in rows {
        held.row(&[
            w(lang, label),
            get(&p.held_before).total.to_string(),
            get(&p.held_after).total.to_string(),
            format!("{net:+}"),
        ]);
    }
    let mut after = table(
        lang,
        "report-released-at-end",
        &["report-col-custody-state", "report-col-persons"],
    );
    for (k, v) in &p.released_state_at_end {
        after.row(&[words::custody(lang, k), v.to_string()]);
    }
    let dates = Args::new()
        .text("from", p.from.to_string())
        .text("to", p.to.to_string());
    let door = Args::new().text("ratio", ratio(lang, p.revolving_door));
    Document {
        lang,
        title: t(lang, "report-period-title", &dates),
        notes: vec![
            counting(lang, &p.filter),
            w(lang, "report-scopes"),
            t(lang, "report-revolving-door", &door),
            w(lang, "report-observed"),
        ],
        tables: vec![
            flows_table(lang, &w(lang, "report-movements"), &p.flows),
            flows_table(lang, &w(lang, "report-observed-title"), &p.observed),
            held,
            after,
            high_profile_table(lang, &p.high_profile),
        ],
    }
}

pub(crate) fn series(s: &Series, lang: Lang) -> Document {
    let mut steps = table(
        lang,
        "report-steps",
        &[
            "report-col-from",
            "report-col-to",
            "report-col-in-prison",
            "report-col-deprived-short",
            "report-col-releases",
            "report-col-full",
            "report-col-measures",
            "report-col-house-arrest",
            "report-col-exile",
            "report-col-arrests",
            "report-col-rearrests",
            "report-col-deaths",
        ],
    );
    for step in &s.steps {
        let (h, f) = (&step.held, &step.flows);
        steps.row(&[
            step.start.to_string(),
            step.end.to_string(),
            h.in_prison.total.to_string(),
            h.deprived_of_liberty.total.to_string(),
            f.releases.total.to_string(),
            f.releases.full.to_string(),
            f.releases.with_measures.to_string(),
            f.releases.house_arrest.to_string(),
            f.releases.exile.to_string(),
            f.arrests.to_string(),
            f.rearrests.to_string(),
            f.deaths_in_custody.to_string(),
        ]);
    }
    let mut observed = table(
        lang,
        "report-observed-title",
        &[
            "report-col-from",
            "report-col-to",
            "report-col-releases",
            "report-col-full",
            "report-col-measures",
            "report-col-house-arrest",
            "report-col-exile",
            "report-col-arrests",
            "report-col-rearrests",
            "report-col-disappearances",
            "report-col-deaths",
        ],
    );
    for step in s.steps.iter().filter(|st| st.observed != Flows::default()) {
        let o = &step.observed;
        observed.row(&[
            step.start.to_string(),
            step.end.to_string(),
            o.releases.total.to_string(),
            o.releases.full.to_string(),
            o.releases.with_measures.to_string(),
            o.releases.house_arrest.to_string(),
            o.releases.exile.to_string(),
            o.arrests.to_string(),
            o.rearrests.to_string(),
            o.disappearances.to_string(),
            o.deaths_in_custody.to_string(),
        ]);
    }
    let title = Args::new()
        .text("from", s.from.to_string())
        .text("to", s.to.to_string())
        .text("every", words::every(lang, s.every));
    let before = Args::new()
        .text("prison", s.before.in_prison.total.to_string())
        .text("deprived", s.before.deprived_of_liberty.total.to_string());
    Document {
        lang,
        title: t(lang, "report-series-title", &title),
        notes: vec![
            counting(lang, &s.filter),
            w(lang, "report-scopes"),
            w(lang, "report-series-held-note"),
            t(lang, "report-series-before", &before),
            w(lang, "report-observed"),
        ],
        tables: vec![steps, observed, high_profile_table(lang, &s.high_profile)],
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
