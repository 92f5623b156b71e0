//! Which encoding a text file is in, decided on the evidence of its bytes (issue 14), and the
//! bytes that do not fit it.
//!
//! A file is UTF-8 when its bytes form more valid multibyte UTF-8 sequences than invalid
//! ones. One stray byte in a UTF-8 list (a cell pasted from a Windows-1252 file) is then
//! reported with its line and byte offset and becomes U+FFFD in its cell, instead of
//! turning every accented name of the file into "JosÃ©". A Windows-1252 (or Latin-1) file
//! almost never forms a valid multibyte sequence by chance — its accented letters are
//! single high bytes followed by ASCII — so its invalid sequences outnumber the valid ones
//! and it reads as Windows-1252. A byte-order mark or the mapping's encoding decide before
//! any of this.

use crate::list::ReadWarning;
use crate::mapping::Mapping;
use std::borrow::Cow;

/// Invalid bytes listed one by one at most; more are counted in one last warning.
const MAX_LISTED: usize = 100;

/// Decoded text, the encoding's name, and the bytes that were not text in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// "UTF-8", "UTF-8 (BOM)", "windows-1252", "UTF-16LE"...
    pub encoding: &'static str,
    /// One warning per invalid byte sequence (line and byte offset in the file); each is
    /// U+FFFD in the text.
    pub warnings: Vec<ReadWarning>,
}

impl Decoded<'_> {
    /// Whether some bytes were replaced by U+FFFD.
    pub fn replaced(&self) -> bool {
        !self.warnings.is_empty()
    }
}

/// How the bytes of a file stand as UTF-8: valid sequences of two to four bytes
/// (non-ASCII characters), and maximal invalid sequences, each as (byte offset, length)
/// when `positions` is asked for (a Windows-1252 file has millions: only counted).
fn evidence(bytes: &[u8], positions: bool) -> (usize, usize, Vec<(usize, usize)>) {
    let (mut multibyte, mut invalid, mut at) = (0, 0, Vec::new());
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        // A lead byte (0b11xxxxxx) starts each multibyte character.
        multibyte += valid.bytes().filter(|b| *b >= 0xC0).count();
        offset += valid.len();
        let bad = chunk.invalid();
        if !bad.is_empty() {
            invalid += 1;
            if positions {
                at.push((offset, bad.len()));
            }
            offset += bad.len();
        }
    }
    (multibyte, invalid, at)
}

/// Decodes text: the mapping's encoding if it names one; else a BOM (UTF-8, UTF-16); else
/// UTF-8 or Windows-1252 by the evidence (see the module doc). Windows-1252 also reads
/// Latin-1 text, as browsers do.
pub fn decode<'a>(bytes: &'a [u8], mapping: Option<&Mapping>) -> Decoded<'a> {
    if let Some(encoding) = mapping.and_then(|m| m.encoding) {
        if encoding == encoding_rs::UTF_8 {
            let rest = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            return utf8_lossy(rest, bytes.len() - rest.len(), encoding.name());
        }
        let (text, _) = encoding.decode_with_bom_removal(bytes);
        return plain(text, encoding.name());
    }
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        if encoding == encoding_rs::UTF_8 {
            return utf8_lossy(rest, bom_len, "UTF-8 (BOM)");
        }
        let (text, _) = encoding.decode_without_bom_handling(rest);
        return plain(text, encoding.name());
    }
    let (multibyte, invalid, _) = evidence(bytes, false);
    if invalid == 0 || multibyte > invalid {
        utf8_lossy(bytes, 0, "UTF-8")
    } else {
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
        plain(text, encoding_rs::WINDOWS_1252.name())
    }
}

fn plain<'a>(text: Cow<'a, str>, encoding: &'static str) -> Decoded<'a> {
    Decoded {
        text,
        encoding,
        warnings: Vec::new(),
    }
}

