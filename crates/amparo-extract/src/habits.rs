//! Time told as a habit ("cada domingo", "every Sunday"): what one does again and again, no
//! event of a day.

/// ("Cada último domingo de mes, X sale de Los Teques a las tres de la mañana", "Every Sunday
/// she leaves…"): a leaving at token `i` told as a habit, a visitor's trip, no release; not "cada
/// uno salió", one by one.
pub(crate) fn habitual_before(doc: &crate::text::Doc<'_>, i: usize) -> bool {
    let time = |k: usize| {
        crate::dates::weekday(doc.f(k)).is_some()
            || matches!(
                doc.f(k),
                "dia"
                    | "semana"
                    | "mes"
                    | "ultimo"
                    | "primer"
                    | "fin"
                    | "manana"
                    | "noche"
                    | "day"
                    | "week"
                    | "month"
                    | "morning"
                    | "last"
                    | "first"
                    | "weekend"
            )
    };
    (i.saturating_sub(8)..i).any(|k| {
        (matches!(doc.f(k), "cada" | "every" | "each") && time(k + 1))
            || (matches!(doc.f(k), "todos" | "todas")
                && matches!(doc.f(k + 1), "los" | "las")
                && (time(k + 2)
                    || crate::dates::weekday(doc.f(k + 2).trim_end_matches('s')).is_some()))
    })
}
