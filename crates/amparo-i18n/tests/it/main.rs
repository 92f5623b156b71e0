//! amparo-i18n: the catalogue is complete in both languages, lookups never fail, the
//! language is negotiated as browsers and locales ask, dates read as people write them.

use amparo_i18n::{
    Args, DOMAINS, LANGS, Lang, date_long, domain_keys, has, keys, negotiate, number, t,
};
use chrono::NaiveDate;

#[test]
fn every_key_exists_in_both_languages() {
    let es = keys(Lang::Es);
    let en = keys(Lang::En);
    assert!(
        es.len() > 100,
        "the catalogue looks empty: {} keys",
        es.len()
    );
    let only_es: Vec<_> = es.iter().filter(|k| !en.contains(k)).collect();
    let only_en: Vec<_> = en.iter().filter(|k| !es.contains(k)).collect();
    assert!(only_es.is_empty(), "missing in English: {only_es:?}");
    assert!(only_en.is_empty(), "missing in Spanish: {only_en:?}");
    for lang in LANGS {
        for key in keys(lang) {
            assert!(has(lang, &key), "{key} does not load in {lang}");
        }
    }
}

#[test]
fn every_domain_has_the_same_keys_in_both_languages_and_no_key_in_two_domains() {
    let mut seen: Vec<String> = Vec::new();
    for domain in DOMAINS {
        let es = domain_keys(Lang::Es, domain);
        let en = domain_keys(Lang::En, domain);
        assert!(
            !es.is_empty(),
            "the {domain} domain is empty or does not parse"
        );
        assert_eq!(
            es, en,
            "the {domain} domain differs between Spanish and English"
        );
        // One bundle holds every domain: a key repeated in another would be dropped.
        let repeated: Vec<_> = es.iter().filter(|k| seen.contains(k)).collect();
        assert!(repeated.is_empty(), "{domain} repeats keys: {repeated:?}");
        seen.extend(es);
    }
    assert_eq!(seen.len(), keys(Lang::Es).len());
}

#[test]
fn a_category_word_falls_back_to_its_identifier() {
    assert_eq!(
        amparo_i18n::word(Lang::Es, "custody", "in-exile"),
        "en el exilio"
    );
    assert_eq!(
        amparo_i18n::word(Lang::En, "custody", "in-exile"),
        "in exile"
    );
    assert_eq!(
        amparo_i18n::word(Lang::Es, "custody", "new-state"),
        "new-state"
    );
}

#[test]
fn a_missing_key_comes_back_as_the_key() {
    assert_eq!(t(Lang::Es, "no-such-key", &Args::new()), "no-such-key");
    // A missing argument is not a panic either.
    let text = t(Lang::En, "footer-contact", &Args::new());
    assert!(text.starts_with("Contact the organisation"), "{text}");
}

#[test]
fn plurals_and_gender_select_the_right_words() {
    let one = t(Lang::Es, "lookup-results", &Args::new().num("count", 1));
    let many = t(Lang::Es, "lookup-results", &Args::new().num("count", 7));
    assert_eq!(one, "Una persona coincide con su búsqueda.");
    assert_eq!(many, "7 personas coinciden con su búsqueda.");
    let date = date_long(Lang::Es, NaiveDate::from_ymd_opt(2026, 1, 8).unwrap());
    let released = t(
        Lang::Es,
        "status-released-with-measures",
        &Args::new()
            .text("sex", "female")
            .text("precision", "day")
            .text("date", date),
    );
    assert_eq!(released, "Excarcelada el 8 de enero de 2026");
    let held = t(
        Lang::Es,
        "status-in-custody",
        &Args::new()
            .text("sex", "male")
            .text("precision", "month")
            .text("date", "agosto de 2024"),
    );
    assert_eq!(held, "Detenido desde agosto de 2024");
}

#[test]
fn dates_are_written_in_words() {
    let day = NaiveDate::from_ymd_opt(2026, 1, 8).unwrap();
    assert_eq!(date_long(Lang::Es, day), "8 de enero de 2026");
    assert_eq!(date_long(Lang::En, day), "8 January 2026");
    assert_eq!(
        amparo_i18n::partial_date(Lang::Es, "2024-08"),
        "agosto de 2024"
    );
    assert_eq!(amparo_i18n::partial_date(Lang::En, "2024"), "2024");
    assert_eq!(amparo_i18n::partial_date(Lang::En, "2024-13"), "2024-13");
}

#[test]
fn numbers_group_thousands_as_each_language_does() {
    assert_eq!(number(Lang::Es, 863), "863");
    assert_eq!(number(Lang::Es, 1234), "1234");
    assert_eq!(number(Lang::Es, 100_000), "100.000");
    assert_eq!(number(Lang::En, 100_000), "100,000");
    assert_eq!(number(Lang::En, -1234), "-1,234");
}

#[test]
fn the_language_is_negotiated_explicit_first_then_the_browser_then_spanish() {
    assert_eq!(negotiate(None, None), Lang::Es);
    assert_eq!(negotiate(None, Some("en-GB,en;q=0.9")), Lang::En);
    assert_eq!(negotiate(None, Some("fr-FR, en;q=0.5, es;q=0.8")), Lang::Es);
    assert_eq!(negotiate(None, Some("de, fr")), Lang::Es);
    assert_eq!(negotiate(Some("en"), Some("es")), Lang::En);
    assert_eq!(negotiate(Some("xx"), Some("en")), Lang::En);
    assert_eq!(negotiate(None, Some("es;q=0, en;q=0.1")), Lang::En);
    assert_eq!(amparo_i18n::from_locale("es_VE.UTF-8"), Some(Lang::Es));
    assert_eq!(amparo_i18n::from_locale("en_US.UTF-8"), Some(Lang::En));
    assert_eq!(amparo_i18n::from_locale("C"), None);
}

proptest::proptest! {
    #[test]
    fn any_header_or_key_is_answered_without_panicking(text in ".{0,80}") {
        let _ = negotiate(Some(&text), Some(&text));
        let _ = t(Lang::En, &text, &Args::new().text("x", text.clone()));
    }
}

/// A note the ingest stored with a proposal was English text, shown as such on the Spanish
/// review page; notes are stored as catalogue keys and read in the reader's language, while
/// notes written by people (or stored by older versions) come back as they are.
#[test]
fn stored_notes_are_read_in_the_readers_language() {
    assert_eq!(
        amparo_i18n::stored_note(Lang::Es, "note-count-stated:released"),
        "una cifra que da el texto (released)"
    );
    assert!(
        amparo_i18n::stored_note(Lang::En, "note-release-conditions-unknown")
            .starts_with("the text does not say")
    );
    for as_is in ["llamó la familia", "note-no-such-key", "a: b", ""] {
        assert_eq!(amparo_i18n::stored_note(Lang::Es, as_is), as_is);
    }
}
