//! issue 13, twenty-fourth round: the review's misfires of the round's rules, mended. Invented
//! names only.

use crate::kinds_of;

#[test]
fn issue_13_a_visit_or_a_post_at_a_prison_is_no_stay() {
    for text in [
        "La abogada Teresa Núñez Ibarra ha estado en el Rodeo I tres veces esta semana para visitar a sus defendidos.",
        "Human rights lawyer Elena Pardo Ruiz has been at El Rodeo I every week since January to see her clients.",
        "El custodio Ramiro Báez Toledo había pasado 19 meses trabajando en la cárcel de Tocorón.",
        "Father Tomás Rivero, a prison chaplain, has spent ten years at Tocorón prison ministering to inmates.",
    ] {
        let x = crate::run(text, "2025-06-10");
        assert!(x.persons.is_empty(), "{text}: {x:#?}");
    }
    // (A stay told with its custody word stands: "había estado preso 45 días".)
    let x = crate::run(
        "Anteayer fue detenido el periodista ISMAEL CHACARE. Chacare ya había estado preso 45 días en la sede del SEBIN en 2017.",
        "2025-02-16",
    );
    assert!(
        crate::person(&x, "ISMAEL CHACARE")
            .expect("held")
            .events
            .iter()
            .any(|e| e.kind.as_str() == "detention" && e.date.as_deref() == Some("2017")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_hometown_a_border_post_and_a_family_not_told_where() {
    let x = crate::run(
        "El estadounidense Tyler Boone, residente en Fort Collins, Colorado, fue detenido el viernes. The Costa Rican reporter, Mariela Jiménez Solano, was detained at the Peñas Blancas border post on Sunday and escorted back to the Costa Rican side hours later. La familia de Emilio Fajardo Ríos no ha sido informada de dónde se encuentra recluido desde su arresto el 20 de noviembre.",
        "2025-12-01",
    );
    assert!(kinds_of(&x, "Tyler Boone").contains(&"arrest"), "{x:#?}");
    assert!(
        kinds_of(&x, "Mariela Jiménez Solano").contains(&"expulsion"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Emilio Fajardo Ríos").contains(&"disappearance"),
        "{x:#?}"
    );
    for name in ["Fort Collins", "Peñas Blancas"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_house_arrest_granted_today_and_days_counted_from_the_sentence_before() {
    let x = crate::run(
        "El exalcalde Jorge Medina Blanco ha pasado a arresto domiciliario. La activista Laura Campos Vidal fue detenida el 3 de febrero. A los tres días fue excarcelada. El comerciante Víctor Pineda Salas enfrenta cargos por incitación al odio.",
        "2025-03-20",
    );
    assert_eq!(
        crate::date_of(&x, "Jorge Medina Blanco", "house_arrest"),
        "2025-03-20",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Laura Campos Vidal", "release"),
        "2025-02-06",
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Víctor Pineda Salas").contains(&"charge"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_she_was_arrested_after_her_introduction_as_a_daughter() {
    let x = crate::run(
        "Her daughter, Lucía Mora Vidal, is a nurse. She was arrested on Tuesday in front of the hospital.",
        "2025-06-12",
    );
    assert_eq!(
        crate::date_of(&x, "Lucía Mora Vidal", "arrest"),
        "2025-06-10",
        "{x:#?}"
    );
}

#[test]
fn issue_13_one_post_s_stamp_heads_it_alone() {
    let x = crate::run(
        "14 Feb 2026, 10:12\nEight people were arrested at the protest in Barquisimeto this morning. We know the name of one of them: student Rubén Lira Manzano.",
        "2026-02-16",
    );
    assert_eq!(
        crate::date_of(&x, "Rubén Lira Manzano", "arrest"),
        "2026-02-14",
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_students_named_back_without_a_count() {
    let x = crate::run(
        "Police detained Peruvian businessman Raúl Quispe Mamani and two students, Sofía Linares Paz and Diego Arcila Ruiz, on Saturday. The students were freed on Sunday.",
        "2025-04-15",
    );
    for name in ["Sofía Linares Paz", "Diego Arcila Ruiz"] {
        assert_eq!(
            crate::date_of(&x, name, "release"),
            "2025-04-13",
            "{name}: {x:#?}"
        );
    }
    assert!(
        !kinds_of(&x, "Raúl Quispe Mamani").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_trade_opening_the_sentence_is_its_subject_over_names_after_it() {
    let x = crate::run(
        "Los periodistas Ana Pérez Gómez y Luis Torres Vega y el activista Pedro Salas Rivas fueron detenidos el viernes en Valencia. Los periodistas fueron excarcelados el domingo, mientras que Salas Rivas sigue preso.",
        "2025-03-10",
    );
    for name in ["Ana Pérez Gómez", "Luis Torres Vega"] {
        assert_eq!(
            crate::date_of(&x, name, "release"),
            "2025-03-09",
            "{name}: {x:#?}"
        );
    }
    assert!(
        !kinds_of(&x, "Pedro Salas Rivas").contains(&"release"),
        "{x:#?}"
    );
    let x = crate::run(
        "Los periodistas Ana Pérez Gómez y Luis Torres Vega y el activista Pedro Salas Rivas fueron detenidos el viernes en Valencia. Ambos periodistas quedaron en libertad el domingo.",
        "2025-03-10",
    );
    assert!(
        kinds_of(&x, "Ana Pérez Gómez").contains(&"release"),
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "Pedro Salas Rivas").contains(&"release"),
        "{x:#?}"
    );
    // (A governor's days in office are no stay, whatever place the sentence names after.)
    let x = crate::run(
        "El gobernador Pedro Salas Rivas cumple 100 días en el cargo y visitó el Helicoide.",
        "2025-03-10",
    );
    assert!(x.persons.is_empty(), "{x:#?}");
}

#[test]
fn issue_13_a_two_word_name_ending_in_a_spanish_demonym() {
    let x = crate::run(
        "Mauricio Alemán fue detenido el sábado en Managua.",
        "2025-07-10",
    );
    assert_eq!(
        crate::date_of(&x, "Mauricio Alemán", "arrest"),
        "2025-07-05",
        "{x:#?}"
    );
}

#[test]
fn issue_13_whereabouts_unknown_in_more_words() {
    for text in [
        "La docente Marta Díaz Soto fue detenida el 3 de mayo. Sus familiares no saben dónde la mantienen.",
        "La docente Marta Díaz Soto fue detenida el 3 de mayo. Se desconoce dónde está recluida.",
    ] {
        let x = crate::run(text, "2025-05-10");
        let kinds = kinds_of(&x, "Marta Díaz Soto");
        assert!(kinds.contains(&"disappearance"), "{text}: {x:#?}");
        assert!(!kinds.contains(&"detention"), "{text}: {x:#?}");
    }
}

#[test]
fn issue_13_an_anniversary_of_the_arrest_dates_it() {
    for (text, day) in [
        (
            "Hoy se cumple un año de la detención del sindicalista Pedro Salas Rivas.",
            "2024-05-12",
        ),
        (
            "Today marks 100 days since union leader Pedro Salas Rivas was arrested in Maracay.",
            "2025-02-01",
        ),
        (
            "Se cumplen 100 días del arresto de Pedro Salas Rivas.",
            "2025-02-01",
        ),
    ] {
        let x = crate::run(text, "2025-05-12");
        assert_eq!(
            crate::date_of(&x, "Pedro Salas Rivas", "arrest"),
            day,
            "{text}: {x:#?}"
        );
    }
}
