//! The reports of movements as titled tables: a period (flows, the held before and after,
//! the revolving door) and a series (one row per step); every label in the reader's
//! language.

use super::document::table;
use super::words::{self, counting, w};
use super::{Document, Table};
use crate::flows::{Flows, Headcount, HighProfileChange};
use crate::{PeriodReport, Series};
use amparo_i18n::{Args, Lang, t};

/// A scope of stocks.
type InScope = fn(&crate::Stocks) -> &Headcount;

fn flows_table(lang: Lang, title: &str, f: &Flows) -> Table {
    let mut out = Table::new(
        title,
        &[&w(lang, "report-col-figure"), &w(lang, "report-col-count")],
    );
    let r = &f.releases;
    let mut row = |label: String, n: u64| out.row(&[label, n.to_string()]);
    row(w(lang, "report-flow-releases"), r.total);
    row(format!("  {}", w(lang, "report-flow-full")), r.full);
    row(
        format!("  {}", w(lang, "report-flow-measures")),
        r.with_measures,
    );
    for (k, v) in &r.by_measure {
        let args = Args::new().text("measure", words::measure_kind(lang, k));
        row(format!("    {}", t(lang, "report-flow-measure", &args)), *v);
    }
    row(
        format!("  {}", w(lang, "report-flow-house-arrest")),
        r.house_arrest,
    );
    row(format!("  {}", w(lang, "report-flow-exile")), r.exile);
    row(w(lang, "report-flow-arrests"), f.arrests);
    row(w(lang, "report-flow-rearrests"), f.rearrests);
    row(
        w(lang, "report-flow-house-arrest-lifted"),
        f.house_arrest_lifted,
    );
    row(w(lang, "report-flow-disappearances"), f.disappearances);
    row(w(lang, "report-flow-deaths"), f.deaths_in_custody);
    out
}

fn high_profile_table(lang: Lang, changes: &[HighProfileChange]) -> Table {
    let mut out = table(
        lang,
        "report-high-profile",
        &[
            "report-col-date",
            "report-col-person-id",
            "report-col-name",
            "report-col-movement",
        ],
    );
    for c in changes {
        let movement = words::movement(lang, c.movement);
        let movement = if c.observed {
            let args = Args::new().text("movement", movement);
            t(lang, "report-movement-observed", &args)
        } else {
            movement
        };
        out.row(&[
            c.date.to_string(),
            c.person.id.to_string(),
            c.person.label().to_owned(),
            movement,
        ]);
    }
    out
}

fn ratio(lang: Lang, r: Option<f64>) -> String {
    r.map_or_else(|| w(lang, "report-not-available"), |r| format!("{r:.2}"))
}

pub(super) fn period(p: &PeriodReport, lang: Lang) -> Document {
    let mut held = table(
        lang,
        "report-held",
        &[
            "report-col-scope",
            "report-col-day-before",
            "report-col-at-end",
            "report-col-net-change",
        ],
    );
    let rows: [(&str, InScope, i64); 2] = [
        (
            "report-col-in-prison",
            |s| &s.in_prison,
            p.net_change_in_prison,
        ),
        (
            "report-col-deprived",
            |s| &s.deprived_of_liberty,
            p.net_change_deprived_of_liberty,
        ),
    ];
    for (label, get, net) in rows {
        held.row(&[
            w(lang, label),
            get(&p.held_before).total.to_string(),
            get(&p.held_after).total.to_string(),
            format!("{net:+}"),
        ]);
    }
    let mut after = table(
        lang,
        "report-released-at-end",
        &["report-col-custody-state", "report-col-persons"],
    );
    for (k, v) in &p.released_state_at_end {
        after.row(&[words::custody(lang, k), v.to_string()]);
    }
    let dates = Args::new()
        .text("from", p.from.to_string())
        .text("to", p.to.to_string());
    let door = Args::new().text("ratio", ratio(lang, p.revolving_door));
    Document {
        lang,
        title: t(lang, "report-period-title", &dates),
        notes: vec![
            counting(lang, &p.filter),
            w(lang, "report-scopes"),
            t(lang, "report-revolving-door", &door),
            w(lang, "report-observed"),
        ],
        tables: vec![
            flows_table(lang, &w(lang, "report-movements"), &p.flows),
            flows_table(lang, &w(lang, "report-observed-title"), &p.observed),
            held,
            after,
            high_profile_table(lang, &p.high_profile),
        ],
    }
}

pub(super) fn series(s: &Series, lang: Lang) -> Document {
    let mut steps = table(
        lang,
        "report-steps",
        &[
            "report-col-from",
            "report-col-to",
            "report-col-in-prison",
            "report-col-deprived-short",
            "report-col-releases",
            "report-col-full",
            "report-col-measures",
            "report-col-house-arrest",
            "report-col-exile",
            "report-col-arrests",
            "report-col-rearrests",
            "report-col-deaths",
        ],
    );
    for step in &s.steps {
        let (h, f) = (&step.held, &step.flows);
        steps.row(&[
            step.start.to_string(),
            step.end.to_string(),
            h.in_prison.total.to_string(),
            h.deprived_of_liberty.total.to_string(),
            f.releases.total.to_string(),
            f.releases.full.to_string(),
            f.releases.with_measures.to_string(),
            f.releases.house_arrest.to_string(),
            f.releases.exile.to_string(),
            f.arrests.to_string(),
            f.rearrests.to_string(),
            f.deaths_in_custody.to_string(),
        ]);
    }
    let mut observed = table(
        lang,
        "report-observed-title",
        &[
            "report-col-from",
            "report-col-to",
            "report-col-releases",
            "report-col-full",
            "report-col-measures",
            "report-col-house-arrest",
            "report-col-exile",
            "report-col-arrests",
            "report-col-rearrests",
            "report-col-disappearances",
            "report-col-deaths",
        ],
    );
    for step in s.steps.iter().filter(|st| st.observed != Flows::default()) {
        let o = &step.observed;
        observed.row(&[
            step.start.to_string(),
            step.end.to_string(),
            o.releases.total.to_string(),
            o.releases.full.to_string(),
            o.releases.with_measures.to_string(),
            o.releases.house_arrest.to_string(),
            o.releases.exile.to_string(),
            o.arrests.to_string(),
            o.rearrests.to_string(),
            o.disappearances.to_string(),
            o.deaths_in_custody.to_string(),
        ]);
    }
    let title = Args::new()
        .text("from", s.from.to_string())
        .text("to", s.to.to_string())
        .text("every", words::every(lang, s.every));
    let before = Args::new()
        .text("prison", s.before.in_prison.total.to_string())
        .text("deprived", s.before.deprived_of_liberty.total.to_string());
    Document {
        lang,
        title: t(lang, "report-series-title", &title),
        notes: vec![
            counting(lang, &s.filter),
            w(lang, "report-scopes"),
            w(lang, "report-series-held-note"),
            t(lang, "report-series-before", &before),
            w(lang, "report-observed"),
        ],
        tables: vec![steps, observed, high_profile_table(lang, &s.high_profile)],
    }
}
