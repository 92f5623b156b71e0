//! Parts of a group named before: "los dos últimos", "the first three", and one excepted
//! from what the sentence tells of the rest ("except Cabrera", "salvo X, que sigue preso").

use crate::participles::participle;
use crate::persons::MentionRef;
use crate::slots::Slot;
use crate::text::Doc;

/// Drops from `slots` (of a sentence ending at token `b`) the people excepted from it.
pub(crate) fn drop_excepted(doc: &Doc<'_>, ms: &[&MentionRef], slots: &mut Vec<Slot>, b: usize) {
    // ("…, except Cabrera, were taken to Kilo 7", "salvo Ana Pérez, todos siguen presos"): one
    // excepted is none of the sentence's people.
    let excepted: Vec<usize> = ms
        .iter()
        .filter(|m| {
            // (Not one the rest of the sentence tells of: "…, except for Yunior Pacheco, who
            // was moved Wednesday to Kilo 8", "excepto X, de 70 años, a quien se le otorgó…".)
            // (Nor one after "al menos", at least.)
            let own_clause = doc.f(m.last) == ","
                && ((m.last + 1..(m.last + 8).min(b))
                    .take_while(|&k| doc.f(k) != ".")
                    .any(|k| matches!(doc.f(k), "who" | "quien" | "whom"))
                    || matches!(doc.f(m.last + 1), "que" | "which" | "that")
                    || participle(doc.f(m.last + 1)));
            let before = doc.f(m.first.wrapping_sub(1));
            !own_clause
                && (matches!(before, "except" | "excepto" | "salvo")
                    || (before == "menos" && doc.f(m.first.wrapping_sub(2)) != "al")
                    || (before == "for" && doc.f(m.first.wrapping_sub(2)) == "except"))
        })
        .map(|m| m.entity)
        .collect();
    slots.retain(|s| !excepted.contains(&s.entity));
    // ("Todos fueron liberados el lunes, salvo Pedro Soto, que sigue preso": one excepted
    // with a clause of their own keeps their name's slot, not the group's.)
    let own: Vec<(usize, usize)> = ms
        .iter()
        .filter(|m| {
            let before = doc.f(m.first.wrapping_sub(1));
            (matches!(before, "except" | "excepto" | "salvo")
                || (before == "for" && doc.f(m.first.wrapping_sub(2)) == "except"))
                && !excepted.contains(&m.entity)
        })
        .map(|m| (m.entity, m.first))
        .collect();
    slots.retain(|s| {
        !own.iter()
            .any(|&(e, first)| s.entity == e && s.first != first)
    });
}

/// "Los dos últimos", "las tres primeras", "the last two", "the first three" at `k` (after the
/// article): the first or last names of `group`, and how many tokens tell it.
pub(crate) fn ends_of<'g>(
    doc: &Doc<'_>,
    k: usize,
    group: &'g [usize],
) -> Option<(&'g [usize], usize)> {
    let (n, end) = match (
        crate::counts::number_word(doc.f(k)),
        crate::counts::number_word(doc.f(k + 1)),
    ) {
        (Some(n), _) => (n, doc.f(k + 1)),
        (None, Some(n)) => (n, doc.f(k)),
        (None, None) => return None,
    };
    let n = usize::try_from(n)
        .ok()
        .filter(|&n| n > 0 && n < group.len())?;
    match end {
        "ultimos" | "ultimas" | "last" => Some((&group[group.len() - n..], 2)),
        "primeros" | "primeras" | "first" => Some((&group[..n], 2)),
        _ => None,
    }
}

/// Verbs that follow a whole group as their subject ("todos fueron…", "all were…").
pub(crate) const GROUP_VERBS: &[&str] = &[
    "fueron",
    "habian",
    "siguen",
    "permanecen",
    "estan",
    "were",
    "had",
    "are",
    "remain",
];

/// How many words of "of them", "de ellos" or "ellos" stand at token `k` after "all"/"todos".
pub(crate) fn of_them(doc: &crate::text::Doc<'_>, k: usize) -> usize {
    match (doc.f(k), doc.f(k + 1)) {
        ("of", "them") | ("de", "ellos" | "ellas") => 2,
        ("ellos" | "ellas", _) => 1,
        _ => 0,
    }
}

