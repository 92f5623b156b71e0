//! Places abroad that the freed are flown, driven or sent to, and whether those sent are
//! foreigners (expelled) or nationals (exiled).

use crate::text::Doc;

/// Cities and countries abroad a prisoner is sent to.
#[rustfmt::skip]
pub(crate) const ABROAD: &[&str] = &[
    "madrid",
    "miami",
    "bogota",
    "lima",
    "roma",
    "rome",
    "panama",
    "guatemala",
    "mexico",
    "quito",
    "santiago",
    "espana",
    "spain",
    "italia",
    "italy",
    "colombia",
    "peru",
    "ecuador",
    "chile",
    "argentina",
    "brasil",
    "brazil",
    "lisboa",
    "lisbon",
    "paris",
    "washington",
    "houston",
    // (More of the places the freed are flown or driven to, none of them a home country of
    // the texts read: Venezuela, Nicaragua, Cuba, Belarus, Iran, Russia.)
    "montevideo",
    "uruguay",
    "asuncion",
    "paraguay",
    "bolivia",
    "toronto",
    "ottawa",
    "montreal",
    "canada",
    "costa",
    "honduras",
    "vilnius",
    "lithuania",
    "lituania",
    "warsaw",
    "varsovia",
    "poland",
    "polonia",
    "riga",
    "latvia",
    "letonia",
    "berlin",
    "germany",
    "alemania",
    "london",
    "londres",
    "francia",
    "france",
    "portugal",
    "curazao",
    "curacao",
    "aruba",
    "frankfurt",
    "istanbul",
    "doha",
    // (More capitals and states the freed are flown to: "flown to Ankara, where he was handed
    // to German officials"; not Texas or Florida, where Americans are brought home.)
    "ankara", "turkey", "turquia", "geneva", "ginebra", "vienna",
    "viena", "amsterdam", "netherlands", "holanda", "brussels", "bruselas", "belgium", "oslo",
    "norway", "stockholm", "sweden", "suecia", "helsinki", "copenhagen", "dublin", "zurich",
    "switzerland", "suiza", "prague", "praga", "budapest", "athens", "atenas", "tokyo", "japan",
    "japon", "seoul", "dubai", "qatar", "tbilisi", "kyiv", "kiev", "ukraine", "ucrania",
    "tallinn", "estonia", "vatican", "vaticano", "cancun", "cucuta", "medellin", "barranquilla",
    "tegucigalpa",
];

/// How the freed sent abroad at token `i` leave: foreigners are expelled, nationals exiled (the
/// gold sets' convention), by the nationality told in the sentence or the one before.
pub(crate) fn leaving_kind(doc: &Doc<'_>, i: usize) -> crate::model::EventType {
    // ("Extranjeros excarcelados y enviados a sus países", "flown to their home countries":
    // foreigners, by where they were sent.)
    let home = (i..i + 10).any(|k| matches!(doc.f(k), "sus" | "their") && abroad_at(doc, k));
    if foreigners_told(doc, i) || foreigners_told_before(doc, i) || home {
        crate::model::EventType::Expulsion
    } else {
        crate::model::EventType::Exile
    }
}

/// ("They include Colombians A and B… They were driven overnight to the border", "Quiceno, a
/// Colombian bus driver, … Hours after his release he was driven to the border"): of a
/// sentence that names no one before token `i`, whether the sentence before it tells of
/// foreigners.
pub(crate) fn foreigners_told_before(doc: &Doc<'_>, i: usize) -> bool {
    let si = doc.sentence_index(i);
    let (Some(s), Some(before)) = (
        doc.sentences.get(si),
        si.checked_sub(1).and_then(|p| doc.sentences.get(p)),
    ) else {
        return false;
    };
    let names_someone = (s.first + 1..i).any(|k| {
        doc.tokens[k].capitalised
            && doc.tokens[k].kind == crate::text::TokenKind::Word
            && crate::lexicon::nationalities(doc.f(k)).is_empty()
            // (Not a place: "lo sacaron de Tocuyito y lo llevaron a la frontera".)
            && !matches!(
                doc.f(k - 1),
                "de" | "del" | "en" | "a" | "al" | "from" | "in" | "at" | "to"
            )
    });
    !names_someone && before.last > before.first && foreigners_told(doc, before.last - 1)
}

/// Whether the sentence of token `i`, before it, tells of foreigners: a nationality other than
/// the text's home country's ("los colombianos A y B", "Italian aid worker X"), or United States
/// citizens.
pub(crate) fn foreigners_told(doc: &Doc<'_>, i: usize) -> bool {
    // (The nationality told last before it, of someone: not a father's or a government's, "hijo
    // de padre colombiano", "la mediación del gobierno español".)
    doc.sentence_at(i).is_some_and(|s| {
        (s.first..i)
            .rev()
            .find(|&k| {
                (!crate::lexicon::nationalities(doc.f(k)).is_empty()
                    && !matches!(
                        doc.f(k.wrapping_sub(1)),
                        "padre" | "madre" | "gobierno" | "government" | "father" | "mother"
                    ))
                    || doc.f(k) == "u.s"
                    || (doc.f(k) == "u" && doc.f(k + 1) == "." && doc.f(k + 2) == "s")
            })
            .is_some_and(|k| !crate::lexicon::nationalities(doc.f(k)).contains(&doc.home))
    })
}

