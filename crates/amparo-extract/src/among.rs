//! "Among": a name one of the people a trigger tells of ("X was among the prisoners freed",
//! "figura entre los presos excarcelados", "X was one of 52 people freed"), and "entre otros"
//! set off by commas.

use crate::text::Doc;
use crate::triggers::Trigger;

/// "X was among the prisoners freed in Caracas", "figura entre los presos excarcelados", "among
/// the 40 prisoners freed": the trigger after a people noun the name is one of, so the name
/// before is its subject; not "was not among…", "no figura entre…", "Ni X ni Y están entre…".
pub(crate) fn among_them(doc: &Doc<'_>, t: &Trigger) -> bool {
    let among = |k: usize| matches!(doc.f(k), "among" | "entre") && !negated_before(doc, k);
    let noun = t.first.saturating_sub(1);
    // ("among eleven Russian political prisoners released": a count and describers between.)
    let describer = |j: usize| {
        matches!(
            doc.f(j),
            "the" | "los" | "las" | "political" | "politicos" | "politicas" | "other" | "otros"
        ) || doc.is_number(j)
            || crate::counts::number_word(doc.f(j)).is_some()
            || !crate::lexicon::nationalities(doc.f(j)).is_empty()
    };
    let plain = |j: usize| matches!(doc.f(j), "the" | "los" | "las") || doc.is_number(j);
    // (Past a count in words or describers only after a name: "He was among six foreigners
    // freed Wednesday. They include…" leaves the six to the list.)
    let named = |k: usize| {
        doc.tokens
            .get(k.wrapping_sub(2))
            .is_some_and(|x| x.capitalised)
            && !matches!(
                doc.f(k.wrapping_sub(2)),
                "he" | "she" | "they" | "el" | "ella" | "ellos" | "ellas"
            )
    };
    (t.first.saturating_sub(7)..noun).any(|k| {
        among(k) && ((k + 1..noun).all(plain) || (named(k) && (k + 1..noun).all(describer)))
    })
}

/// Whether a negation stands up to six tokens before token `k` ("was not among", "no figura
/// entre", "Ni X ni Y están entre").
pub(crate) fn negated_before(doc: &Doc<'_>, k: usize) -> bool {
    (k.saturating_sub(6)..k).any(|j| matches!(doc.f(j), "not" | "no" | "nor" | "ni"))
}

/// Whether an aside of "among others" set off by its commas stands in `range` ("Siguen en Vista
/// Hermosa, entre otros, los dirigentes X y Z"): its two commas part nothing.
pub(crate) fn others_aside(doc: &Doc<'_>, range: std::ops::Range<usize>) -> bool {
    range.into_iter().any(|k| {
        doc.f(k) == ","
            && matches!(
                (doc.f(k + 1), doc.f(k + 2), doc.f(k + 3)),
                ("entre", "otros" | "otras", ",") | ("among", "others", ",")
            )
    })
}

/// "X was one of 52 people freed", "fue una de las 52 personas excarceladas": the copula's
/// subject, the first name of the sentence (from `s_first`) before "one of" that is no body named
/// in its describer ("X, coordinator of the Luisa Cáceres Network, was one of…").
pub(crate) fn one_of(
    doc: &Doc<'_>,
    slots: &[crate::slots::Slot],
    t: &Trigger,
    s_first: usize,
) -> Option<usize> {
    // (Right after a noun of people: "52 people freed", "52 personas excarceladas".)
    if !crate::count_words::PEOPLE.contains(&doc.f(t.first.wrapping_sub(1))) {
        return None;
    }
    let k = (t.first.saturating_sub(8)..t.first).find(|&k| {
        matches!(doc.f(k), "uno" | "una" | "one")
            && matches!(doc.f(k + 1), "de" | "of")
            && matches!(
                doc.f(k.wrapping_sub(1)),
                "fue" | "es" | "era" | "was" | "is"
            )
    })?;
    slots.iter().position(|x| {
        x.last < k
            && x.first >= s_first
            && !matches!(doc.f(x.first.wrapping_sub(1)), "de" | "del" | "of")
    })
}

/// ("23 presos políticos fueron trasladados a Tocorón. Entre ellos A y B, ambos detenidos desde
/// 2024"): whether the cue ending at `cue` points back with "ellos"/"them" to the sentence
/// before, whose event the members share, whatever their own sentence tells of them.
/// (Not denied: "Entre ellos no estaban A y B", "Among them were not A and B".)
/// (Opening its sentence: not "Otros cinco, entre ellos A y B, siguen en el Rodeo I". The
/// transfer reaches no member past a semicolon, another clause's.)
pub(crate) fn points_back(doc: &Doc<'_>, cue: usize) -> bool {
    let opens = doc
        .sentence_at(cue)
        .is_some_and(|s| s.first + 3 >= cue && s.first < cue);
    opens
        && (cue.saturating_sub(3)..cue).any(|k| matches!(doc.f(k), "ellos" | "ellas" | "them"))
        && !(cue.saturating_sub(3)..cue + 7).any(|k| matches!(doc.f(k), "no" | "not" | "ni"))
}

/// ("…73 personas presas políticas tras esta excarcelación. Entre ellas sigue en La Modelo el
/// dirigente X", "Among them, still in Rodeo I, is X"): the members the cue ending at `cue` names
/// are still held, none of a release told before.
pub(crate) fn still_held_after(doc: &Doc<'_>, cue: usize) -> bool {
    (cue..cue + 3).any(|k| crate::held_now::STILL.contains(&doc.f(k)))
}
