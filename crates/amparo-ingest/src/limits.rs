//! How much of a cell is read: hostile or broken files (a 150 MB "name") must cost time
//! linear in their size and never reach code that looks at a cell twice (issue 14).

/// A name cell longer than this many characters rejects its row: the longest real
/// Spanish names (four given names, two compound surnames with particles) stay under 120,
/// and a name is compared, indexed and shown everywhere, so it is never cut silently.
pub const MAX_NAME_CHARS: usize = 300;

/// Any other cell is cut to this many characters, with a warning on the row: notes and
/// descriptions run to a few paragraphs at most, and the row keeps everything else.
pub const MAX_CELL_CHARS: usize = 10_000;

/// A table with more header cells than this is not a person list: the file is refused
/// rather than planned column by column.
pub const MAX_COLUMNS: usize = 1_000;

/// The text cut to `max` characters, and its length in characters when it was cut. One
/// pass over the text.
pub fn capped(text: &str, max: usize) -> (&str, Option<usize>) {
    if text.len() <= max {
        // No more characters than bytes: most cells end here without a scan.
        return (text, None);
    }
    match text.char_indices().nth(max) {
        Some((end, _)) => (&text[..end], Some(max + text[end..].chars().count())),
        None => (text, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cuts_on_a_character_boundary_and_says_how_long_it_was() {
        assert_eq!(capped("Núñez", 10), ("Núñez", None));
        assert_eq!(capped("Núñez", 2), ("Nú", Some(5)));
        assert_eq!(capped("", 0), ("", None));
    }
}
