//! Two forms of one person's name the grouping of mentions reads as one: a spelling in brackets
//! or a nickname told after the name, and a given name with a compound first surname.

use crate::text::{Doc, TokenKind};

/// ("Hanna Sakalova (in Russian: Anna Sokolova)", "Aliaksei Zhuk (Aleksei Zhuk)", "X (en ruso,
/// Y)"): the name `first..last` in brackets right after the name ending at `before`, maybe after
/// a few words and a colon or a comma, is another spelling of it.
/// So is a nickname told right after it ("X, conocido en redes como \"El Gocho Pabón\"", "X,
/// known as Y", "X, alias Y"), or a spelling told so ("X, whose name is also spelled Y").
pub(crate) fn alias(doc: &Doc<'_>, before: usize, first: usize, last: usize) -> bool {
    let bracket = doc.f(before) == "("
        && doc.f(last) == ")"
        && (first == before + 1
            || (first <= before + 5
                && matches!(doc.f(first - 1), ":" | ",")
                && (before + 1..first - 1).all(|k| doc.tokens[k].kind == TokenKind::Word)));
    let nickname = first > before
        && first <= before + 9
        && (before..first).any(|k| {
            matches!(
                doc.f(k),
                "conocido"
                    | "conocida"
                    | "apodado"
                    | "apodada"
                    | "alias"
                    | "apodo"
                    | "known"
                    // ("Lebiadzka, whose name is also spelled Igor Lebedko", "también escrito")
                    | "spelled"
                    | "spelt"
                    | "transliterated"
                    | "escrito"
                    | "escrita"
                    | "transcrito"
            )
        })
        && (before..first).all(|k| !matches!(doc.f(k), "." | ";" | "y" | "and"));
    // ("Carmen Teresa Linares, \"La Negra Linares\", dirigente vecinal": in quotes after the
    // comma, maybe past the article.)
    let quoted = doc.f(before) == ","
        && doc.f(before + 1) == "\""
        && (first == before + 2
            || (first == before + 3 && matches!(doc.f(before + 2), "el" | "la" | "the")))
        && doc.f(last) == "\"";
    bracket || nickname || quoted
}

/// "Montes de Oca" of "Yajaira Margarita Montes de Oca Rivas": a first surname joined by a
/// particle, before the second.
pub(crate) fn compound_surname(w: &[String]) -> Option<&[String]> {
    (w.len() >= 5 && matches!(w[w.len() - 3].as_str(), "de" | "del"))
        .then(|| &w[w.len() - 4..w.len() - 1])
}

/// "Yajaira Montes de Oca" for "Yajaira Margarita Montes de Oca Rivas": the first given name and
/// the compound first surname.
pub(crate) fn given_and_compound(long: &[String], short: &[String]) -> bool {
    compound_surname(long)
        .is_some_and(|c| short.len() == c.len() + 1 && short[0] == long[0] && short[1..] == *c)
}

/// "Mahmoud Rezaei-Fard" and "Mahmoud Rezaeifard": names that differ only by a hyphen (or the
/// space it stands for).
pub(crate) fn hyphen_only(a: &[String], b: &[String]) -> bool {
    let joined = |w: &[String]| w.concat().replace('-', "");
    a != b && a.len() >= 2 && b.len() >= 2 && joined(a) == joined(b)
}
