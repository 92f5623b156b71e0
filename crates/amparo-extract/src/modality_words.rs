//! Words before a trigger that make it not an event (future, demanded, hoped for, denied) or an
//! announced one; and the refusals whose reach ends with their clause.

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
    // ("write to the Head of the Judiciary calling for the release of X")
    "calling",
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
    // ("the family … said they fear he has been detained": feared, not known.)
    "fear",
    "fears",
    "feared",
    "temen",
    "teme",
    "temian",
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
    // ("El juez revocó las medidas sustitutivas de X": a release undone, none given.)
    "revoco",
    "revocaron",
    "revocar",
    "revoca",
    "revoked",
    "revokes",
    "revoke",
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
    // ("solicitó que se le permita seguir el proceso bajo arresto domiciliario": a measure
    // asked for, in the subjunctive.)
    "permita",
    "permitan",
    "permitiera",
    "permitieran",
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
    // ("ningún ciudadano extranjero está detenido", folded.)
    "ningun",
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

/// Words before an arrest's noun that make it a warrant ("ordered the arrest of", "orden de
/// captura"; "En el acta se ordena además la captura de X").
#[rustfmt::skip]
const WARRANT_WORDS: &[&str] = &[
    "ordered", "orders", "ordeno", "ordenaron", "ordena", "ordenan", "ordenar", "orden", "ordenes",
    "warrant", "warrants",
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
    // ("a warrant had been issued for her arrest": past the verb that issued it, when "for" and a
    // possessive stand right before the noun.)
    let issued_for = matches!(doc.f(trigger.first.wrapping_sub(2)), "for" | "para")
        && matches!(
            doc.f(trigger.first.wrapping_sub(1)),
            "his" | "her" | "their" | "su" | "sus"
        )
        && (trigger.first.saturating_sub(7).max(sentence_first)..trigger.first)
            .any(|k| matches!(doc.f(k), "warrant" | "warrants"))
        // (Not when the same sentence goes on to the arrest carried out: "a warrant was issued for
        // his arrest on March 1, and he was detained on March 6".)
        // (Of the same one, told done: "he was", "y fue"; not "he fears he will be detained",
        // "his brother was detained".)
        && !doc.sentence_at(trigger.first).is_some_and(|s| {
            (trigger.last..s.last).any(|k| {
                matches!(
                    doc.f(k),
                    "detained" | "arrested" | "jailed" | "detenido" | "detenida" | "arrestado"
                        | "arrestada" | "capturado" | "capturada"
                ) && matches!(doc.f(k.wrapping_sub(1)), "was" | "fue")
                    && matches!(doc.f(k.wrapping_sub(2)), "he" | "she" | "y" | "and")
            })
        });
    let warrant = trigger.kind == Arrest
        && ((trigger.voice == crate::triggers::Voice::Nominal
            && (before(WARRANT_WORDS) || issued_for))
            || matches!(doc.f(trigger.last), "warrant" | "warrants"));
    // ("who has lived in exile in Miami since 2023"; "In exile, Bishop X said…", "En el
    // exilio, Y recordó…": where one speaks from.)
    let lives_in_exile = trigger.kind == Exile
        && (before(&[
            "lives", "living", "live", "vive", "viven", "vivia", "reside", "resides",
        ]) || (doc.f(trigger.first.wrapping_sub(1)) == "lived"
            && matches!(doc.f(trigger.first.wrapping_sub(2)), "has" | "have")
            // (Not an exile that followed a release: "who has lived in exile since he was
            // released", "since his release in 2019".)
            && !(trigger.last..trigger.last + 8).any(|k| {
                ["releas", "freed", "banish", "expel", "deport"]
                    .iter()
                    .any(|p| doc.f(k).starts_with(p))
            }))
            || (trigger.first <= sentence_first + 1
                && matches!(doc.f(trigger.first), "in" | "en")
                && doc.f(trigger.last) == ","));
    warrant || lives_in_exile
}

