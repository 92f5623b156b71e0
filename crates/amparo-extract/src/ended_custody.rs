//! A custody state the sentence itself ends before the text is told: held until a day, or held
//! in a relative clause before the release the sentence tells.

/// Whether a custody state at trigger `t` (`window`: the words before it) ended before the
/// text is told: held until a day ("seguía preso hasta el viernes, cuando por fin fue
/// excarcelado", "remained in custody until Friday"; not "hasta el cierre", "hasta hoy"), or an
/// imperfect in a relative clause before the release the sentence tells ("A y B, que seguían
/// presos pese a tener boleta de excarcelación, fueron excarcelados este domingo").
pub(crate) fn ended_before_now(
    doc: &crate::text::Doc<'_>,
    t: &crate::triggers::Trigger,
    window: std::ops::RangeInclusive<usize>,
) -> bool {
    use crate::model::EventType;
    let day = |j: usize| {
        crate::dates::weekday(doc.f(j)).is_some()
            || crate::dates::month(doc.f(j)).is_some()
            || doc.is_number(j)
    };
    let until = (t.last..t.last + 2).any(|k| {
        matches!(doc.f(k), "hasta" | "until")
            && (day(k + 1) || (doc.f(k + 1) == "el" && day(k + 2)))
    });
    let relative_before_release = window.clone().any(|k| {
        matches!(doc.f(k), "que" | "quien" | "quienes")
            && crate::held_now::HELD_IMPERFECT.contains(&doc.f(k + 1))
    }) && doc.sentence_at(t.first).is_some_and(|s| {
        crate::triggers::find(doc, t.last, s.last).iter().any(|r| {
            matches!(r.kind, EventType::Release | EventType::ConditionalRelease)
                && !matches!(doc.f(r.first), "boleta" | "boletas")
        })
    });
    until || relative_before_release
}

/// ("…estos son los excarcelados: A, B… Todos estaban recluidos en el Rodeo I y en Yare III"):
/// custody told in the imperfect (and undated: the caller asks) of all those whose release the
/// text told before is the custody that release ended, no event of its own; they leave `who`.
/// (Measured: "Los cuatro estaban…", "Ambos estaban…" and "had been held at…" are told as a
/// detention of their own as often as not.)
pub(crate) fn held_until_freed(
    doc: &crate::text::Doc<'_>,
    t: &crate::triggers::Trigger,
    a: usize,
    events: &[crate::discourse::RawEvent],
    slots: &[crate::slots::Slot],
    who: &mut Vec<usize>,
) {
    use crate::model::EventType;
    let imperfect = matches!(doc.f(a), "todos" | "todas") && doc.f(a + 1) == "estaban";
    if t.kind != EventType::Detention || !imperfect {
        return;
    }
    who.retain(|&j| {
        !events.iter().any(|e| {
            e.entity == slots[j].entity && crate::discourse::family(e.kind) == EventType::Release
        })
    });
}
