//! A correction of one named ("❗CORRECCIÓN: Marbelys Torrealba NO fue trasladada. Sigue en el
//! INOF", "X was not moved, his lawyer said"): the event of that kind told of them before it
//! did not happen; a case said not political right after it is told ("No es un caso político")
//! is out of the record.

use crate::discourse::{Findings, RawEvent};
use crate::model::EventType;
use crate::persons::MentionRef;
use crate::text::Doc;
use crate::triggers::{self, Modality};

/// Drops the events a later sentence denies of the one it names right before its negation ("X no
/// fue trasladada", "X was not transferred", "Mr Grant was not detained"); a move or a custody
/// (arrest and detention alike), as what a correction most often takes back (a release denied is
/// `held_now::drop_denied_releases`').
pub(crate) fn drop_retracted(doc: &Doc<'_>, mentions: &[MentionRef], f: &mut Findings) {
    let mut denied: Vec<(usize, usize, EventType, bool)> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        // (Read only where a negation stands near a word of moving or holding: the triggers are
        // not free.)
        let negated_move = (s.first..s.last).any(|k| {
            matches!(doc.f(k), "no" | "not" | "never")
                && (k + 1..s.last.min(k + 5)).any(|j| {
                    let w = doc.f(j);
                    w.starts_with("trasl")
                        || w.starts_with("transfer")
                        || matches!(
                            w,
                            "moved" | "detained" | "arrested" | "detenido" | "detenida"
                        )
                })
        });
        if !negated_move {
            continue;
        }
        for t in triggers::find(doc, s.first, s.last) {
            if !matches!(
                t.kind,
                EventType::Transfer | EventType::Arrest | EventType::Detention
            ) || triggers::modality(doc, &t, s.first) != Modality::NotAnEvent
            {
                continue;
            }
            // (The name, its negation, the auxiliary, the participle: nothing else between.)
            let Some(neg) = (t.first.saturating_sub(3)..t.first)
                .find(|&k| matches!(doc.f(k), "no" | "not" | "never"))
            else {
                continue;
            };
            // (Not "she has not been detained since", "no ha sido detenido de nuevo": a later
            // time, the custody told before stands.)
            if (t.last..t.last + 3)
                .any(|k| matches!(doc.f(k), "since" | "again" | "nuevo" | "desde"))
            {
                continue;
            }
            let auxiliary = |k: usize| {
                matches!(
                    doc.f(k),
                    "fue" | "ha" | "sido" | "was" | "has" | "been" | "had" | "is"
                )
            };
            let mut before = neg;
            while before > s.first && auxiliary(before - 1) {
                before -= 1;
            }
            let only_auxiliaries = (neg + 1..t.first).all(auxiliary);
            // ("Mr Grant was not detained": a surname alone after a title.)
            let titled = |m: &MentionRef| {
                matches!(
                    doc.f(m.first.wrapping_sub(1)),
                    "mr" | "mrs" | "ms" | "sr" | "sra"
                )
            };
            // ("X, dirigente estudiantil de la UDO, NO ha sido detenido": past its describer.)
            // (Not one named inside another's describer: "El abogado de X, detenida desde marzo,
            // no ha sido detenido".)
            let described = |m: &MentionRef| {
                doc.f(m.last) == ","
                    && !matches!(doc.f(m.first.wrapping_sub(1)), "de" | "del" | "of")
                    && doc.f(before.wrapping_sub(1)) == ","
                    && before <= m.last + 10
                    && !(m.last + 1..before - 1).any(|k| doc.f(k) == ",")
                    && !mentions
                        .iter()
                        .any(|o| o.first > m.last && o.first < before)
            };
            let named = match crate::genders::of_pronoun(doc, before.wrapping_sub(1)) {
                Some(woman) => pronoun_named(doc, mentions, si, before, woman),
                None => mentions.iter().find(|m| {
                    m.sentence == si
                        && (m.last == before || described(m))
                        && (m.last > m.first + 1 || titled(m))
                }),
            };
            // ("…NO ha sido detenido." over a post quoted below it: "también habría sido
            // aprehendido X": a present perfect denies a report told after it too.)
            let now = matches!(doc.f(neg + 1), "ha" | "has" | "have");
            if let (true, Some(m)) = (only_auxiliaries, named) {
                denied.push((m.entity, si, t.kind, now));
            }
        }
    }
    if denied.is_empty() {
        return;
    }
    // ("was not detained": no arrest and no custody.)
    let held = |k: EventType| matches!(k, EventType::Arrest | EventType::Detention);
    let reported = |si: usize| {
        doc.sentences.get(si).is_some_and(|s| {
            (s.first..s.last).any(|k| {
                matches!(
                    doc.f(k),
                    "habria" | "habrian" | "reportedly" | "allegedly" | "presuntamente"
                )
            })
        })
    };
    f.events.retain(|r: &RawEvent| {
        !denied.iter().any(|&(e, si, kind, now)| {
            r.entity == e
                && (r.kind == kind || held(r.kind) && held(kind))
                && (r.sentence <= si || now && reported(r.sentence))
        })
    });
}

