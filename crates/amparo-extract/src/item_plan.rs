//! What an item gives besides the list's event: the lead's arrest an inline group keeps when
//! its own words free it, the leaving told with the release before its colon or in its header;
//! and the status an item gives its person after a colon, which replaces the lead's event.

use crate::dates::PartialDate;
use crate::discourse::{GroupEvent, family};
use crate::layout::Item;
use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::{self, Modality};

/// Adds to an item's `plan` (the events the list gives each of its people) what the item tells
/// besides: `span` is the item's tokens, `header` its header's, `base` the list's lead.
pub(crate) fn besides(
    doc: &Doc<'_>,
    item: &Item,
    (from, to): (usize, usize),
    header: Option<(usize, usize)>,
    base: Option<&GroupEvent>,
    plan: &mut Vec<(EventType, Option<PartialDate>)>,
) {
    // (Not a row whose notes tell its person lived abroad: "ANEXO. PERSONAS DESTERRADAS Y
    // DESNACIONALIZADAS DESDE EL EXTERIOR" over "X | Periodista, vive en Costa Rica desde 2018".)
    let abroad = || {
        (from..to).any(|k| {
            matches!(
                doc.f(k),
                "vive" | "reside" | "residente" | "lives" | "living" | "exterior"
            )
        })
    };
    // (Or whose heading tells the banishment from abroad.)
    let from_abroad = || {
        base.and_then(|b| doc.sentences.get(b.sentence))
            .is_some_and(|s| {
                (s.first..s.last).any(|k| matches!(doc.f(k), "exterior" | "abroad" | "extranjero"))
            })
    };
    if item.row.is_some() && (abroad() || from_abroad()) {
        plan.clear();
    }
    let Some(&(kind, date)) = plan.first() else {
        return;
    };
    // ("Fourteen pardoned… confirmed the release of eight… Taken to the border and forced to
    // leave Belarus: — A"): a group's header that tells its leaving, under a list of the
    // released, frees them too.
    // (Not a leaving of another time, of another kind or of others: "Previously deported in
    // 2024 (not part of this release):", "Expelled from the party…:", "Familiares expulsados
    // junto con ellos:".)
    let plain = header.is_some_and(|(a, b)| {
        !(a..b).any(|k| {
            doc.is_number(k)
                || matches!(
                    doc.f(k),
                    "party"
                        | "partido"
                        | "previously"
                        | "anteriormente"
                        | "previamente"
                        | "not"
                        | "no"
                        | "familiares"
                        | "relatives"
                        | "families"
                        | "family"
                )
        })
    });
    if matches!(kind, EventType::Exile | EventType::Expulsion)
        && plain
        && let Some(b) = base.filter(|b| family(b.kind) == EventType::Release)
        && !plan.iter().any(|(k, _)| family(*k) == EventType::Release)
    {
        plan.push((b.kind, b.date));
    }
    // ("Venezuela released 23 people … nine of them foreign citizens. Eight of the nine
    // foreigners were driven … and deported. They include:"): a lead that tells the leaving of
    // some of a group whose release the sentences just before told frees them too.
    // (So under a group's header, "Hombres:", and after a headline that frees and banishes them,
    // "Nicaragua excarcela y destierra a 28 presos políticos".)
    if matches!(kind, EventType::Exile | EventType::Expulsion)
        && (header.is_none() || plain)
        // (The lead's leaving, read as an expulsion there and an exile for nationals here.)
        && let Some(b) = base.filter(|b| {
            matches!(b.kind, EventType::Exile | EventType::Expulsion) && b.certainty.is_none()
        })
        && !plan.iter().any(|(k, _)| family(*k) == EventType::Release)
        && (freed_before(doc, b.sentence)
            || (b.sentence.saturating_sub(HEADLINE_REACH)..b.sentence)
                .any(|x| crate::leaving_words::freed_and_banished_headline(doc, x)))
        && !(b
            .sentence
            .max(item.sentences.start.saturating_sub(HEADLINE_REACH))
            ..item.sentences.start)
            .any(|x| others_abroad(doc, x))
    {
        plan.push((EventType::Release, b.date));
    }
    // ("Several have been held incommunicado. … 8. Gabriela Suárez [released] — … Released on
    // 26 September on condition…": the lead's custody is not of one whose item tells a way out.)
    let way_out = |t: &triggers::Trigger| {
        (family(t.kind) == EventType::Release
            || matches!(
                t.kind,
                EventType::HouseArrest
                    | EventType::Disappearance
                    | EventType::Expulsion
                    | EventType::Exile
                    | EventType::DeathInCustody
            ))
            && triggers::modality(doc, t, from) == Modality::Fact
    };
    if kind == EventType::Detention
        && !item.inline
        && base.is_some_and(|b| b.kind == EventType::Detention)
        // (In the item's sentences after its first: "Osniel salió en enero…" of two brothers,
        // "— her family says she was released" after a name, are no such telling.)
        && doc.sentence_at(from).is_some_and(|s| {
            let two = (s.first..s.last).any(|k| {
                matches!(doc.f(k), "y" | "and") && doc.tokens.get(k + 1).is_some_and(|t| t.capitalised)
            });
            !two && s.last < to && triggers::find(doc, s.last, to).iter().any(way_out)
        })
    {
        plan.remove(0);
        return;
    }
    // ("…fueron detenidos nueve docentes. … Con régimen de presentación…, otorgado el martes: A,
    // B y C": an inline group of the arrested that its own words free keeps the lead's arrest.)
    if item.inline
        && let Some(b) = base
            .filter(|b| b.kind == EventType::Arrest && b.date.is_some() && b.certainty.is_none())
        && kind != EventType::Arrest
    {
        plan.insert(0, (EventType::Arrest, b.date));
    }
    // ("Excarcelados y expulsados: los colombianos A y B; …"): a release and the leaving told
    // together before an inline group's colon, or in an item's header, are both its people's.
    let told_before = header.or_else(|| {
        item.inline
            .then(|| (from..to).find(|&k| doc.f(k) == ":").map(|c| (from, c)))
            .flatten()
    });
    let Some((a, c)) = told_before.filter(|_| family(kind) == EventType::Release) else {
        return;
    };
    let found = triggers::find(doc, a, c);
    // (Joined to the release by "y": not "tres colombianos y un venezolano exiliado en Madrid",
    // another group's state.)
    let joined = |t: &triggers::Trigger| {
        found.iter().any(|r| {
            family(r.kind) == EventType::Release
                && !matches!(r.kind, EventType::Expulsion | EventType::Exile)
                && ((r.last <= t.first
                    && (r.last..t.first).all(|k| matches!(doc.f(k), "y" | "e" | "and" | ",")))
                    // ("handed over to migration officials at the bridge: A, B": one phrase
                    // tells both.)
                    || r.first == t.first)
        })
    };
    for t in found.iter().filter(|t| joined(t)) {
        if matches!(t.kind, EventType::Expulsion | EventType::Exile)
            && triggers::modality(doc, t, a) == Modality::Fact
            && !plan.iter().any(|(k, _)| *k == t.kind)
        {
            plan.push((t.kind, date));
        }
    }
}

