//! Which trigger of a sentence each of its dates dates: the nearest, a day right after its verb,
//! a stay's year told after it, not a date past a quote's teller; see `assign_dates`.

use crate::dates::{DateMention, PartialDate};
use crate::model::EventType;
use crate::triggers::Trigger;

/// Gives each date of a sentence to its nearest trigger: (trigger index, date).
pub(crate) fn assign_dates(
    doc: &crate::text::Doc<'_>,
    found: &[DateMention],
    trig: &[Trigger],
) -> Vec<(usize, DateMention)> {
    let distance = |d: &DateMention, t: &Trigger| {
        if d.first >= t.last {
            // ("salieron este viernes": a day right after, past its own determiner, is at no
            // distance.)
            let right_after = (t.last..d.first)
                .all(|k| matches!(doc.f(k), "este" | "esta" | "el" | "on" | "this" | "last"));
            // ("…que estaban recluidos en El Helicoide, y este miércoles los subieron a
            // vuelos…": a day that opens the next clause, past a comma and its "y", is that
            // clause's.)
            let next_clause = (t.last..d.first.min(t.last + 30))
                .any(|k| doc.f(k) == "," && matches!(doc.f(k + 1), "y" | "and"));
            if right_after {
                0
            } else {
                (d.first - t.last) * 2 + if next_clause { 20 } else { 0 }
            }
        } else if d.since {
            // "held at Rodeo I since August 2024 — released": since when belongs to the stay
            // told before it.
            (t.first.saturating_sub(d.last)) * 3 + 40
        } else if (d.last..t.first).any(|k| matches!(doc.f(k), "," | "-" | ";")) {
            // "…before being moved to Rodeo I last March, walked out": a comma closes the
            // clause of a date told before it.
            (t.first.saturating_sub(d.last)) * 3 + 20
        } else {
            // "fue arrestado el 14 de febrero y recluido en Rodeo I": a date closes the clause
            // before a conjunction; the event after it is another clause's.
            let joined = (d.last..t.first).any(|k| matches!(doc.f(k), "y" | "and" | "e"));
            (t.first.saturating_sub(d.last)) * 3 + if joined { 20 } else { 0 }
        }
    };
    let mut out: Vec<(usize, DateMention)> = Vec::new();
    for d in found {
        if let Some((ti, _)) = trig
            .iter()
            .enumerate()
            // (A stay takes a year told after it: "estuvo preso en Tocorón en 2018", "spent
            // eight months in Rodeo I in 2021"; not a report's, "según un informe de 2024".)
            // ("located him on Sept. 20 at Zona 7, where he remains": held now, not that day.)
            .filter(|(_, t)| !(matches!(doc.f(t.first), "where" | "donde") && d.first < t.first))
            // ("«Mi hermano salió…», dijo X, dado de baja en 2019": not past the quote's end.)
            .filter(|(_, t)| d.first < t.last || !quote_closed(doc, t.last, d.first))
            // ("sigue recluido en Tocuyito, denunció su esposa, X, quien pasó la noche del
            // jueves frente al penal": a day of the teller's own clause.)
            .filter(|(_, t)| d.first < t.last || !tellers_clause(doc, t.last, d.first))
            .filter(|(_, t)| {
                d.since
                    || !crate::triggers::is_stay(doc, t)
                    || (matches!(d.date, PartialDate::Year(_))
                        && d.first >= t.last
                        && matches!(doc.f(d.first.wrapping_sub(1)), "en" | "in"))
            })
            .min_by_key(|(_, t)| distance(d, t))
        {
            // A trigger keeps its nearest date when two compete; at a tie, the one after it
            // ("detenidas durante las protestas de 2024 salieron este viernes").
            match out.iter_mut().find(|(x, _)| *x == ti) {
                Some(slot) => {
                    let (t, now, was) = (
                        &trig[ti],
                        distance(d, &trig[ti]),
                        distance(&slot.1, &trig[ti]),
                    );
                    if now < was || (now == was && d.first >= t.last && slot.1.last <= t.first) {
                        slot.1 = *d;
                    }
                }
                None => out.push((ti, *d)),
            }
        }
    }
    // ("Entre los excarcelados figura X, detenido desde el 3 de septiembre de 2024…, quien salió
    // en la madrugada de este viernes": a day the stay's nearer day kept from it is the release's
    // told before it, when that has none.)
    for d in found
        .iter()
        .filter(|d| matches!(d.date, PartialDate::Day(_)) && !d.since)
    {
        if out.iter().any(|(_, x)| x.first == d.first) {
            continue;
        }
        let free = trig.iter().enumerate().rev().find(|(ti, t)| {
            t.last <= d.first
                && crate::discourse::family(t.kind) == EventType::Release
                && !out.iter().any(|(x, _)| x == ti)
        });
        if let Some((ti, _)) = free {
            out.push((ti, *d));
        }
    }
    crate::walk_dates::opening_day_to_main_verb(doc, found, trig, &mut out);
    // ("Belarusian authorities released 14 people convicted in politically motivated cases on
    // Tuesday"): the day after the participle that says who the freed were is the release's.
    for (ri, r) in trig.iter().enumerate() {
        if r.kind != EventType::Release || out.iter().any(|(x, _)| *x == ri) {
            continue;
        }
        let described = out.iter().position(|(x, d)| {
            let s = &trig[*x];
            // ("…released 52 people it had jailed … on Thursday": a pluperfect custody, too.)
            let back = |n: usize| doc.f(s.first.wrapping_sub(n));
            let had = matches!(back(1), "had" | "habia" | "habian")
                || (back(1) == "been" && back(2) == "had");
            let kind = matches!(s.kind, EventType::Sentence | EventType::Charge)
                || (matches!(s.kind, EventType::Arrest | EventType::Detention) && had);
            kind && s.first > r.last
                && s.first - r.last <= 6
                && (s.first.saturating_sub(4).max(r.last)..s.first)
                    .any(|k| crate::count_words::PEOPLE.contains(&doc.f(k)))
                && (had || crate::count_words::PEOPLE.contains(&back(1)))
                && d.first >= s.last
                // (Not one right after the participle, its own: "three people sentenced on
                // January 12 to 16 years".)
                && (s.last..d.first).filter(|&k| !matches!(doc.f(k), "on" | "el" | "the")).count() >= 2
                && matches!(d.date, PartialDate::Day(_))
        });
        if let Some(p) = described {
            out[p].0 = ri;
        }
    }
    // ("El mismo viernes en que Foro Penal confirmaba la excarcelación de doce presos,
    // funcionarios detuvieron a X", "the same day that…"): a day told as shared dates every event
    // of the sentence.
    if let Some(d) = found
        .iter()
        .find(|d| matches!(doc.f(d.first.wrapping_sub(1)), "mismo" | "misma" | "same"))
    {
        // (Verbs after it only: "del Centro de Detención de Zona 7" names a place; "X, detenido
        // tras las protestas de 2024, fue excarcelado el mismo viernes…" was taken another day.)
        for (ti, t) in trig.iter().enumerate() {
            // (Nor a state told in the present: "arrestado ese mismo 3 de agosto, sigue
            // recluido en Tocuyito" is held as of the report.)
            // ("…fue trasladada a El Helicoide, donde permanece": after "where" too.)
            let now = t.kind == EventType::Detention
                && [t.first, t.first + 1].iter().any(|&k| {
                    matches!(
                        doc.f(k),
                        "sigue" | "siguen" | "permanece" | "permanecen" | "continua" | "remains"
                    ) && (k == t.first || matches!(doc.f(t.first), "donde" | "where"))
                });
            if t.voice != crate::triggers::Voice::Nominal
                && !now
                && t.first > d.last
                && !out.iter().any(|(x, _)| *x == ti)
            {
                out.push((ti, *d));
            }
        }
    }
    // ("…released from El Helicoide and Rodeo I on Tuesday were put on a flight to Madrid"): a
    // date between a release and the leaving after it is the release's too.
    for (ri, r) in trig.iter().enumerate() {
        if r.kind != EventType::Release || out.iter().any(|(x, _)| *x == ri) {
            continue;
        }
        let shared = out.iter().find_map(|(x, d)| {
            let l = &trig[*x];
            let leaving = matches!(l.kind, EventType::Expulsion | EventType::Exile);
            // ("Venezuela released eight Colombians … and handed them over at the bridge on
            // Thursday": a release and the handing over joined after it share the date after
            // both.)
            let joined_after = (leaving || l.kind == EventType::Release)
                && l.first > r.last
                && d.first >= l.last
                && l.first - r.last <= 24
                && (r.last..l.first).any(|k| matches!(doc.f(k), "and" | "y"))
                && !(r.last..l.first).any(|k| matches!(doc.f(k), "." | ";"))
                // (Not another's: "Ana fue excarcelada hace meses y Luis Gil salió el lunes".)
                && !(l.first.saturating_sub(1).max(r.last)..l.first).any(|k| {
                    doc.tokens.get(k).is_some_and(|t| {
                        t.capitalised
                            && t.kind == crate::text::TokenKind::Word
                            && crate::lexicon::nationalities(&t.folded).is_empty()
                            && crate::lexicon::nationalities(t.folded.trim_end_matches('s'))
                                .is_empty()
                    })
                });
            ((leaving && d.first >= r.last && d.last <= l.first) || joined_after).then_some(*d)
        });
        if let Some(d) = shared {
            out.push((ri, d));
        }
    }
    leaving_of_release_day(doc, trig, &mut out);
    crate::walk_dates::joined_nouns_share_date(doc, trig, &mut out);
    joined_participles_share_date(doc, trig, &mut out);
    crate::walk_dates::hearing_outcomes(doc, found, trig, &mut out);
    // ("Excarcelado el 15/01/2025 de la prisión de Boniato, con libertad condicional": one
    // release told twice in its sentence, the second telling undated, is of the first's day.)
    for (ti, t) in trig.iter().enumerate() {
        if out.iter().any(|(x, _)| *x == ti) {
            continue;
        }
        let same = out.iter().find(|(x, _)| {
            let u = &trig[*x];
            u.last <= t.first
                && t.first - u.last <= 15
                && u.kind == EventType::Release
                && t.kind == EventType::ConditionalRelease
        });
        if let Some(&(_, d)) = same {
            out.push((ti, d));
        }
    }
    // ("entregaron a Migración Colombia a A, B y C", "handed over at the bridge"): one phrase
    // that tells a release and a leaving gives both its date.
    for (ti, t) in trig.iter().enumerate() {
        if out.iter().any(|(x, _)| *x == ti) {
            continue;
        }
        let twin = out
            .iter()
            .find(|(x, _)| trig[*x].first == t.first && trig[*x].last == t.last)
            .map(|(_, d)| *d);
        if let Some(d) = twin {
            out.push((ti, d));
        }
    }
    out
}

