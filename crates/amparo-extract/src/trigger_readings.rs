//! What a trigger turns out to be once the words after it are read: taken to the border or sent
//! abroad is sent out of the country, taken out of a prison frees, a sentence in absentia held
//! no one, and a release or a move into house arrest is the house arrest.

use crate::leaving_words::BODIES;
use crate::model::EventType::*;
use crate::taking_words::AGENTS;
use crate::text::Doc;
use crate::triggers::{Trigger, Voice};

/// Words that say whereabouts are unknown or denied ("cuyo paradero se desconoce", "aún no ha
/// sido confirmado", "fue negado a sus familiares").
const UNKNOWN: &[&str] = &[
    "desconoce",
    "desconocido",
    "no",
    "aun",
    "unknown",
    "se",
    "negado",
    "negada",
    "denied",
];

/// Rereads the triggers `out` of tokens up to `to`.
pub(crate) fn reread(doc: &Doc<'_>, out: &mut Vec<Trigger>, to: usize) {
    // ("El Real Madrid se llevó al delantero X", "interceptado por delincuentes"): taken away
    // only by the state's agents; "no sabe dónde está la llave" is no disappearance, nor
    // "cuyo paradero fue confirmado"; "el cargo quedó libre tras su renuncia" frees no one.
    out.retain(|t| {
        let f = doc.f(t.first);
        let taken = (f == "se" && doc.f(t.first + 1) == "llevo") || f.starts_with("interceptad");
        // (The sentence, read only when a rule below asks for it.)
        let sentence = || {
            doc.sentence_at(t.first)
                .map_or(t.first..t.last, |s| s.first..s.last)
        };
        if crate::taking_words::no_taking(doc, t, sentence().start, to) {
            return false;
        }
        // ("El pasaporte de X fue retenido", "Un cargamento enviado por el diputado X fue
        // interceptado": a thing kept or stopped, not a person.)
        let thing = || crate::owners::thing_among(doc, sentence().start, t.first);
        if (f.starts_with("retenid") && thing())
            || (f == "seized" && crate::owners::thing_taken(doc, t.first))
        {
            return false;
        }
        // ("Los agarraron a golpes": a beating, no arrest.)
        if f.ends_with("agarraron") || doc.f(t.first + 1) == "agarraron" {
            let blows = doc.f(t.last) == "a"
                && matches!(
                    doc.f(t.last + 1),
                    "golpes" | "palos" | "patadas" | "pedradas"
                );
            if blows {
                return false;
            }
        }
        if f == "taken" && doc.f(t.first + 1) == "by" {
            return crate::taking_words::by_agents(doc, t.last, to);
        }
        if taken {
            // (The agents may open a long sentence: "…la Policía Nacional, acompañada de
            // paramilitares encapuchados, allanó al menos nueve viviendas en los barrios … y se
            // llevó a las siguientes personas".)
            let around = sentence().start.min(t.first.saturating_sub(15))..to.min(t.last + 15);
            // ("…revisaron sus documentos y los dejaron continuar": stopped, not taken.)
            let let_go = sentence().any(|k| {
                doc.matches_any_at(k, &["dejaron continuar", "dejaron seguir", "dejaron ir"])
                    || doc.matches_any_at(k, &["let them go", "allowed to continue"])
            });
            return !let_go && !thing() && around.clone().any(|k| AGENTS.contains(&doc.f(k)));
        }
        // ("The prison director is back in Penal Colony No. 13 after his holiday", "the
        // chaplain…", "went back in prison to interview inmates": staff and visitors.)
        if f == "back" || (f == "de" && doc.f(t.first + 1) == "vuelta") {
            let staff = sentence().any(|k| {
                matches!(
                    doc.f(k),
                    "director"
                        | "directora"
                        | "chaplain"
                        | "capellan"
                        | "guard"
                        | "guards"
                        | "warden"
                        | "guardia"
                        | "custodio"
                        | "doctor"
                        | "nurse"
                        | "visit"
                        | "visitar"
                        | "interview"
                        | "entrevistar"
                        | "holiday"
                        | "vacaciones"
                        | "mass"
                        | "misa"
                )
            });
            if staff {
                return false;
            }
        }
        // ("Ruling party expels lawmaker X", "el partido expulsó a la diputada X de sus filas":
        // out of a body, not the country; the state's expulsion names the country, a border or
        // foreigners.)
        // (So after a clitic: "la expulsaron de la Universidad de Carabobo".)
        let verb = if t.voice == crate::triggers::Voice::Clitic {
            doc.f(t.first + 1)
        } else {
            f
        };
        // ("estudiante universitario expulsado de la UNAN", "expelled from the party"): the
        // participle, out of the body named just after it.
        if t.voice == Voice::Passive
            && t.kind == Expulsion
            && matches!(doc.f(t.last), "de" | "del" | "from")
            && (t.last + 1..to.min(t.last + 4)).any(|k| BODIES.contains(&doc.f(k)))
        {
            return false;
        }
        if matches!(verb, "expels" | "expulsa" | "expulso" | "expulsaron") {
            let around = t.first.saturating_sub(8)..to.min(t.last + 14);
            let out_of_body = around.clone().any(|k| BODIES.contains(&doc.f(k)));
            let of_country = around.clone().any(|k| {
                let w = doc.f(k);
                matches!(
                    w,
                    "pais"
                        | "country"
                        | "frontera"
                        | "border"
                        | "territorio"
                        | "territory"
                        | "extranjeros"
                        | "foreigners"
                        | "foreign"
                ) || !crate::lexicon::nationalities(w).is_empty()
                    || ABROAD.contains(&w)
            });
            return of_country && !out_of_body;
        }
        // ("The full list released by Justice for Venezuela:", "a statement released on
        // Friday"): a document made public, no one freed.
        // ("The list, as released by JEP:": the same; not "X, as released by police").
        let as_released = doc.f(t.first.wrapping_sub(1)) == "as"
            && doc.f(t.first + 1) == "by"
            && [2, 3]
                .iter()
                .any(|&n| DOCUMENTS.contains(&doc.f(t.first.wrapping_sub(n))));
        if f == "released" && (DOCUMENTS.contains(&doc.f(t.first.wrapping_sub(1))) || as_released) {
            return false;
        }
        // ("Viasna chair in exile, Tatsiana Reut, said": an office held abroad, not a leaving.)
        if f == "in"
            && doc.f(t.first + 1) == "exile"
            && (!crate::lexicon::roles(doc.f(t.first.wrapping_sub(1))).is_empty()
                || crate::offices::is_office(doc.f(t.first.wrapping_sub(1)))
                || matches!(
                    doc.f(t.first.wrapping_sub(1)),
                    "chair"
                        | "leader"
                        | "leadership"
                        | "government"
                        | "coordinator"
                        | "representative"
                        | "spokesperson"
                        | "secretary"
                ))
        {
            return false;
        }
        if f == "no" && doc.f(t.first + 2) == "donde" {
            // (Where the person is: the sentence ends, or "since" follows.)
            return t.last >= to
                || matches!(
                    doc.f(t.last),
                    "." | "," | ";" | "\"" | "»" | ")" | "desde" | "since"
                );
        }
        if f == "cuyo" && doc.f(t.first + 1) == "paradero" {
            return (t.last..to.min(t.last + 6)).any(|k| UNKNOWN.contains(&doc.f(k)));
        }
        let free = matches!(doc.f(t.first + 1), "libre" | "libres");
        !(free && matches!(doc.f(t.last), "de" | "tras" | "after" | "del"))
    });
    // ("trasladados en un bus hasta la frontera de El Guasaule", "driven to the border"): taken
    // to the border is sent out of the country.
    for t in out.iter_mut().filter(|t| t.kind == Transfer) {
        // (Taken up to it — "hasta la frontera", "to the border" — not near it.)
        let border = crate::borders::up_to_border(doc, t.last, to.min(t.last + 10), false);
        if border.is_some_and(|b| {
            !(t.last..b).any(|k| crate::custody_phrases::CUSTODY_PLACES.contains(&doc.f(k)))
        }) {
            t.kind = Expulsion;
        }
        // ("excarcelados y enviados a Madrid"): sent abroad is exile (an expulsion for one
        // known foreign, see `assemble`).
        let to_city = matches!(doc.f(t.last.wrapping_sub(1)), "a" | "to")
            || matches!(doc.f(t.last), "a" | "to");
        let city = if matches!(doc.f(t.last), "a" | "to") {
            t.last + 1
        } else {
            t.last
        };
        let purpose = matches!(doc.f(city + 1), "para" | "for" | "to");
        // ("fueron enviados el sábado en un vuelo a Quito": on a flight, the city further on.)
        let flown = (t.last..to.min(t.last + 8))
            .take_while(|&k| !matches!(doc.f(k), "," | ";" | "."))
            .find(|&k| matches!(doc.f(k), "vuelo" | "flight" | "avion" | "plane"))
            .and_then(|v| {
                (v + 1..to.min(v + 6)).find(|&k| {
                    matches!(doc.f(k), "a" | "to" | "hacia") && ABROAD.contains(&doc.f(k + 1))
                })
            })
            .is_some();
        if (to_city && ABROAD.contains(&doc.f(city)) && !purpose) || flown {
            t.kind = Exile;
        }
        // (Foreigners flown out are expelled: "Los ecuatorianos A y B fueron enviados en un
        // vuelo a Quito".)
        let foreign = doc
            .sentence_at(t.first)
            .is_some_and(|s| (s.first..t.first).any(|k| crate::demonyms::foreign_at(doc, k)));
        if flown && foreign {
            t.kind = Expulsion;
        }
    }
    crate::sent_out::taken_out_of_prison(doc, out, to);
    crate::sent_out::sent_home(doc, out);
    crate::banished::moved_to_leave(doc, out);
    crate::sent_out::leaving_of_counted_freed(doc, out);
    crate::held_words::reread_stays(doc, out);
    crate::back_to_prison::reread(doc, out);
    crate::modality_words::drop_conceded(doc, out);
    crate::participles::past_not_noun(doc, out);
    // ("Retienen el pasaporte a X", "Detuvimos el carro frente a…", "Trasladan la audiencia de X
    // al 20 de noviembre"): a Spanish verb of the present or of the first person takes its
    // person with "a"; an article right after it opens a thing, unless a day ("Capturamos el
    // domingo al ciudadano X").
    // (So with a clitic before it: "le retienen el pasaporte a X".)
    out.retain(|t| {
        let verb = t.first + usize::from(t.voice == crate::triggers::Voice::Clitic);
        !(matches!(
            t.voice,
            crate::triggers::Voice::Active | crate::triggers::Voice::Clitic
        ) && crate::told_now_words::SPANISH_NOW.contains(&doc.f(verb))
            && t.last == verb + 1
            && matches!(
                doc.f(t.last),
                "el" | "la" | "los" | "las" | "un" | "una" | "sus"
            )
            && !(crate::dates::weekday(doc.f(t.last + 1)).is_some()
                || crate::dates::month(doc.f(t.last + 1)).is_some()
                || doc.is_number(t.last + 1)
                || matches!(doc.f(t.last + 1), "pasado" | "dia" | "fin" | "mes" | "ano")))
    });
    crate::court_words::reread(doc, out, to);
    crate::accusations::reread(doc, out, to);
    // ("Released to house arrest:", "Moved to house arrest", "pasó a arresto domiciliario"):
    // the release or the move ends in a house arrest, which is the event.
    let into_house_arrest = |t: &Trigger| {
        matches!(t.kind, Release | Transfer)
            && out.iter().any(|h| {
                h.kind == HouseArrest
                    && h.first > t.first
                    && h.first <= t.last + 2
                    && (t.last..h.first)
                        .all(|k| matches!(doc.f(k), "to" | "into" | "a" | "al" | "under" | "bajo"))
            })
    };
    let drop: Vec<bool> = out.iter().map(into_house_arrest).collect();
    let mut keep = drop.iter().map(|d| !d);
    out.retain(|_| keep.next().unwrap_or(true));
    // ("19 casos de desaparición forzada", "cases of arbitrary detention": counted cases, no one's.)
    for t in out.iter_mut() {
        let back = |n: usize| doc.f(t.first.wrapping_sub(n));
        if t.voice == Voice::Nominal
            && matches!(back(1), "de" | "of")
            && matches!(back(2), "casos" | "cases" | "caso" | "case")
        {
            t.group_only = true;
        }
    }
}

