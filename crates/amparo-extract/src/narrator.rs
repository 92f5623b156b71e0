//! Who tells an event when its sentence names nobody: the interviewee answering in the first
//! person ("—Me detuvieron el 3 de mayo", "A: They took me to Rodeo I"), and the person just
//! told of, for a state or a disappearance with no subject ("Hoy sigue en Rodeo I", "Desde
//! entonces se desconoce su paradero"; see `elided`).

use crate::discourse::Findings;
use crate::elided::{introduced_before, recent_focus, subject_after, whereabouts_of_one};
use crate::model::EventType;
use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers::{self, Trigger};

/// An event told in the first person singular ("Me detuvieron el 3 de mayo", "Salí el 9 de
/// enero", "They arrested me on January 12", "I was released", "I got out") on an answer's line
/// of an interview: the interviewee's. A relative's or a reporter's first person in a quote, an
/// op-ed's, or an answer to a question put to someone named ("¿Y usted, señora Nelly?") is not.
pub(crate) fn told_by_interviewee(doc: &Doc<'_>, t: &Trigger) -> bool {
    crate::self_named::first_person(doc, t)
        && answer_line(doc, t.first)
        && !asked_of_another(doc, t.first)
}

/// The line of token `k`, from the line break before it.
pub(crate) fn line_of<'a>(doc: &'a Doc<'_>, k: usize) -> &'a str {
    let at = doc.tokens.get(k).map_or(0, |t| t.start);
    let end = doc.text[at..].find('\n').map_or(doc.text.len(), |n| at + n);
    &doc.text[at - line_before(doc, k).len()..end]
}

/// The text of token `k`'s line before it.
pub(crate) fn line_before<'a>(doc: &'a Doc<'_>, k: usize) -> &'a str {
    let at = doc.tokens.get(k).map_or(0, |t| t.start);
    let start = doc.text[..at].rfind('\n').map_or(0, |n| n + 1);
    &doc.text[start..at]
}

/// Whether token `k` stands on an interview's answer line: one opened by a dash ("—Me
/// detuvieron…") or an answer's mark ("A:", "R:"), and holding no quote of someone else.
fn answer_line(doc: &Doc<'_>, k: usize) -> bool {
    let line = line_of(doc, k).trim_start();
    let marked = [
        "—",
        "–",
        "- ",
        "A:",
        "A.",
        "R:",
        "R.",
        "Respuesta:",
        "RESPUESTA:",
    ]
    .iter()
    .any(|m| line.starts_with(m));
    let quoted = line.contains('«') || line.contains('“') || line.contains('"');
    marked && !quoted
}

/// Whether the question before the answer holding token `k` was put to someone named ("—¿Y
/// usted, señora Nelly?"): the answer is theirs.
fn asked_of_another(doc: &Doc<'_>, k: usize) -> bool {
    let at = doc.tokens.get(k).map_or(0, |t| t.start);
    let before = &doc.text[..at];
    let Some(line_start) = before.rfind('\n') else {
        return false;
    };
    let question = before[..line_start]
        .trim_end()
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .to_lowercase();
    question.contains('?')
        && [
            "usted, señor",
            "usted, don",
            "usted, doña",
            "you, mr",
            "you, mrs",
            "you, ms",
        ]
        .iter()
        .any(|w| question.contains(w))
}

/// The interviewee: the one the text has told most of as held (not a relative, an official or
/// a source), rather than the last name read ("Habló con Contrapunto Semanal").
pub(crate) fn interviewee(f: &Findings) -> Option<usize> {
    let mut seen: Vec<(usize, usize)> = Vec::new();
    for x in &f.events {
        match seen.iter_mut().find(|(e, _)| *e == x.entity) {
            Some((_, n)) => *n += 1,
            None => seen.push((x.entity, 1)),
        }
    }
    seen.into_iter()
        .filter(|&(e, _)| !f.relative[e] && !f.official[e] && !f.source[e])
        .max_by_key(|&(e, n)| (n, std::cmp::Reverse(e)))
        .map(|(e, _)| e)
}

