//! The words of ordinary crimes — gangs, extortion, murder, smuggling, a guard's cruelty — by
//! which `out_of_scope::ordinary_crime` tells custody that is no political detention.

use crate::text::Doc;

/// Ordinary crimes told in one word.
pub(crate) const CRIME_WORDS: &[&str] = &[
    "extorsion",
    "extortion",
    "homicidio",
    "homicide",
    "murder",
    "secuestro",
    "kidnapping",
    "contrabando",
    "smuggling",
    "laundering",
    "pandilla",
    "gang",
    "banda",
    "drug",
    "drugs",
    "drogas",
    "narcotrafico",
    "narcotics",
    "cocaina",
    "cocaine",
    "heroina",
    "heroin",
    "robbery",
    "robo",
    "robar",
    "corrupcion",
    "corruption",
    "embezzlement",
    "embezzling",
    "peculado",
    "malversacion",
    "gang-related",
    "graft",
    "bribery",
    "soborno",
    "sobornos",
    "fraud",
    "fraude",
    "estafa",
    "estafar",
    "bribes",
    "rigging",
    "debt",
];

/// Ordinary crimes told in more than one word.
pub(crate) const CRIME_PHRASES: &[&str] = &[
    "desvio de fondos",
    "lavado de dinero",
    "venta ilegal",
    "black market",
    "mercado negro",
    "trafico de",
    "illegal sale",
    "legitimacion de capitales",
    "for abuse",
    "arma blanca",
    "una rina",
    "sexual abuse",
    "abuso sexual",
    "por abuso",
    "maltrataba a su",
    "maltrato infantil",
    "violencia domestica",
    "domestic violence",
    "sacrificio ilegal",
    "illegal slaughter",
    // (Traffic: "fue detenida … tras chocar contra un poste", "arrested for drunk driving".)
    "tras chocar contra",
    "conducir ebrio",
    "conducir ebria",
    "drunk driving",
    "drunk-driving",
    "driving under the influence",
];

/// ("…fue detenido y será procesado por \"trato cruel\"", a guard's): cruel treatment charged at
/// token `k` of tokens up to `last`, with no victims named after it ("…detenidos por trato
/// cruel contra los presos políticos A y B" tells of those held for it, not of A and B).
pub(crate) fn cruelty(doc: &Doc<'_>, k: usize, last: usize) -> bool {
    const CRUEL: &[&str] = &[
        "por trato cruel",
        "por tratos crueles",
        "por \" trato cruel",
        "por \" tratos crueles",
        "for cruel treatment",
    ];
    let victims_named = |j: usize| {
        matches!(doc.f(j), "contra" | "against")
            && (j + 1..last.min(j + 7)).any(|n| doc.tokens[n].capitalised)
    };
    doc.matches_any_at(k, CRUEL) && !(k + 3..last.min(k + 8)).any(victims_named)
}