pub(crate) use crate::abroad_words::ABROAD;

/// What is released when no one is freed ("released a statement", "the full list released by…",
/// "which released the names early Sunday").
pub(crate) const DOCUMENTS: &[&str] = &[
    "statement",
    "list",
    "report",
    "video",
    "figures",
    "document",
    "communique",
    "letter",
    "photo",
    "photos",
    "names",
    "data",
    "details",
    "footage",
    "images",
    "information",
];

/// Where a verb's person stands, and where the trigger starts: "would release X", "agreed to
/// release X" (the verb, whose object is the freed); a clitic object before the verb ("A
/// Yelitza Carrasquel la condenaron…", "le imputaron", "…lo expulsaron a Colombia", "me
/// detuvieron"), which the trigger takes in; a relative object before it ("…la concejal X, a
/// quien liberaron horas después"), read as the passive it means.
pub(crate) fn object_voice(
    doc: &Doc<'_>,
    i: usize,
    last: usize,
    words: &str,
    voice: Voice,
    prev: &str,
) -> (usize, Voice) {
    let voice = crate::verb_nouns::voice(doc, last, words, voice, prev);
    // ("…lo expulsaron a Colombia": the clitic is who, "a" says where.)
    let where_to = words.ends_with(" a")
        && doc
            .tokens
            .get(last)
            .is_some_and(|n| !n.capitalised || ABROAD.contains(&n.folded.as_str()));
    // ("lo dejaron ir", "antes de dejarla ir": the clitic before the verb, or on its
    // infinitive.)
    let let_go = words.ends_with(" ir");
    let clitic = voice == Voice::Active
        && (!words.contains(' ') || where_to || words.ends_with("en libertad") || let_go)
        && i > 0
        && (crate::auxiliaries::CLITICS.contains(&prev)
            || crate::auxiliaries::SPEAKER_CLITICS.contains(&prev)
            || (let_go && words.starts_with("dejar") && !words.starts_with("dejaron")));
    // ("…, a quien se llevaron", "…, a quien la policía se llevó de su casa": the one before the
    // relative pronoun is who was taken, past the agents between.)
    // ("Y, whom police detained in May": the English "whom", read as either voice.)
    let relative_object = (i.saturating_sub(5)..i).find(|&k| {
        ((voice == Voice::Active
            && matches!(doc.f(k), "quien" | "quienes")
            && doc.f(k.wrapping_sub(1)) == "a")
            || doc.f(k) == "whom")
            && (k + 1..i).all(|j| {
                AGENTS.contains(&doc.f(j))
                    || matches!(doc.f(j), "la" | "el" | "los" | "las" | "se" | "the")
            })
    });
    if clitic {
        (i - 1, Voice::Clitic)
    } else if let Some(k) = relative_object {
        (k + 1, Voice::Passive)
    } else {
        (i, voice)
    }
}
