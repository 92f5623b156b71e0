//! Offices a describer may name: high offices of a state, lower ones, prelates, and the bodies
//! whose officers hold no office of a state (unions, parties, students, neighbours).

pub(crate) const HIGH_OFFICE: &[&str] = &[
    // Those who broker a release: never the released.
    "mediator",
    "mediador",
    "mediadora",
    "negotiator",
    "negociador",
    "negociadora",
    "nuncio",
    "commissioner",
    "comisionado",
    "comisionada",
    "president",
    "presidente",
    "presidenta",
    "minister",
    "ministro",
    "ministra",
    "canciller",
    "fiscal",
    "prosecutor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "portavoz",
    "vocero",
    "vocera",
    "ambassador",
    "embajador",
    "embajadora",
    "judge",
    "juez",
    "jueza",
    "secretary",
    "secretario",
    "secretaria",
    "chancellor",
    "premier",
    "viceministro",
    "viceministra",
    "vice-minister",
    // ("recibidos por el vicecanciller guatemalteco X")
    "vicecanciller",
    "vicepresidente",
    "vicepresidenta",
    "magistrado",
    "magistrada",
    // ("integrado por las magistradas A y B": a bench named together.)
    "magistrados",
    "magistradas",
    "jueces",
    "juezas",
    "judges",
    "envoy",
    "enviado",
    "enviada",
];

/// Words after an office that say how it is held ("la presidenta encargada,", "the acting
/// president,").
pub(crate) const OFFICE_QUALIFIERS: &[&str] = &[
    "encargada",
    "encargado",
    "interina",
    "interino",
    "acting",
    "interim",
    "designada",
    "designado",
    "saliente",
    "entrante",
    "adjunta",
    "adjunto",
    // ("la fiscal provincial X", "el juez municipal Y": the reach of the office.)
    "provincial",
    "municipal",
    "regional",
    "estadal",
    "departamental",
];

/// Whether a folded word names an office, high or not.
pub(crate) fn is_official(w: &str) -> bool {
    HIGH_OFFICE.contains(&w) || OFFICIAL.contains(&w)
}

/// Whether a folded word names an office or a prelate ("vicecanciller", "secretario", "obispo").
pub(crate) fn is_office(w: &str) -> bool {
    is_official(w) || CLERGY.contains(&w) || w.starts_with("vice")
}

/// Offices below the high ones (a high office is an office too: see [`is_official`]).
pub(crate) const OFFICIAL: &[&str] = &[
    "general",
    "head",
    "jefe",
    "jefa",
    "governor",
    "gobernador",
    "gobernadora",
    "mayor",
    "alcalde",
    "alcaldesa",
    "consul",
    "director",
    "directora",
    "acting",
];

/// Titles of prelates.
pub(crate) const CLERGY: &[&str] = &[
    "bishop",
    "obispo",
    "monsenor",
    "archbishop",
    "arzobispo",
    "cardinal",
    "cardenal",
];

/// Bodies whose officers speak for no state: unions and parties.
pub(crate) const NON_STATE_BODIES: &[&str] = &[
    "union",
    "unions",
    "sindicato",
    "sindical",
    "gremio",
    "federacion",
    "federation",
    "partido",
    "party",
    // ("secretario político de Alianza Cívica")
    "politico",
    "politica",
    "alianza",
    "alliance",
    "movimiento",
    "movement",
    "coalicion",
    "coalition",
];

/// Bodies whose officers hold no office at all: students, churches, neighbours.
pub(crate) const COMMUNITY_BODIES: &[&str] = &[
    "estudiantes",
    "estudiantil",
    "students",
    "student",
    "youth",
    "juvenil",
    "parish",
    "parroquia",
    "parroquial",
    "diocesan",
    "comunal",
    "vecinal",
    "vecinos",
    "cooperativa",
    "cooperative",
];

/// Plural nouns of those held or freed, which name a group of them ("Los detenidos son…", "Los
/// excarcelados del lunes son, entre otros,…").
pub(crate) const HELD_GROUPS: &[&str] = &[
    "detenidos",
    "detenidas",
    "presos",
    "presas",
    "excarcelados",
    "excarceladas",
    "liberados",
    "liberadas",
    "detainees",
];

