//! The others of a group: a sentence about them is an aside to the list of the group told
//! before it ("Otras dos fueron enviadas a sus casas", "Los ocho restantes siguen presos").

use crate::text::Doc;

/// Words of the others of a group ("otros", "the rest", "los ocho restantes").
const OTHERS: &[&str] = &[
    "otros",
    "otras",
    "otro",
    "otra",
    "others",
    "another",
    "resto",
    "rest",
    "remaining",
    "restantes",
    "demas",
];

/// Whether a sentence opens on the others of a group ("Otras dos…", "Three others…", "Dos de
/// ellos…", "The rest…").
pub(crate) fn about_others(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    // ("…dijo que el grupo incluye a dos adolescentes y a dos personas que pasaron a casa por
    // cárcel", "the group includes three minors": a part of the group.)
    // ("…and a handful were put on planes out of the country": a few of them.)
    // ("The government figure includes people who were moved to house arrest": so is what a
    // count holds.)
    let part = (first..last).any(|k| {
        (matches!(
            doc.f(k),
            "grupo"
                | "group"
                | "lista"
                | "list"
                | "cifra"
                | "figure"
                | "numero"
                | "number"
                | "count"
        ) && matches!(
            doc.f(k + 1),
            "incluye" | "includes" | "include" | "incluia" | "included"
        )) || (doc.f(k) == "handful" && doc.f(k.wrapping_sub(1)) == "a")
    });
    // ("La organización precisó que cuatro de ellos…": or at the start of what was reported.)
    let told = (first..last.min(first + 6))
        .find(|&k| matches!(doc.f(k), "que" | "that"))
        .map_or(first, |k| k + 1);
    // ("…un tribunal concedió además arresto domiciliario a otras tres", "…granted house arrest
    // to three others": or as the object of its event.)
    let object = (first..last).any(|k| {
        matches!(doc.f(k), "a" | "to")
            && (matches!(doc.f(k + 1), "otros" | "otras")
                && crate::counts::number_word(doc.f(k + 2)).is_some()
                || crate::counts::number_word(doc.f(k + 1)).is_some() && doc.f(k + 2) == "others")
    });
    part || object
        || split(doc, first, last)
        || (first..last.min(first + 5).max(last.min(told + 5))).any(|k| {
            let of_them = matches!(doc.f(k), "de" | "of")
                && matches!(doc.f(k + 1), "ellos" | "ellas" | "them");
            OTHERS.contains(&doc.f(k)) || of_them
            // ("Junto a ellos fue expulsado un ciudadano costarricense", "Along with them…")
            || (matches!(doc.f(k), "junto" | "along" | "together")
                && matches!(doc.f(k + 1), "a" | "con" | "with")
                && matches!(doc.f(k + 2), "ellos" | "ellas" | "them"))
            // ("One more was sent home under house arrest", "Uno más quedó…")
            || (matches!(doc.f(k + 1), "more" | "mas")
                && crate::counts::number_word(doc.f(k)).is_some())
            // ("El decimocuarto, un ciudadano costarricense, fue expulsado", "A tenth, Father
            // X, was flown out separately": one of the group counted by its place.)
            || (matches!(doc.f(k.wrapping_sub(1)), "el" | "la" | "a" | "the")
                && ordinal(doc.f(k)))
        })
}

/// Whether a folded word is an ordinal past the first ("tercero", "decimocuarto", "tenth").
fn ordinal(w: &str) -> bool {
    const ES: &[&str] = &[
        "segundo", "segunda", "tercero", "tercera", "cuarto", "cuarta", "quinto", "quinta",
        "sexto", "sexta", "septimo", "septima", "octavo", "octava", "noveno", "novena", "ultimo",
        "ultima",
    ];
    const EN: &[&str] = &[
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "last",
    ];
    ES.contains(&w)
        || EN.contains(&w)
        || w.starts_with("decim")
        || (w.ends_with("teenth") || w.ends_with("tieth"))
}

/// Whether a sentence splits a counted group in counted parts, each with its own lot: "Diez
/// quedaron sometidas a régimen de presentación y dos pasaron a arresto domiciliario", "Ten must
/// report weekly and two were placed under house arrest", "Doce … fueron subidos a un avión…; dos
/// extranjeros fueron expulsados y otros dos…".
fn split(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let count = |k: usize| doc.is_number(k) || crate::counts::number_word(doc.f(k)).is_some();
    count(first)
        && !matches!(doc.f(first + 1), "de" | "of" | "," | "." | ":")
        && (first + 2..last).any(|k| {
            matches!(
                doc.f(k.wrapping_sub(1)),
                "y" | "e" | "and" | "mientras" | "while" | ";"
            ) && count(k)
                && !matches!(
                    doc.f(k + 1),
                    "de" | "of" | "anos" | "years" | "dias" | "days"
                )
        })
}
