//! Each report as titled tables, shared by the text, Markdown and HTML renderers.

use super::{Document, Report, Table};
use crate::claims::quantity_text;
use crate::flows::{Flows, Headcount, HighProfileChange};
use crate::registry::PersonRef;
use crate::{Balance, ClaimsReport, PeriodReport, Series, Tally};
use std::collections::BTreeSet;

/// A figure of a tally, a breakdown of it, a listing of it, a scope of stocks.
type Figure = fn(&Tally) -> u64;
type Breakdown = fn(&Tally) -> &std::collections::BTreeMap<String, u64>;
type Listing = fn(&Tally) -> &Vec<PersonRef>;
type InScope = fn(&crate::Stocks) -> &Headcount;

const OBSERVED: &str = "Movements are dated changes. Lists that give a status without its date \
(\"Excarcelado\" on the list's date) are counted apart: the change happened on or before the \
list's date, on a day unknown. The held totals include them.";
const OBSERVED_TITLE: &str = "Reported by lists, date of the change unknown";

const SCOPES: &str = "In prison = in custody or whereabouts unknown (the Foro Penal convention); \
deprived of liberty = in prison or under house arrest.";

pub(crate) fn of(report: &Report) -> Document {
    match report {
        Report::Balance(b) => balance(b),
        Report::Period(p) => period(p),
        Report::Series(s) => series(s),
        Report::Claims(c) => claims(c),
    }
}

fn counting(filter: &crate::Filter) -> String {
    format!("Counting: {}.", filter.describe())
}

pub(crate) fn balance(b: &Balance) -> Document {
    let (p, d) = (&b.in_prison, &b.deprived_of_liberty);
    let mut held = Table::new("Held", &["figure", "in prison", "deprived of liberty"]);
    let figures: [(&str, Figure); 19] = [
        ("total", |t| t.total),
        ("men", |t| t.men),
        ("women", |t| t.women),
        ("sex other", |t| t.sex_other),
        ("sex unknown", |t| t.sex_unknown),
        ("civilians", |t| t.civilians),
        ("military", |t| t.military),
        ("adults", |t| t.adults),
        ("minors", |t| t.minors),
        ("age unknown", |t| t.age_unknown),
        ("foreign (incl. dual)", |t| t.foreign),
        ("dual nationals", |t| t.dual_nationals),
        ("whereabouts unknown", |t| t.whereabouts_unknown),
        ("held over one year", |t| t.held_over_one_year),
        ("held since unknown date", |t| t.held_since_unknown),
        ("convicted", |t| t.convicted),
        ("unconvicted", |t| t.unconvicted),
        ("pre-trial over two years", |t| {
            t.pretrial_over_two_years.len() as u64
        }),
        ("aged 70 or older", |t| t.over_seventy.len() as u64),
    ];
    for (label, get) in figures {
        held.row(&[label.to_owned(), get(p).to_string(), get(d).to_string()]);
    }
    let mut tables = vec![held];
    let breakdowns: [(&str, &str, Breakdown); 4] = [
        ("By custody state", "state", |t| &t.by_custody_state),
        ("Foreign nationals by country", "country", |t| &t.by_country),
        ("By facility", "facility", |t| &t.by_facility),
        ("By state", "state", |t| &t.by_state),
    ];
    for (title, key, get) in breakdowns {
        let mut t = Table::new(title, &[key, "in prison", "deprived of liberty"]);
        let keys: BTreeSet<&String> = get(p).keys().chain(get(d).keys()).collect();
        for k in keys {
            let n = |t: &Tally| get(t).get(k).copied().unwrap_or(0).to_string();
            t.row(&[k.clone(), n(p), n(d)]);
        }
        tables.push(t);
    }
    let flagged: [(&str, Listing); 2] = [
        ("Pre-trial detention over two years", |t| {
            &t.pretrial_over_two_years
        }),
        ("Held at 70 or older", |t| &t.over_seventy),
    ];
    for (title, get) in flagged {
        let mut t = Table::new(title, &["person id", "name", "in prison"]);
        for who in get(d) {
            let inside = if get(p).contains(who) { "yes" } else { "no" };
            t.row(&[
                who.id.to_string(),
                who.label().to_owned(),
                inside.to_owned(),
            ]);
        }
        tables.push(t);
    }
    Document {
        title: format!("Balance as of {}", b.as_of),
        notes: vec![
            counting(&b.filter),
            SCOPES.to_owned(),
            format!(
                "Release announced, not confirmed: {}. Status disputed by sources: {}.",
                b.release_announced, b.with_conflicts
            ),
        ],
        tables,
    }
}

fn flows_table(title: &str, f: &Flows) -> Table {
    let mut t = Table::new(title, &["figure", "count"]);
    let r = &f.releases;
    t.row(&["releases from prison".to_owned(), r.total.to_string()]);
    t.row(&["  fully free".to_owned(), r.full.to_string()]);
    t.row(&["  with measures".to_owned(), r.with_measures.to_string()]);
    for (k, v) in &r.by_measure {
        t.row(&[format!("    measure: {k}"), v.to_string()]);
    }
    t.row(&["  to house arrest".to_owned(), r.house_arrest.to_string()]);
    t.row(&["  into exile".to_owned(), r.exile.to_string()]);
    t.row(&["arrests".to_owned(), f.arrests.to_string()]);
    t.row(&["re-arrests".to_owned(), f.rearrests.to_string()]);
    t.row(&[
        "house arrests lifted".to_owned(),
        f.house_arrest_lifted.to_string(),
    ]);
    t.row(&["disappearances".to_owned(), f.disappearances.to_string()]);
    t.row(&[
        "deaths in custody".to_owned(),
        f.deaths_in_custody.to_string(),
    ]);
    t
}

