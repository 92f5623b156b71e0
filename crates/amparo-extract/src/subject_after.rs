//! People told after the word of their event: those a judge's verb acts on, a subject after its
//! verb past a describer ("Ese mismo martes salió de Ramo Verde el mayor de la Guardia Nacional
//! X"), the people of a noun past a date ("la liberación, el pasado jueves, de A y B").

use crate::lexicon::{is_np_word, nationalities, roles};
use crate::slots::{RELATIONS, SPEECH, Slot};
use crate::text::Doc;
use crate::triggers::Trigger;

/// ("Ese mismo martes salió de Ramo Verde el mayor de la Guardia Nacional X", "A medianoche
/// salió también el dirigente de Primero Justicia en Lara, X": the subject after the verb, past
/// a long describer.) With nobody before the verb, the first name within sixteen words, when
/// no clause, quote or speaker stands between and a word of a role does.
pub(crate) fn inverted_subject(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    before: Option<usize>,
    s_last: usize,
) -> Option<usize> {
    // ("Entre los excarcelados del jueves figuran…": a noun of the group, not a verb.)
    let noun = matches!(
        doc.f(t.first.wrapping_sub(1)),
        "los" | "las" | "the" | "those" | "de" | "of" | "unos" | "otros"
    );
    if before.is_some() || noun {
        return None;
    }
    // (A proper name of several words and brackets count once: "desde la cárcel militar de Ramo
    // Verde al Centro Penitenciario de Aragua (Tocorón) el capitán X".)
    let proper = |k: usize| doc.tokens.get(k).is_some_and(|x| x.capitalised);
    let long_names = (t.last + 1..(t.last + 16).min(s_last))
        .filter(|&k| {
            matches!(doc.f(k), "(" | ")")
                || (proper(k - 1) && (proper(k) || (doc.f(k) == "de" && proper(k + 1))))
        })
        .count();
    let i = first_after(doc, slots, t.last, 16 + long_names, s_last)?;
    let between = t.last..slots[i].first;
    // ("Siguen en Vista Hermosa, entre otros, los dirigentes X y Z".)
    let commas = between.clone().filter(|&k| doc.f(k) == ",").count()
        - 2 * usize::from(crate::among::others_aside(doc, between.clone()));
    // ("…, sin que se informaran condiciones, los activistas X": "sin que" sets off a manner.)
    let breaks = between.clone().any(|k| {
        (matches!(
            doc.f(k),
            "que" | "quien" | "quienes" | "who" | "that" | "\"" | ":" | ";" | "y" | "and"
        ) && !(doc.f(k) == "que" && doc.f(k.wrapping_sub(1)) == "sin"))
            || SPEECH.contains(&doc.f(k))
    });
    // (Past a describer of a person: "el mayor…", "el dirigente…"; not a bridge or a region
    // named after someone.)
    // (A role or a rank: "el dirigente…", "el mayor…".)
    let rank_or_role = |k: usize| {
        !roles(doc.f(k)).is_empty()
            || matches!(
                doc.f(k),
                "mayor" | "teniente" | "sargento" | "capitan" | "coronel"
            )
    };
    // ("fue detenido esta mañana el coordinador juvenil de Cauce en Lara, X": the subject's
    // article, no preposition's, then a noun of a person by its ending.)
    let person_noun = |k: usize| {
        let w = doc.f(k);
        matches!(
            doc.f(k - 1),
            "el" | "la" | "los" | "las" | "the" | "nuestro" | "nuestra" | "nuestros" | "nuestras"
        ) && !matches!(
            doc.f(k.wrapping_sub(2)),
            "de" | "en" | "a" | "por" | "con" | "desde" | "hacia" | "in" | "of" | "at" | "to"
        ) && doc.tokens[k].kind == crate::text::TokenKind::Word
            && !doc.tokens[k].capitalised
            && ["dor", "dora", "ista", "ero", "era", "ante", "ente"]
                .iter()
                .any(|e| {
                    w.ends_with(e)
                        || w.strip_suffix('s').is_some_and(|x| x.ends_with(e))
                        || w.ends_with("dores")
                })
            && !matches!(w, "corredor" | "ente" | "frente" | "primera" | "entera")
    };
    let describer = between.clone().any(|k| {
        rank_or_role(k)
            || (k > t.last && person_noun(k))
            || !crate::lexicon::nationalities(doc.f(k)).is_empty()
            || matches!(
                doc.f(k),
                "comisario"
                    | "ciudadanos"
                    | "ciudadanas"
                    | "connacionales"
                    | "nationals"
                    | "citizens"
            )
    });
    // ("salieron del INOF la enfermera X": an article and a noun of a person right before.)
    let f0 = slots[i].first;
    // ("salen del Internado Judicial los dirigentes sindicales X": up to two such nouns.)
    let article = (f0.saturating_sub(3)..f0.saturating_sub(1))
        .find(|&j| matches!(doc.f(j), "el" | "la" | "los" | "las" | "the"));
    let described = describer
        || (article.is_some_and(|j| {
            (j + 1..f0).all(|k| {
                doc.tokens[k].kind == crate::text::TokenKind::Word && !doc.tokens[k].capitalised
            })
        }) && f0 >= 2
            && !matches!(doc.f(f0 - 1), "de" | "del" | "of")
            && !matches!(
                doc.f(f0 - 1),
                "puente"
                    | "avenida"
                    | "calle"
                    | "plaza"
                    | "urbanizacion"
                    | "sector"
                    | "barrio"
                    | "estado"
                    | "municipio"
                    | "parroquia"
                    | "hospital"
                    | "sede"
                    | "autopista"
                    | "bridge"
                    | "avenue"
                    | "street"
            ));
    // ("murió este jueves, bajo custodia, en el Hospital Militar Carlos Arvelo, el sargento
    // retirado X": a place set off by commas, then the describer of the one named.)
    let last_comma = between.clone().rev().find(|&k| doc.f(k) == ",");
    let described_after_place = commas == 2
        && last_comma.is_some_and(|c| {
            matches!(doc.f(c + 1), "el" | "la" | "los" | "las" | "the")
                && ((c + 2..slots[i].first).any(rank_or_role) || described)
                // (A place or a manner set off: "en el Hospital…", "sin que se conozcan
                // condiciones".)
                && (t.last..c).any(|k| {
                    matches!(
                        doc.f(k),
                        "en" | "in" | "at" | "sin" | "without" | "con" | "bajo" | "with" | "under"
                    )
                })
        });
    // ("En octubre fueron excarcelados, con régimen de presentación cada 15 días, A y B": the
    // terms set off by commas right after the verb, then the names.)
    // ("salió de la prisión de Boniato, tras extinguir su condena, X": past the place, a
    // time's aside.)
    let first_comma = between.clone().find(|&k| doc.f(k) == ",");
    let after_terms = commas == 2
        && first_comma.is_some_and(|c| {
            matches!(
                doc.f(c + 1),
                "con" | "bajo" | "sin" | "with" | "under" | "without"
            ) || (matches!(doc.f(c + 1), "tras" | "after" | "following")
                && (c + 2..c + 4).any(|k| {
                    ["ar", "er", "ir", "ing"]
                        .iter()
                        .any(|e| doc.f(k).ends_with(e))
                }))
        })
        && last_comma.is_some_and(|c| c + 1 == slots[i].first);
    (((commas <= 1 || described_after_place) && described) || after_terms)
        .then_some(i)
        .filter(|_| !breaks)
}

