//! Who a trigger is about: person slots in a sentence (names, "his brother", pronouns) and the
//! search before or after a trigger according to its voice. Coordinated lists of slots
//! (`coordination`) and relation words (`relations`) are re-exported here.

pub use crate::companions::companions;
pub use crate::coordination::list_around;
use crate::model::EventType;
pub use crate::relations::{RELATIONS, relation_at};
pub use crate::speech_words::SPEECH;
use crate::text::Doc;
use crate::triggers::{PASSIVE_AUX, Trigger, Voice};

/// A place in a sentence that refers to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// First token.
    pub first: usize,
    /// Index after the last token.
    pub last: usize,
    /// The person.
    pub entity: usize,
}

/// Start of the clause a trigger sits in: after ";", ":", or a complementiser "that"/"que"
/// (a relative "…, que" / "…, who" does not cut the clause).
fn clause_start(doc: &Doc<'_>, s_first: usize, trigger: usize) -> usize {
    for k in (s_first..trigger).rev() {
        let f = doc.f(k);
        // "…, que" / "…, who" is relative; "desde que" / "since" is temporal: neither starts a new subject.
        let comma_before = k > s_first
            && matches!(
                doc.f(k - 1),
                // ("los tres muchachos —A, B y C— que fueron excarcelados")
                "," | "-" | "desde" | "hasta" | "antes" | "despues" | "luego" | "ya"
            );
        let speech = SPEECH.contains(&f) && k + 1 < trigger;
        // ("Lisandro Aponte, el barbero de Catia que lleva desde agosto en Tocuyito", "X,
        // ingeniero de Alicante que sigue preso": the relative of an apposition after a comma;
        // not of one it relates them to: "X, la madre del preso que lleva tres años en Tocorón".)
        let apposition = || {
            (k.saturating_sub(6).max(s_first)..k).any(|c| {
                doc.f(c) == ","
                    && (matches!(doc.f(c + 1), "el" | "la" | "un" | "una")
                        || crate::lexicon::role_of_place(doc, c + 1, k))
                    && !(c + 1..k).any(|j| {
                        let w = doc.f(j);
                        SPEECH.contains(&w) || RELATIONS.contains(&w) || matches!(w, "," | "del")
                    })
            })
        };
        if matches!(f, ";" | ":")
            || (matches!(f, "that" | "que")
                && !comma_before
                && !apposition()
                && !crate::kin_object::joined_that(doc, s_first, k, trigger))
            || speech
        {
            return k + 1;
        }
    }
    s_first
}

