//! What a list item is, read from its own words: one that names doers or authors instead of
//! detainees, one that signs the text, one that says its person is still held.

use super::ListContext;
use crate::layout::Item;
use crate::list_agents::introduces_agents;
use crate::text::Doc;

/// Whether an item's own header, in the sentence of its colon, names doers ("Firmaron: A, B").
pub(super) fn item_of_agents(doc: &Doc<'_>, item: &Item) -> bool {
    item.header.as_ref().is_some_and(|h| {
        let from = doc
            .sentences
            .iter()
            .find(|s| s.first <= h.end && h.end < s.last.max(s.first + 1))
            .map_or(h.start, |s| s.first.max(h.start));
        introduces_agents(doc, from, h.end)
    })
}

/// Whether an item says its person was not freed or is still held.
pub(super) fn denies_release(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        let negated = matches!(doc.f(k), "not" | "no" | "nunca" | "never")
            && (k + 1..(k + 3).min(to)).any(|j| {
                let f = doc.f(j);
                f.starts_with("releas")
                    || f.starts_with("freed")
                    || f.starts_with("excarcel")
                    || f.starts_with("liber")
                    || matches!(f, "salio" | "salieron" | "salido")
            });
        // ("…, que permanecen en Venezuela: A y B": they stay in the country, freed.)
        // (Read only for a word of staying: each is asked at every token of the item.)
        let in_country =
            || matches!(doc.f(k + 1), "en" | "in") && crate::clues::country_at(doc, k + 2);
        // (Not a relative's: "Su hermano, Nazario X, sigue detenido en Tocorón".)
        let kin = || {
            let first = doc.sentence_at(k).map_or(from, |s| s.first);
            (k.saturating_sub(8).max(from).max(first)..k).any(|j| {
                crate::relations::RELATIONS.contains(&doc.f(j))
                    && matches!(doc.f(j.wrapping_sub(1)), "su" | "sus" | "his" | "her")
                    && (j + 1..k).any(|n| doc.tokens.get(n).is_some_and(|t| t.capitalised))
            })
        };
        let still = (matches!(
            doc.f(k),
            "remains" | "remain" | "sigue" | "siguen" | "permanece" | "permanecen"
        ) && !in_country()
            && !kin())
            || doc.matches_at(k, "still held")
            || doc.matches_at(k, "still in");
        negated || still
    })
}

/// ("6/ Correction to my earlier tweet: X was NOT detained", "- X: NO está preso", "has never
/// been detained", "no está ni estuvo detenido"): an item that denies its person's arrest.
pub(super) fn denies_arrest(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    (from..to).any(|k| {
        matches!(doc.f(k), "not" | "no" | "nunca" | "never")
            && (k + 1..(k + 5).min(to)).any(|j| {
                let f = doc.f(j);
                f.starts_with("detained")
                    || f.starts_with("arrested")
                    || f.starts_with("detenid")
                    || f.starts_with("arrestad")
                    || matches!(f, "preso" | "presa" | "presos" | "presas")
            })
    })
}

/// ("10. X, vecino que grabó el allanamiento. \"Está escondido\" desde entonces", "7. Lic. Y,
/// abogada de las familias. Fue citada… y regresó a su casa esa misma tarde"): an item whose
/// person is in hiding, or was only questioned and went home, and tells no custody of its own.
pub(super) fn never_held(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    const FREE: &[&str] = &[
        "esta escondido",
        "esta escondida",
        "se oculta",
        "se esconde",
        "en la clandestinidad",
        "in hiding",
        "regreso a su casa esa misma",
        "regreso a su casa el mismo",
        "went home the same",
        "was allowed to go home",
    ];
    use crate::model::EventType::{Arrest, ConditionalRelease, Detention, Release, Transfer};
    // (Of the item's person, not a relative's: "Su hermano está escondido".)
    let Some(at) = (from..to).find(|&k| {
        doc.matches_any_at(k, FREE)
            && !(k.saturating_sub(3).max(from)..k)
                .any(|j| crate::relations::RELATIONS.contains(&doc.f(j)))
    }) else {
        return false;
    };
    // (Nor after a custody the item tells: "Fue excarcelado el jueves y regresó a su casa esa
    // misma tarde"; the going home itself aside.)
    !crate::triggers::find(doc, from, to).iter().any(|t| {
        matches!(
            t.kind,
            Arrest | Detention | Release | ConditionalRelease | Transfer
        ) && t.first != at
    })
}

