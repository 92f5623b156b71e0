//! Conflicts between facts: what each side says, who says it, how the rules settled it, and
//! the one function that puts that into words ([`Conflict::explain`]), in English or Spanish.
//!
//! All the words of a conflict live in this file, so that they can move into a message
//! catalogue as they are: the rest of the crate only builds [`Conflict`]s from data.

use super::{Change, CustodyEvent};
use crate::text::choice_enum;
use crate::{FactId, PartialDate, ReleaseKind, SourceId, Verification};
use amparo_text::Lang;
use serde::{Deserialize, Serialize};

choice_enum! {
    /// How a conflict was settled (the rule numbers are those of [`crate::custody`]).
    pub enum ConflictKind: "conflict kind" {
        /// Same date, outcomes that do not fit one story: the better-verified fact prevails.
        SameDayBetterVerified = "same-day-better-verified",
        /// Same date and level, different kinds of outcome: the graver outcome is kept.
        SameDayGraver = "same-day-graver",
        /// Same date, level and kind: the more specific fact prevails.
        SameDayMoreSpecific = "same-day-more-specific",
        /// Same date, level, kind and specificity, different details: a fixed choice by the
        /// details (those that sort first), never by id or order.
        SameDayTie = "same-day-tie",
        /// Said to be held or moved after a release, with no new arrest: the later prevails.
        HeldAfterRelease = "held-after-release",
        /// A fact after the person's death in custody: the death prevails.
        AfterDeath = "after-death",
        /// A list's status as of its date disagrees with a dated fact of that date or a
        /// better-verified fact: the fact prevails over the list.
        ObservationOverruled = "observation-overruled",
    }
}

/// What one side of a conflict says, and who says it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assertion {
    pub date: PartialDate,
    pub verification: Verification,
    /// A list's status as of `date` rather than an event on it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub observed: bool,
    /// The first cited source.
    pub source: Option<SourceId>,
    pub change: Change,
}

impl Assertion {
    fn of(e: &CustodyEvent) -> Assertion {
        Assertion {
            date: e.date,
            verification: e.verification,
            observed: e.observed,
            source: e.source,
            change: e.change.clone(),
        }
    }
}

/// A disagreement between facts that the status had to settle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    /// The fact that lost.
    pub overruled: FactId,
    /// The fact that won.
    pub prevailing: FactId,
    /// What the overruled fact says.
    pub overruled_says: Assertion,
    /// What the prevailing fact says.
    pub prevailing_says: Assertion,
    /// [`Conflict::explain`] in English with sources named by id, for callers without a
    /// publisher lookup. Prefer `explain`, which names publishers and speaks Spanish too.
    pub reason: String,
}

impl Conflict {
    pub(super) fn new(
        kind: ConflictKind,
        overruled: &CustodyEvent,
        prevailing: &CustodyEvent,
    ) -> Conflict {
        let mut conflict = Conflict {
            kind,
            overruled: overruled.fact,
            prevailing: prevailing.fact,
            overruled_says: Assertion::of(overruled),
            prevailing_says: Assertion::of(prevailing),
            reason: String::new(),
        };
        conflict.reason = conflict.explain(Lang::En, |_| None);
        conflict
    }

    /// The conflict in one paragraph: who says what, on which date, and which rule settled
    /// it. `publisher` names a source (e.g. "Foro Penal") when it is known.
    pub fn explain(&self, lang: Lang, publisher: impl Fn(SourceId) -> Option<String>) -> String {
        let lost = side(&self.overruled_says, lang, &publisher);
        let won = side(&self.prevailing_says, lang, &publisher);
        let (a, b) = &(&self.overruled_says, &self.prevailing_says);
        let verdict = match (lang, self.kind) {
            (Lang::En, ConflictKind::SameDayBetterVerified) => {
                "Same day, outcomes that cannot both be true: the better-verified fact prevails."
            }
            (Lang::Es, ConflictKind::SameDayBetterVerified) => {
                "Mismo día, resultados incompatibles: prevalece el hecho mejor verificado."
            }
            (Lang::En, ConflictKind::SameDayGraver) => {
                "Same day, equally verified, different outcomes: the graver one is kept until a source settles it."
            }
            (Lang::Es, ConflictKind::SameDayGraver) => {
                "Mismo día, igual verificación, resultados distintos: se mantiene el más grave hasta que una fuente lo aclare."
            }
            (Lang::En, ConflictKind::SameDayMoreSpecific) => {
                "Same day, equally verified: the more specific fact prevails."
            }
            (Lang::Es, ConflictKind::SameDayMoreSpecific) => {
                "Mismo día, igual verificación: prevalece el hecho más preciso."
            }
            (Lang::En, ConflictKind::SameDayTie) => {
                "Same day, equally verified and specific, different details: one was kept by a fixed rule (the details that sort first); a source must settle it."
            }
            (Lang::Es, ConflictKind::SameDayTie) => {
                "Mismo día, igual verificación y precisión, detalles distintos: se mantuvo uno por una regla fija (los detalles que se ordenan primero); una fuente debe aclararlo."
            }
            (Lang::En, ConflictKind::HeldAfterRelease) => {
                "Said to be held after a release, with no new arrest recorded: the later fact prevails."
            }
            (Lang::Es, ConflictKind::HeldAfterRelease) => {
                "Se dice detenido tras una excarcelación sin nueva detención registrada: prevalece el hecho posterior."
            }
            (Lang::En, ConflictKind::AfterDeath) => {
                "A fact after the person's death in custody: the death prevails."
            }
            (Lang::Es, ConflictKind::AfterDeath) => {
                "Un hecho posterior a la muerte bajo custodia: prevalece la muerte."
            }
            (Lang::En, ConflictKind::ObservationOverruled) if a.date == b.date => {
                "The list gives no date for the change; a dated fact of the same day prevails."
            }
            (Lang::Es, ConflictKind::ObservationOverruled) if a.date == b.date => {
                "La lista no da la fecha del cambio; prevalece un hecho fechado del mismo día."
            }
            (Lang::En, ConflictKind::ObservationOverruled) => {
                "The list gives no date for the change; the better-verified fact prevails."
            }
            (Lang::Es, ConflictKind::ObservationOverruled) => {
                "La lista no da la fecha del cambio; prevalece el hecho mejor verificado."
            }
        };
        match lang {
            Lang::En => format!("{lost}; but {won}. {verdict}"),
            Lang::Es => format!("{lost}; pero {won}. {verdict}"),
        }
    }
}