/// ("Those given prison terms were arrested between March 17 and 19"): whether "those" at token
/// `k`, told by a participle, is the subject of a verb before token `b`: the people just listed.
pub(crate) fn those_described(doc: &crate::text::Doc<'_>, k: usize, b: usize) -> bool {
    doc.f(k) == "those"
        && (crate::participles::participle(doc.f(k + 1))
            || matches!(doc.f(k + 1), "given" | "named" | "listed" | "freed"))
        && (k + 2..b.min(k + 6)).any(|j| {
            matches!(doc.f(j), "were" | "had" | "have")
                && (k + 1..j).all(|i| doc.tokens[i].kind == crate::text::TokenKind::Word)
        })
}

/// Past ", entre otros," / ", among others," after "son" ("Los extranjeros son, entre otros,
/// el polaco X…").
/// Only of those held or freed, or of a nationality: not "Sus defensores son, entre otros,…".
pub(crate) fn past_others(doc: &crate::text::Doc<'_>, verb: usize, at: usize) -> usize {
    // (The subject's head within four words: "Los presos políticos son", "Los excarcelados del
    // lunes son".)
    let held = (verb.saturating_sub(4)..verb).any(|k| {
        let subject = doc.f(k);
        !crate::lexicon::nationalities(subject).is_empty()
            || crate::offices::HELD_GROUPS.contains(&subject)
            || matches!(
                subject,
                "extranjeros" | "extranjeras" | "foreigners" | "prisoners"
            )
    });
    let aside = held
        && doc.f(at) == ","
        && matches!(
            (doc.f(at + 1), doc.f(at + 2)),
            ("entre", "otros" | "otras") | ("among", "others")
        )
        && doc.f(at + 3) == ",";
    if aside { at + 4 } else { at }
}

/// "Entre los que permanecen en Vista Hermosa se encuentran el pastor A y el dirigente B": the
/// people named after the verb that places them among those still held, whose custody the
/// relative clause tells (indices of `slots`).
pub(crate) fn held_among(
    doc: &crate::text::Doc<'_>,
    t: &crate::triggers::Trigger,
    b: usize,
    slots: &[crate::slots::Slot],
) -> Option<Vec<usize>> {
    let relative = doc.f(t.first.wrapping_sub(1)) == "que"
        && matches!(doc.f(t.first.wrapping_sub(2)), "los" | "las")
        || doc.f(t.first.wrapping_sub(1)) == "quienes";
    if t.kind != crate::model::EventType::Detention || !relative {
        return None;
    }
    let verb = (t.last..b).find(|&k| {
        matches!(
            doc.f(k),
            "encuentran" | "encuentra" | "figuran" | "figura" | "cuentan" | "estan" | "esta"
        )
    })?;
    // (Not a relative named in an apposition: "…está la periodista A, hija de B, detenida…",
    // "…figura X, cuya esposa, Y, denunció…", "…, según informó el abogado Z".)
    let end = (verb + 1..b.min(verb + 40))
        .find(|&k| {
            matches!(
                doc.f(k),
                ";" | "cuya" | "cuyo" | "segun" | "dijo" | "whose" | "according"
            ) || (doc.f(k) == "," && crate::slots::RELATIONS.contains(&doc.f(k + 1)))
        })
        .unwrap_or(b.min(verb + 40));
    let who: Vec<usize> = (0..slots.len())
        .filter(|&j| slots[j].first > verb && slots[j].first < end)
        .filter(|&j| !matches!(doc.f(slots[j].first - 1), "de" | "del" | "of"))
        // (Named, not "su madre" read as someone told before.)
        .filter(|&j| {
            doc.tokens.get(slots[j].first).is_some_and(|t| {
                t.capitalised && !crate::relations::POSSESSIVES.contains(&doc.f(slots[j].first))
            })
        })
        .collect();
    (!who.is_empty()).then_some(who)
}

/// Whether a trigger of no one named tells something else than the group's news: a period it
/// counts from (`period_start`) or the purpose of what befell the one named (`purpose_of_named`).
pub(crate) fn told_aside(
    doc: &crate::text::Doc<'_>,
    t: &crate::triggers::Trigger,
    si: usize,
    events: &[crate::discourse::RawEvent],
) -> bool {
    period_start(doc, t) || purpose_of_named(doc, t, si, events)
}

/// "…a quien las autoridades entregaron a su embajada para ser trasladado a San José": a move
/// told as the purpose of what was done to the person the sentence named is theirs, not a
/// group's news (a list after it does not inherit it).
fn purpose_of_named(
    doc: &crate::text::Doc<'_>,
    t: &crate::triggers::Trigger,
    si: usize,
    events: &[crate::discourse::RawEvent],
) -> bool {
    let purpose = (doc.f(t.first.wrapping_sub(2)) == "para" && doc.f(t.first - 1) == "ser")
        || (doc.f(t.first.wrapping_sub(2)) == "to" && doc.f(t.first - 1) == "be");
    purpose && events.last().is_some_and(|e| e.sentence == si)
}