/// Verbs that make the name before them the author of a post or a statement, not a listed
/// detainee: "↪ X (periodista) reposteó: «Confirmado»", "X wrote:".
const AUTHORED: &[&str] = &[
    "reposteo",
    "publico",
    "escribio",
    "tuiteo",
    "comento",
    "respondio",
    "posteo",
    "compartio",
    "dijo",
    "declaro",
    "afirmo",
    "wrote",
    "posted",
    "tweeted",
    "reposted",
    "retweeted",
    "replied",
    "commented",
    "said",
    "shared",
];

/// Whether an item's one name is followed, past a parenthesis, by a verb of posting or saying.
pub(super) fn authored(doc: &Doc<'_>, item: &Item) -> bool {
    let [name] = item.names.as_slice() else {
        return false;
    };
    let mut k = name.end;
    if doc.f(k) == "(" {
        while k < name.end + 8 && doc.f(k) != ")" {
            k += 1;
        }
        k += 1;
    }
    AUTHORED.contains(&doc.f(k))
}

/// ("— Nadia Castellano, editor" closing a newsletter): a line of its own opened by a dash, one
/// name and at most its title, telling no event, the only item of its list, signs the text; it
/// lists nobody.
pub(super) fn signed(cx: &ListContext<'_, '_>, item: &Item) -> bool {
    let doc = cx.doc;
    let [name] = item.names.as_slice() else {
        return false;
    };
    let (first, last) = item_tokens(doc, item);
    // ("…la excarcelación de 14 presos, entre ellos:\n\n— Óscar Villalba, sindicalista": a list
    // opened by its colon lists.)
    let opened = doc.f(first.wrapping_sub(1)) == ":";
    !opened
        && matches!(doc.tokens.get(first).map(|t| t.text), Some("—" | "–"))
        && name.start <= first + 2
        && (name.end >= last || doc.f(name.end) == ",")
        // ("Freelancers" / "– Vugar Aliyev, released on 31 December 2025…": an item that tells
        // its person's event lists them.)
        && crate::triggers::find(doc, name.end, last).is_empty()
        && cx
            .layout
            .items
            .iter()
            .filter(|i| i.list == item.list)
            .count()
            == 1
}

/// The tokens of an item's sentences.
pub(super) fn item_tokens(doc: &Doc<'_>, item: &Item) -> (usize, usize) {
    let first = doc
        .sentences
        .get(item.sentences.start)
        .map_or(0, |s| s.first);
    let last = item
        .sentences
        .end
        .checked_sub(1)
        .and_then(|i| doc.sentences.get(i))
        .map_or(first, |s| s.last);
    (first, last)
}

/// ("- X, 72, was also pardoned but released at home and was not taken to the border", "- Y
/// refused to cross into Lithuania"): an item whose person says they did not leave, who takes
/// no leaving of the list's.
pub(super) fn stayed(doc: &Doc<'_>, from: usize, to: usize) -> bool {
    // (Each phrase below opens on one of these words: the rest is read only there.)
    let opens = |k: &usize| matches!(doc.f(*k), "not" | "refused" | "chose" | "se" | "no");
    (from..to).filter(opens).any(|k| {
        doc.matches_any_at(
            k,
            &[
                "not taken to the border",
                "refused to cross",
                "refused to leave",
                "chose to stay",
                "se nego a cruzar",
                "se nego a salir",
                "no fue llevado a la frontera",
                "no fue llevada a la frontera",
            ],
        )
    })
}