/// "la abogada X, exiliada en Costa Rica desde 2021, fue condenada en ausencia", "quien vive
/// exiliado en Bogotá": the participle of exile `words` (its next token `next_at`) tells one
/// living abroad, no exile the text tells.
pub(crate) fn living_in_exile(doc: &Doc<'_>, words: &str, prev: &str, next_at: usize) -> bool {
    // ("X, who leads the union's structures in exile, called…": a present of one abroad.)
    let led_from_exile = words == "in exile"
        && (next_at.saturating_sub(9)..next_at.saturating_sub(2)).any(|k| {
            doc.f(k) == "who"
                && matches!(
                    doc.f(k + 1),
                    "leads" | "lives" | "heads" | "runs" | "works" | "coordinates" | "directs"
                )
        });
    led_from_exile
        || matches!(
            words,
            "exiliado" | "exiliada" | "exiliados" | "exiliadas" | "exiled"
        ) && (matches!(prev, "vive" | "viven" | "vivia" | "lives" | "living")
        || (matches!(doc.f(next_at), "en" | "in")
            && (next_at + 1..next_at + 6).any(|k| matches!(doc.f(k), "desde" | "since")))
        // ("sentenced exiled opposition figure X in absentia", "el periodista exiliado X": an
        // attribute of one living abroad.)
        // ("An exiled human rights monitor, X, said…": past the words of the role.)
        || (words == "exiled"
            && (next_at..next_at + 4)
                .take_while(|&k| {
                    doc.tokens
                        .get(k)
                        .is_some_and(|t| !t.capitalised && t.kind == crate::text::TokenKind::Word)
                })
                .any(|k| {
                    matches!(
                        doc.f(k),
                        "opposition" | "former" | "dissident" | "figure" | "leader" | "monitor"
                    ) || !crate::lexicon::roles(doc.f(k)).is_empty()
                }))
        || (words != "exiled" && !crate::lexicon::roles(prev).is_empty())
        // ("El obispo X, exiliado en Miami, pidió…": an aside of where one lives, no event.)
        // ("El ex preso político X, hoy exiliado en Miami, pidió…"; "…, resume la abogada X,
        // exiliada en España.")
        || ((prev == ","
            || (matches!(prev, "hoy" | "ahora" | "actualmente" | "now" | "today")
                && doc.f(next_at.wrapping_sub(3)) == ","))
            && matches!(doc.f(next_at), "en" | "in")
            && doc.tokens.get(next_at + 1).is_some_and(|t| t.capitalised)
            && crate::dates::month(doc.f(next_at + 1)).is_none()
            && (next_at + 2..next_at + 5).any(|k| {
                doc.f(k) == ","
                    // ("…, resume la abogada X, exiliada en España.": of one named right before.)
                    || (doc.f(k) == "."
                        && matches!(words, "exiliado" | "exiliada")
                        && doc.tokens.get(next_at.wrapping_sub(3)).is_some_and(|x| x.capitalised))
            }))
        // ("Kirill Morozov, exiled politician living in Vilnius", "exiliado radicado en Madrid")
        || (next_at..next_at + 3).any(|k| {
            matches!(
                doc.f(k),
                "living" | "based" | "residing" | "radicado" | "radicada" | "residente"
            )
        }))
}

/// A leaving named as a practice someone calls it, not told of anyone: "calificó el destierro de
/// \"una forma más de castigo\"", "lo llama \"destierro administrativo\"", "calificó las
/// expulsiones de \"destierro disfrazado de liberación\"", "called the exile \"a second sentence\"";
/// and any event a case is called, "calificó el caso como \"una desaparición forzada\"".
pub(crate) fn practice_named(doc: &Doc<'_>, t: &crate::triggers::Trigger, s_first: usize) -> bool {
    let naming = |k: usize| {
        let w = doc.f(k);
        (w.starts_with("calific")
            || matches!(
                w,
                "llama" | "llaman" | "llamo" | "called" | "calls" | "describio" | "described"
            ))
            // ("Llama la atención el destierro de X": no naming.)
            && !(doc.f(k + 1) == "la" && doc.f(k + 2) == "atencion")
    };
    let opened = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|x| matches!(x.text, "\"" | "“" | "«"))
    };
    // (Not a leaving of people named after it: only a quote may follow its "de", "calificó el
    // destierro de \"una forma de castigo\"", not "calificó la expulsión de los 135 presos".)
    let of_people = matches!(doc.f(t.last), "de" | "del" | "of") && !opened(t.last + 1);
    // (Of any kind, a noun "the case" named before is called, with an indefinite article after
    // "como"/"as" or a quote: "calificó el caso como \"una desaparición forzada de manual\"";
    // not "calificó como \"una desaparición forzada\" el caso de X", whose disappearance it is.)
    let the_case = (t.first.saturating_sub(8).max(s_first)..t.first).any(|k| {
        matches!(doc.f(k), "caso" | "case")
            && matches!(
                doc.f(k.wrapping_sub(1)),
                "el" | "the" | "este" | "ese" | "this"
            )
    });
    let called_a = t.voice == crate::triggers::Voice::Nominal
        && the_case
        && matches!(doc.f(t.first.wrapping_sub(1)), "una" | "un" | "a" | "an")
        && (t.first.saturating_sub(3).max(s_first)..t.first - 1)
            .any(|k| opened(k) || matches!(doc.f(k), "como" | "as"));
    (called_a
        || (matches!(
            t.kind,
            crate::model::EventType::Exile | crate::model::EventType::Expulsion
        ) && !of_people))
        && (t.first.saturating_sub(8).max(s_first)..t.first).any(|k| {
            naming(k)
                && (k + 1..t.first)
                    .all(|j| !matches!(doc.f(j), "," | ";" | "que" | "that" | "y" | "and"))
        })
        && (t.first.saturating_sub(3).max(s_first)..t.first)
            .any(|k| opened(k) || matches!(doc.f(k), "el" | "la" | "los" | "las" | "the"))
}

