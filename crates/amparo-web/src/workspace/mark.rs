//! Passages of a text marked for the reader: a proposal's sentence inside its source, each
//! fact's excerpt inside the stored original. The text comes back as pieces, each marked
//! or not, so the template escapes every piece and wraps the marked ones in `<mark>`.

/// A piece of text, marked or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub marked: bool,
}

/// Where `excerpt` is in `text`, as a byte range: at the locator's character offsets
/// ("chars 120-188", as extraction writes them) when the excerpt is there, else its first
/// occurrence.
pub fn find(text: &str, excerpt: &str, locator: Option<&str>) -> Option<(usize, usize)> {
    let excerpt = excerpt.trim();
    if excerpt.is_empty() {
        return None;
    }
    let by_locator = locator
        .and_then(|l| l.strip_prefix("chars "))
        .and_then(|r| r.split_once('-'))
        .and_then(|(a, b)| {
            Some((
                a.trim().parse::<usize>().ok()?,
                b.trim().parse::<usize>().ok()?,
            ))
        })
        .and_then(|(a, b)| {
            let byte = |c: usize| {
                text.char_indices()
                    .map(|(i, _)| i)
                    .chain(std::iter::once(text.len()))
                    .nth(c)
            };
            let (start, end) = (byte(a)?, byte(b)?);
            let slice = text.get(start..end)?;
            let within = slice.find(excerpt)?;
            Some((start + within, start + within + excerpt.len()))
        });
    by_locator.or_else(|| text.find(excerpt).map(|s| (s, s + excerpt.len())))
}

/// `text` cut into pieces with `ranges` (byte ranges, in any order, overlapping or not)
/// marked.
pub fn pieces(text: &str, ranges: &[(usize, usize)]) -> Vec<Piece> {
    let mut sorted: Vec<(usize, usize)> = ranges
        .iter()
        .copied()
        .filter(|(a, b)| a < b && text.is_char_boundary(*a) && text.is_char_boundary(*b))
        .collect();
    sorted.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in sorted {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    let mut out = Vec::new();
    let mut at = 0;
    for (a, b) in merged {
        if a > at {
            out.push(Piece {
                text: text[at..a].to_owned(),
                marked: false,
            });
        }
        out.push(Piece {
            text: text[a..b].to_owned(),
            marked: true,
        });
        at = b;
    }
    if at < text.len() {
        out.push(Piece {
            text: text[at..].to_owned(),
            marked: false,
        });
    }
    out
}

/// The paragraph of `text` around the byte range, with the range marked; at most `room`
/// bytes either side of it, cut at a word.
pub fn around(text: &str, range: (usize, usize), room: usize) -> Vec<Piece> {
    let (a, b) = range;
    let mut start = text[..a].rfind("\n\n").map_or(0, |i| i + 2);
    let (mut cut_start, mut cut_end) = (false, false);
    if a - start > room {
        cut_start = true;
        start = a - room;
        while !text.is_char_boundary(start) {
            start += 1;
        }
        start = text[start..a].find(' ').map_or(start, |i| start + i + 1);
    }
    let mut end = text[b..].find("\n\n").map_or(text.len(), |i| b + i);
    if end - b > room {
        cut_end = true;
        end = b + room;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        end = text[b..end].rfind(' ').map_or(end, |i| b + i);
    }
    let mut out = Vec::new();
    if cut_start {
        out.push(Piece {
            text: "…".into(),
            marked: false,
        });
    }
    out.extend(pieces(&text[start..end], &[(a - start, b - start)]));
    if cut_end {
        out.push(Piece {
            text: "…".into(),
            marked: false,
        });
    }
    out
}

/// The excerpt alone, marked: when the source's original is not stored or lost it.
pub fn alone(excerpt: &str) -> Vec<Piece> {
    vec![Piece {
        text: excerpt.to_owned(),
        marked: true,
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locator_finds_the_right_one_of_two_equal_sentences() {
        let text = "Ñandú salió. Ana salió. Ana salió.";
        let second = text.rfind("Ana salió.").unwrap();
        let chars = text[..second].chars().count();
        let locator = format!("chars {}-{}", chars, chars + 10);
        assert_eq!(
            find(text, "Ana salió.", Some(&locator)),
            Some((second, second + 11))
        );
        let first = text.find("Ana salió.").unwrap();
        assert_eq!(find(text, "Ana salió.", None), Some((first, first + 11)));
        assert_eq!(find(text, "nadie", None), None);
    }

    #[test]
    fn overlapping_ranges_make_one_mark() {
        let p = pieces("abcdefgh", &[(1, 3), (2, 5), (7, 8)]);
        let shown: Vec<(&str, bool)> = p.iter().map(|p| (p.text.as_str(), p.marked)).collect();
        assert_eq!(
            shown,
            [("a", false), ("bcde", true), ("fg", false), ("h", true)]
        );
    }

    #[test]
    fn around_keeps_the_paragraph_and_cuts_long_ones_at_words() {
        let text =
            "Otro párrafo.\n\nEl lunes fue excarcelada Ana Pérez en Caracas, dijo su abogado.";
        let (a, b) = find(text, "fue excarcelada Ana Pérez", None).unwrap();
        let p = around(text, (a, b), 200);
        assert_eq!(p[0].text, "El lunes ");
        assert!(p[1].marked);
        let cut = around(text, (a, b), 8);
        assert_eq!(cut.first().unwrap().text, "…");
        assert_eq!(cut.last().unwrap().text, "…");
    }
}