/// "Foro Penal reports a release with measures (reporting:30) on 2026-01-08 (verified)".
fn side(a: &Assertion, lang: Lang, publisher: &impl Fn(SourceId) -> Option<String>) -> String {
    let who = match (a.source, lang) {
        (Some(id), _) => publisher(id).unwrap_or_else(|| match lang {
            Lang::En => format!("source {id}"),
            Lang::Es => format!("la fuente {id}"),
        }),
        (None, Lang::En) => "an unrecorded source".to_owned(),
        (None, Lang::Es) => "una fuente no registrada".to_owned(),
    };
    let what = change_words(&a.change, lang);
    let level = level_words(a.verification, lang);
    match (lang, a.observed) {
        (Lang::En, false) => format!("{who} reports {what} on {} ({level})", a.date),
        (Lang::En, true) => format!(
            "{who} lists {what} as of {}, date of the change unknown ({level})",
            a.date
        ),
        (Lang::Es, false) => format!("{who} informa {what} el {} ({level})", a.date),
        (Lang::Es, true) => format!(
            "{who} registra {what} al {}, sin fecha del cambio ({level})",
            a.date
        ),
    }
}

fn level_words(v: Verification, lang: Lang) -> &'static str {
    match (lang, v) {
        (Lang::En, v) => v.as_str(),
        (Lang::Es, Verification::Announced) => "anunciado",
        (Lang::Es, Verification::Reported) => "reportado",
        (Lang::Es, Verification::Corroborated) => "corroborado",
        (Lang::Es, Verification::Verified) => "verificado",
    }
}

/// What a change says, as a phrase.
fn change_words(change: &Change, lang: Lang) -> String {
    let at = |facility: &Option<String>| match (facility, lang) {
        (Some(f), Lang::En) => format!(" at {f}"),
        (Some(f), Lang::Es) => format!(" en {f}"),
        (None, _) => String::new(),
    };
    let measures = |m: &[crate::ReleaseMeasure]| {
        if m.is_empty() {
            String::new()
        } else {
            let list: Vec<String> = m.iter().map(ToString::to_string).collect();
            format!(" ({})", list.join(", "))
        }
    };
    match (lang, change) {
        (Lang::En, Change::Custody { facility }) => format!("an arrest{}", at(facility)),
        (Lang::Es, Change::Custody { facility }) => format!("una detención{}", at(facility)),
        (Lang::En, Change::StillHeld { facility }) => format!("the person held{}", at(facility)),
        (Lang::Es, Change::StillHeld { facility }) => {
            format!("a la persona detenida{}", at(facility))
        }
        (Lang::En, Change::Transfer { facility }) => format!("a transfer to {facility}"),
        (Lang::Es, Change::Transfer { facility }) => format!("un traslado a {facility}"),
        (Lang::En, Change::Release { kind, measures: m }) => match kind {
            ReleaseKind::Full => "a full release".to_owned(),
            ReleaseKind::Conditional => format!("a release with measures{}", measures(m)),
            ReleaseKind::HouseArrest => format!("a release to house arrest{}", measures(m)),
            ReleaseKind::Exile => format!("a release into exile{}", measures(m)),
        },
        (Lang::Es, Change::Release { kind, measures: m }) => match kind {
            ReleaseKind::Full => "una libertad plena".to_owned(),
            ReleaseKind::Conditional => format!("una excarcelación con medidas{}", measures(m)),
            ReleaseKind::HouseArrest => {
                format!("una excarcelación a arresto domiciliario{}", measures(m))
            }
            ReleaseKind::Exile => format!("una excarcelación al exilio{}", measures(m)),
        },
        (Lang::En, Change::Disappeared) => "the person's whereabouts unknown".to_owned(),
        (Lang::Es, Change::Disappeared) => "el paradero de la persona desconocido".to_owned(),
        (Lang::En, Change::Died) => "a death in custody".to_owned(),
        (Lang::Es, Change::Died) => "una muerte bajo custodia".to_owned(),
        (Lang::En, Change::MeasureImposed { measure }) => format!("the measure {measure} imposed"),
        (Lang::Es, Change::MeasureImposed { measure }) => {
            format!("la medida {measure} impuesta")
        }
        (Lang::En, Change::MeasureLifted { measure }) => format!("the measure {measure} lifted"),
        (Lang::Es, Change::MeasureLifted { measure }) => {
            format!("la medida {measure} levantada")
        }
    }
}
