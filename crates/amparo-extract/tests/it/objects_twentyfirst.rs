//! issue 13, twenty-first round: who a sentence holds when the text names them its own way —
//! siblings told surname first ("los hermanos Lameda, Rigoberto y Santiago"), "encerrada en el
//! INOF", "Ahí siguen A y B" after the prison just named. Invented names only.

use crate::kinds_of;

fn run(text: &str) -> amparo_extract::Extraction {
    crate::run(text, "2026-07-11")
}

#[test]
fn issue_13_siblings_told_surname_first_are_each_named() {
    let x = run(
        "Pienso en los hermanos Carabaño, Wilmer y Ronald, detenidos juntos en Guanare, a quienes su madre visita por turnos.",
    );
    for name in ["Wilmer Carabaño", "Ronald Carabaño"] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
    }
    // (In a list's line too.)
    let x = run(
        "Nueve personas salieron el sábado del penal de Tocuyito.\n\nLa lista:\nEn libertad plena: Omar Rivas Toro; Joselyn Uzcátegui.\nCon régimen de presentación cada 30 días: Carlos Ibarra Quintero, y los hermanos Dávila, Yonny y Yerson.",
    );
    for name in ["Carlos Ibarra Quintero", "Yonny Dávila", "Yerson Dávila"] {
        assert!(
            kinds_of(&x, name).contains(&"conditional_release"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_locked_up_in_a_prison_and_still_there() {
    let x = run(
        "Pienso en la profesora Nilda Marrero Soto, encerrada en el INOF desde hace 18 meses.\n\nLISANDRA CUESTA NÁPOLES: Yo pasé dos años en la prisión de mujeres de Occidente. Ahí siguen Yarelis Leyva Mora, que era enfermera en Güines, y otras más.",
    );
    assert!(
        kinds_of(&x, "Nilda Marrero Soto").contains(&"detention"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Yarelis Leyva Mora").contains(&"detention"),
        "{x:#?}"
    );
    // (Shut in at home is no custody.)
    let x = run("La dirigente Coromoto Páez Gil pasó la semana encerrada en su casa por miedo.");
    assert!(crate::no_events(&x, "Coromoto Páez Gil"), "{x:#?}");
}

#[test]
fn issue_13_cellmates_are_held_and_a_prisons_namesake_is_no_one() {
    let x = run(
        "El exdiputado Aurelio Zambrana Mejía murió la madrugada del miércoles en el Sistema Penitenciario Nacional Jorge Navarro, conocido como La Modelo. En La Modelo, Zambrana compartía celda con Ernesto Palacios Ruiz.",
    );
    assert!(
        kinds_of(&x, "Aurelio Zambrana Mejía").contains(&"death_in_custody"),
        "{x:#?}"
    );
    assert!(crate::no_events(&x, "Jorge Navarro"), "{x:#?}");
    assert!(
        kinds_of(&x, "Ernesto Palacios Ruiz").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_where_one_remains_and_under_police_guard_are_custody_now() {
    let x = crate::run(
        "His family told us they located the student Ernesto Salvatierra on Sept. 20 at Zona 7, where he remains. His lawyer said that Froilán Berríos Mota is alive and hospitalized under police guard at the Hospital Militar in Caracas.",
        "2026-09-29",
    );
    assert!(
        kinds_of(&x, "Ernesto Salvatierra").contains(&"detention"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Froilán Berríos Mota").contains(&"detention"),
        "{x:#?}"
    );
    // (Staying abroad in exile is no custody.)
    let x = run(
        "Dos días después, Camilo Sifuentes Rey salió del país hacia Cúcuta, donde permanece exiliado.",
    );
    assert!(
        !kinds_of(&x, "Camilo Sifuentes Rey").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_past_verb_that_folds_to_a_noun_acts_on_its_object() {
    let x = crate::run(
        "La Policía arrestó el lunes en Holguín al rapero Luis Orlando Fonseca, conocido como El Invisible, por una canción contra los apagones.",
        "2026-06-10",
    );
    assert!(
        kinds_of(&x, "Luis Orlando Fonseca").contains(&"arrest"),
        "{x:#?}"
    );
}
