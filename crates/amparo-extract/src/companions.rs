//! Who shares an event "along with", "together with", "junto con", "with his friend" the
//! people it names; and two described names a comma and a conjunction join.

use crate::coordination::list_around;
use crate::lexicon::{is_np_word, roles};
use crate::relations::RELATIONS;
use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Those who act for the held, counted among companions ("together with two lawyers, X and Y").
const LAWYERS: &[&str] = &["lawyers", "abogados", "abogadas", "defensores"];

/// The words "along with", "together with", "alongside", "junto con", "junto a" at token `k`:
/// how many.
pub(crate) fn cue_at(doc: &Doc<'_>, k: usize) -> Option<usize> {
    if doc.matches_at(k, "along with")
        || doc.matches_at(k, "together with")
        || (doc.f(k) == "junto" && matches!(doc.f(k + 1), "con" | "a" | "al"))
    {
        Some(2)
    } else {
        (doc.f(k) == "alongside").then_some(1)
    }
}

/// Whether the name of `slot` is one taken along with another, right after the words that say so
/// ("junto a Castillo", "along with X"), not the clause's own subject.
pub(crate) fn along(doc: &Doc<'_>, slot: &Slot) -> bool {
    (1..=2).any(|n| slot.first >= n && cue_at(doc, slot.first - n) == Some(n))
}

/// Who shares an event "along with", "together with", "junto con" the people it names: "X was
/// arrested along with her lawyer, Y", "fue detenido junto a su abogado, Y, y al chofer Z".
pub fn companions(doc: &Doc<'_>, slots: &[Slot], t: &Trigger, s_last: usize) -> Vec<usize> {
    // ("Junto a X también fue aprehendido Y": X, fronted, shares Y's event.)
    let fronted = crate::fronted_along::fronted(doc, slots, t, s_last);
    if !fronted.is_empty() {
        return fronted;
    }
    let Some(cue) = (t.last..s_last.min(t.last + 14)).find(|&k| {
        cue_at(doc, k).is_some()
            // ("He was arrested at a checkpoint with his friend and co-worker, X")
            || (doc.f(k) == "with" && matches!(doc.f(k + 1), "his" | "her" | "their"))
            // ("released on Friday with two other prisoners, X and Y", "con otros dos presos")
            || (matches!(doc.f(k), "with" | "con")
                && (crate::counts::number_word(doc.f(k + 1)).is_some()
                    || matches!(doc.f(k + 1), "otros" | "otras")))
    }) else {
        return Vec::new();
    };
    // (Not past the subject's next predicate: "Harelik, who was sentenced in 2022 to six years,
    // was reunited with his mother, X".)
    if (t.last..cue)
        .any(|j| doc.f(j) == "," && crate::auxiliaries::PASSIVE_AUX.contains(&doc.f(j + 1)))
    {
        return Vec::new();
    }
    let mut k = cue
        + if matches!(doc.f(cue), "alongside" | "with") {
            1
        } else {
            2
        };
    // ("with two other political prisoners, the Rev. X": a count and its describers.)
    let reach = k + if crate::counts::number_word(doc.f(k)).is_some() {
        9
    } else {
        6
    };
    let counted = !(t.last..cue).any(|j| doc.f(j) == ",");
    while k < s_last.min(reach) {
        let f = doc.f(k);
        let describer = matches!(
            f,
            "," | "su"
                | "sus"
                | "his"
                | "her"
                | "their"
                | "el"
                | "la"
                | "los"
                | "las"
                | "the"
                | "a"
                | "al"
        ) || RELATIONS.contains(&f)
            || !roles(f).is_empty()
            || !crate::lexicon::nationalities(f).is_empty()
            || is_np_word(f)
            // ("two colleagues, video editor X": a lower-case word before a role's.)
            || (doc.tokens.get(k).is_some_and(|t| !t.capitalised) && !roles(doc.f(k + 1)).is_empty())
            // ("released together with two other priests, Fr. Mario Sequeira and Fr. Julio
            // Castillo"; not past a clause, "…, traveled to Rome along with two other priests",
            // nor those who act for them, "together with two lawyers").
            || (counted
                && (crate::counts::number_word(f).is_some()
                    || matches!(f, "other" | "otros" | "otras" | "otro" | "otra" | ".")
                    || ((crate::lexicon::plural_role(f) || crate::count_words::PEOPLE.contains(&f))
                        && !LAWYERS.contains(&f))
                    || crate::abbreviations::TITLE_ABBREVIATIONS.contains(&f)))
            // ("with his friend and co-worker, X": any lowercase words of who they are.)
            || (doc.f(cue) == "with"
                && (matches!(f, "and" | "-")
                    || doc
                        .tokens
                        .get(k)
                        .is_some_and(|t| t.kind == crate::text::TokenKind::Word && !t.capitalised)));
        if !describer {
            break;
        }
        k += 1;
    }
    // ("put on a flight to Madrid with his wife, X": who goes along into exile was never held.)
    let leaving = matches!(
        t.kind,
        crate::model::EventType::Exile | crate::model::EventType::Expulsion
    );
    if leaving && (cue..k).any(|j| RELATIONS.contains(&doc.f(j))) {
        return Vec::new();
    }
    // ("walked out together with two lawyers, X and Y": counted, those who act for him.)
    let lawyers = (cue..k).any(|j| crate::counts::number_word(doc.f(j)).is_some())
        && (cue..k).any(|j| LAWYERS.contains(&doc.f(j)));
    if lawyers {
        return Vec::new();
    }
    // (After a bare "with" or "con", a count of kin or of others who only stand by is no
    // companion in the event: "with two relatives, his wife X…", "con dos familiares", "with two
    // journalists, X and Y"; "with two other journalists" and "con otros dos presos" are.)
    let bare = matches!(doc.f(cue), "with" | "con")
        && (crate::counts::number_word(doc.f(cue + 1)).is_some()
            || matches!(doc.f(cue + 1), "otros" | "otras"));
    let kin = (cue..k).any(|j| {
        matches!(
            doc.f(j),
            "relatives" | "familiares" | "parientes" | "family" | "others" | "friends" | "amigos"
        ) || RELATIONS.contains(&doc.f(j))
    });
    let other = (cue..k).any(|j| matches!(doc.f(j), "other" | "otros" | "otras"));
    let held_noun = (cue..k).any(|j| crate::count_words::HELD_PLURALS.contains(&doc.f(j)));
    if bare && (kin || !(other || held_noun)) {
        return Vec::new();
    }
    match slots.iter().position(|s| s.first == k) {
        Some(i) => list_around(doc, slots, i),
        None => Vec::new(),
    }
}

