//! Words that signal custody events, and the modality around them (future, demanded, hoped
//! for, denied, announced), in Spanish and English.

use crate::model::{Certainty, EventType};
use crate::text::Doc;

/// Where a trigger's person usually stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// Subject before ("X was freed"), else after ("fueron excarcelados A y B").
    Passive,
    /// Object after ("detuvieron a X").
    Active,
    /// Noun: "the release of X", "la excarcelación de X", or a possessive before.
    Nominal,
    /// Spanish object clitic ("lo imputó"): the sentence's subject, else the focus.
    Clitic,
}

/// A trigger found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trigger {
    /// First token.
    pub first: usize,
    /// Index after the last token.
    pub last: usize,
    /// Event type.
    pub kind: EventType,
    /// Where its person stands.
    pub voice: Voice,
    /// Used as a noun for unnamed people ("those released", "los detenidos"): never a named person's event.
    pub group_only: bool,
}

use EventType::*;
use Voice::*;

const PATTERNS: &[(&str, EventType, Voice)] = &[
    // house arrest first: longer patterns win over "arrest"
    ("house arrest", HouseArrest, Passive),
    ("arresto domiciliario", HouseArrest, Passive),
    ("detencion domiciliaria", HouseArrest, Passive),
    ("casa por carcel", HouseArrest, Passive),
    ("arrested", Arrest, Passive),
    ("captured", Arrest, Passive),
    ("apprehended", Arrest, Passive),
    ("jailed", Arrest, Passive),
    ("imprisoned", Arrest, Passive),
    ("abducted", Arrest, Passive),
    ("taken into custody", Arrest, Passive),
    ("rounded up", Arrest, Passive),
    ("arrest of", Arrest, Nominal),
    ("arrest", Arrest, Nominal),
    ("capture of", Arrest, Nominal),
    ("capture", Arrest, Nominal),
    ("detention of", Arrest, Nominal),
    ("arresting", Arrest, Active),
    ("detaining", Arrest, Active),
    ("detenido", Arrest, Passive),
    ("detenida", Arrest, Passive),
    ("detenidos", Arrest, Passive),
    ("detenidas", Arrest, Passive),
    ("arrestado", Arrest, Passive),
    ("arrestada", Arrest, Passive),
    ("arrestados", Arrest, Passive),
    ("aprehendido", Arrest, Passive),
    ("aprehendida", Arrest, Passive),
    ("aprehendidos", Arrest, Passive),
    ("capturado", Arrest, Passive),
    ("capturada", Arrest, Passive),
    ("capturados", Arrest, Passive),
    ("apresado", Arrest, Passive),
    ("apresada", Arrest, Passive),
    ("encarcelado", Arrest, Passive),
    ("encarcelada", Arrest, Passive),
    ("encarcelados", Arrest, Passive),
    ("detuvo a", Arrest, Active),
    ("detuvieron a", Arrest, Active),
    ("detuvieron al", Arrest, Active),
    ("detuvo al", Arrest, Active),
    ("arrestaron a", Arrest, Active),
    ("capturaron a", Arrest, Active),
    ("aprehendieron a", Arrest, Active),
    ("detencion de", Arrest, Nominal),
    ("detencion del", Arrest, Nominal),
    ("arresto de", Arrest, Nominal),
    ("captura de", Arrest, Nominal),
    ("detained", Arrest, Passive),
    ("detuvo", Arrest, Active),
    ("detuvieron", Arrest, Active),
    ("arrestaron", Arrest, Active),
    ("capturaron", Arrest, Active),
    ("aprehendieron", Arrest, Active),
    ("detencion", Arrest, Nominal),
    ("in detention", Detention, Passive),
    ("under arrest", Detention, Passive),
    ("preso", Detention, Passive),
    ("presa", Detention, Passive),
    ("presos", Detention, Passive),
    ("presas", Detention, Passive),
    ("taken to", Transfer, Passive),
    ("llevado a", Transfer, Passive),
    ("llevada a", Transfer, Passive),
    ("excarcelaron", Release, Active),
    ("liberaron", Release, Active),
    ("excarcelo", Release, Active),
    ("libero", Release, Active),
    ("otorgo la libertad", Release, Active),
    ("concedio la libertad", Release, Active),
    ("granted release to", Release, Active),
    ("condeno", Sentence, Active),
    ("condenaron", Sentence, Active),
    ("imputaron", Charge, Active),
    ("desaparicion forzada", Disappearance, Nominal),
    ("whereabouts of", Disappearance, Nominal),
    ("lo imputo", Charge, Clitic),
    ("la imputo", Charge, Clitic),
    ("lo imputaron", Charge, Clitic),
    ("la imputaron", Charge, Clitic),
    ("lo detuvieron", Arrest, Clitic),
    ("la detuvieron", Arrest, Clitic),
    ("lo liberaron", Release, Clitic),
    ("la liberaron", Release, Clitic),
    ("lo excarcelaron", Release, Clitic),
    ("la excarcelaron", Release, Clitic),
    ("lo condeno", Sentence, Clitic),
    ("la condeno", Sentence, Clitic),
    ("lo trasladaron", Transfer, Clitic),
    ("la trasladaron", Transfer, Clitic),
    ("held", Detention, Passive),
    ("in custody", Detention, Passive),
    ("behind bars", Detention, Passive),
    ("recluido", Detention, Passive),
    ("recluida", Detention, Passive),
    ("recluidos", Detention, Passive),
    ("privado de libertad", Detention, Passive),
    ("privada de libertad", Detention, Passive),
    ("tras las rejas", Detention, Passive),
    ("released", Release, Passive),
    ("freed", Release, Passive),
    ("set free", Release, Passive),
    ("walked free", Release, Passive),
    ("walked out of", Release, Passive),
    ("release of", Release, Nominal),
    ("releases", Release, Nominal),
    ("release", Release, Nominal),
    ("freeing", Release, Active),
    ("releasing", Release, Active),
    ("excarcelado", Release, Passive),
    ("excarcelada", Release, Passive),
    ("excarcelados", Release, Passive),
    ("excarceladas", Release, Passive),
    ("liberado", Release, Passive),
    ("liberada", Release, Passive),
    ("liberados", Release, Passive),
    ("liberadas", Release, Passive),
    ("puesto en libertad", Release, Passive),
    ("puesta en libertad", Release, Passive),
    ("puestos en libertad", Release, Passive),
    ("salio en libertad", Release, Passive),
    ("salieron en libertad", Release, Passive),
    ("quedo en libertad", Release, Passive),
    ("recupero su libertad", Release, Passive),
    ("excarcelaron a", Release, Active),
    ("liberaron a", Release, Active),
    ("excarcelo a", Release, Active),
    ("libero a", Release, Active),
    ("excarcelacion de", Release, Nominal),
    ("excarcelacion del", Release, Nominal),
    ("liberacion de", Release, Nominal),
    ("liberacion del", Release, Nominal),
    ("excarcelaciones", Release, Nominal),
    ("excarcelacion", Release, Nominal),
    ("liberacion", Release, Nominal),
    ("libertad condicional", ConditionalRelease, Passive),
    ("released on bail", ConditionalRelease, Passive),
    ("transferred", Transfer, Passive),
    ("trasladado", Transfer, Passive),
    ("trasladada", Transfer, Passive),
    ("trasladados", Transfer, Passive),
    ("traslado de", Transfer, Nominal),
    ("transfer of", Transfer, Nominal),
    ("charged with", Charge, Passive),
    ("charged", Charge, Passive),
    ("indicted", Charge, Passive),
    ("imputado", Charge, Passive),
    ("imputada", Charge, Passive),
    ("imputados", Charge, Passive),
    ("imputaron a", Charge, Active),
    ("sentenced", Sentence, Passive),
    ("convicted", Sentence, Passive),
    ("condenado", Sentence, Passive),
    ("condenada", Sentence, Passive),
    ("condenados", Sentence, Passive),
    ("sentenciado", Sentence, Passive),
    ("sentenciada", Sentence, Passive),
    ("condenaron a", Sentence, Active),
    ("died in custody", DeathInCustody, Passive),
    ("died in prison", DeathInCustody, Passive),
    ("died while in custody", DeathInCustody, Passive),
    ("murio bajo custodia", DeathInCustody, Passive),
    ("fallecio bajo custodia", DeathInCustody, Passive),
    ("murio en prision", DeathInCustody, Passive),
    ("fallecio en prision", DeathInCustody, Passive),
    ("murio en la carcel", DeathInCustody, Passive),
    ("fallecio en la carcel", DeathInCustody, Passive),
    ("murio en la sede", DeathInCustody, Passive),
    ("fallecio en la sede", DeathInCustody, Passive),
    ("muerte bajo custodia de", DeathInCustody, Nominal),
    ("forcibly disappeared", Disappearance, Passive),
    ("disappeared", Disappearance, Passive),
    ("whereabouts are unknown", Disappearance, Passive),
    ("whereabouts remain unknown", Disappearance, Passive),
    ("desaparecido", Disappearance, Passive),
    ("desaparecida", Disappearance, Passive),
    ("desaparecidos", Disappearance, Passive),
    ("desaparicion forzada de", Disappearance, Nominal),
    ("paradero desconocido", Disappearance, Passive),
    ("se desconoce el paradero de", Disappearance, Nominal),
    ("into exile", Exile, Passive),
    ("for exile", Exile, Passive),
    ("in exile", Exile, Passive),
    ("se exilio", Exile, Passive),
    ("se exiliaron", Exile, Passive),
    ("se llevaron", Arrest, Active),
    ("se lo llevaron", Arrest, Clitic),
    ("se la llevaron", Arrest, Clitic),
    ("obtuvo la libertad", Release, Passive),
    ("obtuvo su libertad", Release, Passive),
    ("recibio la libertad", Release, Passive),
    ("obtuvieron la libertad", Release, Passive),
    ("recibieron la libertad", Release, Passive),
    ("permanecia en", Detention, Passive),
    ("permanecian en", Detention, Passive),
    ("permanece en", Detention, Passive),
    ("permanecen en", Detention, Passive),
    ("sigue en", Detention, Passive),
    ("siguen en", Detention, Passive),
    ("remains in", Detention, Passive),
    ("remain in", Detention, Passive),
    ("still in", Detention, Passive),
    ("paradero se desconoce", Disappearance, Passive),
    ("se desconoce su paradero", Disappearance, Passive),
    ("exiled", Exile, Passive),
    ("exiliado", Exile, Passive),
    ("exiliada", Exile, Passive),
    ("al exilio", Exile, Passive),
    ("expelled", Expulsion, Passive),
    ("deported", Expulsion, Passive),
    ("expulsado", Expulsion, Passive),
    ("expulsada", Expulsion, Passive),
    ("expulsados", Expulsion, Passive),
    ("deportado", Expulsion, Passive),
    ("deportada", Expulsion, Passive),
    ("deportados", Expulsion, Passive),
    ("expulsion de", Expulsion, Nominal),
];

