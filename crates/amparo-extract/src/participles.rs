//! Participles that describe rather than tell: one agreeing with a thing before it
//! ("preguntas enviadas"), and one describing a group ("los estudiantes detenidos el domingo"),
//! kept only when it has a day of its own; and a past verb whose folded form is a noun
//! ("arrestó", "trasladó").

use crate::text::Doc;
use crate::triggers::Trigger;

/// Drops the describing participles at `describing` (see [`crate::triggers::find`]) unless
/// dated; those kept are the group's.
pub(crate) fn keep_dated_describing(
    doc: &Doc<'_>,
    out: &mut Vec<Trigger>,
    describing: &[usize],
    to: usize,
) {
    if out.len() > describing.len() {
        // ("Cuatro de los seis estudiantes detenidos el domingo … fueron liberados ayer": a
        // describing participle with its own day still tells when the group was arrested; it
        // is the group's, never a name's.)
        out.retain_mut(|t| {
            if !describing.contains(&t.first) {
                return true;
            }
            t.group_only = true;
            dated_after(doc, t.last, to)
        });
    }
}

/// Whether a date follows a participle at once ("detenidos el domingo", "arrested on Monday",
/// "detenidos en septiembre de 2025", past a place: "detenidos en Ciudad Guayana en septiembre de
/// 2025").
pub(crate) fn dated_after(doc: &Doc<'_>, last: usize, to: usize) -> bool {
    let weekday = |k: usize| crate::dates::weekday(doc.f(k)).is_some();
    weekday(last)
        || (matches!(doc.f(last), "el" | "on" | "this" | "last" | "este" | "esta")
            && weekday(last + 1))
        || matches!(doc.f(last), "ayer" | "anoche" | "anteayer" | "yesterday")
        || crate::relative_dates::counted_back_at(doc, last)
        // ("detained since May": a month without its year, which `find` dates only against a
        // publication.)
        || (matches!(doc.f(last), "since" | "desde" | "in" | "en")
            && crate::dates::month(doc.f(last + 1)).is_some())
        // ("detenidos el 14 de marzo", "arrested on March 14": a day of a month without its
        // year.)
        // (Not the participle as a noun: "esperaron a los detenidos el 14 de marzo".)
        || (!matches!(doc.f(last.wrapping_sub(2)), "los" | "las" | "the")
            && day_of_month(doc, last + usize::from(matches!(doc.f(last), "el" | "on"))))
        || crate::dates::find(doc, last, (last + 8).min(to), None)
            .first()
            .is_some_and(|d| {
                d.first <= last + 1
                    || (matches!(doc.f(last), "en" | "in")
                        && (last + 1..d.first).all(|k| {
                            matches!(doc.f(k), "en" | "in")
                                || doc.tokens.get(k).is_some_and(|t| t.capitalised)
                        }))
            })
}

/// Whether a day of a month stands at token `k`: "14 de marzo", "March 14", "14 March".
fn day_of_month(doc: &Doc<'_>, k: usize) -> bool {
    let month = |j: usize| crate::dates::month(doc.f(j)).is_some();
    (doc.is_number(k) && (month(k + 1) || doc.f(k + 1) == "de" && month(k + 2)))
        || (month(k) && doc.is_number(k + 1))
}

/// Whether the Spanish participle at `k` agrees with a common noun right before it (or before
/// its "fue") that names no people ("preguntas enviadas", "los documentos trasladados", "la
/// carta fue enviada"): the noun is what it tells of.
pub(crate) fn agrees_with_thing(doc: &Doc<'_>, k: usize) -> bool {
    // ("Esta carta fue enviada a nuestra redacción por X": the noun before a passive's "fue",
    // after its article, when it names a thing sent; not "la señora fue enviada a Zona 7".)
    let fue = matches!(doc.f(k.wrapping_sub(1)), "fue" | "fueron");
    let before_fue =
        fue && matches!(
            doc.f(k.wrapping_sub(3)),
            "el" | "la" | "los" | "las" | "esta" | "este" | "estas" | "estos" | "una" | "un"
        ) && SENT_THINGS.contains(&doc.f(k.wrapping_sub(2)));
    if fue && !before_fue {
        return false;
    }
    let back = 1 + usize::from(before_fue);
    let Some(prev) = k.checked_sub(back).and_then(|p| doc.tokens.get(p)) else {
        return false;
    };
    let (noun, participle) = (prev.folded.as_str(), doc.f(k));
    fn ending(w: &str) -> Option<&'static str> {
        ["as", "os", "a", "o"].into_iter().find(|e| w.ends_with(e))
    }
    // ("la citación enviada al dirigente X": a noun in -ción, -dad, -tad is feminine.)
    // (Not a part of a group: "la mitad liberada", "la totalidad".)
    let feminine = |w: &str| {
        if matches!(w, "mitad" | "totalidad") {
            None
        } else if ["cion", "sion", "dad", "tad"]
            .iter()
            .any(|e| w.ends_with(e))
        {
            Some("a")
        } else if ["ciones", "siones", "dades", "tades"]
            .iter()
            .any(|e| w.ends_with(e))
        {
            Some("as")
        } else {
            None
        }
    };
    let noun_ending = feminine(noun).or_else(|| ending(noun));
    prev.kind == crate::text::TokenKind::Word
        && !prev.capitalised
        && noun.chars().count() > 3
        && noun_ending.is_some()
        && noun_ending == ending(participle)
        && !crate::count_words::PEOPLE.contains(&noun)
        && !crate::lexicon::is_np_word(noun)
        && crate::lexicon::roles(noun).is_empty()
        && crate::lexicon::nationalities(noun).is_empty()
        && !matches!(
            noun,
            "sido"
                | "estado"
                | "quedado"
                | "siendo"
                | "estaba"
                | "estaban"
                | "habia"
                | "fuera"
                | "quedo"
                | "quedaron"
                | "resulto"
                | "resultaron"
                | "luego"
                | "tambien"
                | "despues"
                | "ahora"
                | "todos"
                | "todas"
                | "ambos"
                | "ambas"
                | "ellos"
                | "ellas"
                | "otros"
                | "otras"
                | "varios"
                | "varias"
                | "muchos"
                | "muchas"
                | "unos"
                | "unas"
                | "algunos"
                | "algunas"
                | "quienes"
                | "mismo"
                | "misma"
                | "mismos"
                | "mismas"
                | "nuevamente"
                | "finalmente"
                | "posteriormente"
                | "inmediatamente"
                | "solo"
        )
}

