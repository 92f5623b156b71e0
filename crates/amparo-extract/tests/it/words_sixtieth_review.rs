//! issue 13, sixtieth round: what the black-box review of the round's rules found, written anew
//! with invented names.

#[test]
fn issue_13_review_him_after_a_relative_introduced_by_a_plain_fact_is_still_the_detainee() {
    for relative in [
        "His lawyer, Dámaso Ferrán, is a former judge.",
        "His brother, Dámaso Rincón Salas, lives in Madrid.",
        "His father, Dámaso Rincón, is a retired teacher.",
    ] {
        let x = crate::run(
            &format!(
                "Opposition leader Paulino Rincón Salas was arrested on Monday, October 16. \
{relative} On Thursday a court released him on bail."
            ),
            "2023-10-20",
        );
        assert!(
            crate::kinds_of(&x, "Paulino Rincón Salas").contains(&"conditional_release"),
            "{relative}: {x:#?}"
        );
        assert!(x.persons.len() == 1, "{relative}: {x:#?}");
    }
}

#[test]
fn issue_13_review_a_charge_disputed_in_the_next_sentence_keeps_the_activist() {
    let x = crate::run(
        "La policía detuvo el lunes 16 al activista Wenceslao Pinto Lara en Guarenas. Sobre él \
pesaba una orden de captura por robo agravado. Su abogada, Inés Lugo, asegura que la acusación \
es falsa y que fue detenido por organizar protestas.",
        "2023-10-27",
    );
    assert_eq!(
        crate::date_of(&x, "Wenceslao Pinto Lara", "arrest"),
        "2023-10-16",
        "{x:#?}"
    );
}

#[test]
fn issue_13_review_borja_is_a_man() {
    let x = crate::run(
        "Desde el lunes, Marisela Sifontes duerme frente al penal de Tocuyito.\n\nSu hijo, Borja \
Sifontes Lara, es estudiante de Derecho. Él pasó seis meses en el Rodeo I antes de su traslado.",
        "2025-10-30",
    );
    assert!(crate::no_events(&x, "Marisela Sifontes"), "{x:#?}");
}

#[test]
fn issue_13_review_weekdays_with_their_day_in_english_and_before_tras() {
    let x = crate::run(
        "Opposition activist Bernabé Lander Ochoa, held since October 2, was transferred last \
Wednesday, the 18th, to the Rodeo I prison, his family said. On Thursday the 19th he was \
charged with terrorism.",
        "2023-10-27",
    );
    assert_eq!(
        crate::date_of(&x, "Bernabé Lander Ochoa", "transfer"),
        "2023-10-18",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Bernabé Lander Ochoa", "charge"),
        "2023-10-19",
        "{x:#?}"
    );
    let x = crate::run(
        "El exfiscal del caso, Ramiro Ojeda Salas, fue detenido el jueves 19 tras denunciar \
irregularidades en el proceso.",
        "2023-10-27",
    );
    assert_eq!(
        crate::date_of(&x, "Ramiro Ojeda Salas", "arrest"),
        "2023-10-19",
        "{x:#?}"
    );
}

#[test]
fn issue_13_review_where_she_remains_is_held_now_after_that_same_day() {
    let x = crate::run(
        "El 3 de agosto de 2022 fue detenida la sindicalista Alcira Benavides Rojo en Caracas. \
Ese mismo 3 de agosto fue trasladada a El Helicoide, donde permanece.",
        "2024-08-15",
    );
    assert_eq!(
        crate::date_of(&x, "Alcira Benavides Rojo", "transfer"),
        "2022-08-03",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Alcira Benavides Rojo", "detention"),
        "2024-08-15",
        "{x:#?}"
    );
}