/// ("…that X had been detained. The experts confirmed that she was not detained": the one a
/// pronoun before token `at` names: the only one named in its sentence before it and the sentence
/// before, when of the pronoun's gender or of none known.
fn pronoun_named<'a>(
    doc: &Doc<'_>,
    mentions: &'a [MentionRef],
    si: usize,
    at: usize,
    woman: bool,
) -> Option<&'a MentionRef> {
    let near: Vec<&MentionRef> = mentions
        .iter()
        .filter(|m| m.last < at && m.sentence + 1 >= si)
        .collect();
    let m = *near.first()?;
    if near.iter().any(|n| n.entity != m.entity) {
        return None;
    }
    let (mut seen, mut genders) = (Vec::new(), Vec::new());
    crate::genders::note(doc, &[m], &mut seen, &mut genders);
    genders[m.entity].is_none_or(|g| g == woman).then_some(m)
}

/// Drops the arrests and custody of one a later sentence says no one has a record of: "With
/// regard to Mr X, we have no record of his detention", "En cuanto al Sr. X, el Gobierno no tiene
/// constancia de que haya sido detenido", "Respecto de D. X, no consta su detención" (a reported
/// detention a government's answer denies).
pub(crate) fn drop_unrecorded(doc: &Doc<'_>, mentions: &[MentionRef], f: &mut Findings) {
    const NO_RECORD: &[&str] = &[
        "no record of his detention",
        "no record of her detention",
        "no record of his arrest",
        "no record of her arrest",
        "no tiene constancia de que haya sido detenido",
        "no tiene constancia de que haya sido detenida",
        "no tiene constancia de su detencion",
        "no consta su detencion",
    ];
    let mut denied: Vec<(usize, usize)> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let Some(at) = (s.first..s.last)
            .filter(|&k| matches!(doc.f(k), "no"))
            .find(|&k| doc.matches_any_at(k, NO_RECORD))
        else {
            continue;
        };
        // (The one it names just before, and no one else: "En cuanto al Sr. X, …"; "Respecto de
        // D. X," past the abbreviation's stop.)
        let named: Vec<usize> = mentions
            .iter()
            .filter(|m| m.last <= at && m.last + 12 >= at)
            .map(|m| m.entity)
            .collect();
        if let [e] = named.as_slice() {
            denied.push((*e, si));
        }
    }
    // ("We have no record of the detention of a British national named X", "no record of a
    // British national named X being detained", "no tiene constancia de la detención del señor
    // X": the one it names after, with the custody it has no record of.)
    const NO_RECORD_OF: &[&str] = &[
        "no record of",
        "no encontramos ningun registro",
        "no encontramos registro",
        "no tiene constancia de",
        "no tenemos constancia de",
        "no hay constancia de",
        "no consta la detencion",
    ];
    let custody = |k: usize| {
        matches!(
            doc.f(k),
            "detention"
                | "detained"
                | "arrest"
                | "arrested"
                | "detencion"
                | "detenido"
                | "detenida"
        )
    };
    for (si, s) in doc.sentences.iter().enumerate() {
        let Some(at) = (s.first..s.last)
            .filter(|&k| doc.f(k) == "no")
            .find(|&k| doc.matches_any_at(k, NO_RECORD_OF))
        else {
            continue;
        };
        let named: Vec<&MentionRef> = mentions
            .iter()
            .filter(|m| m.first > at && m.first <= at + 24 && m.last <= s.last)
            .collect();
        // ("…de una persona llamada X detenida en el país": or right after the name.)
        if let [m] = named.as_slice()
            && ((at..m.first).any(custody)
                || custody(m.last)
                || (matches!(doc.f(m.last), "being" | "siendo") && custody(m.last + 1)))
        {
            denied.push((m.entity, si));
        }
    }
    f.events.retain(|r: &RawEvent| {
        !denied.iter().any(|&(e, si)| {
            r.entity == e
                && r.sentence <= si
                && matches!(r.kind, EventType::Arrest | EventType::Detention)
        })
    });
}

