//! Relatives held in someone's stead ("La madre y el cuñado del dirigente X, quien se oculta…,
//! fueron detenidos", "The mother of exiled journalist X was detained"): the relative is the one
//! held, not the one named after the relation.

use crate::model::EventType;
use crate::persons::MentionRef;
use crate::text::Doc;
use crate::triggers::Voice;

/// Whether the person named after the relation noun at `k` in sentence `a..b` is no one held:
/// one abroad ("X, 63, mother of the exiled blogger Y, was detained") or one whose relatives were
/// held ("La madre de Y fue detenida", see `held_relative`).
pub(crate) fn not_held(doc: &Doc<'_>, (a, b): (usize, usize), k: usize, m: &MentionRef) -> bool {
    crate::relations::away(doc, k + 2, m.first, m.last) || held_relative(doc, a, k, m.last, b)
}

/// Whether the relation noun at `k` ("cuñado" of "La madre y el cuñado del dirigente X") opens
/// sentence `a..b` as its subject, and the custody told after the name (ending at `name_end`)
/// is the relatives': a passive arrest or detention, past any aside set off by commas after the
/// name ("…X, quien se oculta desde agosto, fueron detenidos"; not "…X, detenido en 2024,
/// denunció…"), with no verb of telling before it.
fn held_relative(doc: &Doc<'_>, a: usize, k: usize, name_end: usize, b: usize) -> bool {
    // (Past a dateline: "Valencia / Caracas. — La madre…".)
    let a = (a..k)
        .rev()
        .find(|&j| matches!(doc.tokens[j].text, "—" | "–"))
        .map_or(a, |j| j + 1);
    let opens = (a..k).all(|j| {
        let w = doc.f(j);
        crate::slots::RELATIONS.contains(&w)
            || matches!(
                w,
                "la" | "el" | "los" | "las" | "the" | "su" | "sus" | "his" | "her"
            )
            || matches!(w, "y" | "and" | "e")
    });
    if !opens {
        return false;
    }
    let from = if doc.f(name_end) == "," {
        match (name_end + 1..b).find(|&j| doc.f(j) == ",") {
            Some(c) => c + 1,
            None => return false,
        }
    } else {
        name_end
    };
    // (Not one the aside tells is held himself: "La esposa del sindicalista X, quien está preso
    // en Rodeo I desde marzo, fue detenida".)
    // (Not an order for his arrest: "quien se oculta desde que la Fiscalía emitió una orden de
    // captura en su contra".)
    if crate::triggers::find(doc, name_end, from).iter().any(|t| {
        t.kind == EventType::Detention
            || matches!(t.kind, EventType::Arrest | EventType::Sentence)
                && t.voice == Voice::Passive
    }) {
        return false;
    }
    // (Not when held with them: "…fueron detenidas el lunes junto con él", "along with him".)
    let with_him = (from..b).any(|j| {
        (doc.matches_at(j, "junto con") || doc.matches_at(j, "junto a"))
            && matches!(doc.f(j + 2), "el" | "ella")
            || doc.matches_at(j, "along with") && matches!(doc.f(j + 2), "him" | "her")
            || doc.f(j) == "with" && matches!(doc.f(j + 1), "him" | "her")
    });
    !with_him
        && crate::triggers::find(doc, from, b)
            .first()
            .is_some_and(|t| {
                matches!(t.kind, EventType::Arrest | EventType::Detention)
                    && t.voice == Voice::Passive
                    && !(from..t.first).any(|j| crate::speech_words::SPEECH.contains(&doc.f(j)))
            })
}