/// Words before "detained"/"detenido" that make it a state (detention) rather than an arrest.
const STATE_AUX: &[&str] = &[
    "remains",
    "remain",
    "still",
    "is",
    "are",
    "been",
    "being",
    "permanece",
    "permanecen",
    "sigue",
    "siguen",
    "continua",
    "continuan",
    "esta",
    "estan",
    "encuentra",
    "encuentran",
    "estaba",
    "estaban",
    "lleva",
    "llevan",
    "mantiene",
    "mantienen",
    "seguia",
    "permanecia",
];

/// Auxiliaries that make a participle passive ("was freed", "fue excarcelado").
pub const PASSIVE_AUX: &[&str] = &[
    "was", "were", "been", "being", "be", "got", "fue", "fueron", "sido", "ha", "han", "habia",
    "habian", "is", "are",
];

type Pattern = (&'static str, EventType, Voice);

/// Patterns indexed by their first word, built once.
fn by_first_word() -> &'static std::collections::HashMap<&'static str, Vec<Pattern>> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<&'static str, Vec<Pattern>>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map: std::collections::HashMap<&'static str, Vec<Pattern>> =
            std::collections::HashMap::new();
        for p in PATTERNS {
            map.entry(p.0.split(' ').next().unwrap_or(""))
                .or_default()
                .push(*p);
        }
        map
    })
}

