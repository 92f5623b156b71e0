//! Verbs of saying, past and present, Spanish and English: what follows them is reported speech.

/// Verbs of saying: what follows them is reported speech, a clause of its own.
pub const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "confirmed",
    "added",
    "explained",
    "stated",
    "dijo",
    "afirmo",
    "declaro",
    "senalo",
    "explico",
    "denuncio",
    "denunciaron",
    "aseguro",
    "confirmo",
    "indico",
    "informo",
    "informaron",
    "agrego",
    "insistio",
    "lamento",
    "segun",
    "according",
    // The present and more verbs of telling ("Her husband, X, confirms she is still in Rodeo
    // I", "sostuvo el decano", "advierte").
    "confirms",
    "tells",
    "explains",
    "adds",
    "insists",
    "recalls",
    "recalled",
    "dice",
    "afirma",
    "asegura",
    "confirma",
    "explica",
    "senala",
    "indica",
    "recuerda",
    "recordo",
    "sostuvo",
    "sostiene",
    "advierte",
    "advirtio",
    "conto",
    // ("su abogada, X, desmintió que Landaeta haya sido liberado": one who denies speaks.)
    "desmintio",
    "desmiente",
    // ("Arcila precisó que 19 de ellos…", "His lawyer, X, stressed that…")
    "preciso",
    "precisa",
    // (Told by several: "…confirmaron este sábado fuentes diplomáticas".)
    "confirmaron",
    "dijeron",
    "aseguraron",
    "explicaron",
    "indicaron",
    "senalaron",
    "afirmaron",
    "precisaron",
    "stressed",
    "stresses",
    // (A belief told of someone else: "His mother, X, believes he is being held by military
    // counterintelligence"; "su esposa cree que está en El Helicoide".)
    "believes",
    "believe",
    "cree",
    "creen",
    "suspects",
    "sospecha",
];

/// ("Según Confidencia Nica, X, profesor…, fue excarcelado"): a source named by capitalised
/// words alone, an outlet or a body, then a comma before the name at `name`: the name is not
/// the source's.
pub(crate) fn outlet_source(doc: &crate::text::Doc<'_>, segun: usize, name: usize) -> bool {
    let comma = name.checked_sub(1).filter(|&c| doc.f(c) == ",");
    comma.is_some_and(|c| {
        c > segun + 1
            && (segun + 1..c).all(|k| doc.tokens.get(k).is_some_and(|t| t.capitalised))
            // (Not a person: "Según Alfredo Romero, Gonzalo Himiob y la ONG Foro Penal, …".)
            && !(segun + 1..c).any(|k| crate::lexicon::is_given_name(doc.f(k)))
    })
}

/// Whether the name in slot `s` is a source cited with "según", "according to" before it (from
/// the sentence's `s_first`), not the subject: "según su esposa, Rosibel Marín, fue devuelto…";
/// "Según la Cancillería, los cuatro habían sido arrestados" names a group, no source; "Según el
/// secretario general de Sutiss, José Luis Figueroa Marín, Caraballo y Díaz fueron liberados"
/// past a long describer too, when the name closes with a comma; "Según el acta que tiene el
/// abogado X, los delitos imputados son…" far back in the same aside, not "una nota según la
/// cual X, detenido…".
pub(crate) fn cited_before(
    doc: &crate::text::Doc<'_>,
    s: &crate::slots::Slot,
    s_first: usize,
) -> bool {
    !matches!(
        doc.f(s.first),
        "los" | "las" | "the" | "todos" | "todas" | "all" | "ambos" | "ambas" | "both"
    ) && ((s.first.saturating_sub(9).max(s_first)..s.first).any(|k| {
        matches!(doc.f(k), "segun" | "according")
            && !crate::speech_words::outlet_source(doc, k, s.first)
            && (s.first - k <= 4
                || !(k..s.first).any(|j| matches!(doc.f(j), "," | "cual" | "which")))
    }) || crate::speakers::long_source(doc, s, s_first))
}

