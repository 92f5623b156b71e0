//! Where a sentence starts naming the members of a group whose event was told just before ("the
//! group includes", "entre ellos", "Los excarcelados son…", "Also freed were…"), unless they are
//! the members of a body that acts (`agent_bodies::agent_body_before`).

use crate::text::Doc;

/// Where the sentence `first..last` starts naming the members of a group released just before:
/// after a cue of `member_cues` ("the group includes", "entre ellos") or a subject that names
/// them.
pub fn group_members_cue(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    use crate::member_cues::{BEFORE_NAMES, CUES};
    // (The cues' first words, and "es"/"is": the only tokens a cue can start at.)
    static STARTS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let starts = STARTS.get_or_init(|| {
        let mut starts = crate::word_index::first_words(CUES.iter().chain(BEFORE_NAMES));
        starts.extend(["es", "is"]);
        starts
    });
    crate::member_cues::inverted_subject(doc, first, last)
        .or_else(|| numbered_group(doc, first, last))
        .or_else(|| one_of_them(doc, first, last))
        .or_else(|| crate::member_cues::in_dashes(doc, first, last))
        .or_else(|| {
            (first..last)
                .filter(|&k| starts.contains(doc.f(k)))
                .find_map(|k| {
                    CUES.iter()
                        .find(|c| doc.matches_at(k, c))
                        .map(|c| k + c.split(' ').count())
                        // ("La lista … no incluye a X, que sigue presa": not a member.)
                        .filter(|_| {
                            !(k.saturating_sub(2).max(first)..k).any(|j| {
                                matches!(doc.f(j), "no" | "not" | "doesn" | "didn" | "nor")
                            })
                        })
                        // ("Entre los excarcelados no figura X, quien permanece en Ramo Verde": nor
                        // when the group is said not to hold them.)
                        .filter(|&after| {
                            !(after..(after + 4).min(last))
                                .any(|j| crate::requests::told_without(doc, j))
                        })
                        // ("Entre los casos que acompaña está el de X": cases she follows, no
                        // members of a group.)
                        .filter(|&after| !matches!(doc.f(after), "casos" | "cases"))
                        .filter(|_| !crate::member_cues::official_identified(doc, first, k))
                        // ("Among those who welcomed the move was X": people who did something
                        // else, when no event word follows the "who".)
                        .filter(|&after| {
                            !(matches!(doc.f(after), "who" | "que" | "quienes")
                                && crate::triggers::find(doc, after, (after + 4).min(last))
                                    .is_empty())
                        })
                        // ("Among those still detained is X", "Entre los que siguen presos": another
                        // group than the one freed.)
                        .filter(|&after| {
                            // ("Entre los que siguen en La Modelo figuran A y B": before the cue too.)
                            let from = (k.saturating_sub(9).max(first)..k)
                                .find(|&j| matches!(doc.f(j), "entre" | "among"))
                                .unwrap_or(after);
                            !(from..last.min(after + 3)).any(|j| {
                                matches!(
                                    doc.f(j),
                                    "still"
                                        | "remaining"
                                        | "remain"
                                        | "remains"
                                        | "aun"
                                        | "todavia"
                                        | "siguen"
                                        | "permanecen"
                                )
                            })
                        })
                        // ("The delegation, which also included MEP X": the members of a body that
                        // acts, not of the group held.)
                        .filter(|_| !crate::agent_bodies::agent_body_before(doc, first, k))
                        .or_else(|| {
                            BEFORE_NAMES
                                .iter()
                                .find(|c| doc.matches_at(k, c))
                                .map(|c| k + c.split(' ').count())
                                // ("El español es Iker Zubiaurre": one of the group by nationality.)
                                .or_else(|| {
                                    (matches!(doc.f(k), "es" | "is")
                                        && k > first
                                        && !crate::lexicon::nationalities(doc.f(k - 1)).is_empty())
                                    .then_some(k + 1)
                                })
                                .map(|after| crate::group_parts::past_others(doc, k, after))
                                .and_then(|after| name_after_describers(doc, after, last))
                        })
                })
        })
        .or_else(|| arrived(doc, first, last))
        .or_else(|| plural_subject_are(doc, first, last))
        .or_else(|| held_are(doc, first, last))
}

