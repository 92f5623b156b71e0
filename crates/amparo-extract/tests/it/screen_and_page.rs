//! issue 13, nineteenth round: what a screen, a page or a post prints around the names (a
//! caption over a list, a name line with an age and a place, a tracker's table, a digest's
//! outlets), releases into forced departure, and the words that tell custody in passing.
//! Invented names only.

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

#[test]
fn issue_13_a_headline_telling_release_and_banishment_gives_both_to_the_list() {
    let x = run(
        "Excarcelan y destierran a nueve presos políticos: los subieron a un avión

Nueve presos políticos fueron sacados de sus celdas en la madrugada del lunes y llevados al aeropuerto. Junto a ellos fue expulsado un ciudadano panameño.

LA LISTA CONFIRMADA:

1. RODRIGO ANTONIO MEZA LARIOS — dirigente campesino de Boaco.
2. ELIDA DEL SOCORRO PRADO — abogada de León.
",
        "2025-10-08",
    );
    for name in ["RODRIGO ANTONIO MEZA LARIOS", "ELIDA DEL SOCORRO PRADO"] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"release"), "{name}: {x:#?}");
        assert!(kinds.contains(&"exile"), "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "release"), "2025-10-06", "{x:#?}");
    }
}

#[test]
fn issue_13_handed_to_home_authorities_at_a_border_post_is_sent_out() {
    let x = run(
        "El panameño Octavio Ruiz Batista, detenido en julio cuando visitaba a su madre en Rivas, fue entregado a las autoridades de su país en el puesto fronterizo de Peñas Blancas.",
        "2025-10-08",
    );
    let kinds = kinds_of(&x, "Octavio Ruiz Batista");
    assert!(kinds.contains(&"expulsion"), "{x:#?}");
    assert!(kinds.contains(&"release"), "{x:#?}");
}

