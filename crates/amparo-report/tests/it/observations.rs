//! Issue 10, "Observations are not events": a list's status cells without dates of their own
//! must not become releases and disappearances on the list's date. Periods and series count
//! them apart; balances count each person in the state the derivation gives.

use super::scenario::{Builder, arrest, day, release};
use amparo_domain::{
    CustodyState, FactKind, PersonRole, ReleaseKind, ReleaseMeasure, Sex, Verification,
    custody_status,
};
use amparo_report::{Every, Filter, Format, Registry, Report, balance, period, render, series};

fn excarcelado() -> FactKind {
    release(ReleaseKind::Conditional, vec![])
}

fn both_measures() -> Vec<ReleaseMeasure> {
    vec![
        ReleaseMeasure::Reporting { every_days: 30 },
        ReleaseMeasure::TravelBan,
    ]
}

/// A list published on 12 January 2026, over four invented persons: one whose verified
/// release of 8 January it repeats, one released at a date it does not give, one it lists
/// as disappeared, one it lists as detained and nobody recorded before.
fn after_the_list() -> Registry {
    let mut b = Builder::new();
    let known = b.person("Rosa Verificada", Sex::Female, "1980", &["VE"], &[]);
    b.fact(known, "2024-02-09", arrest("Rodeo I"));
    b.fact_at(
        known,
        "2026-01-08",
        release(ReleaseKind::Conditional, both_measures()),
        Verification::Verified,
    );
    b.observation(known, "2026-01-12", excarcelado());

    let out = b.person(
        "Tomás Listado",
        Sex::Male,
        "1975",
        &["VE"],
        &[PersonRole::Journalist],
    );
    b.fact(out, "2025-03-01", arrest("El Helicoide"));
    b.observation(out, "2026-01-12", excarcelado());

    let gone = b.person("Úrsula Sin Paradero", Sex::Female, "1990", &["VE"], &[]);
    b.fact(gone, "2025-05-01", arrest("Tocorón"));
    b.observation(gone, "2026-01-12", FactKind::WhereaboutsUnknown);

    let new = b.person("Víctor Nuevo", Sex::Male, "1985", &["VE"], &[]);
    b.observation(
        new,
        "2026-01-12",
        FactKind::Detention {
            facility: Some("Zona 7".into()),
        },
    );
    b.registry()
}

#[test]
fn issue_10_the_list_keeps_the_verified_release_and_its_measures() {
    let reg = after_the_list();
    let rosa = &reg.people()[0];
    let status = custody_status(&rosa.custody, day("2026-01-12"));
    assert_eq!(status.state, CustodyState::ReleasedWithMeasures);
    assert_eq!(
        status.since.map(|d| d.to_string()).as_deref(),
        Some("2026-01-08")
    );
    assert_eq!(status.measures, both_measures());
}

#[test]
fn issue_10_the_list_day_has_no_releases_nor_disappearances_as_flows() {
    let reg = after_the_list();
    let f = Filter::default();
    let p = period(&reg, &f, day("2026-01-12"), day("2026-01-12")).unwrap();
    assert_eq!(p.flows, amparo_report::Flows::default(), "{:?}", p.flows);
    assert_eq!(p.revolving_door, None);
    assert_eq!(
        p.observed.releases.total, 1,
        "Tomás, reported released by then"
    );
    assert_eq!(p.observed.releases.with_measures, 1);
    assert_eq!(p.observed.disappearances, 1, "Úrsula");
    assert_eq!(p.observed.arrests, 1, "Víctor, listed as detained");
    assert_eq!(
        p.released_state_at_end.len(),
        0,
        "no dated release in the period"
    );
    let hp: Vec<_> = p.high_profile.iter().map(|c| c.observed).collect();
    assert_eq!(hp, vec![true]);

    // The dated release of 8 January is a flow of its own day.
    let week = period(&reg, &f, day("2026-01-08"), day("2026-01-14")).unwrap();
    assert_eq!(week.flows.releases.total, 1);
    assert_eq!(week.observed.releases.total, 1);

    // The balance counts everyone as the derivation says: Úrsula and Víctor in prison.
    let bal = balance(&reg, &f, day("2026-01-12"));
    assert_eq!(bal.in_prison.total, 2);
    assert_eq!(bal.in_prison.whereabouts_unknown, 1);
    assert_eq!(
        bal.in_prison.held_since_unknown, 1,
        "Víctor: listed, never dated"
    );
    assert_eq!(p.held_after.in_prison.total, 2);
    assert_eq!(p.held_before.in_prison.total, 2, "Tomás and Úrsula");
    assert_eq!(p.net_change_in_prison, 0, "Tomás out, Víctor in");
}

#[test]
fn issue_10_series_and_every_rendering_show_the_observations_apart() {
    let reg = after_the_list();
    let f = Filter::default();
    let s = series(&reg, &f, day("2026-01-01"), day("2026-01-31"), Every::Week).unwrap();
    let flows: u64 = s.steps.iter().map(|st| st.flows.releases.total).sum();
    let observed: u64 = s.steps.iter().map(|st| st.observed.releases.total).sum();
    assert_eq!((flows, observed), (1, 1));
    assert_eq!(
        s.steps[1].observed.disappearances, 1,
        "the week of 8 to 14 January"
    );
    let p = period(&reg, &f, day("2026-01-12"), day("2026-01-12")).unwrap();
    for report in [Report::Period(p), Report::Series(s)] {
        for format in [Format::Text, Format::Markdown, Format::Html] {
            let out = render(&report, format).unwrap();
            assert!(
                out.contains("Reported by lists, date of the change unknown"),
                "{} {format:?}",
                report.kind()
            );
        }
        let json: serde_json::Value =
            serde_json::from_str(&render(&report, Format::Json).unwrap()).unwrap();
        let csv = render(&report, Format::Csv).unwrap();
        let mut r = csv::Reader::from_reader(csv.as_bytes());
        let headers = r.headers().unwrap().clone();
        let col = headers
            .iter()
            .position(|h| h == "observed_releases")
            .unwrap();
        let flows_col = headers.iter().position(|h| h == "releases").unwrap();
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        let sum = |c: usize| -> u64 { rows.iter().map(|row| row[c].parse::<u64>().unwrap()).sum() };
        match report {
            Report::Period(_) => {
                assert_eq!(json["data"]["observed"]["releases"]["total"], 1);
                assert_eq!(json["data"]["flows"]["releases"]["total"], 0);
                assert_eq!((sum(flows_col), sum(col)), (0, 1));
            }
            _ => {
                assert_eq!(json["data"]["steps"][1]["observed"]["disappearances"], 1);
                assert_eq!((sum(flows_col), sum(col)), (1, 1));
            }
        }
    }
}
