//! A report of an event judged false in its own sentence: "Es FALSA la información que circula
//! sobre la detención del diputado X", "Reports that his brother, Mr X, had also been detained
//! are, we understand, incorrect": the event did not happen.

use crate::text::Doc;
use crate::triggers::Trigger;

/// Words of a report.
const REPORT: &[&str] = &[
    "informacion",
    "noticia",
    "noticias",
    "version",
    "versiones",
    "rumor",
    "rumores",
    "reports",
    "claims",
    "rumours",
    "rumors",
];

/// Words of a verdict of false.
const FALSE: &[&str] = &[
    "falsa",
    "falso",
    "falsas",
    "falsos",
    "false",
    "untrue",
    "incorrect",
    "incorrecta",
    "incorrectas",
    "unfounded",
    "infundada",
    "infundadas",
];

/// Whether the trigger `t` tells the event of a report its sentence judges false: the verdict
/// before the report ("Es FALSA la información… sobre la detención de X"), or after a report
/// "that" tells it ("Reports that X had been detained are, we understand, incorrect"). Not a
/// charge's words ("acusado de difundir información falsa").
pub(crate) fn judged_false(doc: &Doc<'_>, t: &Trigger) -> bool {
    let Some(s) = doc.sentence_at(t.first) else {
        return false;
    };
    let verdict_first = (s.first..t.first).any(|k| {
        matches!(doc.f(k), "es" | "son")
            && FALSE.contains(&doc.f(k + 1))
            && t.first <= k + 14
            && (k + 2..t.first).any(|j| REPORT.contains(&doc.f(j)))
    });
    let verdict_after = (s.first..t.first)
        .any(|k| REPORT.contains(&doc.f(k)) && doc.f(k + 1) == "that")
        && (t.last..s.last).any(|j| {
            matches!(doc.f(j), "are" | "were" | "is" | "was")
                && (j + 1..(j + 6).min(s.last)).any(|i| FALSE.contains(&doc.f(i)))
        });
    verdict_first || verdict_after
}