/// "died on Tuesday while in custody", "murió el domingo bajo custodia": a death, then a custody word within six.
fn death_in_custody(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    if !matches!(
        doc.f(i),
        "died" | "dies" | "murio" | "fallecio" | "muere" | "fallece"
    ) {
        return None;
    }
    (i + 1..to.min(i + 8))
        .find(|&k| {
            matches!(
                doc.f(k),
                "custody"
                    | "custodia"
                    | "prison"
                    | "prision"
                    | "carcel"
                    | "cell"
                    | "celda"
                    | "detention"
                    | "detencion"
            )
        })
        .map(|k| k + 1)
}

/// Finds triggers in tokens `from..to` (longest pattern at each token wins).
pub fn find(doc: &Doc<'_>, from: usize, to: usize) -> Vec<Trigger> {
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if let Some(last) = death_in_custody(doc, i, to) {
            out.push(Trigger {
                first: i,
                last,
                kind: DeathInCustody,
                voice: Passive,
                group_only: false,
            });
            i = last;
            continue;
        }
        let best = by_first_word()
            .get(doc.f(i))
            .into_iter()
            .flatten()
            .filter(|(words, _, _)| doc.matches_at(i, words))
            .max_by_key(|(words, _, _)| words.len());
        let Some((words, kind, voice)) = best else {
            i += 1;
            continue;
        };
        let last = i + words.split(' ').count();
        let mut kind = *kind;
        let prev = doc.f(i.wrapping_sub(1));
        let prev2 = doc.f(i.wrapping_sub(2));
        let is_detained = matches!(
            *words,
            "detained"
                | "detenido"
                | "detenida"
                | "detenidos"
                | "detenidas"
                | "encarcelado"
                | "encarcelada"
                | "encarcelados"
                | "imprisoned"
                | "jailed"
        );
        if is_detained
            && (STATE_AUX.contains(&prev)
                || STATE_AUX.contains(&prev2)
                || doc.f(last) == "desde"
                || doc.f(last) == "since")
        {
            kind = Detention;
        }
        // "arrest" as a bare noun in "house arrest" is handled above; "under arrest" is a state.
        if kind == Arrest && *words == "arrest" && prev == "under" {
            kind = Detention;
        }
        // "preso" is a state only after "sigue"/"está" or before "desde"; alone it is a noun ("el preso político").
        let state_before = STATE_AUX.contains(&prev) || STATE_AUX.contains(&prev2);
        if matches!(*words, "preso" | "presa" | "presos" | "presas")
            && !(state_before || doc.f(last) == "desde" || prev == ",")
        {
            i = last;
            continue;
        }
        // "the detained student X", "del detenido X": an attribute, not an event.
        let determiner = matches!(
            prev,
            "the"
                | "a"
                | "an"
                | "of"
                | "el"
                | "la"
                | "los"
                | "las"
                | "del"
                | "al"
                | "several"
                | "other"
                | "some"
                | "many"
                | "varios"
                | "otros"
                | "otras"
                | "those"
                | "these"
        );
        let next = doc.f(last);
        let describer = !crate::lexicon::roles(next).is_empty()
            || !crate::lexicon::nationalities(next).is_empty()
            || matches!(
                next,
                "opposition" | "opositor" | "opositora" | "union" | "former" | "ex"
            )
            || doc
                .tokens
                .get(last)
                .is_some_and(|t| t.capitalised && t.kind == crate::text::TokenKind::Word);
        // "los detenidos", "those detained": the participle is a noun.
        let noun_use = matches!(prev, "los" | "las" | "those" | "the")
            && (words.ends_with('s') || prev == "those");
        if *voice == Passive && determiner && describer && kind != HouseArrest {
            i = last;
            continue;
        }
        out.push(Trigger {
            first: i,
            last,
            kind,
            voice: *voice,
            group_only: *voice == Passive && noun_use,
        });
        i = last;
    }
    out
}

