//! "Lo dejaron ir": a letting go, told as a release unless it is to a place inside the prison;
//! and "was left behind" at a prison, no leaving at all.

/// ("dejaron ir a la enfermería a X"): a letting go, ending before token `last`, to a place
/// inside or near the prison, no release; not "a la mañana siguiente", "al caer la tarde".
pub(crate) fn let_go_somewhere(doc: &crate::text::Doc<'_>, last: usize) -> bool {
    matches!(doc.f(last), "a" | "al" | "hacia")
        && (last + 1..last + 3).any(|k| {
            matches!(
                doc.f(k),
                "enfermeria"
                    | "hospital"
                    | "clinica"
                    | "celda"
                    | "calabozo"
                    | "patio"
                    | "bano"
                    | "tribunal"
                    | "sede"
                    | "comando"
                    | "pabellon"
                    | "area"
            )
        })
}

/// Whether "left" at `i` leaves one where he was: "was left behind at Ramo Verde", "were left in
/// El Helicoide" (a passive at a place of custody, or "behind" after it); not "was left at his
/// home by officers", a release.
pub(crate) fn left_behind(doc: &crate::text::Doc<'_>, i: usize) -> bool {
    let passive = matches!(
        doc.f(i.wrapping_sub(1)),
        "was" | "were" | "been" | "being" | "is" | "are"
    );
    doc.f(i) == "left"
        && (doc.f(i + 1) == "behind"
            || (passive
                && matches!(doc.f(i + 1), "in" | "at")
                && (i + 2..i + 6).any(|k| crate::custody_phrases::custody_place_at(doc, k))
                && !(i + 2..i + 6)
                    .any(|k| matches!(doc.f(k), "home" | "house" | "door" | "street" | "casa"))))
}
