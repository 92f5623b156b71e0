//! Custody out of the registry's scope, told in a sentence: held by another state ("captured by
//! U.S. forces", "extradited") or for an ordinary crime the text does not tie to politics.

use crate::crime_words::{CRIME_PHRASES, CRIME_WORDS};
use crate::text::Doc;

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
            ) && [k.wrapping_sub(1), k + 1]
                .iter()
                .any(|&j| crate::demonyms::foreign_at(doc, j))
                // ("Argentine police officer X, detained in December": a person's describer.)
                && !matches!(
                    doc.f(k + 1),
                    "officer" | "officers" | "agent" | "sergeant" | "inspector" | "chief"
                )
                // (Nor those handed to them: "handed over to Colombian authorities at the
                // border", "entregados a las autoridades colombianas".)
                // ("entregados a autoridades colombianas", without the article.)
                && !(doc.f(k.wrapping_sub(2)) == "to"
                    || matches!(doc.f(k.wrapping_sub(1)), "to" | "a")
                    || (doc.f(k.wrapping_sub(1)) == "las" && doc.f(k.wrapping_sub(2)) == "a")))
            // "deported from Texas", "deportados desde Estados Unidos"; "among the migrants
            // flown from San Salvador": another state held them.
            || ((f.starts_with("deport")) && matches!(doc.f(k + 1), "from" | "desde" | "de"))
            // ("a Japanese national held in Colombia", "detenido en Perú": held by another
            // state, in its own territory.)
            // ("arrested this month in Costa Rica": a time between.)
            || (matches!(
                f,
                "held" | "jailed" | "imprisoned" | "detained" | "arrested" | "detenido" | "detenida" | "preso" | "presa" | "serving"
            ) && (k + 1..k + 4)
                .any(|j| matches!(doc.f(j), "in" | "en") && abroad_at(doc, j + 1, false)))
            || held_abroad_alone(doc, k, first, last)
            // ("In return, Belgium pardoned X, an Iranian diplomat serving…", "Sweden released
            // Y": a prisoner swap's other side, held by a state that is never the text's.)
            || ((WESTERN.contains(&f)
                || (matches!(f, "unidos" | "states")
                    && matches!(doc.f(k.wrapping_sub(1)), "estados" | "united")
                    // (In a swap: "A cambio, Estados Unidos excarceló…", "In return, the
                    // United States released…".)
                    && (k.saturating_sub(6)..k).any(|j| {
                        matches!(doc.f(j), "cambio" | "return" | "exchange" | "canje" | "swap")
                    })))
                && matches!(
                    doc.f(k + 1),
                    "released" | "pardoned" | "freed" | "libero" | "indulto" | "excarcelo"
                ))
            // "held at an immigration detention center, awaiting deportation"; "detained in
            // December for overstaying his visa".
            || doc.matches_at(k, "immigration detention")
            || (f.starts_with("overstay")
                && (k + 1..k + 4).any(|j| matches!(doc.f(j), "visa" | "visas" | "permit"))
                // (Not the pretext of a state's own arrest: "accused of overstaying his visa".)
                && !matches!(doc.f(k.wrapping_sub(2)), "accused" | "charged"))
            || doc.matches_at(k, "detencion migratoria")
            || (f.starts_with("deport")
                && matches!(doc.f(k.wrapping_sub(1)), "awaiting" | "pending" | "de"))
            || (matches!(f, "migrants" | "migrantes" | "deportees" | "deportados")
                && matches!(doc.f(k.wrapping_sub(2)), "among" | "entre"))
            || (matches!(
                f,
                "narcotrafico" | "drug-trafficking" | "narcoterrorismo" | "narco-terrorism"
            ) && !crate::crime_context::disputed(doc, first, last))
            // ("In Nicaragua, authorities released journalist X", "En Cuba, el artista Y fue
            // condenado", "detenido por el gobierno de Managua"): another state's prisoners.
            // (In a text about Venezuela: a text about Nicaragua is about its own prisoners.)
            || ((k <= first + 3
                && matches!(f, "in" | "en")
                && FOREIGN_STATES.contains(&doc.f(k + 1)))
                || (matches!(f, "managua" | "havana" | "habana" | "minsk")
                    && matches!(doc.f(k.wrapping_sub(1)), "de" | "of" | "in" | "en" | "la")))
                && doc.home == "VE"
                && (0..doc.tokens.len()).any(|j| {
                    matches!(doc.f(j), "venezuela" | "venezolano" | "venezolanos" | "venezuelan")
                })
                && !by_country(doc)
    })
}

/// Whether the text is a digest in sections headed by their countries ("VENEZUELA", then
/// "CUBA", "RUSSIA (CRIMEA)"): each section's prisoners are its own country's.
fn by_country(doc: &Doc<'_>) -> bool {
    let headings = doc.sentences.iter().filter(|s| {
        s.last - s.first <= 4
            && (s.first..s.last).all(|k| {
                doc.tokens[k]
                    .text
                    .chars()
                    .all(|c| !c.is_alphabetic() || c.is_uppercase())
            })
            && (FOREIGN_STATES.contains(&doc.f(s.first)) || doc.f(s.first) == "venezuela")
    });
    headings.count() >= 2
}

