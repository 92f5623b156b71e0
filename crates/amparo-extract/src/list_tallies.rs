//! Sentences that count rather than tell: a period's balance ("En octubre documentamos 4 nuevas
//! detenciones y 2 excarcelaciones"), a figure under a label ("- Excarcelaciones: 27"), a count
//! since a day ("Since the previous list, 47 names were added and 22 removed"): no lead for a
//! list of names after them.

use crate::discourse::GroupEvent;
use crate::layout::Layout;
use crate::text::Doc;

/// Whether a group's event is told as a figure or a period's balance (see [`figure_item`],
/// [`balance`]): no lead for a list of names.
pub(crate) fn tally(doc: &Doc<'_>, layout: &Layout, g: &GroupEvent) -> bool {
    figure_item(doc, layout, g) || balance(doc, g.sentence) || period_count(doc, g.sentence)
}

/// Whether a sentence counts what happened over a period, from its first word ("Seven were
/// released or moved to house arrest during October", "Once fueron excarcelados durante la
/// semana"): a figure, which leads no table of names after it.
pub(crate) fn period_count(doc: &Doc<'_>, si: usize) -> bool {
    let Some(s) = doc.sentences.get(si) else {
        return false;
    };
    // ("Viasna also counts 398 people released under pardon decrees since the first pardons of
    // July 2024": a running total, counted since a day.)
    let running = (s.first..s.last).any(|k| {
        matches!(
            doc.f(k),
            "counts" | "counted" | "contabiliza" | "contabilizan" | "registra" | "tallies"
        )
    }) && (s.first..s.last).any(|k| matches!(doc.f(k), "since" | "desde"))
        // (Not one that opens the list of its names: "…desde el 2 de marzo, entre ellas:".)
        && doc.f(s.last.wrapping_sub(1)) != ":";
    // ("Since the previous list (June 2025), 47 names were added and 22 removed after release":
    // what changed since a day, by its numbers.)
    let changed = matches!(doc.f(s.first), "since" | "desde")
        && (s.first..s.last).any(|k| {
            doc.is_number(k)
                && matches!(
                    doc.f(k + 1),
                    "names"
                        | "nombres"
                        | "people"
                        | "personas"
                        | "were"
                        | "fueron"
                        | "have"
                        | "han"
                )
        });
    let counted = doc.is_number(s.first) || crate::counts::number_word(doc.f(s.first)).is_some();
    running
        || changed
        || counted
            && (s.first + 1..s.last).any(|k| {
                matches!(doc.f(k), "during" | "durante" | "throughout")
                    && (k + 1..(k + 4).min(s.last)).any(|j| {
                        crate::dates::month(doc.f(j)).is_some()
                            || matches!(
                                doc.f(j),
                                "month" | "week" | "mes" | "semana" | "year" | "ano"
                            )
                    })
            })
}

/// Whether a group's event is told by an item of figures ("- Personas cuyo paradero se
/// desconoce: 9.", "- Excarcelaciones en octubre: 27", a table's "Condenados | 312"): a count
/// under a label, which leads no later list of names.
fn figure_item(doc: &Doc<'_>, layout: &Layout, g: &GroupEvent) -> bool {
    let Some(s) = doc.sentences.get(g.sentence) else {
        return false;
    };
    let item = layout.item_of.get(g.sentence).copied().flatten().is_some();
    (s.first..s.last.saturating_sub(1))
        .any(|k| (doc.f(k) == "|" || (item && doc.f(k) == ":")) && doc.is_number(k + 1))
}

/// Whether a sentence tallies a period, two or more events by their numbers ("En el mes de
/// octubre documentamos 4 nuevas detenciones y 2 excarcelaciones."): a balance, which leads no
/// list or table of names after it.
pub(crate) fn balance(doc: &Doc<'_>, si: usize) -> bool {
    let Some(s) = doc.sentences.get(si) else {
        return false;
    };
    let needed = crate::count_words::counted_needed(doc, s.first, s.last);
    crate::triggers::find(doc, s.first, s.last)
        .iter()
        .filter(|t| {
            // ("Totals at 27/06/2025: 4 held, 1 disappeared, 1 released with conditions")
            // ("…plus more than 25 new arrests": the count of new ones, read as a verb or not.)
            (doc.is_number(t.first.wrapping_sub(1)) && doc.f(t.first.wrapping_sub(2)) != "/")
                || (doc.is_number(t.first.wrapping_sub(2))
                    && matches!(doc.f(t.first.wrapping_sub(1)), "nuevas" | "nuevos" | "new"))
                || (t.voice == crate::triggers::Voice::Nominal
                    && doc.is_number(t.first.wrapping_sub(1)))
                // ("Our count fell by 9 this week: 14 people were released and 5 were newly
                // detained")
                // (Of events, not of those held: "of whom 27 have been held for three years".)
                || (t.kind != crate::model::EventType::Detention && counted_subject(doc, t.first))
        })
        .count()
        >= needed
}

/// Whether a number is the subject of the verb at `k`, past its noun of people and auxiliaries:
/// "14 people were released", "5 were newly detained", "12 personas fueron excarceladas".
fn counted_subject(doc: &Doc<'_>, k: usize) -> bool {
    let mut j = k;
    for _ in 0..4 {
        j = j.wrapping_sub(1);
        if doc.is_number(j) {
            return j + 1 < k;
        }
        if !matches!(
            doc.f(j),
            "were"
                | "have"
                | "been"
                | "newly"
                | "fueron"
                | "han"
                | "sido"
                | "people"
                | "persons"
                | "personas"
                | "nuevamente"
        ) {
            return false;
        }
    }
    false
}
