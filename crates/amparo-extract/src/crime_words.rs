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

/// ("…fue detenido y será procesado por \"trato cruel\"", a guard's; "imputados por tortura"): cruelty charged at
/// token `k` of tokens up to `last`, with no victims named after it ("…detenidos por trato
/// cruel contra los presos políticos A y B" tells of those held for it, not of A and B).
pub(crate) fn cruelty(doc: &Doc<'_>, k: usize, last: usize) -> bool {
    const CRUEL: &[&str] = &[
        "por trato cruel",
        "por tratos crueles",
        "por \" trato cruel",
        "por \" tratos crueles",
        "for cruel treatment",
        // ("imputados por tortura dos funcionarios policiales…, detenidos el 5 de noviembre")
        "por tortura",
        "por torturas",
        "for torture",
        "with torture",
        "for torturing",
        "with torturing",
    ];
    let victims_named = |j: usize| {
        matches!(doc.f(j), "contra" | "against")
            && (j + 1..last.min(j + 7)).any(|n| doc.tokens[n].capitalised)
    };
    // (Torture charged to those held for it, "imputados por tortura dos funcionarios", "officers
    // charged with torture"; not a complaint or redress for it, "arrested for filing a complaint
    // for torture", nor a victim's, "guards were charged with torturing him".)
    let torture = doc.f(k + 1).starts_with("tortur");
    let charged = (k.saturating_sub(7)..k).any(|j| {
        let f = doc.f(j);
        [
            "imputad", "acusad", "procesad", "detenid", "arrestad", "charged", "accused",
            "arrested", "detained", "indicted", "held",
        ]
        .iter()
        .any(|p| f.starts_with(p))
    });
    // (The victim named in the charge: "charged with torturing councilman X", "him".)
    let victim = matches!(doc.f(k + 2), "him" | "her" | "them" | "lo" | "la" | "los" | "las")
        || (k + 2..last.min(k + 10))
            .take_while(|&j| !matches!(doc.f(j), "," | "." | ";"))
            .any(|j| crate::lexicon::is_given_name(doc.f(j)) && doc.tokens[j].capitalised)
        // ("El sargento X, detenido por tortura, torturó al concejal Y, que sigue preso": the
        // sentence tells the torture of one held too.)
        || doc.sentence_at(k).is_some_and(|s| {
            (s.first..s.last).any(|j| j != k + 1 && doc.f(j).starts_with("tortur"))
        });
    doc.matches_any_at(k, CRUEL)
        && !(k + 3..last.min(k + 8)).any(victims_named)
        && (!torture || (charged && !victim))
}

/// ("jailed for selling flour on the black market", "por vender dólares en el mercado negro"):
/// a sale on the black market told at token `k`; not a market one spoke against ("criticizing
/// the black market for medicines").
pub(crate) fn black_market_sale(doc: &Doc<'_>, k: usize) -> bool {
    (doc.matches_at(k, "black market") || doc.matches_at(k, "mercado negro"))
        && (k.saturating_sub(6)..k).any(|j| {
            ["sell", "sold", "vend", "venta", "revend", "resell"]
                .iter()
                .any(|p| doc.f(j).starts_with(p))
        })
}

/// ("…cumplían condenas por contrabando y no eran considerados presos políticos"): whether tokens
/// `a..b` tell people convicted and deny them the name of political prisoners.
pub(crate) fn convicted_not_political(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        ["condena", "convict"]
            .iter()
            .any(|p| doc.f(k).starts_with(p))
    }) && (a..b)
        .any(|k| doc.f(k).starts_with("politic") && crate::out_of_scope::politics_denied(doc, k))
}

/// Nouns and verbs of one's work whose "on" names its topic, no crime of theirs ("publishing
/// articles on domestic violence", "campaigned on drug policy"; not "work on fraud schemes").
#[rustfmt::skip]
pub(crate) const WORK_ON: &[&str] = &[
    "articles", "article", "reports", "report", "reporting", "posts", "videos", "writing", "wrote",
    "writes", "campaigned", "campaigning", "spoke", "speaking", "research", "series", "stories",
    "story",
];