/// Whether a place abroad is named at token `k` ("a Madrid", "hacia Montevideo", "con destino a
/// Ciudad de Guatemala").
pub(crate) fn abroad_at(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    let k = if doc.f(k) == "ciudad" && doc.f(k + 1) == "de" {
        k + 2
    } else {
        k
    };
    // ("…los subieron a vuelos con destino a sus países de origen", "flown to their home
    // countries": the foreigners' own.)
    let home = (doc.f(k) == "sus" && matches!(doc.f(k + 1), "paises" | "naciones"))
        || (doc.f(k) == "su" && doc.f(k + 1) == "pais" && doc.matches_at(k + 2, "de origen"))
        || (doc.f(k) == "their"
            && (matches!(doc.f(k + 1), "countries" | "homelands")
                || (doc.f(k + 1) == "home" && matches!(doc.f(k + 2), "countries" | "country"))));
    home || crate::trigger_readings::ABROAD.contains(&doc.f(k))
}

/// ("sentenced journalists A and B, who have lived in Vilnius since 2021, to eight and nine
/// years", "condenó a X, que vive en Madrid desde 2019"): whether the relative clause after a
/// sentence (tokens `from..to` of a sentence opening at `s_first`) tells its people live abroad,
/// tried in their absence.
pub(crate) fn lives_abroad(doc: &Doc<'_>, s_first: usize, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        let w = doc.f(k);
        let plural = matches!(w, "live" | "viven" | "residen" | "living")
            || (w == "lived" && doc.f(k.wrapping_sub(1)) == "have");
        let singular = matches!(w, "lives" | "vive" | "reside")
            || (w == "lived" && doc.f(k.wrapping_sub(1)) == "has");
        // (Not a name joined after "and": "A, who has lived in Vilnius since 2021, and B", "A y
        // B, que vive en Madrid": the clause is one's.)
        let another = (from..to).any(|j| {
            matches!(doc.f(j), "and" | "y" | "e")
                && doc.tokens.get(j + 1).is_some_and(|t| t.capitalised)
        });
        (plural || (singular && !another))
            && matches!(doc.f(k + 1), "in" | "en")
            && abroad_at(doc, k + 2)
            // (Not the court's own city: "a court in Vilnius sentenced two who have lived in
            // Vilnius".)
            && !(s_first..from).any(|j| doc.f(j) == doc.f(k + 2))
            && (from..k).any(|j| matches!(doc.f(j), "who" | "que" | "quien" | "quienes"))
            // (Nor a stay ended or an arrest the clause tells: "…until they returned in 2022",
            // "…but was detained when he came back".)
            && !(k..to).any(|j| {
                matches!(
                    doc.f(j),
                    "until" | "hasta" | "returned" | "regreso" | "regresaron" | "volvio"
                )
            })
            && crate::triggers::find(doc, k, to)
                .iter()
                .all(|t| t.kind != crate::model::EventType::Arrest)
    })
}

/// Whether the date at token `at` of a list item whose body opens at `from` is told by an event
/// word before it, or by a verb of living or working ("He has lived in Tbilisi since 2022": a
/// "since" of where one lives): no untold custody's day.
pub(crate) fn told_before(doc: &Doc<'_>, from: usize, at: usize) -> bool {
    !crate::triggers::find(doc, from, at).is_empty()
        || (at.saturating_sub(8).max(from)..at).any(|k| {
            matches!(
                doc.f(k),
                "lived"
                    | "lives"
                    | "living"
                    | "vive"
                    | "vivido"
                    | "reside"
                    | "resides"
                    | "resided"
                    | "residido"
                    | "works"
                    | "worked"
                    | "working"
                    | "trabaja"
                    | "trabajado"
            )
        })
}
