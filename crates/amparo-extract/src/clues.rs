//! Sentence-level clues: release conditions, charges, places and the "waiting outside the
//! prison" scene, each read from a sentence's folded tokens. Out-of-scope custody
//! (`out_of_scope`) and the cue naming a group's members (`group_members`) are re-exported here.

use crate::gazetteer::{EntryKind, Gazetteer, Hit};
use crate::text::Doc;

pub use crate::group_members::group_members_cue;
pub use crate::out_of_scope::{foreign_custody, ordinary_crime};
pub use crate::release_conditions::{conditions, mentions_iachr};

/// End of a clause from `k`: the next ";", ":", "-", "(", ")", ".", quote, a table row's "|", or
/// a comma before a name or a person's role, or the end of the sentence; at most `max` tokens.
pub(crate) fn clause_end(doc: &Doc<'_>, k: usize, last: usize, max: usize) -> usize {
    // (Nor past a comma that a name or a person's role follows: "fueron excarcelados, con
    // régimen de presentación cada 15 días, Wilfredo Sequera y Liliana Mendoza", "…, el
    // periodista X".)
    let capital = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|t| t.capitalised && t.kind == crate::text::TokenKind::Word)
    };
    // (A table's row, three bars or more, ends a cell at its bar; "must report | travel ban"
    // lists one release's conditions.)
    let row = || {
        doc.sentence_at(k)
            .is_some_and(|s| (s.first..s.last).filter(|&j| doc.f(j) == "|").count() >= 3)
    };
    (k..last.min(k + max))
        .find(|&j| {
            matches!(doc.f(j), ";" | ":" | "-" | "(" | "." | ")" | "\"")
                || (doc.f(j) == "|" && row())
                // ("imputados por terrorismo y trasladados esa noche a Boleíta": the next act.)
                || (matches!(doc.f(j), "y" | "and")
                    && ["ados", "idos", "adas", "idas"]
                        .iter()
                        .any(|e| doc.f(j + 1).ends_with(e)))
                // ("cada 30 días y dos pasaron a arresto domiciliario": the next part's lot.)
                || (matches!(doc.f(j), "y" | "and")
                    && crate::counts::number_word(doc.f(j + 1)).is_some()
                    && !matches!(doc.f(j + 2), "dias" | "days" | "semanas" | "weeks" | "meses"))
                // ("…con régimen de presentación, y Yelitza Marcano, …": the next one's.)
                || (doc.f(j) == ","
                    && matches!(doc.f(j + 1), "y" | "e" | "and")
                    && crate::lexicon::is_given_name(doc.f(j + 2)))
                || (doc.f(j) == ","
                    && ((capital(j + 1)
                        && (capital(j + 2) || matches!(doc.f(j + 2), "y" | "e" | "and" | ",")))
                        || (matches!(
                            doc.f(j + 1),
                            "el" | "la" | "los" | "las" | "su" | "his" | "her" | "their"
                        ) && !crate::lexicon::roles(doc.f(j + 2)).is_empty())))
        })
        .unwrap_or(last.min(k + max))
}

pub(crate) fn text(doc: &Doc<'_>, first: usize, last: usize) -> Option<String> {
    if last <= first {
        return None;
    }
    let (a, b) = (doc.tokens.get(first)?.start, doc.tokens.get(last - 1)?.end);
    doc.text
        .get(a..b)
        .map(|s| s.trim_end_matches([',', ' ', ':', ';']).to_string())
        .filter(|s| !s.is_empty())
}

const CHARGE_CUES: &[&str] = &[
    "on charges of",
    "on charges",
    "charged with",
    "accused of",
    "acusado de",
    "acusada de",
    "acusados de",
    "acusadas de",
    "por los delitos de",
    "por el delito de",
    "por los presuntos delitos de",
    "por el presunto delito de",
    "por presuntamente",
    "for allegedly",
    "imputado por",
    "imputada por",
    "imputados por",
    "for the crimes of",
    "for the crime of",
    "over alleged",
    "por supuesta",
    "por supuesto",
    // ("imputó a todos los adultos presentados los delitos de…", "a quienes acusa de…", "La
    // Fiscalía les imputó instigación al odio".)
    "los delitos de",
    "el delito de",
    "acusa de",
    "acusan de",
    "les imputo",
    "les imputaron",
];

