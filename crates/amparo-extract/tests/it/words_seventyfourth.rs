//! issue 13, seventy-fourth round: forms read from blind96 (spent), written anew with invented
//! names.

#[test]
fn issue_13_a_live_pages_coverage_team_is_no_list_of_the_freed() {
    let x = crate::run(
        "EN VIVO\n\nLiberaciones en Venezuela: minuto a minuto\n\nEquipo de cobertura: \
Rebeca Tirado y Anselmo Duque (Caracas), Lorena Pinzón (Maracay), Teodoro Blanco (edición)\n\n\
10:40 | Sale del Rodeo I el concejal Wilfredo Arcila, detenido desde marzo.",
        "2026-01-11",
    );
    for name in [
        "Rebeca Tirado",
        "Anselmo Duque",
        "Lorena Pinzón",
        "Teodoro Blanco",
    ] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
    assert!(crate::person(&x, "Wilfredo Arcila").is_some(), "{x:#?}");
}

#[test]
fn issue_13_a_bare_surname_after_a_younger_brother_is_still_the_captains() {
    let x = crate::run(
        "Captain Rodrigo Ismael Ferrero was arrested at his base on March 3, 2025. Two days \
later agents came for his younger brother, Julián Ferrero, a baker, and released him on March 9 \
without charges. On October 2, 2025, a military court sentenced Ferrero to 20 years.",
        "2026-01-20",
    );
    assert!(
        crate::kinds_of(&x, "Rodrigo Ismael Ferrero").contains(&"sentence"),
        "{x:#?}"
    );
    assert!(
        crate::person(&x, "Julián Ferrero").is_none_or(|p| !crate::kinds(p).contains(&"sentence")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_one_left_behind_at_a_prison_was_not_released() {
    let x = crate::run(
        "Lieutenant Octavio Rengifo was moved to Rodeo I on May 4, 2025. His co-defendant, \
Sergeant Aníbal Carrasquero, was left behind at Ramo Verde, where, according to his family, he \
remains.",
        "2026-01-19",
    );
    assert!(
        crate::person(&x, "Aníbal Carrasquero")
            .is_none_or(|p| !crate::kinds(p).contains(&"release")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_government_releasing_prisoners_frees_no_named_relative() {
    let x = crate::run(
        "Captain Heriberto Solano has been held since 2024. When the government began releasing \
prisoners in early January, his wife, Graciela Solano, went to the prison gate every day.",
        "2026-01-19",
    );
    assert!(crate::person(&x, "Graciela Solano").is_none(), "{x:#?}");
}

#[test]
fn issue_13_an_exiled_human_rights_monitor_quoted_is_no_exile() {
    let x = crate::run(
        "The regime freed nine prisoners on Friday, among them the student Mayra Lacayo. An \
exiled human rights monitor, Evaristo Matamoros Rivas, said the release changed nothing.",
        "2025-09-06",
    );
    assert!(
        crate::person(&x, "Evaristo Matamoros Rivas").is_none(),
        "{x:#?}"
    );
}

#[test]
fn issue_13_one_taken_back_to_prison_after_parole_is_arrested_again() {
    let x = crate::run(
        "Wilber Sosa Fajardo, a taxi driver jailed over the 2021 protests and paroled in \
January, was taken back to prison on Tuesday, April 8, his partner said.",
        "2025-04-10",
    );
    let kinds = crate::kinds_of(&x, "Wilber Sosa Fajardo");
    assert!(kinds.contains(&"arrest"), "{x:#?}");
    assert!(!kinds.contains(&"transfer"), "{x:#?}");
}

#[test]
fn issue_13_one_taken_back_to_prison_from_the_hospital_is_moved() {
    let x = crate::run(
        "The unionist Leoncio Barrera was taken back to prison from the hospital on Monday, \
April 7, his lawyer said.",
        "2025-04-10",
    );
    assert!(
        crate::kinds_of(&x, "Leoncio Barrera").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_volvio_a_prision_is_an_arrest() {
    let x = crate::run(
        "La activista Nereida Pacheco, excarcelada en enero, volvió a prisión el 12 de marzo \
tras la revocación de su medida cautelar.",
        "2025-04-10",
    );
    assert_eq!(
        crate::date_of(&x, "Nereida Pacheco", "arrest"),
        "2025-03-12"
    );
}
