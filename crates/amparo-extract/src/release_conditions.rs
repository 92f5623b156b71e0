//! Release conditions a sentence states ("con régimen de presentación cada 30 días", "barred
//! from leaving the country", "on condition that he not speak publicly"): a list of set phrases,
//! then words that make one together — a restriction and what it restricts, or a duty to report
//! and where or how often.

use crate::clues::{clause_end, text};
use crate::condition_words::CONDITION_CUES;
use crate::text::Doc;

const PROTECTION_CUES: &[&str] = &[
    "medidas cautelares",
    "medida cautelar",
    "precautionary measures",
    "protection measures",
];

/// Whether the sentence speaks of the Inter-American Commission (whose "medidas cautelares"
/// protect people and are not release conditions).
pub fn mentions_iachr(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    (first..last).any(|k| {
        matches!(
            doc.f(k),
            "cidh" | "iachr" | "interamericana" | "inter-american" | "interamerican"
        )
    })
}

/// Whether a release condition's set phrase starts at token `k` ("régimen de presentación",
/// "medidas cautelares", "fianza").
pub(crate) fn condition_at(doc: &Doc<'_>, k: usize) -> bool {
    opens_cue(doc, k) && CONDITION_CUES.iter().any(|cue| doc.matches_at(k, cue))
}

/// Whether token `k` is the first word of a condition's set phrase: the only tokens one can start
/// at (a look-up before the phrases are compared one by one).
fn opens_cue(doc: &Doc<'_>, k: usize) -> bool {
    static FIRST: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    FIRST
        .get_or_init(|| crate::word_index::first_words(CONDITION_CUES))
        .contains(doc.f(k))
}

/// Release conditions stated in the sentence, as written.
pub fn conditions(doc: &Doc<'_>, first: usize, last: usize) -> Option<String> {
    let iachr = mentions_iachr(doc, first, last);
    for k in (first..last).filter(|&k| opens_cue(doc, k)) {
        for cue in CONDITION_CUES {
            // ("freed March 27 without conditions", "sin restricciones": none laid.)
            // ("sin régimen de presentación ni prohibición de salida": nor the second.)
            let denied = matches!(
                doc.f(k.wrapping_sub(1)),
                "without" | "sin" | "no" | "any" | "ni" | "nor"
            );
            let other =
                || (iachr && PROTECTION_CUES.contains(cue)) || not_of_a_release(doc, k, cue);
            if doc.matches_at(k, cue) && !denied && !other() {
                // ("Conditions: report to court every 30 days; …": a label, and what it lists; none
                // when it says so, "Conditions: none", "N/A", or tells a prison's, "Detention
                // conditions: …".)
                let label = cue.split(' ').count();
                let from = k + label + 1;
                if doc.f(k + label) == ":" && from < last {
                    let none =
                        matches!(
                            doc.f(from),
                            "none" | "ninguna" | "ninguno" | "n" | "na" | "unknown"
                        ) || matches!(doc.f(k.wrapping_sub(1)), "detention" | "prison" | "jail");
                    if none {
                        continue;
                    }
                    return text(doc, from, clause_end(doc, from, last, 25));
                }
                // (The label alone at its line's end, what it lists on the next: "…after 6
                // months. Conditions:" over "report to court every 30 days.")
                if doc.f(k + label) == ":" && (k == first || doc.f(k - 1) == ".") {
                    // (Going on in lower case, not the next item: "▸ Iván Centeno — …".)
                    let next = doc.sentence_at(from).filter(|n| {
                        let t = &doc.tokens[n.first];
                        n.first == from
                            && t.kind == crate::text::TokenKind::Word
                            && t.text.starts_with(char::is_lowercase)
                    });
                    // (Nothing after it: "Conditions:" at an item's end lists none.)
                    match next {
                        Some(n) => return text(doc, n.first, clause_end(doc, n.first, n.last, 25)),
                        None => continue,
                    }
                }
                // Start at the preposition that introduces the conditions, when there is one.
                let start = if matches!(
                    doc.f(k.wrapping_sub(1)),
                    "con" | "with" | "under" | "on" | "bajo"
                ) {
                    k - 1
                } else {
                    k
                };
                return text(doc, start, clause_end(doc, k, last, 25));
            }
        }
    }
    // Composed conditions stand only in a sentence about a release or a court's measure, or one
    // that lays a duty ("must", "deberá"): "Since the election the government has banned
    // protests" lays none.
    let about_release = (first..last).any(|k| {
        let f = doc.f(k);
        f.starts_with("excarcel")
            || f.starts_with("liberad")
            || f.starts_with("releas")
            || matches!(
                f,
                "libertad"
                    | "freed"
                    | "salio"
                    | "salieron"
                    | "medida"
                    | "medidas"
                    | "boleta"
                    | "terms"
                    | "must"
                    | "debe"
                    | "deben"
                    | "debera"
                    | "deberan"
                    | "obliga"
                    | "obligado"
                    | "obligada"
                    | "obligados"
            )
    });
    if !about_release {
        return None;
    }
    (first..last).find_map(|k| {
        // ("sin régimen de presentación ni prohibición de salida": none laid.)
        if matches!(
            doc.f(k.wrapping_sub(1)),
            "without" | "sin" | "no" | "ni" | "nor"
        ) {
            return None;
        }
        let (ties, reach) = if let Some(reach) = restriction(doc, k) {
            (RESTRICTED, reach)
        } else if reporting(doc, k) {
            // ("presentación ante tribunales de otros tres detenidos": a court appearance;
            // a duty to present oneself says how often.)
            let present = !doc.f(k).contains("report");
            (if present { FREQUENCY } else { REPORTED_TO }, 4)
        } else {
            return None;
        };
        (k + 1..last.min(k + 1 + reach))
            .take_while(|&j| !matches!(doc.f(j), "." | ";" | "(" | ")" | ","))
            .any(|j| {
                ties.contains(&doc.f(j)) || (ties == REPORTED_TO && FREQUENCY.contains(&doc.f(j)))
            })
            .then(|| {
                let start = if matches!(doc.f(k.wrapping_sub(1)), "con" | "with" | "under" | "bajo")
                {
                    k - 1
                } else {
                    k
                };
                text(doc, start, clause_end(doc, k, last, 25))
            })
            .flatten()
    })
}

