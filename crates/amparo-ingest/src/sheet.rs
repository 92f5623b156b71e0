//! Workbooks (XLSX, XLS, XLSB, ODS) through `calamine`: the first sheet unless the mapping
//! names one. Line numbers are sheet row numbers as the spreadsheet shows them. Date cells
//! come converted from the workbook's own date system (1900 or 1904); numbers in date
//! columns are read as Excel serial days.

use crate::IngestError;
use crate::cells::{Cell, Cells};
use crate::headers::{find_header, plan};
use crate::list::ListRead;
use crate::mapping::Mapping;
use crate::model::Format;
use crate::read::Collected;
use crate::row::RowBuilder;
use crate::text::fold;
use calamine::{Data, Reader, Sheets, open_workbook_auto_from_rs};
use std::io::Cursor;

const HEADER_WINDOW: usize = 20;
const SAMPLE_ROWS: usize = 500;

/// Reads the chosen sheet of a workbook.
pub fn read(bytes: &[u8], mapping: Option<&Mapping>) -> Result<ListRead, IngestError> {
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| IngestError::Workbook(e.to_string()))?;
    let format = match &book {
        Sheets::Xls(_) => Format::Xls,
        Sheets::Xlsx(_) => Format::Xlsx,
        Sheets::Xlsb(_) => Format::Xlsb,
        Sheets::Ods(_) => Format::Ods,
    };
    let names = book.sheet_names();
    let name = match mapping.and_then(|m| m.sheet.as_deref()) {
        Some(wanted) => names
            .iter()
            .find(|n| fold(n) == fold(wanted))
            .cloned()
            .ok_or_else(|| IngestError::SheetNotFound {
                name: wanted.to_owned(),
                available: names.join(", "),
            })?,
        None => names.first().cloned().ok_or(IngestError::Empty)?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| IngestError::Workbook(e.to_string()))?;
    let first_row = range.start().map(|(r, _)| r as usize).unwrap_or(0);
    let rows: Vec<&[Data]> = range.rows().collect();
    if rows.is_empty() {
        return Err(IngestError::Empty);
    }
    let as_text = |r: &&[Data]| {
        (0..r.count())
            .map(|i| match r.cell(i) {
                Cell::Date(Ok(d)) => d.to_string(),
                other => other.text().into_owned(),
            })
            .collect::<Vec<_>>()
    };
    let window: Vec<Vec<String>> = rows.iter().take(HEADER_WINDOW).map(as_text).collect();
    let header_index = find_header(&window, mapping).unwrap_or(0);
    let headers = window.get(header_index).cloned().unwrap_or_default();
    let sample: Vec<Vec<String>> = rows
        .iter()
        .skip(header_index + 1)
        .take(SAMPLE_ROWS)
        .map(as_text)
        .collect();
    let plan = plan(&headers, &sample, mapping)?;
    let mut out = Collected::new(format, "binary");
    out.read.sheet = Some(name);
    out.set_plan(&plan, first_row + header_index + 1);
    let mut builder = RowBuilder::new(&plan, false);
    for (i, row) in rows.iter().enumerate().skip(header_index + 1) {
        out.push(builder.build(first_row + i + 1, *row));
    }
    Ok(out.read)
}
