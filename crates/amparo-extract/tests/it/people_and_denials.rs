//! issue 13, sixteenth round (read from blind36 once spent): people and denials — conditions
//! denied, whereabouts unknown, releases denied later, places and bodies that are no one, a
//! comma's end to a "no". Invented names and sentences only.

use crate::{date_of, kinds_of, person, run};

#[test]
fn issue_13_conditions_denied_with_ni_are_none() {
    let x = run(
        "Anselmo Pirela Quintero recibió el lunes la libertad plena, sin régimen de presentación ni prohibición de salida.",
        "2026-07-15",
    );
    assert_eq!(
        kinds_of(&x, "Anselmo Pirela Quintero"),
        ["release"],
        "{x:#?}"
    );
    // (Laid ones still are: "con régimen de presentación y prohibición de salida".)
    let y = run(
        "Anselmo Pirela Quintero fue excarcelado el lunes con régimen de presentación cada 30 días y prohibición de salida del país.",
        "2026-07-15",
    );
    assert_eq!(
        kinds_of(&y, "Anselmo Pirela Quintero"),
        ["conditional_release"],
        "{y:#?}"
    );
}

#[test]
fn issue_13_more_ways_to_say_nobody_knows_where_they_are() {
    for (text, name) in [
        (
            "- Anselmo Pirela Quintero, cameraman, arrested in October 2025; his whereabouts have been unknown since his arrest.",
            "Anselmo Pirela Quintero",
        ),
        (
            "Agents arrested Rosaura Bitter Lanz at her home on Monday. Where she is now is unknown.",
            "Rosaura Bitter Lanz",
        ),
        (
            "Detuvieron el martes a Anselmo Pirela Quintero en Cabimas. A esta hora desconocemos su paradero.",
            "Anselmo Pirela Quintero",
        ),
        (
            "Detuvieron el martes a Anselmo Pirela Quintero en Cabimas. Su madre recorrió tres comandos y nadie le informa a dónde lo llevaron.",
            "Anselmo Pirela Quintero",
        ),
    ] {
        let x = run(text, "2026-03-14");
        assert!(
            kinds_of(&x, name).contains(&"disappearance"),
            "{text}: {x:#?}"
        );
    }
    // (The relative "adonde", no question: "la sala adonde la llevaron demasiado tarde".)
    let y = run(
        "La enfermera Rosaura Bitter Lanz murió bajo custodia en agosto de 2025, en una sala del hospital, adonde la llevaron demasiado tarde.",
        "2026-03-14",
    );
    assert!(
        !kinds_of(&y, "Rosaura Bitter Lanz").contains(&"disappearance"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_street_named_after_a_doctor_and_taken_from_home() {
    let x = run(
        "Anselmo Pirela Quintero, comerciante de la calle Doctor Eladio Quintero del barrio Pueblo Nuevo, fue detenido el 5 de agosto de 2024 por funcionarios de la PNB.",
        "2026-06-25",
    );
    assert!(person(&x, "Eladio Quintero").is_none(), "{x:#?}");
    assert_eq!(
        date_of(&x, "Anselmo Pirela Quintero", "arrest"),
        "2024-08-05",
        "{x:#?}"
    );
    let y = run(
        "ROSAURA BITTER LANZ\nTenía 17 años cuando la sacaron de su casa en Guarenas, el 30 de julio de 2024.",
        "2026-06-25",
    );
    assert_eq!(
        date_of(&y, "ROSAURA BITTER LANZ", "arrest"),
        "2024-07-30",
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_release_denied_later_was_never_one() {
    let x = run(
        "[13/02/2026 22:30]\nCONFIRMED by relatives at the gate: activist Eladio Tirado Gil and former police officer Anselmo Pirela Quintero have walked out of Yare III.\n\n[13/02/2026 22:52]\nCORRECTION: the man photographed is NOT Anselmo Pirela Quintero but his cousin. Anselmo Pirela Quintero has not been released and is still in Yare III.",
        "2026-02-13",
    );
    assert_eq!(
        kinds_of(&x, "Anselmo Pirela Quintero"),
        ["detention"],
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Eladio Tirado Gil").contains(&"release"),
        "{x:#?}"
    );
    // (Not a companion's denial: "Urbina, detenido junto a Pirela, no ha sido liberado".)
    let y = run(
        "Anselmo Pirela Quintero y Rosaura Bitter Lanz fueron excarcelados el lunes con régimen de presentación. En cambio, Eladio Urbina Gil, detenido junto a Pirela en Maracay, no figura en la lista y no ha sido liberado.",
        "2026-02-13",
    );
    assert!(
        kinds_of(&y, "Anselmo Pirela Quintero").contains(&"conditional_release"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_jailed_before_who_someone_is_says_they_are_held_that_day() {
    let x = run(
        "A delegation visited El Helicoide on Wednesday, where it met jailed opposition politicians Anselmo Pirela Quintero and Rosaura Bitter Lanz.",
        "2025-12-11",
    );
    for name in ["Anselmo Pirela Quintero", "Rosaura Bitter Lanz"] {
        assert_eq!(kinds_of(&x, name), ["detention"], "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "detention"), "2025-12-10");
    }
    // (Detained on a day is still the arrest: "Police detained journalist X on Monday".)
    let y = run(
        "Police detained journalist Anselmo Pirela Quintero on Monday in Maracay.",
        "2025-12-11",
    );
    assert_eq!(
        date_of(&y, "Anselmo Pirela Quintero", "arrest"),
        "2025-12-08",
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_title_case_place_after_in_or_from_is_no_one() {
    let x = run(
        "All nine were taken to the state police headquarters in Glorias Patrias. Not among those freed was Anselmo Pirela Quintero, a Navy veteran from Corpus Christi who was arrested in Zulia in September 2024.",
        "2026-03-07",
    );
    for place in ["Glorias Patrias", "Corpus Christi"] {
        assert!(person(&x, place).is_none(), "{place}: {x:#?}");
    }
    // (A person after "en" in Spanish still is one: "murió en Tocorón Víctor Hugo Paredes",
    // "Pienso en Rosaura Bitter Lanz, que está presa".)
    let y = run(
        "Ese mismo día fue detenido en Maracay Eladio Rafael Paredes, hermano del dirigente.",
        "2026-03-07",
    );
    assert!(person(&y, "Eladio Rafael Paredes").is_some(), "{y:#?}");
}

#[test]
fn issue_13_a_party_and_a_court_by_their_names_are_no_one() {
    let x = run(
        "Anselmo Pirela Quintero, the leader of the opposition party Causa Ciudadana, was released on Monday after the Fifth Control Court dismissed his case.",
        "2026-03-07",
    );
    assert!(person(&x, "Causa Ciudadana").is_none(), "{x:#?}");
    assert!(person(&x, "Fifth Control").is_none(), "{x:#?}");
    assert!(
        kinds_of(&x, "Anselmo Pirela Quintero").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_day_after_the_name_in_a_header_line_is_no_second_name() {
    let x = run(
        "Released on May 22: Rosaura Bitter Lanz.\n\nMoved to house arrest: Anselmo Pirela Quintero, on May 27.",
        "2026-05-30",
    );
    assert_eq!(
        kinds_of(&x, "Anselmo Pirela Quintero"),
        ["house_arrest"],
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Anselmo Pirela Quintero", "house_arrest"),
        "2026-05-27"
    );
    // (A second name after the comma still is one: "Moved to house arrest: A, B".)
    let y = run(
        "Moved to house arrest: Anselmo Pirela Quintero, Rosaura Bitter Lanz.",
        "2026-05-30",
    );
    assert_eq!(
        kinds_of(&y, "Rosaura Bitter Lanz"),
        ["house_arrest"],
        "{y:#?}"
    );
}

#[test]
fn issue_13_one_name_surname_first_in_capitals_after_a_label_is_one_person() {
    let x = run(
        "1) Asunto N° TC2-1187-2025\nImputado: PIRELA QUINTERO, ANSELMO DAVID\nDelitos: traición a la patria.",
        "2026-02-11",
    );
    let names: Vec<&str> = x
        .persons
        .iter()
        .map(|p| p.name.as_str())
        .chain(x.not_detainees.iter().map(|p| p.name.as_str()))
        .collect();
    assert!(
        names.contains(&"PIRELA QUINTERO, ANSELMO DAVID"),
        "{names:?}"
    );
    assert!(!names.contains(&"ANSELMO DAVID"), "{names:?}");
    // (Not a greeting: "Gracias, Jesús.")
    let y = run("Gracias, Jesús. Seguimos con la lista.", "2026-02-11");
    assert!(
        y.persons.iter().all(|p| p.name != "Gracias, Jesús"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_left_with_terms_named_after_the_verb_or_in_a_month() {
    let x = run(
        "Recordamos que anteayer salió el compañero Anselmo Pirela Quintero, preso desde marzo, con régimen de presentación cada 15 días.",
        "2026-05-30",
    );
    assert!(
        kinds_of(&x, "Anselmo Pirela Quintero").contains(&"conditional_release"),
        "{x:#?}"
    );
    let y = run(
        "El tío Rosendo Bitter Lanz, que estuvo preso en El Helicoide, salió en marzo con régimen de presentación.",
        "2026-05-30",
    );
    assert!(
        kinds_of(&y, "Rosendo Bitter Lanz").contains(&"conditional_release"),
        "{y:#?}"
    );
    // (Going out to a purpose is no release: "salió el compañero X a la marcha con su bandera".)
    let z = run(
        "Ayer salió el compañero Anselmo Pirela Quintero a la marcha con su bandera.",
        "2026-05-30",
    );
    assert!(person(&z, "Anselmo Pirela Quintero").is_none(), "{z:#?}");
}

#[test]
fn issue_13_taken_out_of_cells_onto_a_plane_is_freed() {
    let x = run(
        "Quince presos políticos llegaron este martes a Guatemala en un vuelo fletado desde Managua, después de ser sacados de sus celdas de madrugada y subidos al avión sin aviso a sus familias.\n\nEstos son sus nombres:\n\n1. Anselmo Pirela Quintero, párroco\n2. Rosaura Bitter Lanz, estudiante",
        "2026-05-06",
    );
    for name in ["Anselmo Pirela Quintero", "Rosaura Bitter Lanz"] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"release"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"transfer"), "{name}: {x:#?}");
    }
    // (Taken out of a cell to nowhere told is a move: "fue sacado de su celda X".)
    let y = run(
        "Esa misma madrugada fue sacado de su celda del Rodeo I Anselmo Pirela Quintero y llevado a Tocorón.",
        "2026-05-06",
    );
    assert!(
        !kinds_of(&y, "Anselmo Pirela Quintero").contains(&"release"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_pushed_into_a_police_pickup_is_an_arrest() {
    let x = run(
        "Father Anselmo Pirela Quintero, a parish priest in Estelí, was seen being pushed into a police pickup after Sunday Mass.",
        "2026-02-13",
    );
    assert!(
        kinds_of(&x, "Anselmo Pirela Quintero").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_one_a_rumour_is_about_and_a_family_that_cannot_find_him() {
    let x = run(
        "Father Eladio Tirado Gil, a parish priest in Estelí, was seen being pushed into a police pickup after Sunday Mass. Since then the family has not been able to find him in any jail.\n\nANCHOR: There were also rumors this week about the union leader Anselmo Pirela Quintero.\n\nCORRESPONDENT: Social media posts said he'd been freed. The diocese denied it on Wednesday. He's still in La Modelo prison, where he's been since 2024.",
        "2026-02-13",
    );
    assert!(
        kinds_of(&x, "Eladio Tirado Gil").contains(&"disappearance"),
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Anselmo Pirela Quintero", "arrest"),
        "2024",
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "Eladio Tirado Gil").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_prison_after_de_is_no_one_and_an_orders_date_dates_no_custody() {
    let x = run(
        "De Rodeo I, en la noche:\n— Anselmo Pirela Quintero\n— Rosaura Bitter Lanz\n\nLos ciudadanos colombianos Eladio Tirado Gil y Jacinto Pérez Mora salieron de Rodeo I y fueron entregados en Paraguachón a Migración Colombia.\n\nSiguen adentro Dayana Quijada Rincón (INOF) y Álvaro Yánez Mora (Yare II), ambos con boleta de excarcelación firmada desde julio.",
        "2026-08-05",
    );
    assert!(person(&x, "De Rodeo I").is_none(), "{x:#?}");
    assert!(
        kinds_of(&x, "Eladio Tirado Gil").contains(&"expulsion"),
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "Dayana Quijada Rincón").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_mother_of_children_is_no_ones_relative() {
    let x = run(
        "—¿Quién quedó allá?\n—Muchas. Pienso en Rosaura Bitter Lanz, una enfermera de Barcelona, y en Carmen Julia Osuna, que es madre de tres niños. Las dos siguen en La Crisálida.",
        "2026-03-27",
    );
    for name in ["Rosaura Bitter Lanz", "Carmen Julia Osuna"] {
        assert!(kinds_of(&x, name).contains(&"detention"), "{name}: {x:#?}");
    }
    // (The mother of someone named is a relative: "Gladys Urdaneta, madre de Daniela Paz,
    // contó…".)
    let y = run(
        "Gladys Urdaneta, madre de Daniela Paz Rincón, contó que su hija sigue presa en La Crisálida.",
        "2026-03-27",
    );
    assert!(person(&y, "Gladys Urdaneta").is_none(), "{y:#?}");
    // (Nor is a mother of a prisoner unnamed: "la vocera, X, madre de un preso que sigue en Rodeo
    // I".)
    let z = run(
        "\"Salen cinco y detienen a tres\", escribió la vocera del comité, Gladys Urdaneta, madre de un preso que sigue en Rodeo I.",
        "2026-03-27",
    );
    assert!(person(&z, "Gladys Urdaneta").is_none(), "{z:#?}");
}

#[test]
fn issue_13_an_armed_service_before_a_name_is_not_part_of_it() {
    let x = run(
        "El mayor de Aviación Anselmo Coronel Márquez fue detenido en mayo de 2025 en la base aérea El Libertador.",
        "2026-03-27",
    );
    assert!(person(&x, "Anselmo Coronel Márquez").is_some(), "{x:#?}");
    assert!(
        person(&x, "Aviación Anselmo Coronel Márquez").is_none(),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_comma_ends_what_a_no_before_it_denies() {
    let x = run(
        "Pero ojo: el primer teniente Anselmo Pirela Quintero no salió, lo trasladaron el domingo a la DGCIM de Boleíta.",
        "2026-06-01",
    );
    assert!(
        kinds_of(&x, "Anselmo Pirela Quintero").contains(&"transfer"),
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "Anselmo Pirela Quintero").contains(&"release"),
        "{x:#?}"
    );
    // (Right before the verb, "no" still denies: "Rosaura Bitter Lanz no fue trasladada".)
    let y = run(
        "Rosaura Bitter Lanz no fue trasladada a Tocorón, dijo su abogado.",
        "2026-06-01",
    );
    assert!(
        person(&y, "Rosaura Bitter Lanz")
            .is_none_or(|p| p.events.iter().all(|e| e.kind.as_str() != "transfer")),
        "{y:#?}"
    );
}

#[test]
fn issue_13_trasladaron_al_takes_its_people_after_the_place() {
    let x = run(
        "VIERNES 27 – Trasladaron al penal de Tocuyito a los hermanos Anselmo y Eladio Pirela Quintero, detenidos en junio en Puerto Cabello.",
        "2026-06-01",
    );
    for name in ["Anselmo Pirela Quintero", "Eladio Pirela Quintero"] {
        assert!(kinds_of(&x, name).contains(&"transfer"), "{name}: {x:#?}");
    }
}
