//! The counts as rows of words for the figures page: a tally in both scopes, a breakdown
//! by country, facility or state, a period's movements, and claims in sentences.

use amparo_i18n::{Args, Lang, number, t};
use amparo_report::balance::{AT_HOME, UNKNOWN_PLACE};
use amparo_report::{ClaimsReport, PeriodReport, Tally};
use std::collections::BTreeSet;

/// A row: a label and the figure in each scope.
pub struct Row {
    pub label: String,
    pub a: String,
    pub b: String,
}

/// One figure of a tally.
type Figure = fn(&Tally) -> u64;

pub fn tally_rows(lang: Lang, a: &Tally, b: &Tally) -> Vec<Row> {
    let n = |v: u64| number(lang, v as i64);
    let fields: [(&str, Figure); 12] = [
        ("figures-total", |t| t.total),
        ("figures-men", |t| t.men),
        ("figures-women", |t| t.women),
        ("figures-civilians", |t| t.civilians),
        ("figures-military", |t| t.military),
        ("figures-adults", |t| t.adults),
        ("figures-minors", |t| t.minors),
        ("figures-foreign", |t| t.foreign),
        ("figures-whereabouts-unknown", |t| t.whereabouts_unknown),
        ("figures-over-one-year", |t| t.held_over_one_year),
        ("figures-convicted", |t| t.convicted),
        ("figures-unconvicted", |t| t.unconvicted),
    ];
    fields
        .iter()
        .map(|(key, get)| Row {
            label: t(lang, key, &Args::new()),
            a: n(get(a)),
            b: n(get(b)),
        })
        .collect()
}

pub fn map_rows(
    lang: Lang,
    a: &std::collections::BTreeMap<String, u64>,
    b: &std::collections::BTreeMap<String, u64>,
) -> Vec<Row> {
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    keys.into_iter()
        .map(|k| Row {
            label: match k.as_str() {
                UNKNOWN_PLACE => t(lang, "figures-unknown-place", &Args::new()),
                AT_HOME => t(lang, "figures-at-home", &Args::new()),
                other => other.to_owned(),
            },
            a: number(lang, a.get(k).copied().unwrap_or(0) as i64),
            b: number(lang, b.get(k).copied().unwrap_or(0) as i64),
        })
        .collect()
}

pub fn period_rows(lang: Lang, p: &PeriodReport) -> Vec<Row> {
    let n = |v: u64| number(lang, v as i64);
    let r = &p.flows.releases;
    let one = |key: &str, v: String| Row {
        label: t(lang, key, &Args::new()),
        a: v,
        b: String::new(),
    };
    vec![
        one("figures-releases", n(r.total)),
        one("figures-releases-full", n(r.full)),
        one("figures-releases-measures", n(r.with_measures)),
        one("figures-releases-house", n(r.house_arrest)),
        one("figures-releases-exile", n(r.exile)),
        one("figures-arrests", n(p.flows.arrests)),
        one("figures-rearrests", n(p.flows.rearrests)),
        one("figures-net-change", number(lang, p.net_change_in_prison)),
        one(
            "figures-revolving-door",
            p.revolving_door
                .map(|r| format!("{r:.2}"))
                .unwrap_or_else(|| t(lang, "figures-revolving-none", &Args::new())),
        ),
        one("figures-observed", n(p.observed.releases.total)),
    ]
}

pub fn claim_lines(lang: Lang, c: &ClaimsReport) -> (Vec<String>, Vec<String>) {
    let quantity = amparo_report::claims::quantity_text;
    let announcements = c
        .announcements
        .iter()
        .map(|a| {
            let head = t(
                lang,
                "figures-announcement",
                &Args::new()
                    .text("by", a.announced_by.clone())
                    .text("date", crate::words::date_text(lang, &a.date))
                    .text("promised", quantity(&a.promised)),
            );
            let check = t(
                lang,
                "figures-announcement-check",
                &Args::new()
                    .text("recorded", number(lang, a.releases_recorded as i64))
                    .text("verified", number(lang, a.releases_verified as i64)),
            );
            format!("{head}. {check}")
        })
        .collect();
    let claims = c
        .claims
        .iter()
        .map(|k| {
            let head = t(
                lang,
                "figures-claim",
                &Args::new()
                    .text("by", k.according_to.clone())
                    .text("claimed", quantity(&k.claimed)),
            );
            match k.registry {
                Some(r) => format!(
                    "{head}. {}",
                    t(
                        lang,
                        "figures-claim-registry",
                        &Args::new().text("registry", number(lang, r as i64))
                    )
                ),
                None => head,
            }
        })
        .collect();
    (announcements, claims)
}
