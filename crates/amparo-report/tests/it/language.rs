//! Reports speak the reader's language (issue 10): every label of the text, Markdown, HTML
//! and SVG renderings comes from the catalogue, while JSON and CSV, which programs read,
//! are the same in both languages.

use super::scenario::{day, scenario};
use amparo_i18n::Lang;
use amparo_report::{Every, Filter, Format, Report, balance, claims, period, render_in, series};

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

/// English labels that must not be left in a Spanish report.
const ENGLISH: [&str; 13] = [
    "in prison",
    "deprived of liberty",
    "Balance as of",
    "Counting",
    "Movements",
    "releases",
    "arrests",
    "(none)",
    "Held",
    "every week",
    "fully free",
    "according to",
    "unspecified",
];

#[test]
fn spanish_reports_have_no_english_labels() {
    for report in all_reports() {
        for format in [Format::Text, Format::Markdown, Format::Html] {
            let es = render_in(&report, format, Lang::Es).unwrap();
            let en = render_in(&report, format, Lang::En).unwrap();
            assert_ne!(es, en, "{} {format:?}", report.kind());
            for word in ENGLISH {
                assert!(
                    !es.contains(word),
                    "{word:?} left in the Spanish {} ({format:?}):\n{es}",
                    report.kind()
                );
            }
        }
    }
    let balance = render_in(&all_reports()[0], Format::Text, Lang::Es).unwrap();
    assert!(balance.contains("Balance al 2025-12-29"), "{balance}");
    assert!(balance.contains("privados de libertad"), "{balance}");
    assert!(
        balance
            .lines()
            .any(|l| l.trim_start().starts_with("total") && l.ends_with('9'))
    );
}

#[test]
fn the_html_page_and_the_chart_say_which_language_they_are_in() {
    let reports = all_reports();
    for (lang, code) in [(Lang::Es, "es"), (Lang::En, "en")] {
        let html = render_in(&reports[0], Format::Html, lang).unwrap();
        assert!(html.contains(&format!("<html lang=\"{code}\">")), "{html}");
    }
    let svg = render_in(&reports[2], Format::Svg, Lang::Es).unwrap();
    roxmltree::Document::parse(&svg).unwrap();
    assert!(svg.contains("Detención política") && svg.contains("en prisión"));
    assert!(svg.contains("cada semana") && !svg.contains("held in prison"));
}

#[test]
fn machine_formats_are_the_same_in_both_languages() {
    for report in all_reports() {
        for format in [Format::Json, Format::Csv] {
            assert_eq!(
                render_in(&report, format, Lang::Es).unwrap(),
                render_in(&report, format, Lang::En).unwrap(),
                "{} {format:?}",
                report.kind()
            );
        }
    }
}

#[test]
#[ignore = "writes the Spanish reports to /tmp for reading"]
fn write_the_spanish_reports() {
    for (i, r) in all_reports().iter().enumerate() {
        let text = render_in(r, Format::Text, Lang::Es).unwrap();
        std::fs::write(format!("/tmp/amparo-report-es-{i}.txt"), text).unwrap();
    }
}
