//! A stay in custody told by its length or its place: "pasó catorce meses en Yare III", "lleva
//! desde el 2 de marzo en la sede del SEBIN", "cumple tres meses en el Helicoide"; or by a count
//! of the held before their names: "otros dos presos políticos, A y B".

use crate::custody_phrases::{DURATIONS, custody_place_at};
use crate::text::Doc;

/// The words of a prison's gate, where families wait: no stay inside.
const GATES: &[&str] = &[
    "puerta",
    "puertas",
    "entrada",
    "frente",
    "afueras",
    "exterior",
    "porton",
    "gate",
    "gates",
    "door",
    "doors",
    "outside",
    "estacionamiento",
    "parking",
    "aceras",
    "acera",
];

/// The verb of a stay told in the past: "pasó", "estuvieron", "spent", and the perfect "había
/// pasado 19 meses en la cárcel de Puente Ayala", "había estado preso 45 días" (not "ha estado en el
/// Rodeo I", as often a visit: "ha estado en el Rodeo I tres veces esta semana").
pub(crate) fn past_stay(doc: &Doc<'_>, i: usize) -> bool {
    match doc.f(i) {
        "paso" | "pasaron" | "estuvo" | "estuvieron" | "spent" | "stayed" => true,
        "pasado" => matches!(
            doc.f(i.wrapping_sub(1)),
            "ha" | "han" | "habia" | "habian" | "hubo"
        ),
        // ("Chacín ya había estado preso 45 días en la sede del SEBIN en 2017")
        "estado" => {
            matches!(doc.f(i.wrapping_sub(1)), "ha" | "han" | "habia" | "habian")
                && matches!(
                    doc.f(i + 1),
                    "preso"
                        | "presa"
                        | "presos"
                        | "detenido"
                        | "detenida"
                        | "recluido"
                        | "recluida"
                )
        }
        _ => false,
    }
}

