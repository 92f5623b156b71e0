//! Who speaks in a sentence and whom it opens on: a transcript's speaker label (read in
//! `speaker_labels`), a relative, a lawyer or a body's officer set off by commas who tells of
//! someone else, and the person a sentence opens with (whom the next "he" or "she" means).

use crate::discourse::Findings;
use crate::persons::MentionRef;
use crate::speaker_labels::speaker_label;
use crate::text::Doc;
use crate::triggers;

/// The words of a body's officer ("la directora de la organización, X").
pub(crate) const OFFICERS: &[&str] = &[
    "director",
    "directora",
    "coordinador",
    "coordinadora",
    "presidente",
    "presidenta",
    "vocero",
    "vocera",
    "portavoz",
    "spokesperson",
    "spokeswoman",
    "spokesman",
    "coordinator",
];

/// Whether the name at `first` is set off as someone's relative, lawyer or a body's officer ("Su
/// esposa, la señora X", "His lawyer, X,", "la directora de la organización, X"), within the
/// sentence from `a`.
pub(crate) fn apposed_role(doc: &Doc<'_>, first: usize, a: usize) -> bool {
    let after_comma = |k: usize| k >= 1 && doc.f(k - 1) == ",";
    // ("Su esposa, la señora X": up to two words of address between the comma and the name.)
    let mut start = first;
    while start > first.saturating_sub(2)
        && !after_comma(start)
        && start >= 1
        && matches!(
            doc.f(start - 1),
            "senora" | "senor" | "la" | "el" | "the" | "mrs" | "mr" | "ms" | "dr" | "dra"
        )
    {
        start -= 1;
    }
    after_comma(start)
        && (start.saturating_sub(8).max(a)..start - 1).any(|k| {
            let w = doc.f(k);
            crate::slots::RELATIONS.contains(&w)
                || crate::relations::ASSOCIATES.contains(&w)
                || OFFICERS.contains(&w)
        })
}

/// Whether the name at `first..last` is set off as someone's relative, lawyer or a body's officer
/// ("Su esposa, la señora X, nos confirma que sigue en Rodeo I", "His lawyer, X, told us he has
/// been held since…", "precisó la directora de la organización, X, quien indicó que…") and a
/// verb of telling stands between it and trigger `t`: the speaker tells of another.
pub(crate) fn introduced_speaker(
    doc: &Doc<'_>,
    first: usize,
    last: usize,
    t: &triggers::Trigger,
    a: usize,
) -> bool {
    if !apposed_role(doc, first, a) {
        return false;
    }
    // Told before the event only ("His lawyer, X, told us that he…"): a speaker named after the
    // event may be its subject ("detuvieron, denunció Foro Penal, a su hermano, X").
    if last > t.first {
        return false;
    }
    (last..t.first).any(|k| tells(doc.f(k)))
}

/// A verb of telling (not "según", which names a source, not one who speaks now).
fn tells(w: &str) -> bool {
    (crate::slots::SPEECH.contains(&w) && w != "segun")
        // ("«Está presa en su casa», insiste su vecina, X": verbs that tell only after a quote,
        // not of the teller's own custody, "relata que fue detenido".)
        || matches!(w, "insiste" | "relata" | "reitera" | "lamenta" | "anade")
}

/// Whether the name at `first..last`, set off after trigger `t` by a comma and an office, is the
/// one who tells of it ("…were driven to Cúcuta and will be flown to Lima, consul Óscar Valdivia
/// Rojas said", "…fue trasladada a Rodeo I, dijo la abogada X").
pub(crate) fn trailing_speaker(
    doc: &Doc<'_>,
    first: usize,
    last: usize,
    t: &triggers::Trigger,
) -> bool {
    first > t.last
        && (office_speaker(doc, first, last, t.last)
            // ("Su paradero es desconocido, dice la presidenta del gremio, Dilcia Marcano."): the
            // teller's office, then the name after a comma.
            || (doc.f(first.wrapping_sub(1)) == ","
                && (first.saturating_sub(8).max(t.last)..first - 1).any(|k| tells(doc.f(k))))
            // ("…put on flights out of the country, Aguilar said.": the name, its verb, the end.)
            || (doc.f(first.wrapping_sub(1)) == ","
                && tells(doc.f(last))
                && matches!(doc.f(last + 1), "." | ""))
            // ("\"…sin poder llevar nada\", declaró desde San José la abogada X": the verb, then
            // the teller named by an office.)
            || (!crate::lexicon::roles(doc.f(first.wrapping_sub(1))).is_empty()
                && (first.saturating_sub(7).max(t.last)..first - 1).any(|k| quoted_verb(doc, k)))
            // ("'…never acknowledged holding him,' said expert X": the verb, a word or two of
            // office, the name.)
            || (first.saturating_sub(4).max(t.last)..first).any(|k| {
                quoted_verb(doc, k)
                    && (k + 1..first).all(|j| {
                        doc.tokens[j].kind == crate::text::TokenKind::Word
                            && !doc.tokens[j].capitalised
                    })
            })
            // ("\"…where he is held,\" said the experts, including Special Rapporteur X": one of
            // the tellers.)
            || (first.saturating_sub(9).max(t.last + 1)..first).any(|k| {
                quoted_verb(doc, k)
                    && (k..first).any(|j| matches!(doc.f(j), "including" | "incluida" | "incluido"))
            }))
}

