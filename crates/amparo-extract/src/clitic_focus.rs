//! Whom a singular object pronoun names when its sentence names no one: "Le dieron libertad
//! condicional" (a measure given to "le"), "Her husband, X, is an engineer. … agents took him
//! from his home" (the one just named, of the pronoun's gender).

use crate::discourse::Findings;
use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::{Trigger, Voice};

/// ("Le dieron libertad condicional", "le dieron la libertad condicional", "le otorgó una medida
/// cautelar", "le dictaron arresto domiciliario"): a measure given to a singular clitic; not to
/// one named just before ("A Brayan le dieron casa por cárcel").
pub(crate) fn given_to_one(doc: &Doc<'_>, t: &Trigger) -> bool {
    // (Past the measure's article.)
    let article = usize::from(matches!(
        doc.f(t.first.wrapping_sub(1)),
        "la" | "el" | "una"
    ));
    let back = |k: usize| doc.f(t.first.wrapping_sub(k + article));
    let named_before = (t.first.saturating_sub(6)..t.first.saturating_sub(2)).any(|k| {
        doc.tokens.get(k).is_some_and(|x| x.capitalised)
            && (k.saturating_sub(3)..k).any(|j| doc.f(j) == "a")
    });
    // (Not denied: "No le dieron la libertad condicional", "Jamás le concedieron una medida".)
    let denied = matches!(back(3), "no" | "nunca" | "jamas" | "tampoco");
    back(2) == "le"
        && !denied
        && !named_before
        && matches!(
            back(1),
            "dieron"
                | "dio"
                | "otorgaron"
                | "otorgo"
                | "concedieron"
                | "concedio"
                | "dictaron"
                | "dicto"
                | "impusieron"
                | "impuso"
        )
}

/// ("Her husband, X, is an engineer. … agents took him from his home"): the one just named, of
/// the English object's gender, when what is told was done to them — not their whereabouts
/// ("His lawyer, X, says nobody has told her where he is") — and they neither speak nor hold
/// office.
pub(crate) fn last_named_object(
    doc: &Doc<'_>,
    t: &Trigger,
    refs: &crate::references::References,
    f: &Findings,
) -> Option<usize> {
    // (Not past one already told of: "X was arrested on Monday. His lawyer, Y, is a former
    // judge. On Thursday a court released him" is X's.)
    let si = doc.sentence_index(t.first);
    let told_before = f.events.iter().any(|x| x.sentence + 3 >= si);
    refs.seen.last().map(|&(e, _)| e).filter(|&e| {
        !told_before
            && t.voice == Voice::Clitic
            && !matches!(t.kind, EventType::Disappearance | EventType::Detention)
            && !f.source[e]
            && !f.official[e]
            && (t.first..t.last + 1).any(|k| matches!(doc.f(k), "him" | "her"))
            && last_named_of_gender(doc, t, e, refs)
    })
}

/// ("Her husband, X, is a petroleum engineer. … On July 30, agents took him from his home"):
/// whether `e`, the last person named, in one of the two sentences before, is of the gender of
/// the pronoun the trigger acts on — a Spanish clitic inside its words, an English object inside
/// or right after them ("released him") — in a plain sentence.
pub(crate) fn last_named_of_gender(
    doc: &Doc<'_>,
    t: &Trigger,
    e: usize,
    refs: &crate::references::References,
) -> bool {
    // (Not the article after the words: "trasladada a la cárcel".)
    let pronoun = (t.first..t.last + 1).find_map(|k| match doc.f(k) {
        "him" => Some(false),
        "her" => Some(true),
        "lo" if k < t.last => Some(false),
        "la" if k < t.last => Some(true),
        _ => None,
    });
    let si = doc.sentence_index(t.first);
    // (Not a question, hearsay, an ordinary prisoner ("Ese sí es preso común, lo agarraron con
    // droga") or a sentence about someone unnamed: "A British charity worker … arrived after
    // the authorities released him".)
    let plain = doc.sentences.get(si).is_some_and(|s| {
        !(s.first..s.last).any(|k| {
            matches!(doc.f(k), "?" | "¿")
                || doc.matches_any_at(k, &["preso comun", "presa comun", "common criminal"])
        }) && !doc.matches_any_at(s.first, &["dicen que", "they say"])
            && !matches!(doc.f(s.first), "a" | "an" | "un" | "una")
            && !brings_in_unnamed(doc, s.first, t.first)
    });
    // (Named in one of the two sentences before, not in a byline.)
    let near = |k: usize| {
        let sk = doc.sentence_index(k);
        sk + 2 >= si
            && doc
                .sentences
                .get(sk)
                .is_some_and(|s| !crate::credits::is_credit_sentence(doc, s.first))
    };
    plain
        && refs.seen.last().is_some_and(|&(x, k)| x == e && near(k))
        && pronoun.is_some_and(|w| refs.genders.get(e).copied().flatten() == Some(w))
}

/// ("…al señor que agarraron en la bodega, ese es WILMER, lo detuvieron por robo"): whether
/// tokens `from..to` bring in someone unnamed, whom a clitic after them names; not one told of
/// before, "al muchacho lo soltaron", nor one who speaks of another.
pub(crate) fn brings_in_unnamed(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        matches!(
            doc.f(k),
            "senor" | "senora" | "hombre" | "mujer" | "muchacho" | "muchacha" | "man" | "woman"
        ) && (matches!(doc.f(k.wrapping_sub(1)), "un" | "una" | "a")
            || matches!(doc.f(k + 1), "que" | "who"))
            // (Not one who tells of the person: "Un señor de su celda contó que lo trasladaron".)
            && !(k..to).any(|j| crate::slots::SPEECH.contains(&doc.f(j)))
    })
}

/// ("Zuleima fue a la sede… En marzo de 2019 fue trasladado a Ramo Verde"): who a passive's
/// participle of a gender (trigger `t`) names when its subject is left unsaid and the focus is
/// `e`: the focus when of that gender or unknown, else another of that gender told held before,
/// else no one. `None` when the trigger shows no gender.
pub(crate) fn of_participle(
    doc: &Doc<'_>,
    t: &Trigger,
    e: usize,
    refs: &crate::references::References,
    f: &Findings,
) -> Option<Option<usize>> {
    let woman = crate::genders::participle_gender(doc.f(t.first))?;
    // (Not agreeing with a noun of either sex before it: "La víctima fue trasladada"; a
    // generic "la persona fue liberada" still agrees with no one.)
    let k = doc.back_over(t.first, 3, crate::auxiliaries::PASSIVE_AUX);
    let epicene = |j: usize| {
        matches!(doc.f(j), "victima" | "figura")
            || doc.f(j) == "persona" && matches!(doc.f(j + 1), "privada" | "detenida")
    };
    if (k.saturating_sub(4)..k).any(epicene) {
        return None;
    }
    Some(
        of_gender(doc, e, refs, woman)
            .filter(|&p| p == e || f.events.iter().any(|x| x.entity == p)),
    )
}

/// Who a pronoun or participle of a gender (`woman`) names when the focus is `e`: see
/// [`crate::genders::pick`], and no one of the other gender.
pub(crate) fn of_gender(
    doc: &Doc<'_>,
    e: usize,
    refs: &crate::references::References,
    woman: bool,
) -> Option<usize> {
    Some(crate::genders::pick(
        doc,
        e,
        &refs.seen,
        &refs.genders,
        woman,
    ))
    .filter(|&p| refs.genders.get(p).copied().flatten() != Some(!woman))
}