/// Whether the name at `first` is named among the held, in the sentence from `s_first`:
/// ("Los compañeros detenidos son el secretario regional X, la concejala Y…", "Those freed were
/// union secretary X…"): an office of theirs is no state's.
pub(crate) fn named_among_held(doc: &crate::text::Doc<'_>, s_first: usize, first: usize) -> bool {
    // ("Los compañeros detenidos son el secretario regional X, la concejala Y…", "Those freed
    // were union secretary X…"): an office of someone named among the held is no state's.
    // ("Los detenidos fueron presentados ante la jueza X": a passive names no members.)
    (s_first..first).any(|k| {
        (matches!(doc.f(k), "son" | "are" | "eran")
            || (matches!(doc.f(k), "were" | "fueron")
                && matches!(doc.f(k + 1), "el" | "la" | "los" | "las" | "the")))
            && (k.saturating_sub(3).max(s_first)..k).any(|j| {
                HELD_GROUPS.contains(&doc.f(j))
                    || matches!(
                        doc.f(j),
                        "aprehendidos"
                            | "capturados"
                            | "arrested"
                            | "detained"
                            | "freed"
                            | "released"
                    )
            })
    })
}

/// Whether the name ending at `last` is the subject of an arrest told right after it, in the
/// sentence ending at `s_last` ("La jueza A fue detenida", "Los jueces A y B fueron
/// detenidos"): one in office who is held.
pub(crate) fn arrested_subject(doc: &crate::text::Doc<'_>, last: usize, s_last: usize) -> bool {
    let Some(t) = crate::triggers::find(doc, last, s_last).into_iter().next() else {
        return false;
    };
    t.voice == crate::triggers::Voice::Passive
        && matches!(
            t.kind,
            crate::model::EventType::Arrest | crate::model::EventType::Detention
        )
        && (last..t.first).any(|k| {
            matches!(
                doc.f(k),
                "fue" | "fueron" | "was" | "were" | "sido" | "been"
            )
        })
        && (last..t.first).all(|k| {
            doc.tokens[k].capitalised
                || matches!(
                    doc.f(k),
                    "," | "y"
                        | "and"
                        | "e"
                        | "fue"
                        | "fueron"
                        | "was"
                        | "were"
                        | "ha"
                        | "han"
                        | "has"
                        | "have"
                        | "sido"
                        | "been"
                        | "de"
                        | "del"
                )
        })
}

/// Whether token `k` is an acronym in capitals that the text spells out after a union's or a
/// party's word: "el partido Movimiento Alternativa Democrática (MAD)" for "MAD".
pub(crate) fn non_state_acronym(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    let t = &doc.tokens[k];
    let acronym = t.kind == crate::text::TokenKind::Word
        && (2..=6).contains(&t.text.chars().count())
        && t.text.chars().all(|c| c.is_uppercase());
    acronym
        && (1..doc.tokens.len().saturating_sub(1)).any(|j| {
            doc.tokens[j].text == t.text
                && doc.f(j - 1) == "("
                && doc.f(j + 1) == ")"
                && (j.saturating_sub(9)..j).any(|i| NON_STATE_BODIES.contains(&doc.f(i)))
        })
}

/// Whether an officer's title stands in the five words before token `first` ("La fiscal del
/// Ministerio Público X", "el juez X").
pub(crate) fn titled_before(doc: &crate::text::Doc<'_>, first: usize) -> bool {
    (first.saturating_sub(5)..first).any(|k| {
        is_official(doc.f(k))
            || matches!(
                doc.f(k),
                "fiscal" | "juez" | "jueza" | "magistrado" | "magistrada"
            )
    })
}

