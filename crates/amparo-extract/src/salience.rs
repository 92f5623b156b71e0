//! Salience while walking a text's name mentions in order: who was mentioned last, and last as a
//! sentence subject, and who was introduced as someone's relative — what decides which person a
//! short form ("Durán") means.

use std::collections::{HashMap, HashSet};

use crate::persons::MentionRef;
use crate::slots::RELATIONS;
use crate::text::{Doc, TokenKind};

/// Whether the name at `first..last` is introduced as someone's relative: "his brother X", "His
/// father, X", "su esposa, la odontóloga X", "X, hija del ingeniero", "X, su madre", or the
/// speaker of a quote about "mi hermano" / "my son" — rarely the referent of the next bare
/// surname.
fn introduced_as_relative(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    const POSSESSIVE: &[&str] = &["his", "her", "their", "su", "sus", "whose", "cuya", "cuyo"];
    const BETWEEN: &[&str] = &[",", "el", "la", "the", "a", "an"];
    // Before: back over a comma, an article and one describing word.
    let mut k = first;
    let mut steps = 0;
    // ("la madre del estudiante, Gloria Inés Brito": the owner a noun phrase after "de".)
    let mut of_someone = false;
    while k >= 2 && steps < 6 {
        let f = doc.f(k - 1);
        if RELATIONS.contains(&f) {
            let owner = doc.f(k - 2);
            return of_someone
                || POSSESSIVE.contains(&owner)
                || (owner == "s" && doc.f(k.wrapping_sub(3)) == "'");
        }
        let owner_word =
            steps > 0 && (!crate::lexicon::roles(f).is_empty() || matches!(f, "del" | "de" | "of"));
        of_someone |= matches!(f, "del" | "de" | "of") && steps > 1;
        if !(BETWEEN.contains(&f) || (steps > 0 && crate::lexicon::is_np_word(f)) || owner_word) {
            break;
        }
        k -= 1;
        steps += 1;
    }
    // After: ", hija del ingeniero", ", su madre", ", sister of".
    if doc.f(last) == "," {
        let mut j = last + 1;
        if matches!(doc.f(j), "la" | "el" | "the" | "a") || POSSESSIVE.contains(&doc.f(j)) {
            j += 1;
        }
        if RELATIONS.contains(&doc.f(j))
            && (POSSESSIVE.contains(&doc.f(j - 1)) || matches!(doc.f(j + 1), "de" | "del" | "of"))
        {
            return true;
        }
    }
    // ("ROXANA ARVELO (wife): They told the co-pilot…", "MARTA ROJAS (madre):"): a speaker's
    // label with the relation in brackets.
    if doc.f(last) == "(" && RELATIONS.contains(&doc.f(last + 1)) && doc.f(last + 2) == ")" {
        return true;
    }
    // ("Andreína X supo que su padre había muerto", "Y learned that her son had been moved": one
    // who tells or learns of a relative of theirs right after the name.)
    let learns = |w: &str| {
        matches!(w, "supo" | "sabe" | "entero")
            || crate::speech_words::LEARNING.contains(&w)
            || crate::speech_words::tells(w)
    };
    // (Its subject: no comma between, not "the mother of Marcia X, says her daughter…".)
    if let Some(v) = (last..last + 2).find(|&k| learns(doc.f(k)) && doc.f(last) != ",") {
        let mut j = v + 1;
        if doc.f(j) == "de" && doc.f(j + 1) == "que" {
            j += 1;
        }
        if matches!(doc.f(j), "que" | "that") {
            j += 1;
        }
        // (The relative unnamed, a verb after: not "learned that his daughter, student Ana X,
        // had been threatened", who is the one introduced so; nor "denunció que su hijo, Kevin
        // X, fue detenido… X fue detenida", the teller's own.)
        let unnamed = doc
            .tokens
            .get(j + 2)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised);
        // (Or named, and named before: "Rolando X was detained on March 1. Tomás X learned that
        // his brother, Rolando X, had been threatened" is Rolando's story.)
        let named_before = || {
            (j + 2..doc.tokens.len().min(j + 6))
                .find(|&k| doc.tokens[k].capitalised && doc.tokens[k].kind == TokenKind::Word)
                .is_some_and(|n| {
                    (0..first).any(|k| doc.f(k) == doc.f(n) && doc.f(k + 1) == doc.f(n + 1))
                })
        };
        if matches!(doc.f(j), "his" | "her" | "their" | "su" | "sus")
            && RELATIONS.contains(&doc.f(j + 1))
            && (unnamed || named_before())
        {
            return true;
        }
    }
    // The speaker of "«Mi hermano tiene 68 años…», dijo X".
    first >= 1
        && crate::slots::SPEECH.contains(&doc.f(first - 1))
        && (first.saturating_sub(40)..first - 1).any(|k| {
            matches!(doc.f(k), "mi" | "my" | "nuestro" | "nuestra" | "our")
                && RELATIONS.contains(&doc.f(k + 1))
        })
}

