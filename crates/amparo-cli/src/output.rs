//! Printing: JSON on stdout (the shapes are the application layer's views, documented in
//! docs/json.md) and small helpers for the human-readable output.

use serde::Serialize;

/// Prints a value as pretty JSON on stdout.
pub fn print_json<T: Serialize>(value: &T) -> anyhow::Result<()> {
    use std::io::Write as _;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

/// What a command that creates something prints: the id, or `{"id": ...}` with --json.
pub fn print_created(id: impl std::fmt::Display, json: bool) -> anyhow::Result<()> {
    if json {
        print_json(&amparo_app::views::Created { id: id.to_string() })
    } else {
        println!("{id}");
        Ok(())
    }
}
