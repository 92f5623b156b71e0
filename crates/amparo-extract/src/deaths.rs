//! A death in custody told by its verb: "died on Tuesday while in custody", "murió el domingo
//! bajo custodia", and the death of one told held in the words before ("A Venezuelan activist
//! held for more than a year at the Rodeo I prison died on Monday").

use crate::custody_phrases::CUSTODY_PLACES;
use crate::text::Doc;

/// The participles of dying that tell a death only after a name and its comma ("A, fallecido en
/// noviembre en…", "B, muerto en agosto en el Rodeo I").
fn participle(w: &str) -> bool {
    matches!(w, "fallecido" | "fallecida" | "muerto" | "muerta")
}

/// "died on Tuesday while in custody", "murió el domingo bajo custodia": a death, then a custody word within six.
pub(crate) fn death_in_custody(doc: &Doc<'_>, i: usize, to: usize) -> Option<usize> {
    let verb = matches!(
        doc.f(i),
        "died"
            | "dies"
            | "murio"
            | "fallecio"
            | "muere"
            | "fallece"
            | "murieron"
            | "fallecieron"
            | "mueren"
    );
    if !(verb || (participle(doc.f(i)) && doc.f(i.wrapping_sub(1)) == ",")) {
        return None;
    }
    // ("died in 2024 while his son was in prison": the custody is someone else's.)
    let end = (i + 1..to.min(i + 10))
        .find(|&k| {
            matches!(doc.f(k), "while" | "mientras" | "when" | "cuando")
                && !matches!(
                    doc.f(k + 1),
                    "in" | "en"
                        | "under"
                        | "bajo"
                        | "held"
                        | "detained"
                        | "detenido"
                        | "detenida"
                        | "preso"
                        | "presa"
                        | "estaba"
                        | "se"
                        | "was"
                )
        })
        .unwrap_or(to.min(i + 14));
    // ("murieron A, en febrero, en la cárcel de Tocuyito, y B, en marzo, en El Helicoide": past
    // the first of those who died, the verb alone.)
    let named = |k: usize| {
        (i + 1..k).any(|j| {
            doc.tokens[j].capitalised
                && doc.tokens.get(j + 1).is_some_and(|t| t.capitalised)
                && !matches!(
                    doc.f(j - 1),
                    "en" | "de" | "del" | "el" | "la" | "in" | "at" | "the"
                )
                && !CUSTODY_PLACES.contains(&doc.f(j))
        })
    };
    // (Not a death near a prison or of its guards: "murieron en un accidente de tránsito cerca
    // de la cárcel", "Murieron A y B, dos custodios de la cárcel", "Dos guardias murieron en el
    // motín de la cárcel".)
    let from = doc.sentence_at(i).map_or(i, |s| s.first);
    let not_held = |k: usize| {
        (i + 1..k).any(|j| {
            matches!(
                doc.f(j),
                "accidente" | "accident" | "crash" | "cerca" | "near" | "frente" | "outside"
            )
        }) || (from..k).any(|j| {
            matches!(
                doc.f(j),
                "custodios"
                    | "guardias"
                    | "guards"
                    | "policias"
                    | "agentes"
                    | "officers"
                    | "custodio"
                    | "guardia"
                    | "guard"
            )
        })
    };
    // ("X, fallecida en noviembre en Madrid, donde vivía exiliada desde su excarcelación del
    // Helicoide": the participle's own place, before a comma or a clause.)
    let end = if participle(doc.f(i)) {
        (i + 1..end)
            .find(|&k| matches!(doc.f(k), "," | ";" | "donde" | "quien" | "que"))
            .unwrap_or(end)
    } else {
        end
    };
    (i + 1..end)
        .find(|&k| {
            matches!(doc.f(k), "custody" | "custodia" | "detention" | "detencion")
                || CUSTODY_PLACES.contains(&doc.f(k))
        })
        .filter(|&k| !not_held(k))
        .map(|k| if named(k) { i + 1 } else { k + 1 })
        // ("murió el domingo en el Hospital Central, adonde había sido llevado desde la cárcel de
        // Tocorón": taken to a hospital from custody.)
        .or_else(|| {
            let hospital = (i + 1..end.min(i + 9)).find(|&k| doc.f(k) == "hospital")?;
            (hospital + 1..to.min(hospital + 24))
                // ("Hospital Militar Dr. Carlos Arvelo": an abbreviation's stop ends nothing.)
                .take_while(|&k| {
                    !(matches!(doc.f(k), ";" | "while" | "mientras")
                        || (doc.f(k) == "."
                            && !crate::abbreviations::TITLE_ABBREVIATIONS.contains(&doc.f(k - 1))))
                })
                .find(|&k| {
                    CUSTODY_PLACES.contains(&doc.f(k))
                        && (k.saturating_sub(3)..k).any(|j| matches!(doc.f(j), "desde" | "from"))
                })
                // (The verb alone: the move to the hospital is an event of its own.)
                .map(|_| i + 1)
        })
        .or_else(|| held_subject(doc, i).then_some(i + 1))
        // ("Falleció en el hospital el preso político X": the one who died named held after it.)
        .or_else(|| {
            (i + 1..end)
                .any(|k| {
                    matches!(doc.f(k), "el" | "la" | "the" | "un" | "una" | "a")
                        && matches!(
                            doc.f(k + 1),
                            "preso"
                                | "presa"
                                | "detenido"
                                | "detenida"
                                | "recluso"
                                | "reclusa"
                                | "prisoner"
                                | "detainee"
                        )
                })
                .then_some(i + 1)
        })
        .or_else(|| died_there(doc, i).then_some(i + 2))
}

