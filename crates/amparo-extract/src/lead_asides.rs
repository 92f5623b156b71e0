//! What a list's lead passes over: a count of those still held told apart from the list, a like
//! event recalled from a year or more before, an arrest recalled of those a court just sentenced,
//! the event of a part when the list turns to the rest, a header inside a list over its own names.

use crate::discourse::{GroupEvent, family};
use crate::layout::Layout;
use crate::model::EventType;
use crate::text::Doc;

/// Whether sentence `si` counts people still held ("al menos 71 personas siguen encarceladas",
/// "some 800 remain behind bars"): a figure of the state, no event of a list's people.
pub(crate) fn held_count(doc: &Doc<'_>, si: usize) -> bool {
    let Some(s) = doc.sentences.get(si) else {
        return false;
    };
    (s.first..s.last).any(|k| {
        doc.is_number(k)
            && (k + 1..(k + 4).min(s.last)).any(|j| {
                matches!(
                    doc.f(j),
                    "siguen" | "permanecen" | "continuan" | "remain" | "remained"
                )
            })
    })
}

/// Whether group event `g` is dated a year or more before a leaving or release of a group told
/// in an earlier sentence: a like event of the past the story recalls.
pub(crate) fn past_like(groups: &[GroupEvent], g: &GroupEvent) -> bool {
    let months = |d: crate::dates::PartialDate| match d {
        crate::dates::PartialDate::Year(y) => y * 12 + 6,
        crate::dates::PartialDate::Month(y, m) => y * 12 + m as i32,
        crate::dates::PartialDate::Day(d) => {
            chrono::Datelike::year(&d) * 12 + chrono::Datelike::month(&d) as i32
        }
    };
    g.date.is_some_and(|d| {
        groups.iter().any(|h| {
            h.sentence < g.sentence
                && h.certainty.is_none()
                && matches!(
                    family(h.kind),
                    EventType::Release | EventType::Exile | EventType::Expulsion
                )
                && h.date.is_some_and(|hd| months(hd) >= months(d) + 12)
        })
    })
}

/// ("The court on Monday sentenced three residents of Gibara… All three were arrested in May."
/// over "- A: seven years…"): an arrest recalled of the whole group a court sentenced in the
/// sentence or two just before is what they had been; the list is of the sentence.
pub(crate) fn sentenced_before<'g>(
    doc: &Doc<'_>,
    groups: &'g [GroupEvent],
    latest: &GroupEvent,
) -> Option<&'g GroupEvent> {
    let s = doc.sentences.get(latest.sentence)?;
    let whole = matches!(
        doc.f(s.first),
        "all" | "todos" | "todas" | "both" | "ambos" | "ambas"
    ) || (matches!(doc.f(s.first), "the" | "los" | "las")
        && crate::count_words::number_word(doc.f(s.first + 1)).is_some());
    if latest.kind != EventType::Arrest || !whole {
        return None;
    }
    groups.iter().rev().find(|g| {
        g.sentence < latest.sentence
            && g.sentence + 2 >= latest.sentence
            && g.kind == EventType::Sentence
            && g.certainty.is_none()
    })
}

/// ("…tres fueron excarcelados en 2025. Sobre los cuatro restantes, la Corte decidió:"): whether
/// a sentence after the lead's (`si`) and before the list (`before`) turns to the rest of a whole
/// whose part the lead's sentence counts ("De los siete procesados…, tres…"); not the rest of the
/// whole it tells ("…el traslado de catorce presos. … Los diez restantes son los siguientes:").
pub(crate) fn of_the_rest(doc: &Doc<'_>, si: usize, before: usize) -> bool {
    let article = |j: usize| matches!(doc.f(j), "los" | "las" | "the");
    let number = |j: usize| crate::count_words::number_word(doc.f(j)).is_some();
    let partitive = doc.sentences.get(si).is_some_and(|s| {
        (s.first..s.last)
            .any(|k| matches!(doc.f(k), "de" | "of") && article(k + 1) && number(k + 2))
    });
    partitive
        && (si + 1..before).any(|x| {
            doc.sentences.get(x).is_some_and(|s| {
                (s.first + 1..s.last).any(|k| {
                    matches!(doc.f(k), "restantes" | "remaining")
                        && (article(k - 1) || (number(k - 1) && article(k.wrapping_sub(2))))
                })
            })
        })
}

/// ("La lista completa, tal como fue leída, se reproduce al final de esta nota." … "ANEXO —
/// LISTA LEÍDA POR EL TRIBUNAL" over the names; "Those released this week are listed below."):
/// the sentence before the list, `before`, that points ahead to it from the story, when prose
/// or a heading stands between; its story's event is the list's. Only of the first list after
/// it: not "A continuación se reseñan los casos…" over "EXCARCELADOS" and its names, then
/// "CAMBIO DE MEDIDA" and more (so the search back stops at an earlier list's item).
pub(crate) fn pointed_ahead(
    doc: &Doc<'_>,
    layout: &crate::layout::Layout,
    before: usize,
) -> Option<usize> {
    const POINTERS: &[&str] = &[
        "al final de esta nota",
        "al final de la nota",
        "al final de este articulo",
        "al final del articulo",
        "al final del texto",
        "al pie de esta nota",
        "a continuacion",
        "mas abajo",
        "listed below",
        "are below",
        "is below",
        "below ,",
        "below .",
        "at the end of this article",
        "at the end of this story",
        "at the bottom of this",
    ];
    const LIST: &[&str] = &[
        "lista", "listas", "list", "listed", "nombres", "names", "anexo", "annex",
    ];
    (before.saturating_sub(30)..before)
        .rev()
        .take_while(|&s| layout.item_of.get(s).copied().flatten().is_none())
        .filter(|&s| s + 1 < before && layout.is_prose(s))
        .find(|&si| {
            let s = &doc.sentences[si];
            crate::heading_lines::tells_of(doc, si, LIST)
                && (s.first..s.last).any(|k| doc.matches_any_at(k, POINTERS))
        })
}

