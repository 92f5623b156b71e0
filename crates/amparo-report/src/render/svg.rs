//! An SVG chart of a series, drawn here by hand (no plotting crate renders plain, accessible,
//! script-free SVG this small): the held totals in both scopes as lines above, releases and
//! arrests per step as bars below, with labelled axes, ticks, a legend, and `<title>`,
//! `<desc>` and `role="img"` for screen readers.

use super::escape;
use super::words::{self, w};
use crate::Series;
use amparo_i18n::{Args, Lang, t};
use std::fmt::Write;

const WIDTH: f64 = 960.0;
const HEIGHT: f64 = 620.0;
const LEFT: f64 = 80.0;
const RIGHT: f64 = 30.0;
const PLOT_W: f64 = WIDTH - LEFT - RIGHT;
/// Top and bottom of the two panels.
const HELD: (f64, f64) = (125.0, 335.0);
const MOVES: (f64, f64) = (405.0, 560.0);

const IN_PRISON: &str = "#1f4e79";
const DEPRIVED: &str = "#c55a11";
const RELEASES: &str = "#2e7d32";
const ARRESTS: &str = "#8e1b1b";

/// Round tick values from 0 to at least `max`: steps of 1, 2 or 5 times a power of ten.
fn ticks(max: u64) -> Vec<u64> {
    let max = max.max(1);
    let rough = (max as f64 / 5.0).max(1.0);
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * power)
        .max(1.0) as u64;
    let top = max.div_ceil(step) * step;
    (0..=top / step).map(|i| i * step).collect()
}

fn y_of(v: u64, top: u64, panel: (f64, f64)) -> f64 {
    panel.1 - (v as f64 / top.max(1) as f64) * (panel.1 - panel.0)
}

fn axis(out: &mut String, panel: (f64, f64), ticks: &[u64], label: &str) {
    let top = ticks.last().copied().unwrap_or(1);
    for &t in ticks {
        let y = y_of(t, top, panel);
        let _ = writeln!(
            out,
            r##"<line x1="{LEFT}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#ddd"/><text x="{:.1}" y="{:.1}" text-anchor="end" font-size="12">{t}</text>"##,
            LEFT + PLOT_W,
            LEFT - 8.0,
            y + 4.0
        );
    }
    let mid = (panel.0 + panel.1) / 2.0;
    let _ = writeln!(
        out,
        r##"<line x1="{LEFT}" y1="{}" x2="{LEFT}" y2="{}" stroke="#333"/><line x1="{LEFT}" y1="{}" x2="{:.1}" y2="{}" stroke="#333"/><text x="20" y="{mid:.1}" font-size="13" text-anchor="middle" transform="rotate(-90 20 {mid:.1})">{}</text>"##,
        panel.0,
        panel.1,
        panel.1,
        LEFT + PLOT_W,
        panel.1,
        escape(label)
    );
}

fn legend(out: &mut String, x: f64, y: f64, color: &str, dashed: bool, bar: bool, label: &str) {
    if bar {
        let _ = write!(
            out,
            r#"<rect x="{x}" y="{}" width="14" height="10" fill="{color}"/>"#,
            y - 9.0
        );
    } else {
        let dash = if dashed {
            r#" stroke-dasharray="6 4""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<line x1="{x}" y1="{}" x2="{}" y2="{}" stroke="{color}" stroke-width="3"{dash}/>"#,
            y - 4.0,
            x + 22.0,
            y - 4.0
        );
    }
    let _ = writeln!(
        out,
        r#"<text x="{}" y="{y}" font-size="13">{}</text>"#,
        x + 28.0,
        escape(label)
    );
}

