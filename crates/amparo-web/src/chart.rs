//! The weekly series as a small inline SVG: two lines (in prison; deprived of liberty),
//! labelled from the catalogue, styled by the site's stylesheet (no inline style, so the
//! CSP holds), scaled by its viewBox to any width.
//!
//! Drawn here rather than with amparo-report's chart, whose labels are English and whose
//! size is fixed: this one must speak the reader's language and fit a 360 px screen.

use amparo_report::Series;
use std::fmt::Write;

const W: f64 = 640.0;
const H: f64 = 260.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 16.0;
const BOTTOM: f64 = 36.0;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The chart of `series`; `title` names it for screen readers, `first`/`last` are the
/// first and last step's dates in words.
pub fn series_svg(series: &Series, title: &str, first: &str, last: &str) -> String {
    let a: Vec<u64> = series
        .steps
        .iter()
        .map(|s| s.held.in_prison.total)
        .collect();
    let b: Vec<u64> = series
        .steps
        .iter()
        .map(|s| s.held.deprived_of_liberty.total)
        .collect();
    let max = a.iter().chain(&b).copied().max().unwrap_or(0).max(1) as f64;
    let n = a.len().max(2) as f64 - 1.0;
    let x = |i: usize| LEFT + (W - LEFT - RIGHT) * i as f64 / n;
    let y = |v: u64| TOP + (H - TOP - BOTTOM) * (1.0 - v as f64 / max);
    let line = |values: &[u64]| {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{:.1},{:.1}", x(i), y(*v)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut svg = String::with_capacity(2048);
    let _ = write!(
        svg,
        r#"<svg class="chart" viewBox="0 0 {W} {H}" role="img" aria-label="{t}"><title>{t}</title>"#,
        t = escape(title)
    );
    let _ = write!(
        svg,
        r#"<line class="axis" x1="{LEFT}" y1="{b}" x2="{r}" y2="{b}"/><line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{b}"/>"#,
        b = H - BOTTOM,
        r = W - RIGHT
    );
    let _ = write!(
        svg,
        r#"<text x="{lx}" y="{ty}" text-anchor="end">{max}</text><text x="{lx}" y="{by}" text-anchor="end">0</text>"#,
        lx = LEFT - 6.0,
        ty = TOP + 4.0,
        by = H - BOTTOM,
        max = max as u64
    );
    let _ = write!(
        svg,
        r#"<text x="{LEFT}" y="{d}">{f}</text><text x="{r}" y="{d}" text-anchor="end">{l}</text>"#,
        d = H - 12.0,
        r = W - RIGHT,
        f = escape(first),
        l = escape(last)
    );
    let _ = write!(
        svg,
        r#"<polyline class="b" points="{}"/><polyline class="a" points="{}"/></svg>"#,
        line(&b),
        line(&a)
    );
    svg
}
