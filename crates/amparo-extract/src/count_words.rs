//! The words of counts: nouns that make a number a count of people, vague quantities kept as
//! words, and numbers written as words or digits.

use crate::text::{Doc, TokenKind};

/// Nouns (and participles used as nouns) that make a number a count of people.
pub(crate) const PEOPLE: &[&str] = &[
    "people",
    "persons",
    "compatriots",
    "compatriotas",
    "connacionales",
    "prisoners",
    "detainees",
    "detained",
    "citizens",
    "nationals",
    "foreigners",
    "journalists",
    "activists",
    "students",
    "soldiers",
    "officers",
    "men",
    "women",
    "minors",
    "children",
    "adolescents",
    "released",
    "freed",
    "arrested",
    "jailed",
    "releases",
    "arrests",
    "detentions",
    "lawyers",
    "protesters",
    "political",
    "personas",
    "presos",
    "presas",
    "detenidos",
    "detenidas",
    "ciudadanos",
    "ciudadanas",
    "extranjeros",
    "periodistas",
    "activistas",
    "estudiantes",
    "militares",
    "uniformados",
    "vecinos",
    "neighbours",
    "neighbors",
    "mujeres",
    "hombres",
    "menores",
    "adolescentes",
    "excarcelados",
    "excarceladas",
    "excarcelaciones",
    "liberados",
    "liberadas",
    "liberaciones",
    "detenciones",
    "arrestos",
    "arrestados",
    "abogados",
    "manifestantes",
    "civiles",
    "civilians",
    "politicos",
    "politicas",
    "sindicalistas",
    "trabajadores",
    "workers",
    "dirigentes",
    "politicos",
    "reclusos",
    "inmates",
    "internos",
    "workers",
    "trabajadores",
    "others",
    "colleagues",
    "colegas",
    "companeros",
    "companeras",
    "companions",
    "relatives",
    "familiares",
    "families",
    "familias",
    "sindicalistas",
    "unionists",
    "dirigentes",
    "leaders",
    "nurses",
    "teachers",
    "docentes",
    "privados",
    "priests",
    "sacerdotes",
    "religiosos",
    "clergy",
    "seminarians",
    "seminaristas",
    "pastors",
    "pastores",
];

/// Nouns of people held ("presos", "detainees", "inmates"), in the plural.
#[rustfmt::skip]
pub(crate) const HELD_PLURALS: &[&str] = &[
    "presos", "presas", "prisoners", "detenidos", "detenidas", "detainees", "prisioneros",
    "prisioneras", "reclusos", "reclusas", "inmates",
];

/// Counts in the hundreds, thousands or dozens told without a number ("cientos", "thousands"):
/// the subject of what follows them ("…said hundreds remain behind bars"), and a count of people
/// before "de" ("cientos de detenidos").
pub(crate) const LARGE_COUNTS: &[&str] = &[
    "centenares",
    "cientos",
    "decenas",
    "miles",
    "hundreds",
    "dozens",
    "thousands",
];

pub(crate) const VAGUE: &[&str] = &[
    // Before their first words alone: "varias decenas" is one quantity, not "varias".
    "varias decenas",
    "varios cientos",
    "varios centenares",
    "several dozen",
    "several hundred",
    "a significant number",
    "un numero significativo",
    "un numero importante",
    "a large number",
    "a number of",
    "dozens",
    "decenas",
    "hundreds",
    "cientos",
    "centenares",
    "una decena",
    "a dozen",
    "several",
    "varios",
    "varias",
    "a handful",
    "un punado",
    "a group of",
    "un grupo de",
    "numerous",
    "numerosos",
    "numerosas",
    "a few",
    "unos cuantos",
    "many",
    "muchos",
    "scores of",
    "una veintena",
    "una treintena",
    "unas cuantas",
];

const NUMBER_WORDS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("un", 1),
    ("uno", 1),
    ("una", 1),
    ("dos", 2),
    ("tres", 3),
    ("cuatro", 4),
    ("cinco", 5),
    ("seis", 6),
    ("siete", 7),
    ("ocho", 8),
    ("nueve", 9),
    ("diez", 10),
    ("once", 11),
    ("doce", 12),
    ("trece", 13),
    ("catorce", 14),
    ("quince", 15),
    ("dieciseis", 16),
    ("diecisiete", 17),
    ("dieciocho", 18),
    ("diecinueve", 19),
    ("veinte", 20),
    ("veintiuno", 21),
    ("veintiun", 21),
    ("veintidos", 22),
    ("veintitres", 23),
    ("veinticuatro", 24),
    ("veinticinco", 25),
    ("veintiseis", 26),
    ("veintisiete", 27),
    ("veintiocho", 28),
    ("veintinueve", 29),
    ("treinta", 30),
    ("cuarenta", 40),
    ("cincuenta", 50),
    ("sesenta", 60),
    ("setenta", 70),
    ("ochenta", 80),
    ("noventa", 90),
    ("cien", 100),
    ("ciento", 100),
];

/// Whether token `k` is a number, in figures or in words ("14", "catorce", "one").
pub(crate) fn number_at(doc: &Doc<'_>, k: usize) -> bool {
    doc.is_number(k) || number_word(doc.f(k)).is_some()
}

/// Whether token `k` counts people: a figure, or a number word past one (not the article "un",
/// "una", "one").
pub(crate) fn count_at(doc: &Doc<'_>, k: usize) -> bool {
    doc.is_number(k) || number_word(doc.f(k)).is_some_and(|n| n > 1)
}

