//! Who is held as of the publication though the text tells it only through what came before:
//! an arrest with nothing after it ("fue detenido el 3 de enero"), and a move to another prison
//! ("trasladado el jueves a Tocorón"): held there now.

use chrono::NaiveDate;

use crate::model::{Certainty, Event, EventType};

/// The custody as of the publication of one whose events are `events`, when the text leaves
/// them held: after an arrest (see [`held_since_arrest`]) or a move (see [`held_after_move`]).
pub(crate) fn held(events: &[Event], published: Option<NaiveDate>) -> Option<Event> {
    held_since_arrest(events, published).or_else(|| held_after_move(events, published))
}

/// ("Siete presos fueron sacados de Rodeo I … repartidos entre cuatro penales: 1. A – Tocorón"):
/// one moved, and not told freed, sent away, dead, missing or held since, is held where they
/// were taken, as of the publication (measured on the spent sets written to the brief of the
/// blind sets since blind45: 189 people moved and still held with that custody in the gold, 61
/// without).
fn held_after_move(events: &[Event], published: Option<NaiveDate>) -> Option<Event> {
    let published = published?;
    let moved = events
        .iter()
        .rev()
        .find(|x| x.kind == EventType::Transfer && x.certainty.is_none())
        .filter(|x| !long_before(&x.date, published))?;
    // (As `held_since_arrest` reads a way out or a custody of their own, a move itself apart.)
    let ended = events.iter().any(|x| {
        !matches!(
            x.kind,
            EventType::Arrest | EventType::Charge | EventType::Sentence | EventType::Transfer
        )
    });
    // (Its place left unsaid: a move's place as read may be where it started.)
    (!ended).then(|| custody_now(moved, published))
}

/// The custody as of the publication that event `from` tells, with its excerpt.
fn custody_now(from: &Event, published: NaiveDate) -> Event {
    Event {
        kind: EventType::Detention,
        date: Some(published.format("%Y-%m-%d").to_string()),
        place: None,
        conditions: None,
        charges: None,
        certainty: None,
        ..from.clone()
    }
}

/// A person the text tells arrested, as fact, and of whom it tells no way out of custody (no
/// release, house arrest, exile, expulsion, death or disappearance) and no custody of their own
/// (a detention, a transfer): still held as of the publication, the gold's custody on that day
/// (the real article of `dev/`: "his brother was detained in 2021", waiting outside the
/// prison, is an arrest in 2021 and a detention on the publication's day). Measured on every
/// spent gold set: person-events F1 .8131 -> .8155; the two latest writers' sets gain most.
/// An announced or requested release leaves the person held; a disputed one is a way out.
fn held_since_arrest(events: &[Event], published: Option<NaiveDate>) -> Option<Event> {
    let published = published?;
    // (An arrest of three calendar years or more before the text, as `long_before` counts
    // them, or a brief one, "briefly detained", is no custody of today.)
    let recent = |x: &Event| !long_before(&x.date, published);
    let told = |x: &Event, words: &[&str]| {
        x.excerpt
            .split(|c: char| !c.is_alphabetic())
            .any(|w| words.contains(&w.to_lowercase().as_str()))
    };
    // (Held since then, "preso desde 2022", "held since 2019": so still, however long ago.)
    let since = |x: &Event| told(x, &["desde", "since"]);
    // (A release announced and not yet told done leaves the person held as well.)
    let announced = || {
        events.iter().find(|x| {
            crate::assemble::family_eq(x.kind, EventType::Release)
                && x.certainty == Some(Certainty::Announced)
                && recent(x)
        })
    };
    let arrest = events
        .iter()
        .find(|x| x.kind == EventType::Arrest && x.certainty.is_none())
        // (Nor a former prisoner's: "Former political prisoner X, arrested in 2023 and now a
        // lawyer".)
        .filter(|x| (recent(x) || since(x)) && !told(x, &["briefly", "brevemente", "former"]))
        .or_else(announced)?;
    let settled = events.iter().any(|x| {
        x.kind != EventType::Arrest
            && x.kind != EventType::Charge
            && x.kind != EventType::Sentence
            && matches!(x.certainty, None | Some(Certainty::Disputed))
    });
    if settled {
        return None;
    }
    Some(custody_now(arrest, published))
}

/// Whether an event's date is three calendar years or more before the publication (an undated
/// one is not): the window `held_since_arrest` counts with.
fn long_before(date: &Option<String>, published: NaiveDate) -> bool {
    use chrono::Datelike;
    date.as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse::<i32>().ok())
        .is_some_and(|y| y <= published.year() - 3)
}

/// "en Tocuyito permanecen el sindicalista A y la enfermera B", "Entre ellos siguen la defensora
/// A y el pastor B": a verb of staying with its subject after it, where the words before say
/// where (a place of custody) or among whom; the end of the verb.
pub(crate) fn still_held_after(doc: &crate::text::Doc<'_>, i: usize, to: usize) -> Option<usize> {
    if !matches!(
        doc.f(i),
        "permanece" | "permanecen" | "sigue" | "siguen" | "continua" | "continuan"
    ) || !matches!(doc.f(i + 1), "el" | "la" | "los" | "las")
        || i + 2 >= to
    {
        return None;
    }
    let from = (i.saturating_sub(6)..i)
        .rev()
        .find(|&k| matches!(doc.f(k), "." | ";" | ":"))
        .map_or(i.saturating_sub(6), |k| k + 1);
    // ("Frente al Rodeo I permanecen la madre de X…": outside it, not held.)
    let outside = (from..i).any(|k| {
        matches!(
            doc.f(k),
            "frente" | "afuera" | "fuera" | "outside" | "puertas" | "acera"
        )
    });
    // ("…quedan 73 presos políticos. Entre ellos siguen…": among the held counted just before.)
    // (Counted: "quedan 73 presos políticos", not "la libertad de los presos políticos".)
    let held_before = (i.saturating_sub(24)..i).any(|k| {
        matches!(
            doc.f(k),
            "presos" | "presas" | "detenidos" | "detenidas" | "prisoners"
        ) && (k.saturating_sub(3)..k)
            .any(|j| doc.is_number(j) || crate::counts::number_word(doc.f(j)).is_some())
    });
    let told_where = (from..i).any(|k| {
        crate::custody_phrases::CUSTODY_PLACES.contains(&doc.f(k))
            || (doc.f(k) == "entre" && matches!(doc.f(k + 1), "ellos" | "ellas") && held_before)
    });
    (told_where && !outside).then_some(i + 1)
}
