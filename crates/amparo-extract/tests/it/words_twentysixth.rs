//! issue 13, twenty-sixth round: what words say of one person — a taking told as "retenido",
//! the same day told as "hours later" or "that night". Invented names only.

use crate::{date_of, kinds_of};

#[test]
fn issue_13_held_for_hours_is_an_arrest() {
    let x = crate::run(
        "La activista Dalia Ortega Pérez fue retenida el lunes por agentes de la Seguridad del Estado en la estación policial de Zanja y liberada horas después con una multa.",
        "2026-02-04",
    );
    let kinds = kinds_of(&x, "Dalia Ortega Pérez");
    assert!(kinds.contains(&"arrest"), "{x:#?}");
    assert_eq!(date_of(&x, "Dalia Ortega Pérez", "arrest"), "2026-02-02");
    // Released "hours later": the same Monday, not the publication.
    assert_eq!(date_of(&x, "Dalia Ortega Pérez", "release"), "2026-02-02");
}

#[test]
fn issue_13_that_same_night_is_the_day_told_before() {
    let x = crate::run(
        "El periodista Anselmo Rivas Quintero fue detenido el 3 de mayo en Barquisimeto. Esa misma noche fue liberado sin cargos.",
        "2026-05-20",
    );
    assert_eq!(
        date_of(&x, "Anselmo Rivas Quintero", "release"),
        "2026-05-03"
    );
}

#[test]
fn issue_13_a_companion_freed_in_the_same_raid_is_freed_the_scenes_day() {
    let x = crate::run(
        "El martes en la mañana detuvieron en Barquisimeto a la locutora Celina Marrero Díaz al salir de la emisora. Su productor, Julián Ocando Ríos, fue retenido tres horas en el mismo procedimiento y liberado sin cargos.",
        "2026-05-06",
    );
    assert!(
        kinds_of(&x, "Julián Ocando Ríos").contains(&"arrest"),
        "{x:#?}"
    );
    assert_eq!(date_of(&x, "Julián Ocando Ríos", "release"), "2026-05-05");
}

