//! Who among the people a list's item names is not one of the list: a relative or an associate
//! of the item's person, or a lawyer the item tells acting for others.

use crate::discourse::Findings;
use crate::layout::Item;
use crate::lists::ListContext;
use crate::triggers::{self, Modality};

/// Whether person `e` of an item (tokens `from..to`, whose first named person is `lead`) is no
/// member of its list.
/// ("• The lawyer of A, B, says her client…", "- A sigue detenido, según su abogada, B": who
/// acts for the item's person is not one of the list.)
/// ("19:50 — Our correspondent X is outside Rodeo I": someone's own relative or associate is no
/// member of the list either, unless the item tells an event of its own.)
/// ("4. Lic. A, abogado de la familia Estévez.", "• B — lawyer; represents 14 of the families":
/// nor a lawyer the item tells acting for others, in a list that "incluye presos, familiares y
/// abogados".)
pub(crate) fn not_a_member(
    cx: &ListContext<'_, '_>,
    f: &Findings,
    item: &Item,
    e: usize,
    (lead, from, to): (Option<usize>, usize, usize),
) -> bool {
    let doc = cx.doc;
    // (Read only when needed: the item's triggers are not free.)
    let own_event = || {
        triggers::find(doc, from, to)
            .iter()
            .any(|t| triggers::modality(doc, t, from) != Modality::NotAnEvent)
    };
    let helper = Some(e) == lead
        && item
            .names
            .first()
            .is_some_and(|n| acts_for_others(doc, n.end, to));
    ((f.relative.get(e).copied().unwrap_or(false)
        || Some(e) != lead && crate::relations::kin_of(doc, cx.mentions, e, from..to))
        && (Some(e) != lead || !own_event())
        && !crate::relations::joined_relative(doc, cx.mentions, e, from..to))
        || (helper && !own_event())
        || titled(doc, cx, e, from..to, (COURT, false))
        // ("— Brothers A and B were detained after a protest in which C was shot dead")
        || cx.mentions.iter().any(|m| {
            m.entity == e && (from..to).contains(&m.first) && crate::deaths::killed(doc, m.first, m.last)
        })
        // ("Legal team lead: attorney X.": a lawyer a label names, of whom the item tells
        // nothing; not "Otros: el productor A, la abogada B", a list of trades.)
        || (titled(doc, cx, e, from..to, (LAWYER, true)) && !own_event())
}

/// The titles of a judge or a prosecutor, who act on others and are never held in a list.
const COURT: &[&str] = &[
    "judge",
    "juez",
    "jueza",
    "magistrate",
    "magistrada",
    "prosecutor",
    "fiscal",
];

/// The titles of a lawyer.
const LAWYER: &[&str] = &["attorney", "lawyer", "abogado", "abogada"];

/// ("• On Nov. 26 Judge X ordered the release of student Y"): whether the item names `e` right
/// after one of `titles` (after a label's colon too, when `labelled`).
fn titled(
    doc: &crate::text::Doc<'_>,
    cx: &ListContext<'_, '_>,
    e: usize,
    range: std::ops::Range<usize>,
    (titles, labelled): (&[&str], bool),
) -> bool {
    cx.mentions.iter().any(|m| {
        m.entity == e
            && range.contains(&m.first)
            && titles.contains(&doc.f(m.first.wrapping_sub(1)))
            && (!labelled || doc.f(m.first.wrapping_sub(2)) == ":")
    })
}

/// Whether the words right after an item's name, `end`, describe a lawyer acting for others:
/// "— lawyer; represents 14 of the families", ", abogado de la familia Estévez" (not ", abogada y
/// activista", a trade of one who may be held).
fn acts_for_others(doc: &crate::text::Doc<'_>, end: usize, to: usize) -> bool {
    let mut k = end;
    while k < to && matches!(doc.f(k), "," | "—" | "–" | "-" | ":") {
        k += 1;
    }
    let lawyer = crate::credits::COUNSEL.contains(&doc.f(k));
    let acts = |j: usize| {
        doc.matches_any_at(
            j,
            &[
                "de la familia",
                "de las familias",
                "de los familiares",
                "de la defensa",
                "for the family",
                "for the families",
                "; represents",
                "represents",
                ", represents",
            ],
        )
    };
    k > end && k < to && lawyer && acts(k + 1)
}
