//! The day an event gets when its own words give none: the lead's, the same event's told nearby
//! without names, the scene's set just before, "that same day", the section's, or the day of the
//! event it is told as sharing ("also freed", "en el mismo procedimiento").

use crate::dates::{DateMention, PartialDate};
use crate::discourse::{GroupEvent, RawEvent, family};
use crate::events::Walk;
use crate::model::EventType;
use crate::sentence_dates::last_date_of;

/// What the walk knows, around an undated event of sentence `si`, that may date it.
pub(crate) struct Around<'x> {
    pub kind: EventType,
    /// The sentence and the trigger's first token.
    pub si: (usize, usize),
    /// A custody told in the past, with no date the text gives.
    pub past: bool,
    /// Reported as fact, not announced.
    pub fact: bool,
    /// "Also freed…", "También salió…".
    pub also: bool,
    /// "junto con él", "en el mismo operativo", "arrested with him".
    pub shared: bool,
    /// "ese mismo día", "that same day".
    pub same_day: bool,
    pub lead_date: Option<PartialDate>,
    /// The one day of the sentence just before in the same paragraph.
    pub scene: Option<PartialDate>,
    pub sentence_date: Option<PartialDate>,
    pub prev_date: Option<PartialDate>,
    pub section_date: Option<PartialDate>,
    /// The sentence of the dated section's heading, if any: groups before it are another day's.
    pub section_opened: usize,
    pub groups: &'x [GroupEvent],
    pub events: &'x [RawEvent],
}

impl Walk<'_, '_> {
    /// The first of the days around that fits the event, in the order of how closely each tells
    /// it.
    pub(crate) fn date_around(&self, x: &Around<'_>) -> Option<PartialDate> {
        let kind = x.kind;
        x.lead_date
            .or_else(|| {
                (!x.past)
                    .then(|| {
                        let from = x.groups.partition_point(|g| g.sentence < x.section_opened);
                        self.inherit(&x.groups[from..], kind, x.si.0)
                    })
                    .flatten()
            })
            // "…detenidas juntas el 2 de agosto. Valentina fue puesta en libertad al día
            // siguiente", "were detained on Thursday. Medina was freed the next day".
            // ("…expelled across the border to Costa Rica two days later", "a los tres días".)
            .or_else(|| {
                let (n, opens) = days_later(self.doc, x.si)?;
                // (Days counted from a day of the sentence's own; the next day from the one
                // before's too, and so any count that opens the sentence: "…fue detenida el 3
                // de febrero. A los tres días fue excarcelada.")
                // (Or when the sentence tells no day of its own: "Carrasquel fue liberado tres
                // días después, sin cargos".)
                let base = if n <= 1 || opens || x.sentence_date.is_none() {
                    x.sentence_date.or(x.prev_date)
                } else {
                    x.sentence_date
                };
                match base {
                    Some(PartialDate::Day(d)) => d
                        .checked_add_days(chrono::Days::new(n))
                        .map(PartialDate::Day),
                    _ => None,
                }
            })
            // "…vivieron este jueves una larga jornada frente a los penales. Al caer la noche,
            // la ONG había confirmado trece excarcelaciones": the day the scene was set.
            // (Not past a dated event of the sentence's own: "charged on Wednesday and sent
            // to…"; but past one dated the scene's day, "Su productor fue retenido tres horas
            // en el mismo procedimiento y liberado sin cargos".)
            .or_else(|| {
                x.scene.filter(|d| {
                    x.sentence_date.is_none_or(|s| s == *d)
                        && !pluperfect(self.doc, x.si.1)
                        && matches!(
                            family(kind),
                            EventType::Release | EventType::HouseArrest | EventType::Transfer
                        )
                        && x.fact
                        && !x.also
                })
            })
            // "Ese mismo día", "that same day": the date told before in the sentence, else the
            // date the sentence before gave.
            .or_else(|| x.sentence_date.or(x.prev_date).filter(|_| x.same_day))
            // (A court's act told after its hearing: the hearing's day.)
            .or_else(|| {
                (x.fact && matches!(kind, EventType::Charge | EventType::Sentence))
                    .then(|| crate::hearings::held_hearing_day(self.doc, x.si.0, self.published))
                    .flatten()
            })
            .or_else(|| {
                x.section_date
                    .filter(|_| !x.past && kind != EventType::Detention)
            })
            .or_else(|| {
                (x.also && family(kind) == EventType::Release)
                    .then(|| last_date_of(x.events, EventType::Release, x.si.0))
                    .flatten()
            })
            // ("arrested with him", "His co-defendant, X, was released with him": the day of
            // the same event of the one told before.)
            .or_else(|| {
                (x.shared && matches!(family(kind), EventType::Arrest | EventType::Release))
                    .then(|| last_date_of(x.events, kind, x.si.0))
                    .flatten()
            })
            // ("has been moved from El Helicoide to house arrest": a step of the day told.)
            .or_else(|| {
                (x.fact && crate::house_arrest_steps::stepped_into(self.doc, kind, x.si.1))
                    .then(|| self.published.map(PartialDate::Day))
                    .flatten()
            })
    }
}