/// How often a released person must present themselves.
const FREQUENCY: &[&str] = &[
    "cada",
    "every",
    "semanal",
    "semanalmente",
    "weekly",
    "monthly",
    "mensual",
    "mensualmente",
    "quincenal",
    "quincenalmente",
    "fortnight",
    "fortnightly",
    "periodic",
    "periodically",
    "periodica",
    "periodicas",
    "periodicamente",
];

/// What a release's restriction restricts: leaving, travel, return, speech, the press, protest.
const RESTRICTED: &[&str] = &[
    "salir",
    "salida",
    "leave",
    "leaving",
    "travel",
    "travelling",
    "traveling",
    "viajar",
    "regresar",
    "regreso",
    "return",
    "returning",
    "volver",
    "hablar",
    "speak",
    "speaking",
    "declarar",
    "declaraciones",
    "talk",
    "talking",
    "interviews",
    "interview",
    "entrevistas",
    "entrevista",
    "medios",
    "media",
    "press",
    "prensa",
    "publicly",
    "publicamente",
    "redes",
    "publicar",
    "publicaciones",
    "publish",
    "publishing",
    "posting",
    "manifestaciones",
    "protests",
    "protestas",
    "protestar",
    "participar",
    "acercarse",
    "reunirse",
];

/// Where a released person must report, or the duty itself (how often: `FREQUENCY`).
const REPORTED_TO: &[&str] = &[
    "court",
    "courts",
    "tribunal",
    "tribunales",
    "juez",
    "jueza",
    "judge",
    "juzgado",
    "obligation",
    "obligations",
    "obligacion",
    "obligaciones",
    "requirement",
    "requirements",
    "order",
    "orders",
    "duty",
    "duties",
];