/// Whether the people of a noun of an event come after a date or place between the noun and its
/// "of": "the detention on Sunday of X", "la excarcelación, el lunes, del teniente X".
pub(crate) fn dated_of(doc: &Doc<'_>, t: &Trigger) -> bool {
    // ("the release late on Wednesday of X", "the release on bail on 15 August of X")
    let bail = doc.matches_at(t.last, "on bail") && matches!(doc.f(t.last + 2), "on" | "in");
    let late = usize::from(matches!(doc.f(t.last), "late" | "early")) + 2 * usize::from(bail);
    ((matches!(doc.f(t.last + late), "on" | "in" | "last")
        || doc.f(t.last.wrapping_sub(1)) == "on")
        && (t.last + 1..t.last + 4 + late).any(|k| doc.f(k) == "of"))
        // ("welcomes the release today of U.S. citizens X and Y")
        || (matches!(doc.f(t.last), "today" | "yesterday" | "hoy" | "ayer")
            && matches!(doc.f(t.last + 1), "of" | "de" | "del"))
        // ("la detención en Caracas de X": a place between the noun and "de".)
        || (doc.f(t.last) == "en"
            && doc.tokens.get(t.last + 1).is_some_and(|x| x.capitalised)
            && (t.last + 2..t.last + 5).any(|k| matches!(doc.f(k), "de" | "del")))
        // (", el pasado jueves 26 de marzo, de los connacionales A, B…": any day.)
        || (doc.f(t.last) == ","
            && (t.last + 2..t.last + 9).any(|c| {
                doc.f(c) == ","
                    && matches!(doc.f(c + 1), "de" | "del")
                    && (t.last + 1..c).any(|k| {
                        crate::dates::weekday(doc.f(k)).is_some()
                            || crate::dates::month(doc.f(k)).is_some()
                    })
            }))
}

