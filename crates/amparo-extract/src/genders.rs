//! Who "él" and "ella", "he" and "she" are when the text just told of a man and a woman
//! ("Gerardo Rincón y su esposa, Marbella Soto de Rincón, fueron detenidos … A ella la
//! excarcelaron el 10 de enero; él sigue en Rodeo I"): the person of the pronoun's gender.

use crate::gender_names::{EITHER, WOMEN};
use crate::persons::MentionRef;
use crate::text::Doc;

/// Whether a word before a name makes its bearer one who acts or speaks for others, whom a
/// pronoun of a detainee's story does not name ("su abogada, Marta Quintero", "Lawyer Carlos
/// Ruiz", "denunció la diputada Ana Salcedo"): a lawyer, an office of the state (not a rank: "el
/// general X" may be held), a member of parliament.
pub(crate) fn actor(w: &str) -> bool {
    crate::lexicon::roles(w).contains(&"lawyer")
        || (crate::offices::is_official(w) && !matches!(w, "general" | "head" | "acting"))
        || matches!(
            w,
            "defensor" | "defensora" | "diputado" | "diputada" | "deputy" | "lawmaker"
        )
}

/// Whether a folded given name is a woman's: it ends in "a" or is one of the few that do not.
pub(crate) fn womans(w: &str) -> bool {
    WOMEN.contains(&w) || (w.ends_with('a') && w.len() > 2)
}

/// Notes the people a sentence names (`ms`), in order, and whether each is a woman
/// (`Some(true)`), a man (`Some(false)`) or unknown, by the given name their name opens with
/// (after the comma of a surname-first name).
pub(crate) fn note(
    doc: &Doc<'_>,
    ms: &[&MentionRef],
    seen: &mut Vec<(usize, usize)>,
    genders: &mut Vec<Option<bool>>,
) {
    for m in ms {
        seen.push((m.entity, m.first));
        if genders.len() <= m.entity {
            genders.resize(m.entity + 1, None);
        }
        if genders[m.entity].is_some() {
            continue;
        }
        let first = (m.first..m.last)
            .find(|&k| doc.f(k) == ",")
            .map_or(m.first, |c| c + 1);
        let w = doc.f(first);
        // ("Mr. Whitaker", "Mr. Andrea Bellini", "la Sra. Pérez"): an honorific says first.
        let titled = match (
            doc.f(m.first.wrapping_sub(2)),
            doc.f(m.first.wrapping_sub(1)),
        ) {
            ("mr" | "sr", ".") => Some(false),
            ("ms" | "mrs" | "sra" | "srta", ".") => Some(true),
            // (British style, no stop: "Mr Leyva Tamayo", "Ms Ortiz Batista".)
            (_, "mr") => Some(false),
            (_, "ms" | "mrs") => Some(true),
            _ => None,
        };
        genders[m.entity] = if titled.is_some() {
            titled
        } else if EITHER.contains(&w) {
            None
        } else {
            // ("La dirigente Alexis Sánchez": the article right before the role says first.)
            let la = doc.f(m.first.wrapping_sub(2)) == "la"
                && !crate::lexicon::roles(doc.f(m.first.wrapping_sub(1))).is_empty();
            la.then_some(true)
                .or_else(|| crate::gender_names::of_given(w))
                .or_else(|| described(doc, m.first))
        };
    }
}

/// ("su productor, Alián Roque Fuentes", "la rapera X"): of a given name that tells no gender,
/// the Spanish noun of a role or the article right before it (past a comma).
fn described(doc: &Doc<'_>, first: usize) -> Option<bool> {
    let mut k = first;
    if k > 0 && doc.f(k - 1) == "," {
        k -= 1;
    }
    while k > 0 {
        k -= 1;
        let w = doc.f(k);
        match w {
            "la" => return Some(true),
            "el" | "del" | "al" => return Some(false),
            // ("su productor musical, X": an adjective after the role.)
            _ if crate::lexicon::roles(w).is_empty() => {
                if k + 2 < first || k == 0 || crate::lexicon::roles(doc.f(k - 1)).is_empty() {
                    return None;
                }
            }
            // ("la activista X": a role of either gender, the article before it says.)
            _ if w.ends_with("ista") || w.ends_with("ante") || w.ends_with("ente") => {}
            _ if w.ends_with("ora") || w.ends_with('a') => return Some(true),
            _ if w.ends_with("or") || w.ends_with('o') => return Some(false),
            _ => return None,
        }
    }
    None
}

/// The gender a pronoun at token `k` names (`Some(true)` for "ella", "she"), if it is one.
pub(crate) fn of_pronoun(doc: &Doc<'_>, k: usize) -> Option<bool> {
    match doc.f(k) {
        "ella" | "she" => Some(true),
        "el" if doc
            .tokens
            .get(k)
            .is_some_and(|t| matches!(t.text, "Él" | "él")) =>
        {
            Some(false)
        }
        "he" => Some(false),
        _ => None,
    }
}

