//! The lead of a list: the event, date and conditions the sentence before it reported without
//! naming anyone, which its items inherit; and the prison an item names.

use crate::clues;
use crate::discourse::{GroupEvent, family};
use crate::gazetteer::{EntryKind, Gazetteer, Hit};
use crate::layout::Layout;
use crate::model::EventType;
use crate::text::Doc;

/// The event a list inherits: of the latest sentence before it that reported an event without
/// naming anyone, its release (the news is about releases), else its first event; or, with none
/// near, the event of the story where a sentence points ahead to the list (see
/// `lead_asides::pointed_ahead`).
pub(crate) fn lead(
    doc: &Doc<'_>,
    groups: &[GroupEvent],
    layout: &Layout,
    before: usize,
) -> Option<GroupEvent> {
    lead_near(doc, groups, layout, before).or_else(|| {
        let p = crate::lead_asides::pointed_ahead(doc, layout, before)?;
        lead_near(doc, groups, layout, p + 1)
    })
}

fn lead_near(
    doc: &Doc<'_>,
    groups: &[GroupEvent],
    layout: &Layout,
    before: usize,
) -> Option<GroupEvent> {
    // (At the list's first line, wherever in it the lead is looked for.)
    let first = layout.list_at(before).and_then(|l| {
        layout
            .items
            .iter()
            .filter(|i| i.list == l)
            .map(|i| i.sentences.start)
            .min()
    });
    if crate::lead_asides::new_prisoners_header(doc, first.unwrap_or(before))
        || crate::lead_asides::others_header(doc, first.unwrap_or(before))
        || crate::lead_asides::comment_thread(doc, layout, first.unwrap_or(before))
    {
        return None;
    }
    let mut reach = 0;
    let mut si = before;
    // ("Con arresto domiciliario: A, B y C." then "Sin información aún sobre las condiciones:
    // D, E": a sibling group's own event is theirs, not the next group's lead.)
    // ("Siguen detenidos otros dos:" opening the list is its own lead, not an aside.)
    let opens_list = |g: &GroupEvent| {
        g.sentence + 1 == before
            && doc
                .sentences
                .get(g.sentence)
                .is_some_and(|s| doc.f(s.last.wrapping_sub(1)) == ":")
    };
    // (Nor a count of those still held told apart from the list, "al menos 71 personas siguen
    // encarceladas…, con datos actualizados al 31 de octubre", not "…remained in detention as of
    // Feb. 12. We confirmed four of them:"; nor a like event a year or more before one told
    // earlier, "En febrero de 2023, 222 presos políticos fueron enviados a Estados Unidos en una
    // operación similar", unless it opens the list.)
    // (Not when the list's line points back to it: "Entre ellos estaban:", "Among them:".)
    let back_to_it = |at: usize| {
        [at.checked_sub(1), Some(at)]
            .into_iter()
            .flatten()
            .any(|s| {
                crate::heading_lines::tells_of(
                    doc,
                    s,
                    &["ellos", "ellas", "aquellos", "aquellas", "them"],
                )
            })
    };
    let aside_of_story = |g: &GroupEvent| {
        !opens_list(g)
            && ((crate::lead_asides::held_count(doc, g.sentence) && g.sentence + 2 < before)
                || (crate::lead_asides::past_like(groups, g)
                    && layout.item_of.get(g.sentence).copied().flatten().is_none()
                    && !back_to_it(before)))
    };
    let mut latest = groups.iter().rev().find(|g| {
        g.sentence < before
            && !crate::lead_asides::inner_header(doc, layout, g.sentence, before)
            && !layout.named_item(g.sentence)
            && !crate::list_tallies::tally(doc, layout, g)
            && !aside_of_story(g)
    })?;
    if crate::lead_asides::of_the_rest(doc, latest.sentence, before) {
        return None;
    }
    // "Catorce salieron en libertad… Otras dos fueron enviadas a sus casas bajo arresto
    // domiciliario." / "Three others were granted house arrest.": a sentence about the others of
    // a group is an aside; the list is of the release told just before it (its group headers
    // say who the others are).
    let aside = |g: &GroupEvent| {
        family(g.kind) != EventType::Release
            && !opens_list(g)
            && !groups
                .iter()
                .any(|h| h.sentence == g.sentence && family(h.kind) == EventType::Release)
            && doc
                .sentences
                .get(g.sentence)
                .is_some_and(|s| crate::others::about_others(doc, s.first, s.last))
    };
    // ("…la lista de ocho personas que fueron excarceladas el pasado lunes. La organización
    // precisó que todas estaban detenidas por razones políticas": a custody told in the past
    // after a release says what they were; the list is of the release.)
    // ("Todos habían sido detenidos durante las protestas de julio de 2024": so was the arrest
    // told in the past perfect.)
    let held_before = |g: &GroupEvent| {
        let told = |words: &[&str]| crate::heading_lines::tells_of(doc, g.sentence, words);
        match g.kind {
            EventType::Detention => {
                told(&["estaban", "estaba", "were", "had", "habian", "permanecian"])
            }
            EventType::Arrest => told(&["had", "habian", "habia"]),
            _ => false,
        }
    };
    // ("…salieron en la madrugada de este lunes. Todas fueron presentadas el mismo día ante
    // tribunales de control": the hearing of those released; the list is of the release.)
    let hearing = latest.kind == EventType::Charge && !opens_list(latest);
    let group = crate::lists::group_date::told_aside(doc, layout, latest.sentence, before);
    if (aside(latest) || hearing || group || (held_before(latest) && !opens_list(latest)))
        // ("Venezuela released eight Colombians … it had jailed…": or in the same sentence.)
        && let Some(release) = groups.iter().rev().find(|g| {
            g.sentence <= latest.sentence
                && g.sentence + 3 >= latest.sentence
                && family(g.kind) == EventType::Release
                && g.certainty.is_none()
        })
    {
        latest = release;
    }
    // (See `lead_asides::sentenced_before`.)
    if !opens_list(latest)
        && let Some(sentenced) = crate::lead_asides::sentenced_before(doc, groups, latest)
    {
        latest = sentenced;
    }
    // ("…were released and flown to the United States. … the government said it would release
    // 'around 80' … 1. THE AMERICANS … Four have been named publicly:"): a release announced in
    // passing, not opening the list, gives way to the release told as done before it.
    let told_between = (latest.sentence + 1..before)
        .filter(|&s| !layout.is_noise(s))
        .count();
    // (Or a total announced after the day's release: "…released 27 more prisoners on Thursday.
    // The court has said a total of 553 people will be released." over "They include:".)
    let total = || {
        doc.sentences
            .get(latest.sentence)
            .is_some_and(|s| (s.first..s.last).any(|k| doc.f(k) == "total"))
    };
    if latest.certainty.is_some()
        && (told_between >= 3 || total())
        && let Some(done) = groups.iter().rev().find(|g| {
            g.sentence < latest.sentence
                && g.sentence + 6 >= latest.sentence
                && family(g.kind) == EventType::Release
                && g.certainty.is_none()
        })
    {
        latest = done;
    }
    // (A table whose rows tell their own events between puts them apart: a tracker's table.)
    let table = |s: usize| {
        layout.item_of.get(s).copied().flatten().is_some_and(|i| {
            layout.items[i]
                .row
                .as_ref()
                .is_some_and(crate::table::TableRow::tells_events)
        })
    };
    // (Nor does a heading in capitals that tells no event: "CONDENAS", "OTRAS NOTICIAS".)
    // (A heading of a kind of people over the names is the list's group: "BELARUSIAN CITIZENS".)
    let section = |s| {
        crate::heading_lines::section_heading(doc, s)
            && !crate::heading_lines::people_heading(doc, s)
            && !groups.iter().any(|g| g.sentence == s)
    };
    // (Nor a post's stamp over a post that tells its own event, or denies one: "[03.03.26 12:05]
    // ✅ EXCARCELADO el concejal X", "CORRECCIÓN: X NO fue trasladada" is that post's news, not
    // the one before.)
    let own_post = || {
        doc.sentences
            .get(before)
            .is_some_and(|s| !crate::triggers::find(doc, s.first, s.last).is_empty())
            && (latest.sentence + 1..before).any(|s| crate::headings::post_stamp(doc, s))
    };
    if (latest.sentence + 1..before).any(|s| table(s) || section(s)) || own_post() {
        return None;
    }
    // Prose between the lead and the list puts them apart; page noise and the items of an
    // earlier list do not ("Sábado 28/02:" eighteen names, then "Domingo 01/03:" more).
    let prose = |s: usize| layout.is_prose(s);
    while si > latest.sentence {
        si -= 1;
        if prose(si) {
            reach += 1;
        }
    }
    if reach > 6 {
        // Far from any event: the release the article reported last, if not too far.
        return release_told_before(doc, layout, groups, before);
    }
    let same: Vec<&GroupEvent> = groups
        .iter()
        .rev()
        .take_while(|g| g.sentence >= latest.sentence)
        .filter(|g| g.sentence == latest.sentence)
        .collect();
    // ("Mientras en Caracas se anuncian nuevas excarcelaciones, … continúan recluidos al menos
    // doce hombres…": a release only announced gives way to what the sentence tells as done.)
    let all_announced = same.iter().all(|g| g.certainty.is_some());
    let mut chosen = same
        .iter()
        .rev()
        .find(|g| family(g.kind) == EventType::Release && (g.certainty.is_none() || all_announced))
        .or_else(|| same.iter().rev().find(|g| g.kind == EventType::HouseArrest))
        // ("Nueve presos que permanecían en El Helicoide fueron trasladados…": where they were
        // held says who they are; the list is of the move.)
        .or_else(|| {
            same.iter().rev().find(|g| {
                g.kind != EventType::Detention && (g.certainty.is_none() || all_announced)
            })
        })
        .or_else(|| {
            same.iter()
                .rev()
                .find(|g| g.certainty.is_none() || all_announced)
        })
        .map(|g| (*g).clone())?;
    // A lead without a date takes the date of the same event told just before (the headline's),
    // the items of an earlier list not counted ("Enviados a Tocorón" six names, then "Enviados a
    // Tocuyito": the move the lead told for both).
    if chosen.date.is_none() {
        chosen.date = groups
            .iter()
            .rev()
            .take_while(|g| (g.sentence..latest.sentence).filter(|&s| prose(s)).count() <= 8)
            .find(|g| family(g.kind) == family(chosen.kind) && g.date.is_some())
            .and_then(|g| g.date);
    }
    // ("Todas salieron con régimen de presentación… Estos son sus nombres: Mujeres
    // (excarceladas la noche del lunes desde el INOF):"): a group header's release is the one
    // told before, with its conditions.
    if chosen.kind == EventType::Release
        && let Some(c) = groups
            .iter()
            .rev()
            .take_while(|g| g.sentence + 12 >= chosen.sentence)
            .filter(|g| g.sentence < chosen.sentence && g.certainty.is_none())
            .find_map(|g| {
                g.conditions
                    .clone()
                    .filter(|_| family(g.kind) == EventType::Release)
            })
    {
        chosen.conditions = Some(c);
        chosen.kind = EventType::ConditionalRelease;
    }
    Some(chosen)
}

