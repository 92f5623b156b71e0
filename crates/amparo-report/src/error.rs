//! What can go wrong when asking for a report or rendering one.

use thiserror::Error;

/// A report that cannot be computed or rendered.
#[derive(Debug, Error)]
pub enum ReportError {
    /// The period or range ends before it starts.
    #[error("the range ends ({to}) before it starts ({from})")]
    EndsBeforeStart {
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    },
    /// A series would have more steps than a chart or table can show.
    #[error("the series would have {steps} steps; the most is {max}: choose a longer step")]
    TooManySteps { steps: usize, max: usize },
    /// The step is not one of day, week, month.
    #[error("unknown step {input:?}: expected day, week or month")]
    UnknownStep { input: String },
    /// The format is not one of text, json, csv, md, html, svg.
    #[error("unknown format {input:?}: expected text, json, csv, md, html or svg")]
    UnknownFormat { input: String },
    /// This report has no rendering in this format (charts exist for series only).
    #[error("the {report} report cannot be rendered as {format}")]
    Unsupported {
        report: &'static str,
        format: &'static str,
    },
    /// Serialising to JSON failed.
    #[error("could not write JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing CSV failed.
    #[error("could not write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// The CSV writer produced invalid text.
    #[error("could not write CSV: {0}")]
    CsvText(String),
}
