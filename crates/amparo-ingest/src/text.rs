//! Matching headers and cell values on folded text (the one [`fold`] of `amparo-text`: case,
//! accents and punctuation do not matter, "Cédula de Identidad" and "CEDULA_DE_IDENTIDAD"
//! fold alike), and the placeholders lists write for "nothing known" ("N/A", "s/i", "-").

pub use amparo_text::fold;

/// Whether a folded text contains `pattern` as whole words; a pattern ending in `*` matches
/// any word that starts with it ("abogad*" matches "abogada").
pub fn has_words(folded: &str, pattern: &str) -> bool {
    let (stem, prefix) = match pattern.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (pattern, false),
    };
    if stem.is_empty() {
        return false;
    }
    let bytes = folded.as_bytes();
    let mut from = 0;
    while let Some(pos) = folded.get(from..).and_then(|rest| rest.find(stem)) {
        let start = from + pos;
        let end = start + stem.len();
        let starts_word = start == 0 || bytes[start - 1] == b' ';
        let ends_word = prefix || end == bytes.len() || bytes[end] == b' ';
        if starts_word && ends_word {
            return true;
        }
        from = start + 1;
        while from < folded.len() && !folded.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// Whether a folded text contains any of the patterns (see [`has_words`]).
pub fn has_any(folded: &str, patterns: &[&str]) -> bool {
    patterns.iter().any(|p| has_words(folded, p))
}

/// Whether a cell says "nothing known" rather than a value: "-", "N/A", "n/d", "s/i",
/// "sin información", "desconocido", "null"... Such cells count as empty.
pub fn is_placeholder(raw: &str) -> bool {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return true;
    }
    if trimmed
        .chars()
        .all(|c| matches!(c, '-' | '—' | '–' | '?' | '.' | '_' | '*' | '/'))
    {
        return true;
    }
    // Every placeholder word starts with n, s, d or u: most cells are ruled out without
    // folding, which matters at a million rows.
    if trimmed.len() > 24 || !trimmed.starts_with(['n', 'N', 's', 'S', 'd', 'D', 'u', 'U']) {
        return false;
    }
    matches!(
        fold(trimmed).as_str(),
        "" | "n a"
            | "na"
            | "n d"
            | "nd"
            | "s d"
            | "s i"
            | "s n"
            | "sin informacion"
            | "sin info"
            | "sin datos"
            | "no disponible"
            | "no aplica"
            | "desconocido"
            | "desconocida"
            | "unknown"
            | "null"
            | "none"
            | "nil"
            | "nan"
            | "n n"
            | "nn"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_fold_serves_headers() {
        // issue 9: one fold for every crate; headers still fold as this crate needs.
        assert_eq!(fold("  Cédula de Identidad. "), "cedula de identidad");
        assert_eq!(fold("N° "), "n");
        assert_eq!(fold("FECHA_DE_DETENCIÓN"), "fecha de detencion");
    }

    #[test]
    fn matches_whole_words_and_prefixes() {
        assert!(has_words("sargento de la gnb", "gnb"));
        assert!(!has_words("gnbx", "gnb"));
        assert!(has_words("abogada penalista", "abogad*"));
        assert!(!has_words("el abogad", "bogad*"));
        assert!(has_words("defensor de ddhh", "defensor de ddhh"));
    }

    #[test]
    fn placeholders_are_empty() {
        for p in ["", " - ", "N/A", "s/i", "Sin información", "?", "NN"] {
            assert!(is_placeholder(p), "{p}");
        }
        assert!(!is_placeholder("Ana"));
        assert!(!is_placeholder("sí"));
    }
}
