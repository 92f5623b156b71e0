//! Any bytes, under a few file names, through `read_list`: no panic, and every data row is
//! accounted for (`rows_read == rows + rejects + blank`), with no row without a name.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 6] = ["lista.csv", "lista.xlsx", "lista.json", "lista.jsonl", "lista.tsv", "lista"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    if let Ok(read) = amparo_ingest::read_list(bytes, name, None) {
        assert!(read.is_accounted(), "counts do not add up");
        assert!(read.rows.iter().all(|r| !r.names.is_empty()));
    }
});
