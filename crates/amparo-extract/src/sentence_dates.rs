//! Which dates of a sentence date its events: not a statement's told after them, not the end of
//! a stay, not a year that names protests or elections; the date before a colon that opens the
//! events; "that same day"; and the day of an arrest that a transfer after it shares.

use crate::dates::{DateMention, PartialDate};
use crate::discourse::Findings;
use crate::model::EventType;
use crate::text::Doc;

/// Words that refer to a day told before. ("released the same evening", "liberado esa misma
/// tarde"; "aprehendida el 3 de marzo y liberada horas después", "a few hours later")
#[rustfmt::skip]
const SAME_DAY: &[&str] = &[
    "mismo dia", "ese dia", "same day", "that day", "same night", "that night", "misma noche",
    "esa noche", "same evening", "same afternoon", "misma tarde", "same morning", "misma manana",
    "horas despues", "hours later", "horas mas tarde", "esa manana", "esa tarde",
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

/// ("salió con la obligación de presentarse el lunes ante la Fiscalía", "must report to court on
/// Monday"): the day of a duty a release imposes, still to come; it dates no event.
/// (A duty, after "obligación de", "deberá", "tiene que", "must", "has to": not a step taken,
/// "fue detenido tras presentarse el lunes en la sede del Sebin".)
fn duty_day(doc: &Doc<'_>, d: &DateMention) -> bool {
    // ("presentarse cada lunes", "todos los lunes", "every Monday": a recurrence, no day.)
    let before = |n: usize| doc.f(d.first.wrapping_sub(n));
    if matches!(before(1), "cada" | "every") || (before(2), before(1)) == ("todos", "los") {
        return true;
    }
    (d.first.saturating_sub(5)..d.first).any(|k| {
        matches!(
            doc.f(k),
            "presentarse" | "presentarme" | "comparecer" | "report" | "appear"
        ) && (k + 1..d.first).all(|j| !matches!(doc.f(j), "," | ";" | "." | "y" | "and"))
            && match doc.f(k.wrapping_sub(1)) {
                // ("con la obligación de", "un compromiso de … y de presentarse"; not "luego de
                // presentarse".)
                "de" => !matches!(doc.f(k.wrapping_sub(2)), "luego" | "despues" | "antes"),
                "que" => matches!(doc.f(k.wrapping_sub(2)), "tiene" | "tienen" | "tengo"),
                "to" => matches!(
                    doc.f(k.wrapping_sub(2)),
                    "has" | "have" | "ordered" | "required"
                ),
                w => matches!(
                    w,
                    "debera" | "deberan" | "debe" | "deben" | "debia" | "must" | "will"
                ),
            }
    })
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
    // ("…fueron emitidas durante la noche del martes": past the night's words.)
    let signed = |d: &DateMention| {
        (d.first.saturating_sub(5)..d.first).any(|k| {
            matches!(
                doc.f(k),
                "firmada"
                    | "firmado"
                    | "firmadas"
                    | "firmados"
                    | "emitida"
                    | "emitido"
                    | "emitidas"
                    | "emitidos"
                    | "signed"
                    | "issued"
            )
        })
    };
    // ("pese a tener boleta de excarcelación desde octubre": the order's date, not the
    // custody's.)
    let ordered = |d: &DateMention| {
        (d.first.saturating_sub(3)..d.first).any(|k| {
            doc.f(k) == "excarcelacion" && matches!(doc.f(k.wrapping_sub(2)), "boleta" | "boletas")
        })
    };
    let mut dates: Vec<DateMention> = found_dates
        .iter()
        .filter(|d| !(d.of_statement && d.first > first_trigger))
        .filter(|d| !signed(d) && !ordered(d) && !duty_day(doc, d))
        // ("87 women held as of October 31, down from 94 on September 30", "frente a los 94 del
        // 30 de septiembre": the earlier figure's date.)
        .filter(|d| {
            !(d.first.saturating_sub(6)..d.first).any(|k| {
                (doc.f(k) == "from" && matches!(doc.f(k.wrapping_sub(1)), "down" | "up"))
                    || (doc.f(k) == "frente" && doc.f(k + 1) == "a")
                    || matches!(doc.f(k), "compared" | "comparado" | "comparacion")
            })
        })
        .filter(|d| !until_date(doc, d))
        // ("Siete personas continúan presas, según la lista que el comité entregó este
        // miércoles": the source's day, after the event.)
        .filter(|d| {
            !(d.first > first_trigger
                && (first_trigger..d.first).any(|k| {
                    matches!(doc.f(k), "segun" | "according")
                        && (k + 1..k + 4).any(|j| {
                            matches!(
                                doc.f(j),
                                "lista" | "listado" | "informe" | "registro" | "balance" | "list"
                            )
                        })
                        // (Not the day it was brought up to: "…que la coalición actualizó al
                        // lunes 16".)
                        && !(k..d.first).any(|j| {
                            doc.f(j).starts_with("actualiz")
                                || matches!(doc.f(j), "corte" | "updated" | "as")
                        })
                }))
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
            // (Not "250 people detained during the unrest after the 2024 election had been
            // released": a group's background, told in a bare participle after its noun.)
            let during = (d.first.saturating_sub(5)..d.first).any(|k| {
                matches!(doc.f(k), "durante" | "during")
                    && !(matches!(
                        doc.f(k.wrapping_sub(1)),
                        "detained" | "arrested" | "detenidos" | "detenidas"
                    ) && matches!(
                        doc.f(k.wrapping_sub(2)),
                        "people"
                            | "personas"
                            | "prisoners"
                            | "presos"
                            | "protesters"
                            | "manifestantes"
                    ))
            });
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

/// ("Estuvo en Tocuyito hasta el 16 de noviembre de 2024, cuando fue excarcelado", "held until
/// 16 November, when he was released"): the day a stay ended, of the event the clause of "cuando"
/// right after it tells (see `event_dates`, which keeps it from the stay).
pub(crate) fn ended_on(
    doc: &Doc<'_>,
    found: &[DateMention],
    t: &crate::triggers::Trigger,
) -> Option<PartialDate> {
    let when = (t.first.saturating_sub(5)..t.first)
        .find(|&k| matches!(doc.f(k), "cuando" | "when") && doc.f(k.wrapping_sub(1)) == ",")?;
    let d = found.iter().find(|d| d.last + 1 == when)?;
    (until_date(doc, d) && !(when + 1..t.first).any(|k| doc.f(k) == ",")).then_some(d.date)
}

/// Whether date `d` is the end of a stay ("hasta el 2 de octubre", "until 16 November").
fn until_date(doc: &Doc<'_>, d: &DateMention) -> bool {
    let before = |n: usize| doc.f(d.first.wrapping_sub(n));
    matches!(before(1), "hasta" | "until")
        || (before(2) == "hasta" && matches!(before(1), "el" | "la"))
}