/// ("3. \"El diputado X fue detenido ayer\" — FALSO."): whether the item's claim is judged false
/// in capitals, and if so whether the claim was an arrest (which leaves its person no custody,
/// where a claimed release judged false leaves them held).
pub(super) fn judged_false(doc: &Doc<'_>, from: usize, to: usize) -> Option<bool> {
    (from..to)
        .any(|k| {
            crate::fact_checks::verdict_at(doc, k)
                && doc.tokens[k].text.chars().all(|c| !c.is_lowercase())
        })
        .then(|| {
            crate::triggers::find(doc, from, to)
                .iter()
                .any(|t| t.kind == crate::model::EventType::Arrest)
        })
}

/// "Juan Pérez | Colombia | Held (convicted of homicide; not a political case)": a row or item
/// about an ordinary crime or another state's custody is out of scope.
/// (Said in the sentence of the name: "Los trasladados son: A, B. En el mismo vehículo fue
/// llevado un recluso procesado por homicidio, C" leaves A and B in scope.)
pub(super) fn out_of_scope_names(
    cx: &ListContext<'_, '_>,
    item: &Item,
    f: &mut crate::discourse::Findings,
) {
    for name in &item.names {
        let Some(s) = cx.doc.sentence_at(name.start) else {
            continue;
        };
        let outside = crate::out_of_scope::out_of_record(cx.doc, s.first, s.last);
        if let Some(e) = super::entity_at(cx.mentions, name.start).filter(|_| outside)
            && let Some(slot) = f.out_of_scope.get_mut(e)
        {
            *slot = true;
        }
    }
}

/// "- Army Capt. Felipe Osorio. Moved to house arrest on Friday, not freed.": what the item itself
/// tells without a name is its person's, not the lead's event: a house arrest or a move, or
/// under a lead a dated release of its own ("GERARDO Y LUIS PEÑA" / "Los hermanos … fueron
/// excarcelados este domingo"). (Sent home, "recibieron una medida de casa por cárcel y salieron
/// de Tocuyito", is the house arrest.)
pub(super) fn own_event(
    doc: &Doc<'_>,
    groups: &[crate::discourse::GroupEvent],
    item: &Item,
    lead: Option<&crate::discourse::GroupEvent>,
) -> Option<crate::discourse::GroupEvent> {
    use crate::model::EventType;
    let home_too = |g: &crate::discourse::GroupEvent| {
        groups
            .iter()
            .any(|h| h.sentence == g.sentence && h.kind == EventType::HouseArrest)
    };
    groups
        .iter()
        .rev()
        .take_while(|g| g.sentence >= item.sentences.start)
        .find(|g| {
            // (Not another's, "Su tía … quedó bajo arresto domiciliario", nor one of the past,
            // "En 2022 habían estado bajo arresto domiciliario".)
            // (Kin who tell of them are not: "Su hija denunció que lo trasladaron".)
            let of_another = doc.sentences.get(g.sentence).is_some_and(|s| {
                matches!(doc.f(s.first), "su" | "sus" | "his" | "her")
                    && crate::slots::RELATIONS.contains(&doc.f(s.first + 1))
                    && !(s.first..s.last).any(|k| crate::slots::SPEECH.contains(&doc.f(k)))
            });
            g.sentence > item.sentences.start
                && g.certainty.is_none()
                && !of_another
                && !super::freed_headline::pluperfect(doc, g.sentence)
                && (matches!(g.kind, EventType::HouseArrest | EventType::Transfer)
                    || (crate::discourse::family(g.kind) == EventType::Release
                        && g.date.is_some()
                        && lead.is_some()
                        && !home_too(g)))
        })
        .filter(|_| item.header.is_none())
        .cloned()
        .map(|mut g| {
            g.date = g.date.or(lead.and_then(|l| l.date));
            g
        })
}