/// Whether the participle at `i` is the active perfect of a verb whose object is a thing: "había
/// enviado en diciembre un informe al tribunal", "ha trasladado el caso".
pub(crate) fn perfect_with_thing(doc: &Doc<'_>, i: usize) -> bool {
    matches!(
        doc.f(i.wrapping_sub(1)),
        "habia" | "habian" | "ha" | "han" | "hubo" | "had" | "has" | "have"
    ) && (i + 1..i + 5).any(|k| matches!(doc.f(k), "un" | "una" | "el" | "la" | "a" | "an" | "the"))
        && !(i + 1..i + 5).any(|k| {
            doc.tokens.get(k).is_some_and(|t| t.capitalised)
                || matches!(doc.f(k), "him" | "her" | "them")
        })
}

/// Whether the participle at `i` describes people a tally counts: "El SNTP contabiliza 19
/// trabajadores de la prensa detenidos".
pub(crate) fn tallied(doc: &Doc<'_>, i: usize) -> bool {
    (i.saturating_sub(8)..i).any(|k| {
        matches!(
            doc.f(k),
            "contabiliza"
                | "contabilizan"
                | "registra"
                | "registran"
                | "cuenta"
                | "cuentan"
                | "documenta"
                | "documentan"
                | "counts"
                | "tallies"
                | "lists"
        ) && (k + 1..i).any(|j| doc.is_number(j) || crate::counts::number_word(doc.f(j)).is_some())
    })
}