/// A verb of telling at token `k` right after a comma or a closing quote ("…», declaró", ",\" said").
fn quoted_verb(doc: &Doc<'_>, k: usize) -> bool {
    tells(doc.f(k)) && matches!(doc.f(k.wrapping_sub(1)), "," | "\"" | "»" | "”" | "'" | "’")
}

/// Whether the name at `first..last` follows a comma and an office (after token `from`) and a verb
/// of telling is told with it: ", consul X said", ", dijo la abogada X".
pub(crate) fn office_speaker(doc: &Doc<'_>, first: usize, last: usize, from: usize) -> bool {
    let speaks = |k: usize| tells(doc.f(k));
    let told = speaks(last) || (doc.f(last) == "," && speaks(last + 1));
    let mut k = first;
    let mut office = false;
    while k > from && k + 4 > first {
        k -= 1;
        let w = doc.f(k);
        if w == "," {
            break;
        }
        // ("…, y el periodista X, informó el SNTP": the last of a list, not the teller.)
        if matches!(
            w,
            "y" | "and" | "e" | "including" | "incluido" | "incluida" | "entre"
        ) {
            return false;
        }
        office |= !crate::lexicon::roles(w).is_empty() || w == "consul";
    }
    office && doc.f(k) == "," && (told || speaks(k + 1))
}

/// Follows the one sentence `a..b` opens on (see `opener`) when the walk follows no one or the
/// sentence told no event (`told_none`): not an official, a source or a lawyer acting for others.
pub(crate) fn opener_focus(
    doc: &Doc<'_>,
    ms: &[&MentionRef],
    (a, b): (usize, usize),
    f: &Findings,
    focus: &mut Option<usize>,
    told_none: bool,
) {
    if (focus.is_none() || told_none)
        && let Some(m) = opener(doc, ms, a, f)
        && !f.official[m.entity]
        && !f.source[m.entity]
        && !crate::narrator::lawyer_acting(doc, f, m.entity, a, b)
    {
        *focus = Some(m.entity);
    }
}

/// ("Beside her sat Nohemí Carrillo, mother of captain Andrés Eloy Carrillo. He was
/// arrested…": the one a relative is named for is the one the text goes on about.)
fn opener<'m>(
    doc: &Doc<'_>,
    ms: &'m [&'m MentionRef],
    a: usize,
    f: &Findings,
) -> Option<&'m &'m MentionRef> {
    ms.first()
        .filter(|m| {
            m.first - a <= 4
                || speaker_label(doc, m, a)
                || inverted_subject(doc, m, a)
                // ("Tomemos el caso del ucraniano X.", "the case of X": the one the text turns to.)
                // (Not a case's name: "el caso Brazalete Blanco".)
                || (m.first.saturating_sub(5)..m.first).any(|k| {
                    matches!(doc.f(k), "caso" | "case") && matches!(doc.f(k + 1), "de" | "del" | "of")
                })
        })
        .and_then(|m| {
            if speaker_label(doc, m, a) {
                // ("[01:22] OSORIO KRAUS: Take Esteban Goncalves, the lawyer. He got out…": the turn
                // opens after its speaker's label.)
                // ("JUAN PABLO OCHOA, CORRESPONDENT: Dana, Rosa Elvira Salcedo is…": past the
                // host the turn calls by name.)
                let colon = (m.last..m.last + 12).find(|&k| doc.f(k) == ":")?;
                let vocative = |x: &MentionRef| x.first == colon + 1 && doc.f(x.last) == ",";
                let after = ms
                    .iter()
                    .find(|x| x.first > colon && x.first <= colon + 4 && !vocative(x));
                if after.is_some() || !f.relative[m.entity] {
                    return after;
                }
            }
            if f.relative[m.entity] {
                ms.iter().find(|x| !f.relative[x.entity])
            } else {
                Some(m)
            }
        })
}

