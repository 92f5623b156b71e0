//! Statuses and facts in plain words, from the catalogue: "Excarcelada el 8 de enero de
//! 2026; debe presentarse ante el tribunal cada 30 días; tiene prohibida la salida del
//! país", "Held since 3 August 2024 at El Helicoide".

use amparo_app::PublicStatus;
use amparo_domain::date::Precision;
use amparo_domain::{
    CustodyState, FactKind, PartialDate, ReleaseKind, ReleaseMeasure, Sex, Verification,
};
use amparo_i18n::{Args, Lang, t};

/// A partial date in words, and its precision as the catalogue selects on it.
pub fn date(lang: Lang, d: &PartialDate) -> (String, &'static str) {
    if d.is_range() || d.is_approximate() {
        return (d.to_string(), "year");
    }
    let first = d.first_day();
    match d.precision() {
        Precision::Day => (amparo_i18n::date_long(lang, first), "day"),
        Precision::Month => (
            amparo_i18n::month_year(
                lang,
                chrono::Datelike::year(&first),
                chrono::Datelike::month(&first),
            ),
            "month",
        ),
        Precision::Year => (chrono::Datelike::year(&first).to_string(), "year"),
    }
}

/// A date in words, whatever its precision.
pub fn date_text(lang: Lang, d: &PartialDate) -> String {
    date(lang, d).0
}

fn sex_key(sex: Option<Sex>) -> &'static str {
    match sex {
        Some(Sex::Female) => "female",
        Some(Sex::Male) => "male",
        _ => "other",
    }
}

/// A release measure in words.
pub fn measure(lang: Lang, m: &ReleaseMeasure) -> String {
    match m {
        ReleaseMeasure::Reporting { every_days } => t(
            lang,
            "measure-reporting",
            &Args::new().num("days", f64::from(*every_days)),
        ),
        ReleaseMeasure::TravelBan => t(lang, "measure-travel-ban", &Args::new()),
        ReleaseMeasure::MediaBan => t(lang, "measure-media-ban", &Args::new()),
        ReleaseMeasure::HouseArrest {
            electronic_monitor: true,
        } => t(lang, "measure-house-arrest-monitor", &Args::new()),
        ReleaseMeasure::HouseArrest { .. } => t(lang, "measure-house-arrest", &Args::new()),
        ReleaseMeasure::Bail { .. } => t(lang, "measure-bail", &Args::new()),
        ReleaseMeasure::Other { text } => t(lang, "measure-other", &Args::new().text("text", text)),
    }
}

/// A status in one sentence.
pub fn status(lang: Lang, sex: Option<Sex>, s: &PublicStatus) -> String {
    if s.state == CustodyState::Unknown {
        return t(lang, "status-unknown", &Args::new());
    }
    let (when, precision) = match &s.since {
        Some(d) => date(lang, d),
        None => (String::new(), "none"),
    };
    let mut text = t(
        lang,
        &format!("status-{}", s.state),
        &Args::new()
            .text("sex", sex_key(sex))
            .text("precision", precision)
            .text("date", when),
    );
    if let (Some(f), CustodyState::InCustody | CustodyState::Deceased) = (&s.facility, s.state) {
        text.push(' ');
        text.push_str(&t(
            lang,
            "status-at-facility",
            &Args::new().text("facility", f),
        ));
    }
    if s.since.is_none()
        && let Some(by) = &s.observed_by
    {
        text.push_str(", ");
        text.push_str(&t(
            lang,
            "status-observed",
            &Args::new().text("date", date_text(lang, by)),
        ));
    }
    for m in &s.measures {
        text.push_str("; ");
        text.push_str(&measure(lang, m));
    }
    if s.release_announced {
        text.push_str("; ");
        text.push_str(&t(lang, "status-release-announced", &Args::new()));
    }
    text
}

/// A verification level in words.
pub fn verification(lang: Lang, v: Verification) -> String {
    t(lang, &format!("verification-{v}"), &Args::new())
}

