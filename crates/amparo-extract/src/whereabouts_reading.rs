//! Whether a phrase of whereabouts (see `whereabouts_words`) does tell them unknown where it
//! stands ("no reconocen tenerlo", not "la DGCIM reconoce tenerlo"), and whose whereabouts they
//! are.

use crate::text::Doc;

/// Whether a phrase of whereabouts opening on the folded word `first` tells them unknown by a
/// negation before it ("no reconocen tenerlo", "does not know where he is", "have not disclosed
/// his fate"), which [`unknown_indeed`] requires, so that the negation is no denial of the event.
pub(crate) fn told_by_negation(first: &str) -> bool {
    first.starts_with("reconoc")
        || matches!(
            first,
            "know"
                | "told"
                | "disclosed"
                | "disclose"
                | "say"
                | "acknowledged"
                | "acknowledge"
                | "admitted"
                | "confirmed"
                | "informa"
                | "informo"
                | "informacion"
                | "admite"
                | "admiten"
                | "informada"
                | "informado"
                | "informados"
        )
}

/// Whether a phrase of whereabouts `words` at token `i` does tell them unknown: "a dónde lo
/// llevaron" asked, with its accent (not the relative "la sala adonde la llevaron"); "know where
/// he is" denied ("still doesn't know where he is", not "We know where he is"); "unable to find
/// him" not of one in hiding or wanted ("an arrest warrant…, but police have been unable to find
/// him", "no idea where he was" of a deputy in hiding).
pub(crate) fn unknown_indeed(doc: &Doc<'_>, i: usize, words: &str) -> bool {
    let asked = words
        .split(' ')
        .position(|w| matches!(w, "adonde" | "donde"));
    if words.contains("llev") && asked.is_some_and(|w| !doc.tokens[i + w].text.contains(['ó', 'Ó']))
    {
        return false;
    }
    // (Custody acknowledged by no one: "Ningún organismo reconoce tenerla", "no reconocen
    // tenerlo"; not "la DGCIM reconoce tenerlo".)
    if told_by_negation(words.split(' ').next().unwrap_or_default())
        && !words.starts_with("know")
        && !words.starts_with("told")
        && !(i.saturating_sub(4)..i).any(|k| {
            matches!(
                doc.f(k),
                "ningun"
                    | "ninguna"
                    | "no"
                    | "nadie"
                    | "ni"
                    | "tampoco"
                    | "not"
                    | "never"
                    | "nobody"
                    | "refused"
                    | "refuse"
                    | "refuses"
                    | "declined"
            )
        })
    {
        return false;
    }
    // ("does not know where she is living in Spain": an exile's address, no disappearance.)
    // ("Del periodista X todavía no hay noticias", "De X aún no hay noticias" after a release
    // announced: news of the release awaited, no disappearance.)
    // (Nor news of a thing: "no hay noticias sobre la audiencia", "no hay rastro de pruebas";
    // of a person it is "De X no hay noticias", "no hay noticias de él".)
    let after = i + words.split(' ').count();
    if words.starts_with("no hay")
        && ((i.saturating_sub(2)..i).any(|k| matches!(doc.f(k), "todavia" | "aun"))
            || doc.f(after) == "sobre"
            || (matches!(doc.f(after), "de" | "del")
                && !matches!(doc.f(after + 1), "el" | "ella" | "ellos" | "ellas")
                && !doc.tokens.get(after + 1).is_some_and(|x| x.capitalised)))
    {
        return false;
    }
    // ("could not say where he was born", "did not say where he was arrested": no custody
    // unknown.)
    if (words.starts_with("know where") || words.starts_with("say where"))
        && matches!(
            doc.f(i + words.split(' ').count()),
            "living"
                | "staying"
                | "working"
                | "born"
                | "going"
                | "from"
                | "arrested"
                | "detained"
                | "captured"
                | "found"
                | "killed"
        )
    {
        return false;
    }
    if (words.starts_with("know where") || words.starts_with("told where"))
        && !(i.saturating_sub(4)..i).any(|k| {
            let w = doc.f(k);
            matches!(w, "not" | "no" | "t" | "nobody" | "never" | "cannot")
                || w.ends_with("n't")
                || matches!(w, "doesnt" | "dont" | "didnt" | "doesn" | "don" | "didn")
        })
    {
        return false;
    }
    // ("whose whereabouts his family still does not know"; not "whose whereabouts are now
    // known".)
    if words == "whose whereabouts"
        && !(i + 2..i + 10).any(|k| {
            matches!(doc.f(k), "unknown" | "not" | "no" | "unclear" | "never")
                || doc.f(k).ends_with("n't")
        })
    {
        return false;
    }
    let sought = |k: usize| {
        matches!(
            doc.f(k),
            "warrant"
                | "hiding"
                | "fugitive"
                | "captura"
                | "clandestinidad"
                | "profugo"
                | "profuga"
                | "escondido"
                | "escondida"
        )
    };
    let finding = ["find", "ubicar", "encontrar", "no idea"]
        .iter()
        .any(|w| words.contains(w));
    !(finding
        && doc
            .sentence_at(i)
            .is_some_and(|s| (s.first..s.last).any(sought)))
}

/// ("Authorities have not acknowledged her detention and her whereabouts remain unknown"): the
/// possessive of "whereabouts"/"paradero" in tokens `a..b`, whose owner is the focus.
pub(crate) fn whose_whereabouts(doc: &Doc<'_>, a: usize, b: usize) -> Option<usize> {
    (a..b).find(|&k| {
        matches!(doc.f(k), "his" | "her") && matches!(doc.f(k + 1), "whereabouts" | "paradero")
    })
}

/// "Su esposa, X, no sabe dónde está", "His mother does not know where he is", "His lawyer has
/// no idea where he is being taken": whether the one named up to token `last`, right before
/// disappearance `t`, is who does not know, not the one missing.
pub(crate) fn knower(doc: &Doc<'_>, t: &crate::triggers::Trigger, last: usize) -> bool {
    const KNOW: &[&str] = &[
        "sabe",
        "saben",
        "know",
        "knows",
        "desconoce",
        "desconocen",
        "idea",
    ];
    const BETWEEN: &[&str] = &[
        ",", "no", "aun", "todavia", "still", "does", "do", "not", "has", "had",
    ];
    t.kind == crate::model::EventType::Disappearance
        && (t.first..t.last).any(|k| KNOW.contains(&doc.f(k)))
        && last <= t.first
        && (last..t.first).all(|k| BETWEEN.contains(&doc.f(k)))
}

/// ("…cuando ninguna sabía todavía dónde estaban sus esposos", "none knew where their sons
/// were"): whether the missing, told right after the untold whereabouts that end at `last`, are
/// "theirs", the kin of those who do not know: a group, no one named.
pub(crate) fn theirs_missing(doc: &Doc<'_>, last: usize) -> bool {
    (last..last + 4)
        .take_while(|&k| !matches!(doc.f(k), "," | "." | ";" | ":" | "y" | "and"))
        .any(|k| matches!(doc.f(k), "sus" | "their"))
}
