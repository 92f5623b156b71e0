//! Custody told as holding or as past: whether a custody "since" a date still holds as of the
//! publication, whether a state is told in the past, and the custody held now that a release told
//! anywhere in the text ends.

use crate::dates::DateMention;
use crate::discourse::{Findings, family};
use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::{self, Trigger};

/// Whether a custody since a date is told as holding still ("held at Rodeo I since September
/// 2025", "recluidos en El Helicoide desde el año pasado"): said in the present — "has been
/// held", "permanece detenido", "siguen detenidos" — or with the place — "held at Rodeo I
/// since…"; a bare "detenido desde 2020" beside a name only says since when. `a` is the
/// sentence's first token; `date_owner` pairs triggers of `trig` with their dates.
pub(crate) fn told_as_holding(
    doc: &Doc<'_>,
    t: &Trigger,
    a: usize,
    trig: &[Trigger],
    date_owner: &[(usize, DateMention)],
) -> bool {
    // (The trigger's own first word too: "lleva presa desde agosto", "sigue detenido desde…".)
    let present = (t.first.saturating_sub(3).max(a)..=t.first).any(|k| {
        matches!(
            doc.f(k),
            "has"
                | "have"
                | "is"
                | "are"
                | "remains"
                | "remain"
                | "still"
                | "sigue"
                | "siguen"
                | "permanece"
                | "permanecen"
                | "esta"
                | "estan"
                | "continua"
                | "continuan"
                | "encuentra"
                | "encuentran"
                | "lleva"
                | "llevan"
        )
    });
    let placed = date_owner
        .iter()
        .filter(|(ti, d)| trig.get(*ti) == Some(t) && d.since)
        .any(|(_, d)| (t.last..d.first).any(|k| matches!(doc.f(k), "en" | "in" | "at" | "there")));
    present || placed
}

/// Words that say a custody holds still ("sigue", "permanecen", "still", "remains").
pub(crate) const STILL: &[&str] = &[
    "still",
    "remains",
    "remain",
    "remained",
    "sigue",
    "siguen",
    "seguia",
    "seguian",
    "permanece",
    "permanecen",
    "continua",
    "continuan",
    "aun",
    "todavia",
];

/// The imperfect of being held ("seguían presos", "permanecía recluido", "estaban en"): what was
/// so when someone told it, or before the event a sentence tells next.
pub(crate) const HELD_IMPERFECT: &[&str] = &[
    "permanecia",
    "permanecian",
    "seguia",
    "seguian",
    "estaba",
    "estaban",
];

/// Whether the words before a custody state put it in the past ("estuvo en", "pasó catorce meses
/// en", "was held", "had been held"), up to five words back within the sentence.
pub(crate) fn past_state(doc: &Doc<'_>, t: &triggers::Trigger, sentence_first: usize) -> bool {
    let window = t.first.saturating_sub(5).max(sentence_first)..=t.first;
    if crate::ended_custody::ended_before_now(doc, t, window.clone()) {
        return true;
    }
    // "said that he was still in Tocuyito": still held as the text is told.
    let still = window.clone().any(|k| STILL.contains(&doc.f(k)));
    // ("Sus familiares informaron que, al cierre de este boletín, ambos permanecían
    // recluidos": an imperfect told as what someone said holds as the text is told.)
    let reported = window.clone().any(|k| HELD_IMPERFECT.contains(&doc.f(k)))
        && (sentence_first..t.first)
            .any(|k| doc.f(k) == "que" && crate::slots::SPEECH.contains(&doc.f(k.wrapping_sub(1))));
    !still
        && !reported
        && window.into_iter().any(|k| {
            matches!(
                doc.f(k),
                "estuvo"
                    | "estuvieron"
                    | "estaba"
                    | "estaban"
                    | "paso"
                    | "pasaron"
                    | "permanecio"
                    | "permanecieron"
                    | "permanecia"
                    | "permanecian"
                    | "llevaba"
                    | "llevaban"
                    | "cumplia"
                    | "cumplian"
                    | "was"
                    | "were"
                    | "had"
                    | "habia"
                    | "habian"
                    | "spent"
                    | "stayed"
                    | "after"
                    | "tras"
                    | "despues"
                    | "while"
                    | "died"
                    | "murio"
                    | "fallecio"
            )
        })
}

