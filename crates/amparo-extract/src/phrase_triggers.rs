//! Triggers read by their own rules rather than the word list: leaving a prison or being handed
//! over ("salió de la cárcel", "entregados en el puente"), a term given ("recibió 24 años"),
//! being brought before a court, sent to or kept in a prison, and a death in custody, told by
//! its verb or its noun.

use crate::borders::{handed_over, handed_over_at_border};
use crate::custody_phrases::{before_court, counted_after, left_prison};
use crate::model::EventType::*;
use crate::stays::stay_in_prison;
use crate::text::Doc;
use crate::transfer_phrases::sent_to_prison;
use crate::triggers::{Trigger, Voice};

/// The triggers a phrase starting at token `i` tells, and the token reading goes on from.
pub(crate) fn phrase_at(doc: &Doc<'_>, i: usize, to: usize) -> Option<(Vec<Trigger>, usize)> {
    let one = |first: usize, last: usize, kind, voice| Trigger {
        first,
        last,
        kind,
        voice,
        group_only: false,
    };
    if let Some(last) = left_prison(doc, i, to).or_else(|| handed_over(doc, i, to)) {
        // ("funcionarios entregaron a Migración Colombia a A, B y C": the active verb's people
        // come after it.)
        let voice = if doc.f(i) == "entregaron" {
            Voice::Active
        } else {
            Voice::Passive
        };
        let release = Trigger {
            group_only: counted_after(doc, i, to),
            ..one(i, i + 1, Release, voice)
        };
        // (Handed over at a border: freed and sent out at once.)
        let mut found = vec![release];
        if handed_over_at_border(doc, i, to) {
            found.push(Trigger {
                kind: Expulsion,
                ..release
            });
        }
        return Some((found, last));
    }
    // ("5. ESPINOZA MATA, Rafael (63) — Ramo Verde — HA Feb. 16" under "\"HA\" means the person
    // was moved to house arrest"): a legend's mark tells the event its definition does.
    if let Some((last, clitic)) = crate::attempts::attempted_arrest(doc, i) {
        // ("intentó detenerla el comisario X": the one the clitic names, not the actor after.)
        let voice = if clitic { Voice::Clitic } else { Voice::Active };
        return Some((vec![one(i, last, Arrest, voice)], last));
    }
    if let Some(kind) = legend_kind(doc, i) {
        return Some((vec![one(i, i + 1, kind, Voice::Passive)], i + 1));
    }
    if let Some(kind) = after_that(doc, i) {
        return Some((vec![one(i, i + 1, kind, Voice::Active)], i + 1));
    }
    if let Some(last) = crate::held_words::kept_at(doc, i, to) {
        return Some((vec![one(i, last, Detention, Voice::Clitic)], last));
    }
    if let Some(last) = crate::still_held::still_held_after(doc, i, to) {
        return Some((vec![one(i, last, Detention, Voice::Active)], last));
    }
    if let Some(last) = crate::sent_out::flown_abroad(doc, i) {
        // (Foreigners flown home are expelled: "three U.S. citizens … released and flown to
        // Houston".)
        let kind = crate::abroad_words::leaving_kind(doc, i);
        return Some((vec![one(i, i + 1, kind, Voice::Passive)], last));
    }
    if let Some(last) = crate::returned_home::returned_home(doc, i, to) {
        let expelled = one(i, last, Expulsion, Voice::Passive);
        return Some((vec![one(i, last, Release, Voice::Passive), expelled], last));
    }
    if let Some(last) = crate::borders::driven_to_border(doc, i, to) {
        // ("drove 14 of them across the border": the driven are its object.)
        // ("y lo llevó por la fuerza hasta la frontera", "and drove him to the border": the one
        // the pronoun names.)
        let pronoun = matches!(doc.f(i.wrapping_sub(1)), "lo" | "la" | "los" | "las")
            || matches!(doc.f(i + 1), "him" | "her");
        // ("…released A and B on Thursday and drove them to the border": the freed, named
        // before, as "put them on a flight".)
        let voice = if pronoun {
            Voice::Clitic
        } else if doc.f(i + 1) == "them" && matches!(doc.f(i.wrapping_sub(1)), "and" | "then") {
            Voice::Passive
        } else if matches!(doc.f(i), "drove" | "llevo" | "llevaron") {
            Voice::Active
        } else {
            Voice::Passive
        };
        // (Nationals driven out are exiled: "el exconcejal X fue excarcelado y llevado por la
        // fuerza hasta la frontera con Honduras"; foreigners expelled, as flown.)
        let kind = crate::abroad_words::leaving_kind(doc, i);
        return Some((vec![one(i, i + 1, kind, voice)], last));
    }
    if let Some((last, voice)) = crate::flights::put_on_flight(doc, i, to) {
        let kind = crate::abroad_words::leaving_kind(doc, i);
        return Some((vec![one(i, i + 1, kind, voice)], last));
    }
    if let Some((last, voice)) = crate::sentence_phrases::given_term(doc, i, to) {
        // (Who a judge imposes it on comes after the term: "impuso la pena máxima de 30 años de
        // prisión al exconcejal X".)
        // ("sancionó a X a ocho años": the object before the term.)
        let end = if voice == Voice::Active && !crate::sentence_phrases::object_before_term(doc, i)
        {
            last
        } else {
            i + 1
        };
        let mut found = vec![one(i, end, Sentence, voice)];
        // ("Cumple la pena en el Combinado del Este", "serving his sentence in Penal Colony No.
        // 2": a term served in a prison is a custody now, too.)
        if matches!(
            doc.f(i),
            "cumple" | "cumplen" | "purga" | "purgan" | "serving"
        ) && (last..to.min(last + 3)).any(|k| {
            matches!(doc.f(k), "en" | "in" | "at")
                && doc.tokens.get(k + 1).is_some_and(|t| {
                    t.capitalised
                        || crate::custody_phrases::CUSTODY_PLACES.contains(&t.folded.as_str())
                        || matches!(t.folded.as_str(), "el" | "la" | "the")
                })
        }) {
            found.push(one(i, i + 1, Detention, Voice::Passive));
        }
        return Some((found, last));
    }
    if let Some(last) = crate::sentence_phrases::found_guilty(doc, i, to) {
        return Some((vec![one(i, i + 1, Sentence, Voice::Active)], last));
    }
    if let Some((last, voice)) = crate::sentence_phrases::term_kept(doc, i, to) {
        return Some((vec![one(i, i + 1, Sentence, voice)], last));
    }
    if let Some(last) = crate::sentence_phrases::sentence_upheld(doc, i, to) {
        return Some((vec![one(i, last, Sentence, Voice::Active)], last));
    }
    if let Some(last) = crate::court_words::accusation_admitted(doc, i, to) {
        // ("admitió la acusación contra tres miembros de la organización X": a group counted.)
        let counted = crate::count_words::parse_number(doc, last).is_some();
        let charge = Trigger {
            group_only: counted,
            ..one(i, last, Charge, Voice::Active)
        };
        return Some((vec![charge], last));
    }
    if let Some((last, voice)) = crate::taking_words::taken_from_home(doc, i, to) {
        return Some((vec![one(i, i + 1, Arrest, voice)], last));
    }
    if let Some(last) = before_court(doc, i, to) {
        return Some((vec![one(i, last, Charge, Voice::Passive)], last));
    }
    if let Some(last) = sent_to_prison(doc, i, to) {
        // ("En marzo lo pasaron a Tocuyito": see `transfer_phrases::moved_by_clitic`.)
        let clitic = crate::transfer_phrases::moved_by_clitic(doc, i);
        let (first, voice) = if clitic {
            (i - 1, Voice::Clitic)
        } else {
            (i, Voice::Passive)
        };
        let moved = Trigger {
            group_only: crate::unnamed_groups::those_anyone(doc, i, last),
            ..one(first, last, Transfer, voice)
        };
        return Some((vec![moved], last));
    }
    if let Some(last) = crate::stays::counted_held(doc, i, to) {
        return Some((vec![one(i, last, Detention, Voice::Active)], last));
    }
    if let Some(last) = stay_in_prison(doc, i, to) {
        return Some((vec![one(i, i + 1, Detention, Voice::Passive)], last));
    }
    // ("la muerte del sargento X, de 29 años, ocurrida el 27 de octubre en la sede de la DGCIM",
    // "the death of X in custody"): the noun, whose person follows it.
    // (The custody the death's own: no one else's clause between — "la muerte de X en un
    // accidente…, confirmada por su hermano, quien permanece bajo custodia".)
    let custody = (i + 2..to.min(i + 24))
        .take_while(|&k| !matches!(doc.f(k), "quien" | "who" | "que" | "su" | "his" | "her"))
        .any(|k| {
            matches!(doc.f(k), "custody" | "custodia")
                || crate::custody_phrases::CUSTODY_PLACES.contains(&doc.f(k))
        });
    if matches!(doc.f(i), "muerte" | "death" | "fallecimiento")
        && matches!(doc.f(i + 1), "de" | "del" | "of")
        && custody
    {
        return Some((vec![one(i, i + 2, DeathInCustody, Voice::Nominal)], i + 2));
    }
    crate::deaths::death_in_custody(doc, i, to)
        .map(|last| (vec![one(i, last, DeathInCustody, Voice::Passive)], last))
}

