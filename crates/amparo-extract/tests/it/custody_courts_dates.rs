//! issue 13, eleventh round: custody told as a state or by its length, courts and terms, and
//! dates as a text prints them (month first, a group's own day). Invented names and sentences
//! only.

use crate::{dates_of, event_of, kinds_of, person, run};

#[test]
fn issue_13_a_term_being_served_is_a_sentence_and_one_served_out_is_not() {
    let x = run(
        "Among those freed on Sunday was Dzianis Lobach, a printer serving 7 years since his arrest in May 2022.\n\nAlso released was Katsiaryna Zhuk, who walked out of the Homiel colony after fully serving her two-year sentence.",
        "2026-04-13",
    );
    assert!(
        kinds_of(&x, "Dzianis Lobach").contains(&"sentence"),
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "Katsiaryna Zhuk").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_custody_told_by_its_length_is_a_detention() {
    let x = run(
        "Nicaragua excarceló el jueves a cinco presos políticos y los envió en un vuelo chárter a San José.\n\nEstos son sus nombres: Ernesto Lacayo Ruiz, Marlene Gutiérrez Sotelo y Darwin Zeledón Mora.\n\nLacayo Ruiz y Gutiérrez Sotelo, del semanario digital Voz del Norte, llevaban más de un año en La Modelo.",
        "2026-07-17",
    );
    for name in [
        "Ernesto Lacayo Ruiz",
        "Marlene Gutiérrez Sotelo",
        "Darwin Zeledón Mora",
    ] {
        let kinds = kinds_of(&x, name);
        assert!(
            kinds.contains(&"release") && kinds.contains(&"expulsion"),
            "{name}: {kinds:?}"
        );
    }
    let held = event_of(&x, "Ernesto Lacayo Ruiz", "detention").expect("held in La Modelo");
    assert!(held.date.is_none(), "{held:?}");
    assert!(person(&x, "Voz del Norte").is_none(), "{x:#?}");
}

#[test]
fn issue_13_numeric_dates_are_read_month_first_where_the_text_prints_them_so() {
    let x = run(
        "Tracker, updated June 2, 2026. Dates are month/day/year.\n\nName | Arrested | Facility | Status\nRoberto Lander Sosa | 03/05/2025 | Rodeo I | Released 06/01/2026\nMaribel Otero Cruz | 11/20/2024 | INOF | Held",
        "2026-06-02",
    );
    assert_eq!(
        event_of(&x, "Roberto Lander Sosa", "arrest")
            .and_then(|e| e.date.as_ref())
            .map(ToString::to_string)
            .as_deref(),
        Some("2025-03-05")
    );
    assert_eq!(
        event_of(&x, "Maribel Otero Cruz", "arrest")
            .and_then(|e| e.date.as_ref())
            .map(ToString::to_string)
            .as_deref(),
        Some("2024-11-20")
    );
}

#[test]
fn issue_13_a_group_header_takes_the_day_told_of_that_group() {
    let x = run(
        "La ONG verificó 5 excarcelaciones entre el martes y el miércoles. Las mujeres salieron el martes del INOF; los hombres, el miércoles, desde Tocorón.\n\nLa lista:\n\nMujeres: Dalia Rosales Mena y Eneida Paz Colmenares.\n\nHombres: Ovidio Lara Pinto; Teófilo Ramos Salas; Julián Ochoa Brito.",
        "2026-01-22",
    );
    assert_eq!(dates_of(&x, "Dalia Rosales Mena"), ["2026-01-20"]);
    assert_eq!(dates_of(&x, "Julián Ochoa Brito"), ["2026-01-21"]);
}

#[test]
fn issue_13_a_stay_told_with_its_subject_after_the_verb_holds_still() {
    let x = run(
        "La ONG advirtió que en Tocorón permanecen el chofer Abelardo Rincón Sáez y la maestra Dilia Castro Paz, ambos detenidos en mayo de 2025.\n\nQuedan 80 presos políticos. Entre ellos siguen el médico Tobías Lares Pino y la periodista Nora Vielma Ruiz.\n\nAnoche detuvieron en Upata a Wilmer Salas Gil, lo tienen en la sede del SEBIN en Puerto Ordaz.",
        "2026-01-20",
    );
    for name in [
        "Abelardo Rincón Sáez",
        "Dilia Castro Paz",
        "Tobías Lares Pino",
        "Nora Vielma Ruiz",
        "Wilmer Salas Gil",
    ] {
        let held = event_of(&x, name, "detention").unwrap_or_else(|| panic!("{name}: {x:#?}"));
        assert_eq!(
            held.date.as_ref().map(ToString::to_string).as_deref(),
            Some("2026-01-20")
        );
    }
    assert!(kinds_of(&x, "Dilia Castro Paz").contains(&"arrest"));
}

#[test]
fn issue_13_an_office_among_the_held_and_a_court_that_admits_charges() {
    let x = run(
        "Denunciamos la detención de tres miembros de nuestra dirección en Lara, ocurrida este lunes.\n\nLos compañeros detenidos son el secretario regional Ovidio Ramos Lira, la concejala Nerys Tovar Paz y el coordinador juvenil Elvis Mora Díaz.",
        "2025-08-26",
    );
    for name in ["Ovidio Ramos Lira", "Nerys Tovar Paz", "Elvis Mora Díaz"] {
        assert_eq!(kinds_of(&x, name), ["arrest", "detention"], "{name}");
    }
    let y = run(
        "El juez admitió los cargos contra Yuleisi Mendoza Rojas y Albert Guzmán Paz, quienes seguirán privados de libertad en el Rodeo I. En cambio, a Teresa Mota Gil y a Juan Ibarra Luna les fue otorgada una medida cautelar sustitutiva: presentación cada 15 días.",
        "2025-10-29",
    );
    assert!(
        kinds_of(&y, "Yuleisi Mendoza Rojas").contains(&"charge"),
        "{y:#?}"
    );
    assert!(
        kinds_of(&y, "Albert Guzmán Paz").contains(&"detention"),
        "{y:#?}"
    );
    assert_eq!(kinds_of(&y, "Teresa Mota Gil"), ["conditional_release"]);
    assert_eq!(kinds_of(&y, "Juan Ibarra Luna"), ["conditional_release"]);
}