/// UTF-8 with each invalid sequence replaced by U+FFFD and reported; `base` is the offset
/// of `bytes` in the file (a BOM before them).
fn utf8_lossy<'a>(bytes: &'a [u8], base: usize, encoding: &'static str) -> Decoded<'a> {
    let text = String::from_utf8_lossy(bytes);
    if matches!(text, Cow::Borrowed(_)) {
        return plain(text, encoding);
    }
    let (_, _, invalid) = evidence(bytes, true);
    let mut warnings = Vec::with_capacity(invalid.len().min(MAX_LISTED + 1));
    let (mut line, mut counted) = (1usize, 0usize);
    for &(offset, len) in invalid.iter().take(MAX_LISTED) {
        line += bytes
            .get(counted..offset)
            .map_or(0, |s| s.iter().filter(|b| **b == b'\n').count());
        counted = offset;
        let shown: Vec<String> = bytes
            .get(offset..offset + len)
            .unwrap_or_default()
            .iter()
            .map(|b| format!("0x{b:02X}"))
            .collect();
        warnings.push(ReadWarning {
            line,
            offset: Some(base + offset),
            reason: format!(
                "{} is not UTF-8 (the rest of the file is): read as U+FFFD",
                shown.join(" ")
            ),
        });
    }
    if invalid.len() > MAX_LISTED {
        warnings.push(ReadWarning {
            line,
            offset: None,
            reason: format!(
                "{} more byte sequences that are not UTF-8, each read as U+FFFD",
                invalid.len() - MAX_LISTED
            ),
        });
    }
    Decoded {
        text,
        encoding,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn evidence_counts_characters_and_invalid_runs() {
        assert_eq!(evidence("José Núñez\n".as_bytes(), true), (3, 0, vec![]));
        let e = evidence(b"Jos\xE9 N\xFA\xF1ez", true);
        assert_eq!(e, (0, 3, vec![(3, 1), (6, 1), (7, 1)]));
        assert_eq!(evidence(b"Jos\xE9", false), (0, 1, vec![]));
    }

    #[test]
    fn a_stray_byte_in_a_utf8_file_is_reported_where_it_is() {
        // issue 14: one stray byte must not make the whole file Windows-1252.
        let mut bytes = "Nombre;Cédula\nJosé Núñez;V-1.234.567\n"
            .as_bytes()
            .to_vec();
        let at = bytes.len();
        bytes.extend_from_slice(b"Ana Pe\xF1a;V-7.654.321\n");
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.text.contains("José Núñez"));
        assert!(d.text.contains("Ana Pe\u{FFFD}a"));
        assert_eq!(d.warnings.len(), 1);
        assert_eq!(d.warnings[0].line, 3);
        assert_eq!(d.warnings[0].offset, Some(at + 6));
        assert!(d.warnings[0].reason.contains("0xF1"), "{}", d.warnings[0]);
    }

    #[test]
    fn a_windows_1252_file_stays_windows_1252() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("Nombre\nJosé Núñez\nIñaki Peña\n");
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("José Núñez") && d.text.contains("Iñaki Peña"));
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn the_offset_counts_the_bom() {
        let d = decode(b"\xEF\xBB\xBFNombre\nJos\xE9 \xC3\xA1\xC3\xA1\n", None);
        assert_eq!(d.encoding, "UTF-8 (BOM)");
        assert_eq!(d.warnings[0].offset, Some(3 + 10));
        assert_eq!(d.warnings[0].line, 2);
    }

    #[test]
    fn many_invalid_bytes_are_listed_up_to_a_limit() {
        let mut bytes = "ñ".repeat(1000).into_bytes();
        bytes.extend(std::iter::repeat_n(0xFFu8, 300).flat_map(|b| [b, b'\n']));
        let d = decode(&bytes, None);
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.warnings.len(), MAX_LISTED + 1);
        assert!(d.warnings[MAX_LISTED].reason.starts_with("200 more"));
    }

    proptest! {
        #[test]
        fn utf8_text_with_a_few_stray_bytes_stays_utf8(
            lines in proptest::collection::vec("[a-zA-Z ]{0,8}[áéíóúñÑ][a-z]{0,8}", 5..40),
            strays in proptest::collection::vec((any::<proptest::sample::Index>(), 0x80u8..=0xFF), 1..4),
        ) {
            let text = lines.join("\n");
            let mut bytes = text.clone().into_bytes();
            // Each stray byte goes between two ASCII bytes, so it stays one invalid byte.
            for (index, byte) in &strays {
                let between: Vec<usize> = (1..bytes.len())
                    .filter(|&i| bytes[i - 1].is_ascii() && bytes[i].is_ascii())
                    .collect();
                if let Some(&at) = between.get(index.index(between.len().max(1))) {
                    bytes.insert(at, *byte);
                }
            }
            let d = decode(&bytes, None);
            prop_assert_eq!(d.encoding, "UTF-8");
            prop_assert_eq!(d.warnings.len(), bytes.len() - text.len());
            prop_assert_eq!(d.text.replace('\u{FFFD}', ""), text);
        }

        #[test]
        fn windows_1252_text_reads_as_windows_1252(
            lines in proptest::collection::vec("[a-zA-Z ]{0,8}[áéíóúñÑ][a-z ]{1,8}", 3..40),
        ) {
            let text = lines.join("\n");
            let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
            let d = decode(&bytes, None);
            prop_assert_eq!(d.encoding, "windows-1252");
            prop_assert_eq!(d.text.as_ref(), text.as_str());
        }
    }
}