/// Whether a quote closes between tokens `a` and `b` on its teller's verb ("…», dijo").
fn quote_closed(doc: &crate::text::Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        doc.f(k) == "\""
            && (crate::slots::SPEECH.contains(&doc.f(k + 1))
                || (matches!(doc.f(k + 1), ",") && crate::slots::SPEECH.contains(&doc.f(k + 2))))
    })
}

/// ("…fueron excarcelados el martes y conducidos al aeropuerto, desde donde volaron a Madrid"): a
/// leaving after a dated release of the sentence is of that release's day (the release just
/// before it; not one told in a relative clause, "X, who was released in May 2025 …, has left
/// for exile", nor "voló a Madrid semanas después").
fn leaving_of_release_day(
    doc: &crate::text::Doc<'_>,
    trig: &[crate::triggers::Trigger],
    out: &mut Vec<(usize, crate::dates::DateMention)>,
) {
    use crate::model::EventType;
    for (ti, t) in trig.iter().enumerate() {
        if !matches!(t.kind, EventType::Exile | EventType::Expulsion)
            || out.iter().any(|(x, _)| *x == ti)
        {
            continue;
        }
        // (The release just before it; not "voló a Madrid semanas después".)
        let later = (t.last..t.last + 8)
            .any(|k| matches!(doc.f(k), "despues" | "later" | "after" | "tras" | "luego"));
        let released = out
            .iter()
            .filter(|(x, _)| {
                // (Not a release told in a relative clause: "X, who was released in May 2025
                // …, has left for exile in Spain".)
                let r = &trig[*x];
                r.kind == EventType::Release
                    && r.last <= t.first
                    && !(r.first.saturating_sub(3)..r.first)
                        .any(|k| matches!(doc.f(k), "who" | "que" | "quien" | "quienes"))
            })
            .max_by_key(|(x, _)| trig[*x].first)
            .map(|(_, d)| *d)
            .filter(|_| !later);
        if let Some(d) = released {
            out.push((ti, d));
        }
    }
}

