//! The modality of a trigger: what the words around it say of the event (a fact, announced,
//! or future, demanded, hoped for, denied and so no event at all).

use crate::modality_words::{ANNOUNCED_CUES, NOT_EVENT_CUES};
use crate::model::{Certainty, EventType};
use crate::text::Doc;
use crate::triggers::{Trigger, Voice};

/// Whether the words before a trigger make it a future ("will release", "would free",
/// "liberará"): what a count next to it announces is yet to happen.
pub fn is_future(doc: &Doc<'_>, trigger: &Trigger, sentence_first: usize) -> bool {
    matches!(
        doc.f(trigger.first),
        "liberara" | "liberaran" | "excarcelara" | "excarcelaran" | "saldra" | "saldran"
    ) || (trigger.first.saturating_sub(4).max(sentence_first)..trigger.first).any(|k| {
        matches!(
            doc.f(k),
            "will" | "would" | "shall" | "sera" | "seran" | "va" | "van" | "próximos" | "proximos"
        )
    })
}

/// What the words before a trigger say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modality {
    /// Reported as having happened.
    Fact,
    /// Announced by someone: kept, with certainty "announced".
    Announced(Certainty),
    /// Future, demanded, hoped for, hypothetical or denied: not an event.
    NotAnEvent,
}

/// The modality of a trigger from up to six words before it, stopping at clause punctuation.
pub fn modality(doc: &Doc<'_>, trigger: &Trigger, sentence_first: usize) -> Modality {
    if crate::attempts::attempted(doc, trigger) {
        return Modality::Announced(Certainty::Attempted);
    }
    // ("will stay under house arrest, which the judge upheld", "seguirá bajo arresto
    // domiciliario"): a custody that goes on is one that is.
    let goes_on = matches!(trigger.kind, EventType::HouseArrest | EventType::Detention)
        && (trigger.first.saturating_sub(3).max(sentence_first)..trigger.first).any(|k| {
            matches!(doc.f(k), "will" | "would")
                && matches!(doc.f(k + 1), "stay" | "remain" | "continue")
                // (Right after its subject's name: "X, 79, will stay under house arrest"; not
                // "…to her home, where she will remain under house arrest, her husband said".)
                && (doc.f(k - 1) == "," || doc.tokens.get(k - 1).is_some_and(|t| t.capitalised))
        });
    // (Not under a condition: "will stay under house arrest if the court approves".)
    let conditional = doc.sentence_at(trigger.first).is_some_and(|s| {
        (trigger.last..s.last).any(|k| matches!(doc.f(k), "if" | "si" | "unless" | "provided"))
    });
    if goes_on && !conditional {
        return Modality::Fact;
    }
    // ("Las autoridades no reconocen tenerlo", "his family does not know where he is": the
    // denial is the disappearance itself; see `whereabouts_reading::unknown_indeed`.)
    if trigger.kind == EventType::Disappearance
        && (crate::whereabouts_reading::told_by_negation(doc.f(trigger.first))
            || crate::untold_whereabouts::untold_at(doc, trigger.first, trigger.last)
                .is_some_and(|last| last == trigger.last))
    {
        return Modality::Fact;
    }
    // "cuya liberación reclamó su hermana", "whose release his family demanded": asked for.
    if trigger.voice == Voice::Nominal
        && (trigger.last..trigger.last + 3).any(|k| crate::requests::DEMANDED.contains(&doc.f(k)))
        && !crate::requests::told_done(doc, trigger)
    {
        return Modality::NotAnEvent;
    }
    // "herself freed from prison years ago", "excarcelado hace años": a former prisoner's past
    // with no time the text gives, told of someone who speaks now.
    let long_ago = (trigger.last..trigger.last + 6).any(|k| {
        (doc.f(k) == "ago" && matches!(doc.f(k - 1), "years" | "decades" | "decade" | "long"))
            || (doc.f(k) == "hace"
                && doc.f(k - 1) != "desde"
                && (matches!(
                    doc.f(k + 1),
                    "anos" | "decadas" | "tiempo" | "mucho" | "muchos"
                ) || (k + 2..k + 5).any(|j| matches!(doc.f(j), "anos" | "decadas"))))
    });
    if long_ago {
        return Modality::NotAnEvent;
    }
    if crate::legend_words::legend(doc, trigger, sentence_first)
        || crate::legend_words::anyone(doc, trigger, sentence_first)
    {
        return Modality::NotAnEvent;
    }
    if crate::questions::yes_no_question(doc, trigger, sentence_first)
        || crate::requests::longed_for(doc, trigger, sentence_first)
        || crate::abroad_words::practice_named(doc, trigger, sentence_first)
        || crate::fact_checks::hearsay_only(doc, trigger)
    {
        return Modality::NotAnEvent;
    }
    if crate::fact_checks::quoted_then_false(doc, trigger)
        || crate::fact_checks::labelled_claim_false(doc, trigger)
        || crate::false_reports::judged_false(doc, trigger)
        || crate::false_reports::not_had(doc, trigger)
        || crate::false_reports::not_carried_out(doc, trigger)
    {
        return Modality::NotAnEvent;
    }
    match crate::denials::denied(doc, trigger, sentence_first) {
        Some(crate::denials::Denial::False) => return Modality::NotAnEvent,
        Some(crate::denials::Denial::ByTheState) => {
            return Modality::Announced(Certainty::Disputed);
        }
        None => {}
    }
    // ("…said his client would be \"among the first freed\"": a future past its quotes.)
    let first_to_come = doc.f(trigger.first.wrapping_sub(1)) == "first"
        && (trigger.first.saturating_sub(8).max(sentence_first)..trigger.first)
            .any(|k| matches!(doc.f(k), "will" | "would"));
    let plain = plain_modality(doc, trigger, sentence_first);
    if (first_to_come || plain == Modality::NotAnEvent)
        && crate::announced::announced_future(doc, trigger, sentence_first)
    {
        return Modality::Announced(Certainty::Announced);
    }
    if first_to_come {
        Modality::NotAnEvent
    } else {
        plain
    }
}