#[test]
fn issue_13_a_passport_kept_is_no_arrest() {
    let x = crate::run(
        "En el aeropuerto le retuvieron el pasaporte al abogado Teodoro Lugo Sánchez durante tres horas.",
        "2026-05-06",
    );
    assert!(
        crate::person(&x, "Teodoro Lugo Sánchez").is_none(),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_coasts_region_is_no_one() {
    let x = crate::run(
        "Seguimos con los trabajadores petroleros detenidos en la Costa Oriental del Lago. Entre ellos está el dirigente Ramiro Pachano Soto, detenido el miércoles en Cabimas.",
        "2025-03-21",
    );
    assert!(
        crate::person(&x, "Costa Oriental del Lago").is_none(),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Ramiro Pachano Soto").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_verdicts_shows_and_prisons_are_no_one() {
    let x = crate::run(
        "VERDICT: PARTLY FALSE. Four women walked out of the National Institute for Female Orientation (INOF) in Los Teques on Thursday, among them Norma Ibarra Lugo. Hi, this is Exile Notes, the podcast.",
        "2026-01-16",
    );
    for name in ["PARTLY FALSE", "Female Orientation", "Exile Notes"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
    let y = crate::run(
        "El preso político Yoandry Fajardo Lamas fue trasladado el 3 de junio a la prisión Combinado del Sur, en Matanzas.",
        "2026-07-11",
    );
    assert!(crate::person(&y, "Combinado del Sur").is_none(), "{y:#?}");
    assert!(
        kinds_of(&y, "Yoandry Fajardo Lamas").contains(&"transfer"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_towns_of_cuba_and_russia_are_places() {
    let x = crate::run(
        "Conmigo está Dairel Leyva Cantillo, el rapero de Palma Soriano, que lleva preso desde las protestas de marzo.",
        "2025-08-15",
    );
    assert!(crate::person(&x, "Palma Soriano").is_none(), "{x:#?}");
    assert!(
        crate::person(&x, "Dairel Leyva Cantillo").is_some(),
        "{x:#?}"
    );
    let y = crate::run(
        "ST PETERSBURG\nPolice detained the artist Oleg Varnavin, 41, on Nevsky Prospekt on Saturday.",
        "2025-08-15",
    );
    assert!(crate::person(&y, "ST PETERSBURG").is_none(), "{y:#?}");
}

#[test]
fn issue_13_a_cellmate_who_left_on_a_day_was_released() {
    let x = crate::run(
        "Querida hermana: aquí en el penal seguimos catorce en la celda. El profesor Hilario Bravo Quintana, el que estaba en mi celda, salió en octubre. Si lo ves, dale un abrazo.",
        "2026-01-10",
    );
    assert_eq!(date_of(&x, "Hilario Bravo Quintana", "release"), "2025-10");
    let y = crate::run(
        "Mi hermano estuvo preso en Tocorón. Su vecino, Ernesto Palacios Gil, salió el lunes hacia Caracas para buscar trabajo.",
        "2026-01-10",
    );
    assert!(
        crate::person(&y, "Ernesto Palacios Gil").is_none(),
        "{y:#?}"
    );
}

#[test]
fn issue_13_misters_joined_are_one_list_and_a_release_pressed_for_is_none() {
    let x = crate::run(
        "MS WHITFIELD: I can confirm that two U.S. citizens, Mr. Brendan Lee Walcott and Mr. Samuel Ortega-Duval, were released yesterday from detention in Venezuela.\n\nMs. Tessa Ann Kowalczyk remains in detention at Rodeo I. Our chargé visited her on Monday. She is in reasonable health, and we continue to press for her release.",
        "2026-01-30",
    );
    for name in ["Brendan Lee Walcott", "Samuel Ortega-Duval"] {
        assert!(kinds_of(&x, name).contains(&"release"), "{name}: {x:#?}");
    }
    assert_eq!(
        kinds_of(&x, "Tessa Ann Kowalczyk"),
        vec!["detention"],
        "{x:#?}"
    );
    // (Not one list: "the disappearance of Mr. A, the imprisonment of Ms. B".)
    let y = crate::run(
        "We express grave concern at the enforced disappearance of Mr. Bahram Ansarian, the imprisonment of Ms. Leyla Nazarian and the death sentence against Mr. Arash Mohammadi.",
        "2025-12-01",
    );
    assert!(
        crate::person(&y, "Leyla Nazarian")
            .is_none_or(|p| p.events.iter().all(|e| e.kind.as_str() != "disappearance")),
        "{y:#?}"
    );
}

#[test]
fn issue_13_an_honorific_tells_whom_he_names() {
    let x = crate::run(
        "Mr. Pieter-Jan Vermeulen, a Dutch engineer, remains in detention at Rodeo I.\n\nMs. Roos Mogollón, his colleague, was arrested in May. He was transferred to Tocorón on 3 June.",
        "2026-06-30",
    );
    assert!(
        kinds_of(&x, "Pieter-Jan Vermeulen").contains(&"transfer"),
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "Roos Mogollón").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_timeline_entry_without_its_year_goes_on_in_the_years_before() {
    let x = crate::run(
        "12 de febrero de 2025, 5:30 a.m. — Funcionarios de la DGCIM entran a su casa y se llevan a la profesora Mirta Velarde Arteaga.\n\n5 de marzo — Velarde es imputada por traición a la patria. Ese mismo día, su colega Alexis Rondina es excarcelado con régimen de presentación.\n\n23 de enero de 2026 — El tribunal le concede arresto domiciliario.\n\n2 de marzo — La Corte de Apelaciones declara sin lugar el recurso.",
        "2026-03-18",
    );
    assert_eq!(date_of(&x, "Mirta Velarde Arteaga", "charge"), "2025-03-05");
    assert_eq!(
        date_of(&x, "Alexis Rondina", "conditional_release"),
        "2025-03-05"
    );
}

#[test]
fn issue_13_a_transcripts_turn_in_the_first_person_is_its_speakers() {
    let x = crate::run(
        "[00:00:05] SUTHERLAND: Today we talk with Jesús Armando Yáñez Colina, a youth organizer from Maracay who was released in June.\n\n[00:00:30] YÁÑEZ COLINA: It was August 2nd of last year. The police came and took six of us. On August 9th they moved me to Tocorón, and that's where I stayed until June.\n\n[00:01:00] MARISOL LAMAS: Sí. El mes pasado, sin avisarnos, me lo trasladaron a Canaleta.",
        "2025-09-20",
    );
    assert!(
        kinds_of(&x, "Jesús Armando Yáñez Colina").contains(&"transfer"),
        "{x:#?}"
    );
    assert!(crate::person(&x, "Marisol Lamas").is_none(), "{x:#?}");
}

#[test]
fn issue_13_among_the_group_are_the_groups_members() {
    let x = crate::run(
        "Belarusian authorities freed 14 people convicted in politically motivated cases on Saturday, according to Viasna.\n\nAmong the group was journalist Aliaksei Kryvenka, sentenced in 2022 to eight years, and human rights defender Volha Siamionika, who was arrested in July 2021.",
        "2025-12-15",
    );
    for name in ["Aliaksei Kryvenka", "Volha Siamionika"] {
        assert_eq!(date_of(&x, name, "release"), "2025-12-13", "{name}");
    }
}

#[test]
fn issue_13_a_clitic_taken_with_a_companion_is_the_one_told_of() {
    let x = crate::run(
        "La activista ambiental Mariela Sifuentes Rojas cumple hoy 16 meses presa.\n\n6 de agosto de 2024 — Funcionarios de la DGCIM allanan su casa en Ciudad Bolívar y se la llevan junto a su esposo, el docente Jorge Luis Apontes.",
        "2025-12-10",
    );
    for name in ["Mariela Sifuentes Rojas", "Jorge Luis Apontes"] {
        assert_eq!(date_of(&x, name, "arrest"), "2024-08-06", "{name}");
    }
}

#[test]
fn issue_13_a_release_a_correction_takes_back_is_none() {
    let x = crate::run(
        "Police detained the officer Nahuel Ignacio Ferrero on Monday.\n\n20:40 GMT — A correction: earlier we reported that Argentine police officer Nahuel Ignacio Ferrero had been released. He remains in El Rodeo I.",
        "2026-01-10",
    );
    assert!(
        !kinds_of(&x, "Nahuel Ignacio Ferrero").contains(&"release"),
        "{x:#?}"
    );
    let y = crate::run(
        "16:05 | CORRECCIÓN: en una entrada anterior informamos que el periodista Óscar Blanco Lezama había sido excarcelado. Sigue en El Helicoide.",
        "2026-01-10",
    );
    assert!(
        !kinds_of(&y, "Óscar Blanco Lezama").contains(&"release"),
        "{y:#?}"
    );
}
