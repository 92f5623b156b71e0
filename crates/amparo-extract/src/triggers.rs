//! Words that signal custody events, and the modality around them (future, demanded, hoped
//! for, denied, announced), in Spanish and English.

pub use crate::custody_phrases::is_stay;
use crate::custody_phrases::{
    DURATIONS, before_court, death_in_custody, handed_over, left_prison, sent_to_prison,
    stay_in_prison,
};
use crate::modality_words::{ANNOUNCED_CUES, NOT_EVENT_CUES};
use crate::model::{Certainty, EventType};
use crate::text::Doc;
pub use crate::trigger_words::PASSIVE_AUX;
use crate::trigger_words::{PATTERNS, STATE_AUX};

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

/// Finds triggers in tokens `from..to` (longest pattern at each token wins).
pub fn find(doc: &Doc<'_>, from: usize, to: usize) -> Vec<Trigger> {
    let mut out = Vec::new();
    let mut describing: Vec<usize> = Vec::new();
    let mut i = from;
    while i < to {
        if let Some(last) = left_prison(doc, i, to).or_else(|| handed_over(doc, i, to)) {
            out.push(Trigger {
                first: i,
                last: i + 1,
                kind: Release,
                voice: Passive,
                group_only: false,
            });
            i = last;
            continue;
        }
        if let Some(last) = before_court(doc, i, to) {
            out.push(Trigger {
                first: i,
                last,
                kind: Charge,
                voice: Passive,
                group_only: false,
            });
            i = last;
            continue;
        }
        if let Some(last) = sent_to_prison(doc, i, to) {
            out.push(Trigger {
                first: i,
                last,
                kind: Transfer,
                voice: Passive,
                group_only: false,
            });
            i = last;
            continue;
        }
        if let Some(last) = stay_in_prison(doc, i, to) {
            out.push(Trigger {
                first: i,
                last: i + 1,
                kind: Detention,
                voice: Passive,
                group_only: false,
            });
            i = last;
            continue;
        }
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
        // "which released the names early Sunday", "publicó la lista": a document is released,
        // nobody is freed.
        let document = |k: usize| {
            matches!(
                doc.f(k),
                "names"
                    | "list"
                    | "statement"
                    | "report"
                    | "figures"
                    | "data"
                    | "details"
                    | "video"
                    | "footage"
                    | "photos"
                    | "images"
                    | "communique"
                    | "information"
            )
        };
        if matches!(*words, "released" | "releases" | "release")
            && (document(last)
                || (matches!(doc.f(last), "the" | "a" | "its" | "their" | "an")
                    && document(last + 1)))
        {
            i = last;
            continue;
        }
        // Precautionary measures of the Inter-American Commission protect; they free nobody.
        if words.contains("medida") && crate::clues::mentions_iachr(doc, from, to) {
            i = last;
            continue;
        }
        let mut kind = *kind;
        // ("all those arbitrarily detained", "los injustamente detenidos": an adverb between.)
        let adverb = |w: &str| w.len() > 5 && (w.ends_with("ly") || w.ends_with("mente"));
        let skip = usize::from(adverb(doc.f(i.wrapping_sub(1))));
        let prev = doc.f(i.wrapping_sub(1 + skip));
        let prev2 = doc.f(i.wrapping_sub(2 + skip));
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
        // ("tras 14 meses detenido": a stay told by its length.)
        if is_detained
            && (STATE_AUX.contains(&prev)
                || DURATIONS.contains(&prev)
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
        // ("tras 18 meses preso": a stay in custody told by its length.)
        if matches!(*words, "preso" | "presa" | "presos" | "presas")
            && !(state_before || doc.f(last) == "desde" || prev == "," || DURATIONS.contains(&prev))
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
            || doc.tokens.get(last).is_some_and(|t| {
                // ("those freed Monday were…": a weekday dates the event, it describes no one.)
                t.capitalised
                    && t.kind == crate::text::TokenKind::Word
                    && crate::dates::weekday(next).is_none()
            });
        // "el enviado catarí", "the envoy": a person sent, no transfer.
        if matches!(*words, "enviado" | "enviada" | "enviados" | "enviadas")
            && matches!(
                prev,
                "el" | "la" | "los" | "las" | "un" | "una" | "del" | "al"
            )
        {
            i = last;
            continue;
        }
        // "las preguntas enviadas por este medio": a participle agreeing with the thing before it
        // tells what was sent, no one moved.
        if kind == Transfer
            && *voice == Passive
            && !words.contains(' ')
            && agrees_with_thing(doc, i)
        {
            i = last;
            continue;
        }
        // "una asociación de exiliados", "madres de detenidos": people of a kind, no event.
        if *voice == Passive
            && matches!(prev, "de" | "of")
            && words.ends_with('s')
            && !words.contains(' ')
            && matches!(kind, Exile | Arrest | Detention | Release | Expulsion)
            && doc
                .tokens
                .get(i.wrapping_sub(2))
                .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
            && !matches!(
                prev2,
                "centenares"
                    | "cientos"
                    | "decenas"
                    | "miles"
                    | "hundreds"
                    | "dozens"
                    | "thousands"
            )
        {
            i = last;
            continue;
        }
        // "sin parentesco con el excarcelado", "padre del liberado": a participle after an article,
        // with no name after it, is a person spoken of, no event.
        if *voice == Passive
            && !words.contains(' ')
            && matches!(prev, "el" | "la" | "del" | "al")
            && !doc.tokens.get(last).is_some_and(|t| t.capitalised)
            && !matches!(doc.f(last), "de" | "del" | "en" | "por")
        {
            i = last;
            continue;
        }
        // "sigue en servicio activo", "remains in office": no custody.
        if kind == Detention
            && matches!(
                doc.f(last),
                "servicio" | "funciones" | "libertad" | "office" | "service" | "power" | "charge"
            )
            || (kind == Detention
                && matches!(doc.f(last), "el" | "su" | "the")
                && matches!(
                    doc.f(last + 1),
                    "cargo" | "poder" | "pais" | "country" | "servicio"
                ))
        {
            i = last;
            continue;
        }
        // "los detenidos", "those detained": the participle is a noun.
        let noun_use = matches!(prev, "los" | "las" | "those" | "the")
            && (words.ends_with('s') || prev == "those");
        // "la situación de diez detenidos", "the cases of 12 detainees": people counted, no event.
        // ("la lista de 40 excarcelados" does say they were freed.)
        let counted = matches!(prev2, "de" | "of")
            && matches!(kind, Arrest | Detention)
            && words.ends_with('s')
            && (crate::counts::number_word(prev).is_some()
                || doc
                    .tokens
                    .get(i.wrapping_sub(1))
                    .is_some_and(|t| t.kind == crate::text::TokenKind::Number));
        // "se enteró por otro detenido", "another detainee told her": a person, no event.
        let another = matches!(prev, "otro" | "otra" | "another")
            && *voice == Passive
            && matches!(kind, Arrest | Detention);
        // "Familiares de los detenidos", "families of those detained": a reference, no event at all.
        if another || ((noun_use || counted) && matches!(prev2, "de" | "of")) {
            i = last;
            continue;
        }
        // "X was among those released", "figura entre los excarcelados": X's own event.
        let among = noun_use
            && matches!(prev2, "among" | "entre")
            && matches!(kind, Release | ConditionalRelease);
        if *voice == Passive && determiner && describer && kind != HouseArrest {
            i = last;
            continue;
        }
        // "released 17 people jailed for political reasons": after the main event, a participle
        // right after the people it describes says who they are, not what happened.
        // ("Siete militares y dos civiles detenidos por razones políticas salieron de Ramo
        // Verde": the same before the main event; such participles are dropped below when the
        // sentence has another event.)
        // ("El SNTP contabiliza 19 trabajadores de la prensa detenidos": the people a tally
        // counts, described.)
        let tallied = (i.saturating_sub(8)..i).any(|k| {
            matches!(
                doc.f(k),
                "contabiliza"
                    | "contabilizan"
                    | "registra"
                    | "registran"
                    | "cuenta"
                    | "cuentan"
                    | "documenta"
                    | "documentan"
                    | "counts"
                    | "tallies"
                    | "lists"
            ) && (k + 1..i).any(|j| {
                doc.tokens
                    .get(j)
                    .is_some_and(|t| t.kind == crate::text::TokenKind::Number)
                    || crate::counts::number_word(doc.f(j)).is_some()
            })
        });
        if tallied && *voice == Passive && matches!(kind, Arrest | Detention) {
            i = last;
            continue;
        }
        let reduced_relative = *voice == Passive
            && matches!(kind, Arrest | Detention)
            && crate::count_words::PEOPLE.contains(&prev);
        if reduced_relative && !out.is_empty() {
            i = last;
            continue;
        }
        if reduced_relative {
            describing.push(i);
        }
        // "would release X", "agreed to release X": the verb, whose object is the freed.
        let voice = if *words == "release"
            && matches!(
                prev,
                "would" | "will" | "to" | "could" | "may" | "might" | "shall" | "did"
            ) {
            Active
        } else {
            *voice
        };
        // "A Yelitza Carrasquel la condenaron…", "le imputaron": a clitic object before the verb.
        let clitic = voice == Active
            && !words.contains(' ')
            && i > 0
            && matches!(prev, "lo" | "la" | "los" | "las" | "le" | "les");
        let (start, voice) = if clitic { (i - 1, Clitic) } else { (i, voice) };
        out.push(Trigger {
            first: start,
            last,
            kind,
            voice,
            // ("defensor de varios militares detenidos", "personas detenidas por delitos
            // comunes": alone in its sentence, it still tells of those people, never of a name.)
            group_only: (voice == Passive && noun_use && !among) || reduced_relative,
        });
        i = last;
    }
    if out.len() > describing.len() {
        // ("Cuatro de los seis estudiantes detenidos el domingo … fueron liberados ayer": a
        // describing participle with its own day still tells when the group was arrested; it
        // is the group's, never a name's.)
        let dated = |t: &Trigger| {
            let weekday = |k: usize| crate::dates::weekday(doc.f(k)).is_some();
            weekday(t.last)
                || (matches!(
                    doc.f(t.last),
                    "el" | "on" | "this" | "last" | "este" | "esta"
                ) && weekday(t.last + 1))
                || matches!(doc.f(t.last), "ayer" | "anoche" | "yesterday")
                || crate::dates::find(doc, t.last, (t.last + 5).min(to), None)
                    .first()
                    .is_some_and(|d| d.first <= t.last + 1)
        };
        out.retain_mut(|t| {
            if !describing.contains(&t.first) {
                return true;
            }
            t.group_only = true;
            dated(t)
        });
    }
    out
}

/// Whether the words before a trigger make it a future ("will release", "would free",
/// "liberará"): what a count next to it announces is yet to happen.
pub fn is_future(doc: &Doc<'_>, trigger: &Trigger, sentence_first: usize) -> bool {
    matches!(
        doc.f(trigger.first),
        "liberara" | "liberaran" | "excarcelara" | "excarcelaran"
    ) || (trigger.first.saturating_sub(4).max(sentence_first)..trigger.first).any(|k| {
        matches!(
            doc.f(k),
            "will" | "would" | "shall" | "sera" | "seran" | "va" | "van" | "próximos" | "proximos"
        )
    })
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

/// The modality of a trigger from up to six words before it, stopping at clause punctuation.
pub fn modality(doc: &Doc<'_>, trigger: &Trigger, sentence_first: usize) -> Modality {
    // "cuya liberación reclamó su hermana", "whose release his family demanded": asked for.
    if trigger.voice == Voice::Nominal
        && (trigger.last..trigger.last + 3).any(|k| {
            matches!(
                doc.f(k),
                "reclamo"
                    | "reclaman"
                    | "reclamaron"
                    | "exigio"
                    | "exigen"
                    | "exigieron"
                    | "pidio"
                    | "piden"
                    | "pidieron"
                    | "demanded"
                    | "demand"
                    | "demands"
                    | "sought"
                    | "seek"
                    | "seeks"
            )
        })
    {
        return Modality::NotAnEvent;
    }
    // "herself freed from prison years ago", "excarcelado hace años": a former prisoner's past
    // with no time the text gives, told of someone who speaks now.
    let long_ago = (trigger.last..trigger.last + 6).any(|k| {
        (doc.f(k) == "ago" && matches!(doc.f(k - 1), "years" | "decades" | "long"))
            || (doc.f(k) == "hace"
                && matches!(
                    doc.f(k + 1),
                    "anos" | "decadas" | "tiempo" | "mucho" | "muchos"
                ))
    });
    if long_ago {
        return Modality::NotAnEvent;
    }
    let plain = plain_modality(doc, trigger, sentence_first);
    if plain == Modality::NotAnEvent && announced_future(doc, trigger, sentence_first) {
        return Modality::Announced(Certainty::Announced);
    }
    plain
}

/// Verbs of saying, which make a future an announcement when an authority says it.
const SAYS: &[&str] = &[
    "said",
    "says",
    "told",
    "stated",
    "confirmed",
    "informed",
    "dijo",
    "dice",
    "informo",
    "confirmo",
    "aseguro",
    "afirmo",
    "declaro",
    "indico",
    "senalo",
    "segun",
    "according",
];

/// Those whose word about a release is an announcement, not a hope.
const AUTHORITIES: &[&str] = &[
    "gobierno",
    "government",
    "ministro",
    "ministra",
    "minister",
    "ministry",
    "ministerio",
    "fiscal",
    "fiscalia",
    "prosecutor",
    "official",
    "officials",
    "funcionario",
    "funcionarios",
    "autoridades",
    "authorities",
    "presidente",
    "president",
    "canciller",
    "cancilleria",
    "tribunal",
    "court",
    "juez",
    "jueza",
    "judge",
    "vicepresidenta",
    "vicepresidente",
    "viceministro",
    "viceministra",
    "administration",
    "department",
    "embajada",
    "embassy",
];

/// A future an authority announces ("anunció que serán excarcelados"): no date of its own.
pub fn announced_future(doc: &Doc<'_>, trigger: &Trigger, sentence_first: usize) -> bool {
    // "El diputado X anunció este jueves que \"en las próximas horas\" serán excarcelados…": a
    // future an authority announces is an announced event, not a mere hope.
    let future = is_future(doc, trigger, sentence_first)
        || matches!(doc.f(trigger.first.wrapping_sub(1)), "seran" | "sera");
    // The announcement may come after the news it gives: "X will be released on Monday, the
    // ministry said"; "El Gobierno liberará a X, anunció el ministro".
    let end = doc
        .sentences
        .iter()
        .find(|s| s.first <= trigger.first && trigger.first < s.last)
        .map_or(trigger.last, |s| s.last);
    let words = || (sentence_first..end).filter(|k| !(trigger.first..trigger.last).contains(k));
    let announcer = words().any(|k| {
        matches!(
            doc.f(k),
            "anuncio" | "anunciaron" | "anuncia" | "anuncian" | "announced" | "announces"
        )
    }) || (words().any(|k| SAYS.contains(&doc.f(k)))
        && words().any(|k| AUTHORITIES.contains(&doc.f(k))));
    let demanded = (sentence_first..trigger.first).any(|k| {
        matches!(
            doc.f(k),
            "exigio" | "pidio" | "demanded" | "urged" | "called" | "no" | "not" | "si" | "if"
        )
    });
    future && announcer && !demanded
}

fn plain_modality(doc: &Doc<'_>, trigger: &Trigger, sentence_first: usize) -> Modality {
    // "liberará", "excarcelarán" (accents folded): a future, whatever stands before it.
    if matches!(
        doc.f(trigger.first),
        "liberara" | "liberaran" | "excarcelara" | "excarcelaran"
    ) {
        return Modality::NotAnEvent;
    }
    let from = trigger.first.saturating_sub(6).max(sentence_first);
    let mut announced = false;
    for k in (from..trigger.first).rev() {
        let w = doc.f(k);
        // A quote opening the words of the event ("pidió \"libertad plena\"") does not end the clause.
        if w == "\"" && k + 2 >= trigger.first {
            continue;
        }
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
        let instead = matches!(w, "lugar" | "vez")
            && doc.f(k.wrapping_sub(1)) == "en"
            && doc.f(k + 1) == "de";
        // "durante su detención", "during his detention": a custody told elsewhere.
        let during = matches!(w, "durante" | "during") && k + 2 >= trigger.first;
        // ("in what opposition groups called a forced exile": named so, not called for.)
        let named_so =
            matches!(w, "called" | "calls" | "call") && matches!(doc.f(k + 1), "a" | "an");
        if (NOT_EVENT_CUES.contains(&w) && !named_so) || instead || during {
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

/// Whether the Spanish participle at `k` agrees with a common noun right before it that names
/// no people ("preguntas enviadas", "los documentos trasladados"): the noun is what it tells of.
fn agrees_with_thing(doc: &Doc<'_>, k: usize) -> bool {
    let Some(prev) = k.checked_sub(1).and_then(|p| doc.tokens.get(p)) else {
        return false;
    };
    let (noun, participle) = (prev.folded.as_str(), doc.f(k));
    fn ending(w: &str) -> Option<&'static str> {
        ["as", "os", "a", "o"].into_iter().find(|e| w.ends_with(e))
    }
    prev.kind == crate::text::TokenKind::Word
        && !prev.capitalised
        && noun.chars().count() > 3
        && ending(noun).is_some()
        && ending(noun) == ending(participle)
        && !crate::count_words::PEOPLE.contains(&noun)
        && !crate::lexicon::is_np_word(noun)
        && crate::lexicon::roles(noun).is_empty()
        && crate::lexicon::nationalities(noun).is_empty()
        && !matches!(
            noun,
            "sido"
                | "estado"
                | "quedado"
                | "siendo"
                | "estaba"
                | "estaban"
                | "habia"
                | "fuera"
                | "quedo"
                | "quedaron"
                | "resulto"
                | "resultaron"
                | "luego"
                | "tambien"
                | "despues"
                | "ahora"
                | "todos"
                | "todas"
                | "ambos"
                | "ambas"
                | "ellos"
                | "ellas"
                | "otros"
                | "otras"
                | "varios"
                | "varias"
                | "muchos"
                | "muchas"
                | "unos"
                | "unas"
                | "algunos"
                | "algunas"
                | "quienes"
                | "mismo"
                | "misma"
                | "mismos"
                | "mismas"
                | "nuevamente"
                | "finalmente"
                | "posteriormente"
                | "inmediatamente"
                | "solo"
        )
}