/// Whether a source told between the member ending at `after` (or the cue at `cue`) and the next
/// one at `first` ends the members: "…y el estudiante Samuel Ortega, según informó el abogado X";
/// not one set off before the first ("Entre ellos, según sus familiares, el sindicalista X").
pub(crate) fn source_ends(doc: &Doc<'_>, cue: usize, after: usize, first: usize) -> bool {
    let said = |w: &str| matches!(w, "informo" | "dijo" | "said");
    // (An aside that names its source, "según la abogada Rosa Gil Paz,", is no such aside: its
    // name is the source's.)
    let capital = |r: std::ops::Range<usize>| r.into_iter().any(|k| doc.tokens[k].capitalised);
    let source_first = after == cue
        && (cue..first)
            .find(|&k| matches!(doc.f(k), "segun" | "according"))
            .and_then(|seg| Some((seg, (seg..first).rfind(|&k| doc.f(k) == ",")?)))
            .is_some_and(|(seg, close)| {
                !capital(seg + 1..close)
                    && !capital(close + 1..first)
                    && !(seg..first).any(|k| said(doc.f(k)))
            });
    !source_first
        && (after..first).any(|k| crate::slots::SPEECH.contains(&doc.f(k)) || said(doc.f(k)))
}

/// "Still held, according to their families, are lawyer A, who is at La Modelo, and farmer B":
/// those named after "are" past a word of custody (and an aside in commas) are the group held.
fn held_are(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    let held = |k: usize| {
        matches!(
            doc.f(k),
            "held" | "detained" | "jailed" | "imprisoned" | "custody" | "behind"
        )
    };
    (first + 1..last).find_map(|k| {
        if !matches!(doc.f(k), "are" | "were") {
            return None;
        }
        let before = if doc.f(k - 1) == "," {
            (first..k - 1)
                .rev()
                .find(|&j| doc.f(j) == ",")?
                .checked_sub(1)?
        } else {
            k - 1
        };
        (held(before) && before >= first && (first..before).all(|j| doc.f(j) != ","))
            .then(|| name_after_describers(doc, k + 1, last))
            .flatten()
    })
}

/// Where a name starts at `at` or after a few lowercase describing words ("They are former
/// police commissioner Iván Simancas…"): a capitalised given name within five tokens.
fn name_after_describers(doc: &Doc<'_>, at: usize, last: usize) -> Option<usize> {
    // ("They are Venezuelan-American oil worker Luis Cabello; Navy reservist Tyler Grant…": a
    // capitalised nationality or office describes.)
    let describer = |f: &str| {
        f.split('-')
            .all(|w| !crate::lexicon::nationalities(w).is_empty())
            || (crate::lexicon::is_not_name(f) && !crate::lexicon::is_given_name(f))
    };
    // ("The priests are Fr. Leonel Bojorge; Fr. …": a title's abbreviation first.)
    let from =
        if crate::abbreviations::TITLE_ABBREVIATIONS.contains(&doc.f(at)) && doc.f(at + 1) == "." {
            at + 2
        } else {
            at
        };
    let words = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|t| t.kind == crate::text::TokenKind::Word)
    };
    let name_start = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|t| t.capitalised && !describer(&t.folded))
            // ("Kyle Brandon Morris": a given name the lexicon lacks, followed by more of the name.)
            && (crate::lexicon::is_given_name(doc.f(j))
                || doc
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| t.capitalised && t.kind == crate::text::TokenKind::Word))
    };
    // ("Los condenados son el capitán (Ej.) X": a branch in brackets after the rank.)
    let bracket_end = |j: usize| {
        (doc.f(j) == "(")
            .then(|| (j + 1..last.min(j + 5)).find(|&c| doc.f(c) == ")"))
            .flatten()
    };
    let first_capital = |from: usize| {
        let mut j = from;
        while j < last.min(from + 9) {
            if let Some(close) = bracket_end(j) {
                j = close + 1;
                continue;
            }
            // ("Se trata del secretario general del sindicato, Leonel Basanta": in apposition.)
            // (Not kin: "Se trata de la madre del dirigente, Rosa Gaitán, y del hermano…".)
            let kin = (from..j).any(|k| crate::relations::RELATIONS.contains(&doc.f(k)));
            if doc.f(j) == "," && j > from && !kin && name_start(j + 1) {
                return Some(j + 1);
            }
            if !words(j) {
                return None;
            }
            if doc.tokens[j].capitalised && !describer(doc.f(j)) {
                return Some(j);
            }
            j += 1;
        }
        None
    };
    let found = first_capital(from)?;
    if name_start(found) {
        return Some(at);
    }
    // ("Se trata del exalcalde de Pedraza, Anselmo Trejo; …": the name in apposition after a
    // describer that holds a place.)
    let comma = (found + 1..last)
        .take_while(|&j| words(j))
        .last()
        .map_or(found + 1, |j| j + 1);
    (doc.f(comma) == "," && doc.f(from) != ",")
        .then(|| first_capital(comma + 1))
        .flatten()
        .filter(|&j| j == comma + 1 && name_start(j))
        .map(|_| at)
}

