//! issue 13, tenth round: what a review's invented probes showed the round's new rules must not
//! do. Invented names and sentences only.

use crate::{kinds_of, person, run};

fn none(text: &str, name: &str) {
    let x = run(text, "2025-10-10");
    assert!(person(&x, name).is_none(), "{text}: {x:#?}");
}

#[test]
fn issue_13_new_words_fire_only_in_their_sense() {
    none(
        "El Real Madrid se llevó al delantero Luis Mora Pérez por 20 millones de euros.",
        "Luis Mora Pérez",
    );
    none(
        "El cargo que ocupaba Luis Mora Pérez quedó libre tras su renuncia.",
        "Luis Mora Pérez",
    );
    none(
        "Luis Mora Pérez fue interceptado por delincuentes que le robaron el teléfono en Caracas.",
        "Luis Mora Pérez",
    );
    none(
        "La sindicalista Ana Ruiz Toledo recibió en 2005 un homenaje por sus 20 años de carrera.",
        "Ana Ruiz Toledo",
    );
    none(
        "Ana Ruiz Toledo received a plaque for 20 years of service at the union.",
        "Ana Ruiz Toledo",
    );
    none(
        "La Contraloría impuso una inhabilitación de 15 años a Luis Mora Pérez.",
        "Luis Mora Pérez",
    );
    none(
        "Ana Ruiz Toledo recibió con tristeza la condena de su hijo, Luis Mora Ruiz.",
        "Ana Ruiz Toledo",
    );
    let x = run(
        "Luis Mora Pérez fue detenido el lunes. Su madre, Ana Pérez, dice que no sabe dónde está la llave de la casa.",
        "2025-10-10",
    );
    assert_eq!(kinds_of(&x, "Luis Mora Pérez"), ["arrest", "detention"]);
}

#[test]
fn issue_13_sources_owners_and_exiles_are_read_as_such() {
    // A detainee after a body's name is no source.
    let x = run(
        "Según Foro Penal, Ana Ruiz Toledo, detenida en mayo, sigue en El Helicoide.",
        "2025-10-10",
    );
    assert!(kinds_of(&x, "Ana Ruiz Toledo").contains(&"detention"));
    // The owner of a body, after "de", is a person.
    let x = run(
        "La DGCIM detuvo el lunes al director del diario de Luis Mora Pérez, quien también fue arrestado.",
        "2025-10-10",
    );
    assert!(person(&x, "Luis Mora Pérez").is_some(), "{x:#?}");
    // A Nicaraguan banished is exiled.
    let x = run(
        "El obispo nicaragüense Luis Mora Pérez fue excarcelado y desterrado a Roma por el régimen de Managua.",
        "2025-10-10",
    );
    assert_eq!(kinds_of(&x, "Luis Mora Pérez"), ["release", "exile"]);
}

#[test]
fn issue_13_moves_near_a_border_or_to_a_hospital_stay_moves() {
    let x = run(
        "Luis Mora Pérez was taken from El Helicoide to a military hospital on Monday.",
        "2025-10-10",
    );
    assert_eq!(kinds_of(&x, "Luis Mora Pérez"), ["transfer", "detention"]);
    let x = run(
        "Luis Mora Pérez fue trasladado el lunes a un hospital militar cerca de la frontera con Colombia.",
        "2025-10-10",
    );
    assert_eq!(kinds_of(&x, "Luis Mora Pérez"), ["transfer", "detention"]);
    none(
        "Colombia handed over Luis Mora Pérez at the border to SEBIN agents on Monday.",
        "Luis Mora Pérez",
    );
    let x = run(
        "Luis Mora Pérez fue condenado en ausencia de sus abogados a 30 años de prisión.",
        "2025-10-10",
    );
    assert_eq!(kinds_of(&x, "Luis Mora Pérez"), ["sentence"]);
    // A nationality opening a sentence reads no word before it.
    none(
        "Estadounidense sigue detenido en El Helicoide.",
        "Estadounidense",
    );
}

#[test]
fn issue_13_food_carried_is_no_move_and_a_collective_with_its_adjective_is_no_one() {
    let x = run(
        "Ocho presos políticos fueron trasladados de madrugada, el pasado domingo, desde la Zona 7 de Boleíta hasta Tocuyito. Según la directora del OVP, Carmen Teresa Lozada, los familiares se enteraron el lunes, cuando llevaron comida a Boleíta.\n\nEstos son los trasladados:\n\n- Gerson Adrián Piñango\n- Kelvin Jesús Maita",
        "2025-11-06",
    );
    // (Moved and held there as of the publication.)
    assert_eq!(
        crate::dates_of(&x, "Gerson Adrián Piñango"),
        ["2025-11-02", "2025-11-06"]
    );
    let x = run(
        "La jueza del Tribunal Cuarto de Juicio con competencia en terrorismo, Gisela Coromoto Istúriz, condenó la noche de este martes a tres integrantes del colectivo ambientalista Páramo Vivo, detenidos en marzo de 2024 en Mérida.",
        "2025-12-03",
    );
    assert!(person(&x, "Páramo Vivo").is_none(), "{x:#?}");
    assert!(person(&x, "Gisela Coromoto Istúriz").is_none(), "{x:#?}");
}

#[test]
fn issue_13_let_go_after_being_taken_and_a_measure_received_are_releases() {
    let x = run(
        "En el mismo procedimiento se llevaron a Pablo José Yánez, dueño del local, a quien soltaron dos horas después sin explicación.",
        "2026-03-10",
    );
    assert!(
        kinds_of(&x, "Pablo José Yánez").contains(&"release"),
        "{x:#?}"
    );
    let x = run(
        "Dayana Karolina Silva Peña recibió una medida de arresto domiciliario el martes.",
        "2026-03-10",
    );
    assert_eq!(kinds_of(&x, "Dayana Karolina Silva Peña"), ["house_arrest"]);
}