/// Charges stated in the sentence, as written (without the cue).
pub fn charges(doc: &Doc<'_>, first: usize, last: usize) -> Option<String> {
    for k in first..last {
        for cue in CHARGE_CUES {
            if doc.matches_at(k, cue) {
                let mut start = k + cue.split(' ').count();
                // ('acusa de "conspiración"': the crime inside its quotes.)
                if doc.f(start) == "\"" {
                    start += 1;
                }
                // ("on charges that Washington calls fabricated, was released…": what is said of
                // the charges, not them.)
                if matches!(doc.f(start), "that" | "which" | "que" | "cuyo" | "cuya") {
                    continue;
                }
                return text(doc, start, clause_end(doc, start, last, 18));
            }
        }
        // ("admitió la precalificación de la Fiscalía: incitación al odio, terrorismo…"; not the
        // people after it, "…: los acusados seguirán en prisión preventiva".)
        if doc.f(k) == "precalificacion"
            && let Some(colon) = (k + 1..last.min(k + 6)).find(|&j| doc.f(j) == ":")
            && !matches!(
                doc.f(colon + 1),
                "los" | "las" | "el" | "la" | "todos" | "todas"
            )
        {
            return text(doc, colon + 1, clause_end(doc, colon + 1, last, 18));
        }
        // ("presentó una acusación contra los once por traición a la patria, terrorismo y…")
        if matches!(doc.f(k), "acusacion" | "indictment")
            && matches!(doc.f(k + 1), "contra" | "against")
            && let Some(by) = (k + 2..last.min(k + 8)).find(|&j| matches!(doc.f(j), "por" | "for"))
            // (Not "por segunda vez", "por orden de…", nor a cue read further on: "por el
            // delito de…".)
            && !matches!(
                doc.f(by + 1),
                "segunda" | "primera" | "tercera" | "orden" | "parte" | "vez" | "el" | "los"
                    | "la" | "las" | "su" | "sus" | "the" | "a" | "second" | "order"
            )
        {
            return text(doc, by + 1, clause_end(doc, by + 1, last, 18));
        }
    }
    None
}

const FACILITY_NOUNS: &[&str] = &[
    "prison",
    "jail",
    "carcel",
    "prision",
    "penal",
    "penitenciario",
    "calabozo",
    "calabozos",
    "cell",
];

/// The place of an event near trigger token `at`: a known facility, a "prison in TOWN", or a town after "in"/"en".
pub fn place(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    hits: &[Hit],
    first: usize,
    last: usize,
    at: usize,
) -> Option<String> {
    // Hits are in text order: the sentence's are one run, found by binary search.
    let from = hits.partition_point(|h| h.first < first);
    let to = hits.partition_point(|h| h.first < last);
    let in_sentence = || hits[from..to.max(from)].iter().filter(|h| h.last <= last);
    let distance = |h: &Hit| {
        if h.first >= at {
            h.first - at
        } else {
            at - h.last
        }
    };
    let facility = in_sentence()
        .filter(|h| {
            gazetteer
                .entry(h.entry)
                .is_some_and(|e| e.kind == EntryKind::Facility)
        })
        .min_by_key(|h| distance(h));
    if let Some(h) = facility {
        return gazetteer.entry(h.entry).map(|e| e.name.clone());
    }
    let is_place = |h: &Hit| {
        gazetteer
            .entry(h.entry)
            .is_some_and(|e| e.kind == EntryKind::Place)
    };
    if let Some(k) = (first..last).find(|&k| FACILITY_NOUNS.contains(&doc.f(k)))
        && let Some(h) = in_sentence().find(|h| is_place(h) && h.first > k && h.first <= k + 7)
    {
        let name = gazetteer.entry(h.entry).map(|e| e.name.clone())?;
        return Some(format!(
            "{} {} {}",
            doc.tokens[k].text,
            if doc.f(k) == "prison" || doc.f(k) == "jail" || doc.f(k) == "cell" {
                "in"
            } else {
                "de"
            },
            name
        ));
    }
    // (Not where someone lives: "hermano del exdiputado X, quien vive en Madrid, fue arrestado
    // el jueves en Maracaibo".)
    let lives = |h: &Hit| {
        matches!(
            doc.f(h.first.wrapping_sub(2)),
            "vive" | "viven" | "lives" | "live" | "living" | "reside" | "resides" | "residen"
        )
    };
    in_sentence()
        .filter(|h| is_place(h) && matches!(doc.f(h.first.wrapping_sub(1)), "in" | "en" | "at"))
        .filter(|h| !lives(h))
        .min_by_key(|h| distance(h))
        .and_then(|h| gazetteer.entry(h.entry).map(|e| e.name.clone()))
}

/// Whether a folded word is one of waiting ("waited", "esperaba", "aguardan", "vigilia").
pub fn is_waiting(f: &str) -> bool {
    ["wait", "esper", "aguard", "vigil"]
        .iter()
        .any(|p| f.starts_with(p))
}

