//! The elided subject of a state or a disappearance ("Hoy sigue en Rodeo I", "Desde entonces se
//! desconoce su paradero"): the person the text is still on, or the one person the sentence
//! before introduced; see `narrator::fallback_subjects`.

use crate::discourse::Findings;
use crate::model::EventType;
use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Whether the events of the trigger's sentence and the one before are all the focus's, and
/// there is one: the text is still on that person ("Volvió a ser detenido en mayo y hoy sigue
/// en Rodeo I"), not on a cellmate named since ("Su compañero, el estudiante X, no corrió con
/// la misma suerte. Hoy sigue en Rodeo I.").
pub(crate) fn recent_focus(doc: &Doc<'_>, t: &Trigger, focus: Option<usize>, f: &Findings) -> bool {
    let Some(e) = focus else {
        return false;
    };
    let si = doc.sentence_index(t.first);
    let near: Vec<usize> = f
        .events
        .iter()
        .rev()
        .take_while(|x| x.sentence + 1 >= si)
        .filter(|x| x.sentence <= si)
        .map(|x| x.entity)
        .collect();
    !near.is_empty() && near.iter().all(|&x| x == e)
}

/// Whether the focus `e` was told of two sentences before `t`, and the sentence between named
/// only relatives and told nothing: "La policía se llevó el lunes a X. Su hermana, Y, dice que
/// en la estación le respondieron que no está ahí. Desde entonces se desconoce su paradero."
pub(crate) fn past_kin_aside(
    doc: &Doc<'_>,
    t: &Trigger,
    e: usize,
    refs: &crate::references::References,
    f: &Findings,
) -> bool {
    let si = doc.sentence_index(t.first);
    let Some((_, named)) = seen_before(doc, t, refs) else {
        return false;
    };
    // (Not a question: "Are there people whose whereabouts are unknown?")
    let asked = doc
        .sentence_at(t.first)
        .is_some_and(|s| doc.f(s.last - 1) == "?");
    !asked
        && !named.is_empty()
        && named.iter().all(|&(x, _)| x != e && f.relative[x])
        && !f.events.iter().any(|x| x.sentence + 1 == si)
        && f.events
            .last()
            .is_some_and(|x| x.entity == e && x.sentence + 2 == si)
}

