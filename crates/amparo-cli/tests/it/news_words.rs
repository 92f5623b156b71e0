//! `amparo extract` and `amparo eval` without --json speak the reader's language, chosen as
//! for every command (--lang, else the locale): the labels, event types, certainty, roles,
//! reasons and counts are the catalogue's words, not the extraction format's English.

use crate::support::amparo;
use std::path::Path;

/// An invented article: an arrest and a transfer, a release with conditions, an announced
/// release, a relative, an official, a person held abroad for corruption, and a count.
const ARTICLE: &str = "CARACAS, 12 de marzo. El periodista Tomás Ferrer Lugo fue detenido el martes \
por funcionarios del SEBIN y trasladado a El Helicoide, denunció su hermana Ana Ferrer Lugo. La \
activista Carmen Rojas Peña fue excarcelada ayer con régimen de presentación cada 15 días. El \
gobierno anunció la excarcelación del sindicalista Pedro Salas Mena. El ministro Diosdado Pérez \
habló. Juan Pablo Ríos Mena, detenido en Madrid por la policía española por un delito de \
corrupción, sigue preso. La ONG Foro Inventado contabiliza 812 presos políticos al 11 de marzo \
de 2026.\n";

/// The words the command printed in English before it spoke the reader's language.
const ENGLISH: [&str; 12] = [
    "language:",
    "detainees:",
    "date unknown",
    "conditions:",
    "not detainees:",
    "counts:",
    "according to",
    "political_prisoners",
    "conditional_release",
    "journalist",
    "(announced)",
    "relative",
];

fn article() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("nota.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let file = file.to_str().unwrap().to_owned();
    (dir, file)
}

#[test]
fn extract_prints_a_spanish_reader_spanish_words() {
    let (_dir, file) = article();
    let args = ["extract", &file, "--published", "2026-03-12"];
    let (code, es, err) = amparo("es_VE.UTF-8", &args);
    assert_eq!(code, Some(0), "{err}");
    for spanish in [
        "idioma: español   publicado: 2026-03-12",
        "detenidos: 3",
        "Tomás Ferrer Lugo — periodista",
        "Detención",
        "Traslado",
        "en El Helicoide",
        "Excarcelación con medidas cautelares",
        "condiciones: con régimen de presentación cada 15 días",
        "sin fecha (anunciado, sin confirmar)",
        "nombrados, pero no detenidos:",
        "Ana Ferrer Lugo (familiar)",
        "Diosdado Pérez (autoridad o funcionario)",
        "fuera del alcance del registro:",
        "no es un detenido político",
        "cifras:",
        "812 presos políticos según La ONG Foro Inventado al 2026-03-11",
        "lugares:",
    ] {
        assert!(es.contains(spanish), "{spanish:?} missing:\n{es}");
    }
    for english in ENGLISH {
        assert!(!es.contains(english), "{english:?} in Spanish:\n{es}");
    }
}

#[test]
fn extract_prints_english_when_lang_asks_for_it() {
    let (_dir, file) = article();
    // The flag wins over a Spanish locale, as for every command.
    let args = [
        "--lang",
        "en",
        "extract",
        &file,
        "--published",
        "2026-03-12",
    ];
    let (code, en, err) = amparo("es_VE.UTF-8", &args);
    assert_eq!(code, Some(0), "{err}");
    for english in [
        "language: Spanish   published: 2026-03-12",
        "detainees: 3",
        "Tomás Ferrer Lugo — journalist",
        "Arrest",
        "at El Helicoide",
        "Release with court-imposed measures",
        "conditions: con régimen de presentación cada 15 días",
        "no date (announced, unconfirmed)",
        "Ana Ferrer Lugo (relative)",
        "812 political prisoners according to La ONG Foro Inventado as of 2026-03-11",
    ] {
        assert!(en.contains(english), "{english:?} missing:\n{en}");
    }
    // The format's identifiers are not words.
    for id in ["conditional_release", "political_prisoners", "date unknown"] {
        assert!(!en.contains(id), "{id:?}:\n{en}");
    }
}

#[test]
fn eval_extract_prints_a_table_in_spanish() {
    let dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../amparo-extract/tests/fixtures/extract");
    let (code, es, err) = amparo("es_VE.UTF-8", &["eval", "extract", dir.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    assert!(es.starts_with("Evaluación de la extracción sobre "), "{es}");
    for spanish in [
        "español",
        "inglés",
        "total",
        "personas: precisión",
        "personas: exhaustividad",
        "hechos (persona y tipo): F1",
        "fechas correctas",
        "cifras: precisión",
        "no detenidos tomados por detenidos",
        "textos que no se pudieron leer",
        // A figure with the decimal comma.
        "1,000",
    ] {
        assert!(es.contains(spanish), "{spanish:?} missing:\n{es}");
    }
    for english in ["person_p=", "texts=", "negatives_as_detainees", "errors="] {
        assert!(!es.contains(english), "{english:?} in Spanish:\n{es}");
    }
}

#[test]
fn news_errors_are_in_the_readers_language() {
    let (_dir, file) = article();
    let (code, _, err) = amparo("es_VE.UTF-8", &["extract", "no-existe.txt"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no se puede leer no-existe.txt"), "{err}");
    let (code, _, err) = amparo("es_VE.UTF-8", &["extract", &file, "--text-lang", "fr"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("idioma del texto no válido «fr»"), "{err}");
    let (_, _, err) = amparo("en_US.UTF-8", &["extract", &file, "--text-lang", "fr"]);
    assert!(err.contains("invalid text language \"fr\""), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let bytes = dir.path().join("latin1.txt");
    std::fs::write(&bytes, b"Mar\xeda fue detenida.\n").unwrap();
    let (code, _, err) = amparo("es_VE.UTF-8", &["extract", bytes.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert!(err.contains("no es texto UTF-8"), "{err}");
}
