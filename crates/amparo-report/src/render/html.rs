//! A self-contained HTML page: inline CSS, no JavaScript, no external resources.

use super::words::w;
use super::{Document, escape};

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:1.5rem auto;max-width:64rem;\
padding:0 1rem;color:#1a1a1a;line-height:1.4}h1{font-size:1.5rem}p.note{margin:.2rem 0;color:#333}\
table{border-collapse:collapse;margin:1rem 0 1.5rem;font-size:.95rem}\
caption{text-align:left;font-weight:600;padding:.3rem 0}th,td{border:1px solid #bbb;\
padding:.25rem .6rem}th{background:#eef1f5;text-align:left}td.n{text-align:right;\
font-variant-numeric:tabular-nums}figure{margin:1rem 0}svg{max-width:100%;height:auto}";

fn is_number(s: &str) -> bool {
    let t = s.trim_start_matches(['+', '-']);
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// The page; `chart` is inline SVG placed after the notes.
pub(crate) fn render(doc: &Document, chart: Option<&str>) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
        doc.lang.code()
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str(&format!(
        "<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(&doc.title)
    ));
    out.push_str(&format!("<h1>{}</h1>\n", escape(&doc.title)));
    for n in &doc.notes {
        out.push_str(&format!("<p class=\"note\">{}</p>\n", escape(n)));
    }
    if let Some(svg) = chart {
        out.push_str("<figure>\n");
        out.push_str(svg);
        out.push_str("</figure>\n");
    }
    for t in &doc.tables {
        out.push_str(&format!(
            "<table>\n<caption>{}</caption>\n<thead><tr>",
            escape(&t.title)
        ));
        for h in &t.headers {
            out.push_str(&format!("<th scope=\"col\">{}</th>", escape(h)));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        if t.rows.is_empty() {
            out.push_str(&format!(
                "<tr><td colspan=\"{}\">{}</td></tr>\n",
                t.headers.len().max(1),
                escape(&w(doc.lang, "report-none"))
            ));
        }
        for row in &t.rows {
            out.push_str("<tr>");
            for (i, cell) in row.iter().enumerate() {
                if i == 0 {
                    out.push_str(&format!("<th scope=\"row\">{}</th>", escape(cell.trim())));
                } else if is_number(cell) {
                    out.push_str(&format!("<td class=\"n\">{}</td>", escape(cell)));
                } else {
                    out.push_str(&format!("<td>{}</td>", escape(cell)));
                }
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}