/// The value of a number word ("five", "cinco").
pub fn number_word(w: &str) -> Option<u64> {
    let word = |w: &str| NUMBER_WORDS.iter().find(|(k, _)| *k == w).map(|(_, v)| *v);
    // ("fifty-two": tens and a unit.)
    word(w).or_else(|| {
        let (tens, unit) = w.split_once('-')?;
        let (tens, unit) = (word(tens)?, word(unit)?);
        (tens >= 20 && tens % 10 == 0 && unit < 10).then_some(tens + unit)
    })
}

pub(crate) fn parse_number(doc: &Doc<'_>, i: usize) -> Option<u64> {
    let t = doc.tokens.get(i)?;
    if t.kind == TokenKind::Number {
        let groups: Vec<&str> = t.text.split([',', '.']).collect();
        let thousands = groups.len() > 1 && groups.iter().skip(1).all(|g| g.len() == 3);
        return if thousands || groups.len() == 1 {
            groups.concat().parse().ok()
        } else {
            None
        };
    }
    // "one" and "una" are articles far more often than counts.
    let n = number_word(&t.folded).filter(|n| *n > 1)?;
    // ("sesenta y cinco presos", "sixty five prisoners": the unit closes a compound whose tens
    // come before it.)
    let tens = |k: usize| {
        doc.tokens
            .get(k)
            .and_then(|x| number_word(&x.folded))
            .filter(|t| *t >= 20 && t % 10 == 0 && *t < 100)
    };
    let before = match doc.f(i.wrapping_sub(1)) {
        "y" => tens(i.wrapping_sub(2)),
        _ => tens(i.wrapping_sub(1)),
    };
    Some(before.filter(|_| n < 10).map_or(n, |t| t + n))
}

/// Whether the words before a participle at `i` (`prev`, `prev2` folded) are a noun of people it
/// describes ("los estudiantes detenidos", "political prisoners still held", "Colombians
/// arrested", "una decena de trabajadores de la prensa detenidos").
pub(crate) fn people_before(doc: &crate::text::Doc<'_>, i: usize, prev: &str, prev2: &str) -> bool {
    PEOPLE.contains(&prev)
        || (prev.ends_with('s') && !crate::lexicon::nationalities(prev).is_empty())
        // ("all 1,100 political prisoners still held by the regime")
        || (matches!(prev, "still" | "currently" | "aun" | "todavia")
            && PEOPLE.contains(&prev2))
        // ("una decena de trabajadores de la prensa detenidos en el país")
        || (matches!(prev2, "de" | "la" | "del")
            && !doc.tokens.get(i.wrapping_sub(1)).is_some_and(|t| t.capitalised)
            // (Not an apposition to names: "A y B, trabajadores de la siderúrgica detenidos en
            // junio".)
            && (i.saturating_sub(4)..i.saturating_sub(2))
                .any(|k| PEOPLE.contains(&doc.f(k)) && doc.f(k.wrapping_sub(1)) != ","))
}

/// How many counted events make tokens `first..last` a balance: one among a month's figures
/// ("En marzo registramos 6 condenas, 1 absolución y 2 cambios de medida…, además de más de 30
/// nuevas detenciones"), or after a verb of keeping count among two ("En marzo registramos 25
/// nuevas detenciones, entre ellas la del periodista X…, y 3 condenas"); else two.
pub(crate) fn counted_needed(doc: &crate::text::Doc<'_>, first: usize, last: usize) -> usize {
    let figures = figures(doc, first, last);
    let tallied = (first..last).any(|k| {
        matches!(
            doc.f(k),
            "registramos" | "documentamos" | "contabilizamos" | "recorded" | "documented"
        )
    });
    if figures >= 3 || (figures >= 2 && tallied) {
        1
    } else {
        2
    }
}

/// How many numbers in tokens `first..last` count a noun ("6 condenas, 1 absolución y 2 cambios
/// de medida"): not a day's ("3 de marzo"), a month's or a term's ("25 años").
fn figures(doc: &crate::text::Doc<'_>, first: usize, last: usize) -> usize {
    (first..last)
        .filter(|&k| {
            doc.is_number(k)
                && doc.tokens.get(k + 1).is_some_and(|t| {
                    t.kind == crate::text::TokenKind::Word
                        && crate::dates::month(&t.folded).is_none()
                        && !matches!(t.folded.as_str(), "de" | "of" | "anos" | "years")
                })
        })
        .count()
}

/// Whether people are counted in the ten words before token `i` (from `from`): "al menos 58
/// personas del estado siguen…", "once ciudadanos españoles o con doble nacionalidad siguen…",
/// "40 personas \"privadas de…".
pub(crate) fn counted_people_before(doc: &crate::text::Doc<'_>, from: usize, i: usize) -> bool {
    (i.saturating_sub(10).max(from)..i).any(|k| {
        let counted =
            doc.is_number(k) || crate::counts::number_word(doc.f(k)).is_some_and(|n| n > 1);
        let noun = doc.f(k + 1);
        counted
            && (PEOPLE.contains(&noun)
                || (noun.ends_with('s') && !crate::lexicon::nationalities(noun).is_empty()))
    })
}

/// Whether token `k` is a count before a noun ("los 40 detenidos", "otros cinco presos"): not a
/// date's day nor a place's number ("el 9 de marzo", "la Zona 7").
pub(crate) fn counted_noun(doc: &Doc<'_>, k: usize) -> bool {
    count_at(doc, k)
        && crate::dates::month(doc.f(k + 1)).is_none()
        && !matches!(doc.f(k + 1), "de" | "." | "," | ":")
        && !matches!(doc.f(k.wrapping_sub(1)), "el" | "a" | "las" | "del" | "on")
        && !doc
            .tokens
            .get(k.wrapping_sub(1))
            .is_some_and(|t| t.capitalised)
}