/// Of the focus and the people named so far, the one a pronoun of that gender names: the focus
/// when it is of that gender or unknown, else the last named who is, and who is told as no one
/// who acts or speaks for others.
pub(crate) fn pick(
    doc: &Doc<'_>,
    focus: usize,
    seen: &[(usize, usize)],
    genders: &[Option<bool>],
    woman: bool,
) -> usize {
    let of = |e: usize| genders.get(e).copied().flatten();
    if of(focus).is_none_or(|g| g == woman) {
        return focus;
    }
    let actor = |first: usize| {
        (first.saturating_sub(3)..first)
            .any(|k| actor(doc.f(k)) || crate::slots::SPEECH.contains(&doc.f(k)))
    };
    seen.iter()
        .rev()
        .find(|&&(e, first)| of(e) == Some(woman) && !actor(first))
        .map_or(focus, |&(e, _)| e)
}

/// Who the pronoun at token `at` names when `pronoun` (see [`pick`]), else the focus.
pub(crate) fn named_by(
    doc: &Doc<'_>,
    at: usize,
    pronoun: bool,
    focus: usize,
    seen: &[(usize, usize)],
    genders: &[Option<bool>],
) -> usize {
    match of_pronoun(doc, at) {
        Some(woman) if pronoun => told_by_narrator(doc, at, seen, genders, woman)
            .unwrap_or_else(|| pick(doc, focus, seen, genders, woman)),
        _ => focus,
    }
}

/// ("En Rodeo I compartí celda con X, profesor de la Universidad de Oriente. Él sigue detenido
/// en Rodeo I."): after a sentence told in the first person that holds someone beside the
/// narrator or names the narrator's kin, "él"/"ella" is the one of that gender it named last,
/// not the narrator.
fn told_by_narrator(
    doc: &Doc<'_>,
    at: usize,
    seen: &[(usize, usize)],
    genders: &[Option<bool>],
    woman: bool,
) -> Option<usize> {
    let &(e, first) = seen.last()?;
    let prev = doc.sentences.get(doc.sentence_index(at).checked_sub(1)?)?;
    // ("I", the pronoun: not "Rodeo I", a prison's number.)
    let own_i = |k: usize| doc.tokens[k].text == "I" && !doc.tokens[k - 1].capitalised;
    // ("compartí", "conocí", "llegué": a verb of the first person, not "comité", "aquí".)
    let own_verb = |k: usize| {
        let t = doc.tokens[k].text;
        (t.ends_with('í') || t.ends_with('é'))
            && t.chars().count() >= 5
            && !doc.tokens[k].capitalised
            && !matches!(
                doc.f(k),
                "comite" | "aqui" | "alli" | "asi" | "cafe" | "bebe"
            )
    };
    let first_person = (prev.first..prev.last).any(|k| {
        matches!(doc.f(k), "yo" | "me" | "mi" | "mis" | "conmigo" | "my")
            || (k > 0 && own_i(k))
            || own_verb(k)
    });
    // (Of one held beside the narrator, "compartí celda con X", "they arrested me with X"; not
    // one who acts for others or the state: "Mi abogado X no pudo verme", "la jueza X".)
    let custody = (prev.first..prev.last).any(|k| {
        matches!(
            doc.f(k),
            "celda"
                | "celdas"
                | "cell"
                | "cells"
                | "cellmate"
                | "cellmates"
                | "calabozo"
                | "pabellon"
                | "preso"
                | "presa"
                | "presos"
                | "presas"
                | "prisoner"
                | "prisoners"
                | "detenido"
                | "detenida"
                | "detenidos"
                | "detenidas"
                | "arrested"
                | "detained"
        )
    });
    // (Or kin the narrator names: "Nothing for my son X yet. He's still inside.")
    // (Told by a possessive; not one who speaks, "…», dijo su padre Luis Ruiz": see `acts`.)
    let kin = (first.saturating_sub(3)..first).any(|k| {
        crate::relations::RELATIONS.contains(&doc.f(k))
            && matches!(
                doc.f(k.wrapping_sub(1)),
                "mi" | "my" | "nuestro" | "nuestra" | "our" | "su" | "his" | "her"
            )
    });
    // (Nor staff: "El director del penal, Pedro Gómez, me encerró en una celda…"; nor one who
    // speaks.)
    let acts = (first.saturating_sub(6).max(prev.first)..first).any(|k| {
        let w = doc.f(k);
        actor(w)
            || crate::lexicon::roles(w).contains(&"journalist")
            || crate::offices::is_office(w)
            || crate::slots::SPEECH.contains(&w)
            || matches!(
                w,
                "director" | "directora" | "guardia" | "custodio" | "carcelero"
            )
    });
    (first_person
        && (custody || kin)
        && !acts
        && (prev.first..prev.last).contains(&first)
        && genders.get(e).copied().flatten() == Some(woman))
    .then_some(e)
}