/// Whether tokens `from..to` hold a verb of telling and then a relative clause on its teller
/// (", quien", ", who"): what comes after is the teller's.
fn tellers_clause(doc: &crate::text::Doc<'_>, from: usize, to: usize) -> bool {
    (from..to)
        .find(|&k| crate::speech_words::SPEECH.contains(&doc.f(k)))
        .is_some_and(|said| {
            (said..to).any(|k| {
                doc.f(k) == "," && matches!(doc.f(k + 1), "quien" | "quienes" | "who" | "que")
            })
        })
}

/// ("Ambos fueron expulsados el domingo en la tarde y entregados a Migración Colombia"): a
/// release or a sending out joined by "y" to a dated sending out before it, no comma between,
/// shares its date.
fn joined_participles_share_date(
    doc: &crate::text::Doc<'_>,
    trig: &[Trigger],
    out: &mut Vec<(usize, DateMention)>,
) {
    use crate::triggers::Voice::Passive;
    for (ti, t) in trig.iter().enumerate() {
        let out_of = |k: EventType| matches!(k, EventType::Expulsion | EventType::Exile);
        if t.voice != Passive
            || !(out_of(t.kind) || t.kind == EventType::Release)
            || out.iter().any(|(x, _)| *x == ti)
            || !matches!(doc.f(t.first.wrapping_sub(1)), "y" | "e" | "and")
        {
            continue;
        }
        let joined = out.iter().find(|(x, d)| {
            let u = &trig[*x];
            u.voice == Passive
                && out_of(u.kind)
                && u.last <= d.first
                && d.last < t.first
                && t.first - u.last <= 12
                && !(u.last..t.first).any(|k| matches!(doc.f(k), "," | ";" | "." | ":"))
        });
        if let Some(&(_, d)) = joined {
            out.push((ti, d));
        }
    }
}