/// The event of an item's own status: a name (maybe described) and, after a colon, a list's
/// status (see [`crate::list_status::colon_status`]).
pub(crate) fn own_status(doc: &Doc<'_>, from: usize, to: usize) -> Option<EventType> {
    (from..to.min(from + 16))
        .take_while(|&k| doc.f(k) != ";")
        .find(|&k| doc.f(k) == ":")
        .and_then(|c| crate::list_status::colon_status(doc, c))
        .map(|t| t.kind)
        .or_else(|| own_move(doc, from, to))
        .or_else(|| own_term(doc, from, to))
}

/// ("• Yoandri Pérez Casals, 9 años de privación de libertad por sabotaje", "– A, 6 years for
/// 'fakes'"): a term right after the name's comma is the item's sentence, under a lead that tells
/// the trial or the charges.
fn own_term(doc: &Doc<'_>, from: usize, to: usize) -> Option<EventType> {
    let comma = (from..to.min(from + 8)).find(|&k| doc.f(k) == ",")?;
    let n = crate::count_words::parse_number(doc, comma + 1)
        .or_else(|| crate::count_words::number_word(doc.f(comma + 1)))?;
    // (A term, not an age: "9 años de privación de libertad", "7 años por instigación", not
    // "45 años, periodista".)
    let term = match doc.f(comma + 3) {
        "de" => matches!(
            doc.f(comma + 4),
            "prision" | "carcel" | "privacion" | "limitacion" | "trabajo" | "reclusion"
        ),
        w => matches!(w, "por" | "for" | "in"),
    };
    (n > 0 && term && matches!(doc.f(comma + 2), "anos" | "years" | "meses" | "months"))
        .then_some(EventType::Sentence)
}

