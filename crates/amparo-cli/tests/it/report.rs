//! Issue 5's acceptance scenario, built through the command line with known answers:
//! balances before, during and after a release wave, a period, claims, and a series.

use crate::support::Registry;
use serde_json::Value;

struct Scenario {
    r: Registry,
}

fn person(r: &Registry, name: &str, sex: &str, born: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "person",
        "add",
        "--name",
        name,
        "--sex",
        sex,
        "--birth-date",
        born,
    ];
    args.extend_from_slice(extra);
    r.create(&args)
}

fn fact(r: &Registry, p: &str, s: &str, kind: &str, date: &str, extra: &[&str]) {
    let mut args = vec![
        "fact",
        "add",
        "--person",
        p,
        "--source",
        s,
        "--kind",
        kind,
        "--date",
        date,
        "--excerpt",
        "invented",
    ];
    args.extend_from_slice(extra);
    r.create(&args);
}

fn scenario() -> Scenario {
    build(Registry::new())
}

fn build(r: Registry) -> Scenario {
    let s = r.create(&[
        "source",
        "add",
        "--kind",
        "ngo-list",
        "--publisher",
        "Observatorio Ficticio",
    ]);
    let ve = ["--nationality", "VE"];
    let ana = person(&r, "Ana Prieto", "female", "1980", &ve);
    fact(&r, &ana, &s, "arrest", "2024-01-10", &[]);
    fact(
        &r,
        &ana,
        &s,
        "transfer",
        "2024-01-15",
        &["--facility", "El Helicoide"],
    );
    fact(
        &r,
        &ana,
        &s,
        "release",
        "2026-01-09",
        &[
            "--release-kind",
            "conditional",
            "--measure",
            "reporting:15",
            "--measure",
            "travel-ban",
            "--verification",
            "verified",
        ],
    );
    let bruno = person(&r, "Bruno Salas", "male", "1975", &ve);
    fact(
        &r,
        &bruno,
        &s,
        "arrest",
        "2023-11-20",
        &["--facility", "Rodeo I"],
    );
    let carla = person(
        &r,
        "Carla Mejía",
        "female",
        "1990",
        &["--nationality", "CO"],
    );
    fact(&r, &carla, &s, "arrest", "2025-06-01", &[]);
    fact(
        &r,
        &carla,
        &s,
        "release",
        "2026-01-09",
        &["--release-kind", "full", "--verification", "verified"],
    );
    let diego = person(
        &r,
        "Diego Rangel",
        "male",
        "1985",
        &["--nationality", "VE", "--role", "military"],
    );
    fact(
        &r,
        &diego,
        &s,
        "arrest",
        "2025-03-01",
        &["--facility", "Ramo Verde"],
    );
    fact(
        &r,
        &diego,
        &s,
        "release",
        "2026-01-10",
        &["--release-kind", "house-arrest"],
    );
    let elena = person(&r, "Elena Suárez", "female", "2009", &ve);
    fact(&r, &elena, &s, "arrest", "2025-12-01", &[]);
    let fabio = person(
        &r,
        "Fabio Lozada",
        "male",
        "1970",
        &[
            "--nationality",
            "VE",
            "--nationality",
            "ES",
            "--role",
            "journalist",
        ],
    );
    fact(&r, &fabio, &s, "arrest", "2024-05-01", &[]);
    fact(
        &r,
        &fabio,
        &s,
        "release",
        "2026-01-10",
        &["--release-kind", "exile"],
    );
    let gustavo = person(&r, "Gustavo Ibarra", "male", "1960", &ve);
    fact(&r, &gustavo, &s, "arrest", "2024-02-01", &[]);
    fact(
        &r,
        &gustavo,
        &s,
        "release",
        "2025-06-01",
        &["--release-kind", "conditional", "--measure", "reporting:30"],
    );
    fact(&r, &gustavo, &s, "re-arrest", "2026-01-12", &[]);
    let hugo = person(&r, "Hugo Carvajal Ruiz", "male", "1950", &ve);
    fact(&r, &hugo, &s, "arrest", "2024-09-01", &[]);
    fact(&r, &hugo, &s, "death-in-custody", "2026-01-11", &[]);
    let iris = person(&r, "Iris Montes", "female", "1995", &ve);
    fact(&r, &iris, &s, "arrest", "2026-01-12", &[]);
    r.create(&[
        "claim",
        "announce",
        "--source",
        &s,
        "--by",
        "Asamblea Nacional",
        "--date",
        "2026-01-08",
        "--vague",
        "un número importante",
    ]);
    r.create(&[
        "claim",
        "add",
        "--source",
        &s,
        "--according-to",
        "Foro Ficticio",
        "--subject",
        "held",
        "--number",
        "10",
        "--as-of",
        "2025-12-29",
    ]);
    Scenario { r }
}

fn balance(r: &Registry, as_of: &str) -> Value {
    r.json(&["report", "balance", "--as-of", as_of])["data"].clone()
}

