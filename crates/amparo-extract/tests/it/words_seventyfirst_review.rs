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

#[test]
fn issue_13_officers_charged_or_sentenced_for_torture_in_any_order_are_out_of_scope() {
    for text in [
        "Fueron detenidos el 3 de marzo por tortura los funcionarios Rigoberto Castillo y \
Jesualdo Blanco.",
        "Un tribunal condenó el 3 de marzo a los custodios Leocadio Carrasco y Wilmar Tovar a 15 \
años de prisión por tortura.",
        "Prosecutors charged with torture officers Leocadio Carrasco and Wilmar Tovar, who were \
arrested on March 3.",
        "A Caracas court on March 3 sentenced Leocadio Carrasco and Wilmar Tovar, two prison \
guards, to 15 years for torture.",
        "Imputados por tortura dos funcionarios del Cicpc: el inspector Rigoberto Castillo y el \
detective Jesualdo Blanco fueron detenidos el 5 de marzo.",
    ] {
        let x = crate::run(text, "2024-03-10");
        assert!(x.persons.is_empty(), "{text}: {x:#?}");
    }
}

#[test]
fn issue_13_a_torture_victim_seeking_redress_stays_held() {
    for (text, name) in [
        (
            "Student Valentina Suárez Ojeda was detained on March 2; her family is seeking \
redress for torture she endured in custody.",
            "Valentina Suárez Ojeda",
        ),
        (
            "La estudiante Valentina Suárez Ojeda fue detenida el 2 de marzo; su familia exige \
justicia por tortura sufrida bajo custodia.",
            "Valentina Suárez Ojeda",
        ),
    ] {
        let x = crate::run(text, "2024-03-10");
        assert!(crate::person(&x, name).is_some(), "{text}: {x:#?}");
    }
}

#[test]
fn issue_13_held_per_his_wife_the_unionist_named_after_her_is_held() {
    let x = crate::run(
        "Permanece detenido, según su esposa, el sindicalista Jairo Ortega Linares.",
        "2024-03-10",
    );
    assert!(
        crate::kinds_of(&x, "Jairo Ortega Linares").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_wife_waiting_at_a_seat_or_an_officer_serving_there_is_no_stay() {
    for (text, name) in [
        (
            "La esposa del sindicalista, Maritza Paredes, pasó dos días esperando en la sede de \
la PNB sin obtener respuesta.",
            "Maritza Paredes",
        ),
        (
            "Rosalía Gómez pasó dos días pidiendo información en la sede de la DGCIM sobre su hijo.",
            "Rosalía Gómez",
        ),
        (
            "Officer Julián Bastidas spent ten years serving at the SEBIN headquarters.",
            "Julián Bastidas",
        ),
    ] {
        let x = crate::run(text, "2024-03-10");
        assert!(crate::person(&x, name).is_none(), "{text}: {x:#?}");
    }
}

#[test]
fn issue_13_conditions_split_by_bars_outside_a_table_are_all_kept() {
    let x = crate::run(
        "• Yulimar Castañeda Ríos — released on March 8 | must report every 15 days | banned from \
leaving the country",
        "2024-03-10",
    );
    let release = crate::event_of(&x, "Yulimar Castañeda Ríos", "conditional_release")
        .unwrap_or_else(|| panic!("{x:#?}"));
    assert!(
        release
            .conditions
            .as_deref()
            .unwrap_or("")
            .contains("banned"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_actuacion_column_beside_observations_leaves_them_the_events() {
    let x = crate::run(
        "| Nombre | Detención | Centro | Actuación | Observaciones |\n|---|---|---|---|---|\n| \
Ildemaro Parra | 03/02/2024 | DGCIM Boleíta | Audiencia diferida | Excarcelado el 8 de marzo con \
medida cautelar |\n| Rosaura Méndez | 12/01/2024 | El Helicoide | Traslado | Desde el 5 de marzo \
en Rodeo I |",
        "2024-03-10",
    );
    assert_eq!(
        crate::date_of(&x, "Ildemaro Parra", "conditional_release"),
        "2024-03-08",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_relative_cited_before_one_described_leaves_him_held() {
    for (text, name) in [
        (
            "Permanece detenido en El Rodeo I, según su hijo, el periodista Lisandro Quevedo.",
            "Lisandro Quevedo",
        ),
        (
            "Permanece detenida, según su hija, la abogada Marisela Quevedo.",
            "Marisela Quevedo",
        ),
        (
            "Still detained at Rodeo I, according to his wife, is union leader Porfirio Salas.",
            "Porfirio Salas",
        ),
    ] {
        let x = crate::run(text, "2024-03-10");
        assert!(
            crate::kinds_of(&x, name).contains(&"detention"),
            "{text}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_prisoner_waiting_at_a_seat_for_his_trial_or_transfer_stays_there() {
    for text in [
        "Political prisoner Gumersindo Amaya spent six months waiting at El Helicoide to be \
transferred.",
        "El detenido Lucio Yépez pasó dos días esperando en el Cicpc su presentación ante el \
tribunal.",
        "Activist Jeremías Pérez spent two weeks waiting at the SEBIN headquarters for his transfer \
to Rodeo I.",
    ] {
        let x = crate::run(text, "2024-03-10");
        assert_eq!(x.persons.len(), 1, "{text}: {x:#?}");
    }
}

#[test]
fn issue_13_one_among_the_dozens_detained_or_counted_in_by_we_is_held() {
    for (text, name) in [
        (
            "Marisol Lozada, a student leader, was among the dozens detained on March 1.",
            "Marisol Lozada",
        ),
        (
            "\"We are hundreds behind bars,\" activist Leopoldo Ortega wrote from his cell in Rodeo \
I.",
            "Leopoldo Ortega",
        ),
    ] {
        let x = crate::run(text, "2024-03-10");
        assert!(crate::person(&x, name).is_some(), "{text}: {x:#?}");
    }
}

#[test]
fn issue_13_those_moved_by_the_news_or_floods_are_not_transferred() {
    let x = crate::run(
        "Families were evacuated after the floods in Mérida. Among those moved were teacher \
Leocadio Ortega and nurse Anabel Soto.",
        "2024-03-10",
    );
    assert!(x.persons.is_empty(), "{x:#?}");
}

#[test]
fn issue_13_guards_sentenced_by_a_court_for_torture_are_out_of_scope() {
    let x = crate::run(
        "Two prison guards, Leandro Carrasco and Wilmar Tovar, were sentenced by a Caracas court \
for torture on March 3.",
        "2024-03-10",
    );
    assert!(x.persons.is_empty(), "{x:#?}");
    let x = crate::run(
        "Former detainee Ramiro Lugones, who was compensated by the court for torture he suffered \
in 2018, was rearrested on March 3.",
        "2024-03-10",
    );
    assert!(crate::person(&x, "Ramiro Lugones").is_some(), "{x:#?}");
}

#[test]
fn issue_13_among_those_who_were_still_there_after_releases_none_is_freed() {
    let x = crate::run(
        "Tras el anuncio de excarcelaciones, dos autobuses custodiados por la GN salieron de la \
sede del SEBIN en El Helicoide el 9 de mayo. Entre los presos que seguían allí estaba Norberto \
Quintal.",
        "2024-05-10",
    );
    assert!(
        crate::person(&x, "Norberto Quintal")
            .is_none_or(|p| !p.events.iter().any(|e| e.kind.as_str() == "release")),
        "{x:#?}"
    );
}
