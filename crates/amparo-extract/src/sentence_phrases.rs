//! Sentences told by what was given rather than by "condenó"/"sentenced": "recibió 24 años de
//! prisión", "received 20 years each", "was handed a 15-year sentence", "impuso la pena máxima de
//! 30 años de prisión a X".

use crate::text::Doc;
use crate::triggers::Voice;

/// A verb of receiving or imposing at token `i` with a term of years after it (or, for a judge's
/// verb, the sentence's noun): the trigger's end and its voice (the receiver is the subject;
/// who a judge imposes it on, the object).
/// Whether the court's verb `w` names whom it sentences before the term ("sancionó a X a ocho
/// años", "condena a X a 12 años").
pub(crate) fn object_before_term(doc: &Doc<'_>, i: usize) -> bool {
    let w = doc.f(i);
    // (Not "Condenan a 30 años a tres dirigentes": the term first.)
    w.starts_with("sancion")
        || matches!(w, "gave" | "handed")
        || (matches!(w, "condena" | "condenan")
            && !doc.is_number(i + 2)
            && crate::counts::number_word(doc.f(i + 2)).is_none())
}

pub(crate) fn given_term(doc: &Doc<'_>, i: usize, to: usize) -> Option<(usize, Voice)> {
    let voice = match doc.f(i) {
        "received" | "receives" | "recibio" | "recibieron" | "recibe" | "reciben" => Voice::Passive,
        // ("Ilya X, a programmer from Ufa, who got six years for donating 500 roubles"; not "got
        // two years suspended", never held.)
        "got" | "gets"
            if (doc.is_number(i + 1) || crate::counts::number_word(doc.f(i + 1)).is_some())
                && !(i + 2..i + 6).any(|k| matches!(doc.f(k), "suspended" | "probation")) =>
        {
            Voice::Passive
        }
        // ("was handed a 15-year sentence", "were given ten years")
        "handed" | "given" if matches!(doc.f(i.wrapping_sub(1)), "was" | "were") => Voice::Passive,
        "impuso" | "impusieron" | "dicto" | "dictaron" => Voice::Active,
        // ("Judge X gave Lebedko and Sobolev five and a half years each", "handed him ten years")
        "gave" | "handed"
            if doc.tokens.get(i + 1).is_some_and(|t| t.capitalised)
                || matches!(doc.f(i + 1), "him" | "her" | "them") =>
        {
            Voice::Active
        }
        // (Cuba's courts "sancionan": "Sancionar a X a OCHO AÑOS de privación de libertad",
        // "fue sancionado a tres años de trabajo correccional"; a term always follows.)
        "sancionar" | "sanciono" | "sancionaron" | "sanciona" => Voice::Active,
        // (A timeline's present: "El Tribunal … condena a Moncada a 12 años de prisión"; not the
        // noun, "su condena a 16 años".)
        "condena" | "condenan"
            if doc.f(i + 1) == "a"
                && !matches!(
                    doc.f(i.wrapping_sub(1)),
                    "la" | "las" | "su" | "una" | "esta" | "de" | "sus" | "the"
                ) =>
        {
            Voice::Active
        }
        "sancionado" | "sancionada" | "sancionados" | "sancionadas" => Voice::Passive,
        // ("serving 9 years since his arrest", "purga una condena de 20 años")
        // (Not a term served out: "released after fully serving her sentence".)
        // (Nor a service: "serving in the National Guard for 12 years".)
        // ("que cumplía una condena de seis años"; not "cumplía cinco años en Tocorón cuando
        // fue liberado", years served.)
        "cumplia" | "cumplian" | "purgaba" | "purgaban"
            if matches!(doc.f(i + 1), "una" | "la" | "su")
                && matches!(doc.f(i + 2), "condena" | "pena") =>
        {
            Voice::Passive
        }
        "serving" | "cumple" | "purga" | "cumpliendo" | "cumplen" | "purgan"
            if !(i.saturating_sub(2)..i)
                .any(|k| matches!(doc.f(k), "after" | "fully" | "tras" | "having"))
                && !matches!(doc.f(i + 1), "in" | "with" | "as" | "on" | "at") =>
        {
            Voice::Passive
        }
        _ => return None,
    };
    let number = |k: usize| crate::count_words::number_at(doc, k);
    // A term of years ("24 años de prisión", "15 years each"), not of a career or a past ("sus
    // 20 años de carrera", "20 years of service", "20 years ago"), nor a ban from office.
    let years = |n: usize| {
        // ("five and a half years")
        let half = (doc.f(n + 1), doc.f(n + 2), doc.f(n + 3)) == ("and", "a", "half");
        let k = if half { n + 3 } else { n };
        // ("three-and-a-half years", one word)
        let hyphened = doc
            .f(n)
            .strip_suffix("-and-a-half")
            .is_some_and(|w| crate::counts::number_word(w).is_some());
        let unit = matches!(doc.f(k + 1), "years" | "year" | "anos" | "ano")
            || (doc.f(k + 1) == "-" && doc.f(k + 2) == "year");
        let after = if doc.f(k + 1) == "-" { k + 3 } else { k + 2 };
        let of = matches!(doc.f(after), "de" | "of");
        let prison = matches!(
            doc.f(after + 1),
            "prision"
                | "carcel"
                | "reclusion"
                | "prison"
                | "jail"
                | "presidio"
                | "privacion"
                | "limitacion"
                | "trabajo"
        );
        (number(n) || hyphened)
            && unit
            && (!of || prison)
            && doc.f(after) != "ago"
            && !matches!(
                doc.f(n.wrapping_sub(1)),
                "sus" | "su" | "his" | "her" | "their" | "por"
            )
    };
    // (A court's "sancionar" may name several before their terms: "Sancionar a los acusados A
    // y B a CINCO y CUATRO AÑOS".)
    let span = if object_before_term(doc, i) { 18 } else { 8 };
    let reach = i + 1..to.min(i + span);
    let ban = reach
        .clone()
        .any(|k| doc.f(k).starts_with("inhabilit") || matches!(doc.f(k), "multa" | "fine" | "ban"));
    // The sentence's own noun counts for a judge's verb or one "handed" ("impuso la pena máxima",
    // "was handed a 15-year sentence"), not for one who "received" another's.
    let noun_ok = voice == Voice::Active || matches!(doc.f(i), "handed" | "serving");
    // (One serves a term told by its noun: "cumple una condena", not "cumple 20 años"; or by
    // what it is for: "cumple diez años por salir a la calle con un cartel".)
    let serves = matches!(doc.f(i), "cumple" | "purga");
    let term = reach.clone().find(|&k| {
        (years(k) && (!serves || doc.f(k + 2) == "por"))
            || ((noun_ok || serves) && matches!(doc.f(k), "sentence" | "pena" | "condena"))
    })?;
    // (A term, not a time: "gave interviews for 20 years".)
    let time = matches!(doc.f(i), "gave" | "handed")
        && matches!(
            doc.f(term - 1),
            "for" | "in" | "after" | "over" | "within" | "last"
        );
    (!ban && !time).then_some((term + 1, voice))
}

