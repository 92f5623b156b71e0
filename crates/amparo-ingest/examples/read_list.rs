//! Reads one list file and prints what the importer would see, as JSON:
//! `cargo run -p amparo-ingest --example read_list -- FILE [MAPPING.toml]`.

use amparo_ingest::{Mapping, read_list};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: read_list FILE [MAPPING.toml|MAPPING.json]");
        return ExitCode::FAILURE;
    };
    let run = || -> Result<String, Box<dyn std::error::Error>> {
        let bytes = std::fs::read(path)?;
        let mapping = match args.get(1) {
            Some(m) => Some(Mapping::parse(&std::fs::read_to_string(m)?, m)?),
            None => None,
        };
        let read = read_list(&bytes, path, mapping.as_ref())?;
        Ok(serde_json::to_string_pretty(&read)?)
    };
    match run() {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
