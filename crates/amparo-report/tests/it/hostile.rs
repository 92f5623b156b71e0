//! Issue 14: names, facility names, claim sources and vague quantities come from outside.
//! No export may run them: CSV cells never start a formula, Markdown and HTML show markup
//! as text, terminal text carries no escape sequences.

use super::scenario::{Builder, arrest, day, release};
use amparo_domain::{
    AggregateClaim, Announcement, ClaimId, ClaimSubject, Facility, PartialDate, PersonRole,
    Quantity, ReleaseKind, Sex, SourceId,
};
use amparo_report::{
    Every, Filter, Format, Registry, Report, balance, claims, period, render, series,
};

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "<img src=x onerror=alert(1)>";
const FORMULA: &str = "=2+3+cmd|' /C calc'!A0";

fn hostile_registry() -> Registry {
    let mut b = Builder::new();
    let who = b.person(
        SCRIPT,
        Sex::Female,
        "1950",
        &["VE"],
        &[PersonRole::Journalist],
    );
    b.fact(who, "2023-01-05", arrest(FORMULA));
    let other = b.person(
        &format!("{IMG} \u{1b}[2J [x](javascript:alert(1))"),
        Sex::Male,
        "1980",
        &["VE"],
        &[PersonRole::Lawyer],
    );
    b.fact(other, "2025-01-05", arrest("@SUM(1+1)"));
    b.fact(other, "2026-01-10", release(ReleaseKind::Full, vec![]));
    let source = SourceId::generate();
    let mut place = Facility::new(FORMULA).unwrap();
    place.state = Some(format!("-1+{SCRIPT}"));
    let announcement = Announcement {
        id: ClaimId::generate(),
        source,
        announced_by: format!("+{IMG}"),
        date: PartialDate::parse("2026-01-08").unwrap(),
        quantity: Quantity::Vague(format!("=1+1 {SCRIPT}")),
        description: None,
        retracted: None,
    };
    let claim = AggregateClaim {
        id: ClaimId::generate(),
        source,
        according_to: FORMULA.to_owned(),
        subject: ClaimSubject::Held,
        quantity: Quantity::Vague(format!("-5 {IMG}")),
        as_of: Some(PartialDate::parse("2026-01-31").unwrap()),
        period: None,
        retracted: None,
    };
    Registry::from_facts(
        b.persons.clone(),
        &b.facts,
        &[],
        vec![place],
        vec![announcement],
        vec![claim],
    )
}

fn reports() -> Vec<Report> {
    let reg = hostile_registry();
    let f = Filter::default();
    vec![
        Report::Balance(balance(&reg, &f, day("2026-01-09"))),
        Report::Period(period(&reg, &f, day("2026-01-01"), day("2026-01-31")).unwrap()),
        Report::Series(
            series(&reg, &f, day("2026-01-01"), day("2026-01-31"), Every::Week).unwrap(),
        ),
        Report::Claims(claims(&reg, &f, day("2026-01-31"))),
    ]
}

#[test]
fn issue_14_no_csv_cell_starts_a_formula() {
    for report in reports() {
        let csv = render(&report, Format::Csv).unwrap();
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(csv.as_bytes());
        for record in r.records() {
            for cell in record.unwrap().iter() {
                let number = cell.parse::<f64>().is_ok();
                let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
                assert!(number || !risky, "{} CSV cell {cell:?}", report.kind());
            }
        }
    }
    let claims_csv = render(&reports()[3], Format::Csv).unwrap();
    assert!(
        claims_csv.contains("'=2+3"),
        "the words are kept, neutralised"
    );
}

#[test]
fn issue_14_markdown_and_html_show_markup_as_text() {
    for report in reports() {
        for format in [Format::Markdown, Format::Html] {
            let out = render(&report, format).unwrap();
            for bad in ["<script", "<img", "\u{1b}"] {
                assert!(
                    !out.contains(bad),
                    "{} {format:?} has {bad:?}",
                    report.kind()
                );
            }
        }
    }
    let md = render(&reports()[0], Format::Markdown).unwrap();
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{md}");
    let md = render(&reports()[1], Format::Markdown).unwrap();
    assert!(
        !md.contains("[x](") && md.contains("\\[x\\](javascript:"),
        "no link can be smuggled in: {md}"
    );
    let html = render(&reports()[3], Format::Html).unwrap();
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn issue_14_terminal_text_carries_no_escape_sequences() {
    for report in reports() {
        let text = render(&report, Format::Text).unwrap();
        assert!(!text.contains('\u{1b}'), "{}", report.kind());
    }
    let text = render(&reports()[1], Format::Text).unwrap();
    assert!(
        text.contains("[x](javascript:alert(1))"),
        "shown as written"
    );
}