/// "A Venezuelan opposition activist held for more than a year at the Rodeo I prison died on
/// Monday", "Un hombre detenido desde enero por un presunto complot murió el miércoles": the one
/// who died is told held in the words before the verb, in the same clause, with no release and
/// no relative between.
fn held_subject(doc: &Doc<'_>, i: usize) -> bool {
    let from = (i.saturating_sub(18)..i)
        .rev()
        .find(|&k| matches!(doc.f(k), "." | ";" | ":" | "\"" | "?" | "!"))
        .map_or(i.saturating_sub(18), |k| k + 1);
    let mut held = false;
    for k in from..i {
        let w = doc.f(k);
        // (Someone else's death: "La madre de X, detenido desde 2024, murió"; a former
        // prisoner's: "freed in 2019, he died".)
        if w.starts_with("liber")
            || w.starts_with("excarcel")
            || crate::slots::RELATIONS.contains(&w)
            || matches!(
                w,
                "freed"
                    | "released"
                    | "release"
                    | "after"
                    | "tras"
                    | "despues"
                    | "whose"
                    | "cuyo"
                    | "cuya"
                    | "who"
                    | "quien"
                    // (A former prisoner's: "a former political prisoner", "el ex preso".)
                    | "former"
                    | "ex"
                    | "antiguo"
                    | "antigua"
                    | "expreso"
                    | "expresa"
            )
        {
            return false;
        }
        // ("a lawyer for jailed activists", "abogada de presos políticos": a word of custody
        // that describes another noun.)
        let of_others = matches!(doc.f(k.wrapping_sub(1)), "for" | "of" | "de" | "a" | "para");
        held |= !of_others
            && matches!(
                w,
                "held"
                    | "detained"
                    | "jailed"
                    | "imprisoned"
                    | "detenido"
                    | "detenida"
                    | "preso"
                    | "presa"
                    | "encarcelado"
                    | "encarcelada"
                    | "recluido"
                    | "recluida"
                    | "prisoner"
            );
    }
    held
}

