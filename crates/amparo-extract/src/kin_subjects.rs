//! Events told of a relative a possessive names and no one names: "Her brother was released",
//! "X, cuyo hermano fue detenido…".

use crate::text::Doc;

/// ("X, cuyo hermano fue detenido en 2021, dijo…", "X, whose brother was among those detained",
/// "Her brother was released in 2023"): whether the event of trigger `t` is told of the relative
/// a possessive names between the slot `first..last` and it (or the slot is that possessive).
pub(crate) fn whose_kin(
    doc: &Doc<'_>,
    first: usize,
    last: usize,
    t: &crate::triggers::Trigger,
) -> bool {
    let possessive = |k: usize| {
        matches!(
            doc.f(k),
            "cuyo"
                | "cuya"
                | "cuyos"
                | "cuyas"
                | "whose"
                | "her"
                | "his"
                | "su"
                | "sus"
                | "their"
                // ("My son was arrested in 2022": a comment's writer's kin, no one named.)
                | "my"
                | "mi"
                | "mis"
        )
    };
    let kin_at = |k: usize| possessive(k) && crate::slots::RELATIONS.contains(&doc.f(k + 1));
    // (Of a relative no one named: the sentence opens on the possessive, or it is "whose";
    // not "La madre de X, Y, denunció que su hijo fue trasladado", X.)
    let unnamed = |k: usize| {
        matches!(doc.f(k), "cuyo" | "cuya" | "cuyos" | "cuyas" | "whose")
            || doc.sentence_at(k).is_some_and(|s| s.first == k)
            // (A clause's opening: "Es sábado y mi hermana sigue adentro", "…pero su hijo
            // sigue preso"; a speaker's kin after "y", not "X y su hermano fueron detenidos".)
            || matches!(doc.f(k.wrapping_sub(1)), "pero" | "but" | "porque" | "because")
            || (matches!(doc.f(k), "mi" | "mis" | "my")
                && matches!(doc.f(k.wrapping_sub(1)), "y" | "and" | ","))
            // (After a quotation that ends a sentence: '…"of exhaustion and fear." Her brother'.)
            || (k >= 2
                && doc.tokens[k].capitalised
                && matches!(doc.tokens[k - 1].text, "\"" | "”" | "»")
                && doc.f(k - 2) == ".")
    };
    // (The possessive read as its owner, or a subject left unsaid with the possessive just
    // before the verb: "Her brother was released", "Su hermano, que fue liberado…".)
    let own = (last == first + 1 && kin_at(first) && unnamed(first))
        || (first == last
            && t.voice == crate::triggers::Voice::Passive
            && (t.first.saturating_sub(6)..t.first).any(|k| {
                kin_at(k)
                    && unnamed(k)
                    && (k + 2..t.first).all(|j| {
                        crate::triggers::PASSIVE_AUX.contains(&doc.f(j))
                            || matches!(doc.f(j), "," | "who" | "que" | "quien")
                    })
            }));
    // ("usted tiene otro hijo que también fue detenido", "she has a brother who was also
    // arrested": a relative no one named, told by the clause that follows it.)
    let another = first == last
        && t.voice == crate::triggers::Voice::Passive
        && (t.first.saturating_sub(6)..t.first).any(|k| {
            crate::slots::RELATIONS.contains(&doc.f(k))
                && matches!(
                    doc.f(k.wrapping_sub(1)),
                    "otro" | "otra" | "un" | "una" | "another" | "a"
                )
                && matches!(doc.f(k + 1), "que" | "who")
                && (k + 2..t.first).all(|j| {
                    crate::triggers::PASSIVE_AUX.contains(&doc.f(j))
                        || matches!(doc.f(j), "tambien" | "also")
                })
        });
    // ("X, whose son, a former police officer, has been held since 2022", "X, cuyo hijo está
    // detenido desde 2022": the relative clause's subject past its apposition and a perfect, not
    // the name before.)
    let whose = t.voice == crate::triggers::Voice::Passive
        && (t
            .first
            .saturating_sub(12)
            .max(if first == last { 0 } else { last })..t.first)
            .any(|k| {
                let rel = matches!(doc.f(k), "cuyo" | "cuya" | "cuyos" | "cuyas" | "whose");
                let mut j = k + 2;
                if rel && doc.f(j) == "," {
                    j = (j + 1..t.first)
                        .find(|&m| doc.f(m) == ",")
                        .map_or(t.first, |m| m + 1);
                }
                rel && crate::slots::RELATIONS.contains(&doc.f(k + 1))
                    && j < t.first
                    && (j..t.first).all(|i| crate::auxiliaries::before_state(doc.f(i)))
            });
    let own = own || another || whose;
    // ("X agradeció la medida pero recordó que su padre \"sigue preso\"": the relative is the
    // subject of the clause the trigger opens.)
    // (Or after a verb of telling or learning with no "that": "Gisela learned her husband had
    // been in El Helicoide all along".)
    let told = |w: &str| {
        matches!(w, "que" | "that" | "knew")
            || crate::speech_words::LEARNING.contains(&w)
            || crate::speech_words::tells(w)
    };
    // (Not a source's: "quien según dijo su hijo sigue en Yare", "como contó su hija".)
    // ("según nos dijo su hijo")
    let cited = |k: usize| {
        (k.saturating_sub(4)..k.saturating_sub(1))
            .any(|j| matches!(doc.f(j), "segun" | "como" | "as" | "according"))
    };
    let clause_kin = (t.first.saturating_sub(5)..t.first).find(|&k| {
        kin_at(k)
            && told(doc.f(k.wrapping_sub(1)))
            && !cited(k)
            && (k + 2..t.first).all(|j| {
                matches!(doc.tokens[j].text, "\"" | "“" | "«")
                    || (!matches!(doc.f(k - 1), "que" | "that")
                        && crate::auxiliaries::before_state(doc.f(j)))
            })
    });
    let own = own || (first == last && clause_kin.is_some());
    let between = clause_kin.is_some_and(|k| k >= last)
        || (last..t.first).find(|&k| kin_at(k)).is_some_and(|k| {
            matches!(doc.f(k), "cuyo" | "cuya" | "cuyos" | "cuyas" | "whose")
                && !(k..t.first).any(|j| matches!(doc.f(j), "," | "." | ";"))
        });
    // (Not held with the one named: "Her brother was detained with her".)
    let with_them = (t.last..t.last + 3).any(|k| {
        matches!(doc.f(k), "with" | "con" | "junto")
            && matches!(doc.f(k + 1), "her" | "him" | "ella" | "el" | "them")
    });
    (own || between)
        && !with_them
        && !(last..t.first).any(|k| doc.tokens[k].capitalised && k > first + 1)
}