/// The event a legend's mark at token `i` stands for: the first its definition tells, read
/// only where the mark is used, not in the legend itself.
fn legend_kind(doc: &Doc<'_>, i: usize) -> Option<crate::model::EventType> {
    let word = doc.tokens.get(i)?.text;
    let &(_, from) = doc.marks.iter().find(|(m, _)| *m == word)?;
    let legend = doc.sentence_at(from)?;
    if (legend.first..legend.last).contains(&i) {
        return None;
    }
    crate::triggers::find(doc, from, legend.last)
        .first()
        .map(|t| t.kind)
}

/// ("…días después de que un tribunal militar condenara el pasado jueves a 18 años de prisión
/// al capitán X", "luego de que la policía detuviera a Y"): the imperfect subjunctive after
/// "después de que" tells a deed done, read as the active verb it stands for.
fn after_that(doc: &Doc<'_>, i: usize) -> Option<crate::model::EventType> {
    let kind = match doc.f(i) {
        "detuviera" | "detuvieran" | "arrestara" | "arrestaran" | "capturara" | "capturaran" => {
            Arrest
        }
        "condenara" | "condenaran" => Sentence,
        "excarcelara" | "excarcelaran" | "liberara" | "liberaran" => Release,
        "trasladara" | "trasladaran" => Transfer,
        "imputara" | "imputaran" => Charge,
        _ => return None,
    };
    // (Not after a clitic, "después de que las autoridades lo excarcelaran", read as before.)
    if crate::auxiliaries::CLITICS.contains(&doc.f(i.wrapping_sub(1))) {
        return None;
    }
    let first = doc.sentence_at(i).map_or(0, |s| s.first);
    let cue = (i.saturating_sub(8).max(first)..i).rfind(|&k| doc.f(k) == "que")?;
    let after = (matches!(doc.f(cue.wrapping_sub(2)), "despues" | "luego")
        && doc.f(cue.wrapping_sub(1)) == "de")
        || doc.f(cue.wrapping_sub(1)) == "tras";
    // (Not a wish or a threat inside it: "después de que X pidiera que detuvieran a Y",
    // "amenazara con que detuviera a Y"; the cue's "que" is the last before the verb.)
    let wish = (cue + 1..i).any(|k| matches!(doc.f(k), "con" | "pidiera" | "exigiera"));
    // (Of a person named right after its "a": "detuviera el 3 de marzo al estudiante X",
    // "condenara … a 18 años de prisión al capitán de fragata X"; not "detuviera el partido", nor
    // others told of a name, "a su esposo, la activista X", "a los asesinos del activista X",
    // "a dos vecinos", "al presunto asesino de la concejala X"; nor "a las 3".)
    let named = |p: usize| {
        let mut k = p + 1;
        if doc.f(p) == "a" && matches!(doc.f(k), "la" | "el") {
            k += 1;
        } else if doc.f(p) == "a"
            && matches!(doc.f(k), "los" | "las")
            && matches!(doc.f(k + 1), "hermanos" | "hermanas")
        {
            k += 2;
        }
        while k < p + 7 && !doc.tokens.get(k).is_some_and(|t| t.capitalised) {
            let w = doc.f(k);
            let describes = !crate::lexicon::roles(w).is_empty()
                || matches!(w, "de" | "fragata" | "navio" | "corbeta")
                || crate::abbreviations::rank_word(w);
            if !describes {
                return false;
            }
            k += 1;
        }
        doc.tokens.get(k).is_some_and(|t| t.capitalised)
    };
    // (The verb's object: its first "a" that is no term's, "a 18 años".)
    let person = (i + 1..i + 12)
        .find(|&p| matches!(doc.f(p), "a" | "al") && !doc.is_number(p + 1))
        .is_some_and(named);
    // (A term of prison, not "15 años de inhabilitación política".)
    let term = (i + 1..i + 9).any(|k| {
        matches!(
            doc.f(k),
            "anos" | "prision" | "meses" | "carcel" | "presidio" | "reclusion"
        )
    }) && !(i + 1..i + 12).any(|k| doc.f(k).starts_with("inhabilit"));
    let fits = person && (kind != Sentence || term);
    (after && !wish && fits).then_some(kind)
}
