//! Words around a word of custody that make it tell none: "sigue en servicio activo", "remains
//! in office", "confined to her house by illness", "a priest who held a Mass".

use crate::model::EventType::{self, Detention, HouseArrest};
use crate::text::Doc;

/// Whether the custody word of `kind` at token `i`, its words ending at `last`, tells no custody
/// for the words around it.
pub(crate) fn tells_no_custody(doc: &Doc<'_>, kind: EventType, i: usize, last: usize) -> bool {
    (kind == HouseArrest && confined_by_no_order(doc, i, last))
        || defends_the_held(doc, i)
        || (kind != HouseArrest && a_kind_of(doc, i))
        || (crate::discourse::family(kind) == EventType::Release && terms_of(doc, i))
        || (kind == Detention && held_a_thing(doc, i))
        // ("…hacia Cúcuta, donde permanece exiliado")
        || kind == Detention
            && (NO_CUSTODY_AFTER.contains(&doc.f(last))
                || ["exiliad", "refugiad"].iter().any(|p| doc.f(last).starts_with(p)))
        || (kind == Detention
            && matches!(doc.f(last), "el" | "su" | "the")
            && matches!(
                doc.f(last + 1),
                "cargo" | "poder" | "pais" | "country" | "servicio"
            ))
}

/// Words after "sigue en", "remains in" that tell no custody: "sigue en servicio activo",
/// "remains in office", "We remain in close contact with his wife", "officials remain in regular
/// contact with his wife", "los otros tres siguen en proceso de verificación" (a case's
/// paperwork, not a place).
#[rustfmt::skip]
const NO_CUSTODY_AFTER: &[&str] = &[
    "servicio", "funciones", "libertad", "office", "service", "power", "charge", "close",
    "contact", "touch", "contacto", "regular", "constant", "frequent", "daily", "proceso",
    "process", "tramite", "verificacion", "revision", "evaluacion", "estudio",
];

/// ("confined to her house by illness", "by a broken leg"): confined at `i`, its words ending at
/// `last`, by what is no one's order.
fn confined_by_no_order(doc: &Doc<'_>, i: usize, last: usize) -> bool {
    doc.f(i) == "confined"
        && doc.f(last) == "by"
        && !matches!(
            doc.f(last + 1),
            "order" | "orders" | "court" | "judge" | "decree"
        )
        && !matches!(doc.f(last + 2), "order" | "court" | "judge" | "judicial")
}

/// ("a priest who held a Mass for Castañeda", "held a press conference", "held up a picture of
/// her son"): "held" of a thing done or carried, no custody; whether it stands at token `i`.
fn held_a_thing(doc: &Doc<'_>, i: usize) -> bool {
    const THINGS: &[&str] = &[
        "mass",
        "meeting",
        "meetings",
        "vigil",
        "vigils",
        "rally",
        "rallies",
        "press",
        "news",
        "conference",
        "protest",
        "protests",
        "march",
        "talks",
        "session",
        "sessions",
        "prayer",
        "prayers",
        "ceremony",
        "service",
        "funeral",
        "election",
        "elections",
        "referendum",
        "sign",
        "signs",
        "banner",
        "banners",
        "placard",
        "placards",
        "photo",
        "photos",
        "picture",
        "pictures",
        "portrait",
        "portraits",
        "candles",
        "up",
        "hands",
        "office",
        "event",
        "events",
        "hearing",
        "hearings",
        "forum",
        "debate",
        "briefing",
    ];
    if doc.f(i) != "held" {
        return false;
    }
    let next = if matches!(
        doc.f(i + 1),
        "a" | "an" | "the" | "his" | "her" | "their" | "its" | "several" | "two" | "three"
    ) {
        i + 2
    } else {
        i + 1
    };
    THINGS.contains(&doc.f(next))
        || (next == i + 2
            && THINGS.contains(&doc.f(next + 1))
            && !doc.tokens.get(next).is_some_and(|t| t.capitalised))
}

/// ("el abogado X, defensor de varios detenidos por razones políticas", "a lawyer for dozens of
/// political prisoners"): the held a lawyer defends, at `i`, are the lawyer's clients, no custody
/// of theirs.
fn defends_the_held(doc: &Doc<'_>, i: usize) -> bool {
    let k = doc.back_over(
        i,
        3,
        &[
            "varios",
            "varias",
            "muchos",
            "los",
            "las",
            "several",
            "many",
            "the",
            "otros",
            "other",
            "political",
        ],
    );
    // ("dozens of", "decenas de": a count and its own "of" first.)
    let k = match (doc.f(k.wrapping_sub(2)), doc.f(k.wrapping_sub(1))) {
        ("dozens" | "decenas" | "hundreds" | "cientos", "of" | "de") => k - 2,
        _ => k,
    };
    let w = doc.f(k.wrapping_sub(2));
    // ("quien ha defendido a varios presos políticos", "who has represented many detainees")
    let defends = |w: &str| {
        matches!(
            w,
            "defended"
                | "defends"
                | "defending"
                | "defendido"
                | "defendio"
                | "defiende"
                | "represented"
                | "represents"
                | "representing"
                | "representado"
                | "represento"
                | "representa"
        )
    };
    let by_verb =
        defends(doc.f(k.wrapping_sub(1))) || (doc.f(k.wrapping_sub(1)) == "a" && defends(w));
    by_verb
        || matches!(doc.f(k.wrapping_sub(1)), "de" | "of" | "for")
            && (crate::credits::COUNSEL.contains(&w) || w == "defender")
}

/// ("se trata de una forma de privación de libertad", "a form of detention", "no debería
/// contabilizarse como liberación", "counted as a release"): a kind of custody spoken of, or
/// what a measure is counted as, no one's event.
fn a_kind_of(doc: &Doc<'_>, i: usize) -> bool {
    let (w1, w2) = (doc.f(i.wrapping_sub(1)), doc.f(i.wrapping_sub(2)));
    let article = matches!(w1, "a" | "an" | "una" | "un");
    let (w1, w2, w3) = if article {
        (w2, doc.f(i.wrapping_sub(3)), doc.f(i.wrapping_sub(4)))
    } else {
        (w1, w2, doc.f(i.wrapping_sub(3)))
    };
    // (Not a measure named before it: "under the \"family coexistence regime\", a form of house
    // arrest"; nor a participle counted, "no lo contabiliza como excarcelado".)
    let noun = !["do", "da", "dos", "das", "ed"]
        .iter()
        .any(|e| doc.f(i).ends_with(e));
    (matches!(w1, "de" | "of")
        && matches!(w2, "forma" | "form" | "tipo" | "type" | "kind" | "manera")
        && w3 != ","
        && !(matches!(w3, "a" | "an" | "una" | "un") && doc.f(i.wrapping_sub(4)) == ","))
        || (noun
            && matches!(w1, "como" | "as")
            && [
                "contabiliz",
                "consider",
                "counted",
                "treated",
                "clasific",
                "classified",
                "computad",
            ]
            .iter()
            .any(|p| w2.starts_with(p)))
}

/// ("He is accused of violating the terms of his release", "incumplir las condiciones de su
/// libertad"): a measure's terms named, no event of it.
fn terms_of(doc: &Doc<'_>, i: usize) -> bool {
    matches!(
        doc.f(i.wrapping_sub(1)),
        "his" | "her" | "their" | "su" | "sus"
    ) && matches!(doc.f(i.wrapping_sub(2)), "of" | "de")
        && matches!(
            doc.f(i.wrapping_sub(3)),
            "terms" | "conditions" | "condiciones" | "terminos" | "violation" | "violacion"
        )
}
