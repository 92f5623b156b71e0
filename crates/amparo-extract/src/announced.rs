//! An announced future: a release an authority says is to come ("anunció que serán
//! excarcelados", "Venezuela will release X, Rodríguez said") is announced, not hoped for.

use crate::modality::is_future;
use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Verbs of saying, which make a future release an announcement, and any other future one when
/// an authority says it.
const SAYS: &[&str] = &[
    "said",
    "says",
    "told",
    "stated",
    "confirmed",
    "informed",
    "dijo",
    "dice",
    "confirma",
    "informa",
    "asegura",
    "afirma",
    "promised",
    "prometio",
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
        .sentence_at(trigger.first)
        .map_or(trigger.last, |s| s.last);
    let words = || (sentence_first..end).filter(|k| !(trigger.first..trigger.last).contains(k));
    let announcer = words().any(|k| {
        matches!(
            doc.f(k),
            "anuncio" | "anunciaron" | "anuncia" | "anuncian" | "announced" | "announces"
        )
        // ("Venezuela will release X, Rodríguez said", "his family said she will be released on
        // Monday": a release said to come is announced, whoever says it.)
    }) || (words().any(|k| SAYS.contains(&doc.f(k)))
        && (crate::discourse::family(trigger.kind) == EventType::Release
            || words().any(|k| AUTHORITIES.contains(&doc.f(k)))));
    // (Hoped for is not announced: "her family hopes she will be freed".)
    let demanded = (sentence_first..trigger.first).any(|k| {
        matches!(
            doc.f(k),
            "exigio"
                | "pidio"
                | "demanded"
                | "urged"
                | "called"
                | "no"
                | "not"
                | "si"
                | "if"
                | "hope"
                | "hopes"
                | "hoped"
                | "hoping"
                | "espera"
                | "esperan"
                | "esperaba"
                | "ojala"
                | "whether"
                | "unless"
        )
    });
    future && announcer && !demanded
}

/// A participle that describes the people of a noun phrase ("anunció que las 19 personas
/// excarceladas el jueves … pierden la nacionalidad", "announced that the 19 people released on
/// Thursday…"): what they went through is told as done, not what is announced.
pub(crate) fn described_people(doc: &Doc<'_>, trigger: &Trigger) -> bool {
    const PEOPLE: &[&str] = &[
        "personas",
        "presos",
        "presas",
        "detenidos",
        "detenidas",
        "opositores",
        "ciudadanos",
        "people",
        "prisoners",
        "detainees",
        "men",
        "women",
    ];
    let k = trigger.first;
    trigger.kind != EventType::Arrest
        && k >= 2
        && PEOPLE.contains(&doc.f(k - 1))
        && (matches!(doc.f(k - 2), "las" | "los" | "the")
            || (doc.f(k - 2).chars().all(|c| c.is_ascii_digit())
                && k >= 3
                && matches!(doc.f(k - 3), "las" | "los" | "the")))
}
