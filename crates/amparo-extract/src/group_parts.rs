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

/// Whether the words just before trigger `at` (back to the sentence's first token `a`) make it
/// of some of a group only: "most of them arrested", "la mayoría de ellos detenidos", "many
/// of whom", "algunos de ellos".
pub(crate) fn of_some(doc: &crate::text::Doc<'_>, at: usize, a: usize) -> bool {
    // ("Todos quedaron con régimen de presentación, salvo uno que pasó a arresto domiciliario":
    // the one excepted, unnamed.)
    let excepted = (at.saturating_sub(6).max(a)..at).any(|k| {
        matches!(doc.f(k), "salvo" | "excepto" | "menos" | "except" | "but")
            && crate::counts::number_word(doc.f(k + 1)).is_some()
            && matches!(doc.f(k + 2), "que" | "quien" | "quienes" | "who")
    });
    excepted || fewer_of(doc, at, a) || quantified(doc, at, a)
}

/// Whether a count before trigger `at` takes fewer than the group it names: "al menos nueve de
/// los doce nombrados salieron", "nine of the twelve were freed". Not "seis de los siete
/// detenidos en la protesta": the participle tells of the seven.
pub(crate) fn fewer_of(doc: &crate::text::Doc<'_>, at: usize, a: usize) -> bool {
    let participle = ["ados", "idos", "adas", "idas", "ed"]
        .iter()
        .any(|e| doc.f(at).ends_with(e))
        && !(crate::auxiliaries::PASSIVE_AUX.contains(&doc.f(at.saturating_sub(1)))
            || crate::auxiliaries::STATE_AUX.contains(&doc.f(at.saturating_sub(1))));
    // ("Dos de los tres estudiantes fueron liberados el martes: A y B": the list names them.)
    let names_follow = doc
        .sentence_at(at)
        .is_some_and(|s| (at..s.last).any(|k| doc.f(k) == ":"));
    !participle
        && !names_follow
        && (at.saturating_sub(8).max(a)..at).any(|k| {
            let n = crate::counts::number_word(doc.f(k));
            let m = crate::counts::number_word(doc.f(k + 3));
            matches!(doc.f(k + 1), "de" | "of")
                && matches!(doc.f(k + 2), "los" | "las" | "the")
                && n.zip(m).is_some_and(|(n, m)| n < m)
        })
}

/// "most of them arrested", "algunos de ellos": a quantifier of some before trigger `at`.
fn quantified(doc: &crate::text::Doc<'_>, at: usize, a: usize) -> bool {
    // ("La mayoría salió de Rodeo I…; dos lo hicieron en la madrugada de hoy", "Most were freed
    // on Sunday": most of the group as the subject.)
    let most = (at.saturating_sub(3).max(a)..at).any(|k| {
        ((doc.f(k) == "mayoria" && k == a + 1 && doc.f(a) == "la")
            || (doc.f(k) == "most" && k == a))
            && (k + 1..at).all(|j| {
                matches!(
                    doc.f(j),
                    "were" | "was" | "have" | "had" | "been" | "fue" | "fueron"
                )
            })
    });
    // ("…siguen presos, la mayoría detenidos tras…", "…, most arrested": most, in an aside.)
    let b = |n: usize| doc.f(at.wrapping_sub(n));
    let aside = (b(1), b(2), b(3)) == ("mayoria", "la", ",") || (b(1), b(2)) == ("most", ",");
    most || aside || (at.saturating_sub(6).max(a)..at).any(|k| {
        (crate::group_members::SOME.contains(&doc.f(k)) || matches!(doc.f(k), "many" | "muchos" | "muchas"))
            && matches!(doc.f(k + 1), "of" | "de")
            && matches!(
                doc.f(k + 2),
                "them" | "whom" | "those" | "ellos" | "ellas" | "quienes" | "los" | "las"
            )
            // ("Muchos de ellos celebraron la liberación…": the quantifier is the subject of
            // another verb, not of the event.)
            && (k + 3..at).all(|j| {
                matches!(
                    doc.f(j),
                    "were" | "had" | "been" | "have" | "fueron" | "habian" | "sido" | "han"
                )
            })
    })
}

/// Whether trigger `at` is of some of a group, unnamed: "…17 workers, most of them arrested"
/// (no one found for it, `who` empty), or "…al menos nueve de los doce nombrados salieron" (some
/// of the list the sentence refers to, none of them named in it: `ms`, the sentence's mentions).
pub(crate) fn unnamed_part(
    doc: &crate::text::Doc<'_>,
    at: usize,
    a: usize,
    who: &[usize],
    ms: &[&crate::persons::MentionRef],
) -> bool {
    (who.is_empty() && of_some(doc, at, a))
        // (One unnamed, whoever else the sentence names: "Durante la salida de un detenido…, la
        // abogada X habló con la prensa"; not one named right after, "de un detenido, X,".)
        || (one_unnamed(doc, at, a) && !ms.iter().any(|m| m.first > at && m.first <= at + 2))
        || (fewer_of(doc, at, a) && !who.iter().any(|e| ms.iter().any(|m| m.entity == *e)))
}

/// "…durante la salida de un detenido por un caso de hurto", "the release of a prisoner": one
/// person, unnamed, inside the sentence (not a lead that opens on it, "Un detenido murió…"),
/// whose event no list or group inherits.
fn one_unnamed(doc: &crate::text::Doc<'_>, at: usize, a: usize) -> bool {
    let w = doc.f(at);
    // (A person's word, not an act's: "the scene of an arrest" dates the arrest told next.)
    let person = ["ado", "ada", "ido", "ida"].iter().any(|e| w.ends_with(e))
        || matches!(
            w,
            "preso" | "presa" | "recluso" | "reclusa" | "prisoner" | "detainee"
        );
    person
        && at >= a + 2
        && matches!(doc.f(at - 1), "un" | "una" | "a" | "an")
        && matches!(
            doc.f(at - 2),
            "de" | "del" | "of" | "a" | "por" | "to" | "for"
        )
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
