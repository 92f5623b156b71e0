//! What makes a crime word in a sentence no charge of its person's: other inmates' crimes
//! ("comparte celda con presos comunes", "a prison that mostly holds people convicted of drug
//! offences"), the state's word quoted at a distance ("accused of \"smuggling fuel\""), charges
//! called false ("fabricated", "cargos inventados"). Moved out of `out_of_scope`.

use crate::text::Doc;

/// ("placed in a ward with convicted drug offenders", "en una celda con presos por
/// robo"): the crime at token `k` is of those held with the person, not theirs.
/// ("accused of \"smuggling fuel\"", "acusados de «contrabando»"): a crime the text quotes
/// after the accusation is the state's word for it, kept at a distance, no ordinary crime.
pub(crate) fn scare_quoted(doc: &Doc<'_>, k: usize) -> bool {
    let quote = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|t| matches!(t.text, "\"" | "“" | "«"))
    };
    (k.saturating_sub(3)..k)
        .rev()
        .find(|&j| quote(j))
        .is_some_and(|q| {
            (q + 1..k).all(|j| doc.tokens[j].kind == crate::text::TokenKind::Word)
                && (q.saturating_sub(4)..q).any(|j| {
                    let f = doc.f(j);
                    f.starts_with("accus") || f.starts_with("acusad") || f == "charged"
                })
        })
}

pub(crate) fn cellmates(doc: &Doc<'_>, k: usize) -> bool {
    // ("transferred to Ghezel Hesar, a prison that mostly holds people convicted of drug
    // offences", "un penal que alberga a presos por narcotráfico": the prison's other inmates.)
    let held_there = (k.saturating_sub(8)..k).any(|j| {
        matches!(
            doc.f(j),
            "holds" | "houses" | "hold" | "house" | "alberga" | "albergan" | "aloja" | "alojan"
        ) && (j..k).any(|i| {
            matches!(
                doc.f(i),
                "people"
                    | "prisoners"
                    | "inmates"
                    | "men"
                    | "presos"
                    | "reos"
                    | "personas"
                    | "internos"
            )
        })
    });
    if held_there {
        return true;
    }
    let with = (k.saturating_sub(4)..k).any(|j| {
        matches!(
            doc.f(j),
            "with" | "alongside" | "among" | "con" | "junto" | "entre"
        )
    });
    let others = (k.saturating_sub(3)..k + 2).any(|j| {
        matches!(
            doc.f(j),
            "offenders"
                | "prisoners"
                | "inmates"
                | "criminals"
                | "presos"
                | "reos"
                | "delincuentes"
        )
    });
    with && others
}

/// Whether tokens `first..last` call charges false ("on smuggling charges his family calls
/// fabricated", "trumped-up", "cargos inventados", "bogus", "spurious").
pub(crate) fn disputed(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    (first..last).any(|k| {
        let f = doc.f(k);
        [
            "fabricat", "fabricad", "trumped", "inventad", "spurious", "espuri", "amanad",
        ]
        .iter()
        .any(|p| f.starts_with(p))
            || f == "bogus"
            // ("on currency smuggling charges they deny", "cargos que niegan")
            || (matches!(f, "deny" | "denies" | "niega" | "niegan")
                && matches!(doc.f(k.wrapping_sub(1)), "they" | "he" | "she" | "que"))
    })
}

/// Whether a sentence of the text that names the crime `word` (folded) calls the charge false
/// or a reprisal: "sentenced … on smuggling charges that media freedom groups call retaliation
/// for their reporting" before "All four … were convicted of smuggling foreign currency".
/// (Or the next two sentences call "the charges" so: "…charged with smuggling. His lawyer said
/// the charges were fabricated", "…acusado de contrabando. Su abogada asegura que se trata de
/// una represalia".)
pub(crate) fn disputed_elsewhere(doc: &Doc<'_>, word: &str) -> bool {
    // ("Prosecutors dismissed claims that the case was fabricated": the state answering the
    // claim, no one disputing the charge.)
    let refuted = |s: &crate::text::Sentence| {
        (s.first..s.last).any(|k| {
            let f = doc.f(k);
            [
                "dismiss", "reject", "rechaz", "desestim", "descart", "refut",
            ]
            .iter()
            .any(|p| f.starts_with(p))
        }) || (s.first..s.last.min(s.first + 3)).any(|k| {
            let f = doc.f(k);
            [
                "prosecut",
                "fiscal",
                "minist",
                "authorit",
                "autoridad",
                "government",
                "gobierno",
            ]
            .iter()
            .any(|p| f.starts_with(p))
        })
    };
    let political =
        |s: &crate::text::Sentence| crate::motives::told_political(doc, s, violent(word));
    // ("fabricated", "las acusaciones son falsas"; not "false information", "false identities")
    let called_false = |s: &crate::text::Sentence| {
        disputed(doc, s.first, s.last)
            || (s.first..s.last).any(|k| {
                matches!(doc.f(k), "falsas" | "falsos" | "falsa" | "falso" | "false")
                    && (k.saturating_sub(2)..k).any(|j| {
                        matches!(
                            doc.f(j),
                            "are" | "were" | "is" | "was" | "son" | "eran" | "es" | "era"
                        )
                    })
            })
    };
    doc.sentences.iter().enumerate().any(|(i, s)| {
        (s.first..s.last).any(|k| doc.f(k) == word)
            && ((!refuted(s) && (called_false(s) || political(s)))
                // (Not a killing or a robbery called false: "charged with murder. His lawyer said
                // the charges were fabricated" leaves a violent crime ordinary; "the case is
                // politically motivated" does not.)
                || doc.sentences.iter().skip(i + 1).take(2).any(|n| {
                    !refuted(n)
                        && (political(n) || (!violent(word) && called_false(n)))
                        && (n.first..n.last).any(|k| {
                            matches!(
                                doc.f(k),
                                "charges"
                                    | "charge"
                                    | "accusations"
                                    | "case"
                                    | "cargos"
                                    | "acusaciones"
                                    | "acusacion"
                                    | "caso"
                                    | "trata"
                            )
                        })
                }))
    })
}

