//! issue 13, twenty-eighth round: Russian and Belarusian short terms, a correction told under a
//! heading of its own (with what a reviewer who never read the source found in them, mended).
//! Invented names only.

use crate::kinds_of;

#[test]
fn issue_13_days_of_administrative_arrest_are_a_sentence() {
    let x = crate::run(
        "MOSCOW. Yegor Filinov, 19, a student, was detained yesterday evening after laying flowers at a memorial. This morning Tverskoy court gave him 12 days of administrative arrest for \"violating the rules for public events\".",
        "2026-02-16",
    );
    assert!(
        kinds_of(&x, "Yegor Filinov").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_term_served_is_no_new_sentence() {
    let x = crate::run(
        "Activist Ihar Barsuk has been released today after serving 15 days of administrative arrest for \"distributing extremist materials\".",
        "2026-02-16",
    );
    assert!(!kinds_of(&x, "Ihar Barsuk").contains(&"sentence"), "{x:#?}");
}

#[test]
fn issue_13_a_correction_under_its_own_heading_denies_the_release() {
    let x = crate::run(
        "✏️ CORRECTION. Earlier today a forwarded post said Yulia Zaitova had been freed. That is wrong: her hearing was postponed to 2 March.",
        "2026-02-16",
    );
    assert!(
        crate::person(&x, "Yulia Zaitova").is_none_or(|p| !crate::kinds(p).contains(&"release")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_short_term_in_words_is_a_sentence_and_one_faced_is_none() {
    let x = crate::run(
        "Police detained pensioner Nikolai Guselnikov in Vitebsk on 12 March. A judge gave him fifteen days of administrative arrest.",
        "2024-03-25",
    );
    assert!(
        kinds_of(&x, "Nikolai Guselnikov").contains(&"sentence"),
        "{x:#?}"
    );
    let x = crate::run(
        "Police detained Kirill Avdeyenko at a picket on 8 March. He faces up to 15 days of administrative arrest.",
        "2024-03-25",
    );
    assert!(
        !kinds_of(&x, "Kirill Avdeyenko").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_spanish_correction_heading_denies_the_claim_after_it() {
    let x = crate::run(
        "✏️ CORRECCIÓN. Un mensaje reenviado afirmó esta mañana que Lucía Ferreira Solís había sido liberada. Es falso.",
        "2024-03-25",
    );
    assert!(
        crate::person(&x, "Lucía Ferreira Solís")
            .is_none_or(|p| !crate::kinds(p).contains(&"release")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_all_after_a_sources_clause_is_the_group_not_the_source() {
    let x = crate::run(
        "Un grupo de 19 personas detenidas durante las protestas fue excarcelado la madrugada de este sábado. De acuerdo con la abogada Lisbeth Anzoátegui, que asiste a varias de las familias, todos salieron con medida cautelar: régimen de presentación cada 30 días.\n\nEstos son sus nombres:\n1. PÉREZ MORALES, JESÚS ALBERTO\n2. GUEVARA LINARES, YORGELIS DEL CARMEN",
        "2025-01-12",
    );
    assert!(crate::person(&x, "Lisbeth Anzoátegui").is_none(), "{x:#?}");
    assert!(
        kinds_of(&x, "PÉREZ MORALES, JESÚS ALBERTO").contains(&"conditional_release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_all_right_after_the_names_is_those_names() {
    let x = crate::run(
        "Se trata de los señores Jhon Fredy Cárdenas Osorio y Wilson Ferney Quintana, todos detenidos en distintos momentos de 2025 en el estado Táchira.",
        "2025-12-01",
    );
    assert!(
        kinds_of(&x, "Wilson Ferney Quintana").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_month_ending_a_bodys_name_is_no_date() {
    let x = crate::run(
        "El colectivo Madres de Abril confirmó la excarcelación de la maestra Mayra Lisseth Zelayeta.",
        "2025-06-13",
    );
    assert_ne!(
        crate::date_of(&x, "Mayra Lisseth Zelayeta", "release"),
        "2025-04",
        "{x:#?}"
    );
}