/// The release of a whole group the text told last before sentence `before`, within fifteen
/// sentences of prose (the items of earlier lists not counted), done and no tally.
pub(crate) fn release_told_before(
    doc: &Doc<'_>,
    layout: &Layout,
    groups: &[GroupEvent],
    before: usize,
) -> Option<GroupEvent> {
    groups
        .iter()
        .rev()
        .filter(|g| g.sentence < before)
        .take_while(|g| (g.sentence..before).filter(|&s| layout.is_prose(s)).count() <= 15)
        .find(|g| {
            family(g.kind) == EventType::Release
                && g.certainty.is_none()
                && !crate::list_tallies::tally(doc, layout, g)
        })
        .cloned()
}

pub(crate) fn place(
    doc: &Doc<'_>,
    gazetteer: &Gazetteer,
    hits: &[Hit],
    from: usize,
    to: usize,
) -> Option<String> {
    facility(gazetteer, hits, from, to)
        .or_else(|| clues::place(doc, gazetteer, hits, from, to, from))
}

/// The gazetteer's name of the first facility among tokens `from..to`.
pub(crate) fn facility(
    gazetteer: &Gazetteer,
    hits: &[Hit],
    from: usize,
    to: usize,
) -> Option<String> {
    let at = hits.partition_point(|h| h.first < from);
    hits[at..]
        .iter()
        .take_while(|h| h.first < to)
        .filter_map(|h| gazetteer.entry(h.entry))
        .find(|e| e.kind == EntryKind::Facility)
        .map(|e| e.name.clone())
}

/// ("En la DGCIM de Boleíta: tcnel. A; my. B", "In Rodeo I: A, B"): whether an item's words
/// before its colon (its header, or an inline item's own) are a prison with no event word, which
/// holds its people there.
pub(crate) fn prison_lead(
    cx: &crate::lists::ListContext<'_, '_>,
    item: &crate::layout::Item,
    header: Option<&std::ops::Range<usize>>,
    (from, to): (usize, usize),
) -> bool {
    let doc = cx.doc;
    let before_colon = match header {
        Some(h) => Some(h.start..h.end),
        None if item.inline => (from..to).find(|&k| doc.f(k) == ":").map(|c| from..c),
        None => None,
    };
    before_colon.is_some_and(|r| {
        matches!(doc.f(r.start), "en" | "in")
            && crate::triggers::find(doc, r.start, r.end).is_empty()
            && facility(cx.gazetteer, cx.hits, r.start, r.end).is_some()
    })
}
