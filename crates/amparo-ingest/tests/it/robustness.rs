//! No input makes the reader panic, and the counts always add up.

use amparo_ingest::{Mapping, read_list};
use proptest::prelude::*;

fn check(bytes: &[u8], name: &str, mapping: Option<&Mapping>) {
    if let Ok(read) = read_list(bytes, name, mapping) {
        assert!(read.is_accounted(), "{read:#?}");
        for row in &read.rows {
            assert!(!row.names.is_empty());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        for name in ["x.csv", "x.json", "x.jsonl", "x.xlsx", "x"] {
            check(&bytes, name, None);
        }
    }

    #[test]
    fn random_list_like_text_never_panics(
        cells in proptest::collection::vec(
            prop_oneof![
                Just("Nombre".to_owned()), Just("Apellidos".to_owned()), Just("Cédula".to_owned()),
                Just("Estado".to_owned()), Just("Fecha de detención".to_owned()),
                Just("Medidas".to_owned()), Just("Nacionalidad".to_owned()),
                Just("\"".to_owned()), Just(";".to_owned()), Just(",".to_owned()),
                Just("\n".to_owned()), Just("\r\n".to_owned()), Just("ñ".to_owned()),
                Just("31/02/2025".to_owned()), Just("8-ene-2026".to_owned()),
                Just("V-12.345.678".to_owned()), Just("excarcelado".to_owned()),
                Just("régimen de presentación cada 99999999999 días".to_owned()),
                Just("[".to_owned()), Just("{".to_owned()), Just("\u{feff}".to_owned()),
                "[a-zA-Z0-9 /.:~-]{0,12}",
                "\\PC{0,6}",
            ],
            0..80,
        )
    ) {
        let text = cells.concat();
        for name in ["x.csv", "x.json", "x.jsonl", "x.tsv"] {
            check(text.as_bytes(), name, None);
        }
        let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
        check(&cp1252, "x.csv", None);
    }

    #[test]
    fn mapping_text_never_panics(text in "\\PC{0,200}") {
        let _ = Mapping::parse(&text, "m.toml");
        let _ = Mapping::parse(&text, "m.json");
    }
}

#[test]
fn truncated_workbooks_are_errors_not_panics() {
    let path = format!("{}/tests/fixtures/lista.xlsx", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(path).unwrap();
    for cut in [4, 30, 100, bytes.len() / 2, bytes.len() - 10] {
        check(&bytes[..cut], "lista.xlsx", None);
    }
    let mut corrupted = bytes.clone();
    for i in (200..corrupted.len()).step_by(97) {
        corrupted[i] ^= 0x5A;
    }
    check(&corrupted, "lista.xlsx", None);
}