/// How many days after the one told before sentence `si` tells the event at token `at` ("al día
/// siguiente", "the next day", "a day later", "two days later", "a los tres días"), near it, and
/// whether the count opens the sentence: not "la detuvieron el mismo día, pero la soltaron al día
/// siguiente" for the arrest.
fn days_later(doc: &crate::text::Doc<'_>, (si, at): (usize, usize)) -> Option<(u64, bool)> {
    const NEXT: &[&[&str]] = &[
        &["al", "dia", "siguiente"],
        &["al", "otro", "dia"],
        &["un", "dia", "despues"],
        &["the", "next", "day"],
        // ("…released the same day, Jan 10, and deported to Lima the next morning")
        &["the", "next", "morning"],
        &["the", "following", "morning"],
        &["a", "la", "manana", "siguiente"],
        &["the", "following", "day"],
        &["a", "day", "later"],
    ];
    // (The phrase is the event's when no other clause stands between them: not the arrest's in
    // "fue detenida en la marcha y liberada al día siguiente" or "la detuvieron el mismo día,
    // pero la soltaron al día siguiente", but the release's in "The next day, he was released".)
    let joined = |from: usize, to: usize, commas: bool| {
        (from..to).any(|k| {
            matches!(doc.f(k), "y" | "and" | "e" | "pero" | "but" | ";")
                || (commas && doc.f(k) == ",")
        })
    };
    // (A count of days: "two days later", "dos días después", "a los tres días"; not "two days
    // after the election", a day of its own.)
    let count = |k: usize| -> Option<(u64, usize)> {
        let n = crate::count_words::parse_number(doc, k).filter(|&n| n < 60)?;
        let days = matches!(doc.f(k + 1), "days" | "dias");
        let later = matches!(doc.f(k + 2), "later" | "despues" | "after")
            && !matches!(doc.f(k + 3), "de" | "del" | "the" | "his" | "her" | "su");
        if days && later {
            Some((n, 3))
        } else if days
            && matches!(
                (doc.f(k.wrapping_sub(2)), doc.f(k.wrapping_sub(1))),
                ("a", "los")
            )
        {
            Some((n, 2))
        } else {
            None
        }
    };
    // ("…retenida el lunes durante seis horas y liberada al anochecer", "Esa misma noche fue
    // trasladado a El Helicoide", "released hours later"): the same day.
    const SAME: &[&[&str]] = &[
        &["horas", "despues"],
        &["horas", "mas", "tarde"],
        &["hours", "later"],
        &["al", "anochecer"],
        &["esa", "misma", "noche"],
        &["esa", "misma", "tarde"],
        &["esa", "noche"],
        &["that", "night"],
        &["that", "evening"],
        &["that", "same", "evening"],
        &["later", "that", "day"],
        &["a", "las", "pocas", "horas"],
    ];
    let s = doc.sentences.get(si)?;
    let phrase = |k: usize| {
        let within = |n: &&&[&str]| n.iter().enumerate().all(|(i, w)| doc.f(k + i) == *w);
        NEXT.iter()
            .find(within)
            .map(|n| (1, n.len()))
            .or_else(|| {
                SAME.iter()
                    .find(within)
                    .filter(|n| !matches!(doc.f(k + n.len()), "de" | "del" | "after"))
                    // (Not counted hours past a day: "72 hours later".)
                    .filter(|_| {
                        crate::count_words::parse_number(doc, k.wrapping_sub(1))
                            .is_none_or(|h| h < 24)
                    })
                    .map(|n| (0, n.len()))
            })
            .or_else(|| count(k))
    };
    (at.saturating_sub(8).max(s.first)..s.last.min(at + 10)).find_map(|k| {
        phrase(k)
            .filter(|&(_, len)| {
                if k >= at {
                    !joined(at, k, true)
                } else {
                    !joined(k + len, at, false)
                }
            })
            .map(|(n, _)| (n, k < s.first + 3))
    })
}

