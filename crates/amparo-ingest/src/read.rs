//! The entry point: tells the format and encoding of a file and hands it to the reader of
//! that format; gathers every row's outcome into a [`ListRead`].

use crate::mapping::Mapping;
use crate::model::{DateOrder, Format, ListRead};
use crate::row::Outcome;
use crate::{IngestError, delimited, json, sheet};
use std::borrow::Cow;

/// Reads a list file: CSV/TSV/semicolon/pipe-separated text, XLSX/XLS/XLSB/ODS workbooks,
/// a JSON array of objects, or JSONL. `name_hint` is the file name (its extension helps
/// tell the format); `mapping` overrides header recognition, sheet, delimiter, encoding
/// and date order.
///
/// Never panics; rows that cannot be read become rejects with their line number, so that
/// `rows_read == rows + rejects + blank`.
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
        Kind::Json => {
            let (text, encoding) = decode(bytes, mapping);
            json::read_array(&text, encoding, mapping)
        }
        Kind::Jsonl => {
            let (text, encoding) = decode(bytes, mapping);
            json::read_lines(&text, encoding, mapping)
        }
        Kind::Delimited => {
            let (text, encoding) = decode(bytes, mapping);
            delimited::read(&text, encoding, mapping)
        }
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

/// Decodes text: the mapping's encoding if it names one; else a BOM (UTF-8, UTF-16);
/// else UTF-8 when the bytes are valid UTF-8; else Windows-1252 (which also reads
/// Latin-1 text, as browsers do).
pub fn decode<'a>(bytes: &'a [u8], mapping: Option<&Mapping>) -> (Cow<'a, str>, &'static str) {
    if let Some(encoding) = mapping.and_then(|m| m.encoding) {
        let (text, _) = encoding.decode_with_bom_removal(bytes);
        return (text, encoding.name());
    }
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        let (text, _) = encoding.decode_without_bom_handling(rest);
        let name = if encoding == encoding_rs::UTF_8 {
            "UTF-8 (BOM)"
        } else {
            encoding.name()
        };
        return (text, name);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), "UTF-8"),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text, encoding_rs::WINDOWS_1252.name())
        }
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
                format,
                sheet: None,
                header_line: 0,
                columns: Vec::new(),
                date_order: DateOrder::Dmy,
            },
        }
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
