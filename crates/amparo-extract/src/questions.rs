//! Questions that ask whether an event happened: they tell nothing of it.

/// "¿Fue liberado el concejal Giovanni Rangel?": a yes-or-no question whose verb is the event
/// asks, it tells nothing ("¿Y la periodista X, presa desde marzo?" and "¿Por qué detuvieron a
/// X?" presume the event they name).
pub(crate) fn yes_no_question(
    doc: &crate::text::Doc<'_>,
    trigger: &crate::triggers::Trigger,
    sentence_first: usize,
) -> bool {
    let wh = |w: &str| {
        matches!(
            w,
            "por"
                | "como"
                | "cuando"
                | "hasta"
                | "donde"
                | "quien"
                | "quienes"
                | "que"
                | "cuantos"
                | "cuantas"
                | "cual"
                | "cuales"
                | "desde"
                | "para"
                | "con"
                | "a"
                | "de"
                | "y"
        )
    };
    // ("FACT CHECK: Was journalist X arrested in Caracas?": asked in English, by the auxiliary
    // that opens the question.)
    let asked = doc.sentence_at(trigger.first).is_some_and(|s| {
        let open = (s.first..trigger.first)
            .rev()
            .find(|&k| doc.f(k) == ":")
            .map_or(s.first, |k| k + 1);
        doc.f(s.last.wrapping_sub(1)) == "?"
            && matches!(
                doc.f(open),
                "was" | "were" | "is" | "are" | "has" | "have" | "had" | "did" | "does" | "do"
            )
    });
    asked
        || (trigger.first.saturating_sub(3).max(sentence_first)..trigger.first)
            .rev()
            .take_while(|&k| !matches!(doc.f(k), "?" | ","))
            .any(|k| doc.f(k) == "¿" && !wh(doc.f(k + 1)))
}