/// Whether the event at token `at` is told as before another past ("quien había sido
/// excarcelado", "who had been freed"): no day of the scene told before is its.
fn pluperfect(doc: &crate::text::Doc<'_>, at: usize) -> bool {
    // (Its own auxiliary, in a relative clause: not "la ONG había confirmado trece
    // excarcelaciones", nor what a report confirms, "confirmó que habían sido liberados".)
    let had = |k: usize| matches!(doc.f(k), "habia" | "habian" | "had");
    let aux = if had(at.wrapping_sub(1)) {
        at.wrapping_sub(1)
    } else if had(at.wrapping_sub(2)) && matches!(doc.f(at.wrapping_sub(1)), "sido" | "been") {
        at.wrapping_sub(2)
    } else {
        return false;
    };
    matches!(doc.f(aux.wrapping_sub(1)), "quien" | "quienes" | "who")
}

/// The one day a sentence in paragraph `paragraph` sets as its scene, for the sentence after
/// it: "Familiares vivieron este jueves una larga jornada frente a los penales.", and so a day
/// its events were told on ("…formally arrested; they were taken to Silivri late on Tuesday
/// night. A and B were released under judicial control").
/// Only a day of the week before the publication sets a scene; an older one is a report's or a
/// background's.
pub(crate) fn scene_of(
    found_dates: &[DateMention],
    paragraph: usize,
    published: Option<chrono::NaiveDate>,
) -> Option<(usize, PartialDate)> {
    match found_dates {
        [d] if !d.since && !d.of_statement => match (d.date, published) {
            (PartialDate::Day(day), Some(p)) if day <= p && (p - day).num_days() <= 7 => {
                Some((paragraph, d.date))
            }
            _ => None,
        },
        _ => None,
    }
}

/// ("Un día antes, el miércoles, el sacerdote X, detenido en agosto, fue expulsado"): a day that
/// opens the sentence, let go by the participle of the apposition that keeps a nearer date of its
/// own, dates the sentence's next verb without a date.
pub(crate) fn opening_day_to_main_verb(
    doc: &crate::text::Doc<'_>,
    found: &[crate::dates::DateMention],
    trig: &[crate::triggers::Trigger],
    out: &mut Vec<(usize, crate::dates::DateMention)>,
) {
    for d in found {
        let opens = doc
            .sentence_at(d.first)
            .is_some_and(|s| d.first <= s.first + 5 && !trig.iter().any(|t| t.first < d.first));
        if d.since || !opens || doc.f(d.last) != "," || out.iter().any(|(_, x)| x.first == d.first)
        {
            continue;
        }
        let free = trig.iter().enumerate().find(|(ti, t)| {
            t.first > d.last
                && t.voice != crate::triggers::Voice::Nominal
                && !out.iter().any(|(x, _)| x == ti)
        });
        if let Some((ti, _)) = free {
            out.push((ti, *d));
        }
    }
}

