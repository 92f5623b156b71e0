//! CSV: a series has one row per step (flows, then `observed_*`: changes lists report without
//! a date, never counted as flows); a balance one row per scope (breakdowns as
//! `country:CO`, `facility:NAME`, `state:NAME`, `custody:STATE` columns); a period one row;
//! claims one row per announcement or claim. Person listings are in the other formats.
//! Every cell and header goes through [`csv_safe`]: names of facilities, states and sources
//! come from outside and must never run as spreadsheet formulas.

use super::{Report, csv_safe};
use crate::claims::quantity_text;
use crate::error::ReportError;
use crate::flows::{Flows, Headcount};
use crate::{Balance, ClaimsReport, PeriodReport, Series, Tally};
use std::collections::BTreeSet;

type Rows = (Vec<String>, Vec<Vec<String>>);

pub(crate) fn render(report: &Report) -> Result<String, ReportError> {
    let (header, rows) = match report {
        Report::Balance(b) => balance(b),
        Report::Period(p) => period(p),
        Report::Series(s) => series(s),
        Report::Claims(c) => claims(c),
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header.iter().map(|c| csv_safe(c).into_owned()))?;
    for r in rows {
        w.write_record(r.iter().map(|c| csv_safe(c).into_owned()))?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ReportError::CsvText(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ReportError::CsvText(e.to_string()))
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

const TALLY: [&str; 19] = [
    "total",
    "men",
    "women",
    "sex_other",
    "sex_unknown",
    "civilians",
    "military",
    "adults",
    "minors",
    "age_unknown",
    "foreign",
    "dual_nationals",
    "whereabouts_unknown",
    "held_over_one_year",
    "held_since_unknown",
    "convicted",
    "unconvicted",
    "pretrial_over_two_years",
    "over_seventy",
];

fn tally_values(t: &Tally) -> Vec<u64> {
    vec![
        t.total,
        t.men,
        t.women,
        t.sex_other,
        t.sex_unknown,
        t.civilians,
        t.military,
        t.adults,
        t.minors,
        t.age_unknown,
        t.foreign,
        t.dual_nationals,
        t.whereabouts_unknown,
        t.held_over_one_year,
        t.held_since_unknown,
        t.convicted,
        t.unconvicted,
        t.pretrial_over_two_years.len() as u64,
        t.over_seventy.len() as u64,
    ]
}

fn balance(b: &Balance) -> Rows {
    let tallies = [&b.in_prison, &b.deprived_of_liberty];
    type Map = fn(&Tally) -> &std::collections::BTreeMap<String, u64>;
    let maps: [(&str, Map); 4] = [
        ("custody", |t| &t.by_custody_state),
        ("country", |t| &t.by_country),
        ("facility", |t| &t.by_facility),
        ("state", |t| &t.by_state),
    ];
    let mut header = strings(&["as_of", "scope"]);
    header.extend(strings(&TALLY));
    let mut keys = Vec::new();
    for (prefix, get) in maps {
        let union: BTreeSet<&String> = tallies.iter().flat_map(|t| get(t).keys()).collect();
        for k in union {
            header.push(format!("{prefix}:{k}"));
            keys.push((get, k));
        }
    }
    let rows = tallies
        .iter()
        .map(|t| {
            let mut row = vec![b.as_of.to_string(), t.scope.as_str().to_owned()];
            row.extend(tally_values(t).iter().map(u64::to_string));
            row.extend(
                keys.iter()
                    .map(|(get, k)| get(t).get(*k).copied().unwrap_or(0).to_string()),
            );
            row
        })
        .collect();
    (header, rows)
}

const FLOWS: [&str; 11] = [
    "releases",
    "released_fully",
    "released_with_measures",
    "released_to_house_arrest",
    "released_into_exile",
    "arrests",
    "rearrests",
    "house_arrest_lifted",
    "disappearances",
    "deaths_in_custody",
    "revolving_door",
];

fn flow_values(f: &Flows) -> Vec<String> {
    let r = &f.releases;
    let mut v: Vec<String> = [
        r.total,
        r.full,
        r.with_measures,
        r.house_arrest,
        r.exile,
        f.arrests,
        f.rearrests,
        f.house_arrest_lifted,
        f.disappearances,
        f.deaths_in_custody,
    ]
    .iter()
    .map(u64::to_string)
    .collect();
    v.push(
        f.revolving_door()
            .map_or(String::new(), |x| format!("{x:.4}")),
    );
    v
}

const HEADCOUNT: [&str; 7] = [
    "",
    "_men",
    "_women",
    "_military",
    "_minors",
    "_foreign",
    "_whereabouts_unknown",
];

fn headcount_values(h: &Headcount) -> Vec<String> {
    [
        h.total,
        h.men,
        h.women,
        h.military,
        h.minors,
        h.foreign,
        h.whereabouts_unknown,
    ]
    .iter()
    .map(u64::to_string)
    .collect()
}

/// The columns of changes known only from lists (date unknown): the flow columns, but the
/// ratio, prefixed `observed_`.
fn observed_header() -> Vec<String> {
    FLOWS[..FLOWS.len() - 1]
        .iter()
        .map(|f| format!("observed_{f}"))
        .collect()
}

fn observed_values(f: &Flows) -> Vec<String> {
    let mut v = flow_values(f);
    v.pop();
    v
}

fn series(s: &Series) -> Rows {
    let mut header = strings(&["start", "end"]);
    for scope in ["in_prison", "deprived_of_liberty"] {
        header.extend(HEADCOUNT.iter().map(|suffix| format!("{scope}{suffix}")));
    }
    header.extend(strings(&FLOWS));
    header.extend(observed_header());
    let rows = s
        .steps
        .iter()
        .map(|step| {
            let mut row = vec![step.start.to_string(), step.end.to_string()];
            row.extend(headcount_values(&step.held.in_prison));
            row.extend(headcount_values(&step.held.deprived_of_liberty));
            row.extend(flow_values(&step.flows));
            row.extend(observed_values(&step.observed));
            row
        })
        .collect();
    (header, rows)
}

fn period(p: &PeriodReport) -> Rows {
    let mut header = strings(&["from", "to"]);
    header.extend(strings(&FLOWS));
    header.extend(strings(&[
        "in_prison_day_before",
        "in_prison_at_end",
        "net_change_in_prison",
        "deprived_of_liberty_day_before",
        "deprived_of_liberty_at_end",
        "net_change_deprived_of_liberty",
        "high_profile_movements",
    ]));
    header.extend(observed_header());
    let mut row = vec![p.from.to_string(), p.to.to_string()];
    row.extend(flow_values(&p.flows));
    row.extend([
        p.held_before.in_prison.total.to_string(),
        p.held_after.in_prison.total.to_string(),
        p.net_change_in_prison.to_string(),
        p.held_before.deprived_of_liberty.total.to_string(),
        p.held_after.deprived_of_liberty.total.to_string(),
        p.net_change_deprived_of_liberty.to_string(),
        p.high_profile.len().to_string(),
    ]);
    row.extend(observed_values(&p.observed));
    (header, vec![row])
}

fn claims(c: &ClaimsReport) -> Rows {
    let header = strings(&[
        "type",
        "id",
        "according_to",
        "date",
        "subject",
        "claimed",
        "compared",
        "registry",
        "registry_deprived_of_liberty",
        "registry_verified",
        "gap",
    ]);
    let opt = |n: Option<u64>| n.map_or(String::new(), |n| n.to_string());
    let gap = |n: Option<i64>| n.map_or(String::new(), |n| n.to_string());
    let mut rows: Vec<Vec<String>> = c
        .announcements
        .iter()
        .map(|a| {
            vec![
                "announcement".to_owned(),
                a.id.to_string(),
                a.announced_by.clone(),
                a.date.to_string(),
                "released".to_owned(),
                quantity_text(&a.promised),
                format!("released from {} to {}", a.from, a.to),
                a.releases_recorded.to_string(),
                String::new(),
                a.releases_verified.to_string(),
                gap(a.promised_minus_verified.map(|g| -g)),
            ]
        })
        .collect();
    rows.extend(c.claims.iter().map(|k| {
        vec![
            "claim".to_owned(),
            k.id.to_string(),
            k.according_to.clone(),
            k.as_of
                .map(|d| d.to_string())
                .or_else(|| k.period.map(|(a, b)| format!("{a}/{b}")))
                .unwrap_or_default(),
            k.subject.to_string(),
            quantity_text(&k.claimed),
            k.compared.clone(),
            opt(k.registry),
            opt(k.registry_deprived_of_liberty),
            String::new(),
            gap(k.gap),
        ]
    }));
    (header, rows)
}
