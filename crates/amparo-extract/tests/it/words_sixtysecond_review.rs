//! issue 13, sixty-second round: the black-box review's probes of the round's rules, written
//! anew with invented names.

#[test]
fn issue_13_one_held_beside_a_counted_group_is_still_held() {
    let x = crate::run(
        "El dirigente Teófilo Guaramato, junto a cinco activistas de su partido, permanece privado \
de libertad en El Helicoide.",
        "2024-03-15",
    );
    assert!(
        crate::kinds_of(&x, "Teófilo Guaramato").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_three_are_not_three_officials_who_act_in_the_sentence() {
    let x = crate::run(
        "Tres estudiantes fueron detenidos el 4 de marzo de 2024 en Mérida. El gobernador Nicanor \
Albornoz, el fiscal Lisandro Tobías y el juez Rosendo Díaz se reunieron el 6 de marzo; los tres \
fueron liberados el 8 de marzo.",
        "2024-03-15",
    );
    assert!(crate::no_events(&x, "Nicanor Albornoz"), "{x:#?}");
    // (Set off right after them, they are those three.)
    let x = crate::run(
        "Lázaro Ismael Portales, Yaimara Benítez Suárez y Ernesto Luis Carbó, los tres de La \
Habana, fueron sacados el jueves de sus celdas y llevados al aeropuerto, donde abordaron un vuelo a \
Miami.",
        "2025-03-15",
    );
    assert!(!crate::no_events(&x, "Yaimara Benítez Suárez"), "{x:#?}");
}

#[test]
fn issue_13_those_returned_to_prison_named_in_the_sentence_are_those_named() {
    let x = crate::run(
        "Interior Minister Abelardo Pérez said those returned to prison included Hildegard Cortés \
and Jaime Olivares, who had violated their house-arrest terms.",
        "2025-03-01",
    );
    assert!(!crate::no_events(&x, "Hildegard Cortés"), "{x:#?}");
}

#[test]
fn issue_13_a_feast_day_keeps_the_year_told_a_few_words_after() {
    for text in [
        "El estudiante Ulpiano Peña fue detenido en la Nochebuena del año 2017 y excarcelado el 3 \
de junio de 2024.",
        "El estudiante Ulpiano Peña fue detenido en la Nochebuena negra de 2017 y excarcelado el 3 \
de junio de 2024.",
    ] {
        let x = crate::run(text, "2024-06-10");
        assert_eq!(
            crate::date_of(&x, "Ulpiano Peña", "arrest"),
            "2017-12-24",
            "{x:#?}"
        );
    }
    let x = crate::run(
        "El activista Teodosio Álvarez fue detenido el Día de Reyes en Ciudad Guayana.",
        "2024-01-10",
    );
    assert_eq!(
        crate::date_of(&x, "Teodosio Álvarez", "arrest"),
        "2024-01-06"
    );
    let x = crate::run(
        "Rubén Carvallo was arrested on Christmas 2021 and released in March 2022.",
        "2024-06-10",
    );
    assert_eq!(crate::date_of(&x, "Rubén Carvallo", "arrest"), "2021-12-25");
}

#[test]
fn issue_13_deprived_of_liberty_since_a_day_when_arrested_dates_the_arrest() {
    let x = crate::run(
        "Los hermanos Ricaurte y Alfonso Linárez se mantienen privados de libertad desde el 12 de \
enero de 2024, cuando fueron detenidos por funcionarios de la DGCIM en Valencia.",
        "2024-03-15",
    );
    assert_eq!(
        crate::date_of(&x, "Alfonso Linárez", "arrest"),
        "2024-01-12"
    );
    let x = crate::run(
        "Ricaurte Linárez permanece privado de libertad desde el 12 de enero de 2024, cuando fue \
arrestado por la DGCIM.",
        "2024-03-15",
    );
    assert_eq!(
        crate::date_of(&x, "Ricaurte Linárez", "arrest"),
        "2024-01-12"
    );
}

#[test]
fn issue_13_a_house_arrest_replaced_only_when_done() {
    for text in [
        "La defensa de Iván Corredor, detenido el 12 de enero, pidió el 2 de marzo que le \
sustituyan el arresto domiciliario por un régimen de presentación, pero el tribunal lo negó.",
        "La familia de Samuel Arocena, detenido el 10 de enero, espera que el 2 de marzo le \
sustituyen el arresto domiciliario por un régimen de presentación.",
        "A Samuel Arocena, detenido el 10 de enero, aún no le sustituyen el arresto domiciliario \
por un régimen de presentación.",
    ] {
        let x = crate::run(text, "2023-03-10");
        let name = if text.contains("Iván") {
            "Iván Corredor"
        } else {
            "Samuel Arocena"
        };
        assert!(
            !crate::kinds_of(&x, name).contains(&"conditional_release"),
            "{text}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_the_three_officers_or_one_of_the_three_are_not_the_three_held() {
    for text in [
        "• 14 de enero de 2023 — Detienen a Rafael Quiroga, Marta Salinas y Jorge Benavides en \
Caracas.\n\n• 16 de enero de 2023 — La Fiscalía imputa a los tres policías que los golpearon.",
        "• 14 de enero de 2023 — Detienen a Rafael Quiroga, Marta Salinas y Jorge Benavides.\n\n\
• 16 de enero de 2023 — La Fiscalía imputa a uno de los tres por terrorismo.",
    ] {
        let x = crate::run(text, "2023-03-10");
        assert!(
            !crate::kinds_of(&x, "Marta Salinas").contains(&"charge"),
            "{text}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_feast_day_s_year_is_the_sentence_s_own() {
    let x = crate::run(
        "El capitán Juan Carrasquilla fue detenido en Nochebuena. En el año 2017 ya había sido \
arrestado.",
        "2023-03-10",
    );
    assert_eq!(
        crate::date_of(&x, "Juan Carrasquilla", "arrest"),
        "2022-12-24"
    );
    let x = crate::run(
        "En 2019, el Día de Reyes, fue detenido el sargento Luis Bandrés en Caracas.",
        "2023-03-10",
    );
    assert_eq!(crate::date_of(&x, "Luis Bandrés", "arrest"), "2019-01-06");
    let x = crate::run(
        "El sargento Luis Bandrés fue dado de baja en marzo de 2019. En la Nochebuena de ese año \
fue detenido en Caracas.",
        "2023-03-10",
    );
    assert_ne!(crate::date_of(&x, "Luis Bandrés", "arrest"), "2022-12-24");
}

#[test]
fn issue_13_that_year_is_the_year_of_the_last_date_told_not_of_a_number() {
    let x = crate::run(
        "La activista Delfina Sarmiento, nacida en 1985, fue detenida el 3 de marzo. En mayo de ese \
año fue trasladada a La Esperanza.",
        "2025-06-10",
    );
    assert_eq!(
        crate::date_of(&x, "Delfina Sarmiento", "transfer"),
        "2025-05"
    );
    let x = crate::run(
        "Among those freed was Daniel Kestrel, a reporter who was arrested in March 2024 and \
sentenced in July of that year to 16 years.",
        "2025-08-02",
    );
    assert_eq!(crate::date_of(&x, "Daniel Kestrel", "sentence"), "2024-07");
    let x = crate::run(
        "Ramírez Toro fue detenido el 30 de julio de 2024. Yusmary Ovalles, enfermera, había sido \
arrestada el 2 de agosto de ese año en su lugar de trabajo.",
        "2026-01-10",
    );
    assert_eq!(
        crate::date_of(&x, "Yusmary Ovalles", "arrest"),
        "2024-08-02"
    );
}