const FEMININE: &[&str] = &[
    "madre",
    "mama",
    "hija",
    "hermana",
    "esposa",
    "tia",
    "abuela",
    "prima",
    "sobrina",
    "nieta",
    "novia",
    "companera",
    "cunada",
];
const MASCULINE: &[&str] = &[
    "padre",
    "papa",
    "hijo",
    "hermano",
    "esposo",
    "tio",
    "abuelo",
    "primo",
    "sobrino",
    "nieto",
    "novio",
    "companero",
    "cunado",
];

/// Whether a Spanish participle trigger ("capturado", "detenida") has the other gender than
/// the relation noun person `e` was introduced with ("su mamá, X, …, cuando fue capturado").
pub(crate) fn gender_clash(
    doc: &Doc<'_>,
    t: &crate::triggers::Trigger,
    refs: &crate::references::References,
    e: usize,
) -> bool {
    let Some(noun) = refs
        .relations
        .iter()
        .rev()
        .find(|(_, _, p)| *p == e)
        .map(|(_, n, _)| n.as_str())
    else {
        return false;
    };
    // (Or right after one of staying: "Su esposa, X, lo visitó en Tocorón, donde permanece detenido".)
    let w = doc.f(t.last.saturating_sub(1));
    clash(
        noun,
        if participle_gender(w).is_some() {
            w
        } else {
            doc.f(t.last)
        },
    )
}

/// The gender a Spanish participle `w` shows ("detenido", "capturada"): `Some(true)` feminine.
pub(crate) fn participle_gender(w: &str) -> Option<bool> {
    if w.ends_with("ado") || w.ends_with("ido") {
        Some(false)
    } else if w.ends_with("ada") || w.ends_with("ida") {
        Some(true)
    } else {
        None
    }
}

/// The gender a relation noun shows ("son", "hija"): `Some(true)` a woman's.
pub(crate) fn of_relation(noun: &str) -> Option<bool> {
    if FEMININE.contains(&noun)
        || matches!(
            noun,
            "daughter" | "sister" | "wife" | "mother" | "niece" | "aunt"
        )
    {
        Some(true)
    } else if MASCULINE.contains(&noun)
        || matches!(
            noun,
            "son" | "brother" | "husband" | "father" | "nephew" | "uncle"
        )
    {
        Some(false)
    } else {
        None
    }
}

/// The one named last before a pronoun "he"/"she" at `k` in a sentence's mentions (`ms`) when
/// set off after a relation noun of the pronoun's gender and told of in the passive or as coming
/// or going ("Her son, X, was 19 when he was arrested", "His sister, X, was detained when she
/// went to ask about him"; not one who acts on others, "when he visited his father, who was
/// arrested", "since he learned she was sentenced").
pub(crate) fn kin_set_off(
    doc: &Doc<'_>,
    ms: &[&crate::persons::MentionRef],
    k: usize,
) -> Option<usize> {
    if !matches!(
        doc.f(k + 1),
        "was" | "had" | "has" | "is" | "went" | "came" | "arrived" | "returned"
    ) {
        return None;
    }
    ms.iter()
        .rev()
        .find(|m| m.last <= k)
        .filter(|m| {
            doc.f(m.first.wrapping_sub(1)) == ","
                && of_relation(doc.f(m.first.wrapping_sub(2))) == of_pronoun(doc, k)
        })
        .map(|m| m.entity)
}

/// Whether a Spanish participle `w` has the other gender than the relation noun `noun`.
pub(crate) fn clash(noun: &str, w: &str) -> bool {
    match participle_gender(w) {
        Some(false) => FEMININE.contains(&noun),
        Some(true) => MASCULINE.contains(&noun),
        None => false,
    }
}

/// Whether the subject pronoun "he"/"she" at `k` is the focus's, past one of the other gender
/// named before it in the sentence from `a` ("…access to her lawyer and family, … as she is
/// being held", after "her lawyer, Gerardo Paiva"): the focus's gender is known and the pronoun's.
pub(crate) fn focus_past_other(
    doc: &Doc<'_>,
    k: usize,
    focus: Option<usize>,
    genders: &[Option<bool>],
    slots: &[crate::slots::Slot],
    a: usize,
) -> bool {
    let woman = of_pronoun(doc, k);
    let of = |e: usize| genders.get(e).copied().flatten();
    woman.is_some()
        && focus.is_some_and(|f| of(f) == woman)
        && slots
            .iter()
            .rfind(|s| s.last <= k)
            .is_some_and(|s| s.first >= a && of(s.entity).is_some_and(|g| Some(g) != woman))
}