/// ("Judge X convicted A, B and C", "…, presided over by Judge X, sentenced A"): a judge named
/// right before the verb (or its comma) acts on those after it; the first of them, else the
/// judge when nobody follows (and whom office then rules out).
pub(crate) fn judged(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    before: Option<usize>,
    s_last: usize,
) -> Option<usize> {
    let judge = |i: usize| {
        (slots[i].first.saturating_sub(2)..slots[i].first)
            .any(|k| matches!(doc.f(k), "judge" | "juez" | "jueza" | "court"))
    };
    let comma = usize::from(doc.f(t.first.wrapping_sub(1)) == ",");
    let i = before.filter(|&i| judge(i) && slots[i].last + comma == t.first)?;
    first_after(doc, slots, t.last, 11, s_last).or(Some(i))
}

/// ("La jueza condenó a 30 años de prisión, la pena máxima, al teniente coronel A y al capitán
/// B; a 25 años al ingeniero C"): those a sentence or a charge falls on, each marked by "a"/"al"
/// before its describers (words of a role, or lowercase words), in the verb's clause.
pub(crate) fn sentenced(doc: &Doc<'_>, slots: &[Slot], t: &Trigger, s_last: usize) -> Vec<usize> {
    use crate::model::EventType::{Charge, Sentence};
    if !matches!(t.kind, Sentence | Charge) || t.voice != crate::triggers::Voice::Active {
        return Vec::new();
    }
    // ("al capitán del Ejército X", "al teniente coronel de la Guardia Nacional X": a role's
    // own body, capitalised, after "de".)
    let marked = |s: &Slot| {
        (s.first.saturating_sub(9)..s.first)
            .rev()
            .take_while(|&k| {
                let w = doc.f(k);
                let t = &doc.tokens[k];
                matches!(w, "al" | "a" | "la" | "el" | "de" | "del")
                    || !roles(w).is_empty()
                    || crate::lexicon::is_np_word(w)
                    || t.kind == crate::text::TokenKind::Word
                        && !matches!(w, "y" | "e" | "que" | "quien")
                        && (!t.capitalised
                            || (k.saturating_sub(3)..k).any(|j| matches!(doc.f(j), "de" | "del")))
            })
            .any(|k| matches!(doc.f(k), "al" | "a"))
    };
    // The clause of the verb: up to a full stop, a colon, a verb of saying, a relative ("que
    // había denunciado torturas a la periodista X") or an "y" that does not join another "a"
    // ("…por traición, y ordenó notificar a la defensora X").
    let clause_end = (t.last..s_last)
        .find(|&k| {
            let w = doc.f(k);
            matches!(
                w,
                "." | ":" | "que" | "quien" | "quienes" | "donde" | "mientras"
            ) || SPEECH.contains(&w)
                // ("…; y ABSOLVER a LEANDRO ORTIZ": acquitted, not sentenced.)
                || matches!(
                    w,
                    "absolver" | "absolvio" | "absuelve" | "absolvieron" | "acquitted" | "acquit"
                )
                || (matches!(w, "y" | "e")
                    && !matches!(doc.f(k + 1), "a" | "al")
                    && !doc.tokens.get(k + 1).is_some_and(|t| t.capitalised))
        })
        .unwrap_or(s_last);
    slots
        .iter()
        .enumerate()
        .filter(|(_, s)| s.first > t.last && s.last <= clause_end && marked(s))
        .map(|(i, _)| i)
        .collect()
}

