//! Rendering reports: readable terminal text, JSON, CSV, Markdown, a self-contained HTML page
//! and SVG charts of series, all written by hand here except JSON (serde) and CSV (csv).
//!
//! Text, Markdown and HTML share one intermediate form, a [`Document`] of titled tables, so
//! that the three always say the same thing.

mod csv_out;
mod document;
mod html;
mod movements;
mod svg;
mod text;
mod words;

use crate::error::ReportError;
use crate::{Balance, ClaimsReport, PeriodReport, Series};
use amparo_i18n::Lang;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

pub use svg::series_chart;

/// Any report, as the renderers take it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "report", content = "data", rename_all = "kebab-case")]
pub enum Report {
    Balance(Balance),
    Period(PeriodReport),
    Series(Series),
    Claims(ClaimsReport),
}

impl Report {
    /// The kind's name, as in the JSON `report` field.
    pub fn kind(&self) -> &'static str {
        match self {
            Report::Balance(_) => "balance",
            Report::Period(_) => "period",
            Report::Series(_) => "series",
            Report::Claims(_) => "claims",
        }
    }
}

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Aligned plain text for a terminal.
    Text,
    Json,
    /// A series has one row per step; other reports one row per figure.
    Csv,
    Markdown,
    /// A self-contained page: inline CSS, no JavaScript; series include their chart.
    Html,
    /// A chart; series only.
    Svg,
}

impl Format {
    /// Parses `text`, `json`, `csv`, `md` (or `markdown`), `html`, `svg`.
    pub fn parse(input: &str) -> Result<Format, ReportError> {
        Ok(match input.trim().to_ascii_lowercase().as_str() {
            "text" | "txt" => Format::Text,
            "json" => Format::Json,
            "csv" => Format::Csv,
            "md" | "markdown" => Format::Markdown,
            "html" => Format::Html,
            "svg" => Format::Svg,
            _ => {
                return Err(ReportError::UnknownFormat {
                    input: input.to_owned(),
                });
            }
        })
    }

    /// The stable text form.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Svg => "svg",
        }
    }
}

/// Renders a report in a format, its words in English: [`render_in`] with [`Lang::En`],
/// for callers that only want the machine formats (JSON, CSV), which no language changes.
pub fn render(report: &Report, format: Format) -> Result<String, ReportError> {
    render_in(report, format, Lang::En)
}

/// Renders a report in a format, for a reader of `lang`: titles, notes, labels, the chart
/// and the HTML page's `lang` come from the catalogue's `report` domain. JSON keys and CSV
/// headers stay as they are in every language, since programs read them (docs/json.md).
/// Fails only for a chart of a report that is not a series, or if serialisation fails.
pub fn render_in(report: &Report, format: Format, lang: Lang) -> Result<String, ReportError> {
    match format {
        Format::Json => Ok(serde_json::to_string_pretty(report)?),
        Format::Csv => csv_out::render(report),
        Format::Text => Ok(text::render(&document::of(report, lang))),
        Format::Markdown => Ok(text::markdown(&document::of(report, lang))),
        Format::Html => {
            let chart = match report {
                Report::Series(s) => Some(series_chart(s, lang)),
                _ => None,
            };
            Ok(html::render(&document::of(report, lang), chart.as_deref()))
        }
        Format::Svg => match report {
            Report::Series(s) => Ok(series_chart(s, lang)),
            other => Err(ReportError::Unsupported {
                report: other.kind(),
                format: "svg",
            }),
        },
    }
}

/// A titled report made of tables, in one language.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Document {
    pub lang: Lang,
    pub title: String,
    /// Lines under the title: what is counted, conventions.
    pub notes: Vec<String>,
    pub tables: Vec<Table>,
}

/// A table with a caption; the first column is a label, the others values.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Table {
    pub title: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(title: &str, headers: &[&str]) -> Table {
        Table {
            title: title.to_owned(),
            headers: headers.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row<S: ToString>(&mut self, cells: &[S]) {
        self.rows
            .push(cells.iter().map(ToString::to_string).collect());
    }
}

/// A CSV cell that a spreadsheet will show as text, never run as a formula: a cell that
/// begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (the
/// OWASP advice against CSV injection). Plain numbers ("-3", "0.5000") are left as they are
/// so that figures stay figures. Every CSV file amparo writes should pass its cells here.
pub fn csv_safe(cell: &str) -> Cow<'_, str> {
    let risky = cell
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    if risky && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// An optional sign, digits, and at most one decimal point between digits.
fn is_plain_number(s: &str) -> bool {
    let unsigned = s.strip_prefix(['-', '+']).unwrap_or(s);
    let mut parts = unsigned.splitn(2, '.');
    let digits =
        |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let whole = parts.next();
    match parts.next() {
        None => digits(whole),
        fraction => digits(whole) && digits(fraction),
    }
}

/// Escapes text for HTML and XML content and attributes.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_and_escaping_is_safe() {
        assert_eq!(Format::parse("MD").unwrap(), Format::Markdown);
        assert!(Format::parse("pdf").is_err());
        assert_eq!(
            escape("<b a=\"x\">&'\u{7}"),
            "&lt;b a=&quot;x&quot;&gt;&amp;&#39;"
        );
    }

    #[test]
    fn csv_cells_that_a_spreadsheet_would_run_are_neutralised() {
        // issue 14: `report claims --format csv` wrote =2+3... unneutralised.
        for hostile in ["=2+3", "+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "-", "+"] {
            assert_eq!(csv_safe(hostile), format!("'{hostile}"));
        }
        for plain in [
            "",
            "Rodeo I",
            "-3",
            "+3",
            "0.5000",
            "-804",
            "2026-01-08",
            "a=b",
        ] {
            assert_eq!(csv_safe(plain), plain, "{plain:?}");
        }
        assert!(matches!(csv_safe("-1.5.2"), Cow::Owned(_)));
        assert!(matches!(csv_safe("-.5"), Cow::Owned(_)));
    }
}