/// States whose custody of a Venezuelan or a foreigner is theirs, not Venezuela's.
const HELD_ABROAD: &[&str] = &[
    "colombia",
    "peru",
    "ecuador",
    "chile",
    "argentina",
    "brazil",
    "brasil",
    "mexico",
    "panama",
    "spain",
    "espana",
    "usa",
    "eeuu",
    "dubai",
    "thailand",
];

/// States that hold no political prisoners of the texts' countries: whom they hold or free in a
/// swap is theirs.
#[rustfmt::skip]
const WESTERN: &[&str] = &[
    "sweden", "suecia", "belgium", "belgica", "germany", "alemania", "france", "francia",
    "norway", "noruega", "poland", "polonia", "slovenia", "eslovenia", "lithuania", "lituania",
    "latvia", "letonia", "italy", "italia", "denmark", "dinamarca", "finland", "finlandia",
    "austria", "netherlands", "canada",
];

/// States whose political prisoners the news of Venezuela mentions beside its own.
const FOREIGN_STATES: &[&str] = &[
    "nicaragua",
    "cuba",
    "belarus",
    "bielorrusia",
    "rusia",
    "russia",
    "iran",
    "china",
];

/// Custody for an ordinary crime — gangs, extortion, murder, kidnapping, smuggling, money
/// laundering — that the text does not tie to politics: out of scope.
pub fn ordinary_crime(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    // ("after preaching against extortion", "denunciaba la corrupción": what someone spoke
    // against is no charge of theirs.)
    let opposed = |k: usize| {
        (k.saturating_sub(3).max(first)..k).any(|j| {
            let f = doc.f(j);
            // (Not "an operation against fuel smuggling", "un operativo contra el contrabando":
            // the police's, against the crime of those arrested.)
            let police = matches!(
                doc.f(j.wrapping_sub(1)),
                "operation" | "operacion" | "operativo" | "raid" | "crackdown" | "redada"
            );
            (matches!(f, "against" | "contra") && !police)
                // (What one wrote about: "…después de publicar una serie sobre el contrabando de
                // gasolina".)
                || matches!(f, "sobre" | "about")
                // ("publishing articles on domestic violence": the topic of one's work.)
                || (f == "on" && crate::crime_words::WORK_ON.contains(&doc.f(j.wrapping_sub(1))))
                // (Not a crime reported of the one held: "vecinos denunciaran que maltrataba…".)
                || (f.starts_with("denunci") && doc.f(j + 1) != "que")
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
            "murder",
            "homicid",
            "asesinat",
            "asesinar",
            "feminicid",
            "extors",
            "robber",
            "hurto",
            "hurtar",
            "abigeato",
            "theft",
            "loot",
            "saque",
            "cocain",
            "killing",
            "estupefacient",
            "blanqueo",
            "stealing",
        ]
        .iter()
        .any(|p| f.starts_with(p))
    };
    let crime = (first..last).any(|k| {
        (stem(k)
            || {
                // ("money-laundering charges", "drugs-related charges": the last or the first
                // part of a compound.)
                let f = doc.f(k);
                [f.rsplit('-').next(), f.split('-').next()]
                    .iter()
                    .flatten()
                    .any(|w| CRIME_WORDS.contains(w))
            }
            || doc.matches_any_at(k, CRIME_PHRASES)
            || crate::crime_words::cruelty(doc, k, last)
            || crate::crime_words::black_market_sale(doc, k))
            && !opposed(k)
            && !crate::crime_context::cellmates(doc, k)
            && !crate::crime_context::scare_quoted(doc, k)
            && !crate::crime_context::disputed_elsewhere(doc, doc.f(k))
    })
    // (Not a crash of those who chased her: "…tras chocar contra un poste una patrulla que la
    // perseguía".)
    && !(first..last).any(|j| doc.f(j).starts_with("persegu"));
    // ("cuyo caso no tiene relación con la persecución política": a tie denied.)
    let tie_denied = |k: usize| {
        (k.saturating_sub(8)..k).any(|j| {
            doc.matches_any_at(
                j,
                &[
                    "no tiene relacion",
                    "nada que ver",
                    "nothing to do",
                    "unrelated to",
                    "no guarda relacion",
                    "no relation to",
                ],
            )
        })
    };
    // "…comparte celda con dos de los detenidos políticos": other people's politics.
    // ("shares a ward with political prisoners but … a cell with X, a man serving a sentence
    // for drug trafficking": the others' politics, not "with other political prisoners".)
    let others = |k: usize| {
        (matches!(doc.f(k), "politicos" | "politicas")
            && matches!(doc.f(k.wrapping_sub(2)), "los" | "las" | "otros" | "otras"))
            || ((k.saturating_sub(2)..k).any(|j| matches!(doc.f(j), "with" | "con"))
                && !matches!(
                    doc.f(k - 1),
                    "other" | "fellow" | "otros" | "otras" | "demas"
                ))
    };
    let political = (first..last).filter(|&k| !tie_denied(k)).any(|k| {
        matches!(
            doc.f(k),
            "politico" | "politica" | "politicos" | "politicas" | "political" | "politically"
        ) && !others(k)
            && !crate::crime_words::politics_denied(doc, k)
    });
    // ("found guilty of terrorism, attempted homicide against the head of state"): charges of the
    // state against its opponents make the case political whatever else they name.
    let charged_politically = (first..last).any(|k| {
        let f = doc.f(k);
        f.starts_with("terroris")
            || f.starts_with("magnicid")
            // (Not a conspiracy of trade: "por conspirar para introducir cocaína".)
            || (f.starts_with("conspira")
                && !(k + 1..(k + 6).min(last)).any(|j| {
                    let w = doc.f(j);
                    w.starts_with("cocain") || w.starts_with("drug") || w.starts_with("narco")
                }))
            || f.starts_with("rebeli")
            || f.starts_with("rebell")
            || f.starts_with("traicion")
            || f.starts_with("treason")
            || f.starts_with("espionage")
            || f.starts_with("sedici")
            || f.starts_with("sediti")
            || f.starts_with("espionaj")
            || crate::crime_context::disputed(doc, k, k + 1)
            || doc.matches_any_at(k, &["head of state", "jefe de estado"])
    });
    crime
        && !political
        && !charged_politically
        && !crate::crime_context::press_charged(doc, first, last)
        && !crate::crime_context::press_case(doc, first, last)
}

/// Whether the text is about a state that jails its clergy (named more often than Venezuela).
pub(crate) fn jails_clergy(doc: &Doc<'_>) -> bool {
    let (mut there, mut venezuela) = (0usize, 0usize);
    for k in 0..doc.tokens.len() {
        match doc.f(k) {
            "nicaragua" | "nicaraguense" | "nicaraguenses" | "nicaraguan" | "managua" | "cuba"
            | "cubano" | "cubana" | "cuban" | "havana" | "habana" => there += 1,
            "venezuela" | "venezolano" | "venezolana" | "venezuelan" | "caracas" => venezuela += 1,
            _ => {}
        }
    }
    there > venezuela
}

/// Whether the people of sentence `first..last` are out of the record: held by another state,
/// for an ordinary crime, or set aside by a note.
pub(crate) fn out_of_record(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let told = |first: usize, last: usize| {
        foreign_custody(doc, first, last)
            || ordinary_crime(doc, first, last)
            || crate::excluded_notes::excluded_note(doc, first, last)
    };
    told(first, last) || crate::crime_context::one_of_accused(doc, first, told)
}

/// ("X was convicted in the Netherlands of spying", "detenido en Estados Unidos por autoridades
/// migratorias"): custody in the United States or past an article, when it is the only custody
/// the sentence `first..last` tells (not "X fue detenido por el SEBIN, mientras su hermano sigue
/// detenido en Estados Unidos", nor a swap's "a national convicted in France").
fn held_abroad_alone(doc: &Doc<'_>, k: usize, first: usize, last: usize) -> bool {
    let custody = |j: usize| {
        let w = doc.f(j);
        CUSTODY_WORDS.contains(&w) || w.starts_with("liber") || w.starts_with("excarcel")
    };
    let verb = (custody(k) && doc.f(k) != "convicted")
        || (doc.f(k) == "convicted" && matches!(doc.f(k.wrapping_sub(1)), "was" | "were"));
    let abroad = || {
        (k + 1..k + 4).any(|j| {
            let at = j + 1 + usize::from(matches!(doc.f(j + 1), "the" | "los"));
            matches!(doc.f(j), "in" | "en")
            && (at > j + 1 || doc.f(at) == "estados" || doc.f(at) == "united")
            && abroad_at(doc, at, true)
            // (Not a place named for it: "the United States Embassy area of Caracas".)
            && !matches!(doc.f(at + 2), "embassy" | "embajada" | "consulate" | "consulado")
        })
    };
    verb && abroad() && (first..last).filter(|&j| custody(j)).count() == 1
}

/// Whether the words at token `at` name a state that holds people abroad ("Colombia", "Costa
/// Rica", "Sweden"; with `us`, "Estados Unidos", "United States").
fn abroad_at(doc: &Doc<'_>, at: usize, us: bool) -> bool {
    HELD_ABROAD.contains(&doc.f(at))
        || WESTERN.contains(&doc.f(at))
        || (doc.f(at) == "costa" && doc.f(at + 1) == "rica")
        || (us
            && matches!(
                (doc.f(at), doc.f(at + 1)),
                ("estados", "unidos") | ("united", "states")
            ))
}

/// The words of a custody, its end or a leaving that `held_abroad_alone` counts in a sentence.
#[rustfmt::skip]
const CUSTODY_WORDS: &[&str] = &[
    "held", "jailed", "imprisoned", "detained", "arrested", "detenido", "detenida", "preso",
    "presa", "convicted", "released", "freed", "pardoned", "deported", "arrestado", "arrestada",
    "capturado", "capturada", "deportado", "deportada",
];
