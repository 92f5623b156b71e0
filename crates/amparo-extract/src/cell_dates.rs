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
    // (The cell's one day and month: not "Detenido 10/01 – excarcelado 16/01", two events'.)
    let day_month = |k: usize| doc.is_number(k) && doc.f(k + 1) == "/" && doc.is_number(k + 2);
    let mut k = i;
    let mut cell = false;
    let mut other = false;
    while k > 0 && i - k < 40 && !doc.line_break_before(k) && doc.f(k - 1) != "|" {
        k -= 1;
        other |= day_month(k);
    }
    cell |= doc.f(k.wrapping_sub(1)) == "|";
    let mut j = end;
    while j < doc.tokens.len() && j - end < 40 && !doc.line_break_before(j) && doc.f(j) != "|" {
        other |= day_month(j);
        j += 1;
    }
    closes && told && cell && !other
}
