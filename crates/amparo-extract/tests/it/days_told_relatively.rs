//! issue 13, sixteenth round (read from blind36 once spent): days told relatively — "last
//! night", "the same evening", "hours later", "released with him", "el mismo viernes".
//! Invented names and sentences only.

use crate::{date_of, run};

#[test]
fn issue_13_last_night_is_the_day_before() {
    let x = run(
        "2/ CONFIRMED released last night (I spoke to their relatives): student leader Anselmo Pirela Quintero; activist Rosaura Bitter Lanz.",
        "2026-01-13",
    );
    for name in ["Anselmo Pirela Quintero", "Rosaura Bitter Lanz"] {
        assert_eq!(date_of(&x, name, "release"), "2026-01-12", "{name}: {x:#?}");
    }
    // ("anteanoche": the night before last.)
    let y = run(
        "Anselmo Pirela Quintero fue excarcelado anteanoche de El Helicoide.",
        "2026-01-13",
    );
    assert_eq!(
        date_of(&y, "Anselmo Pirela Quintero", "release"),
        "2026-01-11",
        "{y:#?}"
    );
}

#[test]
fn issue_13_the_same_evening_is_the_day_just_told() {
    let x = run(
        "Journalist Eladio Tirado Gil was arrested on October 15 in Maracay. His camera operator, Anselmo Pirela Quintero, was detained with him and released the same evening without charges.",
        "2026-10-20",
    );
    assert_eq!(
        date_of(&x, "Anselmo Pirela Quintero", "release"),
        "2026-10-15",
        "{x:#?}"
    );
}

#[test]
fn issue_13_hours_later_is_the_day_just_told() {
    let x = run(
        "- Anselmo Pirela Quintero, estudiante de Derecho, aprehendida el 3 de marzo en Tocuyito y liberada horas después sin cargos.",
        "2026-03-05",
    );
    assert_eq!(
        date_of(&x, "Anselmo Pirela Quintero", "release"),
        "2026-03-03",
        "{x:#?}"
    );
}

#[test]
fn issue_13_released_with_him_is_released_the_same_day() {
    let x = run(
        "Eladio Tirado Gil was released on June 19 and must report to a court every 15 days. His co-defendant, Anselmo Pirela Quintero, was released with him under the same conditions.",
        "2025-06-20",
    );
    assert_eq!(
        date_of(&x, "Anselmo Pirela Quintero", "conditional_release"),
        "2025-06-19",
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_same_weekday_that_dates_the_main_clause_too() {
    let x = run(
        "El mismo viernes en que el Foro Penal confirmaba la excarcelación de doce presos políticos en Caracas, funcionarios de la DGCIM detuvieron en Barquisimeto al concejal opositor Anselmo Pirela Quintero.",
        "2026-01-17",
    );
    assert_eq!(
        date_of(&x, "Anselmo Pirela Quintero", "arrest"),
        "2026-01-16",
        "{x:#?}"
    );
}

#[test]
fn issue_13_freed_and_flown_abroad_is_sent_out_that_day() {
    let x = run(
        "Anselmo Pirela Quintero y Rosaura Bitter Lanz fueron excarcelados el lunes de El Helicoide y conducidos directamente al aeropuerto de Maiquetía, desde donde volaron a Madrid.",
        "2026-02-11",
    );
    for name in ["Anselmo Pirela Quintero", "Rosaura Bitter Lanz"] {
        assert_eq!(date_of(&x, name, "exile"), "2026-02-09", "{name}: {x:#?}");
    }
    let y = run(
        "Al periodista Anselmo Pirela Quintero lo excarcelaron el 14 de enero y lo subieron esa misma noche a un avión con destino a Madrid.",
        "2026-02-11",
    );
    assert_eq!(
        date_of(&y, "Anselmo Pirela Quintero", "exile"),
        "2026-01-14",
        "{y:#?}"
    );
    // (Foreigners flown home are expelled; relatives who fly somewhere are sent nowhere.)
    let z = run(
        "The Italian aid worker Anselmo Pirela Quintero was released on Monday and flew to Rome the same night.",
        "2026-02-11",
    );
    assert_eq!(
        date_of(&z, "Anselmo Pirela Quintero", "expulsion"),
        "2026-02-09",
        "{z:#?}"
    );
    let w = run(
        "Rosaura Bitter Lanz, the mother of a political prisoner, flew to Madrid on Monday to meet lawmakers.",
        "2026-02-11",
    );
    assert!(
        w.persons.iter().all(|p| p.name != "Rosaura Bitter Lanz"),
        "{w:#?}"
    );
}