/// Pushes a slot for `e` at the trigger's word, and returns the indices of the slots for `es`.
pub(crate) fn at_trigger(slots: &mut Vec<Slot>, t: &triggers::Trigger, es: &[usize]) -> Vec<usize> {
    for &entity in es {
        slots.push(Slot {
            first: t.first,
            last: t.first,
            entity,
        });
    }
    (slots.len() - es.len()..slots.len()).collect()
}
/// Who a trigger is about when the words around it name nobody for it.
///
/// - "X, who had been arrested by DGCIM agents in June 2023 and sentenced in 2024": a participle
///   joined to the one before shares its person (`last_who`).
/// - "El caso de Lugo Benítez generó alarma: según su esposa, fue devuelto a El Helicoide": a verb
///   without its subject is about the person the sentence named before it (not a relative,
///   source or official).
/// - "Tras una jornada de presión, fue liberada esa misma noche": a sentence that names nobody
///   goes on about the person the text was about (`focus`).
pub(crate) fn fallback_subjects(
    doc: &Doc<'_>,
    t: &triggers::Trigger,
    slots: &mut Vec<Slot>,
    last_who: &[usize],
    names_nobody: bool,
    refs: &crate::references::References,
    f: &Findings,
) -> Vec<usize> {
    let both = crate::elided::says_both(doc, t);
    let two_alone = both.then(|| crate::elided::two_alone(refs)).flatten();
    let (focus, focus_group) = (
        refs.focus,
        two_alone.as_deref().unwrap_or(&refs.focus_group),
    );
    // "El viernes, el tribunal les imputó terrorismo": a plural pronoun in a sentence that names
    // nobody is the group the text just told of.
    let only_officials = slots
        .iter()
        .all(|s| f.official[s.entity] || f.source[s.entity]);
    // ("Funcionarios detienen a Rendón. Junto a él es aprehendido su camarógrafo, X. … La
    // Fiscalía les imputa terrorismo": the one the text is on, with the last told of.)
    let group: Vec<usize> = match (focus_group, focus) {
        ([one], Some(e)) if *one != e => vec![e, *one],
        _ => focus_group.to_vec(),
    };
    let plural_clitic = t.voice == triggers::Voice::Clitic
        && crate::auxiliaries::plural_clitic(doc, t)
        && (names_nobody || only_officials)
        && group.len() > 1;
    if plural_clitic {
        return at_trigger(slots, t, &group);
    }
    if let Some(e) = crate::clause_subjects::charged_by_official(doc, t, only_officials, focus) {
        return at_trigger(slots, t, &[e]);
    }
    if matches!(t.voice, triggers::Voice::Clitic | triggers::Voice::Passive)
        && names_nobody
        && let Some(e) = crate::elided::kin_before_clitic(doc, t, refs, f)
    {
        return at_trigger(slots, t, &[e]);
    }
    // ("detained in Caracas on 28 October; charged with terrorism": a participle after a
    // semicolon or comma, with no subject of its own, goes on with the same person.)
    // ("…at Ramo Verde; moved to house arrest": the words that lead into the house arrest.)
    let lead_in = if t.kind == EventType::HouseArrest {
        (t.first.saturating_sub(3)..t.first)
            .find(|&k| {
                (k..t.first).all(|j| {
                    matches!(
                        doc.f(j),
                        "moved"
                            | "to"
                            | "into"
                            | "released"
                            | "placed"
                            | "sent"
                            | "under"
                            | "paso"
                            | "a"
                            | "al"
                            | "bajo"
                            | "enviado"
                            | "enviada"
                    )
                })
            })
            .unwrap_or(t.first)
    } else {
        t.first
    };
    // ("1. A, …; 2. B, …; 3. C, …; / aprehendidos el 09/11/2024 en Petare": a plural participle
    // opening its sentence, with no subject, goes on about the people just listed.)
    // (A clause, "aprehendidos el…", "detenidos en…", not a heading over names: "Excarcelados
    // con régimen de presentación:", "Excarcelados desde el 8 de enero".)
    let opens_plural = t.voice == triggers::Voice::Passive
        && doc.sentence_at(t.first).is_some_and(|s| {
            s.first == t.first
                && doc.f(s.last - 1) == "."
                && !(s.first..s.last).any(|k| doc.f(k) == ":")
        })
        && (doc.f(t.first).ends_with("dos") || doc.f(t.first).ends_with("das"))
        && matches!(doc.f(t.last), "el" | "en" | "durante");
    // ("A y B fueron detenidos el 2 de marzo. El 8 de marzo fueron trasladados…": the group
    // the sentence before named.)
    let si = doc.sentence_index(t.first);
    let named_before = || {
        focus_group.iter().all(|&e| {
            f.events
                .iter()
                .any(|x| x.entity == e && x.sentence + 1 == si)
        })
    };
    let all = crate::quantifiers::all_of_them(doc, t)
        || (crate::elided::plural_after_time(doc, t) && named_before());
    let n = if both { 2 } else { focus_group.len() };
    let their_whereabouts = crate::elided::whereabouts_of_group(doc, t, focus_group, &refs.seen);
    if (both || all || opens_plural || their_whereabouts) && names_nobody && focus_group.len() >= 2
    {
        return at_trigger(slots, t, &focus_group[focus_group.len() - n..]);
    }
    // ("Aliaksandr Shupenia, 41, Mahiliou. Detained 3 June. Held in SIZO-4.": a line of facts.)
    if let Some(e) =
        crate::telegraphic::telegraphic_subject(doc, t, refs, f).filter(|_| names_nobody)
    {
        return at_trigger(slots, t, &[e]);
    }
    let joined = matches!(
        doc.f(lead_in.wrapping_sub(1)),
        "and" | "y" | "e" | ";" | ","
    ) && t.voice == triggers::Voice::Passive
        && !triggers::PASSIVE_AUX.contains(&doc.f(t.first.wrapping_sub(2)));
    if joined && let Some(who) = crate::clause_subjects::joined(doc, slots, t, f, last_who) {
        return who;
    }
    // ("The government says it has freed more than 1,200 people": "has" before a participle is
    // the active perfect, whose subject acts.)
    // ("Volvió a ser detenido en mayo", "fue nuevamente detenido", "was later arrested", "Hoy
    // sigue en Rodeo I": one person, elided.)
    let back = |k: usize| doc.f(t.first.wrapping_sub(k));
    let again = matches!(
        back(1),
        "nuevamente" | "again" | "later" | "luego" | "posteriormente" | "also" | "tambien"
    );
    // ("…adonde había sido trasladado el viernes", "has been moved": a perfect in the singular.)
    // (Its subject elided after a clause's opening, not a noun before it: "A British aid worker
    // … has been freed" is someone unnamed.)
    let opens = doc
        .sentence_at(t.first)
        .is_some_and(|s| s.first + 2 == t.first)
        || matches!(
            back(3),
            "," | "adonde" | "donde" | "y" | "e" | "and" | "where" | "he" | "she" | "pero" | "but"
        );
    let perfect = opens
        && matches!(
            (back(2), back(1)),
            ("ha" | "habia", "sido") | ("has" | "had", "been")
        );
    // (Or in a transcript's turn, its label's speaker: not a relative's "nadie me dice…"; or in
    // a testimony, the one who named herself, `self_named`.)
    let first = crate::self_named::first_person(doc, t) && t.kind != EventType::Disappearance;
    let turn = crate::speakers::turn_speaker(doc, t, &refs.seen, first)
        .or_else(|| crate::self_named::teller(doc, t, &refs.seen, first))
        .filter(|&e| !f.relative[e]);
    let told_first = told_by_interviewee(doc, t) || turn.is_some();
    // (A state or a disappearance with no subject goes on about the person just told of, when
    // the sentence before told of no one else.)
    // (A state or a disappearance with no subject, right after a sentence that named one person
    // and told nothing of them: that person.)
    let opens_state = crate::elided_state::opens_state(doc, t);
    let state_of_one = opens_state || whereabouts_of_one(doc, t);
    let introduced_any = introduced_before(doc, t, refs, f).filter(|_| !subject_after(doc, t));
    let introduced = introduced_any.filter(|_| state_of_one);
    let recent = || {
        recent_focus(doc, t, focus, f)
            || introduced.is_some()
            || (whereabouts_of_one(doc, t)
                && focus.is_some_and(|e| crate::elided::past_kin_aside(doc, t, e, refs, f)))
    };
    // ("I was arrested in 2014…" outside an interview's answer: the writer's own past.)
    let own_past = back(2) == "i" && !told_first;
    // ("El martes el tribunal le imputó traición", "a court charged him with…": a singular
    // clitic in a sentence that names nobody.)
    // (Of one the text has already told held, who neither speaks nor acts for another.)
    // ("Un tribunal la imputa…" after "Con ella es detenido su compañero, X": "la" is her; no
    // one when no one named is: "fue detenido junto a su esposa. La policía la liberó".)
    // ("Nadie reconoce tenerla": the clitic on an infinitive too.)
    let last = doc.f(t.last.wrapping_sub(1));
    let attached = match (last.ends_with("rla"), last.ends_with("rlo")) {
        (true, _) => "la",
        (_, true) => "lo",
        _ => doc.f(t.first),
    };
    let focus = match (t.voice, attached, focus) {
        (triggers::Voice::Clitic, w @ ("la" | "lo"), Some(e)) => {
            crate::clitic_focus::of_gender(doc, e, refs, w == "la")
        }
        (triggers::Voice::Passive, _, Some(e)) if names_nobody => {
            crate::clitic_focus::of_participle(doc, t, e, refs, f).unwrap_or(focus)
        }
        _ => focus,
    };
    let focus = crate::clitic_focus::last_named_object(doc, t, refs, f).or(focus);
    let given_to_one = crate::clitic_focus::given_to_one(doc, t);
    let clitic_one = (t.voice == triggers::Voice::Clitic || given_to_one)
        && !crate::auxiliaries::plural_clitic(doc, t)
        && names_nobody
        // (Not another's, named by a relation: "a court charged him with treason" of "his
        // brother", "le imputó traición a su hermano"; but "se la llevan junto a su esposo".)
        // (Nor one unnamed the sentence brings in: "…un señor que vendía café, lo detuvieron".)
        && doc.sentence_at(t.first).is_some_and(|s| {
            !(s.first..s.last).any(|k| {
                crate::slots::RELATIONS.contains(&doc.f(k)) && doc.f(k.wrapping_sub(3)) != "junto"
            }) && !crate::clitic_focus::brings_in_unnamed(doc, s.first, t.first)
        })
        && focus.is_some_and(|e| {
            // ("Her husband, X, is an engineer. … agents took him from his home": the relative
            // just named, of the pronoun's gender, is the one taken.)
            let last_named = crate::clitic_focus::last_named_of_gender(doc, t, e, refs);
            (!f.relative[e] || last_named)
                && !f.source[e]
                && !f.official[e]
                && (f.events.iter().any(|x| x.entity == e)
                    || crate::elided::dated_entry(doc, t)
                    || last_named)
        });
    let timeline_present = crate::elided::timeline_present(doc, t, focus, refs, f);
    let singular = told_first
        || clitic_one
        || (matches!(back(1), "fue" | "was") && !own_past)
        || timeline_present
        || perfect
        || (again && matches!(back(2), "fue" | "was"))
        || (back(1) == "ser" && back(2) == "a" && back(3).starts_with("volv"))
        || (opens_state && recent())
        || (whereabouts_of_one(doc, t) && recent());
    let kin_says = crate::elided::told_by_kin(doc, t, slots, f);
    // ("…, aclara que salió de Rodeo I hacia su casa con arresto domiciliario": the house arrest
    // the verb after "que" went to, no one named between.)
    let into_house_arrest = t.kind == EventType::HouseArrest
        && matches!(back(1), "con" | "bajo" | "under" | "with")
        && (t.first.saturating_sub(14)..t.first)
            .rfind(|&k| matches!(doc.f(k), "que" | "that"))
            .is_some_and(|q| !slots.iter().any(|s| s.first > q && s.first < t.first));
    // ("Su abogado, X, confirmó que salió con régimen de presentación": the verb right after
    // what the kin or the lawyer said.)
    let kin_clitic = kin_says
        && (t.voice == triggers::Voice::Clitic
            || matches!(back(1), "que" | "that")
            || into_house_arrest)
        && recent_focus(doc, t, focus, f);
    if !singular && !kin_clitic {
        return Vec::new();
    }
    if let Some(i) = slots.iter().position(|s| {
        s.last <= t.first && !f.relative[s.entity] && !f.source[s.entity] && !f.official[s.entity]
    }) {
        return vec![i];
    }
    let narrator = told_first
        .then(|| turn.or_else(|| interviewee(f)))
        .flatten();
    let focus = if recent_focus(doc, t, focus, f) {
        focus
    } else {
        // ("Tomemos el caso del ucraniano X. Viajaba por los Andes cuando fue detenido": with
        // no one the text is on, the one just introduced.)
        introduced.or(introduced_any).or(focus)
    };
    match narrator.or(focus) {
        Some(e) if names_nobody || turn == Some(e) || (kin_says && !f.relative[e]) => {
            at_trigger(slots, t, &[e])
        }
        _ => Vec::new(),
    }
}

/// Whether the lawyer `e`, never told held, acts for the held in the sentence `a..b` ("El
/// abogado X introdujo hoy un habeas corpus", "…, said his lawyer X"): not who the text goes on
/// about.
pub(crate) fn lawyer_acting(doc: &Doc<'_>, f: &Findings, e: usize, a: usize, b: usize) -> bool {
    f.roles[e].iter().any(|r| r == "lawyer")
        && !f.events.iter().any(|x| x.entity == e)
        && (a..b).any(|k| {
            crate::slots::SPEECH.contains(&doc.f(k))
                || matches!(
                    doc.f(k),
                    "habeas"
                        | "recurso"
                        | "denuncia"
                        | "denuncio"
                        | "introdujo"
                        | "presento"
                        | "filed"
                        | "represents"
                        | "representa"
                )
        })
}
