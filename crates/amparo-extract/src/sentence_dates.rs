//! Which dates of a sentence date its events: not a statement's told after them, not the end of
//! a stay, not a year that names protests or elections; the date before a colon that opens the
//! events; "that same day"; and the day of an arrest that a transfer after it shares.

use crate::dates::{DateMention, PartialDate};
use crate::discourse::Findings;
use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Words that refer to a day told before. ("released the same evening", "liberado esa misma
/// tarde"; "aprehendida el 3 de marzo y liberada horas después", "a few hours later")
#[rustfmt::skip]
const SAME_DAY: &[&str] = &[
    "mismo dia", "ese dia", "same day", "that day", "same night", "that night", "misma noche",
    "esa noche", "same evening", "same afternoon", "misma tarde", "same morning", "misma manana",
    "horas despues", "hours later", "horas mas tarde",
];

/// Whether the sentence `a..b` refers to a day told before ("ese mismo día", "that same day").
pub(crate) fn same_day(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    // ("72 hours later", "48 horas después": counted past a day.)
    let days_of_hours = |k: usize| {
        matches!(doc.f(k), "horas" | "hours")
            && crate::count_words::parse_number(doc, k.wrapping_sub(1)).is_some_and(|n| n >= 24)
    };
    // ("Con él se llevaron a su hijo X": taken along, in the event just told.)
    crate::companions::alongside_focus(doc, a)
        || (a..b).any(|k| !days_of_hours(k) && doc.matches_any_at(k, SAME_DAY))
}

/// The dates found in a sentence that date its events, its first trigger at `first_trigger`.
pub(crate) fn event_dates(
    doc: &Doc<'_>,
    found_dates: &[DateMention],
    first_trigger: usize,
) -> Vec<DateMention> {
    // "estuvo en Tocuyito hasta el 2 de octubre": the end of a stay dates no event.
    // ("…con boleta de excarcelación firmada desde julio", "a release order signed in July": a
    // document's date.)
    let signed = |d: &DateMention| {
        (d.first.saturating_sub(3)..d.first).any(|k| {
            matches!(
                doc.f(k),
                "firmada" | "firmado" | "emitida" | "emitido" | "signed" | "issued"
            )
        })
    };
    let mut dates: Vec<DateMention> = found_dates
        .iter()
        .filter(|d| !(d.of_statement && d.first > first_trigger))
        .filter(|d| !signed(d))
        // ("87 women held as of October 31, down from 94 on September 30", "frente a los 94 del
        // 30 de septiembre": the earlier figure's date.)
        .filter(|d| {
            !(d.first.saturating_sub(6)..d.first).any(|k| {
                (doc.f(k) == "from" && matches!(doc.f(k.wrapping_sub(1)), "down" | "up"))
                    || (doc.f(k) == "frente" && doc.f(k + 1) == "a")
                    || matches!(doc.f(k), "compared" | "comparado" | "comparacion")
            })
        })
        .filter(|d| {
            let before = |n: usize| doc.f(d.first.wrapping_sub(n));
            !(matches!(before(1), "hasta" | "until")
                || (before(2) == "hasta" && matches!(before(1), "el" | "la")))
        })
        // "detenidas tras las protestas poselectorales de 2024", "after the 2024
        // election": the year names the protests, it dates no event.
        .filter(|d| {
            let before = |n: usize| doc.f(d.first.wrapping_sub(n));
            let named = |w: &str| {
                matches!(
                    w,
                    "protestas"
                        | "poselectorales"
                        | "postelectorales"
                        | "elecciones"
                        | "comicios"
                        | "presidenciales"
                        | "electorales"
                        | "protests"
                        | "elections"
                        | "election"
                        | "presidential"
                        | "post-election"
                        // ("la excarcelación de nueve presos políticos del 11 de julio de 2021":
                        // the day names the protesters, as "los presos del 11J".)
                        | "manifestantes"
                        | "presos"
                        | "presas"
                ) || (matches!(w, "politicos" | "politicas")
                    && matches!(before(3), "presos" | "presas"))
            };
            // ("held since the 2024 post-election protests": since then, a date.)
            let since =
                (d.first.saturating_sub(6)..d.first).any(|k| matches!(doc.f(k), "since" | "desde"));
            // ("detenidos durante las protestas de marzo": arrested then.)
            let during = (d.first.saturating_sub(5)..d.first)
                .any(|k| matches!(doc.f(k), "durante" | "during"));
            since
                || during
                || !(matches!(before(1), "de" | "del" | "of") && named(before(2))
                    || matches!(before(1), "the") && named(doc.f(d.last)))
        })
        .copied()
        .collect();
    // "confirmó este sábado la excarcelación de 14 presos durante la madrugada de este viernes":
    // the day of the statement dates the event only when the sentence gives no other day (a
    // month or a year is a background's: "donde ingresó en enero de 2024").
    if dates
        .iter()
        .any(|d| !d.of_statement && matches!(d.date, PartialDate::Day(_)))
    {
        dates.retain(|d| !d.of_statement);
    }
    dates
}

/// "…recibieron beneficios distintos este jueves: A obtuvo la libertad plena, mientras
/// que B y C pasaron a arresto domiciliario": a date before the colon that opens the
/// events dates each of them.
pub(crate) fn lead_date(
    doc: &Doc<'_>,
    event_dates: &[DateMention],
    first_trigger: usize,
) -> Option<PartialDate> {
    event_dates
        .iter()
        .find(|d| d.last <= first_trigger && (d.last..first_trigger).any(|k| doc.f(k) == ":"))
        .map(|d| d.date)
}

/// "arrested on Monday … was taken to El Helicoide": the transfer that follows
/// an arrest without a date of its own is of the same day.
pub(crate) fn transfer_day(
    f: &Findings,
    kind: EventType,
    e: usize,
    si: usize,
) -> Option<PartialDate> {
    (kind == EventType::Transfer)
        .then(|| {
            f.events
                .iter()
                .rev()
                .take_while(|r| r.sentence + 1 >= si)
                .find(|r| r.entity == e && r.kind == EventType::Arrest)
                .and_then(|r| r.date)
                .filter(|d| matches!(d, PartialDate::Day(_)))
        })
        .flatten()
}

/// "Also freed were…", "También salió…"; "En el mismo operativo fue detenida…", "who was arrested
/// with him": the date of the same event told in the six sentences before `si`, as fact and
/// dated.
pub(crate) fn last_date_of(
    events: &[crate::discourse::RawEvent],
    kind: EventType,
    si: usize,
) -> Option<PartialDate> {
    events
        .iter()
        .rev()
        .take_while(|r| r.sentence + 6 >= si)
        .find(|r| {
            crate::discourse::family(r.kind) == crate::discourse::family(kind)
                && r.certainty.is_none()
                && r.date.is_some()
        })
        .and_then(|r| r.date)
}

/// Whether the sentence `a..b` tells an event as shared with people told before ("junto con él",
/// "en el mismo operativo", "arrested with him").
/// ("detenida junto a la sede del partido" is a place; "Semanas después… junto con su hermano"
/// another day.)
pub(crate) fn shared_with_before(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    // ("Semanas después", "Meses más tarde", "Weeks later" opening the sentence: another day.)
    let later = (a..b.min(a + 5)).any(|k| {
        matches!(doc.f(k), "despues" | "later" | "luego")
            || (doc.f(k) == "tarde" && doc.f(k.wrapping_sub(1)) == "mas")
    });
    let person = |w: &str| {
        matches!(
            w,
            "el" | "ella" | "ellos" | "ellas" | "su" | "sus" | "otro" | "otra" | "otros" | "otras"
        )
    };
    !later
        && (a..b).any(|k| {
            (doc.f(k) == "junto"
                && matches!(doc.f(k + 1), "con" | "a")
                && (person(doc.f(k + 2)) || doc.tokens.get(k + 2).is_some_and(|t| t.capitalised)))
                || (matches!(doc.f(k), "mismo" | "misma")
                    && matches!(
                        doc.f(k + 1),
                        "operativo" | "procedimiento" | "allanamiento" | "redada"
                    ))
                || (doc.f(k) == "with"
                    && (matches!(doc.f(k + 1), "him" | "them")
                        || (doc.f(k + 1) == "her"
                            && matches!(doc.f(k + 2), "," | "." | "and" | "on" | "in" | "at"))))
        })
}

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
            if right_after {
                0
            } else {
                (d.first - t.last) * 2
            }
        } else if d.since {
            // "held at Rodeo I since August 2024 — released": since when belongs to the stay
            // told before it.
            (t.first.saturating_sub(d.last)) * 3 + 40
        } else if (d.last..t.first).any(|k| matches!(doc.f(k), "," | "—" | "–" | ";")) {
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
            if t.voice != crate::triggers::Voice::Nominal
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
    crate::sent_out::leaving_of_release_day(doc, trig, &mut out);
    crate::walk_dates::joined_nouns_share_date(doc, trig, &mut out);
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

/// ("held … since a protest in Caracas in November", "presos desde las protestas de julio"):
/// custody since an event the date dates.
pub(crate) fn since_event(doc: &Doc<'_>, k: usize) -> bool {
    let Some(at) = (k.saturating_sub(8)..k)
        .rev()
        .find(|&j| matches!(doc.f(j), "since" | "desde"))
    else {
        return false;
    };
    let event = |w: &str| {
        w.starts_with("protest")
            || w.starts_with("manifestaci")
            || w.starts_with("eleccion")
            || w.starts_with("election")
    };
    (at + 1..k).any(|j| event(doc.f(j)))
        && (at + 1..k).all(|j| {
            let w = doc.f(j);
            event(w)
                || matches!(
                    w,
                    "a" | "the" | "las" | "los" | "la" | "el" | "in" | "en" | "de" | "of"
                )
                || doc.tokens[j].capitalised
        })
}