/// Drops the custody held now (`held_now_at`: person and sentence) of each person whose
/// release, exile or death the text tells anywhere.
pub(crate) fn drop_ended_held_now(
    f: &mut Findings,
    held_now_at: Vec<(usize, usize)>,
    published: Option<chrono::NaiveDate>,
) {
    // ("Paulo Tavares, held in Venezuela since October 2024, was freed on Saturday": not
    // held now.)
    let held_now_at: std::collections::HashSet<(usize, usize)> = held_now_at.into_iter().collect();
    // A release, an exile or an expulsion ends a custody; house arrest and death end the
    // custody of a prison too.
    let leaves = |e: &&crate::discourse::RawEvent, prison_only: bool| {
        e.certainty.is_none()
            && (matches!(
                e.kind,
                EventType::Release
                    | EventType::ConditionalRelease
                    | EventType::Expulsion
                    | EventType::Exile
            ) || (prison_only
                && matches!(e.kind, EventType::HouseArrest | EventType::DeathInCustody)))
    };
    let ended: std::collections::HashSet<usize> = f
        .events
        .iter()
        .filter(|e| leaves(e, true))
        .map(|e| e.entity)
        .collect();
    // ("1. RAMÍREZ SOTO, Ana Beatriz — … Held in La Crisálida. Released.": a custody with no
    // date of its own, told before the release that ends it, is not held as of the page.)
    let ended_after: std::collections::HashMap<usize, usize> =
        f.events.iter().rev().filter(|e| leaves(e, false)).fold(
            std::collections::HashMap::new(),
            |mut m, e| {
                m.insert(e.entity, e.sentence);
                m
            },
        );
    let as_of_page = published.map(crate::dates::PartialDate::Day);
    f.events.retain(|e| {
        let held_now = held_now_at.contains(&(e.entity, e.sentence)) && ended.contains(&e.entity);
        let undated_before_release = as_of_page.is_some()
            && e.date == as_of_page
            && ended_after
                .get(&e.entity)
                .is_some_and(|&s| s > e.sentence && s <= e.sentence + 2);
        !(e.kind == EventType::Detention && (held_now || undated_before_release))
    });
}

/// Whether trigger `t` is dated by a "since" of its own (`date_owner` pairs the sentence's
/// triggers `trig` with their dates); "has been out since 2020", "libre desde 2019" date a
/// freedom, not a custody.
pub(crate) fn custody_since(
    doc: &Doc<'_>,
    t: &Trigger,
    trig: &[Trigger],
    date_owner: &[(usize, DateMention)],
) -> bool {
    // (Not "privado de libertad desde…", held since.)
    let free_since = |d: &DateMention| {
        (d.first.saturating_sub(3)..d.first).any(|k| {
            matches!(doc.f(k), "out" | "free" | "libre" | "libres" | "libertad")
                && !doc.f(k.wrapping_sub(2)).starts_with("privad")
        })
    };
    date_owner
        .iter()
        .any(|(ti, d)| trig.get(*ti) == Some(t) && d.since && !free_since(d))
}