/// "la enfermera A, de 41 años, y la estudiante de la UCV B": two names, the first with an
/// apposition, the second with its describing words, joined by the comma and conjunction between
/// them. Nothing in between may tell an event or end the list.
pub(crate) fn described_pair(doc: &Doc<'_>, from: usize, to: usize, words: &[&str]) -> bool {
    // ("A (58), que padece diabetes, y B (39)": past an age in brackets, a relative clause of
    // the first describes it.)
    // ("A (Drozdóvich, según la transcripción rusa), condenado…; la activista B": any short
    // aside in brackets.)
    let aged = match words {
        ["(", _, ")", ..] => 3,
        ["(", ..] => words
            .iter()
            .position(|w| *w == ")")
            .filter(|&c| c <= 8)
            .map_or(0, |c| c + 1),
        _ => 0,
    };
    let words = &words[aged..];
    if to - from > 16 || words.first() != Some(&",") {
        return false;
    }
    let Some(c) = words
        .windows(2)
        .position(|w| w[0] == "," && matches!(w[1], "y" | "and" | "e"))
        .filter(|&c| c > 0)
    else {
        return false;
    };
    let clause = usize::from(aged > 0 && matches!(words.get(1), Some(&"que" | &"who")));
    // ("…al profesor A, de la UCLA, y a su hijo B": a second object, kin of the first, taken
    // too; not "A, 41, y su madre B".)
    let kin_object = words.get(c + 2) == Some(&"a");
    words[1 + clause..c].iter().chain(&words[c + 2..]).all(|w| {
        !crate::coordination::LIST_BREAKERS.contains(w)
            && (kin_object || !RELATIONS.contains(w))
            && !matches!(*w, "," | "'")
    }) && crate::triggers::find(doc, from, to).is_empty()
}

/// "Con él es arrestado su chofer, X", "Junto a ella fue detenida…", "Along with him, X was
/// arrested": a sentence opening on the one the text follows, with whom someone else shared it.
pub(crate) fn alongside_focus(doc: &Doc<'_>, a: usize) -> bool {
    let pronoun = |k: usize| matches!(doc.f(k), "el" | "ella" | "him" | "her");
    match doc.f(a) {
        "con" | "with" => pronoun(a + 1),
        "junto" | "along" | "together" => pronoun(a + 2),
        _ => false,
    }
}

