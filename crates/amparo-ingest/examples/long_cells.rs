//! Times `read_list` on hostile cell lengths (issue 14): a CSV whose one name cell has N
//! characters, for each N given (default 1,000,000 and 10,000,000):
//! `cargo run --release -p amparo-ingest --example long_cells -- [N...]`.
//! The row must come back as a reject, in time linear in the file.

use amparo_ingest::read_list;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.replace('_', "").parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000_000, 10_000_000]
    } else {
        sizes
    };
    for n in sizes {
        let mut csv = String::with_capacity(n + 100);
        csv.push_str("Nombre;Cédula;Observaciones\nAna Prado;V-1234567;corta\n");
        csv.extend(std::iter::repeat_n('A', n));
        csv.push_str(";V-7654321;nota\n");
        let start = Instant::now();
        let read = match read_list(csv.as_bytes(), "hostil.csv", None) {
            Ok(read) => read,
            Err(e) => {
                eprintln!("{n}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let elapsed = start.elapsed();
        let reason = read.rejects.first().map_or("", |r| r.reason.as_str());
        println!(
            "name of {n} characters: {} rows, {} rejects in {:.3} s ({reason})",
            read.rows.len(),
            read.rejects.len(),
            elapsed.as_secs_f64()
        );
    }
    ExitCode::SUCCESS
}
