//! Integration tests of amparo-ingest: every format, encoding and mapping through
//! `read_list`, on invented people.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod fixtures;
mod issues;
mod mapping;
mod robustness;
mod text_formats;

use amparo_ingest::{ListRead, ListRow};

/// The fixture's bytes.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The row at a line.
pub fn at(read: &ListRead, line: usize) -> &ListRow {
    read.rows
        .iter()
        .find(|r| r.line == line)
        .unwrap_or_else(|| panic!("no row at line {line}: {read:#?}"))
}

/// The lines of the rejects.
pub fn reject_lines(read: &ListRead) -> Vec<usize> {
    read.rejects.iter().map(|r| r.line).collect()
}