/// The one person the sentence before `t`'s named, when it told no event: "Conozco desde hace
/// treinta años al general X. Está preso en Ramo Verde desde 2018."
pub(crate) fn introduced_before(
    doc: &Doc<'_>,
    t: &Trigger,
    refs: &crate::references::References,
    f: &Findings,
) -> Option<usize> {
    let si = doc.sentence_index(t.first);
    let (before, named) = seen_before(doc, t, refs)?;
    let &(e, at) = named.first()?;
    // (Not one who speaks: "…, dijo Keyla Bracamonte, hija del general X".)
    // (Nor a relative or a lawyer at work: "Su mamá, la señora X, lleva dos días frente al penal",
    // "El abogado X consignó un habeas corpus".)
    let speaks = (before.first..before.last).any(|k| {
        crate::slots::SPEECH.contains(&doc.f(k)) || crate::slots::RELATIONS.contains(&doc.f(k))
    }) || crate::narrator::lawyer_acting(doc, f, e, before.first, before.last);
    // ("[13/5/25, 21:52] ~ Mirna Colina: también se llevaron…": a chat's sender, her name and
    // a colon.)
    let sender = named.iter().filter(|&&(x, _)| x == e).any(|&(_, k)| {
        (k..before.last.min(k + 5))
            .take_while(|&j| doc.tokens[j].capitalised || doc.f(j) == ":")
            .any(|j| doc.f(j) == ":")
    });
    // (A known given name, or a name a role or a rank describes: "a la abogada X", "al general
    // retirado X"; not a place's, "Plaza Altamira".)
    let given = crate::lexicon::is_given_name(doc.f(at))
        || (at.saturating_sub(4).max(before.first)..at).any(|j| {
            !crate::lexicon::roles(doc.f(j)).is_empty()
                || crate::abbreviations::general_rank(doc.f(j))
        });
    (named.iter().all(|&(x, _)| x == e)
        && given
        && !speaks
        && !sender
        && !f.relative[e]
        && !f.source[e]
        && !f.official[e]
        && !f.events.iter().any(|x| x.sentence + 1 == si))
    .then_some(e)
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

/// ("…detuvieron al sargento A y a su hermano, el comerciante B. Desde entonces se desconoce su
/// paradero"): a disappearance told of "su paradero" after a sentence that named all of the
/// group just told of (`group`, with `seen` the people named so far at their tokens) is the
/// group's: Spanish "su" owns for many.
pub(crate) fn whereabouts_of_group(
    doc: &Doc<'_>,
    t: &Trigger,
    group: &[usize],
    seen: &[(usize, usize)],
) -> bool {
    let Some(s) = doc.sentence_at(t.first) else {
        return false;
    };
    let Some(prev) = doc.sentences.iter().rev().find(|p| p.last <= s.first) else {
        return false;
    };
    // (Or a plural pronoun: "Relatives have not been told where they are; police deny holding
    // them".)
    let theirs = (t.first..t.last).any(|k| doc.f(k) == "su" && doc.f(k + 1) == "paradero")
        || (t.first..=t.last).any(|k| matches!(doc.f(k), "they" | "them" | "ellos" | "ellas"))
        // ("Sus familiares no saben dónde están": the plural verb.)
        || (doc.f(t.last.saturating_sub(2)) == "donde"
            && matches!(doc.f(t.last - 1), "estan" | "estaban"));
    t.kind == EventType::Disappearance
        && theirs
        && group.iter().all(|&e| {
            seen.iter()
                .any(|&(x, at)| x == e && (prev.first..prev.last).contains(&at))
        })
}

/// Whether a subject of several follows the verb ("Está detenido allí desde 2019 un grupo de 30
/// militares", "Siguen presos otros dos"): the subject is not elided.
pub(crate) fn subject_after(doc: &Doc<'_>, t: &Trigger) -> bool {
    let end = doc.sentence_at(t.first).map_or(t.last, |s| s.last);
    (t.last..end.min(t.last + 10)).any(|k| {
        matches!(
            doc.f(k),
            "un" | "una" | "unos" | "unas" | "grupo" | "varios" | "varias" | "otros" | "otras"
        ) || (crate::counts::number_word(doc.f(k)).is_some_and(|n| n > 1)
            && !matches!(doc.f(k.wrapping_sub(1)), "hace" | "desde" | "de" | "en")
            // ("Pasó dos años en el INOF": a length of time.)
            && !matches!(
                doc.f(k + 1),
                "anos" | "meses" | "semanas" | "dias" | "years" | "months" | "weeks" | "days"
            ))
    })
}

/// The one person the sentence before a singular clitic named, when the text has told no one
/// held yet and the sentence names nobody: "Mi hijo se llama Kevin Andrés Fuenmayor Ramírez,
/// tiene 23 años. Hace dos semanas lo agarraron…", "Su hija, X, es enfermera. La detuvieron el
/// martes", "Her daughter, X, is a nurse. She was arrested on Tuesday". A relative, since the
/// relative is the one taken; not a source, an official, nor one
/// of the other gender ("Su madre, Nelly Ramírez, …. Lo detuvieron": not her).
pub(crate) fn kin_before_clitic(
    doc: &Doc<'_>,
    t: &Trigger,
    refs: &crate::references::References,
    f: &Findings,
) -> Option<usize> {
    // ("Her daughter, X, is a nurse. She was arrested on Tuesday": the English pronoun too.)
    let pronoun = if doc.f(t.first.wrapping_sub(1)) == "was" {
        doc.f(t.first.wrapping_sub(2))
    } else {
        doc.f(t.first)
    };
    let woman = match pronoun {
        "lo" | "he" => false,
        "la" | "she" => true,
        _ => return None,
    };
    if !f.events.is_empty()
        || !matches!(t.kind, EventType::Arrest | EventType::Disappearance)
        || doc
            .sentence_at(t.first)
            .is_some_and(|s| crate::clitic_focus::brings_in_unnamed(doc, s.first, t.first))
    {
        return None;
    }
    let (_, named) = seen_before(doc, t, refs)?;
    let mut fit = named
        .iter()
        // (Names, not pronouns the sentence refers with: "Her daughter, X" is X, not "her".)
        .filter(|&&(e, k)| {
            doc.tokens[k].capitalised
                && !matches!(
                    doc.f(k),
                    "her" | "his" | "she" | "he" | "su" | "ella" | "el"
                )
                && !f.source[e]
                && !f.official[e]
                && refs.genders.get(e).copied().flatten() == Some(woman)
        });
    let &(e, _) = fit.next()?;
    fit.all(|&(x, _)| x == e).then_some(e)
}

/// The sentence before `t`'s and its mentions, as (person, token). (`seen` is in the order of the
/// text: a sentence's mentions are one run of it.)
fn seen_before<'r>(
    doc: &'r Doc<'_>,
    t: &Trigger,
    refs: &'r crate::references::References,
) -> Option<(&'r crate::text::Sentence, &'r [(usize, usize)])> {
    let si = doc.sentence_index(t.first);
    let before = doc.sentences.get(si.checked_sub(1)?)?;
    let from = refs.seen.partition_point(|&(_, k)| k < before.first);
    let to = refs.seen.partition_point(|&(_, k)| k < before.last);
    Some((before, refs.seen.get(from..to).unwrap_or_default()))
}