/// "pasó catorce meses en Yare III", "estuvo en la cárcel de Tocuyito", "spent two years in
/// Rodeo I": a stay in custody told in the past (a detention without a date of its own).
pub(crate) fn stay_in_prison(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    // "after almost three years at La Crisálida", "tras 18 meses en Tocorón": a duration first.
    let after = matches!(doc.f(i), "after" | "tras" | "despues")
        && (i + 1..to.min(i + 5)).any(|k| DURATIONS.contains(&doc.f(k)));
    // ("llevaban más de un año en La Modelo", "lleva desde el 2 de marzo en la sede del SEBIN":
    // held that long, or since then, and still.)
    let held_for = matches!(doc.f(i), "lleva" | "llevan" | "llevaba" | "llevaban")
        && (doc.f(i + 1) == "desde"
            || (i + 1..to.min(i + 6)).any(|k| DURATIONS.contains(&doc.f(k))));
    // ("cumplía su primera semana en la sede del SEBIN", "cumple tres meses en el Helicoide")
    // (Not a guard's service: "cumple 20 años de servicio en la cárcel", "cumple diez años en la
    // DGCIM como jefa de guardia".)
    // (Nor a worker's, a chaplain's or a visitor's time there: "había pasado 19 meses trabajando
    // en la cárcel", "has spent ten years at Tocorón prison ministering to inmates", "has been at
    // El Rodeo I every week to see her clients".)
    let on_duty = || {
        (i + 1..to.min(i + 12)).any(|k| {
            matches!(
                doc.f(k),
                "servicio"
                    | "como"
                    | "labores"
                    | "trabajando"
                    | "funciones"
                    | "working"
                    | "ministering"
                    | "visitar"
                    | "visiting"
                    | "visit"
                    | "guard"
                    | "custodio"
            ) || (doc.f(k) == "serving" && matches!(doc.f(k + 1), "at" | "as"))
                || (matches!(doc.f(k), "see" | "ver") && matches!(doc.f(k - 1), "to" | "para"))
                || (matches!(doc.f(k), "every" | "cada")
                    && (crate::dates::weekday(doc.f(k + 1)).is_some()
                        || matches!(doc.f(k + 1), "week" | "semana")))
        })
    };
    // ("Human rights defender X marks 100 days in El Helicoide this week")
    let served = matches!(
        doc.f(i),
        "cumple" | "cumplen" | "cumplia" | "cumplian" | "marks" | "marked"
    ) && (i + 1..to.min(i + 5))
        .any(|k| DURATIONS.contains(&doc.f(k)) || doc.f(k) == "semana");
    // ("X, a retired air force major, has been in Ramo Verde since 2019")
    let has_been = doc.f(i) == "been"
        && matches!(doc.f(i.wrapping_sub(1)), "has" | "have" | "had")
        && matches!(doc.f(i + 1), "in" | "at");
    // ("Márquez Rojas y Lugo Perdomo estaban en Rodeo I desde marzo de 2025": where and since
    // when; not "está en Rodeo I" alone, as often a visit, nor a wait at its gate: "ella está en
    // la puerta de la DGCIM desde las 6".)
    let there_since = matches!(doc.f(i), "esta" | "estan" | "estaba" | "estaban")
        && doc.f(i + 1) == "en"
        && (i + 2..to.min(i + 10)).any(|k| doc.f(k) == "desde");
    if !after
        && !there_since
        && !held_for
        && !served
        && !has_been
        && !past_stay(doc, i)
        // ("Urdaneta y Fuenmayor aparecieron en la sede de la DGCIM": found held there.)
        && !matches!(
            doc.f(i),
            "aparecio" | "aparecieron" | "reaparecio" | "reaparecieron"
        )
        || on_duty()
    {
        return None;
    }
    let at = (i + 1..to.min(i + 8)).find(|&k| matches!(doc.f(k), "en" | "in" | "at"))?;
    // ("pasó dos días preguntando en la sede del Cicpc", "spent a week searching in hospitals":
    // time spent doing, not held; "pasó dos años esperando juicio en Yare" is held.)
    if (i + 1..at).any(|k| activity(doc, k)) {
        return None;
    }
    // (A wait at its gate is no stay: "madres que pasaron la noche en la puerta del Rodeo",
    // "spent the night at the gates of Evin".)
    if (at + 1..to.min(at + 4)).any(|k| GATES.contains(&doc.f(k))) {
        return None;
    }
    // (The place of that "en", not one a clause after it names: "cumple 100 días en el cargo y
    // visitó el Helicoide".)
    (at + 1..to.min(at + 7))
        .take_while(|&k| !matches!(doc.f(k), "y" | "and" | "," | "que" | "who"))
        .find(|&k| {
            custody_place_at(doc, k)
                // (A state agency's seat, "la sede del SEBIN", not an NGO's, "la sede de Provea".)
                || (doc.f(k) == "sede"
                    && (k + 1..k + 5).any(|j| crate::taking_words::AGENTS.contains(&doc.f(j))))
                // (Nicaragua's prisons: "La Modelo", "El Chipote".)
                || (doc.tokens.get(k).is_some_and(|t| t.capitalised)
                    && matches!(doc.f(k), "modelo" | "chipote"))
        })
        .map(|_| at)
}

/// ("otros dos presos políticos recluidos en Tocuyito, A y B, presentan…", "the families of two
/// political prisoners, A and B, said…"): a count of people held, set off before the names it
/// counts, holds them; the end of the held noun.
pub(crate) fn counted_held(doc: &crate::text::Doc<'_>, i: usize, to: usize) -> Option<usize> {
    let held = |k: usize| crate::count_words::HELD_PLURALS.contains(&doc.f(k));
    // (Read at every token: the cheap test of a held noun's first letters goes first.)
    let maybe = |k: usize| {
        let w = doc.f(k).as_bytes();
        w.len() >= 6 && matches!(&w[..3], b"pre" | b"pri" | b"det" | b"rec" | b"inm")
    };
    if !(maybe(i + 1) || maybe(i + 2)) {
        return None;
    }
    let noun = (i + 1..(i + 3).min(to)).find(|&k| held(k))?;
    let counted = crate::counts::number_word(doc.f(i)).is_some_and(|n| n > 1);
    // (The noun's describers, then a comma and a capitalised name: no clause between.)
    let comma = (noun + 1..(noun + 9).min(to))
        .take_while(|&k| {
            !matches!(
                doc.f(k),
                "que" | "quien" | "quienes" | "who" | "that" | ";" | ":" | "." | "y" | "and"
            )
        })
        .find(|&k| doc.f(k) == ",")?;
    let named = doc
        .tokens
        .get(comma + 1)
        .is_some_and(|t| t.capitalised && t.kind == crate::text::TokenKind::Word)
        && !crate::lexicon::is_not_name(doc.f(comma + 1));
    // (Not a count whose own participle tells another event: "dos presos políticos detenidos
    // juntos en Masaya, A y B".)
    let other = crate::triggers::find(doc, noun + 1, comma)
        .iter()
        .any(|t| t.kind != crate::model::EventType::Detention);
    // (Not former or common prisoners — "two former political prisoners, A and B, said",
    // "dos presos comunes, A y B" — nor a custody dated after the names: "…, A and B, said they
    // had not received letters since March".)
    let former = (i + 1..noun).any(|k| matches!(doc.f(k), "former" | "ex" | "antiguos"))
        || matches!(doc.f(noun + 1), "comunes" | "common");
    let later_since = (comma..to).any(|k| matches!(doc.f(k), "since" | "desde"));
    (counted && named && !other && !former && !later_since).then_some(noun + 1)
}

