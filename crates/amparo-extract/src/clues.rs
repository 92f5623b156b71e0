//! Sentence-level clues: release conditions, charges, places, out-of-scope custody and the
//! "waiting outside the prison" scene, each read from a sentence's folded tokens.

use crate::gazetteer::{EntryKind, Gazetteer, Hit};
use crate::text::Doc;

const CONDITION_CUES: &[&str] = &[
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
    "prohibicion de enlace",
    "prohibicion de acercarse",
    "prohibicion de reunirse",
    "presentacion cada",
    "presentarse cada",
    "presentarse ante",
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

/// End of a clause from `k`: the next ";", "—", "(", "." or end of sentence, at most `max` tokens.
fn clause_end(doc: &Doc<'_>, k: usize, last: usize, max: usize) -> usize {
    (k..last.min(k + max))
        .find(|&j| matches!(doc.f(j), ";" | "-" | "(" | "." | ")" | "\""))
        .unwrap_or(last.min(k + max))
}

fn text(doc: &Doc<'_>, first: usize, last: usize) -> Option<String> {
    if last <= first {
        return None;
    }
    let (a, b) = (doc.tokens.get(first)?.start, doc.tokens.get(last - 1)?.end);
    doc.text
        .get(a..b)
        .map(|s| s.trim_end_matches([',', ' ', ':', ';']).to_string())
        .filter(|s| !s.is_empty())
}

/// Release conditions stated in the sentence, as written.
pub fn conditions(doc: &Doc<'_>, first: usize, last: usize) -> Option<String> {
    let iachr = mentions_iachr(doc, first, last);
    for k in first..last {
        for cue in CONDITION_CUES {
            if doc.matches_at(k, cue) && !(iachr && PROTECTION_CUES.contains(cue)) {
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
    None
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
];

/// Charges stated in the sentence, as written (without the cue).
pub fn charges(doc: &Doc<'_>, first: usize, last: usize) -> Option<String> {
    for k in first..last {
        for cue in CHARGE_CUES {
            if doc.matches_at(k, cue) {
                let start = k + cue.split(' ').count();
                return text(doc, start, clause_end(doc, start, last, 18));
            }
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
    in_sentence()
        .filter(|h| is_place(h) && matches!(doc.f(h.first.wrapping_sub(1)), "in" | "en" | "at"))
        .min_by_key(|h| distance(h))
        .and_then(|h| gazetteer.entry(h.entry).map(|e| e.name.clone()))
}

/// Custody by a foreign state ("captured by U.S. forces", "extradited"): out of scope.
pub fn foreign_custody(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    (first..last).any(|k| {
        let f = doc.f(k);
        let us_before = (k.saturating_sub(4)..k).any(|j| {
            matches!(doc.f(j), "american" | "us")
                || (doc.f(j) == "s" && doc.f(j.wrapping_sub(2)) == "u")
        });
        (matches!(f, "forces" | "troops" | "agents" | "marshals") && us_before)
            || (matches!(f, "fuerzas" | "tropas" | "agentes")
                && matches!(doc.f(k + 1), "estadounidenses" | "norteamericanas"))
            || f.starts_with("extradit")
            // "Nicaraguan police detained…", "autoridades colombianas": another state's agents.
            || (matches!(
                f,
                "police" | "authorities" | "forces" | "agents" | "policia" | "autoridades" | "fuerzas"
            ) && [k.wrapping_sub(1), k + 1].iter().any(|&j| {
                let n = crate::lexicon::nationalities(doc.f(j));
                !n.is_empty() && !n.contains(&"VE")
            }))
            // "deported from Texas", "deportados desde Estados Unidos"; "among the migrants
            // flown from San Salvador": another state held them.
            || ((f.starts_with("deport")) && matches!(doc.f(k + 1), "from" | "desde" | "de"))
            || (matches!(f, "migrants" | "migrantes" | "deportees" | "deportados")
                && matches!(doc.f(k.wrapping_sub(2)), "among" | "entre"))
            || matches!(
                f,
                "narcotrafico" | "drug-trafficking" | "narcoterrorismo" | "narco-terrorism"
            )
    })
}

/// Custody for an ordinary crime — gangs, extortion, murder, kidnapping, smuggling, money
/// laundering — that the text does not tie to politics: out of scope.
pub fn ordinary_crime(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    // ("after preaching against extortion", "denunciaba la corrupción": what someone spoke
    // against is no charge of theirs.)
    let opposed = |k: usize| {
        (k.saturating_sub(3).max(first)..k).any(|j| {
            let f = doc.f(j);
            matches!(f, "against" | "contra")
                || f.starts_with("denunci")
                || f.starts_with("denounc")
                || f.starts_with("investigat")
                || f.starts_with("investigab")
                || f.starts_with("report")
                || f.starts_with("expos")
        })
    };
    let stem = |k: usize| {
        let f = doc.f(k);
        [
            "murder", "homicid", "asesinat", "extors", "robber", "hurto", "abigeato",
        ]
        .iter()
        .any(|p| f.starts_with(p))
    };
    let crime = (first..last).any(|k| {
        (stem(k)
            || {
                // ("money-laundering charges": the last part of a compound.)
                matches!(
                    doc.f(k).rsplit('-').next().unwrap_or_default(),
                    "extorsion"
                        | "extortion"
                        | "homicidio"
                        | "homicide"
                        | "murder"
                        | "secuestro"
                        | "kidnapping"
                        | "contrabando"
                        | "smuggling"
                        | "laundering"
                        | "pandilla"
                        | "gang"
                        | "banda"
                        | "drug"
                        | "drugs"
                        | "drogas"
                        | "narcotrafico"
                        | "narcotics"
                        | "robbery"
                        | "robo"
                        | "corrupcion"
                        | "corruption"
                        | "embezzlement"
                        | "peculado"
                        | "malversacion"
                        | "gang-related"
                        | "graft"
                        | "bribery"
                        | "soborno"
                        | "sobornos"
                        | "fraud"
                        | "fraude"
                        | "estafa"
                ) || doc.matches_at(k, "desvio de fondos")
                    || doc.matches_at(k, "lavado de dinero")
                    || doc.matches_at(k, "venta ilegal")
                    || doc.matches_at(k, "trafico de")
                    || doc.matches_at(k, "illegal sale")
            }
            || doc.matches_at(k, "legitimacion de capitales"))
            && !opposed(k)
    });
    // "…comparte celda con dos de los detenidos políticos": other people's politics.
    let political = (first..last).any(|k| {
        matches!(
            doc.f(k),
            "politico" | "politica" | "politicos" | "politicas" | "political" | "politically"
        ) && !(matches!(doc.f(k), "politicos" | "politicas")
            && matches!(doc.f(k.wrapping_sub(2)), "los" | "las" | "otros" | "otras"))
            // ("not a political case", "no es un caso político")
            && !(k.saturating_sub(3)..k).any(|j| matches!(doc.f(j), "not" | "no" | "non" | "sin"))
    });
    crime && !political
}

/// Relatives waiting outside a prison for someone held there.
pub fn waiting_outside(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let outside = (first..last).any(|k| {
        matches!(
            doc.f(k),
            "outside" | "afueras" | "puertas" | "frente" | "fuera"
        )
    });
    let wait = (first..last).any(|k| {
        let f = doc.f(k);
        f.starts_with("wait")
            || f.starts_with("esper")
            || f.starts_with("aguard")
            || f.starts_with("vigil")
    });
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

/// Bodies of people who act — visit, negotiate, judge, report — whose members are never the
/// group held.
const AGENT_BODIES: &[&str] = &[
    "delegation",
    "delegacion",
    "comitiva",
    "commission",
    "comision",
    "mission",
    "mision",
    "panel",
    "committee",
    "comite",
    "team",
    "equipo",
    "board",
    "junta",
    "mesa",
    "jury",
    "jurado",
    "tribunal",
    "court",
    "negotiators",
    "negociadores",
    "signatories",
    "firmantes",
];

/// Sentence cues that name members of a group released just before ("the group includes", "entre ellos").
pub fn group_members_cue(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    const CUES: &[&str] = &[
        "the group includes",
        "they include",
        "identified",
        "identificados",
        "identificadas",
        "identificado",
        "identificada",
        "whose names are",
        "cuyos nombres son",
        "include",
        "they included",
        "they are :",
        "these are :",
        "their names",
        "estos son sus nombres",
        "estas son sus nombres",
        "sus nombres son",
        "the two ,",
        "the three ,",
        "the four ,",
        "los dos ,",
        "las dos ,",
        "los tres ,",
        "las tres ,",
        "the group included",
        "among them",
        "among those",
        "including",
        "included",
        "includes",
        "incluye",
        "incluyen",
        "entre ellos",
        "entre ellas",
        "entre los",
        "entre las",
        "figuran",
        "figuraba",
        "figuraban",
        "one of them ,",
        "uno de ellos ,",
        "una de ellas ,",
    ];
    // Cues that only name members when a name follows at once ("Se trata de Ana Rivas, …",
    // "They are Ana Rivas and …"; not "no se trata de una excarcelación").
    const BEFORE_NAMES: &[&str] = &[
        "se trata de",
        "se trata del",
        "son",
        "ellos son",
        "they are",
        "these are",
        "those freed were",
        "those released were",
        "the others are",
        "los otros son",
        "los identificaron como",
        "las identificaron como",
        "identificados como",
        "identificadas como",
        "fueron identificados como",
        "were identified as",
        "identified as",
        "were named as",
    ];
    inverted_subject(doc, first, last)
        .or_else(|| {
            (first..last).find_map(|k| {
                CUES.iter()
                    .find(|c| doc.matches_at(k, c))
                    .map(|c| k + c.split(' ').count())
                    // ("Entre los casos que acompaña está el de X": cases she follows, no
                    // members of a group.)
                    .filter(|&after| !matches!(doc.f(after), "casos" | "cases"))
                    // ("The delegation, which also included MEP X": the members of a body that
                    // acts, not of the group held.)
                    .filter(|_| {
                        !(k.saturating_sub(8).max(first)..k)
                            .any(|j| AGENT_BODIES.contains(&doc.f(j)))
                    })
                    .or_else(|| {
                        BEFORE_NAMES
                            .iter()
                            .find(|c| doc.matches_at(k, c))
                            .map(|c| k + c.split(' ').count())
                            .and_then(|after| name_after_describers(doc, after, last))
                    })
            })
        })
        .or_else(|| plural_subject_are(doc, first, last))
}

/// Where a name starts at `at` or after a few lowercase describing words ("They are former
/// police commissioner Iván Simancas…"): a capitalised given name within five tokens.
fn name_after_describers(doc: &Doc<'_>, at: usize, last: usize) -> Option<usize> {
    // ("They are Venezuelan-American oil worker Luis Cabello; Navy reservist Tyler Grant…": a
    // capitalised nationality or office describes.)
    let describer = |f: &str| {
        f.split('-')
            .all(|w| !crate::lexicon::nationalities(w).is_empty())
            || (crate::lexicon::is_not_name(f) && !crate::lexicon::is_given_name(f))
    };
    (at..last.min(at + 7))
        .take_while(|&j| {
            doc.tokens
                .get(j)
                .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
        })
        .find(|&j| {
            doc.tokens
                .get(j)
                .is_some_and(|t| t.capitalised && !describer(&t.folded))
        })
        .filter(|&j| {
            // ("Kyle Brandon Morris": a given name the lexicon lacks, followed by more of the name.)
            crate::lexicon::is_given_name(doc.f(j))
                || doc
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| t.capitalised && t.kind == crate::text::TokenKind::Word)
        })
        .map(|_| at)
}

/// "The freed Americans are Kyle Morris, …", "Los excarcelados son…": a sentence that opens on
/// the people of an event and names them after "are"/"were".
fn plural_subject_are(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    if !matches!(doc.f(first), "the" | "los" | "las") {
        return None;
    }
    let verb = (first + 1..last.min(first + 5))
        .find(|&k| matches!(doc.f(k), "are" | "were" | "son" | "fueron" | "eran"))?;
    let plural = (first + 1..verb).any(|k| {
        let w = doc.f(k);
        crate::count_words::PEOPLE.contains(&w)
            || (!crate::lexicon::nationalities(w).is_empty() && w.ends_with('s'))
    });
    plural
        .then(|| name_after_describers(doc, verb + 1, last))
        .flatten()
}

/// "Those released from the Zona 7 headquarters were A, B and C", "Transferred the same day to
/// Rodeo I were A and B", "Also freed were …": a sentence that opens on the event and names its
/// people after the verb "to be": where those names start.
fn inverted_subject(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    let mut k = first;
    while k < first + 2 && matches!(doc.f(k), "those" | "also" | "los" | "las" | "tambien") {
        k += 1;
    }
    let opens = crate::triggers::find(doc, k, (k + 4).min(last))
        .first()
        .is_some_and(|t| t.first == k && t.voice == crate::triggers::Voice::Passive);
    if !opens {
        return None;
    }
    (k + 1..last.min(k + 18))
        .take_while(|&j| !matches!(doc.f(j), ";" | ":" | "." | ","))
        .find(|&j| matches!(doc.f(j), "were" | "was" | "fueron" | "fue"))
        .map(|j| j + 1)
        .filter(|&after| after < last)
}