/// Whether a release trigger opening its sentence names, by a definite noun, the group whose
/// release the sentence before told, with a date of its own ("…salieron la noche del martes.
/// Los excarcelados pasaron la madrugada del miércoles en el tribunal"): the sentence's date is
/// of what befell them after, not of their release.
pub(crate) fn the_freed_told(
    doc: &crate::text::Doc<'_>,
    t: &crate::triggers::Trigger,
    a: usize,
    si: usize,
    groups: &[crate::discourse::GroupEvent],
) -> bool {
    let noun = t.first == a + 1
        && matches!(doc.f(a), "los" | "las" | "the")
        && t.last == t.first + 1
        && participle(doc.f(t.first))
        // (Not one that names them, or their day: "The freed men are A, B and C", "Los
        // excarcelados el lunes son:".)
        && !matches!(doc.f(t.last), "el" | "la" | "on")
        && !(t.last..t.last + 2).any(|k| {
            matches!(
                doc.f(k),
                "son"
                    | "fueron"
                    | "are"
                    | "were"
                    | "is"
                    | "was"
                    | ":"
                    | "include"
                    | "incluyen"
                    | "figuran"
                    | "estan"
            )
        });
    noun && groups.iter().any(|g| {
        g.sentence < si
            && g.sentence + 2 >= si
            && g.date.is_some()
            && crate::discourse::family(g.kind) == crate::model::EventType::Release
    })
}

/// Whether a release told as a noun opens a period ("since the wave of releases began on
/// January 8", "desde que comenzaron las excarcelaciones", "Desde el inicio de las
/// excarcelaciones"): a time the sentence counts from, not the group's news (a list after it
/// inherits the release the sentence tells as done).
fn period_start(doc: &crate::text::Doc<'_>, t: &crate::triggers::Trigger) -> bool {
    t.voice == crate::triggers::Voice::Nominal
        && matches!(
            crate::discourse::family(t.kind),
            crate::model::EventType::Release
        )
        && (t.first.saturating_sub(6)..t.first)
            .rev()
            .take_while(|&k| {
                matches!(
                    doc.f(k),
                    "since"
                        | "desde"
                        | "the"
                        | "a"
                        | "wave"
                        | "of"
                        | "first"
                        | "mass"
                        | "recent"
                        | "que"
                        | "comenzaron"
                        | "empezaron"
                        | "iniciaron"
                        | "arrancaron"
                        | "el"
                        | "la"
                        | "las"
                        | "los"
                        | "inicio"
                        | "comienzo"
                        | "ola"
                        | "oleada"
                        | "de"
                        | "primera"
                        | "primeras"
                )
            })
            .any(|k| matches!(doc.f(k), "since" | "desde"))
}

/// ("THE SEVEN" over seven names with their ages and trades, then "…detain the seven after they
/// block a road"): the last `n` people named before token `k` (of `seen`, the latest last), each
/// opening a line of its own, when none of them was given an event yet (none of `given`).
pub(crate) fn roster(
    doc: &Doc<'_>,
    (seen, given): (&[(usize, usize)], &[usize]),
    k: usize,
    n: usize,
) -> Option<Vec<usize>> {
    let mut named: Vec<(usize, usize)> = Vec::new();
    for &(e, at) in seen.iter().rev().filter(|(_, at)| *at < k) {
        if !named.iter().any(|(o, _)| *o == e) {
            if !doc.line_break_before(at) {
                return None;
            }
            named.push((e, at));
        }
        if named.len() == n {
            break;
        }
    }
    named.reverse();
    // (Under a heading that counts them, "THE SEVEN", "LOS SIETE": not the seven last named of a
    // longer list, nor of officials, signatories or mothers.)
    let heading = named
        .first()
        .and_then(|&(_, at)| doc.sentence_at(at.checked_sub(1)?));
    let counted = heading.is_some_and(|h| {
        (h.first..h.last).any(|j| {
            crate::counts::number_word(doc.f(j)).and_then(|m| usize::try_from(m).ok()) == Some(n)
        }) && h.last - h.first <= 4
    });
    (named.len() == n && counted && !named.iter().any(|(e, _)| given.contains(e)))
        .then(|| named.into_iter().map(|(e, _)| e).collect())
}
