//! The entry point: tells the format and encoding of a file and hands it to the reader of
//! that format; gathers every row's outcome into a [`ListRead`].

use crate::encoding::{Decoded, decode};
use crate::list::ListRead;
use crate::mapping::Mapping;
use crate::model::{DateOrder, Format};
use crate::row::Outcome;
use crate::{IngestError, delimited, json, sheet};

/// Reads a list file: CSV/TSV/semicolon/pipe-separated text, XLSX/XLS/XLSB/ODS workbooks,
/// a JSON array of objects, or JSONL. `name_hint` is the file name (its extension helps
/// tell the format); `mapping` overrides header recognition, sheet, delimiter, encoding
/// and date order.
///
/// Never panics; rows that cannot be read become rejects with their line number, so that
/// `rows_read == rows + rejects + blank`. Time and memory are linear in the input: cells
/// are capped (a name at [`crate::MAX_NAME_CHARS`] characters, any other cell at
/// [`crate::MAX_CELL_CHARS`]) before anything looks at them twice.
pub fn read_list(
    bytes: &[u8],
    name_hint: &str,
    mapping: Option<&Mapping>,
) -> Result<ListRead, IngestError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(IngestError::Empty);
    }
    match detect(bytes, name_hint) {
        Kind::Workbook => sheet::read(bytes, mapping),
        Kind::Json => json::read_array(&decode(bytes, mapping), mapping),
        Kind::Jsonl => json::read_lines(&decode(bytes, mapping), mapping),
        Kind::Delimited => delimited::read(&decode(bytes, mapping), mapping),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Workbook,
    Json,
    Jsonl,
    Delimited,
}

/// Magic bytes first (a zip or an OLE file is a workbook whatever its name), then the
/// extension, then the first character of the text.
fn detect(bytes: &[u8], name_hint: &str) -> Kind {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Kind::Workbook;
    }
    let ext = name_hint
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "json" => return Kind::Json,
        "jsonl" | "ndjson" => return Kind::Jsonl,
        "csv" | "tsv" | "tab" | "txt" | "psv" => return Kind::Delimited,
        _ => {}
    }
    let start = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(bytes)
        .iter()
        .find(|b| !b.is_ascii_whitespace());
    match start {
        Some(b'[') => Kind::Json,
        Some(b'{') => Kind::Jsonl,
        _ => Kind::Delimited,
    }
}

/// Gathers outcomes; keeps the counts that must add up.
pub struct Collected {
    pub read: ListRead,
}

impl Collected {
    pub fn new(format: Format, encoding: &'static str) -> Self {
        Collected {
            read: ListRead {
                rows: Vec::new(),
                rejects: Vec::new(),
                blank: 0,
                rows_read: 0,
                encoding,
                warnings: Vec::new(),
                format,
                sheet: None,
                header_line: 0,
                columns: Vec::new(),
                date_order: DateOrder::Dmy,
            },
        }
    }

    /// For decoded text: its encoding's name and the bytes that were not text in it.
    pub fn decoded(format: Format, decoded: &Decoded<'_>) -> Self {
        let mut out = Collected::new(format, decoded.encoding);
        out.read.warnings.clone_from(&decoded.warnings);
        out
    }

    /// Reserves room for about this many rows (a guess from the file size), so that a
    /// million-row list is not copied while its vector grows.
    pub fn reserve(&mut self, rows: usize) {
        self.read.rows.reserve(rows.min(20_000_000));
    }

    pub fn push(&mut self, outcome: Outcome) {
        self.read.rows_read += 1;
        match outcome {
            Outcome::Row(row) => self.read.rows.push(*row),
            Outcome::Reject(reject) => self.read.rejects.push(reject),
            Outcome::Blank => self.read.blank += 1,
        }
    }

    /// Records the plan's columns and date order.
    pub fn set_plan(&mut self, plan: &crate::headers::Plan, header_line: usize) {
        self.read.header_line = header_line;
        self.read.date_order = plan.date_order;
        self.read.columns = plan
            .headers
            .iter()
            .cloned()
            .zip(plan.fields.iter().copied())
            .collect();
    }
}
