//! issue 13, twenty-fourth round: what words say of one person — a stay told in the perfect, a
//! clitic right after the sentence that introduced the one taken. Invented names only.

use crate::kinds_of;

#[test]
fn issue_13_a_stay_told_in_the_pluperfect_is_a_detention() {
    let x = crate::run(
        "El sindicalista Baltasar Urquiola Mena obtuvo la libertad plena el viernes. Urquiola había pasado 19 meses en la cárcel de Tocorón.",
        "2026-02-24",
    );
    assert!(
        kinds_of(&x, "Baltasar Urquiola Mena").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_clitic_after_the_son_is_introduced_is_his_arrest() {
    let x = crate::run(
        "NELLY ROJAS: Mi hijo se llama Brayan Eduardo Guaita Ruiz, tiene 23 años, es mototaxista. Hace dos semanas lo agarraron saliendo de la casa unos funcionarios sin uniforme.",
        "2025-11-05",
    );
    assert!(
        kinds_of(&x, "Brayan Eduardo Guaita Ruiz").contains(&"arrest"),
        "{x:#?}"
    );
    // Not the mother who tells it.
    assert!(!x.persons.iter().any(|p| p.name == "NELLY ROJAS"), "{x:#?}");
}
