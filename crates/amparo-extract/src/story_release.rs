//! The story's release a list's cue reaches back to when nothing nearer told its group's event:
//! "Belarus released 16 prisoners on Thursday and drove them to the border. [three sentences of
//! the crossing] They include A…".

use crate::discourse::{GroupEvent, family};
use crate::model::EventType;
use crate::text::Doc;

/// The release told of a group within six sentences before sentence `si`, for the cue at token
/// `cue` when it opens its sentence — not after relatives ("Families gathered… Among them was
/// X"), nor after those still held or taken told of ("…los connacionales que siguen privados de
/// la libertad. Entre ellos…", "Who is still in prison? Hundreds of people. Among them…",
/// "Entre las detenciones más recientes está…"), nor a cue inside a sentence ("thanked all…,
/// including the ambassador, X").
pub(crate) fn story_release(
    doc: &Doc<'_>,
    groups: &[GroupEvent],
    si: usize,
    cue: usize,
) -> Option<GroupEvent> {
    let s = doc.sentences.get(si)?;
    if cue > s.first + 3 {
        return None;
    }
    let relatives = (si.saturating_sub(1)..=si).any(|x| crate::group_members::families_in(doc, x));
    let told = |a: usize, b: usize| {
        crate::triggers::find(doc, a, b)
            .iter()
            .any(|t| family(t.kind) != EventType::Release)
    };
    #[rustfmt::skip]
    let held_word = |k: usize| matches!(doc.f(k), "detenciones" | "detenidos" | "detenidas"
        | "arrestos" | "arrestados" | "presos" | "presas" | "privados" | "arrests" | "detentions"
        | "detainees" | "held" | "detained" | "arrested" | "prisoners" | "prison" | "siguen"
        | "remain" | "still");
    let other_group = told(s.first, (cue + 4).min(s.last))
        || (s.first..(cue + 5).min(s.last)).any(held_word)
        || (si.saturating_sub(2)..si)
            .filter_map(|p| doc.sentences.get(p))
            .any(|p| told(p.first, p.last) || (p.first..p.last).any(held_word));
    if relatives || other_group {
        return None;
    }
    groups
        .iter()
        .rev()
        .take_while(|g| si - g.sentence <= 6)
        .find(|g| g.certainty.is_none() && family(g.kind) == EventType::Release)
        .cloned()
}

/// The release or arrest a list's cue names back by its noun ("Los excarcelados son A, B…",
/// "Entre los aprehendidos está X") when its own sentence dates none, the same day, or only a
/// year or month before the group's day, as what describes the names does ("…, ganador en 2019
/// del Premio Regional"): the dated event of the
/// same kind told of a group in the sentences `reach` before sentence `si`, with the arrest told
/// beside a release ("Cinco de los siete estudiantes detenidos el 5 de noviembre … fueron
/// excarcelados anoche. … Los excarcelados son A, B…").
/// (Not another part of the group: "Also freed were A and B", "Otros excarcelados son…".)
pub(crate) fn named_back(
    doc: &Doc<'_>,
    groups: &[GroupEvent],
    g: &GroupEvent,
    si: usize,
    reach: usize,
) -> Option<GroupEvent> {
    let others = [
        "also", "tambien", "ademas", "otros", "otras", "others", "other",
    ];
    if g.sentence != si
        || !matches!(family(g.kind), EventType::Release | EventType::Arrest)
        || crate::heading_lines::tells_of(doc, si, &others)
    {
        return None;
    }
    // (A year or a month the names' description tells, against the day the group's was told.)
    let coarser = |h: &GroupEvent| {
        matches!(h.date, Some(crate::dates::PartialDate::Day(_)))
            && !matches!(g.date, Some(crate::dates::PartialDate::Day(_)))
            && g.date < h.date
    };
    groups
        .iter()
        .rev()
        .filter(|h| h.sentence < si && si - h.sentence <= reach)
        .find(|h| family(h.kind) == family(g.kind) && h.certainty.is_none())
        .filter(|h| h.kind == g.kind)
        .filter(|h| h.date.is_some() && (g.date.is_none() || g.date == h.date || coarser(h)))
        .cloned()
}
