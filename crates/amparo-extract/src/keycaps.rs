//! A keycap number opening a line ("1️⃣ Ana Pérez", "2️⃣ …" under "Tenemos tres nombres:"), a
//! list's item in a thread or a forwarded message: the digit, then U+FE0F and U+20E3.

use crate::text::{Doc, TokenKind};

/// At a keycap number at token `k`: `Some` of where the item's words start, or `Some(None)` for
/// a newsletter's section in capitals ("5️⃣ LO QUE ESTAMOS LEYENDO"), no item; `None` when no
/// keycap stands at `k`.
pub(crate) fn item_words(doc: &Doc<'_>, k: usize) -> Option<Option<usize>> {
    let keycap = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|x| x.text.starts_with(['\u{fe0f}', '\u{20e3}']))
    };
    if !doc
        .tokens
        .get(k)
        .is_some_and(|t| t.kind == TokenKind::Number)
        || !keycap(k + 1)
    {
        return None;
    }
    let mut after = k + 1;
    while keycap(after) {
        after += 1;
    }
    let caps = doc
        .tokens
        .get(after)
        .is_some_and(|x| x.kind == TokenKind::Word && x.text.chars().all(|c| !c.is_lowercase()));
    if !caps {
        return Some(Some(after));
    }
    // (A name in capitals surname first, past a rank or with a given name after its comma, is
    // an item all the same: "1️⃣ CAP. RIVERO ESCALONA, JHON FREDDY"; not "1️⃣ MARACAIBO, ZULIA",
    // "2️⃣ DEFENSA PRIVADA, SIN TRABAS".)
    let from = crate::rank_marks::past_rank(doc, after, doc.tokens.len());
    let given = (from..from + 6)
        .find(|&k| doc.f(k) == ",")
        .is_some_and(|c| crate::lexicon::is_given_name(doc.f(c + 1)));
    let name = crate::surname_first::caps_entry(doc, from, doc.tokens.len()).is_some()
        && (from > after || given);
    Some(name.then_some(after))
}
