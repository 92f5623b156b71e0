//! Plain text for a terminal (aligned columns) and Markdown (pipe tables).

use super::words::w;
use super::{Document, Table};
use amparo_i18n::Lang;

fn width(s: &str) -> usize {
    s.chars().count()
}

fn pad(s: &str, w: usize, right: bool) -> String {
    let fill = " ".repeat(w.saturating_sub(width(s)));
    if right {
        format!("{fill}{s}")
    } else {
        format!("{s}{fill}")
    }
}

fn table_text(t: &Table, lang: Lang, out: &mut String) {
    out.push_str(&t.title);
    out.push('\n');
    if t.rows.is_empty() {
        out.push_str(&format!("  {}\n", w(lang, "report-none")));
        return;
    }
    let mut widths: Vec<usize> = t.headers.iter().map(|h| width(h)).collect();
    for row in &t.rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(width(cell));
            }
        }
    }
    let number = |s: &str| {
        let t = s.trim_start_matches(['+', '-']);
        s == "-" || !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.')
    };
    let numeric: Vec<bool> = (0..widths.len())
        .map(|i| i > 0 && t.rows.iter().all(|r| r.get(i).is_some_and(|c| number(c))))
        .collect();
    let line = |cells: &[String]| {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .zip(&numeric)
            .map(|((c, w), right)| pad(c, *w, *right))
            .collect();
        format!("  {}\n", parts.join("  ").trim_end())
    };
    out.push_str(&line(&t.headers));
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    out.push_str(&format!("  {}\n", rule.join("  ")));
    for row in &t.rows {
        out.push_str(&line(row));
    }
}

/// Aligned plain text.
pub(crate) fn render(doc: &Document) -> String {
    let doc = &Document {
        lang: doc.lang,
        title: plain(&doc.title),
        notes: doc.notes.iter().map(|n| plain(n)).collect(),
        tables: doc
            .tables
            .iter()
            .map(|t| Table {
                title: plain(&t.title),
                headers: t.headers.iter().map(|h| plain(h)).collect(),
                rows: t
                    .rows
                    .iter()
                    .map(|r| r.iter().map(|c| plain(c)).collect())
                    .collect(),
            })
            .collect(),
    };
    let mut out = format!("{}\n{}\n", doc.title, "=".repeat(width(&doc.title)));
    for n in &doc.notes {
        out.push_str(n);
        out.push('\n');
    }
    for t in &doc.tables {
        out.push('\n');
        table_text(t, doc.lang, &mut out);
    }
    out
}

/// Text for a Markdown line or table cell: HTML is written as entities (a Markdown viewer
/// renders raw HTML, so `<script>` or `<img onerror>` in a name would run), Markdown's own
/// marks are escaped (no link, image or emphasis can be smuggled in), line breaks become
/// spaces and control characters are dropped.
fn md_cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '!' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Text for a terminal: control characters (escape sequences that could rewrite the screen)
/// dropped, tabs and line breaks inside a cell made spaces.
fn plain(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
}

/// Markdown with pipe tables.
pub(crate) fn markdown(doc: &Document) -> String {
    let mut out = format!("# {}\n\n", md_cell(&doc.title));
    for n in &doc.notes {
        out.push_str(&format!("{}  \n", md_cell(n)));
    }
    for t in &doc.tables {
        out.push_str(&format!("\n## {}\n\n", md_cell(&t.title)));
        if t.rows.is_empty() {
            out.push_str(&format!("{}\n", md_cell(&w(doc.lang, "report-none"))));
            continue;
        }
        let head: Vec<String> = t.headers.iter().map(|h| md_cell(h)).collect();
        out.push_str(&format!("| {} |\n", head.join(" | ")));
        let align: Vec<&str> = (0..t.headers.len())
            .map(|i| if i == 0 { "---" } else { "--:" })
            .collect();
        out.push_str(&format!("| {} |\n", align.join(" | ")));
        for row in &t.rows {
            let cells: Vec<String> = row.iter().map(|c| md_cell(c)).collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
    }
    out
}