/// Whether a release is denied of someone who is so held still: "no ha sido liberado", "were not
/// released", "NO fue excarcelado", "no ha salido de Rodeo I", "was not among those freed", "la
/// jueza negó la libertad a X", "es FALSA la información de que salió X". The walk reads it as a
/// detention as of the publication, the gold sets' reading. A release hoped for, demanded or
/// made a condition of ("if not released") is no such thing, nor a noun said not to be one
/// ("no es libertad plena", "a list is not a release").
pub(crate) fn release_denied(doc: &Doc<'_>, trigger: &Trigger, sentence_first: usize) -> bool {
    if !matches!(
        trigger.kind,
        EventType::Release | EventType::ConditionalRelease
    ) {
        return false;
    }
    // ("no recuperaron la libertad plena: … arresto domiciliario": freed in part; "The claim that
    // X was freed is FALSE: she was never detained": never held, so not held still.)
    if matches!(
        doc.f(trigger.last),
        "plena" | "completa" | "total" | "absoluta"
    ) || crate::false_reports::never_held_after(doc, trigger.last)
    {
        return false;
    }
    let nominal = trigger.voice == crate::triggers::Voice::Nominal;
    let shown_false = matches!(
        crate::denials::denied(doc, trigger, sentence_first),
        Some(crate::denials::Denial::False)
    ) || crate::fact_checks::quoted_then_false(doc, trigger);
    if !nominal && shown_false {
        return true;
    }
    // ("no ha sido, hasta el momento, liberado", "has not, despite the announcement, been
    // released": an aside set off by commas inside the denied verb is passed over.)
    let mut end = trigger.first;
    while matches!(doc.f(end.wrapping_sub(1)), "been" | "sido") {
        end -= 1;
    }
    // (Only an aside right after the denial and its auxiliaries: not "no fue imputada, y tras
    // declarar ante el juez, liberada", whose "no" denies another verb.)
    let pure = |open: usize| {
        (open.saturating_sub(4).max(sentence_first)..open)
            .rev()
            .take_while(|&k| {
                crate::modality_words::DENIAL_AUX.contains(&doc.f(k))
                    || matches!(doc.f(k), "not" | "no" | "n't")
            })
            .any(|k| matches!(doc.f(k), "not" | "no" | "n't"))
    };
    if doc.f(end.wrapping_sub(1)) == ","
        && let Some(open) = (end.saturating_sub(10).max(sentence_first)..end - 1)
            .rev()
            .find(|&k| doc.f(k) == ",")
        && pure(open)
    {
        end = open;
    } else {
        end = trigger.first;
    }
    let from = end.saturating_sub(6).max(sentence_first);
    let mut negated = false;
    for k in (from..end).rev() {
        let w = doc.f(k);
        if matches!(w, ";" | "." | "," | "\"") {
            break;
        }
        let near = end - k <= 3;
        negated |= near
            && ((!nominal && matches!(w, "not" | "n't" | "no" | "never" | "nunca"))
                || (matches!(w, "nego" | "negaron" | "denied" | "refused" | "rechazo")
                    && trigger.first - k <= 2));
        if matches!(
            w,
            "if" | "si" | "whether" | "unless" | "until" | "hasta" | "que" | "that" | "para"
        ) && !negated
        {
            return false;
        }
    }
    negated
}

/// Whether a release denied ("X has not been released and is still in Yare III") of the one
/// named at token `k` says a release told of them before was wrong: not a companion's ("Urbina,
/// detenido junto a Cuicas, no ha sido liberado"), nor a contrast with another event ("was
/// expelled, not released").
pub(crate) fn denies_release(doc: &Doc<'_>, t: &Trigger, k: usize) -> bool {
    let contrast = doc.f(t.first.wrapping_sub(1)) == "not" && doc.f(t.first.wrapping_sub(2)) == ",";
    let companion = matches!(doc.f(k.wrapping_sub(1)), "con" | "with")
        || (doc.f(k.wrapping_sub(1)) == "a"
            && matches!(doc.f(k.wrapping_sub(2)), "junto" | "junta" | "juntos"));
    !contrast && !companion
}