#[test]
fn issue_5_balance_period_and_claims_give_the_known_answers() {
    let Scenario { r } = scenario();

    let before = balance(&r, "2025-12-29");
    let prison = &before["in_prison"];
    assert_eq!(prison["total"], 7, "{before}");
    assert_eq!(
        (prison["men"].as_u64(), prison["women"].as_u64()),
        (Some(4), Some(3))
    );
    assert_eq!(prison["military"], 1);
    assert_eq!(prison["minors"], 1);
    assert_eq!(prison["foreign"], 2);
    assert_eq!(prison["dual_nationals"], 1);
    assert_eq!(prison["by_country"]["CO"], 1);
    assert_eq!(
        prison["pretrial_over_two_years"].as_array().unwrap().len(),
        1,
        "only Bruno: 25 months"
    );
    assert_eq!(prison["pretrial_over_two_years"][0]["name"], "Bruno Salas");
    assert_eq!(prison["over_seventy"][0]["name"], "Hugo Carvajal Ruiz");
    assert_eq!(prison["by_facility"]["Rodeo I"], 1);
    assert_eq!(before["deprived_of_liberty"]["total"], 7);

    let during = balance(&r, "2026-01-10");
    assert_eq!(
        during["in_prison"]["total"], 3,
        "Bruno, Elena, Hugo: {during}"
    );
    assert_eq!(
        during["deprived_of_liberty"]["total"], 4,
        "plus Diego under house arrest"
    );

    let after = balance(&r, "2026-01-31");
    assert_eq!(
        after["in_prison"]["total"], 4,
        "Bruno, Elena, Gustavo, Iris"
    );
    assert_eq!(
        after["deprived_of_liberty"]["total"], 5,
        "the house arrest counts as deprived of liberty only"
    );

    let period = r.json(&[
        "report",
        "period",
        "--from",
        "2026-01-08",
        "--to",
        "2026-01-15",
    ])["data"]
        .clone();
    let flows = &period["flows"];
    assert_eq!(flows["releases"]["total"], 4, "{period}");
    assert_eq!(flows["releases"]["full"], 1);
    assert_eq!(flows["releases"]["with_measures"], 1);
    assert_eq!(flows["releases"]["house_arrest"], 1);
    assert_eq!(flows["releases"]["exile"], 1);
    assert_eq!(flows["releases"]["by_measure"]["travel-ban"], 1);
    assert_eq!(flows["arrests"], 1);
    assert_eq!(flows["rearrests"], 1);
    assert_eq!(flows["deaths_in_custody"], 1);
    assert_eq!(period["revolving_door"], 0.5);
    assert_eq!(period["net_change_in_prison"], -3);
    assert_eq!(period["net_change_deprived_of_liberty"], -2);

    let claims = r.json(&["report", "claims", "--as-of", "2026-01-31"])["data"].clone();
    assert_eq!(claims["claims"][0]["registry"], 7, "{claims}");
    assert_eq!(claims["claims"][0]["gap"], -3);
    assert_eq!(
        claims["announcements"][0]["promised"]["vague"],
        "un número importante"
    );
    assert_eq!(claims["announcements"][0]["releases_recorded"], 4);
}

#[test]
fn issue_5_series_as_csv_has_a_row_per_step_and_svg_renders() {
    let Scenario { r } = scenario();
    let csv = r.ok(&[
        "report",
        "series",
        "--from",
        "2025-12-01",
        "--to",
        "2026-01-31",
        "--every",
        "week",
        "--format",
        "csv",
    ]);
    let rows = csv.trim().lines().count();
    assert_eq!(rows, 1 + 9, "a header and one row per week: {csv}");
    let svg = r.ok(&[
        "report",
        "series",
        "--from",
        "2025-12-01",
        "--to",
        "2026-01-31",
        "--every",
        "week",
        "--format",
        "svg",
    ]);
    assert!(
        svg.trim_start().starts_with("<svg") || svg.trim_start().starts_with("<?xml"),
        "{svg}"
    );
    assert!(svg.contains("<title"), "an accessible title");
    assert!(!svg.contains("<script"));
}

/// Drops what differs between two runs of the same scenario (generated ids).
fn without_ids(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .filter(|(k, _)| *k != "id")
                .map(|(k, v)| (k.clone(), without_ids(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(without_ids).collect()),
        other => other.clone(),
    }
}

#[test]
fn issue_5_sqlite_and_postgresql_give_the_same_answers() {
    let Some(pg) = Registry::postgres() else {
        return;
    };
    let Scenario { r: pg } = build(pg);
    let Scenario { r: lite } = scenario();
    for args in [
        vec!["report", "balance", "--as-of", "2025-12-29"],
        vec!["report", "balance", "--as-of", "2026-01-31"],
        vec![
            "report",
            "period",
            "--from",
            "2026-01-08",
            "--to",
            "2026-01-15",
        ],
        vec![
            "report",
            "series",
            "--from",
            "2025-12-01",
            "--to",
            "2026-01-31",
            "--every",
            "week",
        ],
        vec!["report", "claims", "--as-of", "2026-01-31"],
    ] {
        assert_eq!(
            without_ids(&lite.json(&args)),
            without_ids(&pg.json(&args)),
            "{args:?}"
        );
    }
}
