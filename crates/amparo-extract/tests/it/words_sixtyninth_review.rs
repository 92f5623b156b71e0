//! issue 13, sixty-ninth round: the black-box reviews' findings, mended, with invented names.

#[test]
fn issue_13_a_mother_leaving_the_prison_after_a_visit_is_not_released() {
    let x = crate::run(
        "Carmen Ocando, madre del sargento Julio Ocando, detenido desde 2019 y recluido en Ramo \
Verde, salió el 3 de mayo de 2024 de la cárcel tras visitarlo.",
        "2024-06-01",
    );
    assert!(crate::person(&x, "Carmen Ocando").is_none(), "{x:#?}");
    assert!(
        !crate::kinds_of(&x, "Julio Ocando").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_salio_de_alli_leaves_the_place_named_before() {
    let x = crate::run(
        "Confirmado por su defensa: el periodista Ramón Ugas, detenido desde marzo de 2025 en Zona \
7, salió de allí esta tarde hacia su casa en Los Teques, pero con arresto domiciliario.",
        "2025-12-24",
    );
    assert_eq!(
        crate::date_of(&x, "Ramón Ugas", "house_arrest"),
        "2025-12-24"
    );
}

#[test]
fn issue_13_a_teller_whose_son_was_taken_is_not_held() {
    let x = crate::run(
        "Me llamo Rosalba Quintana Mejías. Me detuvieron a mi hijo, Julio Ferrer Quintana, el 4 \
de febrero de 2022. Me lo condenaron a cinco años por \"terrorismo\".",
        "2023-05-10",
    );
    assert!(
        crate::person(&x, "Rosalba Quintana Mejías").is_none(),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_step_taken_before_an_arrest_keeps_its_day() {
    let x = crate::run(
        "El dirigente Omar Lander fue detenido tras presentarse el lunes 4 de marzo en la sede del \
Sebin.",
        "2024-03-10",
    );
    assert_eq!(crate::date_of(&x, "Omar Lander", "arrest"), "2024-03-04");
}

#[test]
fn issue_13_the_court_one_must_report_to_on_a_day_dates_no_release() {
    let x = crate::run(
        "Carlos Pernía was released and must report to court on Monday.",
        "2024-03-10",
    );
    assert_ne!(
        crate::date_of(&x, "Carlos Pernía", "conditional_release"),
        "2024-03-04"
    );
}

#[test]
fn issue_13_reporting_every_monday_is_no_day() {
    let x = crate::run(
        "El diácono Luis Ocón fue detenido anteayer a la salida de una misa en Condega y liberado \
esa misma noche, después de firmar un compromiso de no realizar actividades pastorales y de \
presentarse cada lunes en la estación policial.",
        "2025-10-06",
    );
    assert_eq!(
        crate::date_of(&x, "Luis Ocón", "conditional_release"),
        "2025-10-04"
    );
}

#[test]
fn issue_13_a_participle_heading_between_entries_is_no_entry_s_event() {
    let x = crate::run(
        "Ramón Díaz, 20, a student arrested in August 2024.\n\nReleased January 12\nLuisa Mora, 30, \
a lawyer arrested in June 2024, remains in Rodeo I.",
        "2026-01-13",
    );
    assert!(
        !crate::kinds_of(&x, "Ramón Díaz").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_one_convicted_of_extortion_who_shared_a_cell_is_still_out_of_scope() {
    let x = crate::run(
        "Wilmer Ochoa, condenado por extorsión, fue trasladado en mayo a Tocorón, donde compartió \
celda con el dirigente sindical Isidro Mata.",
        "2026-02-15",
    );
    assert!(crate::person(&x, "Wilmer Ochoa").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_thing_the_clitic_stands_for_is_not_moved() {
    let x = crate::run(
        "El periodista Lisandro Peña fue detenido el 10 de enero en Mérida. Su teléfono lo enviaron \
al Helicoide para peritaje.",
        "2026-02-15",
    );
    assert!(
        !crate::kinds_of(&x, "Lisandro Peña").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_after_the_arrest_a_later_move_in_the_same_sentence_is_one() {
    let x = crate::run(
        "A Gilberto Rueda lo detuvieron en Cumaná. Tras su detención lo llevaron al Helicoide, y \
en abril lo llevaron al Rodeo I.",
        "2026-02-15",
    );
    assert_eq!(
        crate::count_of(&x, "Gilberto Rueda", "transfer"),
        1,
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_minister_who_is_a_retired_general_still_holds_office() {
    let x = crate::run(
        "Minister Julio Cárdenas, a retired general, said on January 20 that Pedro Salas was \
arrested for terrorism.",
        "2025-02-10",
    );
    assert!(
        x.not_detainees
            .iter()
            .any(|n| n.name == "Julio Cárdenas" && n.why == "official"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_move_s_place_is_its_destination() {
    let x = crate::run(
        "El activista Víctor Ulloa fue detenido el 14 de febrero de 2024. Desde El Helicoide lo \
llevaron a Tocorón el 1 de marzo.",
        "2024-04-01",
    );
    let p = crate::person(&x, "Víctor Ulloa").expect("held");
    let moved = p.events.iter().find(|e| e.kind.as_str() == "transfer");
    assert_eq!(
        moved.and_then(|e| e.place.as_deref()),
        Some("Tocorón"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_commenter_who_tells_his_own_arrest_keeps_it() {
    let x = crate::run(
        "Journalist Ramón Guédez was arrested on April 18 in Barquisimeto.\n\nGloria Benítez\nI was \
also detained in March 2022, for three days.\n2h · Like · Reply · 4",
        "2024-04-20",
    );
    assert!(
        crate::kinds_of(&x, "Gloria Benítez").contains(&"arrest"),
        "{x:#?}"
    );
    assert_eq!(crate::date_of(&x, "Ramón Guédez", "arrest"), "2024-04-18");
    assert_eq!(crate::count_of(&x, "Ramón Guédez", "arrest"), 1, "{x:#?}");
}

#[test]
fn issue_13_a_commenter_s_son_s_arrest_is_no_one_else_s() {
    let x = crate::run(
        "Journalist Ramón Guédez was arrested on April 18 in Barquisimeto.\n\nAndrés Mejías\nMy son \
was arrested in 2022 and is still in Tocuyito.\n2h · Like · Reply · 4",
        "2024-04-20",
    );
    assert_eq!(crate::count_of(&x, "Ramón Guédez", "arrest"), 1, "{x:#?}");
}