/// "funcionarios del SEBIN detuvieron en la sede de la emisora comunitaria Llanera 98.3 FM al
/// periodista X": the object marked by "a"/"al" past a long place, with no other event between.
pub(crate) fn object_past_place(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    s_last: usize,
) -> Option<usize> {
    // ("detuvieron esta madrugada en su casa al alcalde del municipio Lander (Miranda), X":
    // the object's mark, then a person's noun, then the name past the noun's apposition.)
    let mark = (t.last..s_last.min(t.last + 14)).find(|&k| {
        matches!(doc.f(k), "a" | "al")
            && doc
                .tokens
                .get(k + 1)
                .is_some_and(|n| !n.capitalised && n.kind == crate::text::TokenKind::Word)
    })?;
    // (Only past a place: "detuvieron en su casa al…", not any later "a" of the sentence.)
    if !(t.last..mark).any(|k| matches!(doc.f(k), "en" | "in" | "desde")) {
        return None;
    }
    let i = slots
        .iter()
        .position(|s| s.first > mark && s.first <= mark + 14 && s.first < s_last)?;
    let s = slots[i];
    let clear = crate::triggers::find(doc, t.last, s.first).is_empty()
        && (t.last..s.first).all(|k| {
            // (An abbreviation's stop ends nothing: "en la urb. Del Este al profesor X".)
            let stop = doc.f(k) == "."
                && !crate::abbreviations::ABBREVIATIONS.contains(&doc.f(k.wrapping_sub(1)));
            !stop && !matches!(doc.f(k), ";" | ":" | "y" | "and")
        });
    clear.then_some(i)
}

/// ("Siguen detenidos, según Foro Penal, el francés X y …"): the subject right after a source
/// set off by commas.
pub(crate) fn past_source_aside(
    doc: &Doc<'_>,
    slots: &[Slot],
    from: usize,
    s_last: usize,
) -> Option<usize> {
    if !(doc.f(from) == "," && matches!(doc.f(from + 1), "segun" | "according")) {
        return None;
    }
    let close = (from + 2..s_last.min(from + 10)).find(|&k| doc.f(k) == ",")?;
    // (A body as the source, not a person: "según Tamara Suju Ríos, el francés X y …".)
    if slots.iter().any(|s| s.first > from && s.first < close) {
        return None;
    }
    first_after(
        doc,
        slots,
        skip_describers(doc, close + 1, s_last),
        2,
        s_last,
    )
}

pub(crate) fn first_after(
    doc: &Doc<'_>,
    slots: &[Slot],
    from: usize,
    reach: usize,
    s_last: usize,
) -> Option<usize> {
    let mut k = from;
    let mut reach = reach;
    while k < s_last && k < from + reach {
        if let Some(i) = slots.iter().position(|s| s.first == k) {
            // "including Useche's cousin, Ender Useche": the relative named after is meant.
            let s = slots[i];
            let owner = doc.f(s.last) == "'"
                && doc.f(s.last + 1) == "s"
                && RELATIONS.contains(&doc.f(s.last + 2));
            if !owner {
                return Some(i);
            }
            reach += s.last + 4 - k;
            k = s.last + 3;
            continue;
        }
        let f = doc.f(k);
        // ("«Yo vi cuando se llevaron a mis padres», recuerda X": a quote ends before its
        // speaker.)
        let quote_ends = (f == "\"" && doc.f(k + 1) == ",")
            || (matches!(f, "," | "?" | "!") && doc.f(k + 1) == "\"");
        // (Not the stop of an abbreviation: "of U.S. citizens X and Y".)
        let abbreviation = f == "."
            && (doc.tokens.get(k.wrapping_sub(1)).is_some_and(|t| {
                t.text.chars().count() == 1 && t.text.chars().all(char::is_uppercase)
            }) || matches!(doc.f(k.wrapping_sub(1)), "mr" | "mrs" | "ms")
                // ("Police arrest Fr. Aguilar after Mass")
                || crate::abbreviations::TITLE_ABBREVIATIONS.contains(&doc.f(k.wrapping_sub(1))));
        // ("were pardoned … in the presence of US Special Envoy X": a witness, not who was.)
        let witness = matches!(f, "presence" | "presencia");
        if (matches!(f, "." | ";" | ":") && !abbreviation)
            || SPEECH.contains(&f)
            || quote_ends
            || witness
        {
            return None;
        }
        k += 1;
    }
    None
}

pub(crate) fn skip_describers(doc: &Doc<'_>, mut k: usize, s_last: usize) -> usize {
    while k < s_last {
        // ("…: Prof. Jairo Landaeta y Prof.ª Mirna Salas", "arrested Mr. Castellanos": a title;
        // "Falleció…, el pasado miércoles, el dirigente X": a time set off by commas.)
        let title = crate::abbreviations::title_at(doc, k)
            .max(crate::abbreviations::honorific_at(doc, k))
            .max(crate::relative_dates::time_aside(doc, k));
        if title > 0 {
            k += title;
            continue;
        }
        let f = doc.f(k);
        if is_np_word(f)
            || !roles(f).is_empty()
            || !nationalities(f).is_empty()
            || matches!(f, "a" | "al" | "of" | "de")
        {
            k += 1;
        } else {
            break;
        }
    }
    k
}
