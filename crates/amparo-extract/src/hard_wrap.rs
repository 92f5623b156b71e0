//! Prose pasted from a PDF, its lines broken at the page's width: a line goes on in the next
//! ("…officers of the Directorate General of Military Counter-intelligence (DGCIM) arrested" /
//! "Mr. Sifontes Lugo at his home…"), and a name broken across lines is printed whole.

/// What ends a line that a hard wrap did not break.
const STOPS: [char; 9] = ['.', '!', '?', ':', ';', '"', '”', '»', ')'];

/// The width from which a line counts as filled to the page's width: 45 characters, or less for
/// a narrow column ("…el periodista Ramón Eduardo" / "Lugo Pérez, detenido desde"), three in five
/// of the length most long lines reach, but never under 24.
fn full_width(lines: &[&str]) -> usize {
    let mut lens: Vec<usize> = lines
        .iter()
        .map(|l| l.chars().count())
        .filter(|&n| n > 0)
        .collect();
    lens.sort_unstable();
    let p90 = lens.get(lens.len() * 9 / 10).copied().unwrap_or(0);
    (p90 * 3 / 5).clamp(24, 45)
}

/// The width from which a line counts as filled, when the text's prose is hard-wrapped, as a
/// PDF's or a narrow column's is: of its lines that wide followed by another line of text, at
/// least four, and most, end without a stop, and three in ten go on in lower case.
pub(crate) fn hard_wrapped(text: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let width = full_width(&lines);
    let (mut long, mut open, mut lower) = (0, 0, 0);
    for pair in lines.windows(2) {
        if pair[0].chars().count() >= width && !pair[1].trim().is_empty() {
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
    (open >= 4 && open * 2 > long && lower >= 3 && lower * 10 >= open * 3).then_some(width)
}

/// Whether the line ending at token `i` (its first token `first`) is a hard-wrapped line that
/// the next goes on: `width` long at least, without a stop, and the next no item.
pub(crate) fn goes_on(
    width: usize,
    text: &str,
    tokens: &[crate::text::Token<'_>],
    first: usize,
    i: usize,
) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let line = &text[tokens[first].start..tokens[i].end];
    // (Not a day and its month, "…at his home in Sibay on" / "14 January by officers…", "…el" /
    // "14 de enero".)
    let month = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| crate::dates::month(&t.folded).is_some())
    };
    let dated =
        month(i + 2) || (tokens.get(i + 2).is_some_and(|t| t.folded == "de") && month(i + 3));
    // (Nor a count that goes on in lower case: "Sentenced 19.02.2026 to" / "4 years in a
    // general-regime colony.")
    let counted = tokens
        .get(i + 2)
        .is_some_and(|t| t.kind == crate::text::TokenKind::Word && !t.capitalised);
    let item = matches!(next.text, "-" | "•" | "–" | "—" | "*" | "·" | "▪" | "|")
        || (next.kind == crate::text::TokenKind::Number && !dated && !counted);
    line.chars().count() >= width
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

/// Whether the number at `k` opening a line marks an item ("1.", "2)", "3 -"); not when it closes
/// a bracket the line before opened ("(Art.\n207.3). In custody since…", a page's text wrapped).
pub(crate) fn number_marker(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    let number = doc
        .tokens
        .get(k)
        .is_some_and(|t| t.kind == crate::text::TokenKind::Number);
    number && matches!(doc.f(k + 1), "." | ")" | "-") && !closes_bracket(doc, k)
}

/// Whether the token at `i` is a lower-case letter marking an item ("a. Ana Pérez;"): one
/// letter, its stop and a capitalised word after it. Capitals are left to initials ("J. Pérez");
/// "a)" opens notes below a table as often as items, and is left alone.
pub(crate) fn letter_marker(tokens: &[crate::text::Token<'_>], i: usize) -> bool {
    let letter = tokens.get(i).is_some_and(|t| {
        t.kind == crate::text::TokenKind::Word
            && t.text.len() == 1
            && t.text.chars().all(|c| c.is_ascii_lowercase())
    });
    // ("b) Josué Briceño Mora (22 años): misma medida…": or a bracket, not one opened before,
    // over a decision's terms after a colon; not a report's paragraph, "a) Francisco Obando.
    // Dirigente campesino…".)
    let bracket = tokens.get(i + 1).is_some_and(|t| t.text == ")")
        && tokens.get(i.wrapping_sub(1)).is_none_or(|t| t.text != "(")
        && tokens
            .iter()
            .skip(i + 2)
            .take(14)
            .take_while(|t| t.text != ".")
            .any(|t| t.text == ":");
    letter
        && (tokens.get(i + 1).is_some_and(|t| t.text == ".") || bracket)
        // (A name: not a clause or a duty, "a. That the authorities release…", "a. Presentarse
        // cada 15 días".)
        && tokens.get(i + 2).is_some_and(|t| {
            t.capitalised
                && (crate::lexicon::is_given_name(&t.folded)
                    || tokens.get(i + 3).is_some_and(|n| n.capitalised))
        })
}

pub(crate) fn closes_bracket(doc: &crate::text::Doc<'_>, k: usize) -> bool {
    doc.f(k + 1) == ")"
        && (k.saturating_sub(12)..k)
            .rev()
            .take_while(|&j| doc.f(j) != ")")
            .any(|j| doc.f(j) == "(")
}