/// A fact in a few words: "Traslado: El Helicoide", "Excarcelación con medidas
/// cautelares: debe presentarse…".
pub fn fact(lang: Lang, kind: &FactKind) -> String {
    let head = t(lang, &format!("fact-{}", kind.fact_type()), &Args::new());
    let detail: Option<String> = match kind {
        FactKind::Arrest { facility, .. }
        | FactKind::Detention { facility }
        | FactKind::Rearrest { facility }
        | FactKind::WhereaboutsConfirmed { facility }
        | FactKind::DeathInCustody { facility } => facility.clone(),
        FactKind::Transfer { facility } => Some(facility.clone()),
        FactKind::Release {
            release_kind,
            measures,
        } => {
            let key = match release_kind {
                ReleaseKind::Full => "release-full",
                ReleaseKind::Conditional => "release-conditional",
                ReleaseKind::HouseArrest => "release-house-arrest",
                ReleaseKind::Exile => "release-exile",
            };
            let mut words = vec![t(lang, key, &Args::new())];
            words.extend(measures.iter().map(|m| measure(lang, m)));
            Some(words.join("; "))
        }
        FactKind::Charge { offences } => Some(offences.join(", ")),
        FactKind::Sentence { text, .. } => text.clone(),
        FactKind::MeasureImposed { measure: m } | FactKind::MeasureLifted { measure: m } => {
            Some(measure(lang, m))
        }
        FactKind::Recognition { by, .. } => Some(by.clone()),
        FactKind::Nationality { country } => Some(country.to_string()),
        FactKind::Role { role } => Some(role.to_string()),
        _ => None,
    };
    match detail {
        Some(d) if !d.is_empty() => format!("{head}: {d}"),
        _ => head,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Option<PartialDate> {
        PartialDate::parse(s).ok()
    }

    #[test]
    fn statuses_read_as_the_issue_writes_them() {
        let released = PublicStatus {
            state: CustodyState::ReleasedWithMeasures,
            since: day("2026-01-08"),
            observed_by: None,
            facility: None,
            measures: vec![
                ReleaseMeasure::Reporting { every_days: 30 },
                ReleaseMeasure::TravelBan,
            ],
            release_announced: false,
            conflicts: 0,
        };
        assert_eq!(
            status(Lang::Es, Some(Sex::Female), &released),
            "Excarcelada el 8 de enero de 2026; debe presentarse ante el tribunal cada 30 días; tiene prohibida la salida del país"
        );
        let held = PublicStatus {
            state: CustodyState::InCustody,
            since: day("2024-08-03"),
            facility: Some("El Helicoide".into()),
            measures: vec![],
            ..released.clone()
        };
        assert_eq!(
            status(Lang::Es, Some(Sex::Male), &held),
            "Detenido desde el 3 de agosto de 2024 en El Helicoide"
        );
        assert_eq!(
            status(Lang::En, None, &held),
            "Held since 3 August 2024 at El Helicoide"
        );
    }

    /// A re-arrest showed its catalogue key ("fact-re-arrest") on public pages: the key was
    /// spelt "fact-rearrest". Every kind of fact has its words in both languages.
    #[test]
    fn every_kind_of_fact_has_its_words_in_both_languages() {
        for kind in amparo_domain::FactType::ALL {
            for lang in amparo_i18n::LANGS {
                let key = format!("fact-{kind}");
                assert!(amparo_i18n::has(lang, &key), "{} lacks {key}", lang.code());
            }
        }
    }

    /// The change log names every action and every kind of entity (an account's entries
    /// showed their key).
    #[test]
    fn every_audit_action_and_entity_has_its_words_in_both_languages() {
        let actions = amparo_domain::AuditAction::ALL
            .iter()
            .map(|a| format!("ws-action-{a}"));
        let entities = amparo_domain::EntityKind::ALL
            .iter()
            .map(|e| format!("ws-entity-{e}"));
        for key in actions.chain(entities) {
            for lang in amparo_i18n::LANGS {
                assert!(amparo_i18n::has(lang, &key), "{} lacks {key}", lang.code());
            }
        }
    }
}
