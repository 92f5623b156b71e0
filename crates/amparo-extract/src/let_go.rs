//! "Lo dejaron ir": a letting go, told as a release unless it is to a place inside the prison.

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