/// ("Su hijo, Keiber Mendoza, tenía 17 años cuando lo detuvieron"): whether the relative whose
/// name ends at `last` is the subject the sentence goes on to describe, with the clitic of
/// trigger `t` in a clause of time after it: the one taken.
pub(crate) fn described_kin(
    doc: &Doc<'_>,
    (first, last): (usize, usize),
    t: &crate::triggers::Trigger,
) -> bool {
    let Some(verb) = (last..last + 2).find(|&k| doc.f(k) != ",") else {
        return false;
    };
    // (Of the clitic's gender, "Su hijo, X, tenía 17 años cuando la detuvieron" the mother's;
    // and no child, "tenía 5 años cuando lo detuvieron" the father's.)
    let noun = doc.f(first.wrapping_sub(2));
    let feminine = noun.ends_with('a') || noun == "madre";
    let agrees = match doc.f(t.first) {
        "la" | "las" => feminine,
        "lo" | "los" => !feminine,
        _ => true,
    };
    let child = doc.f(verb) == "tenia"
        && crate::count_words::parse_number(doc, verb + 1).is_some_and(|n| n < 12);
    verb < t.first
        && agrees
        && !child
        && doc.f(verb.wrapping_sub(1)) == ","
        && matches!(doc.f(verb), "tenia" | "era" | "estudiaba" | "trabajaba")
        && (verb..t.first).any(|k| matches!(doc.f(k), "cuando" | "hasta"))
        && !(verb..t.first).any(|k| doc.tokens[k].capitalised || doc.f(k) == ".")
}

impl crate::references::References {
    /// The person last introduced with the relation noun `rel` at token `k + 1` ("his sister,
    /// X": X), for a later "her sister". For a first person's ("mi hermana") where that person
    /// is a relative and the one they are kin to is not ("X, hermana de Y… «Mi hermana sigue
    /// adentro»"), the one they speak of, Y: when the two are the last named before it (`ms`
    /// the sentence's names) and no one else is named after it as the teller; of a kin that runs
    /// both ways with one noun (siblings, cousins), of the noun's gender, and with no name of its
    /// own ("Mi hermana Carmen").
    pub(crate) fn same_noun(
        &self,
        doc: &Doc<'_>,
        ms: &[&crate::persons::MentionRef],
        (k, rel): (usize, &str),
        relative: &[bool],
    ) -> Option<usize> {
        // (Of the teller named after it, when one was introduced with the noun: "«Mi hermana
        // sigue adentro», relató Rosa", Rosa's.)
        let teller = ms.iter().find(|m| m.first > k).map(|m| m.entity);
        let noun = |x: &&(Option<usize>, String, usize)| x.1 == rel;
        let (owner, _, t) = (self.relations.iter().rev())
            .filter(noun)
            .find(|x| Some(x.2) == teller)
            .or_else(|| self.relations.iter().rev().find(noun))?;
        let is = |e: usize| relative.get(e).copied().unwrap_or(false);
        let both_ways = matches!(
            rel,
            "hermano"
                | "hermana"
                | "primo"
                | "prima"
                | "cunado"
                | "cunada"
                | "brother"
                | "sister"
                | "cousin"
        );
        let of_gender = |e: usize| {
            let g = self.genders.get(e).copied().flatten();
            g.is_none() || g == crate::genders::of_relation(rel)
        };
        let before = ms
            .iter()
            .rev()
            .find(|m| m.last <= k)
            .map(|m| m.entity)
            .or(self.seen.last().map(|s| s.0));
        let speaks_of = |o: usize| {
            crate::relations::narrators(doc.f(k), rel)
                && both_ways
                && is(*t)
                && !is(o)
                && of_gender(o)
                && !doc.tokens.get(k + 2).is_some_and(|x| x.capitalised)
                && (teller == Some(*t) || before.is_none_or(|e| e == *t || e == o))
                && ms.iter().filter(|m| m.first > k).all(|m| m.entity == *t)
        };
        Some(match owner {
            Some(o) if speaks_of(*o) => *o,
            _ => *t,
        })
    }
}
