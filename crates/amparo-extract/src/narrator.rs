//! Who tells an event when its sentence names nobody: the interviewee answering in the first
//! person ("—Me detuvieron el 3 de mayo", "A: They took me to Rodeo I"), and the person just
//! told of, for a state or a disappearance with no subject ("Hoy sigue en Rodeo I", "Desde
//! entonces se desconoce su paradero").

use crate::discourse::Findings;
use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::Trigger;

/// An event told in the first person singular ("Me detuvieron el 3 de mayo", "Salí el 9 de
/// enero", "They arrested me on January 12", "I was released", "I got out") on an answer's line
/// of an interview: the interviewee's. A relative's or a reporter's first person in a quote, an
/// op-ed's, or an answer to a question put to someone named ("¿Y usted, señora Nelly?") is not.
pub(crate) fn told_by_interviewee(doc: &Doc<'_>, t: &Trigger) -> bool {
    first_person(doc, t) && answer_line(doc, t.first) && !asked_of_another(doc, t.first)
}

/// Whether a trigger is told in the first person singular ("salimos cuatro", "nos soltaron" are
/// a group the next words name).
fn first_person(doc: &Doc<'_>, t: &Trigger) -> bool {
    let back = |k: usize| doc.f(t.first.wrapping_sub(k));
    back(1) == "me"
        || (t.first..t.last).any(|k| doc.f(k) == "me")
        || (back(1) == "i" && matches!(doc.f(t.first), "got" | "walked"))
        || matches!(doc.f(t.first), "sali" | "estuve" | "pase")
        || (doc.f(t.last) == "me" && !matches!(back(1), "was" | "were"))
        || (matches!(back(1), "was" | "been") && back(2) == "i")
}

/// The line of token `k`, from the line break before it.
fn line_of<'a>(doc: &'a Doc<'_>, k: usize) -> &'a str {
    let at = doc.tokens.get(k).map_or(0, |t| t.start);
    let start = doc.text[..at].rfind('\n').map_or(0, |n| n + 1);
    let end = doc.text[at..].find('\n').map_or(doc.text.len(), |n| at + n);
    &doc.text[start..end]
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

/// Whether the events of the trigger's sentence and the one before are all the focus's, and
/// there is one: the text is still on that person ("Volvió a ser detenido en mayo y hoy sigue
/// en Rodeo I"), not on a cellmate named since ("Su compañero, el estudiante X, no corrió con
/// la misma suerte. Hoy sigue en Rodeo I.").
pub(crate) fn recent_focus(doc: &Doc<'_>, t: &Trigger, focus: Option<usize>, f: &Findings) -> bool {
    let Some(e) = focus else {
        return false;
    };
    let si = doc.sentences.partition_point(|s| s.last <= t.first);
    let near: Vec<usize> = f
        .events
        .iter()
        .filter(|x| x.sentence + 1 >= si && x.sentence <= si)
        .map(|x| x.entity)
        .collect();
    !near.is_empty() && near.iter().all(|&x| x == e)
}

/// A state that opens its sentence with its verb in the singular, after a word of time at most
/// ("Hoy sigue en Rodeo I", "Permanece en El Helicoide"): its elided subject is one person.
pub(crate) fn opens_state(doc: &Doc<'_>, t: &Trigger) -> bool {
    let Some(s) = doc.sentence_at(t.first) else {
        return false;
    };
    let singular = |k: usize| {
        matches!(
            doc.f(k),
            "sigue" | "permanece" | "continua" | "seguia" | "permanecia"
        )
    };
    let verb = (t.first..t.last.min(t.first + 2))
        .find(|&k| singular(k))
        .or_else(|| (t.first > s.first && singular(t.first - 1)).then(|| t.first - 1));
    verb.is_some_and(|v| {
        (s.first..v).all(|k| {
            matches!(
                doc.f(k),
                "hoy" | "aun" | "todavia" | "actualmente" | "ahora" | "entonces" | ","
            )
        })
    })
}

/// Whereabouts unknown of one person ("Desde entonces se desconoce su paradero", "no sabemos
/// dónde está"), not of several ("sus paraderos", "dónde están").
pub(crate) fn whereabouts_of_one(doc: &Doc<'_>, t: &Trigger) -> bool {
    t.kind == EventType::Disappearance
        && !(t.first..=t.last).any(|k| {
            matches!(
                doc.f(k),
                "estan" | "sus" | "paraderos" | "desaparecidos" | "desaparecidas" | "their"
            )
        })
}