/// ("the city court on Friday upheld an eight-year sentence against the artist X", "el Supremo
/// ratificó la condena de ocho años contra el activista Y"): a sentence confirmed on appeal,
/// dated by the ruling; its person after "against", "contra". The token past "against".
pub(crate) fn sentence_upheld(doc: &crate::text::Doc<'_>, i: usize, to: usize) -> Option<usize> {
    if !matches!(
        doc.f(i),
        "upheld"
            | "upholds"
            | "confirmed"
            | "ratifico"
            | "ratificaron"
            | "confirmo"
            | "confirmaron"
    ) {
        return None;
    }
    let noun = (i + 1..to.min(i + 6)).find(|&k| {
        matches!(
            doc.f(k),
            "sentence" | "sentences" | "conviction" | "condena" | "sentencia" | "pena"
        )
    })?;
    (noun + 1..to.min(noun + 8))
        .take_while(|&k| !matches!(doc.f(k), "." | ";" | ","))
        .find(|&k| matches!(doc.f(k), "contra" | "against"))
        .map(|k| k + 1)
}

/// ("Judge X found editor A, reporter B and camerawoman C guilty of smuggling"): a conviction;
/// its people named between "found" and "guilty". The token past "guilty".
pub(crate) fn found_guilty(doc: &crate::text::Doc<'_>, i: usize, to: usize) -> Option<usize> {
    if doc.f(i) != "found" || matches!(doc.f(i.wrapping_sub(1)), "was" | "were" | "be" | "been") {
        return None;
    }
    let guilty = (i + 2..to.min(i + 20))
        .take_while(|&k| !matches!(doc.f(k), "." | ";" | "that" | "not"))
        .find(|&k| doc.f(k) == "guilty")?;
    // (Someone named between, not "found no evidence"; "found them guilty" is a group's, whose
    // people the text lists after.)
    (i + 1..guilty)
        .any(|k| doc.tokens[k].capitalised)
        .then_some(guilty + 1)
}