/// In a sentence `a..b` of relatives waiting outside a prison, the relatives it introduces
/// (`targets`, named by `ms`) who are waited for, not who wait — a name whose own clause or verb
/// waits ("…, su esposa, X, quien pasó la noche frente al penal a la espera") — or none when it
/// is no such scene, or every relative it names is one who waits.
pub(crate) fn waited_for(
    doc: &Doc<'_>,
    (a, b): (usize, usize),
    ms: &[&crate::persons::MentionRef],
    targets: &[usize],
) -> Option<Vec<usize>> {
    if !waiting_outside(doc, a, b) {
        return None;
    }
    let wait = (a..b).find(|&k| is_waiting(doc.f(k)));
    let waits = |last: usize| {
        wait.is_some_and(|w| {
            w >= last
                && (w <= last + 1
                    || (last..(last + 3).min(w))
                        .any(|k| matches!(doc.f(k), "quien" | "que" | "who")))
        })
    };
    let waited: Vec<usize> = (targets.iter().copied())
        .filter(|&e| !ms.iter().any(|m| m.entity == e && waits(m.last)))
        .collect();
    (targets.is_empty() || !waited.is_empty()).then_some(waited)
}

/// Relatives waiting outside a prison for someone held there.
pub fn waiting_outside(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let outside = (first..last).any(|k| {
        matches!(
            doc.f(k),
            "outside" | "afueras" | "puertas" | "frente" | "fuera"
        )
    });
    let wait = (first..last).any(|k| is_waiting(doc.f(k)));
    let prison = (first..last).any(|k| {
        let f = doc.f(k);
        FACILITY_NOUNS.contains(&f)
            || f == "prisons"
            || f == "carceles"
            || f == "sede"
            || f == "helicoide"
    });
    outside && wait && prison
}

/// Whether a state of staying ("sigue en", "remains in") is followed by a town rather than a
/// prison: "Su madre, X, sigue en Maracay", "remains in Venezuela" tell where someone lives.
pub fn stays_in_town(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    hits: &[Hit],
    t: &crate::triggers::Trigger,
) -> bool {
    if t.kind != crate::model::EventType::Detention
        || !matches!(doc.f(t.last.saturating_sub(1)), "en" | "in")
    {
        return false;
    }
    // ("sigue en la puerta de Uribana con las familias": at the gate, outside.)
    let article = usize::from(matches!(doc.f(t.last), "la" | "el" | "the"));
    if matches!(
        doc.f(t.last + article),
        "puerta" | "puertas" | "entrada" | "afueras" | "exterior" | "gate" | "gates" | "vigilia"
    ) {
        return true;
    }
    // ("Ambos permanecen en la clandestinidad", "sigue en pie", "remains in hiding": a state
    // that is no custody.)
    // ("they say she's still in shock", "still in hospital", "sigue en estado crítico")
    if matches!(
        doc.f(t.last + article),
        "clandestinidad"
            | "pie"
            | "hiding"
            | "huelga"
            | "silencio"
            | "contacto"
            | "espera"
            | "shock"
            | "hospital"
            | "coma"
            | "danger"
            | "peligro"
            | "critical"
            | "estado"
            | "exile"
            | "exilio"
            | "touch"
            // ("sigue en paradero desconocido": the disappearance, told beside it.)
            | "paradero"
    ) {
        return true;
    }
    // ("seguía en la sede del partido": an office of a party, a union or a campaign, no
    // custody's.)
    let w = |k: usize| doc.f(t.last + article + k);
    if matches!(
        w(0),
        "sede" | "oficina" | "oficinas" | "headquarters" | "offices"
    ) && matches!(w(1), "del" | "de" | "of")
        && (1..4).any(|k| {
            matches!(
                w(k),
                "partido"
                    | "sindicato"
                    | "campana"
                    | "comando"
                    | "party"
                    | "union"
                    | "campaign"
                    | "ong"
            )
        })
    {
        return true;
    }
    // ("…still in El Helicoide, waiting outside for news of the detainees": outside it.)
    let end = doc.sentence_at(t.first).map_or(t.last, |s| s.last);
    if (t.last..end).any(|k| matches!(doc.f(k), "waiting" | "esperando")) {
        return true;
    }
    // ("Excarcelados con régimen de presentación, que permanecen en Venezuela: A y B",
    // "remains in the country": a country, not a prison.)
    if country_at(doc, t.last) {
        return true;
    }
    let at = hits.partition_point(|h| h.first < t.last);
    hits.get(at).is_some_and(|h| {
        h.first == t.last
            && gazetteer
                .entry(h.entry)
                .is_some_and(|e| e.kind == EntryKind::Place)
    })
}

/// Whether the words at `k` name a country, maybe after an article ("Venezuela", "el país",
/// "the country", "Colombia"): where someone stays, free, rather than a prison.
pub(crate) fn country_at(doc: &Doc<'_>, k: usize) -> bool {
    let k = k + usize::from(matches!(doc.f(k), "el" | "the"));
    matches!(doc.f(k), "venezuela" | "pais" | "country")
        || crate::trigger_readings::ABROAD.contains(&doc.f(k))
}
