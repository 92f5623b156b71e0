//! issue 13, forty-eighth round (continued): forms read from the spent blind sets' errors,
//! written anew with invented names.

#[test]
fn issue_13_taken_to_a_police_station_after_an_arrest_is_no_transfer() {
    // ("Police detained at least seven people … All were taken to the 76th police precinct":
    // the arrest's own step; a later move between prisons stays one.)
    let x = crate::run(
        "ST PETERSBURG | On Human Rights Day, police detained at least seven people at the memorial on Troitskaya Square. They had brought flowers. Among them: Yekaterina Sorina, 67, a retired librarian, and Ilya Vetlugin, 24, a student. All were taken to the 76th police precinct.\n\nIn March, the student Oleg Vetrenko was moved from SIZO-1 to penal colony IK-5 in Mordovia.\n",
        "2025-12-12",
    );
    assert!(
        !crate::kinds_of(&x, "Yekaterina Sorina").contains(&"transfer"),
        "{x:#?}"
    );
    assert!(
        crate::kinds_of(&x, "Oleg Vetrenko").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_day_wrapped_onto_the_next_line_keeps_its_month() {
    // (A PDF's prose wrapped "…por funcionarios de la policía el" / "14 de enero, según…": a
    // line opening on a day and its month goes on the line before, no numbered item.)
    let x = crate::run(
        "Informe trimestral de la organización sobre los casos de detención en el estado Lara,\ndonde nuestros monitores registraron varios casos. El dirigente vecinal Tomás Ugarte\nLinares, de 41 años, fue detenido en su casa de Carora por funcionarios de la policía el\n14 de enero, según denunció su esposa, quien no ha podido visitarlo en la sede policial\nde Barquisimeto. La organización pidió su libertad y la de los demás detenidos en la\nmisma redada, entre ellos varios estudiantes de la universidad pública del estado Lara.\n",
        "2025-04-15",
    );
    assert_eq!(
        crate::date_of(&x, "Tomás Ugarte Linares", "arrest"),
        "2025-01-14",
        "{x:#?}"
    );
}
