//! Prose pasted from a PDF, its lines broken at the page's width: a line goes on in the next
//! ("…officers of the Directorate General of Military Counter-intelligence (DGCIM) arrested" /
//! "Mr. Sifontes Lugo at his home…"), and a name broken across lines is printed whole.

/// What ends a line that a hard wrap did not break.
const STOPS: [char; 9] = ['.', '!', '?', ':', ';', '"', '”', '»', ')'];

/// Whether the text's prose is hard-wrapped, as a PDF's is: of its lines of 45 characters or
/// more followed by another line of text, at least four, and most, end without a stop.
pub(crate) fn hard_wrapped(text: &str) -> bool {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let (mut long, mut open, mut lower) = (0, 0, 0);
    for pair in lines.windows(2) {
        if pair[0].chars().count() >= 45 && !pair[1].trim().is_empty() {
            long += 1;
            if !pair[0].ends_with(STOPS) {
                open += 1;
                // (Prose wrapped mid-sentence goes on in lower case, a list's next line opens on
                // a name.)
                if pair[1].trim_start().starts_with(char::is_lowercase) {
                    lower += 1;
                }
            }
        }
    }
    open >= 4 && open * 2 > long && lower >= 3 && lower * 10 >= open * 3
}

/// Whether the line ending at token `i` (its first token `first`) is a hard-wrapped line that
/// the next goes on: long, without a stop, and the next no item.
pub(crate) fn goes_on(
    text: &str,
    tokens: &[crate::text::Token<'_>],
    first: usize,
    i: usize,
) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let line = &text[tokens[first].start..tokens[i].end];
    let item = matches!(next.text, "-" | "•" | "–" | "—" | "*" | "·" | "▪" | "|")
        || next.kind == crate::text::TokenKind::Number;
    line.chars().count() >= 45
        && !tokens[i].text.ends_with(STOPS)
        && !item
        && !line.contains('\t')
        && !line.contains(" | ")
        // (A spaced table's columns; not a paragraph's number set off: "4.   Ramón…".)
        && !line
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
            .trim_start()
            .contains("   ")
}

/// A name as printed across a PDF's line breaks: "Rodrí-\nguez" whole, "José\nRamiro" with one
/// space.
pub(crate) fn printed(span: &str) -> String {
    span.replace("-\n", "")
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
