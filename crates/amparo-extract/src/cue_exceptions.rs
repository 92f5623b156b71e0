//! Words that look like a cue of an event that is no fact but are not: a charge's words
//! ("información falsa") and a name given to something ("what groups called a forced exile",
//! "charges Washington calls fabricated", "campaign manager").

/// "acusado de difundir 'información falsa' y detenido", "false news": the words of a charge
/// at token `k`, no cue that the event is false.
pub(crate) fn false_news(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    matches!(doc.f(k), "falsa" | "falso" | "fake")
        && matches!(
            doc.f(k.wrapping_sub(1)),
            "informacion" | "noticias" | "noticia" | "news" | "information"
        )
}

/// Whether the cue word at `k` (before the trigger at `trigger`) names rather than asks: "in what
/// opposition groups called a forced exile", "Opposition campaign manager X was released" (an
/// office), "jailed on drug charges that Washington calls fabricated, was released" (what the
/// charges are called).
pub(crate) fn named_so(doc: &crate::text::Doc<'_>, k: usize, trigger: usize) -> bool {
    let next = doc.f(k + 1);
    #[rustfmt::skip]
    let called = matches!(next, "a" | "an") || (k + 1 < trigger && matches!(next,
        "fabricated" | "baseless" | "absurd" | "arbitrary" | "unjust" | "illegal" | "bogus"
        | "politically" | "false" | "trumped-up" | "spurious" | "groundless" | "unfounded"
        | "sham"));
    #[rustfmt::skip]
    let office = matches!(next,
        "manager" | "coordinator" | "chief" | "adviser" | "advisor" | "director" | "staff"
        | "worker" | "official" | "spokesman" | "spokeswoman" | "spokesperson");
    // ("La Esperanza — detenida el 11 de abril": hope in a prison's name, capitalised after a
    // capitalised word.)
    let in_name = |j: usize| doc.tokens.get(j).is_some_and(|t| t.capitalised);
    (matches!(doc.f(k), "called" | "calls" | "call") && called)
        || (doc.f(k) == "campaign" && office)
        || (doc.f(k) == "esperanza" && in_name(k) && in_name(k.wrapping_sub(1)))
}

/// ("no logró vincular con ningún hecho, y ordenó su libertad plena"): whether "ningún" at token
/// `k` stands in another clause than the event at `trigger`, no cue that the event is not one
/// ("ningún ciudadano está detenido" is the event's own subject).
pub(crate) fn none_of_another_clause(doc: &crate::text::Doc<'_>, k: usize, trigger: usize) -> bool {
    doc.f(k) == "ningun" && (k..trigger).any(|j| matches!(doc.f(j), "," | "y" | "and"))
}