/// Whether the name at `first` is introduced as a ranked relative: "his younger brother, Tomás
/// X", "her eldest son Y", "su hermano menor, Z".
fn ranked_relative(doc: &Doc<'_>, first: usize) -> bool {
    let k = first - usize::from(doc.f(first.wrapping_sub(1)) == ",");
    let (a, b, c) = (
        doc.f(k.wrapping_sub(1)),
        doc.f(k.wrapping_sub(2)),
        doc.f(k.wrapping_sub(3)),
    );
    let possessive = |w: &str| matches!(w, "his" | "her" | "their" | "su" | "sus");
    // ("his younger brother", "su hermano menor")
    (RELATIONS.contains(&a) && crate::relations::RANKS.contains(&b) && possessive(c))
        || (crate::relations::RANKS.contains(&a) && RELATIONS.contains(&b) && possessive(c))
}

/// Who was mentioned last, and last as a sentence subject, while walking the text in order.
#[derive(Debug, Default)]
pub(crate) struct Salience {
    last_seen: HashMap<usize, usize>,
    last_subject: HashMap<usize, usize>,
    as_relative: HashSet<usize>,
    as_ranked: HashSet<usize>,
    by_short_form: HashSet<usize>,
    sentence_seen: Vec<bool>,
}

impl Salience {
    /// Salience for a text of `sentences` sentences, nobody mentioned yet.
    pub(crate) fn new(sentences: usize) -> Salience {
        Salience {
            sentence_seen: vec![false; sentences],
            ..Salience::default()
        }
    }

    pub(crate) fn record(&mut self, doc: &Doc<'_>, m: MentionRef, mentions: &mut Vec<MentionRef>) {
        let start = doc.sentences.get(m.sentence).map_or(0, |s| s.first);
        let seen = self.sentence_seen.get(m.sentence).copied().unwrap_or(true);
        if !seen && m.first - start <= 8 {
            self.last_subject.insert(m.entity, m.first + 1);
        }
        if let Some(slot) = self.sentence_seen.get_mut(m.sentence) {
            *slot = true;
        }
        // (Introduced: named first so; not "…for Héctor Salaverría" in a headline, then "her
        // husband, Héctor Miguel Salaverría".)
        let first_named = self.last_seen.insert(m.entity, m.first + 1).is_none();
        if first_named && introduced_as_relative(doc, m.first, m.last) {
            self.as_relative.insert(m.entity);
        } else if first_named && ranked_relative(doc, m.first) {
            self.as_ranked.insert(m.entity);
        }
        mentions.push(m);
    }