fn plain_modality(doc: &Doc<'_>, trigger: &Trigger, sentence_first: usize) -> Modality {
    // "liberará", "excarcelarán" (accents folded): a future, whatever stands before it.
    if matches!(
        doc.f(trigger.first),
        "liberara" | "liberaran" | "excarcelara" | "excarcelaran" | "saldra" | "saldran"
    ) {
        return Modality::NotAnEvent;
    }
    if crate::modality_words::no_custody_at_all(doc, trigger, sentence_first) {
        return Modality::NotAnEvent;
    }
    // ("calls for an end to the house arrest of X", "exigen el cese de la detención de Y"): what
    // is to end holds now.
    let ended = (trigger.first.saturating_sub(4).max(sentence_first)..trigger.first)
        .any(|k| doc.matches_any_at(k, &["end to", "fin a", "fin al", "cese de", "cese a"]));
    if ended
        && !matches!(
            trigger.kind,
            EventType::Release | EventType::ConditionalRelease
        )
    {
        return Modality::Fact;
    }
    if crate::requests::asked_of(doc, trigger, sentence_first)
        || crate::requests::left_out(doc, trigger, sentence_first)
    {
        return Modality::NotAnEvent;
    }
    let from = trigger.first.saturating_sub(6).max(sentence_first);
    let mut announced = false;
    for k in (from..trigger.first).rev() {
        let w = doc.f(k);
        // A quote opening the words of the event ("pidió \"libertad plena\"") does not end the clause.
        if w == "\"" && k + 2 >= trigger.first {
            continue;
        }
        // ("\"working without pause\" for the release of X": what is quoted is the effort for it.)
        if w == "\"" && matches!(doc.f(k + 1), "for" | "por" | "para") && k + 4 >= trigger.first {
            continue;
        }
        if matches!(w, ";" | ":" | "." | "\"") {
            break;
        }
        // ("refused to sign the pardon request and remained in the colony": after a refusal, a
        // verb right after "and" is a clause of its own; "who has refused to write a request for
        // a pardon, remains in the colony": so is the verb after the comma that closes a relative
        // clause holding the refusal. Only a refusal: "could be arrested and deported" stays
        // one modal clause.)
        if k + 1 == trigger.first
            && crate::modality_words::refused_before(doc, w, sentence_first, k)
        {
            break;
        }
        if crate::clause_breaks::and_opens_clause(doc, trigger, sentence_first, k) {
            break;
        }
        // ("Mora Bastardo, who denies the charges, is held at Rodeo I": a relative clause set
        // off by commas before the verb says nothing of it.)
        if w == ","
            && k + 3 >= trigger.first
            && (sentence_first..k)
                .rev()
                .take_while(|&j| doc.f(j) != ",")
                .last()
                .is_some_and(|j| {
                    j > sentence_first
                        && doc.f(j - 1) == ","
                        && matches!(
                            doc.f(j),
                            "who"
                                | "which"
                                | "whose"
                                | "que"
                                | "quien"
                                | "quienes"
                                | "cuyo"
                                | "cuya"
                        )
                })
        {
            break;
        }
        // ("la boleta nunca fue ejecutada y Lara sigue recluido", "ordenó su libertad y Briceño
        // salió esa noche": a capitalised word after "y", a name not joined to one before it,
        // opens a clause of its own.)
        // ("Activists demand Ana and Luis Ferrer be freed": names joined, one clause.)
        if matches!(w, "y" | "and" | "pero" | "but")
            && k + 1 < trigger.first
            && doc.tokens.get(k + 1).is_some_and(|t| t.capitalised)
            && !doc
                .tokens
                .get(k.wrapping_sub(1))
                .is_some_and(|t| t.capitalised)
        {
            break;
        }
        // "no" and "not" only deny when close to the verb; a comma ends the clause for them.
        // ("nunca llegó a ser detenido": "never" reaches a little further.)
        // ("no ha vuelto a ser detenido": past the auxiliaries of a repeat; "no está ni estuvo
        // detenido": of a denial doubled.)
        let near = trigger.first - k <= 3
            || (matches!(w, "nunca" | "never") && trigger.first - k <= 5)
            || (k + 1..trigger.first).all(|j| {
                matches!(
                    doc.f(j),
                    "ha" | "han"
                        | "habia"
                        | "vuelto"
                        | "volvio"
                        | "a"
                        | "ser"
                        | "ni"
                        | "esta"
                        | "estuvo"
                        | "fue"
                        | "sido"
                )
            });
        // ("Peraza no estaba detenido ni había sido detenido": "ni" and auxiliaries after a
        // denial deny too.)
        let nor_denied = w == "ni"
            && near
            && (k.saturating_sub(6).max(sentence_first)..k)
                .any(|j| matches!(doc.f(j), "no" | "nunca"));
        let negation = nor_denied
            || matches!(
                w,
                "not" | "n't" | "no" | "never" | "nunca" | "sin" | "without"
            );
        // ("sin orden judicial se llevaron a X": "sin" before a noun denies the noun, not the
        // verb after it; "sin ser liberado", "without being charged" deny.)
        let noun_denied = matches!(w, "sin" | "without")
            && k + 1 != trigger.first
            && !matches!(
                doc.f(k + 1),
                "ser"
                    | "haber"
                    | "being"
                    | "having"
                    | "que"
                    | "ever"
                    | "jamas"
                    | "siquiera"
                    | "llegar"
                    | "even"
                    | "formally"
                    | "nunca"
                    | "been"
            );
        let past_comma = crate::modality_words::clause_ended(doc, k, trigger.first);
        if negation && (!near || noun_denied || past_comma) {
            continue;
        }
        // "to" only marks an infinitive right before a verb ("to be freed", "to release").
        // ("Among the first to leave Rodeo I": the ones who did, not an intent.)
        if w == "to"
            && (trigger.kind == EventType::HouseArrest
                || !(doc.f(k + 1) == "be" || k + 1 == trigger.first)
                || matches!(doc.f(k.wrapping_sub(1)), "first" | "last"))
        {
            continue;
        }
        if w == "para" && k + 1 != trigger.first && doc.f(k + 1) != "su" && doc.f(k + 1) != "la" {
            continue;
        }
        let instead = matches!(w, "lugar" | "vez")
            && doc.f(k.wrapping_sub(1)) == "en"
            && doc.f(k + 1) == "de";
        // "durante su detención", "during his detention": a custody told elsewhere.
        let during = matches!(w, "durante" | "during") && k + 2 >= trigger.first;
        let named_so = crate::cue_exceptions::named_so(doc, k, trigger.first);
        // (Not a cue: "May" the month, "información falsa" a charge's words, "ningún" of
        // another clause.)
        let no_cue = crate::printed_dates::may_the_month(doc, k)
            || crate::cue_exceptions::false_news(doc, k)
            || crate::cue_exceptions::none_of_another_clause(doc, k, trigger.first);
        let asked = crate::requests::asks_at(doc, k)
            && matches!(
                trigger.kind,
                EventType::Release | EventType::ConditionalRelease
            );
        let ought = crate::modality_words::ought(doc, k, trigger.first);
        // ("He requested house arrest on medical grounds five times": a measure asked for; not
        // "he requested asylum and was detained".)
        // (Not one granted as asked: "the requested house arrest", "as his lawyers requested,
        // released on bail".)
        let requested = w == "requested"
            && trigger.first <= k + 3
            && !matches!(
                doc.f(k.wrapping_sub(1)),
                "the" | "as" | "was" | "were" | "been"
            )
            && !(k..trigger.first).any(|j| doc.f(j) == ",")
            && matches!(
                trigger.kind,
                EventType::HouseArrest | EventType::Release | EventType::ConditionalRelease
            );
        if (NOT_EVENT_CUES.contains(&w) && !named_so && !no_cue)
            || requested
            || nor_denied
            || asked
            || instead
            || during
            || ought
        {
            return Modality::NotAnEvent;
        }
        if ANNOUNCED_CUES.contains(&w) && !crate::announced::described_people(doc, trigger) {
            announced = true;
        }
    }
    if announced {
        Modality::Announced(Certainty::Announced)
    } else {
        Modality::Fact
    }
}