/// ("Not on the list was Ricardo Figueredo", "Tampoco figura el sindicalista X"): the subject of
/// a copula at the end of a short opening, the one the next sentences go on about.
fn inverted_subject(doc: &Doc<'_>, m: &MentionRef, a: usize) -> bool {
    // ("There were also rumors this week about Bishop X", "Circulan rumores sobre el
    // sindicalista X": the one the rumour, and the next sentences, are about.)
    let rumoured = (a..m.first).any(|k| {
        matches!(doc.f(k), "rumors" | "rumours" | "rumores" | "reports")
            && (k + 1..m.first).any(|j| matches!(doc.f(j), "about" | "sobre" | "of"))
    });
    if rumoured && m.first - a <= 12 {
        return true;
    }
    // (Of the held: "Not on the list was…", "Tampoco figura…", "Among those…"; not "Presente en
    // la audiencia estaba la abogada X".)
    let opening = (a..m.first).any(|k| {
        matches!(
            doc.f(k),
            "not" | "no" | "tampoco" | "among" | "entre" | "nor" | "ni"
        )
    });
    let of_the_held = !(a..m.first).any(|k| {
        doc.f(k).starts_with("abogad")
            || matches!(
                doc.f(k),
                "lawyer" | "attorney" | "fiscal" | "judge" | "juez" | "jueza"
            )
    });
    opening
        && of_the_held
        && m.first - a <= 10
        && (m.first.saturating_sub(4).max(a)..m.first).any(|k| {
            matches!(
                doc.f(k),
                "was" | "were" | "is" | "fue" | "figura" | "figuraba" | "estaba" | "aparece"
            ) && (k + 1..m.first).all(|j| {
                let f = doc.f(j);
                crate::lexicon::is_np_word(f)
                    || !crate::lexicon::roles(f).is_empty()
                    || !crate::lexicon::nationalities(f).is_empty()
            })
        })
}

/// Whether token `k` cites a source: "según", "according (to)", "(de acuerdo) con" ("De acuerdo
/// con el abogado defensor X, el comunicador fue…"; not "no estuvo de acuerdo con el abogado X").
pub(crate) fn cites(doc: &Doc<'_>, k: usize) -> bool {
    let opens = |j: usize| {
        doc.sentence_at(j).is_some_and(|s| s.first == j)
            || matches!(doc.f(j.wrapping_sub(1)), "," | "y" | "pero" | "(")
    };
    matches!(doc.f(k), "segun" | "according")
        || (doc.f(k) == "con"
            && doc.f(k.wrapping_sub(1)) == "acuerdo"
            && doc.f(k.wrapping_sub(2)) == "de"
            && opens(k.wrapping_sub(2)))
}

/// ("Según la vicecanciller colombiana, Paula Andrea Restrepo Gil, los cuatro…", "According to
/// the union's general secretary, X, …"): a name set off by commas after "según" and a describer
/// of up to sixteen words is the source.
pub(crate) fn long_source(doc: &Doc<'_>, s: &crate::slots::Slot, s_first: usize) -> bool {
    // ("Según la hermana de Terán, Yaneth Terán, …": the one the source is a relative of is not.)
    if doc.f(s.last) != "," || matches!(doc.f(s.first.wrapping_sub(1)), "de" | "del" | "of") {
        return false;
    }
    // (Nor one the clause after the name tells held: "Según el abogado X, quien fue excarcelado
    // el 8 de septiembre…,", "…, detenido junto a su cliente el 8 de septiembre,".)
    let from = s.last + 1 + usize::from(matches!(doc.f(s.last + 1), "quien" | "who"));
    let from = from + usize::from(matches!(doc.f(from), "fue" | "was" | "estuvo"));
    if crate::triggers::find(doc, from, from + 3)
        .first()
        .is_some_and(|t| {
            t.voice != crate::triggers::Voice::Clitic
                && ((t.first == from && from > s.last + 1) || t.first == s.last + 1)
        })
    {
        return false;
    }
    let Some(k) = (s.first.saturating_sub(16).max(s_first)..s.first)
        .rev()
        .find(|&k| cites(doc, k))
    else {
        return false;
    };
    // (A describer of a person — an article or a possessive, then a word of a role, an office or
    // a relation — and not a clause: "Según Foro Penal, Ana Ruiz, detenida en mayo, sigue…"
    // names the detainee after the body's name.)
    let person_word = |f: &str| {
        !crate::lexicon::roles(f).is_empty()
            || crate::slots::RELATIONS.contains(&f)
            || crate::offices::is_office(f)
            || OFFICERS.contains(&f)
            || matches!(
                f,
                "widow"
                    | "widower"
                    | "viuda"
                    | "viudo"
                    | "colleague"
                    | "colega"
                    | "friend"
                    | "amigo"
                    | "amiga"
                    | "neighbour"
                    | "neighbor"
                    | "vecino"
                    | "vecina"
            )
    };
    // ("According to his widow, X,": past the "to"; "According to a colleague, X,".)
    let opens = if doc.f(k + 1) == "to" { k + 2 } else { k + 1 };
    matches!(
        doc.f(opens),
        "el" | "la" | "the" | "su" | "his" | "her" | "its" | "their" | "a" | "an" | "un" | "una"
    ) && (k + 1..s.first).any(|j| person_word(doc.f(j)))
        // (Not a body a comma closes before the name's own describer: "También fueron
        // excarcelados, según la ONG, el exdiputado A, …"; but "Según su defensora, la abogada
        // X, …".)
        && (k + 1..s.first.saturating_sub(1))
            .find(|&j| doc.f(j) == ",")
            .is_none_or(|c| (k + 1..c).any(|j| person_word(doc.f(j))))
        && (k + 1..s.first).all(|j| {
            let f = doc.f(j);
            !crate::slots::SPEECH.contains(&f)
                && !crate::coordination::LIST_BREAKERS.contains(&f)
                && !matches!(f, "." | "y" | "and")
        })
}

