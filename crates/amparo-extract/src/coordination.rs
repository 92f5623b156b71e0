//! Coordinated people: the list of slots a conjunction joins ("A, B, C and D were freed") and
//! those who share an event "along with", "junto con" the people it names.

use crate::lexicon::{is_np_word, roles};
use crate::relations::RELATIONS;
use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Words that end a coordinated list: verbs of saying, auxiliaries, relative pronouns.
pub(crate) const LIST_BREAKERS: &[&str] = &[
    "said", "says", "told", "dijo", "was", "were", "is", "are", "has", "have", "had", "who",
    "which", "que", "quien", "quienes", "fue", "fueron", "es", "son", "ha", "han", "while",
    "mientras", "but", "pero", "after", "tras", "before", "antes", "when", "cuando", "whose",
    "cuyo", "cuya", ";", ":", "(", ")", "\"",
];

/// Whether the tokens between two slots join them in a list; `Some(true)` when they hold a conjunction.
fn gap(doc: &Doc<'_>, from: usize, to: usize) -> Option<bool> {
    if to <= from {
        // Two slots for one plural pronoun ("Both", "Ambos").
        return Some(true);
    }
    // ("ORLANDO MEDINA (V-13.455.210), KEILA SUÁREZ (V-22.781.093) y…": a name's brackets, an
    // identity card or an age, part nothing.)
    // (Not an item's own status: "José Sanoja (con arresto domiciliario); Pedro…".)
    if doc.f(from) == "("
        && let Some(close) = (from + 1..to.min(from + 10)).find(|&k| doc.f(k) == ")")
        && close + 1 < to
        && ((from + 1..close).all(|k| doc.is_number(k) || doc.f(k).len() <= 1)
            // ("A (21 años, estudiante de Derecho), B (23, Ingeniería) y C": an age first.)
            || (doc.is_number(from + 1)
                && (from + 2..close).all(|k| !LIST_BREAKERS.contains(&doc.f(k)) || doc.f(k) == ",")))
        && let Some(joined) = gap(doc, close + 1, to)
    {
        return Some(joined);
    }
    let words: Vec<&str> = (from..to).map(|k| doc.f(k)).collect();
    // ("A y dos estudiantes de la Universidad Estatal de Bielorrusia, B y C": a counted trade,
    // however long, before the names it counts.)
    if let ["y" | "and" | "e", n, middle @ .., ","] = words.as_slice()
        && crate::counts::number_word(n).is_some_and(|n| n > 1)
        && middle.len() <= 10
        && middle
            .iter()
            .all(|w| !LIST_BREAKERS.contains(w) && *w != ",")
    {
        return Some(true);
    }
    if to - from > 8 {
        return crate::companions::described_pair(doc, from, to, &words).then_some(true);
    }
    // ("two teenagers, A, who is 17, and B, 16, walked out", "A, que tiene 17 años, y B"): the
    // first's age in a relative clause.
    if let [",", "who" | "que", clause @ .., ",", "and" | "y" | "e"] = words.as_slice()
        && clause.len() <= 3
        && clause.iter().any(|w| w.chars().all(|c| c.is_ascii_digit()))
    {
        return Some(true);
    }
    // "Ana Pérez; Luis Rojas; Marta Salas": a semicolon right between two names lists them.
    // (No apposition is set off by semicolons: a semicolon joins like a conjunction.)
    // ("A · B · C", a caption's middle dots, join the same way.)
    if matches!(
        words.as_slice(),
        [";" | "·" | "•"] | [";", "y" | "and" | "e"]
    ) {
        return Some(true);
    }
    // "el exalcalde X; la activista Y, y el periodista Z": a semicolon before the next member's
    // describing words.
    if words.first() == Some(&";")
        && words.len() <= 5
        && words[1..].iter().all(|w| {
            is_np_word(w)
                || !roles(w).is_empty()
                || matches!(*w, "el" | "la" | "the" | "a" | "an" | "y" | "and" | "e")
        })
    {
        return Some(true);
    }
    // ("Su hijo y coacusado, X, fue absuelto": a kin noun and a second noun of the same one,
    // before the name they describe.)
    if RELATIONS.contains(&doc.f(from.wrapping_sub(1)))
        && matches!(doc.f(from.wrapping_sub(2)), "su" | "his" | "her")
        && let ["y" | "and", nouns @ .., ","] = words.as_slice()
        && (1..=2).contains(&nouns.len())
        && (from + 1..to - 1).all(|k| !doc.tokens[k].capitalised)
    {
        return None;
    }
    // "Useche's cousin, Ender Useche": a possessive and a relation between two names make
    // them two people, not a list.
    // (Not a priest's title right before his name: "…, Polish priest Father Grzegorz Nowacki".)
    let relation = words.iter().enumerate().any(|(j, w)| {
        RELATIONS.contains(w) && !(j + 1 == words.len() && doc.tokens[from + j].capitalised)
    });
    if relation && crate::companions::kin_joined(&words) {
        return Some(true);
    }
    if words.windows(2).any(|w| w == ["'", "s"]) || relation {
        return None;
    }
    let mut conjunction = false;
    let mut comma = false;
    // ("el teniente coronel (Ej) A, el mayor (GNB) B": a branch or a rank's mark in brackets is
    // a describer, no break.)
    let bracketed = |k: usize| {
        (k.saturating_sub(3).max(from)..=k).any(|o| {
            doc.f(o) == "(" && (o + 2..=o + 3).any(|c| c < to && doc.f(c) == ")" && c >= k)
        })
    };
    // ("Prof. Orlando José Bello, Prof.ª Thaís Margarita Hurtado y Prof. José…": a title with
    // its full stop before the next name.)
    // ("Mr. A and Mr. B were released yesterday": so with "Mr.", "Ms.", "Sr.", "Sra." right after the
    // conjunction; not "the disappearance of Mr. A, the imprisonment of Ms. B".)
    let titled = |k: usize| {
        (k.saturating_sub(2)..=k).any(|o| {
            let mister = matches!(doc.f(o), "mr" | "mrs" | "ms" | "sr" | "sra")
                && (from..o)
                    .all(|j| matches!(doc.f(j), "," | "and" | "&" | "y" | "e" | "la" | "el"));
            let n = crate::abbreviations::title_at(doc, o)
                .max(usize::from(mister) * crate::abbreviations::honorific_at(doc, o));
            n > 0 && k < o + n
        })
    };
    for k in from..to {
        let closing = crate::companions::closing_semicolon(doc, from, k, to);
        if bracketed(k) || titled(k) || closing {
            comma |= closing;
            continue;
        }
        let f = doc.f(k);
        if LIST_BREAKERS.contains(&f)
            || doc
                .tokens
                .get(k)
                .is_some_and(|t| t.text == "." && k + 1 == to)
        {
            return None;
        }
        // ("…el dirigente A ni la defensora B, quienes siguen recluidos": "ni" joins too.)
        conjunction |= matches!(f, "and" | "y" | "e" | "&" | "ni" | "nor")
            || (f == "as" && doc.f(k + 1) == "well");
        comma |= f == ",";
    }
    (conjunction || comma).then_some(conjunction)
}