/// ("…had been detained at Heydar Aliyev International Airport on December 29"): at `k`, "at" or
/// "in" a place, then "on" a day within the clause, and no length of a stay ("for", "since").
pub(crate) fn at_place_on_day(doc: &Doc<'_>, k: usize) -> bool {
    let clause = |j: &usize| !matches!(doc.f(*j), "." | ";" | "," | "for" | "since" | "until");
    matches!(doc.f(k), "at" | "in")
        && (k + 1..k + 10).take_while(clause).any(|j| {
            doc.f(j) == "on"
                && (crate::dates::month(doc.f(j + 1)).is_some()
                    || crate::dates::weekday(doc.f(j + 1)).is_some())
        })
}

/// What a prisoner waits for at a seat ("esperando en el Cicpc su presentación ante el tribunal",
/// "waiting at the SEBIN for his transfer"), by the words' stems.
#[rustfmt::skip]
const AWAITED: &[&str] = &[
    "traslad", "transfer", "juicio", "trial", "audiencia", "hearing", "sentenc", "boleta",
    "releas", "excarcel", "medic", "doctor", "atencion", "care", "presentacion", "tribunal",
    "court", "juez", "judge", "libert",
];

/// Whether token `k` tells what a relative or a lawyer does at a seat: a gerund of asking,
/// searching, visiting or going with someone ("preguntando", "buscando", "visitando",
/// "searching"), queuing or waiting there ("haciendo fila", "waiting at the SEBIN"), asking for
/// news ("pidiendo información"); not what a prisoner does inside ("esperando juicio", "awaiting
/// sentencing", "durmiendo en el piso", "asking for medical care", "waiting at the SEBIN for his
/// transfer").
fn activity(doc: &Doc<'_>, k: usize) -> bool {
    const INQUIRY: &[&str] = &[
        "pregunt", "busc", "indag", "averigu", "recorr", "reclam", "ask", "search", "look",
        "inquir", "enquir", "knock", "queu", "visit", "acompan", "accompan", "exig", "demand",
    ];
    let w = doc.f(k);
    let gerund = w.ends_with("ando") || w.ends_with("iendo") || w.ends_with("ing");
    // (Not asking for care, a prisoner's: "spent a year asking for medical care at the SEBIN".)
    let care = w.starts_with("ask")
        && doc.f(k + 1) == "for"
        && !matches!(
            doc.f(k + 2),
            "his" | "her" | "their" | "news" | "information"
        );
    // ("pasó meses haciendo fila en la sede del Sebin", "spent two days waiting at the SEBIN",
    // "pidiendo información en la sede"; not "esperando su traslado en los calabozos".)
    let queue = (w == "haciendo" && matches!(doc.f(k + 1), "fila" | "cola"))
        || (matches!(w, "esperando" | "waiting")
            && matches!(doc.f(k + 1), "en" | "at" | "outside" | "frente" | "afuera")
            // (Not a prisoner's wait there: "…waiting at the SEBIN for his transfer".)
            && !(k + 2..k + 12).any(|j| AWAITED.iter().any(|p| doc.f(j).starts_with(p))))
        || (matches!(w, "pidiendo" | "asking")
            && matches!(
                doc.f(k + 1),
                "informacion" | "noticias" | "news" | "information"
            ));
    queue || (gerund && !care && INQUIRY.iter().any(|p| w.starts_with(p)))
}
