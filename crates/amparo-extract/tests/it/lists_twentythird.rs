//! issue 13, twenty-third round: lists and tables — a table's term and its status of a person
//! still held. Invented names only.

use crate::{date_of, kinds_of};

#[test]
fn issue_13_a_tables_term_and_its_person_still_in_prison() {
    let x = crate::run(
        "Casos destacados del mes\n\n| Apellidos, Nombre | Provincia | Fecha de detención | Condena | Situación al 30/11/2025 |\n|---|---|---|---|---|\n| BORGES TAMAYO, Eliecer | La Habana | 11/07/2021 | 12 años (sedición) | En prisión, Combinado del Este |\n| LUGONES PAZ, Mirtha | Holguín | 17/03/2024 | 6 años | Excarcelado el 08/11/2025 |\n| SOSA VIERA, Ovidio | Granma | 04/11/2025 | 67 años, hipertenso | Prisión provisional, Kilo 5 y medio |",
        "2025-12-10",
    );
    assert!(
        kinds_of(&x, "BORGES TAMAYO, Eliecer").contains(&"sentence"),
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "BORGES TAMAYO, Eliecer", "detention"),
        "2025-11-30",
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "LUGONES PAZ, Mirtha").contains(&"sentence"),
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "SOSA VIERA, Ovidio").contains(&"sentence"),
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "SOSA VIERA, Ovidio", "detention"),
        "2025-11-30",
        "{x:#?}"
    );
}

#[test]
fn issue_13_quien_after_the_last_of_a_list_is_that_one_only() {
    let x = crate::run(
        "Entre los excarcelados figuran el periodista Ramiro Solís Baca, la líder campesina Teodora Pinell Úbeda y la maestra jubilada Francisca Lanuza Ríos, quien cumplía arresto domiciliario desde marzo en su casa de Jinotepe.",
        "2025-09-05",
    );
    assert!(
        kinds_of(&x, "Francisca Lanuza Ríos").contains(&"house_arrest"),
        "{x:#?}"
    );
    for name in ["Ramiro Solís Baca", "Teodora Pinell Úbeda"] {
        assert!(
            !kinds_of(&x, name).contains(&"house_arrest"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_freed_and_moved_on_a_flight_abroad_are_exiled() {
    let x = crate::run(
        "El Gobierno de Nicaragua excarceló este jueves a 9 presos políticos y los trasladó en un vuelo a Guatemala, informó la Cancillería guatemalteca.\n\nEntre los excarcelados figuran el periodista Ramiro Solís Baca y la líder campesina Teodora Pinell Úbeda.",
        "2025-09-05",
    );
    for name in ["Ramiro Solís Baca", "Teodora Pinell Úbeda"] {
        assert_eq!(date_of(&x, name, "exile"), "2025-09-04", "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "release"), "2025-09-04", "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_list_as_of_a_day_holds_its_people_on_that_day() {
    let x = crate::run(
        "La ONG publicó este martes una lista actualizada de presos políticos de la región.\n\nLISTADO AL 21/04/2026\nN° | Nombre | Fecha de detención | Centro | Estatus\n1 | TEODORO ANDRÉS LUGO PINTO | 05/08/2024 | Tocorón | Detenido\n2 | MARIELA JOSEFINA URBÁEZ | 12/01/2025 | INOF | Excarcelada 18/04/2026",
        "2026-04-22",
    );
    assert_eq!(
        date_of(&x, "TEODORO ANDRÉS LUGO PINTO", "detention"),
        "2026-04-21",
        "{x:#?}"
    );
}

#[test]
fn issue_13_left_out_of_the_release_order_stays_held() {
    let x = crate::run(
        "Cuatro dirigentes vecinales fueron excarcelados el jueves con régimen de presentación.\n\nEstos son sus nombres:\n\nCon régimen de presentación: Yelitza Carolina Mora Sánchez y Jhonny Alexander Contreras.\n\nSiguen detenidos: Wilmer Antonio Zambrano Rondón y Deivis José Ostos.\n\nLa abogada explicó que la defensa no recibió ninguna explicación sobre por qué Zambrano y Ostos no fueron incluidos en la boleta de excarcelación.",
        "2026-02-14",
    );
    for name in ["Wilmer Antonio Zambrano Rondón", "Deivis José Ostos"] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"detention"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"release"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_timelines_date_lines_date_what_follows() {
    let x = crate::run(
        "TIMELINE: Bishop Anselmo Rivas Duarte's eight months in custody\n\nBishop Anselmo Rivas Duarte of Estelí arrived in Rome on Wednesday after being released from prison and put on a plane.\n\nHere is how his case unfolded.\n\nAugust 19, 2024\nBefore dawn, police break into the curia. Rivas Duarte is driven to Managua and placed under house arrest in a relative's home.\n\nFebruary 10, 2025\nA Managua judge sentences him to 26 years.",
        "2025-04-25",
    );
    assert_eq!(
        date_of(&x, "Anselmo Rivas Duarte", "house_arrest"),
        "2024-08-19",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Anselmo Rivas Duarte", "sentence"),
        "2025-02-10",
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_items_release_with_long_terms_after_its_colon_is_its_own() {
    let x = crate::run(
        "La Federación informa sobre la situación de los educadores detenidos tras la protesta del 13 de julio frente a la Zona Educativa:\n\n• Prof. Gladys Margarita Lezcano Tovar: excarcelada el jueves con régimen de presentación cada ocho días ante el Tribunal Tercero de Control.\n• Prof. Humberto José Carrasco: sigue detenido en el Comando de Zona 62 de la Guardia Nacional.",
        "2026-07-25",
    );
    let kinds = kinds_of(&x, "Gladys Margarita Lezcano Tovar");
    assert!(kinds.contains(&"conditional_release"), "{x:#?}");
    assert!(!kinds.contains(&"detention"), "{x:#?}");
    assert!(
        kinds_of(&x, "Humberto José Carrasco").contains(&"detention"),
        "{x:#?}"
    );
}
