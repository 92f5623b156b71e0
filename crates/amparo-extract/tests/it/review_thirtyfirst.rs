//! issue 13, thirty-first round: what the review of the round's frozen binary found (a helper
//! who read no source wrote the probes). Invented names only.

use crate::kinds_of;

#[test]
fn issue_13_desterro_with_the_day_and_the_place_between() {
    let x = crate::run(
        "MANAGUA.- El régimen desterró el sábado a Guatemala a 28 presos políticos, entre ellos el párroco Anselmo Quiroz Lagos y el periodista Ramiro Téllez Urbina.",
        "2026-01-12",
    );
    assert_eq!(
        crate::date_of(&x, "Ramiro Téllez Urbina", "exile"),
        "2026-01-10",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_tables_state_column_holds_regions_not_statuses() {
    let x = crate::run(
        "Lista de presos políticos excarcelados el 14 de enero de 2026:\n\n| N° | Nombre | Cédula | Estado | Centro de reclusión |\n|---|---|---|---|---|\n| 1 | Anselmo Rafael Quiroga Tapia | V-12.345.678 | Carabobo | Tocuyito |\n| 2 | Dilcia Maribel Orozco Fermín | V-14.222.111 | Zulia | Rodeo I |",
        "2026-01-16",
    );
    assert_eq!(
        crate::date_of(&x, "Dilcia Maribel Orozco Fermín", "release"),
        "2026-01-14",
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_list_of_those_freed_over_its_names() {
    let x = crate::run(
        "Foro Penal publicó el miércoles la lista de excarcelados del martes:\n\n1. QUIROGA TAPIA, ANSELMO RAFAEL\n2. OROZCO FERMÍN, DILCIA MARIBEL",
        "2026-01-16",
    );
    assert!(
        kinds_of(&x, "OROZCO FERMÍN, DILCIA MARIBEL").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_brother_of_one_abroad_without_an_age_and_where_he_lives() {
    let x = crate::run(
        "Hernán Quevedo Lugo, brother of former deputy Julián Quevedo Lugo, who lives in Madrid. He was arrested on Thursday at his home in Maracaibo.\n\nRodrigo Anzola Peña, hermano del exdiputado Mario Anzola Peña, quien vive en Madrid, fue arrestado el jueves en Maracaibo.",
        "2026-01-16",
    );
    assert!(
        kinds_of(&x, "Hernán Quevedo Lugo").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(crate::person(&x, "Julián Quevedo Lugo").is_none(), "{x:#?}");
    let place = crate::event_of(&x, "Rodrigo Anzola Peña", "arrest").and_then(|e| e.place.clone());
    assert_eq!(place.as_deref(), Some("Maracaibo"), "{x:#?}");
}

#[test]
fn issue_13_on_sunday_she_with_her_lawyer_named_after() {
    let x = crate::run(
        "Authorities arrested the academic Farnaz Abedini Soltani on Friday in Tehran. On Sunday she was transferred to Qarchak prison, her lawyer Saeid Dehghan Moradi said.",
        "2026-01-20",
    );
    assert_eq!(
        crate::date_of(&x, "Farnaz Abedini Soltani", "transfer"),
        "2026-01-18",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_national_sent_out_is_exiled_and_an_origin_is_no_nationality() {
    let x = crate::run(
        "MINSK.- El opositor bielorruso Aliaksei Kavalenka fue condenado el pasado 9 de diciembre a 7 años de cárcel. Este lunes fue expulsado a Lituania.",
        "2026-01-16",
    );
    assert!(
        kinds_of(&x, "Aliaksei Kavalenka").contains(&"exile"),
        "{x:#?}"
    );
    let y = crate::run(
        "En el mismo vuelo viajaba el ciudadano estadounidense de origen nicaragüense Steven Arauz Ruiz, misionero detenido en marzo en Jinotega, a quien las autoridades expulsaron del país.",
        "2025-09-12",
    );
    let p = crate::person(&y, "Steven Arauz Ruiz").expect("held");
    assert_eq!(p.nationality, ["US"], "{y:#?}");
    assert!(kinds_of(&y, "Steven Arauz Ruiz").contains(&"expulsion"));
}

#[test]
fn issue_13_forced_across_the_border_is_exile() {
    let x = crate::run(
        "Belarusian authorities on Saturday freed 14 political prisoners and forced them across the border into Lithuania, among them the journalist Ihar Lasitski and the activist Maryna Zhdanovich.",
        "2026-01-12",
    );
    assert!(
        kinds_of(&x, "Maryna Zhdanovich").contains(&"exile"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_one_of_them_is_a_member_of_the_group_told_before() {
    let x = crate::run(
        "El jueves fueron excarcelados siete presos políticos. Todos fueron presentados el sábado ante un tribunal. Ramiro Anzola Quintana, uno de ellos, dijo que fue torturado.",
        "2026-01-19",
    );
    assert_eq!(
        crate::date_of(&x, "Ramiro Anzola Quintana", "release"),
        "2026-01-15",
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_ladies_in_white_and_an_acronym_before_an_unlisted_given_name() {
    let x = crate::run(
        "Las Damas de Blanco Yamilé Corrales Betancourt y Odalys Riverón Pupo fueron arrestadas el domingo en Matanzas. El estudiante de la UNAN Bayardo José Sequeira fue detenido el martes.",
        "2026-01-19",
    );
    assert!(
        kinds_of(&x, "Yamilé Corrales Betancourt").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Bayardo José Sequeira").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_moved_out_of_a_prison_is_a_move_not_a_release() {
    let x = crate::run(
        "On Wednesday, several political prisoners were moved out of El Helicoide.\n\nSent to Tocorón: Ramiro Anzola Quintana, Lorena Pazos Villamizar.\n\nSent to Tocuyito: Mireya Salcedo Ruiz, Efraín Colmenares Díaz.",
        "2026-01-16",
    );
    assert_eq!(
        kinds_of(&x, "Lorena Pazos Villamizar"),
        ["transfer", "detention"],
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Efraín Colmenares Díaz", "transfer"),
        "2026-01-14"
    );
}

#[test]
fn issue_13_measures_a_court_imposed_are_release_terms() {
    let x = crate::run(
        "Siete presos políticos salieron la noche del martes de Tocuyito. Los excarcelados pasaron la madrugada del miércoles en el tribunal, donde les impusieron medidas.\n\nEstos son sus nombres:\n- Ramiro Anzola Quintana\n- Lorena Pazos Villamizar",
        "2026-01-16",
    );
    assert_eq!(
        crate::date_of(&x, "Lorena Pazos Villamizar", "conditional_release"),
        "2026-01-13",
        "{x:#?}"
    );
}