/// A crime of violence or robbery (folded word): "murder", "homicidio", "secuestro", "robo".
pub(crate) fn violent(f: &str) -> bool {
    [
        "murder", "homicid", "asesinat", "kill", "secuestr", "kidnap", "rape", "violac", "robber",
        "robo",
    ]
    .iter()
    .any(|p| f.starts_with(p))
}

/// ("sentenced editor-in-chief X to nine years … on charges of smuggling", "la periodista Y,
/// acusada de contrabando"): a crime of money or goods charged to the press or to rights
/// defenders is the charge states use against them, no ordinary crime; not violence or drugs
/// ("a reporter arrested for murder").
pub(crate) fn press_charged(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let press = (first..last).any(|k| {
        // (Not a speaker's label, "REPORTER (Brooks):", nor a role denied, "no es periodista
        // ni preso político".)
        let label = !doc.tokens[k].text.chars().any(char::is_lowercase);
        let denied = (k.saturating_sub(3)..k).any(|j| matches!(doc.f(j), "no" | "ni" | "not"));
        (crate::lexicon::roles(doc.f(k)).iter().any(|r| {
            matches!(
                *r,
                "journalist" | "media_worker" | "human_rights_defender" | "activist"
            )
        }) || matches!(doc.f(k), "editor-in-chief" | "newsroom" | "redaccion"))
            && !label
            && !denied
    });
    press && !ordinary_words(doc, first, last)
}

/// Whether tokens `first..last` name a crime no state charges its critics with: violence, drugs,
/// abuse, or an official's graft ("arrested in the oil company embezzlement investigation").
fn ordinary_words(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    (first..last).any(|k| {
        let f = doc.f(k);
        violent(f)
            || [
                "drug",
                "droga",
                "narco",
                "cocain",
                "estupefacient",
                "abus",
                "embezzl",
                "corrup",
                "peculado",
                "malversac",
                "soborno",
                "brib",
                "graft",
            ]
            .iter()
            .any(|p| f.starts_with(p))
    })
}

/// ("Five Sahil Press journalists sentenced to between seven and nine years" over "All six were
/// convicted of smuggling, tax evasion and illegal entrepreneurship"): a crime of money or goods
/// in a text that tells of the press or rights defenders taken or tried is the charge used
/// against them (see `press_charged`), though the sentence that names it names no role.
/// (Told of a group the text named before, "All six", "Los cinco", "They", naming no one; not of
/// one it names, "They include X, … convicted in New York of wire fraud and money laundering".)
pub(crate) fn press_case(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let group = matches!(
        doc.f(first),
        "all" | "both" | "they" | "todos" | "todas" | "ambos" | "ambas" | "ellos" | "ellas"
    ) || (matches!(doc.f(first), "the" | "los" | "las")
        && crate::count_words::number_word(doc.f(first + 1)).is_some());
    let names = (first + 1..last).any(|k| doc.tokens[k].capitalised);
    group
        && !names
        && !ordinary_words(doc, first, last)
        && doc.sentences.iter().any(|s| {
            press_charged(doc, s.first, s.last)
                && crate::triggers::find(doc, s.first, s.last).iter().any(|t| {
                    matches!(
                        t.kind,
                        crate::model::EventType::Arrest
                            | crate::model::EventType::Sentence
                            | crate::model::EventType::Charge
                    ) && crate::triggers::modality(doc, t, s.first)
                        == crate::triggers::Modality::Fact
                })
        })
}

