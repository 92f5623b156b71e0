//! Words before a trigger that make it not an event (future, demanded, hoped for, denied) or an
//! announced one.

pub(crate) const NOT_EVENT_CUES: &[&str] = &[
    "will",
    "would",
    "could",
    "might",
    "may",
    "shall",
    "should",
    "to",
    "whether",
    "if",
    "hope",
    "hopes",
    "hoping",
    "hoped",
    "demand",
    "demands",
    "demanded",
    "demanding",
    "urged",
    "urge",
    "urges",
    "calls",
    "called",
    "call",
    "seek",
    "seeks",
    "seeking",
    "sought",
    "awaiting",
    "awaits",
    "await",
    "expected",
    "not",
    "n't",
    "never",
    "no",
    "without",
    "denied",
    "denies",
    "deny",
    "pending",
    "possible",
    "potential",
    "sera",
    "seran",
    "seria",
    "serian",
    "podria",
    "podrian",
    "puede",
    "pueden",
    "pudiera",
    "sea",
    "sean",
    "fuera",
    "fueran",
    "vaya",
    "vayan",
    "para",
    "exige",
    "exigen",
    // ("Exigimos la libertad plena de Guevara y Rengifo", "recomendar … medidas sustitutivas")
    "exigimos",
    "exijo",
    "exigiendo",
    "pedimos",
    "pido",
    "pidiendo",
    "reclamamos",
    "reclamando",
    "solicitamos",
    "demandamos",
    "recomendar",
    "recomendo",
    "recomienda",
    "recommended",
    "recommends",
    "recommend",
    "exigio",
    "exigieron",
    "exigir",
    "exigencia",
    "pide",
    "piden",
    "solicitud",
    "solicitudes",
    "request",
    "requests",
    "peticion",
    "pidio",
    "pidieron",
    "pedir",
    "reclama",
    "reclaman",
    "reclamo",
    "reclamaron",
    "solicita",
    "solicitan",
    "solicito",
    "solicitaron",
    "espera",
    "esperan",
    "esperaba",
    "esperaban",
    "esperanza",
    "nunca",
    "sin",
    "nego",
    "niega",
    "niegan",
    "negaron",
    "aguardan",
    "aguarda",
    "posible",
    "eventual",
    "piden",
    "clamor",
    "instan",
    "insta",
    "llamado",
    "asks",
    "asked",
    "ask",
    "wants",
    "want",
    "wanted",
    "plans",
    "plan",
    "planned",
    "negotiate",
    "negotiating",
    "negocian",
    "negociar",
    "lograr",
    "conseguir",
    "secure",
    "win",
    "push",
    "pushing",
    "pressing",
    "campaign",
    "campaigning",
    "campaigned",
    "campaigns",
    "lobbied",
    "lobbying",
    "advocated",
    "advocating",
    "luchado",
    "luchar",
    "luchan",
    "lucha",
    // "ocultar su paradero constituye desaparición forzada": a legal category named, no event.
    "constituye",
    "constituyen",
    "constituiria",
    "configura",
    "equivale",
    "constitutes",
    "constitute",
    "amounts",
    "tantamount",
    "neither",
    // "the fake \"release\" video", "la falsa noticia de su liberación".
    "fake",
    "falsa",
    "falso",
    "bogus",
    "rumoured",
    "rumored",
    "prevent",
    "impedir",
    "unless",
    "pedia",
    "pedian",
    "exigia",
    "exigian",
    "reclamaba",
    "reclamaban",
    "demandaba",
    "demandaban",
    "solicitaba",
    "solicitaban",
    "esperaban",
    "esperando",
    "awaiting",
    "ninguno",
    "ninguna",
    "nadie",
    "none",
    "nobody",
    "tampoco",
    // "Instead of being released" ("en lugar de", "en vez de": see `triggers::modality`).
    "instead",
    // Futures and conditionals of the verbs that carry a release ("pasarán a cumplir arresto
    // domiciliario", "saldrían hoy", "quedará en libertad").
    "pasara",
    "pasaran",
    "quedara",
    "quedaran",
    "saldra",
    "saldran",
    "saldria",
    "saldrian",
    "recibira",
    "recibiran",
    "obtendra",
    "obtendran",
];

pub(crate) const ANNOUNCED_CUES: &[&str] = &[
    "announced",
    "announces",
    "announce",
    "anuncio",
    "anunciaron",
    "anuncia",
    "anuncian",
    "promised",
    "prometio",
    "pledged",
    "ordered",
    "ordeno",
    "ordenaron",
    "approved",
    "aprobo",
    "authorized",
    "autorizo",
    "decreed",
    "decreto",
];

/// Words that tell of custody without anyone held: a warrant ("a court ordered the arrest of X,
/// who lives in exile", "orden de captura contra Y", "an arrest warrant") or where an exile lives
/// ("who lives in exile in Spain", "vive en el exilio").
pub(crate) fn no_custody_at_all(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
    sentence_first: usize,
) -> bool {
    use crate::model::EventType::{Arrest, Exile};
    let before = |words: &[&str]| {
        (trigger.first.saturating_sub(3).max(sentence_first)..trigger.first)
            .any(|k| words.contains(&doc.f(k)))
    };
    let warrant = trigger.kind == Arrest
        && ((trigger.voice == crate::triggers::Voice::Nominal
            && before(&[
                "ordered",
                "ordeno",
                "ordenaron",
                "orden",
                "ordenes",
                "warrant",
                "warrants",
            ]))
            || matches!(doc.f(trigger.last), "warrant" | "warrants"));
    let lives_in_exile = trigger.kind == Exile
        && before(&[
            "lives", "living", "live", "vive", "viven", "vivia", "reside", "resides",
        ]);
    warrant || lives_in_exile
}

