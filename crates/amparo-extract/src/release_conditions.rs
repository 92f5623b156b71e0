//! Release conditions a sentence states ("con régimen de presentación cada 30 días", "barred
//! from leaving the country", "on condition that he not speak publicly"): a list of set phrases,
//! then words that make one together — a restriction and what it restricts, or a duty to report
//! and where or how often.

use crate::clues::{clause_end, text};
use crate::text::Doc;

const CONDITION_CUES: &[&str] = &[
    // ("salió con la condición de abandonar el país", "released on condition that he stop
    // practising journalism"; not "spoke on condition of anonymity")
    "con la condicion de",
    "on condition that",
    "on the condition that",
    "ban on speaking",
    "ban on leaving",
    "banned from speaking",
    "commitment not to",
    "medidas de presentacion",
    "medida de presentacion",
    "licencia extrapenal",
    "presentacion every",
    // ("También salieron A y B, mismas condiciones": those told just before, as written.)
    "mismas condiciones",
    "mismas medidas",
    "same conditions",
    "regimen de presentacion",
    "regimen de presentaciones",
    "presentacion periodica",
    "presentaciones periodicas",
    "comparecer cada",
    "reporting requirement",
    "reporting requirements",
    "report regularly",
    "report periodically",
    "periodic reporting",
    "periodic appearances",
    "appear before a judge",
    "appear in court every",
    "appear before a court",
    "appear before the court",
    "appear before court",
    "appear before the courts",
    "obligation to appear",
    "obligation to report",
    "obligacion de presentarse",
    "reporting obligation",
    "reporting every",
    "reporting regime",
    "reporting schedule",
    "libertad condicional",
    "on parole",
    "comparecer ante",
    "ir al tribunal cada",
    "firmar ante",
    "firmar cada",
    "prohibicion de enlace",
    "prohibicion de acercarse",
    "prohibicion de reunirse",
    "presentacion cada",
    "presentacion c /",
    "presentaciones c /",
    "presentarse cada",
    "presentarse ante",
    // (told in the first person: "Tengo que presentarme cada 30 días")
    "presentarme cada",
    "presentarme ante",
    "presentarnos cada",
    "have to report",
    "report to",
    "reporting to",
    "report every",
    "report to court",
    "prohibicion de salida",
    "prohibicion de salir",
    "prohibicion de declarar",
    "prohibicion de hablar",
    "prohibicion de dar declaraciones",
    "travel ban",
    "ban on leaving",
    "ban on travel",
    "banned from travelling",
    "banned from traveling",
    "barred from leaving",
    // ("released on Jan. 10 under an order that bars him from leaving Lara state")
    "bars him from",
    "bars her from",
    "bars them from",
    "barring him from",
    "barring her from",
    "barring them from",
    "barred him from leaving",
    "barred her from leaving",
    "barred them from leaving",
    "banned him from leaving",
    "banned her from leaving",
    "prohibited him from leaving",
    "prohibited her from leaving",
    "le prohibio salir",
    "les prohibio salir",
    "prohibicion de salir del pais",
    "tiene prohibido salir",
    "tienen prohibido salir",
    "tiene prohibido declarar",
    "tienen prohibido declarar",
    "banned from leaving",
    "prohibited from leaving",
    "forbidden to leave",
    "may not leave",
    "must not leave",
    "cannot leave",
    "no puede salir",
    "no podra salir",
    "no pueden salir",
    "no podran salir",
    "terms of his release",
    "terms of her release",
    "terms of their release",
    "gag order",
    "barred from speaking",
    "forbidden to speak",
    "banned from speaking",
    "medidas cautelares",
    "medida cautelar",
    "medidas sustitutivas",
    "medida sustitutiva",
    "on bail",
    "bajo fianza",
    "fianza",
    "bail",
    "electronic monitor",
    "ankle monitor",
    "grillete",
    "under conditions",
    "con condiciones",
    "must appear",
    "must report",
    "have to report",
    "report monthly",
    "report weekly",
    "debe presentarse",
    "debera presentarse",
    "deberan presentarse",
    "deben presentarse",
    "precautionary measures",
    "restrictions",
    "restricciones",
    "conditions",
];

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
    CONDITION_CUES.iter().any(|cue| doc.matches_at(k, cue))
}

/// Release conditions stated in the sentence, as written.
pub fn conditions(doc: &Doc<'_>, first: usize, last: usize) -> Option<String> {
    let iachr = mentions_iachr(doc, first, last);
    for k in first..last {
        for cue in CONDITION_CUES {
            // ("freed March 27 without conditions", "sin restricciones": none laid.)
            let denied = matches!(doc.f(k.wrapping_sub(1)), "without" | "sin" | "no" | "any");
            if doc.matches_at(k, cue) && !(iachr && PROTECTION_CUES.contains(cue)) && !denied {
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