fn high_profile_table(changes: &[HighProfileChange]) -> Table {
    let mut t = Table::new(
        "High-profile persons",
        &["date", "person id", "name", "movement"],
    );
    for c in changes {
        let movement = if c.observed {
            format!(
                "{} (reported by this date, day unknown)",
                c.movement.as_str()
            )
        } else {
            c.movement.as_str().to_owned()
        };
        t.row(&[
            c.date.to_string(),
            c.person.id.to_string(),
            c.person.label().to_owned(),
            movement,
        ]);
    }
    t
}

fn ratio(r: Option<f64>) -> String {
    r.map_or_else(|| "n/a (no releases)".to_owned(), |r| format!("{r:.2}"))
}

pub(crate) fn period(p: &PeriodReport) -> Document {
    let mut held = Table::new("Held", &["scope", "day before", "at end", "net change"]);
    let rows: [(&str, InScope, i64); 2] = [
        ("in prison", |s| &s.in_prison, p.net_change_in_prison),
        (
            "deprived of liberty",
            |s| &s.deprived_of_liberty,
            p.net_change_deprived_of_liberty,
        ),
    ];
    for (label, get, net) in rows {
        held.row(&[
            label.to_owned(),
            get(&p.held_before).total.to_string(),
            get(&p.held_after).total.to_string(),
            format!("{net:+}"),
        ]);
    }
    let mut after = Table::new(
        "Released in the period: where they stand at the end",
        &["custody state", "persons"],
    );
    for (k, v) in &p.released_state_at_end {
        after.row(&[k.clone(), v.to_string()]);
    }
    Document {
        title: format!("Period {} to {}", p.from, p.to),
        notes: vec![
            counting(&p.filter),
            SCOPES.to_owned(),
            format!(
                "Revolving door (arrests and re-arrests per release): {}.",
                ratio(p.revolving_door)
            ),
            OBSERVED.to_owned(),
        ],
        tables: vec![
            flows_table("Movements", &p.flows),
            flows_table(OBSERVED_TITLE, &p.observed),
            held,
            after,
            high_profile_table(&p.high_profile),
        ],
    }
}

pub(crate) fn series(s: &Series) -> Document {
    let mut t = Table::new(
        "Steps",
        &[
            "from",
            "to",
            "in prison",
            "deprived",
            "releases",
            "full",
            "measures",
            "house arrest",
            "exile",
            "arrests",
            "re-arrests",
            "deaths",
        ],
    );
    for step in &s.steps {
        let (h, f) = (&step.held, &step.flows);
        t.row(&[
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
    let mut observed = Table::new(
        OBSERVED_TITLE,
        &[
            "from",
            "to",
            "releases",
            "full",
            "measures",
            "house arrest",
            "exile",
            "arrests",
            "re-arrests",
            "disappearances",
            "deaths",
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
    Document {
        title: format!("Series {} to {}, every {}", s.from, s.to, s.every.as_str()),
        notes: vec![
            counting(&s.filter),
            SCOPES.to_owned(),
            "Held: as of each step's last day. Movements: within the step.".to_owned(),
            format!(
                "Held the day before: {} in prison, {} deprived of liberty.",
                s.before.in_prison.total, s.before.deprived_of_liberty.total
            ),
            OBSERVED.to_owned(),
        ],
        tables: vec![t, observed, high_profile_table(&s.high_profile)],
    }
}

pub(crate) fn claims(c: &ClaimsReport) -> Document {
    let mut a = Table::new(
        "Announcements",
        &[
            "announced by",
            "date",
            "promised",
            "since",
            "recorded",
            "verified",
            "announced, unconfirmed",
            "promised − verified",
        ],
    );
    for x in &c.announcements {
        a.row(&[
            x.announced_by.clone(),
            x.date.to_string(),
            quantity_text(&x.promised),
            format!("{} to {}", x.from, x.to),
            x.releases_recorded.to_string(),
            x.releases_verified.to_string(),
            x.announced_not_confirmed.to_string(),
            x.promised_minus_verified
                .map_or("-".to_owned(), |g| g.to_string()),
        ]);
    }
    let mut k = Table::new(
        "Claims",
        &[
            "according to",
            "subject",
            "claimed",
            "compared with",
            "registry",
            "with house arrest",
            "gap",
        ],
    );
    let opt = |n: Option<u64>| n.map_or("-".to_owned(), |n| n.to_string());
    for x in &c.claims {
        k.row(&[
            x.according_to.clone(),
            x.subject.to_string(),
            quantity_text(&x.claimed),
            x.compared.clone(),
            opt(x.registry),
            opt(x.registry_deprived_of_liberty),
            x.gap.map_or("-".to_owned(), |g| format!("{g:+}")),
        ]);
    }
    Document {
        title: format!("Announced and claimed vs. recorded, as of {}", c.as_of),
        notes: vec![
            counting(&c.filter),
            "Gap = registry − claimed. Releases are releases from prison of any kind.".to_owned(),
        ],
        tables: vec![a, k],
    }
}
