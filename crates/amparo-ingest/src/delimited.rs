//! Delimited text (CSV, TSV, semicolon- and pipe-separated), read with the `csv` crate in
//! flexible mode so ragged rows do not fail. The delimiter is guessed by sampling the first
//! lines (outside quotes) unless the mapping gives it. Line numbers are counted from the
//! byte offset of each record, so quoted fields with embedded newlines do not shift them.
//! (The csv reader's own line count drifts on CRLF files and leading empty lines, and its
//! byte offset may point at the previous record's line ending: [`Lines`] corrects both.)

use crate::IngestError;
use crate::encoding::Decoded;
use crate::headers::{find_header, plan};
use crate::limits::{MAX_CELL_CHARS, capped};
use crate::list::ListRead;
use crate::mapping::Mapping;
use crate::model::Format;
use crate::read::Collected;
use crate::row::RowBuilder;
use csv::StringRecord;

/// Rows held before planning: the header search window plus the sample.
const HEADER_WINDOW: usize = 20;
const SAMPLE_ROWS: usize = 500;

/// Reads decoded delimited text.
pub fn read(decoded: &Decoded<'_>, mapping: Option<&Mapping>) -> Result<ListRead, IngestError> {
    let text: &str = &decoded.text;
    let delimiter = mapping
        .and_then(|m| m.delimiter)
        .or_else(|| excel_separator_hint(text))
        .unwrap_or_else(|| sniff_delimiter(text));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let csv_error = |e: csv::Error| IngestError::Csv {
        line: e.position().map(|p| p.line()).unwrap_or(0),
        message: e.to_string(),
    };
    let mut held: Vec<StringRecord> = Vec::new();
    let mut record = StringRecord::new();
    while held.len() < HEADER_WINDOW + SAMPLE_ROWS
        && reader.read_record(&mut record).map_err(csv_error)?
    {
        held.push(record.clone());
    }
    if held.is_empty() {
        return Err(IngestError::Empty);
    }
    // Header search and sampling see cells cut to length: a hostile cell is copied once.
    let as_text = |r: &StringRecord| {
        r.iter()
            .map(|c| capped(c.trim(), MAX_CELL_CHARS).0.to_owned())
            .collect::<Vec<_>>()
    };
    let window: Vec<Vec<String>> = held.iter().take(HEADER_WINDOW).map(as_text).collect();
    let header_index = find_header(&window, mapping).unwrap_or(0);
    let headers = window.get(header_index).cloned().unwrap_or_default();
    let sample: Vec<Vec<String>> = held.iter().skip(header_index + 1).map(as_text).collect();
    let plan = plan(&headers, &sample, mapping)?;
    let mut out = Collected::decoded(
        Format::Delimited {
            delimiter: char::from(delimiter),
        },
        decoded,
    );
    let mut lines = Lines::new(text);
    for r in held.iter().take(header_index) {
        lines.of(r);
    }
    out.set_plan(&plan, lines.of(&held[header_index]));
    let sampled_bytes: usize = held.iter().map(|r| r.as_slice().len() + r.len()).sum();
    out.reserve(text.len() / (sampled_bytes / held.len()).max(1));
    let mut builder = RowBuilder::new(&plan, decoded.replaced());
    for r in held.iter().skip(header_index + 1) {
        out.push(builder.build(lines.of(r), r));
    }
    if held.len() == HEADER_WINDOW + SAMPLE_ROWS {
        while reader.read_record(&mut record).map_err(csv_error)? {
            out.push(builder.build(lines.of(&record), &record));
        }
    }
    Ok(out.read)
}

/// Counts lines up to each record's start; records must be asked for in file order.
struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
    line: usize,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Self {
        Lines {
            bytes: text.as_bytes(),
            pos: 0,
            line: 1,
        }
    }

    /// The 1-based line where the record starts.
    fn of(&mut self, record: &StringRecord) -> usize {
        let offset = record
            .position()
            .and_then(|p| usize::try_from(p.byte()).ok())
            .unwrap_or(self.pos)
            .max(self.pos)
            .min(self.bytes.len());
        let newlines = |from: usize, to: usize| {
            self.bytes
                .get(from..to)
                .map_or(0, |s| s.iter().filter(|b| **b == b'\n').count())
        };
        let mut start = offset;
        while matches!(self.bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        self.line += newlines(self.pos, start);
        self.pos = start;
        self.line
    }
}

/// Excel may write its delimiter as a first line `sep=;`; that line is then skipped as
/// a preamble by the header search.
fn excel_separator_hint(text: &str) -> Option<u8> {
    let rest = text.strip_prefix("sep=")?;
    match rest.as_bytes().first() {
        Some(&b) if matches!(b, b',' | b';' | b'\t' | b'|') => Some(b),
        _ => None,
    }
}

/// The candidate (, ; tab |) that splits the first lines most consistently: the one
/// whose most common per-line count is highest, weighted by how many lines share it.
pub fn sniff_delimiter(text: &str) -> u8 {
    const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];
    let mut counts: Vec<[usize; 4]> = Vec::new();
    let mut current = [0usize; 4];
    let mut in_quotes = false;
    let mut seen_any = false;
    for &b in text.as_bytes().iter().take(64 * 1024) {
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\n' if !in_quotes => {
                if seen_any {
                    counts.push(current);
                }
                current = [0; 4];
                seen_any = false;
                if counts.len() >= 30 {
                    break;
                }
            }
            _ if !in_quotes => {
                if let Some(i) = CANDIDATES.iter().position(|c| *c == b) {
                    current[i] += 1;
                }
                if !b.is_ascii_whitespace() {
                    seen_any = true;
                }
            }
            _ => {}
        }
    }
    if seen_any {
        counts.push(current);
    }
    let mut best = (0usize, b',');
    for (i, &candidate) in CANDIDATES.iter().enumerate() {
        let per_line: Vec<usize> = counts.iter().map(|c| c[i]).collect();
        let mode = mode_of(&per_line);
        if mode == 0 {
            continue;
        }
        let agreeing = per_line.iter().filter(|&&n| n == mode).count();
        let score = agreeing * 1000 + mode;
        if score > best.0 {
            best = (score, candidate);
        }
    }
    best.1
}

fn mode_of(values: &[usize]) -> usize {
    let mut best = (0usize, 0usize);
    for &v in values {
        let n = values.iter().filter(|&&x| x == v).count();
        if n > best.0 || n == best.0 && v > best.1 {
            best = (n, v);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_the_consistent_delimiter() {
        assert_eq!(sniff_delimiter("a;b;c\n1;2,5;3\n4;5;6\n"), b';');
        assert_eq!(sniff_delimiter("a,b,c\n1,\"x;y\",3\n"), b',');
        assert_eq!(sniff_delimiter("a\tb\n1\t2\n"), b'\t');
        assert_eq!(sniff_delimiter("a|b\n1|2\n"), b'|');
        assert_eq!(sniff_delimiter("solo\n"), b',');
    }
}