/// A word that restricts ("prohibición", "banned", "may not", "sin poder", "on condition",
/// "acta de compromiso"): with what it restricts within the reach it gives, a release condition.
fn restriction(doc: &Doc<'_>, k: usize) -> Option<usize> {
    let f = doc.f(k);
    // ("cannot give interviews": what it restricts right after it.)
    if matches!(f, "cannot" | "can't") {
        return Some(3);
    }
    let word = f.starts_with("prohib")
        || matches!(
            f,
            "banned" | "barred" | "forbidden" | "impedido" | "impedida" | "impedidos" | "impedidas"
        )
        || doc.matches_any_at(
            k,
            &[
                "on condition",
                "con la condicion",
                "bajo la condicion",
                "a condicion",
                "acta de compromiso",
                "commitment not",
                "may not",
                "must not",
                "no podra",
                "no podran",
                "sin poder",
                "se obliga a no",
                "se comprometio a no",
            ],
        );
    word.then_some(7)
}

/// A word of a duty to report ("reports to a judge", "court-reporting orders", "presentarse cada
/// mes"); the arraignment's "audiencia de presentación" is none.
fn reporting(doc: &Doc<'_>, k: usize) -> bool {
    let f = doc.f(k);
    let report = f
        .rsplit('-')
        .next()
        .is_some_and(|w| matches!(w, "report" | "reports" | "reporting"));
    let present = matches!(
        f,
        "presentarse" | "presentacion" | "presentaciones" | "comparecer"
    ) && !doc.matches_at(k.saturating_sub(2), "audiencia de");
    let article = matches!(
        doc.f(k.wrapping_sub(1)),
        "a" | "the" | "this" | "that" | "its" | "his" | "her" | "their"
    );
    (report && !article) || present
}

/// Whether a cue at `k` says something else than a release's terms: one who spoke on condition
/// that he not be named ("habló con la condición de no ser identificado"), a government's
/// commitment not to prosecute, prisoners held "en las mismas condiciones".
fn not_of_a_release(doc: &Doc<'_>, k: usize, cue: &str) -> bool {
    let spoke = || {
        (k.saturating_sub(4)..k).any(|j| {
            matches!(
                doc.f(j),
                "spoke"
                    | "speaking"
                    | "said"
                    | "hablo"
                    | "hablaron"
                    | "hablar"
                    | "dijo"
                    | "declaro"
            )
        })
    };
    let unnamed = || {
        (k..k + 10).any(|j| {
            matches!(
                doc.f(j),
                "named" | "identified" | "identificado" | "identificada" | "nombrado" | "nombrada"
            )
        })
    };
    let before = |n: usize| doc.f(k.wrapping_sub(n));
    match cue {
        "on condition that" | "on the condition that" | "con la condicion de" => {
            spoke() || unnamed()
        }
        // ("was required to sign a commitment not to speak": one signed by the freed.)
        "commitment not to" => !(1..=3).any(|n| {
            matches!(
                before(n),
                "sign" | "signed" | "signing" | "firmar" | "firmo"
            )
        }),
        // (Laid on the one freed, not asked for another or of an old case: "pidió una
        // prohibición de determinadas acciones para su compañera", "had been subject to a ban on
        // certain actions in another case".)
        "ban on certain actions" | "prohibicion de determinadas acciones" => (1..=5).any(|n| {
            matches!(
                before(n),
                "pidio" | "solicito" | "requested" | "asked" | "sought" | "had" | "habia"
            )
        }),
        // ("en las mismas condiciones", "in the same conditions": a state, no terms.)
        "mismas condiciones" | "mismas medidas" | "same conditions" => {
            before(2) == "in" || (before(2) == "en" && matches!(before(1), "las" | "the"))
        }
        _ => false,
    }
}

/// Whether the terms of a release follow within a few words: "salió el jueves con régimen de
/// presentación", "salieron bajo medidas cautelares" (not "bajo medidas de seguridad", "con
/// régimen de visitas"): one of the set phrases of release conditions after "con" or "bajo".
pub(crate) fn on_conditions(doc: &Doc<'_>, from: usize, to: usize, reach: usize) -> bool {
    (from..to.min(from + reach)).any(|k| {
        // ("salió en noviembre con presentación.", "con presentación cada 15 días")
        (doc.f(k) == "con"
            && matches!(doc.f(k + 1), "presentacion" | "presentaciones")
            && matches!(
                doc.f(k + 2),
                "" | "." | "," | ";" | "y" | "cada" | "periodica"
            ))
            || matches!(doc.f(k), "con" | "bajo")
                && (condition_at(doc, k + 1)
                    || (matches!(doc.f(k + 1), "un" | "una" | "el" | "la")
                        && condition_at(doc, k + 2)))
    })
}