#[test]
fn issue_13_a_tracker_tables_notes_and_totals_take_no_release_from_above_it() {
    let x = run(
        "Foreign nationals detained: our tracker

Since the mass releases that began on 8 January, foreign governments have pressed for their citizens. The table below lists the cases families agreed to name.

Name\tNationality\tDetained\tFacility\tStatus
HOLLOWAY, Grant Peter\tUS\t14/09/2024\tRodeo I\tDetained
MARCHETTI, Livia\tIT\t02/12/2024\tEl Helicoide\tReleased 09/01/2026; deported to Rome the same day
NKEMELU, Obinna\tNG\t20/06/2025\tUnknown\tWhereabouts unknown since arrest

Notes
- Holloway, a retired teacher from Ohio, was arrested near the border while hiking.
- Nkemelu's family has not heard from him since June.

Totals at 20/02/2026: 3 cases; 1 held, 1 disappeared, 1 released with conditions.
",
        "2026-02-24",
    );
    assert!(
        !kinds_of(&x, "HOLLOWAY, Grant Peter").contains(&"release"),
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "NKEMELU, Obinna").contains(&"release"),
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "MARCHETTI, Livia", "release"),
        "2026-01-09",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_group_header_telling_a_leaving_under_the_released_frees_them_too() {
    let x = run(
        "On Wednesday the presidential press service announced that 14 people had been pardoned. By Wednesday evening we had confirmed the release of eight of them.

Released and at home:
— Anton Kurylenka, 58, a retired schoolteacher;

Taken to the border and forced to leave Belarus:
— Siarhei Palchyk, journalist;
— Maryna Dzeraviaha, a lawyer.

Remain behind bars:
— Uladzimir Salei, now in Penal Colony No. 17.
",
        "2025-04-03",
    );
    for name in ["Siarhei Palchyk", "Maryna Dzeraviaha"] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"release"), "{name}: {x:#?}");
        assert!(kinds.contains(&"expulsion"), "{name}: {x:#?}");
    }
    assert!(
        !kinds_of(&x, "Uladzimir Salei").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_apposition_s_relative_and_weeks_served_tell_custody() {
    let x = run(
        "Pienso en Ramiro Lugo Vera, el barbero de Catia que lleva desde agosto de 2024 en Tocuyito. Pienso también en la activista Nelly Salcedo Paz, que cumplía su primera semana en la sede del SEBIN en Mérida. El ministro Eligio Barrios, que dijo que nadie está preso por pensar, no respondió.",
        "2026-03-01",
    );
    assert_eq!(
        date_of(&x, "Ramiro Lugo Vera", "arrest"),
        "2024-08",
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Nelly Salcedo Paz").contains(&"detention"),
        "{x:#?}"
    );
    assert!(
        person(&x, "Eligio Barrios").is_none_or(|p| p.events.is_empty()),
        "{x:#?}"
    );
}

#[test]
fn issue_13_confined_to_her_house_is_house_arrest() {
    let x = run(
        "Consider Yudith Pérez Lora, a 41-year-old independent journalist from Holguín, who has been confined to her house since December by order of a State Security officer.",
        "2026-03-01",
    );
    assert_eq!(
        date_of(&x, "Yudith Pérez Lora", "house_arrest"),
        "2025-12",
        "{x:#?}"
    );
}

#[test]
fn issue_13_taken_from_one_prison_to_another_and_whereabouts_still_unknown() {
    let x = run(
        "[10:27] Traslado: nos informan que el periodista Rubén Darío Salas fue llevado el sábado desde El Helicoide hasta el Rodeo I.

[11:02] Continúa sin conocerse el paradero de Nelson Ruiz Parra, coordinador regional de un partido.
",
        "2026-03-02",
    );
    assert_eq!(
        date_of(&x, "Rubén Darío Salas", "transfer"),
        "2026-02-28",
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Nelson Ruiz Parra").contains(&"disappearance"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_digest_s_outlets_and_a_question_s_office_are_no_people() {
    let x = run(
        "RESUMEN DE PRENSA

▶ Efecto Cocuyo: Ordenan casa por cárcel para la exdiputada Mireya Carolina Osuna
Un tribunal de control le otorgó el martes arresto domiciliario por razones de salud. Osuna llevaba once meses en el INOF.

▶ Tal Cual: Detienen en Guárico al periodista Omar Ruiz Lira
Fue aprehendido en la noche del lunes en San Juan de los Morros. Permanece en la sede del CICPC de esa ciudad.

1. ¿Tiene la Vicepresidenta/Alta Representante conocimiento de la detención del señor Ibáñez?
",
        "2026-03-05",
    );
    for name in [
        "Efecto Cocuyo",
        "Tal Cual",
        "Tiene la Vicepresidenta",
        "Alta Representante",
    ] {
        assert!(person(&x, name).is_none(), "{name}: {x:#?}");
    }
    assert!(
        kinds_of(&x, "Mireya Carolina Osuna").contains(&"house_arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_places_and_days_in_capitals_and_a_minister_s_signature_are_no_people() {
    let x = run(
        "To ask the Secretary of State what assessment he has made of the welfare of British-Iranian dual national Dariush Kamali, detained in Evin prison.

Answered on 28 October 2025

Hamish Pryce
Minister for the Middle East

We remain concerned about Mr Dariush Kamali's case. He was arrested in Tehran on 2 March 2025 and has been held in Evin prison since that date. The Costa Rican consul visited him on Independence Day, near Rustaveli Avenue.
",
        "2025-10-28",
    );
    for name in [
        "Middle East",
        "Costa Rican",
        "Independence Day",
        "Rustaveli Avenue",
        "Hamish Pryce",
    ] {
        assert!(
            person(&x, name).is_none_or(|p| p.events.is_empty()),
            "{name}: {x:#?}"
        );
    }
    assert_eq!(
        date_of(&x, "Dariush Kamali", "arrest"),
        "2025-03-02",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_name_s_spelling_in_brackets_and_a_wife_on_the_flight() {
    let x = run(
        "Among those freed:

- Hanna Sakalova (in Russian: Anna Sokolova), 52, an accountant from Homiel, sentenced in 2025 to three years.
- Aliaksei Zhuk (Aleksei Zhuk) walked out of Penal Colony No. 15 in Mahiliou on 30 June.

Former lawmaker Elvis Rangel Tortoza was driven straight to the airport, where he was put on a flight to Madrid with his wife, Celina Ortiz de Rangel.
",
        "2026-07-06",
    );
    assert!(person(&x, "Anna Sokolova").is_none(), "{x:#?}");
    assert!(person(&x, "Aleksei Zhuk").is_none(), "{x:#?}");
    assert!(
        kinds_of(&x, "Hanna Sakalova").contains(&"sentence"),
        "{x:#?}"
    );
    assert!(
        person(&x, "Celina Ortiz de Rangel").is_none_or(|p| p.events.is_empty()),
        "{x:#?}"
    );
}

#[test]
fn issue_13_driven_to_a_border_named_by_two_words_and_a_dissident_s_name() {
    let x = run(
        "• Environmental activist Carlos Iván Zepeda was freed on Thursday and immediately driven to the Costa Rican border.
• Dissident Idania Ruiz Pozo, who is serving seven years in the Mar Verde prison, has been on hunger strike since May 20.
",
        "2026-05-30",
    );
    assert!(
        kinds_of(&x, "Carlos Iván Zepeda").contains(&"exile"),
        "{x:#?}"
    );
    assert!(person(&x, "Dissident Idania Ruiz Pozo").is_none(), "{x:#?}");
    assert!(person(&x, "Idania Ruiz Pozo").is_some(), "{x:#?}");
}