/// ("3. Octavio Blandón – trasladado de La Modelo al hospital…" in a list of the freed): after a
/// dash right past the name, a move or a death of the item's own, which no one freed suffers.
pub(crate) fn own_move(doc: &Doc<'_>, from: usize, to: usize) -> Option<EventType> {
    (from..to.min(from + 8))
        .find(|&k| doc.f(k) == "-")
        .and_then(|d| crate::list_status::colon_status(doc, d))
        .map(|t| t.kind)
        .filter(|k| matches!(k, EventType::Transfer | EventType::DeathInCustody))
}

/// How many sentences back a list's lead or item looks for its headline and for a sentence of
/// others: a story's own, read once per item, not the whole text's.
const HEADLINE_REACH: usize = 30;

/// Whether sentence `si`, between a list's lead and its item, tells of others than the lead's,
/// or of people abroad already ("the government stripped the citizenship of another 94
/// Nicaraguans who already lived in exile", "Separately, a court declared … in absentia").
fn others_abroad(doc: &Doc<'_>, si: usize) -> bool {
    doc.sentences.get(si).is_some_and(|s| {
        (s.first..s.last).any(|k| {
            matches!(
                doc.f(k),
                "already"
                    | "ya"
                    | "absentia"
                    | "ausencia"
                    | "separately"
                    | "another"
                    | "otros"
                    | "otras"
            )
        })
    })
}

/// Whether one of the three sentences before sentence `si` tells a release as done.
/// (Or the banishment's own sentence calls them prisoners: "ANEXO — PERSONAS PRESAS POLÍTICAS
/// DESTERRADAS EL 7/05/2026": taken out of prison; not those "trasladados hasta la frontera",
/// sent out, whose release the text does not tell.)
fn freed_before(doc: &Doc<'_>, si: usize) -> bool {
    let prisoners = doc.sentences.get(si).is_some_and(|s| {
        (s.first..s.last).any(|k| {
            matches!(
                doc.f(k),
                "presos" | "presas" | "prisoners" | "reos" | "encarcelados" | "encarceladas"
            ) && matches!(doc.f(k + 1), "politicos" | "politicas" | "political")
                || (doc.f(k) == "political" && doc.f(k + 1) == "prisoners")
        })
    });
    let banished = || {
        doc.sentences.get(si).is_some_and(|s| {
            triggers::find(doc, s.first, s.last)
                .iter()
                .any(|t| t.kind == EventType::Exile)
        })
    };
    (prisoners && banished())
        || (si.saturating_sub(3)..si).any(|x| {
            doc.sentences.get(x).is_some_and(|s| {
                triggers::find(doc, s.first, s.last).iter().any(|t| {
                    family(t.kind) == EventType::Release
                        && triggers::modality(doc, t, s.first) == Modality::Fact
                })
            })
        })
}

/// Whether the list's release `kind`, with no header's event (`headed`), is no item's whose own
/// words `from..to` tell a move, a death in custody or a custody held now, as facts opening their
/// sentences, and no way out of it ("3. X, b. 1968. Transferred 03.03.2026 from Colony No. 15…",
/// "9. Y. Held incommunicado in Prison No. 8" under a lead of releases told as a count).
pub(crate) fn inside(doc: &Doc<'_>, kind: EventType, headed: bool, from: usize, to: usize) -> bool {
    if headed || family(kind) != EventType::Release {
        return false;
    }
    let found: Vec<triggers::Trigger> = triggers::find(doc, from, to)
        .into_iter()
        .filter(|t| triggers::modality(doc, t, from) == Modality::Fact)
        .collect();
    // (A custody told as a present state opening the item's sentence, "Held incommunicado in
    // Prison No. 8", "Sigue en Rodeo I"; not "detenido desde 2024", told of the freed.)
    // (Each opening its sentence, as a record's entry tells it: not "…y en marzo de 2025 lo
    // trasladaron a Rodeo I", a move before the release, nor another's, "they moved him".)
    let inside = |t: &triggers::Trigger| {
        let opens = doc.sentence_at(t.first).is_some_and(|s| s.first == t.first);
        opens
            && (matches!(t.kind, EventType::Transfer | EventType::DeathInCustody)
                || (t.kind == EventType::Detention
                    && matches!(
                        doc.f(t.first),
                        "held" | "remains" | "still" | "serving" | "sigue" | "permanece" | "cumple"
                    )
                    && !(t.last..t.last + 3).any(|k| matches!(doc.f(k), "since" | "desde"))))
    };
    let out = |t: &triggers::Trigger| {
        family(t.kind) == EventType::Release
            || matches!(
                t.kind,
                EventType::HouseArrest | EventType::Exile | EventType::Expulsion
            )
    };
    found.iter().any(inside) && !found.iter().any(out)
}