/// ("…; y el médico Raúl Dávila", "…; las hermanas María José y Ana Isabel Largaespada"): a
/// semicolon, an article and up to three describing words between two names of a list.
pub(crate) fn semicolon_describer(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    let words: Vec<&str> = (from..to.min(from + 7)).map(|k| doc.f(k)).collect();
    let after_join = usize::from(matches!(words.get(1), Some(&("y" | "and" | "e")))) + 1;
    to - from <= 6
        && words.first() == Some(&";")
        && matches!(
            words.get(after_join),
            Some(&("el" | "la" | "los" | "las" | "the" | "a" | "an"))
        )
        && words.len() > after_join + 1
        && words[after_join + 1..]
            .iter()
            .all(|w| w.chars().all(char::is_alphabetic))
}

/// ("También fueron excarcelados el exdiputado A, detenido en Barquisimeto en agosto de 2024; la
/// estudiante B, y…"): a member's own apposition, even one that tells its own event, closed by a
/// semicolon before the next member's article and describing words, as in `semicolon_describer`
/// (not a clause, a saying or a second sentence in it).
pub(crate) fn apposition_semicolon(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    doc.f(from) == ","
        && (from + 2..to.min(from + 16)).any(|k| {
            doc.f(k) == ";"
                && semicolon_describer(doc, k, to)
                && (from + 1..k).all(|o| {
                    let w = doc.f(o);
                    !crate::coordination::LIST_BREAKERS.contains(&w)
                        && w != "."
                        && !crate::speech_words::SPEECH.contains(&w)
                })
        })
}

/// ("A, de Palma Soriano; B, de Cárdenas, y C", "A, ingeniero de Corpoelec; B, técnica; y C"):
/// the semicolon at `k` closes the apposition a gap `from..to` between two names opens with a
/// comma, and lists the next name; no participle or time stands in the apposition ("…, held since
/// March 2023; and B").
pub(crate) fn closing_semicolon(doc: &Doc<'_>, from: usize, k: usize, to: usize) -> bool {
    let describer = |o: usize| {
        let w = doc.f(o);
        let word = doc.tokens[o].kind == crate::text::TokenKind::Word;
        (doc.tokens[o].capitalised && word)
            || matches!(w, "de" | "del" | "la" | "el" | "from" | "of" | "the")
            || !crate::lexicon::roles(w).is_empty()
            || crate::lexicon::is_np_word(w)
            || (word
                && !crate::coordination::LIST_BREAKERS.contains(&w)
                && ![
                    "ado", "ada", "ido", "ida", "ados", "adas", "idos", "idas", "ed",
                ]
                .iter()
                .any(|e| w.ends_with(e))
                && !matches!(w, "held" | "since" | "desde" | "preso" | "presa" | "en"))
    };
    doc.f(from) == ","
        && doc.f(k) == ";"
        && k <= from + 7
        && (from + 1..k).all(describer)
        && (k + 1 == to || (k + 2 == to && matches!(doc.f(k + 1), "y" | "and" | "e")))
}

/// Whether the relative a possessive at `k` names, in the sentence from `a`, is taken or freed
/// with the one before: "se llevaron al profesor X, y a su hijo Y", "Junto a él fue detenido su
/// hijo, X", "Also freed were journalist A and his wife, B, a schoolteacher" (by the verb that
/// opens the sentence).
pub(crate) fn kin_taken_too(doc: &Doc<'_>, a: usize, k: usize) -> bool {
    let arrested = (doc.f(k.wrapping_sub(1)) == "a"
        && matches!(doc.f(k.wrapping_sub(2)), "y" | "e")
        || alongside_focus(doc, a))
        && crate::triggers::find(doc, a, k)
            .iter()
            .any(|t| t.kind == crate::model::EventType::Arrest);
    // (Not one who speaks or waits: "…and his wife, Y, told reporters she was relieved", "…was
    // waiting for him at the prison gate".)
    let end = doc.sentence_at(k).map_or(k, |s| s.last);
    let freed = doc.f(k.wrapping_sub(1)) == "and"
        && !(k..end).any(|j| {
            crate::speech_words::SPEECH.contains(&doc.f(j)) || crate::clues::is_waiting(doc.f(j))
        })
        && crate::triggers::find(doc, a, k).first().is_some_and(|t| {
            t.voice == crate::triggers::Voice::Passive
                && (a..t.first).all(|j| matches!(doc.f(j), "also" | "tambien"))
        });
    arrested || freed
}

