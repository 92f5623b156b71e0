//! Rendering: every format says the same figures; the SVG chart is well-formed, accessible
//! XML without scripts; the HTML page is self-contained.

use super::scenario::{day, scenario};
use amparo_report::{Every, Filter, Format, Report, balance, claims, period, render, series};

fn all_reports() -> Vec<Report> {
    let (b, _) = scenario();
    let reg = b.registry();
    let f = Filter::default();
    vec![
        Report::Balance(balance(&reg, &f, day("2025-12-29"))),
        Report::Period(period(&reg, &f, day("2026-01-08"), day("2026-01-15")).unwrap()),
        Report::Series(
            series(&reg, &f, day("2025-11-01"), day("2026-02-10"), Every::Week).unwrap(),
        ),
        Report::Claims(claims(&reg, &f, day("2026-01-31"))),
    ]
}

#[test]
fn the_series_chart_is_well_formed_accessible_svg() {
    let reports = all_reports();
    let svg = render(&reports[2], Format::Svg).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.attribute("role"), Some("img"));
    assert!(root.attribute("aria-label").is_some());
    let names: Vec<&str> = root
        .children()
        .filter(|n| n.is_element())
        .map(|n| n.tag_name().name())
        .collect();
    assert_eq!(&names[..2], ["title", "desc"]);
    assert!(!svg.contains("<script"));
    assert!(svg.contains("held in prison") && svg.contains("2025-11-07"));
    let lines = root
        .descendants()
        .filter(|n| n.has_tag_name("polyline"))
        .count();
    assert_eq!(lines, 2);
    if std::env::var_os("AMPARO_WRITE_CHART").is_some() {
        std::fs::write("/tmp/amparo-series.svg", &svg).unwrap();
        for (i, r) in reports.iter().enumerate() {
            let text = render(r, Format::Text).unwrap();
            std::fs::write(format!("/tmp/amparo-report-{i}.txt"), text).unwrap();
        }
    }
}

#[test]
fn charts_exist_for_series_only() {
    let reports = all_reports();
    assert!(render(&reports[0], Format::Svg).is_err());
}

#[test]
fn every_format_renders_every_report() {
    for report in all_reports() {
        for format in [
            Format::Text,
            Format::Json,
            Format::Csv,
            Format::Markdown,
            Format::Html,
        ] {
            let out = render(&report, format).unwrap();
            assert!(!out.is_empty());
        }
        let html = render(&report, Format::Html).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(!html.contains("<script"), "no JavaScript");
        let outside = html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assert!(
            !outside.contains("http://") && !outside.contains("https://"),
            "no external resources"
        );
        assert!(!html.contains("src="), "self-contained");
    }
}

#[test]
fn json_has_the_documented_envelope_and_the_figures() {
    let reports = all_reports();
    let json: serde_json::Value =
        serde_json::from_str(&render(&reports[0], Format::Json).unwrap()).unwrap();
    assert_eq!(json["report"], "balance");
    assert_eq!(json["data"]["as_of"], "2025-12-29");
    assert_eq!(json["data"]["in_prison"]["total"], 9);
    assert_eq!(json["data"]["in_prison"]["scope"], "in-prison");
    assert_eq!(
        json["data"]["deprived_of_liberty"]["by_facility"]["Rodeo I"],
        5
    );
    let back: Report = serde_json::from_value(json).unwrap();
    assert_eq!(back, reports[0]);
}

#[test]
fn csv_of_a_series_has_one_row_per_step() {
    let reports = all_reports();
    let csv = render(&reports[2], Format::Csv).unwrap();
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let headers = r.headers().unwrap().clone();
    assert_eq!(&headers[0], "start");
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 15);
    let col = headers.iter().position(|h| h == "releases").unwrap();
    let total: u64 = rows
        .iter()
        .map(|row| row[col].parse::<u64>().unwrap())
        .sum();
    assert_eq!(total, 4);
}

#[test]
fn text_and_markdown_show_the_balance_figures() {
    let reports = all_reports();
    let text = render(&reports[0], Format::Text).unwrap();
    assert!(text.contains("Balance as of 2025-12-29"));
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("total") && l.ends_with('9'))
    );
    let md = render(&reports[0], Format::Markdown).unwrap();
    assert!(md.contains("| total | 9 | 9 |"));
    let claims_text = render(&reports[3], Format::Text).unwrap();
    assert!(claims_text.contains("\"a significant number\""));
    assert!(claims_text.contains("-804"));
}