/// Whether the name at token `first` (of a sentence from `a`) closes the attribution of a quote
/// before it ("…, \"al menos 36 siguen detenidos\", dijo a EFE la coordinadora de la ONG en
/// Caracas, X."): the verb of saying right after the closing quote, no name between, the name
/// closing the sentence (not "…, dijo desde Madrid el exprisionero X, desterrado en 2023").
pub(crate) fn after_quote(
    doc: &crate::text::Doc<'_>,
    (first, last): (usize, usize),
    a: usize,
) -> bool {
    matches!(doc.f(last), "." | "")
        && (first.saturating_sub(14).max(a + 1)..first)
            .find(|&k| {
                SPEECH.contains(&doc.f(k))
                    && (doc.f(k - 1) == "\""
                        || (doc.f(k - 1) == "," && doc.f(k.wrapping_sub(2)) == "\""))
            })
            .is_some_and(|k| {
                !(k + 1..first).any(|j| {
                    doc.tokens[j].capitalised
                        && doc.tokens[j].kind == crate::text::TokenKind::Word
                        && crate::lexicon::is_given_name(doc.f(j))
                }) && doc.f(first - 1) != "a"
            })
}

/// Whether the date at token `i` is the day a report came out, past a time of day: "…el balance
/// que la ONG publicó en la mañana de este jueves", "published on Thursday morning".
pub(crate) fn published_on(doc: &crate::text::Doc<'_>, i: usize) -> bool {
    let mut j = i;
    while j > 0
        && i - j < 6
        && matches!(
            doc.f(j - 1),
            "en" | "la"
                | "manana"
                | "tarde"
                | "noche"
                | "de"
                | "del"
                | "este"
                | "el"
                | "on"
                | "the"
                | "morning"
                | "evening"
                | "of"
        )
    {
        j -= 1;
    }
    j < i
        && matches!(
            doc.f(j.wrapping_sub(1)),
            "publico" | "published" | "difundio"
        )
}

/// ("She said Lisandra's case is one of 20 people released…"): whether the pronoun at token `k`
/// speaks of someone the sentence names after it (mentions `ms`), or of no one its pronouns
/// point back to; not "Él dice que lo detuvieron…", of himself.
pub(crate) fn speaks_of_another(
    doc: &crate::text::Doc<'_>,
    k: usize,
    ms: &[&crate::persons::MentionRef],
) -> bool {
    let of_self = || {
        (k + 2..(k + 14).min(doc.tokens.len())).any(|j| {
            matches!(
                doc.f(j),
                "lo" | "la" | "le" | "me" | "him" | "her" | "he" | "she" | "i" | "my"
            )
        })
    };
    SPEECH.contains(&doc.f(k + 1)) && (ms.iter().any(|m| m.first > k + 1) || !of_self())
}

/// ("According to a colleague, X, she was charged…": whether the one named at `m` (of a sentence
/// from token `a`) is only cited, and so names no one for an event; not one who speaks of
/// himself, "X told AFP he was arrested in 2019"; a relative cited too, "donde, según su abogada,
/// X, permaneció 40 días", but not of the event at token `at` in her own relative clause, "según
/// su hermana, X, quien también fue detenida".)
pub(crate) fn cited_source(
    doc: &crate::text::Doc<'_>,
    f: &crate::discourse::Findings,
    m: &crate::persons::MentionRef,
    (a, at): (usize, usize),
) -> bool {
    (f.source[m.entity]
        && !f.relative[m.entity]
        && (m.first.saturating_sub(12).max(a)..m.first).any(|k| crate::speakers::cites(doc, k)))
        || (f.relative[m.entity]
            && !(at > m.last
                && doc.f(m.last) == ","
                && matches!(doc.f(m.last + 1), "quien" | "que" | "who"))
            && (m.first.saturating_sub(5).max(a)..m.first)
                .any(|k| matches!(doc.f(k), "segun" | "according")))
}

/// Verbs of learning of something: what one told after them is of someone else ("Gisela learned
/// her husband had been…", "supo que su padre…").
pub(crate) const LEARNING: &[&str] = &["learned", "learnt", "discovered", "heard"];

/// Whether `w` is a verb of telling, not a source's "según" / "according".
pub(crate) fn tells(w: &str) -> bool {
    SPEECH.contains(&w) && !matches!(w, "segun" | "according")
}
