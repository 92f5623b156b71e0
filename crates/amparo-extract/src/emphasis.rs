//! Emphasis in a messenger's or markdown's text ("*Con régimen de presentación:*",
//! "**JUAN PÉREZ**"), which the tokenizer reads as nothing.

/// The characters that mark emphasis in a messenger's or markdown's text, read as nothing:
/// "*Con régimen de presentación cada 30 días:*", "**JUAN PÉREZ**", "_Difunde_". A pair on one
/// line only: a star that opens a run of words after a space and one that closes it before a space
/// or a stop. A bullet ("* Ana Pérez", a space after the star) and an author's note ("*Isidro
/// Lovera es abogado…", no star to close it) keep their stars.
pub(crate) fn emphasis_marks(chars: &[(usize, char)]) -> Vec<bool> {
    let n = chars.len();
    let mut marks = vec![false; n];
    let ch = |k: usize| chars.get(k).map(|x| x.1);
    // Per marker: where an unclosed run opened on this line, and its length.
    let mut open: [Option<(usize, usize)>; 2] = [None, None];
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c == '\n' {
            open = [None, None];
        }
        let Some(m) = ['*', '_'].iter().position(|&x| x == c) else {
            i += 1;
            continue;
        };
        let mut r = i;
        while ch(r) == Some(c) {
            r += 1;
        }
        let before = i.checked_sub(1).and_then(ch);
        let after = ch(r);
        let opens = before.is_none_or(|b| b.is_whitespace() || "([¡¿\"“«'".contains(b))
            && after.is_some_and(|a| !a.is_whitespace());
        let closes = before.is_some_and(|b| !b.is_whitespace())
            && after.is_none_or(|a| a.is_whitespace() || ".,;:!?)]\"”»'".contains(a));
        match open[m] {
            Some((o, len)) if closes && len == r - i => {
                marks[o..o + len].fill(true);
                marks[i..r].fill(true);
                open[m] = None;
            }
            _ if opens => open[m] = Some((i, r - i)),
            _ => {}
        }
        i = r;
    }
    marks
}