/// A claim quoted and then judged false in its sentence ("\"El diputado X fue detenido ayer\"
/// — FALSO.", "\"X walked free\" — FALSE"): the event of the quote did not happen.
pub(crate) fn quoted_then_false(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
) -> bool {
    let (start, end) = doc
        .sentence_at(trigger.first)
        .map_or((trigger.first, trigger.last), |s| (s.first, s.last));
    // ("🔴 FALSO: \"Detuvieron al exalcalde X en Barcelona\"": the verdict before the quote.)
    if let Some(open) = (start..trigger.first)
        .rev()
        .find(|&k| matches!(doc.tokens[k].text, "\"" | "“" | "«"))
        && (open.saturating_sub(4).max(start)..open).any(|k| verdict_false(doc.f(k)))
    {
        return true;
    }
    let Some(close) = (trigger.last..end).find(|&k| matches!(doc.tokens[k].text, "\"" | "”" | "»"))
    else {
        return false;
    };
    (close + 1..end.min(close + 5)).any(|k| verdict_false(doc.f(k)) || doc.f(k) == "desmentido")
}

/// A claim under its label, judged false by the verdict that follows it ("CLAIM: A video shows
/// the arrest of X. / VERDICT: False.", "Afirmación: … Calificación: Falso"): the event of the
/// claim did not happen. A verdict of true leaves it standing.
pub(crate) fn labelled_claim_false(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
) -> bool {
    let Some(si) = doc
        .sentences
        .iter()
        .position(|s| s.first <= trigger.first && trigger.first < s.last)
    else {
        return false;
    };
    let s = &doc.sentences[si];
    let labelled = (s.first..s.last.min(s.first + 4)).any(|k| {
        matches!(
            doc.f(k),
            "claim" | "afirmacion" | "publicacion" | "version" | "asegura" | "circula"
        ) && doc.f(k + 1) == ":"
            || (doc.f(k) == "dice" && doc.f(k + 1) == ":")
    });
    labelled
        && doc.sentences[si + 1..].iter().take(3).any(|v| {
            (v.first..v.last.min(v.first + 4)).any(|k| {
                matches!(
                    doc.f(k),
                    "verdict" | "veredicto" | "rating" | "calificacion" | "conclusion"
                ) && doc.f(k + 1) == ":"
                    && (k + 2..v.last.min(k + 5)).any(|j| verdict_false(doc.f(j)))
            })
        })
}

/// A fact-check's verdict that a claim is false ("FALSO", "FALSE", "ENGAÑOSO", "misleading").
pub(crate) fn verdict_false(folded: &str) -> bool {
    matches!(
        folded,
        "falso" | "false" | "fake" | "enganoso" | "misleading"
    )
}

/// A report or claim of the event that its sentence judges false: "Reports that the lawyer X had
/// been arrested turned out to be false", "Otro contenido falso: en las cadenas se afirma que
/// también fue arrestada la diputada X". The claim must govern the event ("that", "que"):
/// "Despite false reports, X was arrested" stands.
pub(crate) fn reported_then_false(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
    sentence_first: usize,
) -> bool {
    let s_last = doc
        .sentence_at(trigger.first)
        .map_or(trigger.last, |s| s.last);
    let end = (trigger.last..s_last.min(trigger.last + 20))
        .find(|&j| matches!(doc.f(j), "." | ";"))
        .unwrap_or(s_last.min(trigger.last + 20));
    let Some(cue) = (sentence_first..trigger.first).rev().find(|&j| {
        matches!(
            doc.f(j),
            "reports"
                | "claims"
                | "rumours"
                | "rumors"
                | "versiones"
                | "rumores"
                | "posts"
                | "afirma"
                | "afirman"
                | "asegura"
                | "aseguran"
                | "dice"
                | "dicen"
        )
    }) else {
        return false;
    };
    // (The event inside the claim: no comma between its "that" and the event.)
    let governs = (cue + 1..trigger.first)
        .rfind(|&j| matches!(doc.f(j), "que" | "that"))
        .is_some_and(|t| (t..trigger.first).all(|j| doc.f(j) != ","));
    let false_word = |w: &str| {
        verdict_false(w)
            || matches!(
                w,
                "untrue" | "unfounded" | "falsa" | "falsos" | "falsas" | "infundada"
            )
    };
    // The verdict on the claim ("turned out to be false", "resultó falso", "es falso"), or a
    // heading's before the claim ("Otro contenido falso: …"); not the charge's own words
    // ("acusado de difundir noticias falsas", "por cargos falsos").
    let judged = (trigger.last..end).any(|j| {
        false_word(doc.f(j))
            && (j.saturating_sub(3)..j).any(|i| {
                matches!(
                    doc.f(i),
                    "be" | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "es"
                        | "son"
                        | "fue"
                        | "resulto"
                        | "resultaron"
                        | "proved"
                )
            })
    }) || (sentence_first..cue).any(|j| false_word(doc.f(j)) && doc.f(j + 1) == ":");
    governs && judged
}