/// What the words before a trigger say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modality {
    /// Reported as having happened.
    Fact,
    /// Announced by someone: kept, with certainty "announced".
    Announced(Certainty),
    /// Future, demanded, hoped for, hypothetical or denied: not an event.
    NotAnEvent,
}

const NOT_EVENT_CUES: &[&str] = &[
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
    "exigio",
    "exigieron",
    "exigir",
    "exigencia",
    "pide",
    "piden",
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
];

const ANNOUNCED_CUES: &[&str] = &[
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

/// The modality of a trigger from up to six words before it, stopping at clause punctuation.
pub fn modality(doc: &Doc<'_>, trigger: &Trigger, sentence_first: usize) -> Modality {
    let from = trigger.first.saturating_sub(6).max(sentence_first);
    let mut announced = false;
    for k in (from..trigger.first).rev() {
        let w = doc.f(k);
        if matches!(w, ";" | ":" | "." | "\"") {
            break;
        }
        // "no" and "not" only deny when close to the verb; a comma ends the clause for them.
        let near = trigger.first - k <= 3;
        let negation = matches!(
            w,
            "not" | "n't" | "no" | "never" | "nunca" | "sin" | "without"
        );
        if negation && !near {
            continue;
        }
        // "to" only marks an infinitive right before a verb ("to be freed", "to release").
        if w == "to"
            && (trigger.kind == EventType::HouseArrest
                || !(doc.f(k + 1) == "be" || k + 1 == trigger.first))
        {
            continue;
        }
        if w == "para" && k + 1 != trigger.first && doc.f(k + 1) != "su" && doc.f(k + 1) != "la" {
            continue;
        }
        if NOT_EVENT_CUES.contains(&w) {
            return Modality::NotAnEvent;
        }
        if ANNOUNCED_CUES.contains(&w) {
            announced = true;
        }
    }
    if announced {
        Modality::Announced(Certainty::Announced)
    } else {
        Modality::Fact
    }
}
