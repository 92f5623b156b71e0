//! Finds the words of custody events in Spanish and English, and where their person stands
//! (their modality, future, demanded, denied, announced, is `modality`'s, re-exported here).

pub use crate::announced::announced_future;
pub use crate::auxiliaries::PASSIVE_AUX;
use crate::auxiliaries::STATE_AUX;
use crate::custody_phrases::DURATIONS;
pub use crate::custody_phrases::is_stay;
pub(crate) use crate::held_now::release_denied;
pub use crate::modality::{Modality, is_future, modality};
use crate::model::EventType;
use crate::participles::{agrees_with_thing, keep_dated_describing, perfect_with_thing};
use crate::text::Doc;
use crate::word_index::by_first_word;

/// Where a trigger's person usually stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// Subject before ("X was freed"), else after ("fueron excarcelados A y B").
    Passive,
    /// Object after ("detuvieron a X").
    Active,
    /// Noun: "the release of X", "la excarcelación de X", or a possessive before.
    Nominal,
    /// Spanish object clitic ("lo imputó"): the sentence's subject, else the focus.
    Clitic,
}

/// A trigger found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trigger {
    /// First token.
    pub first: usize,
    /// Index after the last token.
    pub last: usize,
    /// Event type.
    pub kind: EventType,
    /// Where its person stands.
    pub voice: Voice,
    /// Used as a noun for unnamed people ("those released", "los detenidos"): never a named person's event.
    pub group_only: bool,
}

use EventType::*;
use Voice::*;

