//! Any text through the news extractor (`amparo_extract::extract`), with and without a
//! publication date: no panic.
#![no_main]

use amparo_extract::{NaiveDate, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = extract(text, None, None);
    let _ = extract(text, NaiveDate::from_ymd_opt(2026, 1, 8), None);
});
