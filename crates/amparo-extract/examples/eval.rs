//! Scores the extractor over a gold folder the way `amparo eval extract DIR` will:
//! `cargo run -p amparo-extract --example eval -- DIR [--json] [--details] [--ner]`.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = PathBuf::from(args.first().ok_or("usage: eval DIR [--json] [--details]")?);
    let report = if args.iter().any(|a| a == "--ner") {
        let extractor = amparo_extract::Extractor::new(
            amparo_extract::Gazetteer::bundled()?,
            Box::new(amparo_extract::NerFinder::bundled()?),
        );
        amparo_extract::score_dir_with(&dir, |text, published| {
            extractor.extract(text, published, None)
        })?
    } else {
        amparo_extract::score_dir(&dir)?
    };
    if args.iter().any(|a| a == "--json") {
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    if args.iter().any(|a| a == "--details") {
        for d in &report.details {
            let empty = d.missed_persons.is_empty()
                && d.spurious_persons.is_empty()
                && d.spurious_events.is_empty()
                && d.missed_events.is_empty()
                && d.wrong_dates.is_empty();
            if !empty {
                println!(
                    "{}: missed {:?} spurious {:?} ev+ {:?} ev- {:?} dates {:?}",
                    d.id,
                    d.missed_persons,
                    d.spurious_persons,
                    d.spurious_events,
                    d.missed_events,
                    d.wrong_dates
                );
            }
        }
    }
    print!("{report}");
    Ok(())
}