/// ("…detuvo a dos hombres señalados de robar una farmacia. Uno de ellos fue identificado como
/// X"): whether the sentence opening at `first` opens on one of those the sentence before accuses
/// of what `told` reads out of the record; not of a crime they protested ("…detuvo a tres jóvenes
/// que protestaban contra un fraude electoral. Uno de ellos…").
pub(crate) fn one_of_accused(
    doc: &Doc<'_>,
    first: usize,
    told: impl Fn(usize, usize) -> bool,
) -> bool {
    let one_of = matches!(doc.f(first), "uno" | "una" | "one")
        && matches!(doc.f(first + 1), "de" | "of")
        && matches!(doc.f(first + 2), "ellos" | "ellas" | "them");
    // ("…cumplían condenas por contrabando y no eran considerados presos políticos. Uno de
    // ellos es X": convicted, see `convicted_not_political`.)
    one_of
        && doc.sentence_at(first.wrapping_sub(1)).is_some_and(|s| {
            (accuses(doc, s.first, s.last)
                || crate::crime_words::convicted_not_political(doc, s.first, s.last))
                && told(s.first, s.last)
        })
}

/// Whether tokens `first..last` accuse someone ("señalados de", "acusados de", "presuntos
/// miembros de", "suspected of").
pub(crate) fn accuses(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    (first..last).any(|k| {
        [
            "senalad",
            "acusad",
            "sospechos",
            "suspect",
            "accus",
            "imputad",
            "presunt",
            "alleged",
        ]
        .iter()
        .any(|p| doc.f(k).starts_with(p))
    })
}

/// Marks out of scope the people a cue in sentence `si` names (`cued`), when the sentence is out
/// of the record (`foreign`) or so is the group they are of (see `group_held_for_crime`); not one
/// they are with ("One of them, X, a woman serving a sentence for fraud, shared a bunk with Y").
pub(crate) fn cued_out_of_scope<'s>(
    doc: &Doc<'_>,
    groups: &[crate::discourse::GroupEvent],
    (si, foreign): (usize, bool),
    cued: impl Iterator<Item = &'s crate::slots::Slot>,
    f: &mut crate::discourse::Findings,
) {
    // (Nor one cited: "…, condenado por extorsión, que según Piñate…".)
    let with = |s: &crate::slots::Slot| {
        crate::companions::along(doc, s)
            || matches!(doc.f(s.first.wrapping_sub(1)), "with" | "con" | "segun")
            || (s.first >= 2 && doc.matches_at(s.first - 2, "according to"))
    };
    let cued: Vec<usize> = cued.filter(|s| !with(s)).map(|s| s.entity).collect();
    if foreign || group_held_for_crime(doc, groups, si, cued.len()) {
        for e in cued {
            f.out_of_scope[e] = true;
        }
    }
}

/// ("…capturó a tres miembros de la pandilla 18 acusados de extorsionar… Fueron identificados
/// como A, B y C"): whether the group arrest or custody told in the two sentences before sentence
/// `si` was by another state, set aside by a note, or of people accused of an ordinary crime,
/// so that the `named` members it names are out of scope too.
fn group_held_for_crime(
    doc: &Doc<'_>,
    groups: &[crate::discourse::GroupEvent],
    si: usize,
    named: usize,
) -> bool {
    groups
        .last()
        .filter(|g| {
            g.sentence < si
                && g.sentence + 2 >= si
                && matches!(
                    g.kind,
                    crate::model::EventType::Arrest | crate::model::EventType::Detention
                )
        })
        .and_then(|g| doc.sentences.get(g.sentence))
        .is_some_and(|g| {
            crate::out_of_scope::foreign_custody(doc, g.first, g.last)
                || crate::excluded_notes::excluded_note(doc, g.first, g.last)
                // (Accused of it, not protesting it: "…detuvo a tres jóvenes que protestaban
                // contra un fraude electoral"; the group the cue names, not "…detuvieron a tres
                // dirigentes… la policía capturó a dos hombres acusados de feminicidio. Fueron
                // identificados como A, B y C"; no accusation the text disputes, "…acusados de
                // extorsionar, según el fiscal, quien no presentó pruebas… Provea los considera
                // presos políticos".)
                || (accuses(doc, g.first, g.last)
                    && crate::out_of_scope::ordinary_crime(doc, g.first, g.last)
                    && counted_as(doc, g.first, g.last, named)
                    && !disputed_accusation(doc, g.first, si))
        })
}

/// Whether tokens `first..last` count no one, or count `named` people.
fn counted_as(doc: &Doc<'_>, first: usize, last: usize, named: usize) -> bool {
    let counts: Vec<u64> = (first..last)
        .filter_map(|k| {
            crate::count_words::parse_number(doc, k)
                .or_else(|| crate::count_words::number_word(doc.f(k)))
        })
        .collect();
    counts.is_empty() || counts.contains(&(named as u64))
}

/// Whether an accusation told from token `first` is only a party's word ("según el fiscal"), or
/// the sentences up to the one after sentence `si` call the accused political prisoners.
pub(crate) fn disputed_accusation(doc: &Doc<'_>, first: usize, si: usize) -> bool {
    let end = doc
        .sentences
        .get(si + 1)
        .or_else(|| doc.sentences.get(si))
        .map_or(first, |s| s.last);
    (first..end).any(|k| {
        doc.matches_any_at(
            k,
            &[
                "segun el fiscal",
                "segun la fiscalia",
                "according to prosecutors",
                "according to the prosecutor",
                "presos politicos",
                "preso politico",
                "political prisoners",
                "political prisoner",
            ],
        )
    })
}