/// Takes out of the record the people whose custody the sentence before told, when a sentence
/// that names no one says the case is not political: "…la foto de X, detenido anoche en Petare.
/// No es un caso político: lo acusan de…", "…announced the arrest of X on charges of
/// embezzling. Rights groups did not consider that case political."
pub(crate) fn drop_not_political(doc: &Doc<'_>, mentions: &[MentionRef], f: &mut Findings) {
    for (si, s) in doc.sentences.iter().enumerate().skip(1) {
        let case = (s.first..s.last).any(|k| matches!(doc.f(k), "caso" | "case"));
        // ("La ONG aclara que se trata de un caso de delito común")
        let common =
            |k: usize| doc.matches_any_at(k, &["delito comun", "common crime", "ordinary crime"]);
        let not_political = (s.first..s.last).any(|k| {
            common(k)
                || matches!(doc.f(k), "politico" | "political")
                && (k.saturating_sub(5)..k).any(|j| matches!(doc.f(j), "no" | "not"))
                // (Not "no es un caso político aislado": one of many.)
                && !matches!(doc.f(k + 1), "aislado" | "mas" | "unico")
                && !matches!(doc.f(k.wrapping_sub(1)), "isolated" | "only")
        });
        // (The state's word, before its denial: "The government insists that it is not a
        // political case".)
        let states = (s.first..s.last)
            .find(|&k| matches!(doc.f(k), "no" | "not"))
            .is_some_and(|k| crate::excluded_notes::states_word(doc, s.first, k));
        if !case || !not_political || states || mentions.iter().any(|m| m.sentence == si) {
            continue;
        }
        let told: Vec<usize> = f
            .events
            .iter()
            .filter(|r| r.sentence + 1 == si && r.certainty.is_none())
            .map(|r| r.entity)
            .collect();
        for &e in &told {
            if let Some(slot) = f.out_of_scope.get_mut(e) {
                *slot = true;
            }
        }
        f.events.retain(|r| !told.contains(&r.entity));
    }
}

