//! issue 13, sixty-third round: what the black-box reviews of the round's rules found, written
//! anew with invented names.

#[test]
fn issue_13_a_relative_after_a_role_for_others_is_not_the_name_s() {
    for text in [
        "Fermín Ocanto, abogado de presos que siguen recluidos, denunció la situación.",
        "Fermín Ocanto, abogado de un preso que sigue detenido desde el 4 de enero, denunció \
torturas.",
        "Fermín Ocanto, defensor de un activista que sigue encarcelado desde el 4 de enero, habló.",
    ] {
        let x = crate::run(text, "2026-03-05");
        assert!(crate::no_events(&x, "Fermín Ocanto"), "{text}");
    }
    // (A role's adjective is still its own: "activista sindical que fue indultado".)
    let x = crate::run(
        "La foto muestra a Yuri Lobach, activista sindical que fue indultado en junio de 2024 y \
ya vive en Vilna.",
        "2026-03-05",
    );
    assert!(crate::kinds_of(&x, "Yuri Lobach").contains(&"release"));
}

#[test]
fn issue_13_what_was_not_carried_out_is_the_noun_its_verb_tells_of() {
    // (Another noun's verb: the event told before it happened.)
    let x = crate::run(
        "The arrest of Dalia Urbina on 2 February came after a planned meeting did not take place.",
        "2026-03-05",
    );
    assert!(crate::kinds_of(&x, "Dalia Urbina").contains(&"arrest"));
    let x = crate::run(
        "La excarcelación de Dalia Urbina el 1 de marzo se produjo porque el juicio no se concretó.",
        "2026-03-05",
    );
    assert!(crate::kinds_of(&x, "Dalia Urbina").contains(&"release"));
    // (Its own, in other words and orders.)
    for text in [
        "La excarcelación de Dalia Urbina nunca se concretó.",
        "La excarcelación de Dalia Urbina no llegó a concretarse.",
        "La excarcelación de Dalia Urbina quedó sin efecto.",
        "No se concretó la excarcelación de Dalia Urbina.",
        "La liberación de Dalia Urbina, prevista para el 1 de marzo, no se concretó.",
    ] {
        let x = crate::run(text, "2026-03-05");
        assert!(crate::no_events(&x, "Dalia Urbina"), "{text}");
    }
}

#[test]
fn issue_13_taken_to_the_airport_to_be_deported_keeps_what_happened() {
    let x = crate::run(
        "Jacinto Ferrer Olmos was taken to the airport on 1 March to be deported.",
        "2026-03-05",
    );
    assert!(crate::person(&x, "Jacinto Ferrer Olmos").is_some());
}

#[test]
fn issue_13_one_of_them_after_but_is_not_the_one_named_before() {
    let x = crate::run(
        "Ana Lucía Vega Ruiz fue excarcelada el lunes, pero una de las presas de la lista fue \
devuelta a la cárcel.",
        "2025-09-05",
    );
    assert!(!crate::kinds_of(&x, "Ana Lucía Vega Ruiz").contains(&"transfer"));
}