/// Finds triggers in tokens `from..to` (longest pattern at each token wins).
pub fn find(doc: &Doc<'_>, from: usize, to: usize) -> Vec<Trigger> {
    let mut out = Vec::new();
    let mut describing: Vec<usize> = Vec::new();
    let mut i = from;
    while i < to {
        // Phrases read by their own rules ("salió de la cárcel", "recibió 24 años").
        if let Some((found, next)) = crate::phrase_triggers::phrase_at(doc, i, to) {
            out.extend(found);
            i = next;
            continue;
        }
        let candidates = by_first_word().get(doc.f(i));
        let best = candidates
            .into_iter()
            .flatten()
            .filter(|(words, _, _)| doc.matches_at(i, words))
            .filter(|(words, _, _)| !crate::heading_lines::heading_only(doc, i, words))
            .max_by_key(|(words, _, _)| words.len())
            .map(|p| (p, 0))
            .or_else(|| crate::held_words::held_past_still(doc, i, to))
            .or_else(|| crate::word_index::quoted_at(doc, i, candidates?));
        let Some(((words, kind, voice), still)) = best else {
            i = crate::untold_whereabouts::push_at(doc, i, to, &mut out).unwrap_or(i + 1);
            continue;
        };
        let last = i + words.split(' ').count() + still;
        if crate::read_out::read_out(doc, (words, *kind), (i, last), (from, to), &out) {
            i = last;
            continue;
        }
        let mut kind = *kind;
        // ("all those arbitrarily detained", "los injustamente detenidos": an adverb between.)
        let adverb = |w: &str| w.len() > 5 && (w.ends_with("ly") || w.ends_with("mente"));
        let skip = usize::from(adverb(doc.f(i.wrapping_sub(1))));
        // ("Él sigue en Rodeo I": the pronoun, no article.)
        let stressed = |t: &crate::text::Token<'_>| matches!(t.text, "Él" | "él");
        let prev = if doc
            .tokens
            .get(i.wrapping_sub(1 + skip))
            .is_some_and(stressed)
        {
            "él"
        } else {
            doc.f(i.wrapping_sub(1 + skip))
        };
        let prev2 = doc.f(i.wrapping_sub(2 + skip));
        let is_detained = matches!(
            *words,
            "detained"
                | "detenido"
                | "detenida"
                | "detenidos"
                | "detenidas"
                | "encarcelado"
                | "encarcelada"
                | "encarcelados"
                | "imprisoned"
                | "jailed"
        );
        // ("who had been detained during a 2024 protest", "on 3 May": the arrest, told by when.)
        // ("had been detained during eight months" is a stay; "…at the airport on December 29",
        // where, then the day, an arrest; so is a timeline's present, see `told_in_present`.)
        // ("Both had been detained in September 2025 in Mérida": a month or a year after "in".)
        let when = (matches!(
            doc.f(last),
            "during" | "after" | "while" | "when" | "separately" | "on" | "durante" | "tras"
        ) || crate::entry_dates::in_month_or_year(doc, last))
            && !(last + 1..last + 3).any(|k| DURATIONS.contains(&doc.f(k)));
        let had_been = prev == "been" && prev2 == "had";
        let told_arrest = (had_been && (when || crate::stays::at_place_on_day(doc, last)))
            || crate::entry_dates::told_in_present(doc, i, prev);
        // ("tras 14 meses detenido": a stay told by its length.)
        if is_detained
            && !told_arrest
            && (STATE_AUX.contains(&prev)
                || DURATIONS.contains(&prev)
                || STATE_AUX.contains(&prev2)
                || doc.f(last) == "desde"
                || doc.f(last) == "since")
        {
            kind = Detention;
        }
        // "arrest" as a bare noun in "house arrest" is handled above; "under arrest" is a state.
        if kind == Arrest && *words == "arrest" && prev == "under" {
            kind = Detention;
        }
        if kind == Arrest && crate::taking_words::taken_from_cell(doc, words, last, to) {
            kind = Transfer;
        }
        // "preso" is a state only after "sigue"/"está" or before "desde"; alone it is a noun ("el preso político").
        // ("los oficiales que quedaron presos son…": left in custody.)
        let state_before = STATE_AUX.contains(&prev)
            || STATE_AUX.contains(&prev2)
            || matches!(prev, "quedaron" | "quedo");
        // ("tras 18 meses preso": a stay in custody told by its length.)
        // ("cuatro presos de Rodeo I cumplen una semana en huelga de hambre": held there.)
        let held_there = matches!(doc.f(last), "de" | "del" | "en")
            && (last + 1..last + 3).any(|k| crate::custody_phrases::custody_place_at(doc, k));
        if matches!(*words, "preso" | "presa" | "presos" | "presas")
            && !(state_before
                || held_there
                || doc.f(last) == "desde"
                // ("exconcejal y preso político desde noviembre de 2024")
                || (doc.f(last).starts_with("politic") && doc.f(last + 1) == "desde")
                || prev == ","
                || DURATIONS.contains(&prev))
        {
            i = last;
            continue;
        }
        // "the detained student X", "del detenido X": an attribute, not an event.
        let determiner = matches!(
            prev,
            "the"
                | "a"
                | "an"
                | "of"
                | "el"
                | "la"
                | "los"
                | "las"
                | "del"
                | "al"
                | "several"
                | "other"
                | "some"
                | "many"
                | "varios"
                | "otros"
                | "otras"
                | "those"
                | "these"
        );
        let next = doc.f(last);
        let describer = !crate::lexicon::roles(next).is_empty()
            || !crate::lexicon::nationalities(next).is_empty()
            || matches!(
                next,
                "opposition" | "opositor" | "opositora" | "union" | "former" | "ex"
            )
            || doc.tokens.get(last).is_some_and(|t| {
                // ("those freed Monday were…": a weekday dates the event, it describes no one.)
                t.capitalised
                    && t.kind == crate::text::TokenKind::Word
                    && crate::dates::weekday(next).is_none()
            });
        // "el enviado catarí", "the envoy": a person sent, no transfer; nor one sent back home.
        if matches!(*words, "enviado" | "enviada" | "enviados" | "enviadas")
            && (matches!(
                prev,
                "el" | "la" | "los" | "las" | "un" | "una" | "del" | "al"
            ) || crate::transfer_phrases::sent_back_out(doc, i, to)
                || crate::transfer_phrases::sent_as_written(doc, i))
        {
            i = last;
            continue;
        }
        if crate::held_words::inmates_noun(doc, i, last, words, prev) {
            i = last;
            continue;
        }
        // "las preguntas enviadas por este medio", "había enviado un informe": what was sent is a
        // thing, no one moved.
        if kind == Transfer
            && ((*voice == Passive && !words.contains(' ') && agrees_with_thing(doc, i))
                || perfect_with_thing(doc, i))
        {
            i = last;
            continue;
        }
        let listed = matches!(kind, Release | Exile | Expulsion)
            && crate::participles::list_of(doc, i, last, to);
        // "una asociación de exiliados", "madres de detenidos": people of a kind, no event.
        if *voice == Passive
            && !listed
            && matches!(prev, "de" | "of")
            && words.ends_with('s')
            && !words.contains(' ')
            && matches!(kind, Exile | Arrest | Detention | Release | Expulsion)
            && doc
                .tokens
                .get(i.wrapping_sub(2))
                .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
            && !crate::count_words::LARGE_COUNTS.contains(&prev2)
        {
            i = last;
            continue;
        }
        // "sin parentesco con el excarcelado", "padre del liberado", "MADRE DE DETENIDO": a
        // participle after an article (no name after it) or a relation is a person spoken of.
        if *voice == Passive
            && !words.contains(' ')
            && ((prev == "de" && crate::relations::RELATIONS.contains(&prev2))
                || (matches!(prev, "el" | "la" | "del" | "al")
                    && !doc.tokens.get(last).is_some_and(|t| t.capitalised)
                    && !matches!(doc.f(last), "de" | "del" | "en" | "por")))
        {
            i = last;
            continue;
        }
        if kind == Exile && crate::abroad_words::living_in_exile(doc, words, prev, last) {
            i = last;
            continue;
        }
        // "sigue en servicio activo", "remains in office": no custody (nor an illness's).
        if crate::no_custody_words::tells_no_custody(doc, kind, i, last) {
            i = last;
            continue;
        }
        if let Some(group) = crate::group_nouns::group_trigger(doc, i, last, kind, *voice) {
            out.push(group);
            i = last;
            continue;
        }
        // "los detenidos", "those detained": the participle is a noun.
        // ("sin incluir a los dos detenidos el martes": counted after the article too.)
        let counted_noun = matches!(prev2, "los" | "las" | "the")
            && crate::counts::number_word(prev).is_some_and(|n| n > 1)
            && matches!(
                doc.f(i.wrapping_sub(3)),
                "a" | "de" | "con" | "para" | "to" | "of" | "with"
            );
        // (Of people, not of a noun of events: "de las detenciones de ayer" tells them.)
        let noun_use = (matches!(prev, "los" | "las" | "those" | "the") || counted_noun)
            && (words.ends_with('s') || prev == "those")
            && *voice != Nominal;
        // "la situación de diez detenidos", "the cases of 12 detainees": people counted, no event.
        // ("la lista de 40 excarcelados" does say they were freed.)
        // (Not a date's year over the line before: "27 de septiembre de 2025 / Siguen
        // detenidos en Rodeo I: …".)
        let counted = matches!(prev2, "de" | "of")
            && i >= from + 2
            && matches!(kind, Arrest | Detention)
            && words.ends_with('s')
            && (crate::counts::number_word(prev).is_some() || doc.is_number(i.wrapping_sub(1)));
        // ("se llevan a cabo protestas", "se llevaron a cabo": carried out, no one taken.)
        let carried_out = words.starts_with("se llev")
            && (doc.f(last) == "cabo" || (doc.f(last) == "a" && doc.f(last + 1) == "cabo"));
        if carried_out {
            i = last;
            continue;
        }
        let another = crate::participles::another_one(prev, *voice, kind);
        // "Familiares de los detenidos", "families of those detained": a reference, no event at all.
        // ("esperaron a los detenidos en la puerta": an object; "a los detenidos el lunes" is.)
        // ("La cifra … incluye detenidos por delitos comunes": what a count holds.)
        let object = ((noun_use && matches!(prev2, "a" | "to"))
            || (matches!(prev, "incluye" | "incluyen" | "includes") && words.ends_with('s')))
            && matches!(kind, Arrest | Detention)
            && !crate::participles::dated_after(doc, last, to);
        if another || object || ((noun_use || counted) && matches!(prev2, "de" | "of") && !listed) {
            i = last;
            continue;
        }
        // "X was among those released", "figura entre los excarcelados": X's own event.
        let among = noun_use
            && matches!(prev2, "among" | "entre")
            && !crate::among::negated_before(doc, i.saturating_sub(2))
            && matches!(kind, Release | ConditionalRelease);
        if *voice == Passive && determiner && describer && kind != HouseArrest {
            i = last;
            continue;
        }
        if describer && kind == Arrest && crate::participles::held_before_who(doc, i, words) {
            kind = Detention;
        }
        // "released 17 people jailed for political reasons": after the main event, a participle
        // right after the people it describes says who they are, not what happened.
        // ("Siete militares detenidos por razones políticas salieron de Ramo Verde": the same
        // before it; such participles are dropped below when the sentence has another event.)
        let tallied = crate::participles::tallied(doc, i);
        if tallied && *voice == Passive && matches!(kind, Arrest | Detention) {
            i = last;
            continue;
        }
        // ("…tres de los cuatro dirigentes sindicales detenidos en Ciudad Guayana": a plural
        // role is a noun of people too; see `takes_object`.)
        let reduced_relative = *voice == Passive
            && matches!(kind, Arrest | Detention)
            && !crate::participles::takes_object(doc, last)
            && crate::count_words::people_before(doc, i, prev, prev2);
        let of_role = *voice == Passive
            && kind == Arrest
            && !out.is_empty()
            && prev.ends_with('s')
            && (crate::lexicon::plural_role(prev)
                || crate::lexicon::plural_role(doc.f(i.wrapping_sub(2))));
        if of_role || (reduced_relative && !out.is_empty()) {
            // (After the sentence's event, a dated one still tells when the group was taken.)
            if kind == Arrest && crate::participles::dated_after(doc, last, to) {
                out.push(Trigger {
                    first: i,
                    last,
                    kind,
                    voice: *voice,
                    group_only: true,
                });
            }
            i = last;
            continue;
        }
        // ("Iñaki Fernández Otero y Marta López Garrido, turistas vascos detenidos en
        // septiembre en Mérida, ya están en…": the people noun is said of the names before it.)
        // ("Two students arrested in August 2024, A and B, were released": the names set off
        // after the participle's phrase are its people.)
        // (Not the people another noun is "of", nor those of a relative clause: "The mothers of
        // two men detained in Zulia, A and B, traveled…", "Two lawyers who defended students
        // arrested…, A and B".)
        let of_another = (i.saturating_sub(5)..i)
            .any(|k| matches!(doc.f(k), "of" | "de" | "del" | "who" | "que" | "quienes"));
        let apposed = reduced_relative
            && (crate::participles::apposed_to_name(doc, i)
                || (!of_another
                    && crate::participles::names_set_off_after(doc, last, to).is_some()));
        if reduced_relative && !apposed {
            describing.push(i);
        }
        let (start, voice) =
            crate::trigger_readings::object_voice(doc, i, last, words, *voice, prev);
        out.push(Trigger {
            first: start,
            last,
            kind,
            voice,
            // ("defensor de varios militares detenidos", "personas detenidas por delitos
            // comunes": alone in its sentence, it still tells of those people, never of a name.)
            // ("Karen, how significant are these releases?": a plural noun a demonstrative
            // points at is the events told before, no name's.)
            group_only: (voice == Passive && noun_use && !among)
                || (reduced_relative && !apposed)
                || (voice == Nominal
                    && doc.f(last.saturating_sub(1)).ends_with('s')
                    && matches!(prev, "these" | "those" | "estas" | "esas" | "aquellas"))
                // ("almost everyone released is under some kind of restriction")
                || (voice == Passive && matches!(prev, "everyone" | "everybody" | "anyone"))
                // ("Siguen detenidos: 17 | Excarcelados: 5": see `read_out::tally_label`.)
                || crate::read_out::tally_label(doc, (i, last), (from, to))
                // ("Según su coordinador, X, al menos 58 personas siguen privadas de libertad":
                // the people counted, no name.)
                || (words.starts_with("privad")
                    && words.split(' ').next().is_some_and(|w| w.ends_with('s'))
                    && crate::count_words::counted_people_before(doc, from, i)),
        });
        i = last;
    }
    keep_dated_describing(doc, &mut out, &describing, to);
    crate::trigger_readings::reread(doc, &mut out, to);
    crate::house_arrest_steps::replaced_house_arrest(doc, &mut out);
    out.retain(|t| !crate::attributive::unnamed_attributive(doc, t));
    out
}
