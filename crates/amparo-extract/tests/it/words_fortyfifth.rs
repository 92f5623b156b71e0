//! issue 13, forty-fifth round: forms read from the spent blind sets' errors, written anew with
//! invented names.

#[test]
fn issue_13_a_faculty_is_no_person() {
    // ("…frente a la Facultad de Ciencias Económicas y Sociales fueron excarcelados anoche": the
    // faculty's name is no one freed; the release is the group's.)
    let x = crate::run(
        "Cuatro de los seis bachilleres detenidos el 12 de octubre durante una asamblea frente a la Facultad de Ciencias Jurídicas y Políticas fueron excarcelados anoche del comando policial de Tinaquillo.\n",
        "2025-12-10",
    );
    assert!(crate::person(&x, "Ciencias Jurídicas").is_none(), "{x:#?}");
}

#[test]
fn issue_13_the_freed_a_list_names_back_are_those_of_the_lead() {
    // ("Los excarcelados son A, B…" after the lead and a judge's sentence: the lead's release,
    // its day and the group's arrest told with it.)
    let x = crate::run(
        "Tres de los cinco bachilleres detenidos el 12 de octubre durante una asamblea fueron excarcelados anoche del comando policial de Tinaquillo.\n\nEl juez acordó para los tres jóvenes una medida cautelar de régimen de presentación cada 15 días.\n\nLos excarcelados son Rosendo Aurelio Piñango Tapia, de 19 años; Yusmary del Valle Carrizales, de 20, y Ovidio Clemente Vielma Sotillo, de 22.\n",
        "2025-12-10",
    );
    for name in [
        "Rosendo Aurelio Piñango Tapia",
        "Yusmary del Valle Carrizales",
        "Ovidio Clemente Vielma Sotillo",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2025-10-12",
            "{name}: {x:#?}"
        );
        assert_eq!(
            crate::date_of(&x, name, "conditional_release"),
            "2025-12-09",
            "{name}: {x:#?}"
        );
    }
}
