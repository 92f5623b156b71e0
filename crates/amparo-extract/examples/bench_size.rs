//! Time and outcome of extracting texts of 1, 5 and 10 MB (made by repeating the texts of a gold
//! folder): extraction is linear, and a text over `MAX_TEXT_BYTES` is refused at once.
//! `cargo run --release -p amparo-extract --example bench_size -- DIR [MB...]`.

use std::time::Instant;

use amparo_extract::{MAX_TEXT_BYTES, NaiveDate, extract, extract::split_header};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = std::path::PathBuf::from(args.first().ok_or("usage: bench_size DIR [MB...]")?);
    let sizes: Vec<f64> = if args.len() > 1 {
        args[1..]
            .iter()
            .map(|a| a.parse())
            .collect::<Result<_, _>>()?
    } else {
        vec![1.0, 2.0, 5.0, 10.0]
    };
    let mut names: Vec<_> = std::fs::read_dir(dir.join("texts"))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    names.sort();
    let mut body = String::new();
    for path in names {
        let raw = std::fs::read_to_string(path)?;
        body.push_str(&raw[split_header(&raw).0..]);
        body.push_str("\n\n");
    }
    if body.is_empty() {
        return Err("no texts".into());
    }
    let published = NaiveDate::from_ymd_opt(2026, 1, 15);
    println!("limit {MAX_TEXT_BYTES} bytes");
    for mb in sizes {
        let bytes = (mb * 1_000_000.0) as usize;
        let mut text = String::with_capacity(bytes + body.len());
        while text.len() < bytes {
            text.push_str(&body);
        }
        let cut = (0..=bytes.min(text.len()))
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        text.truncate(cut);
        let start = Instant::now();
        let outcome = match extract(&text, published, None) {
            Ok(x) => format!("{} detainees, {} counts", x.persons.len(), x.counts.len()),
            Err(e) => format!("refused: {e}"),
        };
        println!(
            "size_mb={mb} bytes={} seconds={:.3} {outcome}",
            text.len(),
            start.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
