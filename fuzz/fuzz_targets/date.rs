//! Any text through every date parser: the domain's `PartialDate::parse` and `parse_day`,
//! and the list reader's `parse_date` in both orders. No panic; a date that parses prints
//! in a form that parses back to itself.
#![no_main]

use amparo_domain::PartialDate;
use amparo_ingest::{DateOrder, parse_date};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(date) = PartialDate::parse(text) {
        let again = PartialDate::parse(&date.to_string());
        assert_eq!(again.ok(), Some(date), "{date} does not read back");
        let _ = date.sort_key();
    }
    let _ = amparo_domain::date::parse_day(text);
    for order in [DateOrder::Dmy, DateOrder::Mdy] {
        if let Ok(date) = parse_date(text, order) {
            assert_eq!(PartialDate::parse(&date.to_string()).ok(), Some(date));
        }
    }
    if let Ok(serial) = text.trim().parse::<f64>() {
        let _ = amparo_ingest::from_excel_serial(serial);
    }
});
