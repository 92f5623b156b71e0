//! The rejected rows of an import as a CSV file a documenter corrects and imports again:
//! line, column, value, name, reason. The web offers it as a download; cells a spreadsheet
//! would run as formulas are written as text.

use super::ImportSummary;
use crate::{AppError, AppResult};

impl ImportSummary {
    /// The rejected rows as CSV, with a header row.
    pub fn rejects_csv(&self) -> AppResult<String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        let bad =
            |e: csv::Error| AppError::Invalid(format!("the rejects could not be written: {e}"));
        w.write_record(["line", "column", "value", "name", "reason"])
            .map_err(bad)?;
        for r in &self.rejects {
            let cells = [
                r.line.to_string(),
                r.column.clone().unwrap_or_default(),
                r.value.clone().unwrap_or_default(),
                r.name.clone().unwrap_or_default(),
                r.reason.clone(),
            ];
            w.write_record(
                cells
                    .iter()
                    .map(|c| amparo_report::render::csv_safe(c).into_owned()),
            )
            .map_err(bad)?;
        }
        let bytes = w
            .into_inner()
            .map_err(|e| AppError::Invalid(format!("the rejects could not be written: {e}")))?;
        String::from_utf8(bytes).map_err(|_| AppError::Invalid("the rejects are not UTF-8".into()))
    }
}