/// ("…el exdiputado A, detenido en Barquisimeto en agosto de 2024; la estudiante B, y…"): a
/// trigger inside a list, in one member's apposition, is only of the members its semicolons
/// close in with it ("los hermanos A y B, detenidos en la misma redada; la docente C").
pub(crate) fn within_semicolons(
    doc: &Doc<'_>,
    slots: &[Slot],
    list: Vec<usize>,
    t: &Trigger,
) -> Vec<usize> {
    let (Some(&lo), Some(&hi)) = (list.first(), list.last()) else {
        return list;
    };
    if !(slots[lo].last <= t.first && t.last <= slots[hi].first) {
        return list;
    }
    let semicolon = |a: usize, b: usize| (a..b).any(|k| doc.f(k) == ";");
    list.into_iter()
        .filter(|&i| {
            if slots[i].last <= t.first {
                !semicolon(slots[i].last, t.first)
            } else {
                !semicolon(t.last, slots[i].first)
            }
        })
        .collect()
}

/// ("X abraza a su hija, Y, a la salida del centro"): who comes out at that exit is not a
/// relative set off right before it, but the one before her; `None` when the trigger is no such
/// exit or the one before it no such relative.
pub(crate) fn out_past_kin(
    doc: &Doc<'_>,
    slots: &[Slot],
    t: &Trigger,
    before: Option<usize>,
    s_first: usize,
) -> Option<Option<usize>> {
    let at_exit = doc.f(t.first) == "salida"
        && doc.f(t.first.wrapping_sub(1)) == "la"
        && doc.f(t.first.wrapping_sub(2)) == "a";
    let kin_set_off = |s: &Slot| {
        doc.f(s.first.wrapping_sub(1)) == "," && RELATIONS.contains(&doc.f(s.first.wrapping_sub(2)))
    };
    (at_exit && before.is_some_and(|i| kin_set_off(&slots[i]))).then(|| {
        slots
            .iter()
            .rposition(|s| s.first >= s_first && s.last <= t.first && !kin_set_off(s))
    })
}

/// ("detuvieron al activista A y a su hermano B", "arrested A and his brother B"): a relative
/// joined to a name by the conjunction, the object's "a" in Spanish, is one more of the list
/// (not "A's cousin, B", an apposition, nor "A y su madre, B, lo esperaba").
pub(crate) fn kin_joined(words: &[&str]) -> bool {
    let (rest, object) = match words {
        [",", "y" | "e", "a", rest @ ..] | ["y" | "e", "a", rest @ ..] => (rest, true),
        [",", "and", rest @ ..] | ["and", rest @ ..] => (rest, false),
        _ => return false,
    };
    // (Past an age's word and a trade set off: "y a su esposa, la odontóloga B"; or the name
    // set off after the object's "a": "se llevaron a A y a su hijo menor, B".)
    let describer = |tail: &[&str]| match tail {
        [] => true,
        ["menor" | "mayor" | "younger" | "older" | "elder"] => true,
        [","] | ["menor" | "mayor", ","] => object,
        [",", "el" | "la" | "the" | "a" | "an", trade @ ..] => {
            !trade.is_empty()
                && trade.len() <= 2
                && trade.iter().all(|w| {
                    !crate::coordination::LIST_BREAKERS.contains(w)
                        && w.chars().all(char::is_alphabetic)
                })
        }
        _ => false,
    };
    match rest {
        [own, rel, tail @ ..] => {
            matches!(*own, "su" | "his" | "her")
                && crate::slots::RELATIONS.contains(rel)
                && describer(tail)
        }
        _ => false,
    }
}

/// Whether a cell is shared with others among tokens `from..to` ("compartió celda con presos
/// comunes, entre ellos X, condenado por extorsión", "shared a cell with a man serving a sentence
/// for murder"): a crime told after it is the cellmates', not of one named before it.
pub(crate) fn cell_shared(doc: &crate::text::Doc<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|j| {
        matches!(doc.f(j), "con" | "with")
            && (j.saturating_sub(2)..j)
                .any(|i| matches!(doc.f(i), "celda" | "cell" | "litera" | "bunk" | "calabozo"))
            // (Not one's own crime told before it: "X, condenado por extorsión, compartió celda
            // con Y".)
            && !crate::out_of_scope::ordinary_crime(doc, from, j)
    })
}
