//! The words the command line prints, in the language of the run: a status in one line,
//! custody states, fact kinds, verification levels, roles and measures, from the shared
//! catalogue (the report domain's category words, the web's fact and measure words, the
//! cli domain's own). An identifier the catalogue does not know is printed as it is.

use amparo_app::views::StatusView;
use amparo_domain::ReleaseMeasure;
use amparo_i18n::{Args, Lang, t, word};

/// A message without arguments.
pub fn w(lang: Lang, key: &str) -> String {
    t(lang, key, &Args::new())
}

/// A custody state as stored ("in-custody").
pub fn custody(lang: Lang, state: &str) -> String {
    word(lang, "custody", state)
}

/// A verification level as stored ("verified").
pub fn verification(lang: Lang, level: &str) -> String {
    word(lang, "cli-verification", level)
}

/// A fact kind as stored ("re-arrest"), as the web's timeline names it.
pub fn fact_kind(lang: Lang, kind: &str) -> String {
    let id = if kind == "re-arrest" {
        "rearrest"
    } else {
        kind
    };
    word(lang, "fact", id)
}

/// A role as stored ("human-rights-defender").
pub fn role(lang: Lang, role: &str) -> String {
    word(lang, "role", role)
}

/// A release measure as stored ("reporting:30"), in words.
pub fn measure(lang: Lang, written: &str) -> String {
    let Ok(m) = ReleaseMeasure::parse(written) else {
        return written.to_owned();
    };
    match m {
        ReleaseMeasure::Reporting { every_days } => t(
            lang,
            "measure-reporting",
            &Args::new().num("days", f64::from(every_days)),
        ),
        ReleaseMeasure::TravelBan => w(lang, "measure-travel-ban"),
        ReleaseMeasure::MediaBan => w(lang, "measure-media-ban"),
        ReleaseMeasure::HouseArrest {
            electronic_monitor: true,
        } => w(lang, "measure-house-arrest-monitor"),
        ReleaseMeasure::HouseArrest { .. } => w(lang, "measure-house-arrest"),
        ReleaseMeasure::Bail { .. } => w(lang, "measure-bail"),
        ReleaseMeasure::Other { text } => t(lang, "measure-other", &Args::new().text("text", text)),
    }
}

/// A status in one line: "in custody since 2024-02-09 at El Helicoide", "detenido desde
/// 2024-02-09 en El Helicoide", with the list that reported it, an announced release, the
/// measures in force and the number of conflicts.
pub fn status(lang: Lang, s: &StatusView) -> String {
    let mut parts = vec![custody(lang, &s.state)];
    if let Some(by) = &s.observed_by {
        let args = Args::new().text("date", by.as_str());
        parts.push(t(lang, "cli-describe-reported-by", &args));
    }
    if s.release_announced.is_some() {
        parts.push(w(lang, "cli-describe-announced"));
    }
    if let Some(since) = &s.since {
        let args = Args::new().text("date", since.as_str());
        parts.push(t(lang, "cli-describe-since", &args));
    }
    if let Some(f) = &s.facility {
        let args = Args::new().text("facility", f.as_str());
        parts.push(t(lang, "cli-describe-at", &args));
    }
    if !s.measures.is_empty() {
        let measures: Vec<String> = s.measures.iter().map(|m| measure(lang, m)).collect();
        parts.push(format!("[{}]", measures.join(", ")));
    }
    if !s.conflicts.is_empty() {
        let args = Args::new().num("count", s.conflicts.len() as f64);
        parts.push(t(lang, "cli-describe-conflicts", &args));
    }
    parts.join(" ")
}
