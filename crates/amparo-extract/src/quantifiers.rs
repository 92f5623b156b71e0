//! A quantifier after a list ("ambos", "both", "todos", "all") that counts the names before it.

use crate::lexicon::{is_np_word, roles};
use crate::relations::RELATIONS;
use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Words that count the names before them: "ambos"/"both" the last two, "todos"/"all" the list.
pub(crate) const QUANTIFIERS: &[&str] = &["ambos", "ambas", "both", "todos", "todas", "all"];

/// ("José Linares Piña y su hijo, Jesús Linares, ambos detenidos en Valencia", "truck driver A
/// and brothers B and C, all arrested during the protests"): a quantifier set off by a comma
/// just before the trigger is about the names before it — the last two for "ambos"/"both",
/// their whole list for "todos"/"all".
pub(crate) fn quantified(doc: &Doc<'_>, slots: &[Slot], t: &Trigger) -> Option<Vec<usize>> {
    // ("A and B, father and son, farmers from Portuguesa; both released 17 Feb.": after a
    // semicolon, "both" is the two joined names of the clause before.)
    if let Some(q) = (t.first.saturating_sub(3)..t.first).find(|&k| {
        matches!(doc.f(k), "ambos" | "ambas" | "both") && doc.f(k.wrapping_sub(1)) == ";"
    }) {
        let last = slots.iter().rposition(|s| s.last < q)?;
        let list = crate::coordination::list_around(doc, slots, last);
        return (list.len() >= 2).then(|| list[list.len() - 2..].to_vec());
    }
    let q = (t.first.saturating_sub(4)..t.first)
        .find(|&k| QUANTIFIERS.contains(&doc.f(k)) && doc.f(k.wrapping_sub(1)) == ",")?;
    let auxiliary = |k: usize| {
        matches!(
            doc.f(k),
            "were" | "had" | "have" | "been" | "are" | "fueron" | "habian" | "han" | "sido" | "son"
        )
    };
    if !(q + 1..t.first).all(auxiliary) {
        return None;
    }
    let last = slots.iter().rposition(|s| s.last < q)?;
    if q - slots[last].last > 1 {
        return None;
    }
    if matches!(doc.f(q), "ambos" | "ambas" | "both") {
        let prev = last.checked_sub(1)?;
        let between: Vec<&str> = (slots[prev].last..slots[last].first)
            .map(|k| doc.f(k))
            .collect();
        let joined = between.len() <= 6
            && between
                .iter()
                .any(|w| matches!(*w, "y" | "and" | "e" | ","))
            && !between
                .iter()
                .any(|w| crate::coordination::LIST_BREAKERS.contains(w));
        return joined.then(|| vec![prev, last]);
    }
    // ("A and brothers B and C": a relation word joins here, as a describer.)
    let mut first = last;
    while first > 0 {
        let between: Vec<&str> = (slots[first - 1].last..slots[first].first)
            .map(|k| doc.f(k))
            .collect();
        let joins = !between.is_empty()
            && between.len() <= 6
            && between
                .iter()
                .any(|w| matches!(*w, "y" | "and" | "e" | ","))
            && between.iter().all(|w| {
                matches!(
                    *w,
                    "y" | "and" | "e" | "," | "el" | "la" | "los" | "las" | "the" | "a" | "an"
                ) || is_np_word(w)
                    || !roles(w).is_empty()
                    || RELATIONS.contains(w)
            });
        if !joins {
            break;
        }
        first -= 1;
    }
    (last > first).then(|| (first..=last).collect())
}

/// ("Los condenados son A; B y C. Todos estaban presos desde el 21 de enero"): "todos", "all"
/// right before the verb of trigger `t`, in a sentence that names nobody, is all of the group
/// just told of.
pub(crate) fn all_of_them(doc: &Doc<'_>, t: &Trigger) -> bool {
    (t.first.saturating_sub(3)..t.first).any(|k| {
        matches!(doc.f(k), "todos" | "todas" | "all")
            // (Right before the verb: not "todos los presos", "lift all restrictions on released
            // journalists", "All 9 were taken", other groups.)
            && (k + 1 == t.first
                || matches!(
                    doc.f(k + 1),
                    "estaban"
                        | "estan"
                        | "fueron"
                        | "son"
                        | "eran"
                        | "siguen"
                        | "seguian"
                        | "permanecen"
                        | "permanecian"
                        | "habian"
                        | "han"
                        | "were"
                        | "are"
                        | "remain"
                        | "remained"
                        | "had"
                        | "have"
                ))
    })
}

/// ("…said hundreds remain behind bars", "others are still held", "dijo que cientos siguen
/// presos"): a count right before the trigger is its subject.
pub(crate) fn counted_subject(doc: &Doc<'_>, t: &Trigger) -> bool {
    let k = t.first.wrapping_sub(1);
    let count = crate::count_words::LARGE_COUNTS.contains(&doc.f(k))
        || matches!(doc.f(k), "scores" | "others" | "otros" | "otras" | "demas");
    // ("She was one of dozens detained that day", "entre cientos detenidos": among them.)
    // ("was among the dozens detained on March 1"; "\"We are hundreds behind bars\"": counted in.)
    let back = |n: usize| doc.f(k.wrapping_sub(n));
    let among = matches!(back(1), "of" | "de" | "among" | "entre")
        || (matches!(back(1), "the" | "los" | "las")
            && matches!(back(2), "of" | "de" | "among" | "entre"))
        || matches!(back(1), "are" | "were" | "somos" | "eramos");
    t.voice == crate::triggers::Voice::Passive && count && !among
}