/// ("la detención arbitraria y posterior desaparición forzada de tres personas … el sábado
/// 16 de agosto"): nouns of events joined by "y" share the date of the last.
pub(crate) fn joined_nouns_share_date(
    doc: &crate::text::Doc<'_>,
    trig: &[crate::triggers::Trigger],
    out: &mut Vec<(usize, crate::dates::DateMention)>,
) {
    for (ti, t) in trig.iter().enumerate() {
        if t.voice != crate::triggers::Voice::Nominal || out.iter().any(|(x, _)| *x == ti) {
            continue;
        }
        let joined = out.iter().find(|(x, _)| {
            let u = &trig[*x];
            u.voice == crate::triggers::Voice::Nominal
                && u.first > t.last
                && u.first - t.last <= 4
                && (t.last..u.first).any(|k| matches!(doc.f(k), "y" | "e" | "and"))
                && !(t.last..u.first).any(|k| matches!(doc.f(k), "," | ";" | "."))
        });
        if let Some(&(_, d)) = joined {
            out.push((ti, d));
        }
    }
}

/// ("Bielorrusia excarceló el martes a 14 presos … / Los extranjeros liberados son los lituanos A
/// y B"; "The court on Thursday delivered its verdict in the trial of nine employees … / X was
/// sentenced to seven years"): a release or a sentence told later without a day is the lede's,
/// when the lede tells one on a day and the person has none with a day of its own (nor, for a
/// release, a house arrest).
pub(crate) fn lede_day(events: &mut [RawEvent], groups: &[GroupEvent]) {
    for kind in [EventType::Release, EventType::Sentence] {
        let Some(lede) = groups.iter().find(|g| {
            g.sentence <= 3
                && family(g.kind) == kind
                && g.certainty.is_none()
                && matches!(g.date, Some(PartialDate::Day(_)))
        }) else {
            continue;
        };
        let dated: Vec<usize> = events
            .iter()
            .filter(|e| {
                (family(e.kind) == kind
                    || (kind == EventType::Release && e.kind == EventType::HouseArrest))
                    && e.date.is_some()
            })
            .map(|e| e.entity)
            .collect();
        for e in events.iter_mut() {
            if family(e.kind) == kind
                && e.date.is_none()
                && e.certainty.is_none()
                && e.sentence > lede.sentence
                && !dated.contains(&e.entity)
            {
                e.date = lede.date;
            }
        }
    }
}

/// ("La audiencia … terminó en la madrugada del martes con tres privativas de libertad, cuatro
/// medidas cautelares sustitutivas y una libertad plena", "the hearing ended on Tuesday with…"):
/// the outcomes of a hearing told after the day it ended are of that day.
pub(crate) fn hearing_outcomes(
    doc: &crate::text::Doc<'_>,
    found: &[crate::dates::DateMention],
    trig: &[crate::triggers::Trigger],
    out: &mut Vec<(usize, crate::dates::DateMention)>,
) {
    for d in found.iter().filter(|d| !d.since) {
        let ended = (d.first.saturating_sub(6)..d.first).any(|k| {
            matches!(
                doc.f(k),
                "termino" | "concluyo" | "culmino" | "finalizo" | "ended" | "concluded"
            )
        });
        let with = (d.last..d.last + 3).find(|&k| matches!(doc.f(k), "con" | "with"));
        let Some(with) = with.filter(|_| ended) else {
            continue;
        };
        for (ti, t) in trig.iter().enumerate() {
            if t.first > with && !out.iter().any(|(x, _)| *x == ti) {
                out.push((ti, *d));
            }
        }
    }
}