/// Whether the sentence of `t` names relatives only and tells of the one held: what they say
/// was done (`kin_says_done`), or whereabouts no one gives ("nadie informa de su paradero; su
/// esposo, Y, recorre sedes policiales").
pub(crate) fn told_by_kin(doc: &Doc<'_>, t: &Trigger, slots: &[Slot], f: &Findings) -> bool {
    kin_says_done(doc, t, slots, f)
        || (whereabouts_of_one(doc, t)
            // (Not "se desconoce el paradero de otros detenidos": a noun's whereabouts are its
            // own.)
            && !matches!(doc.f(t.last - 1), "de" | "del" | "of")
            && !matches!(doc.f(t.last), "de" | "del" | "of")
            && slots.iter().all(|s| f.relative[s.entity]))
}

/// Whether what the sentence tells, in the passive or of a clitic, is said by relatives only,
/// named before it: "Su hijo, X, denunció que fue trasladado el 2 de octubre" was done to the one
/// held, and so is "Su hermana, Y, ha denunciado que las autoridades no reconocen tenerlo".
fn kin_says_done(doc: &Doc<'_>, t: &Trigger, slots: &[Slot], f: &Findings) -> bool {
    matches!(
        t.voice,
        crate::triggers::Voice::Passive | crate::triggers::Voice::Clitic
    ) && slots.last().is_some_and(|s| {
        (s.last..t.first).any(|k| {
            // (And a perfect's participle: "ha denunciado que".)
            let said = crate::slots::SPEECH.contains(&doc.f(k))
                || matches!(
                    doc.f(k),
                    "denunciado" | "dicho" | "asegurado" | "contado" | "relatado" | "afirmado"
                );
            // ("ha denunciado públicamente que": past an adverb.)
            let that = |j: usize| matches!(doc.f(j), "que" | "that");
            said && (that(k + 1) || (doc.f(k + 1).ends_with("mente") && that(k + 2)))
        }) || (
            // ("Según su esposa, X, fue trasladado el 28 de enero": the relative's account set
            // off before the verb.)
            (s.first.saturating_sub(6)..s.first).any(|k| doc.f(k) == "segun")
                && doc.f(s.last) == ","
                && s.last + 3 >= t.first
        )
    }) && slots
        .iter()
        .all(|s| f.relative[s.entity] && s.last <= t.first)
}

/// A present passive of the one just told of: a timeline's after its date ("22 de septiembre de
/// 2025 — Es condenada…"; every dash folds to "-"), or opening the sentence right after the one
/// that told of them ("Detienen a su camarógrafo, X. Es liberado dos días después…"), when the
/// participle's gender fits.
pub(crate) fn timeline_present(
    doc: &Doc<'_>,
    t: &Trigger,
    focus: Option<usize>,
    refs: &crate::references::References,
    f: &Findings,
) -> bool {
    let back = |k: usize| doc.f(t.first.wrapping_sub(k));
    let participle = doc.f(t.last.saturating_sub(1));
    let fits = focus.is_some_and(|e| {
        let woman = refs.genders.get(e).copied().flatten();
        woman.is_none_or(|w| participle.ends_with(if w { 'a' } else { 'o' }))
    });
    // (Past a relative's aside too: "…fue detenido el 10 de febrero. Su madre, Y, lo buscó en
    // El Chipote. Es liberado dos días después…")
    let opens = || {
        doc.sentence_at(t.first)
            .is_some_and(|s| s.first + 1 == t.first)
            && (recent_focus(doc, t, focus, f)
                || focus.is_some_and(|e| past_kin_aside(doc, t, e, refs, f))
                || dated_entry(doc, t))
    };
    // ("Cronología del caso de X: / - 2 de julio de 2021: detenido en Coro": a bare participle
    // right after an entry's date.)
    let bare_entry = || {
        matches!(back(1), "-" | ":")
            && t.voice == crate::triggers::Voice::Passive
            && doc.sentence_at(t.first).is_some_and(|s| {
                crate::dates::find(doc, s.first, t.first, None)
                    .iter()
                    .any(|d| d.last + 1 == t.first && d.first <= s.first + 1)
            })
    };
    fits && ((back(1) == "es" && (matches!(back(2), "-" | ":") || opens())) || bare_entry())
}

