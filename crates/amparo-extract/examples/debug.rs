//! Shows, sentence by sentence, the triggers the rules see and their modality:
//! `cargo run -p amparo-extract --example debug -- FILE [--published YYYY-MM-DD]`.

use amparo_extract::{NaiveDate, dates, extract, text, triggers};

#[path = "support/shown.rs"]
mod shown;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    use std::fmt::Write as _;
    use std::io::Write as _;
    // (Written at once, so that a pipe closed early — `debug FILE | head` — ends quietly.)
    let mut out = String::new();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let file = args.first().ok_or("usage: debug FILE [--published DATE]")?;
    let raw = std::fs::read_to_string(file)?;
    let published = args
        .iter()
        .position(|a| a == "--published")
        .and_then(|i| args.get(i + 1))
        .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d"))
        .transpose()?;
    let (offset, header) = amparo_extract::extract::split_header(&raw);
    let published = published.or(header);
    let doc = text::parse(&raw[offset..]);
    let hits = amparo_extract::Gazetteer::bundled()?.find(&doc);
    let layout = amparo_extract::layout::read(&doc, &hits);
    for (si, s) in doc.sentences.iter().enumerate() {
        let (a, b) = doc.sentence_span(s);
        let mark = if layout.is_noise(si) {
            "noise ".to_string()
        } else if let Some(item) = layout.item_of[si].and_then(|i| layout.items.get(i)) {
            let names: Vec<String> = item
                .names
                .iter()
                .map(|r| {
                    (r.start..r.end)
                        .map(|k| doc.tokens[k].text)
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            format!("item(list {} {:?}) ", item.list, names)
        } else {
            String::new()
        };
        writeln!(out, "[{si} p{}] {mark}{}", s.paragraph, &doc.text[a..b])?;
        if s.line_start
            && let Some(d) = dates::heading_date(&doc, s.first, s.last, published)
        {
            writeln!(out, "   heading date {d:?}")?;
        }
        for t in triggers::find(&doc, s.first, s.last) {
            let words: Vec<&str> = (t.first..t.last).map(|k| doc.tokens[k].text).collect();
            writeln!(
                out,
                "   trigger {:?} {:?} {:?} group_only={} modality={:?}",
                words.join(" "),
                t.kind,
                t.voice,
                t.group_only,
                triggers::modality(&doc, &t, s.first)
            )?;
        }
        for d in dates::find(&doc, s.first, s.last, published) {
            writeln!(
                out,
                "   date {} since={} statement={}",
                d.date, d.since, d.of_statement
            )?;
        }
    }
    write!(out, "{}", shown::Shown(&extract(&raw, published, None)?))?;
    match std::io::stdout().write_all(out.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r.map_err(Into::into),
    }
}
