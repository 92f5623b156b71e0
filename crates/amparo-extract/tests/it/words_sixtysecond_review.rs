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