/// Takes out of the record one a court record tells was never held: "Case … (in absentia) |
/// Defendant: X | … / Outcome: sentenced in absentia to 8 years. The defendant, a blogger, lives
/// abroad and has never been detained." — a sentence that names no one, the last one named before
/// it in its paragraph.
pub(crate) fn drop_never_held(doc: &Doc<'_>, mentions: &[MentionRef], f: &mut Findings) {
    const NEVER: &[&str] = &[
        "has never been detained",
        "has never been arrested",
        "was never detained",
        "nunca ha sido detenido",
        "nunca ha sido detenida",
        "nunca fue detenido",
        "nunca fue detenida",
        // ("ACTUALIZACIÓN: X nos escribió. Está en su casa; lo citaron… No quedó detenido.", "We
        // are not aware that he has been detained.")
        "nunca estuvo detenido",
        "nunca estuvo detenida",
        "nunca estuvo preso",
        "nunca estuvo presa",
        "no quedo detenido",
        "no quedo detenida",
        "not aware that he has been detained",
        "not aware that she has been detained",
    ];
    // (A noun opens the sentence that is its subject: "El chofer fue interrogado y no quedó
    // detenido", "His son was also questioned.")
    // (Not one who speaks of the person: "His family says he … was never detained".)
    let noun_opens = |j: usize| {
        let a = doc.sentences[j].first;
        matches!(
            doc.f(a),
            "el" | "la" | "los" | "las" | "the" | "his" | "her" | "su" | "sus" | "un" | "una" | "a"
        ) && !(a + 1..a + 5).any(|k| crate::slots::SPEECH.contains(&doc.f(k)))
    };
    for (si, s) in doc.sentences.iter().enumerate() {
        let Some(at) = (s.first..s.last).find(|&k| {
            matches!(doc.f(k), "has" | "was" | "nunca" | "no" | "not")
                && doc.matches_any_at(k, NEVER)
        }) else {
            continue;
        };
        if mentions.iter().any(|m| m.sentence == si) {
            continue;
        }
        let Some(m) = mentions
            .iter()
            .rev()
            .find(|m| m.sentence < si && doc.sentences[m.sentence].paragraph == s.paragraph)
        else {
            continue;
        };
        // (Of the one named, of the phrase's gender, no one else the sentences between open on.)
        let phrase_end = (at..s.last).find(|&k| {
            matches!(
                doc.f(k),
                "detenido" | "detenida" | "preso" | "presa" | "he" | "she"
            )
        });
        // (By a given name only: "Mogollón" alone says nothing.)
        let woman = crate::genders::womans(doc.f(m.first));
        let clash = crate::lexicon::is_given_name(doc.f(m.first))
            && phrase_end.is_some_and(|k| {
                matches!(doc.f(k), "detenido" | "preso" | "he") && woman
                    || matches!(doc.f(k), "detenida" | "presa" | "she") && !woman
            });
        if clash || (m.sentence + 1..=si).any(noun_opens) {
            continue;
        }
        let e = m.entity;
        f.events.retain(|r: &RawEvent| r.entity != e);
    }
}

/// Takes back the custody of one a cleft denies: "it was NOT Giorgi X who was detained but his
/// younger brother", "no fue Y quien resultó detenido, sino su primo".
pub(crate) fn drop_cleft_denied(doc: &Doc<'_>, mentions: &[MentionRef], f: &mut Findings) {
    let mut denied: Vec<(usize, usize)> = Vec::new();
    for m in mentions {
        let before = (
            doc.f(m.first.wrapping_sub(2)),
            doc.f(m.first.wrapping_sub(1)),
        );
        let after = (m.last..m.last + 4).find(|&k| matches!(doc.f(k), "who" | "quien"));
        let held = after.is_some_and(|w| {
            (w + 1..w + 4).any(|k| {
                let x = doc.f(k);
                x.starts_with("detain") || x.starts_with("arrest") || x.starts_with("detenid")
            })
        });
        if matches!(before, ("was", "not") | ("no", "fue")) && held {
            denied.push((m.entity, m.sentence));
        }
    }
    f.events.retain(|r: &RawEvent| {
        !denied.iter().any(|&(e, si)| {
            r.entity == e
                && r.sentence <= si
                && matches!(
                    r.kind,
                    EventType::Arrest | EventType::Detention | EventType::Transfer
                )
        })
    });
}