/// "…held at the Fénix prison's women's annex. She died there on Oct. 2.", "Murió allí el 2 de
/// octubre": a death in the place of custody the sentence before names.
fn died_there(doc: &Doc<'_>, i: usize) -> bool {
    if !matches!(doc.f(i + 1), "there" | "alli" | "ahi" | "alla") {
        return false;
    }
    let si = doc.sentence_index(i);
    let Some(prev) = si.checked_sub(1).and_then(|p| doc.sentences.get(p)) else {
        return false;
    };
    let held = (prev.first..prev.last).rposition(|k| {
        matches!(
            doc.f(k),
            "held" | "custody" | "custodia" | "recluido" | "recluida" | "detenido" | "detenida"
        ) || CUSTODY_PLACES.contains(&doc.f(k))
    });
    // (Not when the sentence before takes the person out after it: "…spent two years in the
    // Rodeo I prison before moving to Spain. He died there".)
    held.is_some_and(|h| {
        !(prev.first + h..prev.last).any(|k| {
            let w = doc.f(k);
            w.starts_with("liber")
                || w.starts_with("excarcel")
                || matches!(
                    w,
                    "before"
                        | "after"
                        | "antes"
                        | "tras"
                        | "released"
                        | "freed"
                        | "moving"
                        | "moved"
                        | "salio"
                )
        })
    })
}

/// "a 19-year-old demonstrator, Samuel Ocando, was shot dead", "X, who was killed by a
/// sniper", "donde murió el estudiante X": the name of tokens `first..last` is told dead by
/// the words right after (or a Spanish verb right before it, past an article and a noun), not
/// in custody nor after a release; no one held.
pub(crate) fn killed(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let mut k = last;
    if doc.f(k) == "," {
        k += 1;
    }
    if matches!(doc.f(k), "who" | "quien" | "que") {
        k += 1;
    }
    let slain = |j: usize| {
        matches!(
            doc.f(j),
            "killed" | "murdered" | "asesinado" | "asesinada" | "abatido" | "abatida"
        ) || doc.matches_at(j, "shot dead")
    };
    let died = |j: usize| DIED.contains(&doc.f(j));
    // (Set off after a noun, "a demonstrator, X, was shot dead"; not a list's member, "A; B, who
    // was killed; and C".)
    let set_off = doc.f(first.wrapping_sub(1)) == ","
        && doc
            .tokens
            .get(first.wrapping_sub(2))
            .is_some_and(|t| t.kind == crate::text::TokenKind::Word && !t.capitalised);
    let verb = if set_off && matches!(doc.f(k), "was" | "fue") && slain(k + 1) {
        Some(k + 1)
    } else if set_off && died(k) {
        Some(k)
    } else {
        (first.saturating_sub(4)..first)
            .find(|&j| died(j) || matches!(doc.f(j), "asesinado" | "asesinada"))
            .filter(|&j| {
                (j + 1..first).all(|m| {
                    let t = &doc.tokens[m];
                    t.kind == crate::text::TokenKind::Word && !t.capitalised
                })
            })
    };
    // (Not "killed in detention", "shot dead by a guard inside La Modelo prison", "asesinada en
    // la celda", nor "shot dead … after his release".)
    let held_or_freed = |v: usize| {
        death_in_custody(doc, v, v + 12).is_some()
            || (v + 1..v + 12).any(|j| {
                let w = doc.f(j);
                CUSTODY_PLACES.contains(&w)
                    || w.starts_with("releas")
                    || w.starts_with("liber")
                    || w.starts_with("excarcel")
                    || matches!(
                        w,
                        "custody"
                            | "custodia"
                            | "detention"
                            | "detencion"
                            | "guard"
                            | "guards"
                            | "freed"
                            | "inside"
                            | "dentro"
                    )
            })
    };
    verb.is_some_and(|v| !held_or_freed(v))
}

/// A death told in the singular past ("died", "murió", "falleció"), folded.
pub(crate) const DIED: &[&str] = &["died", "murio", "fallecio"];