/// Whether sentence `s` is a header inside a list, over names of its own, with prose after
/// them before sentence `before`: "Militares - A - B / Con casa por cárcel (no excarcelado): - C
/// / Dirigentes sindicales - D" heads C alone, no lead of the later groups.
pub(crate) fn inner_header(doc: &Doc<'_>, layout: &Layout, s: usize, before: usize) -> bool {
    layout.list_at(s).is_some()
        && crate::heading_lines::ends_with(doc, s, &[":"])
        && s.checked_sub(1)
            .is_some_and(|p| layout.named_item(p) && layout.list_at(p) == layout.list_at(s))
        && layout.named_item(s + 1)
        && (s + 2..before).any(|t| layout.is_prose(t))
}

/// Whether the list at sentence `first` is a thread of comments under a post: an item holds a
/// reaction bar (see `stamp_lines::reaction_bar`). Its names are the comments' authors; the
/// post's event is none of theirs.
pub(crate) fn comment_thread(doc: &Doc<'_>, layout: &Layout, first: usize) -> bool {
    let Some(list) = layout.list_at(first) else {
        return false;
    };
    let bar = |si: usize| {
        doc.sentences
            .get(si)
            .is_some_and(|s| crate::stamp_lines::reaction_bar(doc, s.first, s.last))
    };
    layout
        .items
        .iter()
        .filter(|i| i.list == list)
        .any(|i| i.sentences.clone().any(bar))
}

/// ("This week the group recognised six new political prisoners, while four were released…" over
/// "Newly recognised political prisoners:" over the names): a header of new political prisoners
/// opening the list at sentence `before`, or right before it, heads people newly held, whom no
/// release before it leads.
pub(crate) fn new_prisoners_header(doc: &Doc<'_>, before: usize) -> bool {
    [before.checked_sub(1), Some(before)]
        .into_iter()
        .flatten()
        .filter_map(|h| doc.sentences.get(h).map(|s| (h, s)))
        .any(|(h, s)| {
            crate::heading_lines::ends_with(doc, h, &[":"])
                && s.last - s.first <= 8
                && crate::heading_lines::tells_of(doc, h, &["new", "newly", "nuevos", "nuevas"])
                && crate::heading_lines::tells_of(doc, h, &["prisoners", "presos", "presas"])
                && crate::triggers::find(doc, s.first, s.last).is_empty()
        })
}

/// People who act on the held or for them, named as a list's kind ("They were defended by the
/// following lawyers:", "Los firmantes del comunicado son:", "The following officials were
/// sanctioned … for their role in the arrests:").
const OTHERS: &[&str] = &[
    "lawyers",
    "abogados",
    "abogadas",
    "officials",
    "funcionarios",
    "officers",
    "judges",
    "jueces",
    "juezas",
    "prosecutors",
    "fiscales",
    "signatories",
    "firmantes",
    "mothers",
    "madres",
    "relatives",
    "familiares",
    "authorities",
    "autoridades",
    "responsables",
    "ministers",
    "ministros",
    "commanders",
    "comisarios",
    "speakers",
    "ponentes",
];

/// Whether the header ending in a colon at sentence `before` or right before it names the list's
/// people as ones of [`OTHERS`]: "the following lawyers:", "los siguientes funcionarios", or the
/// kind its last clause says the names are ("…, the officers responsible are:", "Los firmantes
/// del comunicado son:"), before any event that clause tells. No lead's event is theirs.
pub(crate) fn others_header(doc: &Doc<'_>, before: usize) -> bool {
    [before.checked_sub(1), Some(before)]
        .into_iter()
        .flatten()
        .filter_map(|h| doc.sentences.get(h))
        .any(|s| {
            let colon = s.last.wrapping_sub(1);
            // (Cheap first: a colon, and one of those words before it.)
            if doc.f(colon) != ":" || !(s.first..colon).any(|k| OTHERS.contains(&doc.f(k))) {
                return false;
            }
            let clause = (s.first..colon)
                .rev()
                .find(|&k| doc.f(k) == ",")
                .map_or(s.first, |c| c + 1);
            let following = |k: usize| {
                (k.saturating_sub(2)..k).any(|j| matches!(doc.f(j), "following" | "siguientes"))
            };
            // ("Their mothers, who had campaigned for months, are:": the kind may stand before
            // an aside; not a source, "Según familiares, los excarcelados son:".)
            let are = matches!(doc.f(colon.wrapping_sub(1)), "are" | "son");
            let kind = |k: usize| {
                OTHERS.contains(&doc.f(k))
                    && (following(k)
                        || (are
                            && !(k.saturating_sub(2)..k).any(|j| {
                                matches!(
                                    doc.f(j),
                                    "segun" | "to" | "con" | "with" | "de" | "of" | "by"
                                )
                            })))
            };
            // (Before the sentence's first event, and its last clause's.)
            let events = crate::triggers::find(doc, s.first, colon);
            let first = events.first().map_or(colon, |t| t.first);
            let event = events
                .iter()
                .find(|t| t.first >= clause)
                .map_or(colon, |t| t.first);
            (clause..event).any(kind) || (are && (s.first..first).any(kind))
        })
}