/// The coordinated list that contains slot `at` (indices into `slots`, in order). A list is
/// only a list when a conjunction joins its last member ("A, B and C"); "A, B," is an apposition.
pub fn list_around(doc: &Doc<'_>, slots: &[Slot], at: usize) -> Vec<usize> {
    let source = |s: &Slot| crate::speakers::set_off_source(doc, s.first, s.last);
    let mut lo = at;
    while lo > 0
        && gap(doc, slots[lo - 1].last, slots[lo].first).is_some()
        && !source(&slots[lo - 1])
    {
        lo -= 1;
    }
    // (Rightwards, a list after its verb reads on past a semicolon and the next member's
    // describing words; see `past_last_semicolon` for a participle after the last.)
    let mut hi = at;
    while hi + 1 < slots.len()
        && !source(&slots[hi])
        && (gap(doc, slots[hi].last, slots[hi + 1].first).is_some()
            || crate::companions::semicolon_describer(doc, slots[hi].last, slots[hi + 1].first)
            || crate::companions::apposition_semicolon(doc, slots[hi].last, slots[hi + 1].first))
    {
        hi += 1;
    }
    // ("A, B, C y otros dos jóvenes fueron condenados", "A, B, C and two others were
    // freed": the list closes on the others, its names all joined by commas.)
    let others = |k: usize| {
        matches!(doc.f(k), "y" | "and" | "e")
            && (k + 1..k + 3).any(|j| {
                matches!(
                    doc.f(j),
                    "otros" | "otras" | "otro" | "otra" | "others" | "another" | "other"
                )
            })
    };
    if hi > lo
        && (gap(doc, slots[hi - 1].last, slots[hi].first) == Some(true)
            || crate::companions::semicolon_describer(doc, slots[hi - 1].last, slots[hi].first)
            || others(slots[hi].last))
    {
        (lo..=hi).collect()
    } else {
        vec![at]
    }
}

