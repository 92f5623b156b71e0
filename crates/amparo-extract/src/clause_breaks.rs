//! Where "and"/"y" before a verb of custody opens a clause of its own, out of reach of a
//! request's or a wish's words before it ("went to a police station to ask about him and was
//! detained").

use crate::model::EventType;
use crate::text::Doc;
use crate::triggers::Trigger;

/// Words before a name that make it another's or the one asked about ("La familia de X", "asked
/// about X").
const OWNERS: &[&str] = &["de", "del", "of", "about", "por"];

/// Whether the word at token `k` (of the sentence from `sentence_first`) before `trigger`
/// opens a clause of its own, so that words of asking or hoping before it do not reach the
/// trigger: a tensed verb after "and" ("went to a police station to ask about him and was
/// detained", "pidió hablar con el fiscal y fue detenido"), a preterite after "y" ("lo esperaban
/// en el pasillo y se lo llevaron").
pub(crate) fn and_opens_clause(
    doc: &Doc<'_>,
    trigger: &Trigger,
    sentence_first: usize,
    k: usize,
) -> bool {
    let w = doc.f(k);
    // (Words that describe a name before it: an article, a role.)
    let role = |f: &str| !crate::lexicon::roles(f).is_empty();
    let article = |f: &str| matches!(f, "el" | "la" | "los" | "las" | "the" | "a" | "an");
    // (A capitalised word: a name's.)
    let cap = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|t| t.capitalised && t.kind == crate::text::TokenKind::Word)
    };
    // (Not when the last name before is another's or the one asked about: "La familia de X
    // pidió su liberación y fue detenida", "X's mother asked about him and was detained",
    // "asked about Teresa X and was detained"; but "La madre de X, Rosa Y, exigió su
    // liberación y fue detenida" is Rosa's.)
    let owned = || {
        let Some(last) = (sentence_first + 1..k).rfind(|&j| cap(j)) else {
            return false;
        };
        let mut first = last;
        while first > sentence_first && cap(first - 1) {
            first -= 1;
        }
        // (Past a role: "The mother of journalist X asked for his release and was detained".)
        // (Then its article: "La familia de la periodista X"; not "Funcionarios de la DGCIM".)
        let before = first;
        while first > sentence_first + 1 && role(doc.f(first - 1)) {
            first -= 1;
        }
        if first < before && first > sentence_first + 1 && article(doc.f(first - 1)) {
            first -= 1;
        }
        OWNERS.contains(&doc.f(first.wrapping_sub(1)))
            || (doc.f(last + 1) == "'"
                && doc.f(last + 2) == "s"
                && !(last..k).any(|c| doc.f(c) == ","))
    };
    // (Several taken only when no one named is another's: not "Los padres de X, A y B,
    // exigieron su liberación y fueron detenidos", of a list with the one asked for; nor a
    // release after one asked for, "pidió su liberación y fue excarcelada", hers.)
    let of_another = || {
        (sentence_first..k).any(|j| {
            let mut n = j + 1 + usize::from(article(doc.f(j + 1)) && role(doc.f(j + 2)));
            while n < k && role(doc.f(n)) {
                n += 1;
            }
            OWNERS.contains(&doc.f(j)) && doc.tokens.get(n).is_some_and(|t| t.capitalised)
        })
    };
    let asked_release = || {
        crate::discourse::family(trigger.kind) == EventType::Release
            && (sentence_first..k).any(|j| {
                matches!(
                    doc.f(j),
                    "liberacion" | "libertad" | "release" | "excarcelacion"
                )
            })
    };
    let other_gender = || {
        let clitic = (k + 1..trigger.last).find(|&j| matches!(doc.f(j), "lo" | "la"));
        // (The given name opening the last name before.)
        let named = (sentence_first + 1..k)
            .rev()
            .find(|&j| cap(j))
            .map(|mut j| {
                while j > sentence_first && cap(j - 1) {
                    j -= 1;
                }
                j
            });
        match (clitic, named) {
            (Some(c), Some(n)) => crate::gender_names::of_given(doc.f(n))
                .is_some_and(|woman| woman != (doc.f(c) == "la")),
            _ => false,
        }
    };
    let taken_somewhere = || {
        matches!(doc.f(trigger.last), "a" | "al" | "hacia")
            && (trigger.last + 1..trigger.last + 3).any(|j| {
                matches!(
                    doc.f(j),
                    "hospital"
                        | "clinica"
                        | "emergencia"
                        | "celebrar"
                        | "fiesta"
                        | "comer"
                        | "almorzar"
                        | "cenar"
                )
            })
    };
    // ("Funcionarios lo esperaban en el pasillo y se lo llevaron", "…cumplió todo lo que le
    // pidieron y igual se lo llevaron": a preterite after "y", past an adverb, is told done.)
    let done_after_and = matches!(w, "y")
        && (k + 1..trigger.first).all(|j| {
            matches!(
                doc.f(j),
                "se" | "lo" | "la" | "los" | "las" | "igual" | "luego" | "despues" | "entonces"
            )
        })
        && (trigger.first..trigger.last).any(|j| doc.f(j).ends_with("aron"))
        // (Not taken for care or fun, "…y se lo llevaron al hospital"; nor a clitic of the other
        // gender than the one named before, "Mi mamá, Marta X, cumplió todo… y igual se lo
        // llevaron".)
        && !taken_somewhere()
        && !other_gender()
        && !owned();
    done_after_and
        || (matches!(w, "and" | "y")
            && k + 1 < trigger.first
            && (matches!(doc.f(k + 1), "was" | "fue")
                || (matches!(doc.f(k + 1), "were" | "fueron") && !of_another()))
            && !asked_release()
            && !owned())
}