/// ("the judge who sent him to prison, X,", "la jueza que lo acusó, X,"): the office word before a
/// relative clause on its own act, done to another ("who sent him", "que lo acusó", "who sent his
/// father-in-law"), that ends at the comma `comma` before a name; not "El juez que también fue
/// detenido, X," nor "…, X, was himself arrested".
pub(crate) fn office_acting(
    doc: &crate::text::Doc<'_>,
    comma: usize,
    s_first: usize,
) -> Option<usize> {
    let object = |k: usize| {
        (k..comma).any(|j| {
            matches!(
                doc.f(j),
                "him" | "her" | "his" | "them" | "lo" | "la" | "los" | "las" | "su" | "sus"
            )
        })
    };
    // (Whether X is told held: in X's own sentence, or in the next one when it opens with X's
    // name, "X, pidió penas… X fue detenido"; not denied, "X, no fue detenido, pese a…".)
    let own = doc.sentence_at(comma);
    let end = match own.and_then(|s| doc.sentence_at(s.last)) {
        Some(n) if doc.f(n.first) == doc.f(comma + 1) && doc.f(n.first + 1) == doc.f(comma + 2) => {
            n.last
        }
        _ => own.map_or(comma, |s| s.last).min(comma + 12),
    };
    let held_after = || {
        crate::triggers::find(doc, comma + 1, end).iter().any(|t| {
            let before = t.first.saturating_sub(4)..t.first;
            let denied = before
                .clone()
                .any(|j| matches!(doc.f(j), "no" | "not" | "never" | "nunca"));
            !denied
                && before
                    .into_iter()
                    .any(|j| matches!(doc.f(j), "fue" | "was" | "himself" | "herself" | "sido"))
        })
    };
    (comma.saturating_sub(10).max(s_first + 2)..comma)
        .find(|&k| {
            matches!(doc.f(k), "who" | "que" | "quien")
                && is_official(doc.f(k - 1))
                && matches!(doc.f(k - 2), "the" | "el" | "la")
                && !(k..comma).any(|j| matches!(doc.f(j), "," | ";" | ":"))
                && object(k)
        })
        .filter(|_| !held_after())
        .map(|k| k - 1)
}

/// Words that make an office a former one ("former mayor", "retired general", "exministro").
pub(crate) const FORMER: &[&str] = &[
    "former",
    "ex",
    "retired",
    "exministro",
    "exministra",
    "expresidente",
];

/// Whether the words describing someone hold an office not said to be a former one: the first
/// `back` run back from the name ("former opposition mayor X" is [mayor, opposition, former]),
/// the rest on after it ("X, former mayor of…" is [former, mayor, …]). "Former mayor and now
/// minister X", "Minister X, a retired general" hold one.
pub(crate) fn office_held_now(words: &[String], back: usize) -> bool {
    let was = |w: &String| FORMER.contains(&w.as_str());
    let near_was = |i: usize| {
        if i < back {
            words[i + 1..back].iter().take(2).any(was)
        } else {
            i > back && was(&words[i - 1])
        }
    };
    words
        .iter()
        .enumerate()
        .any(|(i, w)| is_official(w) && !near_was(i))
}

/// ("Cuando le preguntamos por Arellano, la fiscal superior de Carabobo, Carolina Méndez,
/// respondió"): whether the office with an article after the name at `first..last`, read up to
/// token `k`, is set off before the next name and is that name's: of the next name's gender
/// and not this one's (not "Según Ramón Tellería, el ministro de Interior, Julio Arellano…",
/// whose office is Tellería's).
pub(crate) fn office_of_next(
    doc: &crate::text::Doc<'_>,
    first: usize,
    last: usize,
    k: usize,
) -> bool {
    let capital = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|t| t.kind == crate::text::TokenKind::Word && t.capitalised)
    };
    let comma = (k..k + 4).find(|&j| !capital(j)).unwrap_or(k);
    let woman = doc.f(last + 1) == "la";
    let of = |j: usize| crate::gender_names::of_given(doc.f(j));
    matches!(doc.f(last + 1), "la" | "el")
        && of(comma + 1) == Some(woman)
        && of(first) != Some(woman)
        && k > last + 2
        && doc.f(comma) == ","
        && capital(comma + 1)
}