/// Words between a list and its relative clause that make the clause plural even with a verb
/// of either number ("who had been held": "A and B, members of our union, who had…", "A and B,
/// who had been detained separately").
pub(crate) fn plural_cue(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        crate::quantifiers::QUANTIFIERS.contains(&doc.f(k))
            || matches!(
                doc.f(k),
                "members"
                    | "miembros"
                    | "miembras"
                    | "separately"
                    | "together"
                    | "respectively"
                    | "juntos"
                    | "juntas"
                    | "quienes"
            )
    })
}

/// ("…; José Antonio Sanoja (con arresto domiciliario); Pedro Pablo Rengifo y …": a trigger in
/// brackets right after a name is that name's alone, not the list's.)
pub(crate) fn bracketed_after(doc: &Doc<'_>, slots: &[Slot], t: &Trigger) -> Option<usize> {
    let open = (t.first.saturating_sub(4)..t.first)
        .rev()
        .find(|&k| doc.f(k) == "(")?;
    if (open + 1..t.first).any(|k| doc.f(k) == ")") {
        return None;
    }
    let close = (t.last..t.last + 8).find(|&k| matches!(doc.f(k), ")" | "(" | "." | ";"))?;
    if doc.f(close) != ")" {
        return None;
    }
    slots.iter().position(|s| s.last == open)
}

/// ("El mayor del Ejército A, detenido en mayo de 2018, y el sargento primero de la Guardia
/// Nacional B, detenido en enero de 2024, quedaron en libertad…": a verb in the plural after one
/// name whose describer an earlier name joins with ", y": both are its subject, past the
/// appositions too long for a list.)
pub(crate) fn plural_partner(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    one: usize,
) -> Option<usize> {
    // (The verb may stand before a noun trigger: "recibieron una medida de arresto
    // domiciliario".)
    let plural_verb = |w: &str| ["aron", "ieron", "eron"].iter().any(|e| w.ends_with(e));
    let plural = plural_verb(doc.f(t.first))
        || matches!(
            doc.f(t.first.wrapping_sub(1)),
            "fueron" | "were" | "han" | "habian"
        )
        || (t.first.saturating_sub(4)..t.first)
            .any(|k| plural_verb(doc.f(k)) && slots.get(one).is_some_and(|s| s.last <= k));
    let s = slots.get(one)?;
    // The joining ", y" before the name, past its describer (lower-case words, an institution).
    let and = (s.first.saturating_sub(12)..s.first)
        .rev()
        .find(|&k| matches!(doc.f(k), "y" | "and" | "e"))?;
    // (An English verb does not say its number: "A and his daughter B walked out".)
    // (Not a participle set off after the last name: "…, and defender B, held since March".)
    let english = doc.f(and) == "and" && doc.f(s.last) != ",";
    if !(plural || english) || s.last > t.first {
        return None;
    }
    // ("A y su esposo, B, …": a relation joins without the comma.)
    let relation = (and + 1..s.first).any(|k| RELATIONS.contains(&doc.f(k)));
    if (doc.f(and.wrapping_sub(1)) != "," && !relation)
        || slots.iter().any(|x| x.first > and && x.last <= s.first)
    {
        return None;
    }
    let articled = matches!(doc.f(and + 1), "el" | "la" | "the" | "su" | "his" | "her")
        && doc.f(s.first.wrapping_sub(1)) == ",";
    let describer = (and + 1..s.first).all(|k| {
        let f = doc.f(k);
        // ("Dayana Silva Peña y su esposo, Ramón Elías Camejo, recibieron…": a relation too.)
        is_np_word(f)
            || !roles(f).is_empty()
            || RELATIONS.contains(&f)
            || matches!(
                f,
                "el" | "la"
                    | "the"
                    | "de"
                    | "del"
                    | "of"
                    | "primero"
                    | "primera"
                    | "su"
                    | "his"
                    | "her"
                    | ","
            )
            || doc.tokens.get(k).is_some_and(|t| t.capitalised)
            // ("and Lithuanian truck driver B": a noun or two of trade right before the name.)
            || (k + 3 > s.first && !LIST_BREAKERS.contains(&f) && !f.ends_with("ed"))
            // ("y el presidente de la directiva comunal, B": a noun phrase opened by an article,
            // words in small letters that tell nothing.)
            || (articled
                && !LIST_BREAKERS.contains(&f)
                && crate::triggers::find(doc, k, k + 1).is_empty())
    });
    let p = slots.iter().rposition(|x| x.last <= and)?;
    // ("A (62) and his daughter B (30)": an age in brackets after the earlier name.)
    let aged = doc.f(slots[p].last) == "(" && doc.f(slots[p].last + 2) == ")";
    let last = if aged {
        slots[p].last + 3
    } else {
        slots[p].last
    };
    // The earlier name's own apposition, set off by commas, and nothing of a verb's.
    let gap_ok = and - last <= 14
        && (doc.f(last) == "," || (relation && last == and))
        && !(last..and).any(|k| LIST_BREAKERS.contains(&doc.f(k)) && doc.f(k) != "fue");
    (describer && gap_ok).then_some(p)
}

