//! The words of events told in the present, in the future or by those who did them: a
//! headline's or a timeline's present ("Liberan a 12 presos", "Venezuela frees 14", "Jan. 15 —
//! DGCIM agents arrest X", "Funcionarios del SEBIN la retienen en migración y se la llevan",
//! "Judge X sentences A to 18 years") and an official's own words ("Capturamos el domingo al
//! ciudadano X", "we arrested X"); the future ("liberará a X") is found so that what it
//! announces is kept apart, never an event.

use crate::model::EventType::{self, *};
use crate::triggers::Voice::{self, *};

pub(crate) const TOLD_NOW: &[(&str, EventType, Voice)] = &[
    // An official's own words ("Capturamos el domingo al ciudadano X", "we arrested X").
    ("capturamos", Arrest, Active),
    ("detuvimos", Arrest, Active),
    ("aprehendimos", Arrest, Active),
    ("arrestamos", Arrest, Active),
    ("we arrested", Arrest, Active),
    ("we detained", Arrest, Active),
    // Headlines tell the news in the present ("Liberan a 12 presos", "Venezuela frees 14").
    ("liberan a", Release, Active),
    ("excarcelan a", Release, Active),
    ("libera a", Release, Active),
    ("excarcela a", Release, Active),
    ("liberan", Release, Active),
    ("excarcelan", Release, Active),
    ("frees", Release, Active),
    // ("Lukashenko indulta a 14 presos políticos"; not "pardons", as often the noun.)
    ("indulta a", Release, Active),
    ("indultan a", Release, Active),
    ("detienen a", Arrest, Active),
    ("detiene a", Arrest, Active),
    ("arrestan a", Arrest, Active),
    ("capturan a", Arrest, Active),
    // ("Policía captura a opositor X en León": a headline's singular; "la captura de X" is the
    // noun.)
    ("captura a", Arrest, Active),
    ("captura al", Arrest, Active),
    ("arresta a", Arrest, Active),
    ("arresta al", Arrest, Active),
    ("detienen", Arrest, Active),
    // (A timeline's present: "Funcionarios del SEBIN la retienen en migración y se la
    // llevan", "lo trasladan a Tocorón", "el tribunal libera a X".)
    ("retienen", Arrest, Active),
    ("arrestan", Arrest, Active),
    ("capturan", Arrest, Active),
    ("aprehenden", Arrest, Active),
    ("detiene", Arrest, Active),
    ("se lo llevan", Arrest, Clitic),
    ("se la llevan", Arrest, Clitic),
    ("se los llevan", Arrest, Clitic),
    ("trasladan", Transfer, Active),
    ("excarcela", Release, Active),
    ("libera", Release, Active),
    ("arrests", Arrest, Active),
    ("detains", Arrest, Active),
    // (A timeline's present: "DGCIM agents arrest Ricardo Almeida Paz and his wife".)
    ("agents arrest", Arrest, Active),
    ("police arrest", Arrest, Active),
    ("officers arrest", Arrest, Active),
    ("soldiers arrest", Arrest, Active),
    ("agents detain", Arrest, Active),
    ("police detain", Arrest, Active),
    ("officers detain", Arrest, Active),
    ("troops detain", Arrest, Active),
    ("soldiers detain", Arrest, Active),
    ("troops arrest", Arrest, Active),
    // ("The same morning they detain our cameraman, X")
    ("they detain", Arrest, Active),
    // ("Judge X sentences Almeida to 18 years in prison", "A court charges A and B with…".)
    ("sentences", Sentence, Active),
    ("charges", Charge, Active),
    ("is sent to", Transfer, Passive),
    ("are sent to", Transfer, Passive),
    // (A timeline's present: "April — Both men are moved from DGCIM custody to Rodeo I".)
    ("are moved", Transfer, Passive),
    ("is moved", Transfer, Passive),
    // (A timeline's present: "Con ella se llevan a su compañera de sindicato X".)
    ("se llevan a", Arrest, Active),
    // Future forms: found so that what they announce is kept apart, never an event.
    ("liberara a", Release, Active),
    ("liberaran a", Release, Active),
    ("excarcelara a", Release, Active),
    ("excarcelaran a", Release, Active),
    ("liberara", Release, Active),
    ("liberaran", Release, Active),
    ("excarcelara", Release, Active),
    ("excarcelaran", Release, Active),
];

/// The Spanish verbs of the present or of the first person that take their person after them,
/// with "a" ("retienen a X", "capturamos al ciudadano X"): not a thing after an article.
pub(crate) const SPANISH_NOW: &[&str] = &[
    "capturamos",
    "detuvimos",
    "aprehendimos",
    "arrestamos",
    "retienen",
    "arrestan",
    "capturan",
    "aprehenden",
    "detiene",
    "detienen",
    "trasladan",
    "excarcela",
    "libera",
    "liberan",
    "excarcelan",
];

/// Whether "arrests" at token `i` is a noun, the subject of the verb after it ("The arrests go
/// on: KGB officers detained X", "Arrests continue: …"), no verb of its own; a heading keeps it
/// ("New arrests (May 2026)", "Arrests:").
pub(crate) fn noun_at(doc: &crate::text::Doc<'_>, i: usize, words: &str) -> bool {
    // ("Arrests: on Monday, KGB officers detained X": a label over a clause that tells its own.)
    let label = doc.f(i + 1) == ":"
        && (i + 2..i + 14).any(|k| matches!(doc.f(k), "detained" | "arrested" | "detuvieron"));
    words == "arrests"
        && (label
            || matches!(
                doc.f(i + 1),
                "continue"
                    | "continues"
                    | "continued"
                    | "go"
                    | "goes"
                    | "went"
                    | "mount"
                    | "mounted"
                    | "rose"
                    | "rise"
                    | "grew"
                    | "followed"
                    | "began"
                    | "were"
                    | "are"
                    | "have"
                    | "had"
                    | "spread"
                    | "spiked"
            ))
}
