//! The committed weights find people in invented sentences, in both languages.

use std::sync::LazyLock;

use amparo_ner::{EntityLabel, Lang, Tagger, conll_language, detect};
use proptest::prelude::*;

static SPANISH: LazyLock<Tagger> = LazyLock::new(|| Tagger::bundled(Lang::Es).unwrap());

fn people(lang: Lang, text: &str) -> Vec<String> {
    let tagger = Tagger::bundled(lang).unwrap();
    tagger
        .entities(text)
        .into_iter()
        .filter(|e| e.label == EntityLabel::Per)
        .map(|e| {
            assert_eq!(&text[e.start..e.end], e.text);
            e.text
        })
        .collect()
}

#[test]
fn spanish_model_finds_the_detained_lawyer() {
    let text = "La abogada Marta Quintero Salas fue detenida por el SEBIN en Caracas.";
    assert_eq!(people(Lang::Es, text), ["Marta Quintero Salas"]);
    let places: Vec<String> = Tagger::bundled(Lang::Es)
        .unwrap()
        .entities(text)
        .into_iter()
        .filter(|e| e.label == EntityLabel::Loc)
        .map(|e| e.text)
        .collect();
    assert_eq!(places, ["Caracas"]);
}

#[test]
fn english_model_finds_the_arrested_lawyer() {
    assert_eq!(
        people(Lang::En, "Lawyer Tomás Ferrer was arrested in Valencia."),
        ["Tomás Ferrer"]
    );
}

#[test]
fn both_models_load_and_tag_empty_input() {
    for lang in [Lang::Es, Lang::En] {
        let tagger = Tagger::bundled(lang).unwrap();
        assert_eq!(tagger.model().lang(), lang);
        assert!(tagger.entities("").is_empty());
        assert!(tagger.tag_tokens(&[]).is_empty());
    }
}

#[test]
fn detects_spanish_and_english() {
    assert_eq!(
        detect("La abogada fue detenida por el SEBIN en la noche del jueves."),
        Lang::Es
    );
    assert_eq!(
        detect("The lawyer was arrested by the police on Thursday night."),
        Lang::En
    );
    assert_eq!(detect(""), Lang::Es);
}

#[test]
fn conll_language_reads_the_token_column_only() {
    // application-layer issue: `amparo eval ner` on the English CoNLL test file without
    // --lang must pick the English model; the tag column ("O", "B-PER") must not count.
    let english = "-DOCSTART- -X- -X- O\n\n1\tSOCCER\tO\n2\t-\tO\n3\tJapan\tB-LOC\n4\tget\tO\n5\tlucky\tO\n6\twin\tO\n7\tand\tO\n8\tthe\tO\n9\tcoach\tO\n10\tsaid\tO\n11\tit\tO\n12\twas\tO\n13\tfor\tO\n14\tthe\tO\n15\tteam\tO\n";
    assert_eq!(conll_language(english), Lang::En);
    let spanish = "1\tLa\tO\n2\tabogada\tO\n3\tfue\tO\n4\tdetenida\tO\n5\ten\tO\n6\tla\tO\n7\tsede\tO\n8\tdel\tO\n9\tSEBIN\tB-ORG\n";
    assert_eq!(conll_language(spanish), Lang::Es);
}

#[test]
fn upper_case_headlines_still_yield_the_person() {
    // Official lists and headlines print names in capitals; training adds upper-cased copies.
    assert_eq!(
        people(
            Lang::En,
            "VENEZUELAN LAWYER TOMÁS FERRER ARRESTED IN VALENCIA"
        ),
        ["TOMÁS FERRER"]
    );
}

#[test]
fn a_later_bare_surname_is_still_a_person() {
    // Document context: "Quintero" opens the second sentence but was a surname before.
    let text = "La abogada Marta Quintero fue detenida el martes. Quintero denunció maltratos.";
    assert_eq!(people(Lang::Es, text), ["Marta Quintero", "Quintero"]);
}

proptest! {
    /// Any text: no panic, entities in order, each an exact non-empty slice of the text.
    #[test]
    fn entities_are_exact_slices(text in "[A-Za-zÁÉÍÓÚáéíóúñÑ .,«»\"'()\n-]{0,120}") {
        let mut last_end = 0;
        for entity in SPANISH.entities(&text) {
            prop_assert!(entity.start >= last_end && entity.end > entity.start);
            prop_assert_eq!(text.get(entity.start..entity.end), Some(entity.text.as_str()));
            last_end = entity.end;
        }
    }
}
