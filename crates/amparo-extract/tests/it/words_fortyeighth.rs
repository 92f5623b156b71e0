//! issue 13, forty-eighth round: the last round's review probes and forms read from the spent
//! blind sets' errors, written anew with invented names.

#[test]
fn issue_13_where_a_thing_is_is_no_ones_disappearance() {
    // ("ninguna autoridad ha confirmado dónde está el expediente": a file, not a person; a
    // person after "dónde está" still is.)
    let x = crate::run(
        "El sindicalista Jacinto Pereda Ruiz fue excarcelado el lunes. Su abogado, Fermín Lugo, dijo que ninguna autoridad ha confirmado dónde está el expediente.\n\nLa activista Otilia Baena Sarmiento fue detenida el 2 de febrero en Caracas. Su abogado denunció el lunes que ninguna autoridad ha confirmado dónde está la joven.\n",
        "2026-03-01",
    );
    assert!(
        !crate::kinds_of(&x, "Jacinto Pereda Ruiz").contains(&"disappearance"),
        "{x:#?}"
    );
    assert!(
        crate::kinds_of(&x, "Otilia Baena Sarmiento").contains(&"disappearance"),
        "{x:#?}"
    );
}