/// "The freed Americans are Kyle Morris, …", "Los excarcelados son…": a sentence that opens on
/// the people of an event and names them after "are"/"were".
fn plural_subject_are(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    if !matches!(doc.f(first), "the" | "los" | "las") {
        return None;
    }
    // ("The four women freed from the INOF prison outside Caracas were A, B…": the subject may
    // carry its participle and place.)
    let verb = (first + 1..last.min(first + 14))
        .take_while(|&k| !matches!(doc.f(k), "," | ";" | ":"))
        .find(|&k| matches!(doc.f(k), "are" | "were" | "son" | "fueron" | "eran"))?;
    let plural = (first + 1..verb).any(|k| {
        let w = doc.f(k);
        // ("The four are Dutch engineer X, …": a number is a group.)
        crate::count_words::PEOPLE.contains(&w)
            || crate::counts::number_word(w).is_some_and(|n| n > 1)
            || (!crate::lexicon::nationalities(w).is_empty() && w.ends_with('s'))
    });
    // (Not a passive's agent: "The families were received by lawyers A and B".)
    plural
        .then(|| name_after_describers(doc, verb + 1, last))
        .flatten()
        .filter(|_| {
            !(verb + 1..last)
                .take_while(|&k| doc.tokens.get(k).is_some_and(|t| !t.capitalised))
                .any(|k| matches!(doc.f(k), "by" | "por" | "with" | "con"))
        })
}

/// "ordered the five — A, B, C, D and E — to report…", "los cuatro: A, B, C y D": a group
/// counted by a number word, its names after a dash or a colon.
fn numbered_group(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    // ("…confirmó que cuatro personas salieron la noche del viernes de El Helicoide: la
    // activista A, el periodista B…": a count of people, then a colon and their names.)
    let counted = |colon: usize| {
        (first..colon).any(|k| {
            // ("Lawyers confirmed the names of five of them:": named, however counted.)
            matches!(doc.f(k), "names" | "nombres") && colon - k <= 12
                || crate::count_words::PEOPLE.contains(&doc.f(k + 1))
                    && doc.tokens.get(k).is_some_and(|t| {
                        t.kind == crate::text::TokenKind::Number
                            || crate::counts::number_word(&t.folded).is_some_and(|n| n > 1)
                    })
        })
    };
    if let Some(colon) = (first..last).find(|&k| doc.f(k) == ":")
        && counted(colon)
        && let Some(at) = name_after_describers(doc, colon + 1, last)
    {
        return Some(at);
    }
    if let Some(at) = crate::member_cues::nationals_before_dash(doc, first, last)
        && let Some(name) = name_after_describers(doc, at, last)
    {
        return Some(name);
    }
    (first..last).find_map(|k| {
        let group = matches!(doc.f(k), "the" | "los" | "las")
            && crate::counts::number_word(doc.f(k + 1)).is_some_and(|n| n > 1)
            && matches!(doc.tokens.get(k + 2).map(|t| t.text), Some("—" | "–" | ":"));
        group
            .then(|| name_after_describers(doc, k + 3, last))
            .flatten()
    })
}

/// Whether a sentence speaks of some members of a group only ("la mayoría", "most of those freed").
pub(crate) fn only_some(doc: &crate::text::Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| SOME.contains(&doc.f(k))) || some_of_them(doc, a, b)
}

/// Whether tokens `a..b` count some of a group told before: "cuatro de ellos deberán
/// presentarse", "three of them must report", "algunos de ellos".
pub(crate) fn some_of_them(doc: &crate::text::Doc<'_>, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        (doc.is_number(k)
            || crate::counts::number_word(doc.f(k)).is_some()
            || SOME.contains(&doc.f(k)))
            && matches!(doc.f(k + 1), "de" | "of")
            && matches!(doc.f(k + 2), "ellos" | "ellas" | "them" | "those")
    })
}

/// Words that take some of a group only.
pub(crate) const SOME: &[&str] = &[
    "mayoria", "most", "algunos", "algunas", "some", "several", "varios", "varias",
];