/// Whether a folded word has the shape of a Spanish plural participle ("excarcelados",
/// "detenidas").
pub(crate) fn plural_participle(w: &str) -> bool {
    ["ados", "idos", "adas", "idas"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Whether a folded word has the shape of a participle of an event ("excarcelados",
/// "sentenced", "detenida").
pub(crate) fn participle(w: &str) -> bool {
    plural_participle(w)
        || ["ado", "ido", "ada", "ida"].iter().any(|e| w.ends_with(e))
        || (w.ends_with("ed") && w.len() > 4)
}

/// Whether the lowercase words before token `i` follow a comma right after a name ("…López
/// Garrido, turistas vascos detenidos"): an apposition to that name.
pub(crate) fn apposed_to_name(doc: &crate::text::Doc<'_>, i: usize) -> bool {
    let Some(comma) = (i.saturating_sub(4)..i).rev().find(|&k| doc.f(k) == ",") else {
        return false;
    };
    let words = (comma + 1..i).all(|k| {
        let t = &doc.tokens[k];
        t.kind == crate::text::TokenKind::Word && !t.capitalised
    });
    let name = comma >= 2
        && [comma - 1, comma - 2].iter().all(|&k| {
            let t = &doc.tokens[k];
            t.kind == crate::text::TokenKind::Word
                && t.capitalised
                && !crate::lexicon::is_not_name(&t.folded)
        });
    words && name
}

/// Whether a comma within the next few tokens (before any other clause mark) is followed by a
/// capitalised given name: the names a participle's people are set off as.
pub(crate) fn names_set_off_after(
    doc: &crate::text::Doc<'_>,
    from: usize,
    to: usize,
) -> Option<usize> {
    let comma = (from..to.min(from + 12))
        .take_while(|&k| !matches!(doc.f(k), ";" | ":" | "." | "\""))
        .find(|&k| doc.f(k) == ",")?;
    let name = comma + 1;
    doc.tokens
        .get(name)
        .is_some_and(|t| t.capitalised && crate::lexicon::is_given_name(&t.folded))
        .then_some(name)
}

/// Things that are sent or moved, named before a passive's "fue" ("la carta fue enviada").
const SENT_THINGS: &[&str] = &[
    "carta",
    "cartas",
    "solicitud",
    "denuncia",
    "nota",
    "lista",
    "boleta",
    "orden",
    "queja",
    "peticion",
    "comunicacion",
    "citacion",
    "notificacion",
    "informacion",
    "documentacion",
    "misiva",
    "mensaje",
    "comunicado",
    "escrito",
    "expediente",
    "informe",
    "oficio",
    "documento",
    "documentos",
    "causa",
    "caso",
    "audiencia",
];

/// ("…where they met jailed opposition politicians A and B"): whether the participle `words` at
/// token `i`, before who someone is, says they are held as of the sentence's day; not the verb
/// of an agent or after an auxiliary ("Police jailed X on Monday", "was jailed March 3").
pub(crate) fn held_before_who(doc: &crate::text::Doc<'_>, i: usize, words: &str) -> bool {
    let prev = doc.f(i.wrapping_sub(1));
    let last = i + 1;
    matches!(
        words,
        "jailed" | "imprisoned" | "encarcelado" | "encarcelada"
    ) && !doc.tokens[i].capitalised
        && crate::dates::month(doc.f(last)).is_none()
        && !crate::auxiliaries::PASSIVE_AUX.contains(&prev)
        && !doc
            .tokens
            .get(i.wrapping_sub(1))
            .is_some_and(|t| t.capitalised)
        && !matches!(
            prev,
            "police" | "authorities" | "agents" | "they" | "court" | "judge" | "government"
        )
}

/// "FSB officers arrested Crimean Tatar activist X", "police arrested him": an English past
/// tense with its object right after (the token at `last`), not a participle describing the
/// people before it ("the students arrested on Monday").
pub(crate) fn takes_object(doc: &Doc<'_>, last: usize) -> bool {
    // (English only: a Spanish participle, "los estudiantes detenidos", is never a past tense.)
    if !doc.f(last.wrapping_sub(1)).ends_with("ed") {
        return false;
    }
    if matches!(doc.f(last), "him" | "her" | "them") {
        return true;
    }
    // (Past an object's lower-case describers, "arrested activist X"; not past a preposition or
    // a time, "arrested last week in Caracas".)
    let first_capital = (last..last + 4).find(|&k| {
        doc.tokens.get(k).is_none_or(|t| {
            t.capitalised
                || t.kind != crate::text::TokenKind::Word
                || matches!(
                    t.folded.as_str(),
                    "on" | "in"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "for"
                        | "near"
                        | "since"
                        | "from"
                        | "by"
                        | "with"
                        | "last"
                        | "this"
                        | "and"
                        | "or"
                        | "who"
                )
        })
    });
    first_capital.is_some_and(|k| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.capitalised && t.kind == crate::text::TokenKind::Word)
            && doc.sentence_at(last).is_some_and(|s| s.first != last)
    })
}

/// "La Policía arrestó el lunes al rapero X", "lo trasladó a Tocorón": a verb of the past whose
/// accent folding leaves a noun's form ("arresto", "traslado") is the verb, acting on the one
/// after it.
pub(crate) fn past_not_noun(doc: &Doc<'_>, out: &mut [Trigger]) {
    for t in out.iter_mut().filter(|t| {
        t.voice == crate::triggers::Voice::Nominal
            && t.last == t.first + 1
            && doc
                .tokens
                .get(t.first)
                .is_some_and(|x| x.text.ends_with('ó'))
    }) {
        t.voice = crate::triggers::Voice::Active;
    }
}

/// ("Foro Penal publicó la lista de (los) excarcelados del martes:"): whether the participle at
/// token `i` (ending at `last`) names those a list holds, over the list itself, a colon closing
/// its line (at `to`) within a few words.
pub(crate) fn list_of(doc: &crate::text::Doc<'_>, i: usize, last: usize, to: usize) -> bool {
    // ("la lista parcial de los desterrados que nuestra corresponsal pudo confirmar en el
    // aeropuerto:": past a relative clause to the colon that ends the sentence.)
    let relative = doc.f(last) == "que" && to <= last + 20 && doc.f(to.wrapping_sub(1)) == ":";
    ((last..to.min(last + 5)).any(|k| doc.f(k) == ":" && k + 1 == to) || relative)
        && [i.wrapping_sub(2), i.wrapping_sub(3), i.wrapping_sub(4)]
            .iter()
            .any(|&h| {
                matches!(
                    doc.f(h),
                    "lista" | "listado" | "list" | "nomina" | "nombres" | "names"
                ) && (matches!(doc.f(h + 1), "de" | "of")
                    // ("la lista parcial de", "the full list of")
                    || matches!(doc.f(h + 2), "de" | "of"))
            })
}

/// "se enteró por otro detenido", "another detainee told her": a person, no event.
pub(crate) fn another_one(
    prev: &str,
    voice: crate::triggers::Voice,
    kind: crate::model::EventType,
) -> bool {
    use crate::model::EventType::{Arrest, Detention};
    matches!(prev, "otro" | "otra" | "another")
        && voice == crate::triggers::Voice::Passive
        && matches!(kind, Arrest | Detention)
}