/// Who speaks the transcript's turn that holds trigger `t` ("[00:00:30] YÁNEZ: … On August 9th
/// they moved me to Tocorón"): the person, among those noted so far (`seen`), that the line's
/// speaker label names, when the event is told in the first person (`first`); none when "me" is
/// whom it was done to, "me lo trasladaron".
pub(crate) fn turn_speaker(
    doc: &Doc<'_>,
    t: &triggers::Trigger,
    seen: &[(usize, usize)],
    first: bool,
) -> Option<usize> {
    let k = t.first;
    if !first
        || (k.saturating_sub(1)..t.last)
            .any(|k| doc.f(k) == "me" && matches!(doc.f(k + 1), "lo" | "la" | "los" | "las"))
    {
        return None;
    }
    let at = doc.tokens.get(k)?.start;
    let line = doc.text[..at].rfind('\n').map_or(0, |n| n + 1);
    let mut j = doc.tokens.partition_point(|t| t.start < line);
    while j < k && crate::line_shapes::stamp_mark(doc, j) {
        j += 1;
    }
    let colon = (j..k.min(j + 10)).find(|&c| doc.f(c) == ":")?;
    // ("YÁNEZ:", "Lorenzo Quintana:")
    let capitals = doc
        .tokens
        .get(j)
        .is_some_and(|t| t.kind == crate::text::TokenKind::Word && t.capitalised);
    capitals
        .then(|| seen.iter().rev().find(|&&(_, f)| (j..colon).contains(&f)))
        .flatten()
        .map(|&(e, _)| e)
}

/// Whether the name at tokens `first..last` is a source set off by a comma ("Según el abogado X,
/// A y B fueron liberados", "According to lawyer X, A and B…"): no member of the list after it.
pub(crate) fn set_off_source(doc: &crate::text::Doc<'_>, first: usize, last: usize) -> bool {
    // (Up to a dozen words between, none a stop, a list's "y" or an event's.)
    doc.f(last) == ","
        && (first.saturating_sub(12)..first).any(|k| {
            (doc.f(k) == "segun" || (doc.f(k) == "according" && doc.f(k + 1) == "to"))
                && !(k..first).any(|j| matches!(doc.f(j), "," | "." | "y" | "and" | ":"))
                && crate::triggers::find(doc, k, first).is_empty()
                // (Past four words, "Según fuentes del departamento que dirige X,", of a given
                // name, not a body's, "Según la vocera de la Articulación de Movimientos
                // Sociales, la abogada A,", nor one told held right after, "…que dirigía X,
                // detenida el 28 de junio, …".)
                && (first - k <= 4
                    || ((crate::lexicon::is_given_name(doc.f(first))
                        || (first.saturating_sub(3)..first).any(|j| {
                            matches!(doc.f(j), "dirige" | "dirigia" | "encabeza" | "preside")
                        }))
                        && crate::triggers::find(doc, last + 1, last + 3).is_empty()))
        })
}