/// Slots a trigger is about, by its voice; empty when the sentence names nobody for it.
pub fn targets(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    s_first: usize,
    s_last: usize,
) -> Vec<usize> {
    if let Some(named) = crate::list_status::status_after_colon(doc, slots, t, s_first, s_last) {
        return named;
    }
    if let Some(one) = crate::coordination::bracketed_after(doc, slots, t) {
        return vec![one];
    }
    let clause = clause_start(doc, s_first, t.first);
    let colon = crate::clause_subjects::past_colon(doc, slots, t, (s_first, clause));
    let clause = if colon { s_first } else { clause };
    if let Some(one) = crate::clause_subjects::cleft_after(doc, slots, t, clause, s_last) {
        return vec![one];
    }
    let source = |s: &Slot| crate::speech_words::cited_before(doc, s, s_first);
    let before = crate::subject_before::subject_before(doc, slots, (clause, t.first), &source);
    let prev = doc.f(t.first.wrapping_sub(1));
    let prev2 = doc.f(t.first.wrapping_sub(2));
    let after_near = || crate::kin_object::near_after(doc, slots, t, s_last);
    // A plural pronoun is several slots on the same tokens: all of them.
    let all_at = |i: usize| -> Vec<usize> {
        let same: Vec<usize> = (0..slots.len())
            .filter(|&j| slots[j].first == slots[i].first)
            .collect();
        if same.len() > 1 {
            same
        } else {
            crate::companions::within_semicolons(doc, slots, list_around(doc, slots, i), t)
        }
    };
    // ("Las dos últimas no recuperaron la libertad plena: un juez les dictó arresto
    // domiciliario": a clitic before the verb that grants it, past the clause's start, is the
    // people named before.)
    // (Not when the one granted it follows: "le dictó arresto domiciliario al concejal X".)
    let object_after = (t.last..s_last.min(t.last + 4)).any(|k| {
        matches!(doc.f(k), "a" | "al") && slots.iter().any(|s| s.first > k && s.first <= k + 4)
    });
    // ("un tribunal le sustituye la privativa de libertad por arresto domiciliario": the
    // measure it is replaced by, past the one replaced.)
    let replaced_by = doc.f(t.first.wrapping_sub(1)) == "por"
        && (t.first.saturating_sub(8)..t.first).any(|k| doc.f(k).starts_with("sustitu"));
    let reach = if replaced_by { 8 } else { 3 };
    if t.voice == Voice::Passive
        && before.is_none()
        && !object_after
        && let Some(k) =
            (t.first.saturating_sub(reach)..t.first).find(|&k| matches!(doc.f(k), "les" | "le"))
        && let Some(i) = slots
            .iter()
            .rposition(|s| s.last <= k && s.first >= s_first && !source(s))
    {
        return all_at(i);
    }
    if let Some(one) = crate::granted::granted_past_terms(doc, slots, t, s_last) {
        return vec![one];
    }
    let judged_on = crate::subject_after::sentenced(doc, slots, t, s_last);
    if judged_on.len() > 1 {
        return judged_on;
    }
    let chosen = match t.voice {
        // ("condenó a 30 años de prisión a tres dirigentes, A, B y C": past term and count.)
        Voice::Active => crate::hearings::accused_against(doc, slots, t, s_last)
            .or_else(|| crate::subject_after::first_after(doc, slots, t.last, 11, s_last))
            .or_else(|| crate::hearings::judged_further(doc, slots, t, s_last))
            .or_else(|| crate::subject_after::object_past_place(doc, slots, t, s_last))
            .or_else(|| crate::subject_before::fronted_object(doc, slots, t)),
        Voice::Nominal => {
            // ("the detention on Sunday of councilor X": a date between the noun and "of".)
            let dated_of = crate::subject_after::dated_of(doc, t);
            // ("la detención arbitraria y posterior desaparición de X": nouns share the "de".)
            let joined_of = (t.last..s_last.min(t.last + 6))
                .find(|&k| matches!(doc.f(k), "de" | "del" | "of"))
                .filter(|&d| {
                    (t.last..d).any(|k| matches!(doc.f(k), "y" | "and"))
                        && (t.last..d).all(|k| {
                            doc.tokens.get(k).is_some_and(|x| {
                                x.kind == crate::text::TokenKind::Word && !x.capitalised
                            })
                        })
                });
            // ("otorgó una medida cautelar sustitutiva a X", "medida privativa de libertad contra
            // X": a measure and the one it is granted to or ordered against.)
            let measure = matches!(
                doc.f(t.first),
                "medida" | "medidas" | "privativa" | "privacion" | "prision"
            );
            // ("the release, following a pardon, of X": an aside between the noun and "of".)
            let aside_of = (doc.f(t.last) == ",")
                .then(|| (t.last + 1..s_last.min(t.last + 7)).find(|&k| doc.f(k) == ","))
                .flatten()
                .filter(|&c| matches!(doc.f(c + 1), "of" | "de" | "del"))
                .map(|c| c + 1);
            let joined_of = joined_of.or(aside_of);
            let of = matches!(doc.f(t.last.wrapping_sub(1)), "of" | "de" | "del")
                || matches!(doc.f(t.last), "of" | "de" | "del" | "para" | "for")
                || (measure && matches!(doc.f(t.last), "a" | "al" | "contra"))
                || dated_of
                || joined_of.is_some();
            // "Maduro's capture": possessive right before the noun.
            let possessive = if prev == "s" && prev2 == "'" {
                slots.iter().rposition(|s| s.last + 2 == t.first)
            } else {
                None
            };
            if of {
                // "…confirmed the release of one of the cases it had campaigned on longest: trade
                // unionist X": the name after a colon close by.
                crate::subject_after::first_after(
                    doc,
                    slots,
                    joined_of.unwrap_or(t.last),
                    if dated_of { 14 } else { 8 },
                    s_last,
                )
                .or_else(|| {
                    let colon = (t.last..s_last.min(t.last + 15)).find(|&k| doc.f(k) == ":")?;
                    crate::subject_after::first_after(
                        doc,
                        slots,
                        crate::subject_after::skip_describers(doc, colon + 1, s_last),
                        3,
                        s_last,
                    )
                })
            } else if possessive.is_some() {
                possessive
            } else if matches!(prev, "su" | "sus" | "his" | "her" | "their")
                || crate::owners::relative_possessor(doc, t)
            {
                // "su detención": the person the sentence is about, named before.
                // ("Su médica, la doctora X, que la atendió tras su excarcelación": after a
                // clitic object, "su" is that object's, not X's.)
                slots.iter().rposition(|s| s.last <= t.first).filter(|&i| {
                    !(slots[i].last..t.first).any(|k| {
                        (matches!(doc.f(k), "que" | "quien") && CLITICS.contains(&doc.f(k + 1)))
                            || (matches!(doc.f(k), "who" | "that")
                                && matches!(doc.f(k + 2), "him" | "her" | "them"))
                    })
                })
            } else {
                // ("Ms X, a researcher, was granted temporary release": past its apposition.)
                let at = crate::subject_before::granted_to(doc, t.first).map_or(t.first, |a| {
                    let comma =
                        (a.saturating_sub(12)..a.saturating_sub(1)).rfind(|&k| doc.f(k) == ",");
                    comma.filter(|_| doc.f(a - 1) == ",").unwrap_or(a)
                });
                (slots.iter().rposition(|s| s.last == at))
                    .or_else(|| crate::granted::fronted(doc, slots, t.first))
            }
        }
        // ("El fiscal X, les imputó…": one name before a plural pronoun is who acted on them;
        // "A los dos, X y Y, los trasladaron" fronts them with "a".)
        // ("Luis Eduardo (primo): …a Humberto Lárez lo soltaron ayer": the object fronted with
        // "a" right before the clitic, not the first name of the line.)
        // ("Nos soltaron en la autopista", "me soltaron": the speaker's own, no name's.)
        Voice::Clitic if crate::auxiliaries::SPEAKER_CLITICS.contains(&doc.f(t.first)) => None,
        Voice::Clitic => slots
            .iter()
            .rposition(|s| {
                s.last <= t.first
                    && t.first - s.last <= 8
                    && (s.first.saturating_sub(4)..s.first)
                        .rev()
                        .take_while(|&k| {
                            matches!(doc.f(k), "a" | "al")
                                || (doc.tokens[k].kind == crate::text::TokenKind::Word
                                    && !doc.tokens[k].capitalised)
                        })
                        .any(|k| matches!(doc.f(k), "a" | "al"))
                    && s.first >= s_first
            })
            .or_else(|| crate::subject_before::clitic_unfronted(doc, slots, t, s_first))
            .filter(|&i| {
                !crate::auxiliaries::plural_clitic(doc, t)
                    || matches!(doc.f(slots[i].first.wrapping_sub(1)), "a" | "al")
                    || list_around(doc, slots, i).len() > 1
            }),
        Voice::Passive => {
            let passive_aux = PASSIVE_AUX.contains(&prev) || PASSIVE_AUX.contains(&prev2);
            // "at least 40 people remain in custody, including X": the people counted are the
            // subject; those named after are the group's (see `cue_members`).
            // ("FSB officers arrested Crimean Tatar activist X": the agents' past tense.)
            let agents_act = crate::taking_words::AGENTS.contains(&prev)
                && crate::participles::takes_object(doc, t.last);
            let among_them = crate::among::among_them(doc, t);
            let people = crate::count_words::PEOPLE.contains(&prev);
            if let Some(one) = crate::among::one_of(doc, slots, t, s_first) {
                Some(one)
            } else if let Some(one) =
                crate::companions::out_past_kin(doc, slots, t, before, s_first)
            {
                one
            } else if people && !passive_aux && !agents_act && !among_them {
                crate::participles::names_set_off_after(doc, t.last, s_last)
                    .and_then(|k| slots.iter().position(|s| s.first == k))
            } else if passive_aux
                || (people && among_them)
                || matches!(prev, "," | "who" | "whom" | "que" | "quien" | "quienes")
            {
                crate::subject_after::judged(doc, slots, t, before, s_last)
                    .or_else(|| crate::clause_subjects::past_aside(doc, slots, t, before, s_last))
                    // ("Junto a X también fue aprehendido el camarógrafo Y": not the one along.)
                    .or(before.filter(|&i| !crate::fronted_along::along_subject(doc, &slots[i], t)))
                    .or_else(|| crate::subject_after::first_after(doc, slots, t.last, 8, s_last))
                    // ("También fueron excarcelados, según la ONG, el exdiputado X…")
                    .or_else(|| crate::subject_after::past_source_aside(doc, slots, t.last, s_last))
                    .or_else(|| {
                        crate::subject_after::inverted_subject(doc, slots, t, before, s_last)
                    })
            } else {
                // Without an auxiliary, a name right before is the patient only in headline style
                // ("X freed"; see `clause_subjects::agent_between`).
                let agentive =
                    |from: usize| crate::clause_subjects::agent_between(doc, from, t.first);
                let state = matches!(
                    t.kind,
                    EventType::Detention | EventType::Disappearance | EventType::HouseArrest
                );
                // "X said house arrest \"is still prison\"": the speaker, not the patient.
                let spoken =
                    |i: usize| (slots[i].last..t.first).any(|k| SPEECH.contains(&doc.f(k)));
                if let Some(i) = crate::subject_after::judged(doc, slots, t, before, s_last) {
                    return all_at(i);
                }
                let adjacent = before.filter(|&i| {
                    (state || !agentive(slots[i].last))
                        && !spoken(i)
                        && !crate::companions::along(doc, &slots[i])
                });
                // («Mi hermano salió con 20 kilos menos», dijo X: the speaker is not who left.)
                let unspoken =
                    |i: &usize| !(t.last..slots[*i].first).any(|k| SPEECH.contains(&doc.f(k)));
                after_near()
                    .or(adjacent)
                    .or_else(|| {
                        // (The verb opens its sentence: "Siguen detenidos, según …, X".)
                        (before.is_none() && t.first <= s_first + 1).then(|| {
                            crate::subject_after::past_source_aside(doc, slots, t.last, s_last)
                        })?
                    })
                    .or_else(|| {
                        crate::subject_after::first_after(doc, slots, t.last, 8, s_last)
                            .filter(unspoken)
                    })
                    .or_else(|| {
                        crate::subject_after::inverted_subject(doc, slots, t, before, s_last)
                    })
                    .or_else(|| crate::header_colon::subject(doc, slots, t, s_first, s_last))
                    .or_else(|| crate::header_colon::one_after(doc, slots, t, (s_first, s_last)))
            }
        }
    };
    let chosen = chosen
        .and_then(|i| crate::owners::taken_not_owner(doc, slots, t, i, s_first))
        .filter(|&i| !crate::kin_object::said_of_kin(doc, &slots[i], t));
    if let Some(counted) = crate::quantifiers::quantified(doc, slots, t) {
        return counted;
    }
    // "…and retired general Z, who had been held since 2019": a relative clause in the singular
    // is about the last of a list only ("had" is of either number: singular unless the words
    // after the list, or a count before it, say otherwise).
    // ("Colombians A and B, who had been held…": two plain names joined by "and" right before
    // the relative share it; "…and retired general Z, who had…" is Z's alone.)
    let plain_pair = |i: usize| {
        i >= 1
            && s_first <= slots[i - 1].first
            && matches!(
                (slots[i - 1].last..slots[i].first)
                    .map(|k| doc.f(k))
                    .collect::<Vec<_>>()
                    .as_slice(),
                ["and"] | ["y"]
            )
    };
    // (Not a clause another name closes before the event: "A, who is 17, and B, 16, walked out".)
    // ("…y la maestra Reyna Traña, quien cumplía arresto domiciliario": "quien" is singular
    // whatever its verb.)
    let singular_relative = chosen.is_some_and(|i| {
        let s = slots[i];
        let relative = |w: &str| {
            (s.last..t.first)
                .any(|k| doc.f(k) == w && !slots.iter().any(|o| o.first > k && o.first < t.first))
        };
        // ("…y Marcus Oyelaran, un ciudadano estadounidense cuya detención no se había hecho
        // pública": "cuya" too.)
        s.last < t.first
            && (relative("quien")
                || relative("cuya")
                || relative("cuyo")
                || relative("who")
                    && (s.last..t.first).any(|k| {
                        matches!(
                            doc.f(k),
                            "has" | "was" | "is" | "fue" | "habia" | "ha" | "estaba"
                        ) || (doc.f(k) == "had"
                            && !crate::coordination::plural_cue(doc, s.last, t.first)
                            && crate::coordination::counted(doc, slots, t, &all_at(i)).is_none()
                            && !plain_pair(i))
                    }))
    });
    // "la periodista B, y el sindicalista C, preso en el Rodeo II": a Spanish participle in the
    // singular right after a name is about that name only.
    let word = doc.f(t.first);
    let singular_participle = prev == ","
        && matches!(t.voice, Voice::Passive)
        && (word.ends_with("do")
            || word.ends_with("da")
            || word.ends_with("so")
            || word.ends_with("sa"))
        && chosen.is_some_and(|i| slots[i].last + 1 == t.first);
    let whose = crate::subject_before::one_before_only(doc, slots, t, chosen);
    if singular_relative || singular_participle || whose {
        return chosen.into_iter().collect();
    }
    let mut all = chosen.map(all_at).unwrap_or_default();
    crate::coordination::past_last_semicolon(doc, slots, t, chosen, s_first, &mut all);
    if let ([one], Some(other)) = (
        all.as_slice(),
        crate::coordination::plural_partner(doc, slots, t, chosen.unwrap_or(0)),
    ) {
        all = vec![other, *one];
    }
    crate::coordination::counted_apposition(doc, slots, t, all)
}

/// Spanish object clitics.
use crate::auxiliaries::CLITICS;
