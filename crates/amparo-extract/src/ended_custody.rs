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
