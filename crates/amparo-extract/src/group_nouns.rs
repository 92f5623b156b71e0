//! Custody words that tell of a group, no named person: a participle used as a noun of people at
//! the end of its phrase ("the conditions imposed on the recently freed", "las condiciones
//! impuestas a los recién excarcelados."), and a large count right before the word ("Permanecen
//! 790 presos políticos en el país").

use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::{Trigger, Voice};

/// The trigger at `i..last` as a group's (see [`bare_participle_noun`], [`large_count`]), if it
/// is one.
pub(crate) fn group_trigger(
    doc: &Doc<'_>,
    i: usize,
    last: usize,
    kind: EventType,
    voice: Voice,
) -> Option<Trigger> {
    let group = (voice == Voice::Passive && bare_participle_noun(doc, i, last))
        || (kind == EventType::Detention && large_count(doc, i))
        || (voice == Voice::Active && bare_people_object(doc, last));
    group.then_some(Trigger {
        first: i,
        last,
        kind,
        voice,
        group_only: true,
    })
}

/// Whether the passive participle at `i..last` stands as a noun of people: after "the"/"los"/
/// "las" (past "recently", "newly", "recién"), closing its phrase; not one among them ("X was
/// among the recently freed", "figura entre los recién excarcelados") nor the people "of" a
/// noun.
fn bare_participle_noun(doc: &Doc<'_>, i: usize, last: usize) -> bool {
    let mut k = i.wrapping_sub(1);
    if matches!(doc.f(k), "recently" | "newly" | "recien" | "just") {
        k = k.wrapping_sub(1);
    }
    let article = matches!(doc.f(k), "the" | "los" | "las");
    // (Not an apposition or a list after it: "The released, X and Y, must report…".)
    let closed = matches!(doc.f(last), "." | ";" | ")") || last >= doc.tokens.len();
    // (Nor "la lista de los excarcelados", whose names follow.)
    let among = matches!(doc.f(k.wrapping_sub(1)), "among" | "entre" | "of" | "de");
    // (A participle alone, "freed", "excarcelados"; not "lifted the house arrest;".)
    let w = doc.f(i);
    let participle = last == i + 1
        && ["ed", "do", "da", "dos", "das"]
            .iter()
            .any(|e| w.ends_with(e));
    participle && article && closed && !among
}

/// Whether a count of twenty or more stands right before the custody word at `i` ("Permanecen 790
/// presos políticos en el país", "some 800 prisoners held"): a group's tally, as a list of the
/// people just named would never count so many here.
fn large_count(doc: &Doc<'_>, i: usize) -> bool {
    // (In the same sentence: not a table's "TOTAL 777" over "Siguen detenidos, entre otros, X".)
    // (Nor a date's year in a row: "released 20/01/2026   Still in the INOF".)
    doc.sentence_at(i).is_some_and(|s| s.first < i)
        && !matches!(doc.f(i.wrapping_sub(2)), "/" | "-" | "." | "de" | "of")
        && !doc.line_break_before(i)
        && crate::count_words::parse_number(doc, i.wrapping_sub(1)).is_some_and(|n| n >= 20)
}

/// Whether the active verb ending before `last` takes a bare plural of people for its object, no
/// name of theirs: "When the government began releasing prisoners in early January, Lucía went
/// to Rodeo I", "empezó a excarcelar a presos políticos el jueves"; not when names follow
/// ("released prisoners, including X", "liberó a presos como X").
fn bare_people_object(doc: &Doc<'_>, last: usize) -> bool {
    const PEOPLE: &[&str] = &[
        "prisoners",
        "detainees",
        "inmates",
        "protesters",
        "presos",
        "presas",
        "detenidos",
        "detenidas",
        "reclusos",
        "prisioneros",
        "manifestantes",
    ];
    let mut k = last;
    if doc.f(k) == "a" {
        k += 1;
    }
    if doc.f(k) == "political" {
        k += 1;
    }
    if !PEOPLE.contains(&doc.f(k)) {
        return false;
    }
    k += 1;
    if matches!(doc.f(k), "politicos" | "politicas") {
        k += 1;
    }
    // (No names set off after it in the sentence: "…el 8 de enero, incluidos A y B", "entre
    // ellos X", "among whom was Y".)
    // (Nor right after it: "released prisoners, A and B, on Friday", "presos (A y B)",
    // "excarceló a presos políticos Lucía A y Marcos B"; nor another object joined to it, "detuvo
    // a manifestantes y a la dirigente X".)
    let set_off = (matches!(doc.f(k), "," | "(" | "-" | "—")
        && doc.tokens.get(k + 1).is_some_and(|t| t.capitalised))
        || doc.tokens.get(k).is_some_and(|t| t.capitalised)
        || matches!(doc.f(k), "y" | "e" | "and")
        || (doc.f(k) == "," && matches!(doc.f(k + 1), "a" | "al"));
    let end = doc.sentence_at(k).map_or(k, |s| s.last);
    !set_off
        && !(k..end).any(|j| {
            let w = doc.f(j);
            w.starts_with("incluid")
                || matches!(
                    w,
                    ":" | "including"
                        | "incluyendo"
                        | "entre"
                        | "among"
                        | "como"
                        | "such"
                        | "like"
                        | "named"
                        | "identified"
                        | "identificados"
                )
        })
}
