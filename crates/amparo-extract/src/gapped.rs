//! The people of a sentence's later parts whose verb is left out and whose own term is told
//! ("Editor X was given eight years, reporter Y seven", "ocho años para la enfermera A, diez
//! para el dirigente B"): they share the sentence of its first part.

use crate::model::EventType::Sentence;
use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers::Trigger;

/// The people of a sentence's later parts, each with a term of its own and the verb left out,
/// join those the sentence names (`who` holds indices of `slots`).
pub(crate) fn gapped_terms(
    doc: &Doc<'_>,
    t: &Trigger,
    b: usize,
    slots: &[Slot],
    who: &mut Vec<usize>,
) {
    if t.kind != Sentence || who.is_empty() {
        return;
    }
    semicolon_parts(doc, t, b, slots, who);
    for (j, s) in slots.iter().enumerate() {
        if s.first > t.last
            && s.last <= b
            && !who.contains(&j)
            && (term_after(doc, s.last, b) || term_before(doc, t.last, s.first))
        {
            who.push(j);
        }
    }
    // ("sentences A to 17 years, and B and C to 13 years each": a later list and its own term
    // after "to"/"a".)
    for j in 0..slots.len() {
        if slots[j].first <= t.last || who.contains(&j) {
            continue;
        }
        let list = crate::slots::list_around(doc, slots, j);
        let last = list.last().map_or(slots[j].last, |&l| slots[l].last);
        // (Not one compared with: "sentenced the same day as Qasımov to eight years".)
        let first = list.first().map_or(slots[j].first, |&l| slots[l].first);
        let compared = matches!(
            doc.f(first.wrapping_sub(1)),
            "as" | "como" | "than" | "que" | "like" | "with" | "con"
        );
        let to_term = matches!(doc.f(last), "to" | "a")
            && crate::count_words::number_at(doc, last + 1)
            && (last + 2..last + 6)
                .any(|k| matches!(doc.f(k), "years" | "anos" | "months" | "meses"));
        if last <= b && to_term && !compared {
            who.push(j);
        }
    }
}

/// A term right after a name, the part's end next: "reporter Y eight years,", "the accountant,
/// Z, seven and a half years.", "y el estudiante Y, cuatro." (a number in figures with no unit
/// is an age: "A, 34, and B").
fn term_after(doc: &Doc<'_>, last: usize, b: usize) -> bool {
    let mut k = last + usize::from(doc.f(last) == ",");
    // (Past a relative aside: "y Alexei Torres, a quien en el barrio llaman \"el Flaco\", cinco
    // años".)
    let aside = match doc.f(k) {
        "quien" | "who" | "whom" => true,
        "a" => doc.f(k + 1) == "quien",
        _ => false,
    };
    if aside {
        match (k..b.min(k + 14)).find(|&j| doc.f(j) == ",") {
            Some(c) => k = c + 1,
            None => return false,
        }
    }
    if !crate::count_words::number_at(doc, k) {
        return false;
    }
    let word = !doc.is_number(k);
    k += 1;
    // ("eight and a half years", "ocho y medio", "ocho años y seis meses")
    if doc.matches_at(k, "and a half") {
        k += 3;
    } else if doc.matches_at(k, "y medio") {
        k += 2;
    }
    let unit = matches!(doc.f(k), "years" | "anos" | "months" | "meses");
    k += usize::from(unit);
    if unit && (doc.matches_at(k, "de prision") || doc.matches_at(k, "in prison")) {
        k += 2;
    }
    (unit || word)
        && (k >= b
            || matches!(
                doc.f(k),
                "," | "." | ";" | "y" | "and" | "e" | "each" | "cada"
            ) && !(matches!(doc.f(k), "y" | "and") && crate::count_words::number_at(doc, k + 1)))
}

/// A term right before the words of a name: "diez para el dirigente sindical B", "eight years
/// for the driver B", "y a 12 años a su supuesto contacto en Venezuela, Y".
fn term_before(doc: &Doc<'_>, from: usize, first: usize) -> bool {
    (first.saturating_sub(8).max(from + 1)..first).any(|p| {
        matches!(doc.f(p), "para" | "for" | "a" | "al")
            && {
                let n = p
                    - 1
                    - usize::from(matches!(
                        doc.f(p - 1),
                        "years" | "anos" | "months" | "meses"
                    ));
                crate::count_words::number_at(doc, n)
                    && matches!(doc.f(n - 1), "," | "y" | "and" | ":" | "a" | "e")
            }
            && (p + 1..first).all(|k| {
                (doc.f(k) == "," && k + 1 == first)
                    || (doc.tokens[k].kind == crate::text::TokenKind::Word
                        && !crate::coordination::LIST_BREAKERS.contains(&doc.f(k))
                        && !matches!(doc.f(k), "y" | "and"))
            })
    })
}

/// "sentenced A to nine years; B and C to eight years each; and D to seven years", "condenó a A a
/// nueve años; a B y C, a ocho": the people of each later part set off by a semicolon that gives
/// its own term share the sentence (`who` holds indices of `slots`).
fn semicolon_parts(doc: &Doc<'_>, t: &Trigger, b: usize, slots: &[Slot], who: &mut Vec<usize>) {
    // (Not "had sought up to 20 years", "cut from 12 to 8 years", "a dos años de su arresto",
    // nor a part that tells what someone said or asked.)
    let term = |from: usize, to: usize| {
        let said = (from..to).any(|k| {
            crate::slots::SPEECH.contains(&doc.f(k))
                || matches!(doc.f(k), "sought" | "asked" | "pide" | "pidio" | "pidieron")
        });
        !said
            && (from..to).any(|k| {
                let unit = (k + 2..to.min(k + 6))
                    .find(|&j| matches!(doc.f(j), "years" | "anos" | "months" | "meses"));
                matches!(doc.f(k), "to" | "a")
                    && !matches!(doc.f(k.wrapping_sub(1)), "up" | "from" | "hasta" | "de")
                    && (crate::counts::number_word(doc.f(k + 1)).is_some() || doc.is_number(k + 1))
                    && unit
                        .is_some_and(|u| !matches!(doc.f(u + 1), "de" | "of" | "after" | "since"))
            })
    };
    let mut start = (t.last..b).find(|&k| doc.f(k) == ";");
    while let Some(semi) = start {
        let end = (semi + 1..b).find(|&k| doc.f(k) == ";").unwrap_or(b);
        start = (end < b).then_some(end);
        // (A part without a term of its own is another's: "…; X, his co-defendant, received a
        // suspended term; and Y to seven years".)
        if !term(semi + 1, end) {
            continue;
        }
        for (j, s) in slots.iter().enumerate() {
            if s.first > semi && s.last <= end && !who.contains(&j) {
                who.push(j);
            }
        }
    }
}
