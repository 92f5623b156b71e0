//! issue 13, forty-sixth round: who is a person and how a name is read — forms read from the
//! spent blind sets' errors, written anew with invented names.

#[test]
fn issue_13_a_border_crossing_in_a_heading_is_no_one() {
    // ("Expulsado por Peñas Blancas" over a paragraph: the border post, not a person.)
    let x = crate::run(
        "Expulsado por Peñas Blancas\n\nEl ciudadano costarricense Marvin Alonso Quesada Mora, detenido en marzo, fue llevado el jueves hasta el puesto fronterizo de Peñas Blancas y entregado a las autoridades de Costa Rica.\n",
        "2024-09-06",
    );
    assert!(
        !x.persons.iter().any(|p| p.name.contains("Peñas")),
        "{x:#?}"
    );
}
