//! An ordinary crime told of a pronoun in the sentence after the one who was taken ("…fue
//! aprehendido X, de 40 años. Según la nota de prensa, sobre él pesaba una orden de captura
//! por robo agravado"): that person is out of scope.

use crate::text::Doc;

/// ("En la misma redada fue aprehendido X, de 40 años. Según la nota de prensa de la PNB, sobre
/// él pesaba una orden de captura por robo agravado"): a sentence `a..b` (the `si`-th) that
/// names no one, tells early of "él"/"she", and of an ordinary crime puts the one person the
/// sentence before gave events out of scope.
pub(crate) fn of_one_before(
    doc: &Doc<'_>,
    (a, b): (usize, usize),
    si: usize,
    names_nobody: bool,
    f: &mut crate::discourse::Findings,
) {
    if !names_nobody {
        return;
    }
    let pronoun = (a..b.min(a + 12)).any(|k| {
        matches!(
            doc.tokens[k].text,
            "él" | "Él" | "ella" | "Ella" | "he" | "He" | "she" | "She" | "him" | "her"
        )
    });
    // (The crime the custody rests on: a warrant, a sentence served, an ordinary court.)
    let basis = || {
        (a..b).any(|k| {
            doc.matches_any_at(
                k,
                &[
                    "orden de captura",
                    "orden de aprehension",
                    "warrant",
                    "tribunal ordinario",
                    "cumple una condena",
                    "serving a sentence",
                    "pesaba",
                ],
            )
        })
    };
    if !pronoun || !basis() {
        return;
    }
    let mut before = f
        .events
        .iter()
        .filter(|x| x.sentence + 1 == si)
        .map(|x| x.entity);
    let Some(e) = before.next().filter(|&e| before.all(|x| x == e)) else {
        return;
    };
    // (Not an accusation the sentence disputes or ties to politics: "She is accused of money
    // laundering, which her family calls a pretext", "…on bid-rigging charges".)
    // (In the sentence after too: "Su abogada asegura que la acusación es falsa".)
    let end = doc.sentences.get(si + 1).map_or(b, |s| s.last);
    let disputed = (a..end).any(|k| {
        let w = doc.f(k);
        [
            "pretext", "acus", "accus", "charge", "cargo", "deni", "nieg", "rechaz", "fals",
            "politic", "fabricat",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    }) || crate::crime_context::disputed_accusation(doc, a, si);
    if !disputed && crate::out_of_scope::ordinary_crime(doc, a, b) {
        f.out_of_scope[e] = true;
    }
}