/// ("Ilya X, 19, jailed for 15 days", "a factory worker jailed for five years over the
/// protests"): a term given, a sentence; not a stay told, "had been jailed for two years".
pub(crate) fn jailed_terms(doc: &Doc<'_>, out: &mut [crate::triggers::Trigger]) {
    for t in out.iter_mut().filter(|t| {
        matches!(doc.f(t.first), "jailed" | "imprisoned")
            && doc.f(t.last) == "for"
            && crate::count_words::parse_number(doc, t.last + 1).is_some()
            && matches!(doc.f(t.last + 2), "days" | "months" | "years")
            && !matches!(doc.f(t.first.wrapping_sub(1)), "been" | "being")
            // (Not a heading over names, "Jailed for 15 days", whose list keeps its lead's
            // arrest.)
            && doc.sentence_at(t.first).is_some_and(|s| s.first < t.first)
    }) {
        t.kind = crate::model::EventType::Sentence;
    }
}

/// ("The Supreme Court on Tuesday delivered its verdict in the appeal of blogger X, upholding
/// his acquittal", "emitió su veredicto … y lo absolvió"): a verdict told as a noun that acquits
/// passes no sentence.
pub(crate) fn acquittal_verdict(doc: &Doc<'_>, t: &crate::triggers::Trigger) -> bool {
    t.kind == crate::model::EventType::Sentence
        && t.voice == Voice::Nominal
        && (t.first..=t.last).any(|k| matches!(doc.f(k), "verdict" | "veredicto"))
        && doc.sentence_at(t.first).is_some_and(|s| {
            (s.first..s.last).any(|k| {
                // (Not an acquittal overturned: "overturning his acquittal and sentencing him".)
                ["acquit", "absuel", "absolv"]
                    .iter()
                    .any(|p| doc.f(k).starts_with(p))
                    && !(k.saturating_sub(3)..k).any(|j| {
                        ["overturn", "revers", "revoc", "anul", "quash"]
                            .iter()
                            .any(|p| doc.f(j).starts_with(p))
                    })
            })
        })
}

/// ("La sala le ratificó siete años de privación de libertad", "Le confirmaron los cinco años",
/// "la sala le rebajó la pena de seis a tres años", "La sala mantuvo su condena de ocho años"):
/// an appeal court that keeps or cuts a term passes a sentence on the one its pronoun names.
/// The token past the term's word, and the pronoun's voice.
pub(crate) fn term_kept(doc: &Doc<'_>, i: usize, to: usize) -> Option<(usize, Voice)> {
    if !matches!(
        doc.f(i),
        "ratifico"
            | "ratificaron"
            | "confirmo"
            | "confirmaron"
            | "mantuvo"
            | "mantuvieron"
            | "rebajo"
            | "rebajaron"
            | "redujo"
            | "redujeron"
    ) {
        return None;
    }
    let clitic = matches!(doc.f(i.wrapping_sub(1)), "le" | "les");
    let term = (i + 1..to.min(i + 6)).find(|&k| {
        // (The term right after the verb: "le ratificó siete años", "confirmaron los cinco
        // años"; not "mantuvo su versión durante tres años".)
        (matches!(doc.f(k), "anos" | "ano")
            && crate::count_words::number_at(doc, k - 1)
            && (i + 1..k - 1).all(|j| matches!(doc.f(j), "los" | "las" | "sus" | "su")))
            || (matches!(doc.f(k), "pena" | "condena" | "sancion")
                && (clitic || matches!(doc.f(k - 1), "su" | "sus")))
    })?;
    Some((term + 1, Voice::Clitic))
}