/// Whether `t` is told in a timeline's entry: its paragraph opens with a line that is a date and
/// nothing else ("12 de diciembre de 2024" over "Funcionarios del SEBIN lo detienen…"), where a
/// clitic is of the one the timeline follows, even before any event of theirs was told.
pub(crate) fn dated_entry(doc: &Doc<'_>, t: &Trigger) -> bool {
    let Some(s) = doc.sentence_at(t.first) else {
        return false;
    };
    // (Sentences run in paragraph order: the paragraph's first, found by binary search.)
    let at = doc.sentences.partition_point(|h| h.paragraph < s.paragraph);
    let Some(head) = doc.sentences.get(at) else {
        return false;
    };
    head.last <= t.first
        && crate::dates::find(doc, head.first, head.last, None)
            .first()
            .is_some_and(|d| {
                d.first == head.first
                    && (d.last..head.last).all(|k| matches!(doc.f(k), "." | ":" | "-"))
            })
}

/// ("A y B fueron detenidos el 2 de marzo. El 8 de marzo fueron trasladados a la Zona 7", "Ese
/// mismo mes fueron trasladados a Boniato"): "fueron"/"were" with no subject of its own, right
/// after the sentence's start or a time told before it.
pub(crate) fn plural_after_time(doc: &Doc<'_>, t: &Trigger) -> bool {
    let aux = t.first.wrapping_sub(1);
    let k = aux.wrapping_sub(1);
    let opens = doc.sentence_at(t.first).is_some_and(|s| s.first == aux);
    let time = doc.is_number(k)
        || crate::dates::month(doc.f(k)).is_some()
        || matches!(
            doc.f(k),
            "dia"
                | "despues"
                | "luego"
                | "mes"
                | "semana"
                | "tarde"
                | "noche"
                | "later"
                | "day"
                | "month"
                | "week"
                | "night"
        );
    // (Not with a subject of its own after the verb: "fueron trasladados a Tocorón otros cinco
    // presos", "los restantes 14", "los 40 detenidos de esa jornada".)
    let end = doc.sentence_at(t.first).map_or(t.last, |s| s.last);
    let own_subject = (t.last..end).any(|k| {
        crate::count_words::counted_noun(doc, k)
            || matches!(
                doc.f(k),
                "otros" | "otras" | "restantes" | "demas" | "others"
            )
    });
    t.voice == crate::triggers::Voice::Passive
        && matches!(doc.f(aux), "fueron" | "were")
        && (opens || time)
        && !own_subject
}

/// For "Ambos permanecen en la prisión…" after two sentences that gave one person each an event
/// (`References::focus_group` holds the last alone): the two the paragraph gave one, when it
/// gave those two alone (not the last two of three).
pub(crate) fn two_alone(refs: &crate::references::References) -> Option<Vec<usize>> {
    let mut last_two: Vec<usize> = Vec::new();
    for &e in refs.paragraph_people.1.iter().rev() {
        if last_two.len() < 2 && !last_two.contains(&e) {
            last_two.insert(0, e);
        }
    }
    let two_only = refs.paragraph_people.1.iter().all(|e| last_two.contains(e));
    (refs.focus_group.len() < 2 && last_two.len() == 2 && two_only).then_some(last_two)
}

/// Whether "ambos"/"both" stands right before trigger `t` ("…, ambos permanecían recluidos"): the
/// last two the text named, when none is named here.
pub(crate) fn says_both(doc: &Doc<'_>, t: &Trigger) -> bool {
    (t.first.saturating_sub(3)..t.first).any(|k| matches!(doc.f(k), "ambos" | "ambas" | "both"))
}