/// ("Also freed were Peruvian businessman A and two students, B and C, who were detained in
/// October": a relative clause after a counted apposition is about the people it counts.)
pub(crate) fn counted_apposition(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    all: Vec<usize>,
) -> Vec<usize> {
    counted(doc, slots, t, &all).unwrap_or(all)
}

/// The people a counted apposition before a relative clause counts, when there are several.
pub(crate) fn counted(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    all: &[usize],
) -> Option<Vec<usize>> {
    let relative = (t.first.saturating_sub(4)..t.first)
        .any(|k| matches!(doc.f(k), "who" | "quienes") && doc.f(k.wrapping_sub(1)) == ",");
    let first = *all
        .iter()
        .min_by_key(|&&i| slots[i].first)
        .filter(|_| relative)?;
    // The count and its noun, then a comma, before the last names of the list.
    // ("two students, A and B, who…": the count may stand before the first name too.)
    // ("two Colombian staff members of an international organization, A and B, who…": a long
    // noun phrase after the count, up to the comma before the first name.)
    let f0 = slots[first].first;
    let long = (doc.f(f0.wrapping_sub(1)) == ",")
        .then(|| {
            (f0.saturating_sub(12)..f0 - 1)
                .rev()
                .take_while(|&k| !matches!(doc.f(k), "," | ";" | ":" | "."))
                .find(|&k| crate::counts::number_word(doc.f(k)).is_some_and(|n| n > 1))
        })
        .flatten();
    let count = long.or_else(|| {
        (f0.saturating_sub(4)..t.first).find(|&k| {
            crate::counts::number_word(doc.f(k)).is_some_and(|n| n > 1)
                && (k + 1..k + 4).any(|j| doc.f(j) == ",")
        })
    })?;
    let counted: Vec<usize> = all
        .iter()
        .copied()
        .filter(|&i| slots[i].first > count && slots[i].last <= t.first)
        .collect();
    (counted.len() > 1).then_some(counted)
}

/// ("A; las hermanas B y C; y el pastor D, arrested in 2024"): a participle set off after the
/// last member of a list parted by semicolons is of the members past the last semicolon; a
/// plural after one member is the whole list's ("A; B; y C, arrestados el 30 de mayo").
pub(crate) fn past_last_semicolon(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    chosen: Option<usize>,
    s_first: usize,
    all: &mut Vec<usize>,
) {
    if let Some(i) = chosen.filter(|&i| {
        doc.f(slots[i].last) == ","
            && slots[i].last < t.first
            && t.voice == crate::triggers::Voice::Passive
            && !(slots[i].last..t.first).any(|k| doc.f(k) == ";")
    }) && let Some(semi) = (s_first..slots[i].first).rev().find(|&k| doc.f(k) == ";")
    {
        let last_part = all.iter().filter(|&&j| slots[j].first > semi).count();
        let plural = doc.f(t.first).ends_with("os") || doc.f(t.first).ends_with("as");
        if !(plural && last_part == 1) {
            all.retain(|&j| slots[j].first > semi);
        }
    }
}
