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
    "burglary",
    "robo",
    "robar",
    "hurto",
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
    // ("accused of robbing a bakery", "robbing tourists"; not "accused the government of robbing
    // the election", "thieves robbing the nation".)
    "robbing a",
    "robbing an",
    "robbing banks",
    "robbing people",
    "robbing tourists",
    "robbing his",
    "robbing her",
    "suspicion of burglary",
    "suspicion of theft",
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
    // (Fuel carried off to the border: "cuando trasladaba 400 litros de gasolina en bidones
    // hacia la trocha".)
    "litros de gasolina",
    "litros de combustible",
    "liters of gasoline",
    "liters of fuel",
    "litres of fuel",
    "gallons of gasoline",
    "gallons of fuel",
    "galones de gasolina",
    "galones de combustible",
    "litros de gasoil",
    "litros de diesel",
    "litres of petrol",
];

/// ("…fue detenido y será procesado por \"trato cruel\"", a guard's; "imputados por tortura"):
/// cruelty charged at token `k` of tokens up to `last`, with no victims named after it
/// ("…detenidos por trato cruel contra los presos políticos A y B" tells of those held for it,
/// not of A and B); torture only as `torture_charged` reads it.
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
    doc.matches_any_at(k, CRUEL)
        && !(k + 3..last.min(k + 8)).any(victims_named)
        && (!doc.f(k + 1).starts_with("tortur") || torture_charged(doc, k, last))
}

/// ("imputados por tortura dos funcionarios", "guards sentenced on March 3 for torture",
/// "officers charged with torturing inmates"): torture told at token `k` charged to those held
/// for it. Not a claim for it ("a complaint for torture", "exige justicia por tortura sufrida"),
/// nor a victim's ("charged with torturing him", "for the torture of councilman X", "por tortura
/// en el caso del concejal X"), nor a sentence that tells the torture of one held too ("X,
/// detenido por tortura, torturó al concejal Y, que sigue preso").
fn torture_charged(doc: &Doc<'_>, k: usize, last: usize) -> bool {
    const CHARGED: &[&str] = &[
        "imput", "acus", "proces", "deten", "arrest", "privad", "conden", "sentenc", "juzgad",
        "encarcel", "charg", "accus", "indict", "held", "convict", "jailed",
    ];
    const CLAIMS: &[&str] = &[
        "complaint",
        "complaints",
        "redress",
        "justice",
        "justicia",
        "denuncia",
        "denuncias",
        "compensation",
        "reparacion",
        "indemnizacion",
        "demanda",
        "lawsuit",
        "sued",
    ];
    let Some(s) = doc.sentence_at(k) else {
        return false;
    };
    let cue = k + 1;
    let charged = (k.saturating_sub(20).max(s.first)..k)
        .any(|j| CHARGED.iter().any(|p| doc.f(j).starts_with(p)));
    let suffered = (cue + 1..cue + 5).any(|j| {
        ["sufri", "suffer", "endur", "padec"]
            .iter()
            .any(|p| doc.f(j).starts_with(p))
    });
    let given = |j: usize| crate::lexicon::is_given_name(doc.f(j)) && doc.tokens[j].capitalised;
    let verb = doc.f(cue).starts_with("torturar") || doc.f(cue) == "torturing";
    let object = (cue + 1..last.min(cue + 5))
        .take_while(|&j| !matches!(doc.f(j), "," | "." | ";"))
        .any(given);
    let pronoun = matches!(
        doc.f(cue + 1),
        "him" | "her" | "them" | "lo" | "la" | "los" | "las"
    ) || ["torturarlo", "torturarla", "torturarlos", "torturarlas"]
        .contains(&doc.f(cue));
    // ("the torture of X", "la tortura de X", "en el caso del concejal X")
    let of_one = (cue + 1..last.min(cue + 12))
        .filter(|&j| {
            (j == cue + 1 && matches!(doc.f(j), "of" | "de" | "del"))
                || (matches!(doc.f(j), "case" | "caso")
                    && matches!(doc.f(j + 1), "of" | "de" | "del"))
        })
        .any(|j| (j + 1..last.min(j + 6)).any(given));
    let other = (s.first..s.last).any(|j| j != cue && doc.f(j).starts_with("tortur"));
    let victim = (verb && (object || pronoun)) || of_one || other;
    // ("compensated by the court for torture": a court's award, not "sentenced by a court for
    // torture".)
    let award = doc.f(k.wrapping_sub(1)) == "court"
        && (k.saturating_sub(5)..k).any(|j| {
            ["compens", "award", "indemn", "otorg"]
                .iter()
                .any(|p| doc.f(j).starts_with(p))
        });
    charged && !award && !CLAIMS.contains(&doc.f(k.wrapping_sub(1))) && !suffered && !victim
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
    }) && (a..b).any(|k| doc.f(k).starts_with("politic") && politics_denied(doc, k))
}

/// Nouns and verbs of one's work whose "on" names its topic, no crime of theirs ("publishing
/// articles on domestic violence", "campaigned on drug policy"; not "work on fraud schemes").
#[rustfmt::skip]
pub(crate) const WORK_ON: &[&str] = &[
    "articles", "article", "reports", "report", "reporting", "posts", "videos", "writing", "wrote",
    "writes", "campaigned", "campaigning", "spoke", "speaking", "research", "series", "stories",
    "story",
];

/// Whether the word of politics at token `k` is denied or called a mistake in the seven words
/// before it: "not a political case", "no es un caso político", "no es un preso político", "por
/// no tratarse de un preso político", "cuyo caso algunas páginas presentaron por error como
/// político", "como si se tratara de una detención política" (a pretence).
pub(crate) fn politics_denied(doc: &Doc<'_>, k: usize) -> bool {
    // (In its clause, up to seven words back: "no indication that his case is political", "que
    // no formaba parte del grupo de presas políticas"; not past a turn, "no fue liberado pese a
    // ser preso político", nor a certainty, "no doubt that his case is political".)
    let from = (k.saturating_sub(7)..k)
        .rev()
        .find(|&j| CLAUSE_TURNS.contains(&doc.f(j)))
        .map_or(k.saturating_sub(7), |j| j + 1);
    let doubt = |j: usize| {
        matches!(doc.f(j + 1), "doubt" | "duda" | "dudas" | "lugar")
            || matches!(doc.f(j + 2), "doubt" | "duda" | "dudas")
    };
    (from..k).filter(|&j| !doubt(j)).any(|j| {
        matches!(
            doc.f(j),
            "not"
                | "no"
                | "non"
                | "sin"
                | "ninguna"
                | "ningun"
                | "ninguno"
                | "error"
                | "tratara"
                | "tratase"
                | "fuera"
                | "erroneamente"
                | "falsamente"
                | "wrongly"
                | "mistakenly"
                | "falsely"
        )
    })
}

/// Words that turn a clause: a negation before them is not of what follows.
#[rustfmt::skip]
const CLAUSE_TURNS: &[&str] = &[
    ",", ".", ";", ":", "(", ")", "—", "–", "aunque", "pese", "porque", "pero", "sino", "y", "and",
    "but", "despite", "though", "although", "because", "yet",
];
