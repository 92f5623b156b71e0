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