/// Whether a sentence speaks of all the members of a group ("todos los beneficiados", "all of
/// them", "each of the"), and not of some ("la mayoría", "most", "algunos").
pub(crate) fn whole_group(doc: &crate::text::Doc<'_>, a: usize, b: usize) -> bool {
    let some = only_some(doc, a, b);
    let all = (a..b).any(|k| {
        matches!(
            doc.f(k),
            "todos" | "todas" | "all" | "each" | "ambos" | "ambas" | "both"
        ) || (doc.f(k) == "cada" && matches!(doc.f(k + 1), "uno" | "una"))
    });
    all && !some
}

/// Whether sentence `si` speaks of relatives ("Relatives gathered…", "las familias esperan").
pub(crate) fn families_in(doc: &crate::text::Doc<'_>, si: usize) -> bool {
    #[rustfmt::skip]
    const FAMILIES: &[&str] =
        &["relatives", "families", "familiares", "familias", "madres", "mothers"];
    crate::heading_lines::tells_of(doc, si, FAMILIES)
}

/// Whether sentence `si` tells of guards or officers ("Los policías que custodian Tocorón…"):
/// "Entre ellos" after it are theirs, not the held.
pub(crate) fn guards_in(doc: &crate::text::Doc<'_>, si: usize) -> bool {
    #[rustfmt::skip]
    const GUARDS: &[&str] = &[
        "policias", "custodios", "guardias", "agentes", "funcionarios", "police", "guards", "officers",
    ];
    crate::heading_lines::tells_of(doc, si, GUARDS)
}

/// "Ramiro Estévez, uno de ellos, dijo que fue torturado", "X, one of them, said…": a name that
/// opens its sentence, set off as one of the group told before, is a member of it.
fn one_of_them(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    let named = doc.tokens.get(first).is_some_and(|t| t.capitalised);
    let comma = (first + 1..last.min(first + 7)).find(|&k| doc.f(k) == ",")?;
    let one = matches!(doc.f(comma + 1), "uno" | "una" | "one")
        && matches!(doc.f(comma + 2), "de" | "of")
        && matches!(doc.f(comma + 3), "ellos" | "ellas" | "them")
        && doc.f(comma + 4) == ",";
    (named && one).then_some(first)
}

/// "…freed a bishop and three priests and put them on a flight to Rome. Bishop X arrived at
/// Fiumicino late Thursday along with Fr. Y and Fr. Z": those who arrive after a group was sent
/// out are its members, from the sentence's first name.
fn arrived(doc: &Doc<'_>, first: usize, last: usize) -> Option<usize> {
    let verb = (first + 1..last)
        .find(|&k| matches!(doc.f(k), "arrived" | "landed" | "llegaron" | "aterrizaron"))?;
    let named = (first..verb).any(|k| {
        doc.tokens
            .get(k)
            .is_some_and(|t| t.capitalised && crate::lexicon::is_given_name(doc.f(k)))
    });
    // (Arriving together: "along with", "junto a"; not one who landed alone, whose day may be
    // another.)
    let together = (verb + 1..last.min(verb + 12))
        .take_while(|&k| !matches!(doc.f(k), "que" | "who" | "where" | "donde"))
        .any(|k| {
            (doc.f(k) == "along" && doc.f(k + 1) == "with")
                || (doc.f(k) == "junto" && matches!(doc.f(k + 1), "a" | "con"))
        });
    (named && together).then_some(first)
}

/// "…dozens of relatives waited through the night. Among them was X, whose son…" ("…, the mother
/// of journalist Y", "cuyo hijo", "madre del preso Y"): whether the cue at `cue` of sentence `si`
/// names one of the relatives (or guards) of the sentence before, told as someone's kin, not one
/// of the group told at `told` further back ("Families waited. Among them was student leader X").
pub(crate) fn relatives_among(doc: &Doc<'_>, si: usize, cue: usize, told: usize) -> bool {
    let pronoun =
        (cue.saturating_sub(3)..cue).any(|k| matches!(doc.f(k), "them" | "ellos" | "ellas"));
    let kin_told = (cue..cue + 14).any(|k| match doc.f(k) {
        _ if !crate::slots::RELATIONS.contains(&doc.f(k + 1)) => false,
        "whose" | "cuyo" | "cuya" => true,
        "the" | "la" | "el" | "," => matches!(doc.f(k + 2), "of" | "de" | "del"),
        _ => false,
    });
    let paragraph = |x: usize| doc.sentences.get(x).map(|s| s.paragraph);
    pronoun
        && kin_told
        && si > 0
        && told + 1 < si
        && paragraph(si - 1) == paragraph(si)
        && (families_in(doc, si - 1) || guards_in(doc, si - 1))
}
