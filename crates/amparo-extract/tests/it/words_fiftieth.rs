//! issue 13, fiftieth round: forms the last rounds' blind sets showed, written anew with
//! invented names.

#[test]
fn issue_13_a_group_header_over_a_table_of_its_own_changes_its_event() {
    // (Two tables under one list, the second under "Con arresto domiciliario:": its rows took
    // the first table's release with conditions.)
    let x = crate::run(
        "El martes 13 de enero fueron excarceladas cinco personas en Caracas.\n\nCon régimen de presentación (cada 30 días):\n\nNombre | Cédula | Fecha de detención | Centro\nRamiro Ezequiel Tolosa | V-14.111.222 | 02/08/2024 | Tocorón\nDalia Rosaura Pinango | V-19.333.444 | 29/07/2024 | Rodeo I\n\nCon arresto domiciliario:\n\nNombre | Cédula | Fecha de detención | Centro\nAníbal José Quenza | V-25.555.666 | 30/07/2024 | Tocuyito\nTeresa Lucila Bermúdez | V-6.777.888 | 12/01/2025 | El Helicoide\n",
        "2026-01-16",
    );
    for name in ["Aníbal José Quenza", "Teresa Lucila Bermúdez"] {
        let kinds = crate::kinds_of(&x, name);
        assert!(kinds.contains(&"house_arrest"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"conditional_release"), "{name}: {x:#?}");
    }
    assert!(
        crate::kinds_of(&x, "Ramiro Ezequiel Tolosa").contains(&"conditional_release"),
        "{x:#?}"
    );
}