/// Drops the releases told of a person before a sentence that says they were not released
/// (`denied`: the person and that sentence).
/// (Not one a later arrest ended: "released in June 2023. In January 2025 he was arrested
/// again… has not been released".)
/// (So is a release told in the sentence just before a denial of it alone: "…state television
/// reported that he had been freed. He had not.", "… fue excarcelado. No es cierto.")
pub(crate) fn drop_denied_releases(doc: &Doc<'_>, f: &mut Findings, denied: &[(usize, usize)]) {
    let elliptic: Vec<usize> = (1..doc.sentences.len())
        .filter(|&si| elliptic_denial(doc, si))
        .collect();
    // ("State TV reported that X had been pardoned. Her husband said that this was untrue and
    // that she remains in Gomel colony": held as the release is called false.)
    let called_false: Vec<(usize, usize)> = f
        .events
        .iter()
        .filter(|r| r.kind == EventType::Detention && r.certainty.is_none())
        .filter(|r| crate::fact_checks::called_false(doc, r.sentence))
        .map(|r| (r.entity, r.sentence))
        .collect();
    f.events.retain(|r| {
        family(r.kind) != EventType::Release
            || r.certainty.is_some()
            || !(elliptic.contains(&(r.sentence + 1))
                || called_false
                    .iter()
                    .any(|&(e, si)| e == r.entity && r.sentence < si && r.sentence + 3 >= si))
    });
    if denied.is_empty() {
        return;
    }
    // (An arrest told after the release and dated after it.)
    let events = f.events.clone();
    let arrested_after = |r: &crate::discourse::RawEvent, to: usize| {
        events.iter().any(|x| {
            x.entity == r.entity
                && x.kind == EventType::Arrest
                && x.sentence > r.sentence
                && x.sentence < to
                && matches!((x.date, r.date), (Some(a), Some(b)) if a.to_string() > b.to_string())
        })
    };
    f.events.retain(|r| {
        family(r.kind) != EventType::Release
            || r.certainty.is_some()
            || !denied
                .iter()
                .any(|&(e, si)| r.entity == e && r.sentence < si && !arrested_after(r, si))
    });
}

/// Whether sentence `si` only denies what the one before told: "He had not.", "She was not.",
/// "They were not.", "No lo fue.", "No es cierto.", "No es así."
fn elliptic_denial(doc: &Doc<'_>, si: usize) -> bool {
    let Some(s) = doc.sentences.get(si).filter(|s| s.last - s.first <= 5) else {
        return false;
    };
    let words: Vec<&str> = (s.first..s.last)
        .map(|k| doc.f(k))
        .filter(|w| !matches!(*w, "." | "!"))
        .collect();
    // (Not the answer to a question: "…but had he been formally charged? He had not.")
    let asked = si >= 1 && doc.f(doc.sentences[si - 1].last.saturating_sub(1)) == "?";
    !asked
        && matches!(
            words.as_slice(),
            [
                "he" | "she" | "they",
                "had" | "has" | "have" | "was" | "were",
                "not" | "n't"
            ] | ["no", "lo" | "la" | "los" | "las", "fue" | "fueron"]
                | ["no", "es", "cierto" | "asi" | "verdad"]
                | ["no", "fue", "asi"]
                // ("A widely shared post says X was released on Monday. This is FALSE.", "Es
                // falso.")
                | ["this" | "that" | "it", "is" | "was", "false" | "untrue"]
                | ["esto" | "eso", "es", "falso"]
                | ["es", "falso"]
                | ["falso"]
                | ["false"]
        )
}

/// The day a sentence tells its state as of ("al 14 de enero seguían detenidos…"): who it holds
/// is held that day, not on the publication's. (Not a count's English "as of": the gold sets
/// date those held on the publication.)
pub(crate) fn as_of_day(
    doc: &Doc<'_>,
    found: &[crate::dates::DateMention],
) -> Option<crate::dates::PartialDate> {
    found
        .iter()
        .find(|d| {
            let k = d.first;
            doc.f(k.wrapping_sub(1)) == "al" && doc.f(k.wrapping_sub(2)) != "del"
        })
        .filter(|d| matches!(d.date, crate::dates::PartialDate::Day(_)))
        .map(|d| d.date)
}
