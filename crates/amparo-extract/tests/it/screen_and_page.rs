//! issue 13, nineteenth round: what a screen, a page or a post prints around the names — a
//! caption over a list, a name line with an age and a place. Invented names only.

use crate::{date_of, kinds_of, person, run};

#[test]
fn issue_13_a_captions_event_heads_the_name_lines_below_it() {
    let x = run(
        "PRESENTADORA: Buenas noches. Esta tarde salieron varias personas de distintos penales.

REPORTERO: Tenemos la lista que confirmaron los abogados:

[GENERADOR DE CARACTERES: EXCARCELADOS HOY]
ANDRÉS FELIPE MARCANO (41) — TOCORÓN
LUISANA DEL CARMEN ROA (29) — RODEO I

REPORTERO: La madre de Marcano esperó tres noches frente al penal.
",
        "2026-04-10",
    );
    assert_eq!(
        date_of(&x, "ANDRÉS FELIPE MARCANO", "release"),
        "2026-04-10",
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "LUISANA DEL CARMEN ROA").contains(&"release"),
        "{x:#?}"
    );
    // (The caption's line is one name, its age and its prison: no dateline cut at the dash.)
    assert!(person(&x, "TOCORÓN").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_stage_direction_in_brackets_is_still_no_heading() {
    let x = run(
        "[GC: MADRE DE ESTUDIANTE DETENIDO]
CARMEN ROJAS: Mi hijo lleva tres meses preso y nadie nos dice nada.
",
        "2026-04-10",
    );
    assert!(person(&x, "CARMEN ROJAS").is_none(), "{x:#?}");
}
