//! A day and month without the year closing a table's cell ("| Excarcelado 16/01").

/// ("| Excarcelado 16/01 – régimen de presentación", "| Trasladado a Yare III 17/01"): a day and
/// month at token `i` closing what a table's cell tells, after an event's word or a place, at the
/// end of its line or before a dash or the next cell.
pub(crate) fn closes_cell(doc: &crate::text::Doc<'_>, i: usize) -> bool {
    let end = i + 3;
    let closes = end >= doc.tokens.len()
        || doc.line_break_before(end)
        || matches!(doc.f(end), "|" | "-" | "—" | "–");
    let told = doc.tokens.get(i.wrapping_sub(1)).is_some_and(|t| {
        t.kind == crate::text::TokenKind::Word
            && (t.capitalised || crate::word_index::is_event_word(&t.folded))
    });
    let mut k = i;
    while k > 0 && i - k < 40 && !doc.line_break_before(k) && doc.f(k - 1) != "|" {
        k -= 1;
    }
    let cell = doc.f(k.wrapping_sub(1)) == "|";
    closes && told && cell
}

/// Whether the day and month at token `i` stand alone, no range nor longer date after them: no
/// "/" or "-" follows on the line, or the dash closes a cell's first event before words ("|
/// Detenido 10/01 – excarcelado 16/01").
pub(crate) fn no_range_after(doc: &crate::text::Doc<'_>, i: usize) -> bool {
    !matches!(doc.f(i + 3), "/" | "-")
        || doc.line_break_before(i + 3)
        || (doc.f(i + 3) == "-" && !doc.is_number(i + 4) && closes_cell(doc, i))
}