/// Verbs of refusing, which deny only their own clause.
const REFUSALS: &[&str] = &[
    "refused",
    "refuses",
    "refuse",
    "refusing",
    "declined",
    "declines",
    "nego",
    "negaron",
    "niega",
    "niegan",
    "rehuso",
    "rehusaron",
    "rechazo",
    "rechazaron",
];

/// Whether the conjunction or comma `w` at `k` closes a clause that holds a refusal: "and" after
/// one (or after a denial), or a comma after a relative clause ("who"/"quien") that holds one.
pub(crate) fn refused_before(
    doc: &crate::text::Doc<'_>,
    w: &str,
    sentence_first: usize,
    k: usize,
) -> bool {
    let refusal = |from: usize| (from..k).any(|j| REFUSALS.contains(&doc.f(j)));
    match w {
        // ("were not released and remain at Ramo Verde": a denial too stays in its clause.)
        "and" | "y" => {
            refusal(sentence_first)
                || (sentence_first..k)
                    .any(|j| matches!(doc.f(j), "not" | "n't" | "never" | "no" | "nunca"))
        }
        "," => (sentence_first..k)
            .rev()
            .find(|&j| matches!(doc.f(j), "who" | "which" | "quien" | "quienes"))
            .is_some_and(refusal),
        _ => false,
    }
}

/// Whether a comma between a "no" at token `k` and the trigger at `first` ends the clause it
/// denies ("no salió, lo trasladaron el domingo a la DGCIM"); not an aside inside the denied verb
/// ("no ha sido, hasta el momento, liberado", "has not, despite the announcement, been released").
pub(crate) fn clause_ended(doc: &crate::text::Doc<'_>, k: usize, first: usize) -> bool {
    (k + 1..first)
        .find(|&j| doc.f(j) == ",")
        .is_some_and(|c| (k + 1..c).any(|j| !DENIAL_AUX.contains(&doc.f(j))))
}

/// The auxiliaries a denial may stand among before an aside inside its verb ("no ha sido, …,
/// liberado", "has not yet, …, been released").
pub(crate) const DENIAL_AUX: &[&str] = &[
    "ha", "han", "habia", "sido", "has", "have", "had", "been", "fue", "was", "were", "is", "are",
    "yet", "aun", "todavia",
];

/// Drops the events a concession names without anyone ("…were in jails as of March 27, despite
/// a string of releases since January", "pese a las excarcelaciones"): no event, nor a count's;
/// "despite the release of X" still frees X.
pub(crate) fn drop_conceded(doc: &crate::text::Doc<'_>, out: &mut Vec<crate::triggers::Trigger>) {
    out.retain(|t| {
        let of_someone = matches!(doc.f(t.last), "of" | "de" | "del")
            || matches!(doc.f(t.last.wrapping_sub(1)), "of" | "de" | "del");
        let conceded = (t.first.saturating_sub(4)..t.first).any(|k| {
            matches!(doc.f(k), "despite" | "pese")
                || (doc.f(k) == "pesar" && doc.f(k.wrapping_sub(1)) == "a")
        });
        t.voice != crate::triggers::Voice::Nominal || of_someone || !conceded
    });
}

/// ("She must be freed immediately", "debe ser liberado", "should be released"): an event owed,
/// with its verb right after "be"/"ser"; not a condition's "must" before another verb ("X, who
/// must report to court, was released"). So is one pressed for ("we continue to press for her
/// release"; not "told a press conference").
pub(crate) fn ought(doc: &crate::text::Doc<'_>, k: usize, trigger: usize) -> bool {
    (doc.f(k) == "press" && doc.f(k + 1) == "for")
        || matches!(
            doc.f(k),
            "must" | "should" | "debe" | "deben" | "deberia" | "deberian" | "tiene" | "tienen"
        ) && matches!(doc.f(k + 1), "be" | "ser" | "que")
            && (k + 2 == trigger
                || (doc.f(k + 1) == "que" && doc.f(k + 2) == "ser" && k + 3 == trigger))
}