/// The chart of a series, as a standalone SVG document (no XML declaration, so that it can
/// also be placed inline in HTML), its words in `lang`.
pub fn series_chart(s: &Series, lang: Lang) -> String {
    let n = s.steps.len();
    let slot = PLOT_W / n.max(1) as f64;
    let x_of = |i: usize| LEFT + (i as f64 + 0.5) * slot;
    let held: Vec<(u64, u64)> = s
        .steps
        .iter()
        .map(|st| (st.held.in_prison.total, st.held.deprived_of_liberty.total))
        .collect();
    let moves: Vec<(u64, u64)> = s
        .steps
        .iter()
        .map(|st| {
            (
                st.flows.releases.total,
                st.flows.arrests + st.flows.rearrests,
            )
        })
        .collect();
    let held_ticks = ticks(held.iter().map(|h| h.0.max(h.1)).max().unwrap_or(0));
    let move_ticks = ticks(moves.iter().map(|m| m.0.max(m.1)).max().unwrap_or(0));
    let step_words = words::every(lang, s.every);
    let title = t(
        lang,
        "chart-title",
        &Args::new()
            .text("from", s.from.to_string())
            .text("to", s.to.to_string())
            .text("every", step_words.clone()),
    );
    let (first, last) = (held.first().copied(), held.last().copied());
    let releases: u64 = moves.iter().map(|m| m.0).sum();
    let arrests: u64 = moves.iter().map(|m| m.1).sum();
    let desc = t(
        lang,
        "chart-desc",
        &Args::new()
            .text("prison-first", first.map_or(0, |h| h.0).to_string())
            .text("prison-last", last.map_or(0, |h| h.0).to_string())
            .text("deprived-first", first.map_or(0, |h| h.1).to_string())
            .text("deprived-last", last.map_or(0, |h| h.1).to_string())
            .text("releases", releases.to_string())
            .text("arrests", arrests.to_string())
            .text("every", step_words.clone())
            .text("filter", words::filter(lang, &s.filter)),
    );
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="chart-title chart-desc" aria-label="{}" font-family="system-ui, sans-serif">"#,
        escape(&title)
    );
    let _ = writeln!(out, r#"<title id="chart-title">{}</title>"#, escape(&title));
    let _ = writeln!(out, r#"<desc id="chart-desc">{}</desc>"#, escape(&desc));
    let _ = writeln!(out, r##"<rect width="100%" height="100%" fill="#fff"/>"##);
    let _ = writeln!(
        out,
        r#"<text x="{LEFT}" y="32" font-size="20" font-weight="600">{}</text>"#,
        escape(&title)
    );
    legend(
        &mut out,
        LEFT,
        62.0,
        IN_PRISON,
        false,
        false,
        &w(lang, "chart-held-in-prison"),
    );
    legend(
        &mut out,
        LEFT + 200.0,
        62.0,
        DEPRIVED,
        true,
        false,
        &w(lang, "chart-deprived"),
    );
    legend(
        &mut out,
        LEFT,
        84.0,
        RELEASES,
        false,
        true,
        &w(lang, "chart-releases"),
    );
    legend(
        &mut out,
        LEFT + 200.0,
        84.0,
        ARRESTS,
        false,
        true,
        &w(lang, "chart-arrests"),
    );
    axis(&mut out, HELD, &held_ticks, &w(lang, "chart-axis-held"));
    let per = Args::new().text("every", step_words);
    axis(
        &mut out,
        MOVES,
        &move_ticks,
        &t(lang, "chart-axis-per", &per),
    );
    for (panel, heading) in [
        (HELD, w(lang, "chart-panel-held")),
        (MOVES, t(lang, "chart-panel-moves", &per)),
    ] {
        let _ = writeln!(
            out,
            r#"<text x="{LEFT}" y="{:.1}" font-size="14" font-weight="600">{}</text>"#,
            panel.0 - 12.0,
            escape(&heading)
        );
    }
    let held_top = held_ticks.last().copied().unwrap_or(1);
    for (pick, color, dash) in [
        (0usize, IN_PRISON, ""),
        (1, DEPRIVED, r#" stroke-dasharray="6 4""#),
    ] {
        let points: Vec<String> = held
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let v = if pick == 0 { h.0 } else { h.1 };
                format!("{:.1},{:.1}", x_of(i), y_of(v, held_top, HELD))
            })
            .collect();
        let _ = writeln!(
            out,
            r#"<polyline points="{}" fill="none" stroke="{color}" stroke-width="2.5"{dash}/>"#,
            points.join(" ")
        );
    }
    let move_top = move_ticks.last().copied().unwrap_or(1);
    let bar = (slot * 0.4).clamp(1.0, 24.0);
    for (i, (rel, arr)) in moves.iter().enumerate() {
        for (v, color, dx) in [(*rel, RELEASES, -bar), (*arr, ARRESTS, 0.0)] {
            let y = y_of(v, move_top, MOVES);
            let _ = writeln!(
                out,
                r#"<rect x="{:.1}" y="{y:.1}" width="{bar:.1}" height="{:.1}" fill="{color}"/>"#,
                x_of(i) + dx,
                MOVES.1 - y
            );
        }
    }
    let every = n.div_ceil(8).max(1);
    for (i, st) in s.steps.iter().enumerate().filter(|(i, _)| i % every == 0) {
        let x = x_of(i);
        for panel in [HELD, MOVES] {
            let _ = write!(
                out,
                r##"<line x1="{x:.1}" y1="{}" x2="{x:.1}" y2="{}" stroke="#333"/>"##,
                panel.1,
                panel.1 + 5.0
            );
        }
        let _ = writeln!(
            out,
            r#"<text x="{x:.1}" y="{:.1}" font-size="12" text-anchor="middle">{}</text>"#,
            MOVES.1 + 20.0,
            st.end
        );
    }
    let _ = writeln!(
        out,
        r#"<text x="{:.1}" y="{:.1}" font-size="13" text-anchor="middle">{}</text>"#,
        LEFT + PLOT_W / 2.0,
        MOVES.1 + 44.0,
        escape(&w(lang, "chart-axis-steps"))
    );
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::ticks;

    #[test]
    fn ticks_are_round_and_cover_the_maximum() {
        assert_eq!(ticks(0), vec![0, 1]);
        assert_eq!(ticks(7), vec![0, 2, 4, 6, 8]);
        assert_eq!(ticks(863), vec![0, 200, 400, 600, 800, 1000]);
        assert_eq!(ticks(100), vec![0, 20, 40, 60, 80, 100]);
    }
}
