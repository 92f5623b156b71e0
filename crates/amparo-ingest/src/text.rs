//! Text folding for matching headers and cell values: case, accents and punctuation do not
//! matter ("Cédula de Identidad", "CEDULA_DE_IDENTIDAD" and "cedula de identidad." fold
//! alike), and the placeholders lists write for "nothing known" ("N/A", "s/i", "-").

/// Lower-cases, strips Spanish and Portuguese accents (ñ → n), drops ordinal indicators
/// (N°, Nº), turns every other non-alphanumeric character into a space and collapses runs
/// of spaces. The result is ASCII-only for Latin text.
pub fn fold(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut space = true;
    for c in input.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'á' | 'à' | 'ä' | 'â' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            'º' | 'ª' | '°' => continue,
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        if mapped == ' ' {
            if !space {
                out.push(' ');
                space = true;
            }
        } else {
            out.push(mapped);
            space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

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
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("  Cédula de Identidad. "), "cedula de identidad");
        assert_eq!(fold("N° "), "n");
        assert_eq!(fold("Nº"), "n");
        assert_eq!(fold("FECHA_DE_DETENCIÓN"), "fecha de detencion");
        assert_eq!(fold("Españ@la"), "espan la");
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