    /// The person a short form with these `candidates` stands for, noted as going by it.
    pub(crate) fn resolve(&mut self, candidates: Vec<usize>) -> Option<usize> {
        // (A relative ranked among siblings or children yields the short form to one who went
        // by it before: "Valbuena had been taken… his younger brother, Tomás Valbuena…
        // Valbuena was sentenced"; not to one who never did: "Rosa Ferrero spoke. Her eldest
        // son, Pablo Ferrero, was arrested. Ferrero was sentenced".)
        let went_by_it = candidates.iter().any(|e| {
            !self.as_relative.contains(e)
                && !self.as_ranked.contains(e)
                && self.by_short_form.contains(e)
        });
        let preferred: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|e| {
                let ranked = went_by_it && self.as_ranked.contains(e);
                !(self.as_relative.contains(e) || ranked)
            })
            .collect();
        let candidates = if preferred.is_empty() {
            candidates
        } else {
            preferred
        };
        // A surname points back to someone named before it ("Trejo fue detenido…. Su esposa,
        // Coromoto de Trejo, dijo…").
        let seen: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|e| self.last_seen.contains_key(e))
            .collect();
        if seen.is_empty() {
            return None;
        }
        let candidates = seen;
        let chosen = candidates
            .iter()
            .copied()
            .filter(|e| self.last_subject.contains_key(e))
            .max_by_key(|e| self.last_subject.get(e).copied().unwrap_or(0))
            .or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .max_by_key(|e| self.last_seen.get(e).copied().unwrap_or(0))
            });
        self.by_short_form.extend(chosen);
        chosen
    }
}

/// ("The court rejected the appeal of X. She is held at Al-Qanater": with no one in focus yet,
/// "He"/"She" at token `k` opening sentence `si`, which names no one (`nobody`), is the one
/// person the sentence before named (of the people noted so far, `seen`); not when that sentence
/// opened on a pronoun for someone else, "He ran a seminar in a room named after the physicist
/// Y. … He was detained".)
pub(crate) fn one_named_before(
    doc: &crate::text::Doc<'_>,
    seen: &[(usize, usize)],
    (si, k): (usize, usize),
    nobody: bool,
) -> Option<usize> {
    if !nobody || !matches!(doc.tokens[k].text, "He" | "She" | "Él" | "Ella") {
        return None;
    }
    let prev = doc.sentences.get(si.checked_sub(1)?)?;
    if matches!(doc.tokens[prev.first].text, "He" | "She" | "Él" | "Ella") {
        return None;
    }
    let at = seen.partition_point(|&(_, k)| k < prev.first);
    let (&(e, _), rest) = seen[at..].split_first()?;
    rest.iter().all(|&(x, _)| x == e).then_some(e)
}

/// ("A week after he was freed from Tocorón, student activist X says…", "When she was
/// detained, the teacher X was 20"): a pronoun at `k` in a clause of time that opens sentence
/// `a..b`, no one named before it, is the person named first after the clause's comma, with
/// only describing words between.
pub(crate) fn fronted_subject(
    doc: &Doc<'_>,
    ms: &[&MentionRef],
    (a, b): (usize, usize),
    k: usize,
) -> Option<usize> {
    // ("Yesterday, a week after he…": a time may stand before the conjunction.)
    if k > a + 6 || ms.iter().any(|m| m.first < k) {
        return None;
    }
    let comma = (k + 1..b).find(|&j| doc.f(j) == ",")?;
    let m = ms.iter().find(|m| m.first > comma)?;
    // (Not one who acts for the held or against them, "his lawyer X", "his mother X", "police
    // officer X", "former prisoner X"; nor one of the other gender, "…he was arrested, teacher
    // Lidia X says".)
    let describer = |j: usize| {
        let w = doc.f(j);
        doc.tokens
            .get(j)
            .is_some_and(|t| !t.capitalised || crate::lexicon::is_np_word(&t.folded))
            && !matches!(w, "," | ";" | ":" | "." | "and" | "y")
            && !crate::relations::POSSESSIVES.contains(&w)
            && !crate::relations::RELATIONS.contains(&w)
            && !crate::relations::ASSOCIATES.contains(&w)
            && !crate::genders::actor(w)
            && !matches!(
                w,
                "police" | "officer" | "officers" | "guard" | "agent" | "former" | "ex"
            )
    };
    let gender = crate::genders::of_pronoun(doc, k);
    let named = crate::gender_names::of_given(doc.f(m.first));
    let clash = gender.is_some() && named.is_some() && gender != named;
    (m.first <= comma + 5 && !clash && (comma + 1..m.first).all(describer)).then_some(m.entity)
}
