//! issue 13, seventy-first round: what the black-box reviews of the round's rules found, written
//! anew with invented names.

#[test]
fn issue_13_a_prisoner_waiting_or_sleeping_in_a_cell_still_stays_there() {
    for text in [
        "El periodista Anselmo Urdaneta pasó seis meses esperando su traslado en la sede del Sebin \
en Plaza Venezuela.",
        "La activista Nerea Villamizar pasó tres semanas durmiendo en el piso de un calabozo de la \
PNB en Zona 7.",
        "Captain Faustino Arraez spent four years awaiting sentencing in Ramo Verde.",
        "Councilman Evaristo Peraza spent a year asking for medical care at the SEBIN, his family \
said.",
    ] {
        let x = crate::run(text, "2024-03-10");
        assert_eq!(x.persons.len(), 1, "{text}: {x:#?}");
        assert!(
            x.persons[0]
                .events
                .iter()
                .any(|e| e.kind.as_str() == "detention"),
            "{text}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_wife_queuing_or_a_lawyer_visiting_is_no_stay() {
    for (text, name) in [
        (
            "Su esposa, Mirna Zambrano, pasó meses haciendo fila en la sede del Sebin.",
            "Mirna Zambrano",
        ),
        (
            "El abogado Tobías Landaeta pasó la semana visitando a sus defendidos en Tocorón.",
            "Tobías Landaeta",
        ),
    ] {
        let x = crate::run(text, "2024-03-10");
        assert!(crate::person(&x, name).is_none(), "{text}: {x:#?}");
    }
}

#[test]
fn issue_13_a_torture_victim_in_the_officers_sentence_stays_a_detainee() {
    for (text, name) in [
        (
            "El sargento Dionisio Larrea, detenido el 5 de marzo por tortura, torturó al concejal \
Fausto Albornoz, que sigue preso en El Helicoide.",
            "Fausto Albornoz",
        ),
        (
            "Prosecutors charged two SEBIN officers with torture in the case of councilman Fausto \
Albornoz, who was arrested on February 8 and remains in El Helicoide.",
            "Fausto Albornoz",
        ),
        (
            "Lawyer Evelio Torrealba was arrested on March 4 for filing a complaint for torture on \
behalf of a client.",
            "Evelio Torrealba",
        ),
    ] {
        let x = crate::run(text, "2024-03-10");
        assert!(crate::person(&x, name).is_some(), "{text}: {x:#?}");
    }
}

#[test]
fn issue_13_officers_arrested_for_torture_on_a_day_are_out_of_scope() {
    let x = crate::run(
        "Dos funcionarios de la DGCIM, el teniente Ulises Pérez Mora y el sargento Lisandro \
Mora, fueron detenidos el 5 de marzo por tortura.",
        "2024-03-10",
    );
    assert!(x.persons.is_empty(), "{x:#?}");
}

#[test]
fn issue_13_a_lawyer_cited_after_where_an_unnamed_prisoner_stays_is_not_held() {
    let x = crate::run(
        "El preso político fue trasladado a El Rodeo I, donde permanece, según su defensora, la \
abogada Maritza Quevedo.",
        "2026-01-16",
    );
    assert!(crate::person(&x, "Maritza Quevedo").is_none(), "{x:#?}");
}

#[test]
fn issue_13_one_held_in_a_hospital_per_her_daughter_is_still_held() {
    let x = crate::run(
        "La dirigente sindical Yelitza Coromoto Pinto está viva. Fue trasladada el 22 de mayo \
desde La Pica al Hospital Universitario de Ciudad Bolívar y permanece allí bajo custodia \
policial, según su hija, Dayana Pinto.",
        "2026-05-28",
    );
    assert!(
        crate::kinds_of(&x, "Yelitza Coromoto Pinto").contains(&"detention"),
        "{x:#?}"
    );
    assert!(crate::person(&x, "Dayana Pinto").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_table_s_action_column_tells_its_rows_events() {
    let x = crate::run(
        "Tabla 1. Decisiones de la semana\n\nNombre | Centro de reclusión | Tribunal | Actuación | \
Fecha\nLeandro Brito Mora | Rodeo I | 1.º Control | Audiencia preliminar diferida | 03/11/2025\n\
Yusmely Pernía | El Helicoide → Rodeo I | — | Traslado | 07/11/2025\nNairobi Álvarez Tineo | \
INOF | 2.º Control | Excarcelada: presentación cada 30 días y prohibición de salida del país | \
06/11/2025",
        "2025-11-10",
    );
    assert!(
        !crate::kinds_of(&x, "Leandro Brito Mora").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(
        crate::kinds_of(&x, "Yusmely Pernía").contains(&"transfer"),
        "{x:#?}"
    );
    let release = crate::event_of(&x, "Nairobi Álvarez Tineo", "conditional_release")
        .unwrap_or_else(|| panic!("{x:#?}"));
    assert!(
        !release.conditions.as_deref().unwrap_or("").contains('|'),
        "{x:#?}"
    );
}
