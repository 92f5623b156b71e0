//! A custody told in a relative clause of a plural group no one names ("todos los que siguen
//! presos", "los más de 30 colombianos que, según Bogotá, siguen presos", "those who remain in
//! prison"), or of one ("otro muchacho que está preso"): that group's or one's, not a name's
//! before it.

use crate::slots::Slot;
use crate::text::Doc;
use crate::triggers::Trigger;

/// ("pidió \"la liberación de todos los que siguen presos\"", "pidió garantías para los más de
/// 30 colombianos que, según Bogotá, siguen presos", "for those who remain in prison"): a
/// trigger told in a relative clause of a plural group no one names is of that group, not of a
/// name before it; keeps in `who` only the slots after trigger `t`.
pub(crate) fn past_unnamed_relative(
    doc: &Doc<'_>,
    t: &Trigger,
    slots: &[Slot],
    who: &mut Vec<usize>,
) {
    if !who.is_empty() && unnamed_group_relative(doc, t) {
        who.retain(|&j| slots[j].first > t.first);
    }
}

/// Whether trigger `t` is told in a relative clause of a plural group no one names (see
/// `past_unnamed_relative`).
fn unnamed_group_relative(doc: &Doc<'_>, t: &Trigger) -> bool {
    let Some(rel) = (t.first.saturating_sub(7)..t.first)
        .rev()
        .find(|&k| matches!(doc.f(k), "que" | "quienes" | "who"))
    else {
        return false;
    };
    // (Between the relative and the trigger, only a source set off by commas or an adverb.)
    let between_ok = (rel + 1..t.first).all(|k| {
        let w = doc.f(k);
        matches!(
            w,
            "," | "segun" | "according" | "to" | "aun" | "todavia" | "still"
        ) || (doc.tokens[k].capitalised
            && (rel + 1..k).any(|j| doc.f(j) == "segun" || doc.f(j) == "according"))
    });
    let article = (rel.saturating_sub(6)..rel)
        .rev()
        .find(|&k| matches!(doc.f(k), "los" | "las" | "those"));
    between_ok
        && article.is_some_and(|a| {
            (a + 1..rel).all(|k| {
                let x = &doc.tokens[k];
                !x.capitalised && (x.kind == crate::text::TokenKind::Word || doc.is_number(k))
            }) && (a + 1 == rel || doc.f(rel - 1).ends_with('s'))
        })
}

/// ("Me enteré porque otro muchacho que está preso llamó…", "another inmate who is still held
/// told her"): a state in a relative clause on a noun no name stands for is that noun's, no one
/// named's (and no elided subject's: whether it is).
pub(crate) fn unnamed_relative(doc: &Doc<'_>, t: &Trigger, who: &mut Vec<usize>) -> bool {
    use crate::model::EventType;
    let mut k = t.first.wrapping_sub(1);
    while crate::auxiliaries::before_state(doc.f(k)) {
        k = k.wrapping_sub(1);
    }
    let noun = k.wrapping_sub(1);
    let state = matches!(t.kind, EventType::Detention | EventType::Disappearance);
    let unnamed = state
        && matches!(doc.f(k), "que" | "who")
        && doc
            .tokens
            .get(noun)
            .is_some_and(|w| w.kind == crate::text::TokenKind::Word && !w.capitalised)
        && matches!(doc.f(noun.wrapping_sub(1)), "otro" | "otra" | "another");
    if unnamed {
        who.clear();
    }
    unnamed
}

/// ("Venezuela released at least a dozen foreigners on Friday, … as the government widened a
/// wave of prisoner releases that began earlier this week"): pushes the group event `g` of trigger
/// `t`, unless `t` is a noun of a wave that retells the event of that family its sentence
/// already gave a group.
pub(crate) fn push_group(
    doc: &Doc<'_>,
    groups: &mut Vec<crate::discourse::GroupEvent>,
    g: crate::discourse::GroupEvent,
    t: &Trigger,
) {
    use crate::discourse::family;
    // (Of a wave told as background: "a wave of", "a string of", "una ola de".)
    let wave = (t.first.saturating_sub(4)..t.first).any(|k| {
        matches!(
            doc.f(k),
            "wave" | "string" | "series" | "ola" | "oleada" | "serie" | "seguidilla"
        )
    });
    let retold = t.voice == crate::triggers::Voice::Nominal
        && wave
        && groups
            .iter()
            .rev()
            .take_while(|o| o.sentence == g.sentence)
            .any(|o| family(o.kind) == family(g.kind));
    let anyone = those_anyone(doc, t.first, t.last)
        && g.date.is_none()
        && g.kind == crate::model::EventType::Transfer;
    if !retold && !anyone {
        groups.push(g);
    }
}

/// "…saying those returned to prison violated the terms", "los devueltos a prisión": whoever
/// the participle at `first..last` tells of, no one the text names (not the clitic of "y los
/// llevaron a Rodeo I"); not when the sentence names them after it ("…said those returned to
/// prison included A and B").
pub(crate) fn those_anyone(doc: &Doc<'_>, first: usize, last: usize) -> bool {
    let before = doc.f(first.wrapping_sub(1));
    let noun = before == "those"
        || (matches!(before, "los" | "las")
            && (doc.f(first).ends_with("dos") || doc.f(first).ends_with("das")));
    let named_after = doc.sentence_at(first).is_some_and(|s| {
        (last..s.last).any(|k| doc.tokens[k].capitalised && doc.f(k.wrapping_sub(1)) != "\"")
    });
    noun && !named_after
}
