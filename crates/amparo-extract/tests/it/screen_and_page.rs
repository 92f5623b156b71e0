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
fn issue_13_a_records_sanction_is_its_sentence_on_the_day_the_ruling_was_read() {
    let x = run(
        "Compartimos el extracto de la sentencia leída el lunes en la causa por las protestas de marzo en Bayamo.

TRIBUNAL PROVINCIAL POPULAR DE GRANMA — SALA PRIMERA DE LO PENAL
Causa n.º 98/2025 · Jueza presidenta: Norma Vidal Pupo

Acusado: ESTRADA PONCE, Yunior (33)
Fecha de detención: 14/03/2025
Delitos: desórdenes públicos; atentado
Sanción: 7 años de privación de libertad

Acusada: LABRADA MORA, Yusimí (40)
Fecha de detención: 15/03/2025
Delito: instigación a delinquir
Sanción: 2 años de limitación de libertad

Comentario de la redacción: Estrada permanece en la Prisión Provincial de Granma.
",
        "2025-11-13",
    );
    assert_eq!(
        date_of(&x, "ESTRADA PONCE, Yunior", "sentence"),
        "2025-11-10",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "LABRADA MORA, Yusimí", "sentence"),
        "2025-11-10",
        "{x:#?}"
    );
    // (The charges are the sentence's, not a charge of their own.)
    assert!(
        !kinds_of(&x, "ESTRADA PONCE, Yunior").contains(&"charge"),
        "{x:#?}"
    );
    // (A prison's name is no person's.)
    assert!(
        x.persons.iter().all(|p| !p.name.contains("Granma")),
        "{x:#?}"
    );
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
fn issue_13_a_timeline_names_its_person_by_a_compound_surname_and_tells_in_the_present() {
    let x = run(
        "CRONOLOGÍA | El caso de Marisela Ponte de León, paso a paso

La sindicalista Marisela Andreína Ponte de León Arias cumple hoy 400 días presa.

14 de mayo de 2024 — Funcionarios la detienen en el aeropuerto. Con ella es detenido su compañero, Julio César Ochoa Páez.

16 de mayo de 2024 — Un tribunal la imputa por traición a la patria.

Diciembre de 2024 — Ochoa es excarcelado con régimen de presentación.

Febrero de 2025 — Ponte de León es trasladada al INOF, en Los Teques.

22 de septiembre de 2025 — Es condenada a 12 años de prisión.

\"Mi hermana es inocente\", dijo ayer Lucía Ponte de León.
",
        "2025-11-20",
    );
    let name = "Marisela Andreína Ponte de León Arias";
    assert_eq!(date_of(&x, name, "transfer"), "2025-02", "{x:#?}");
    assert_eq!(date_of(&x, name, "sentence"), "2025-09-22", "{x:#?}");
    assert_eq!(date_of(&x, name, "charge"), "2024-05-16", "{x:#?}");
    // (The present told of a man after her is not hers: "Es trasladado" would be his.)
    assert!(
        !kinds_of(&x, "Julio César Ochoa Páez").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_priests_timeline_in_the_present_with_titles() {
    let x = run(
        "TIMELINE: The imprisonment of Father Luis Ortega Mena

Father Luis Ortega Mena, parish priest of San Ramón, arrived in Rome on Wednesday.

May 22, 2024 — Police arrest Fr. Ortega after evening Mass in Matagalpa.

August 30, 2024 — Prosecutors charge him with \"treason\".

February 2025 — A Managua court sentences him to 15 years in prison.

December 9, 2025 — Ortega is released together with two other priests, Fr. Mario Sequeira Gil and Fr. Julio Castillo Paz.
",
        "2025-12-11",
    );
    let name = "Luis Ortega Mena";
    assert_eq!(date_of(&x, name, "arrest"), "2024-05-22", "{x:#?}");
    assert_eq!(date_of(&x, name, "charge"), "2024-08-30", "{x:#?}");
    assert_eq!(date_of(&x, name, "sentence"), "2025-02", "{x:#?}");
    for other in ["Mario Sequeira Gil", "Julio Castillo Paz"] {
        assert_eq!(date_of(&x, other, "release"), "2025-12-09", "{x:#?}");
    }
}

#[test]
fn issue_13_a_term_after_a_name_lines_dash_is_its_sentence() {
    let x = run(
        "El pasado jueves el tribunal leyó su fallo en la causa de las protestas.

Las condenas:

1. RAÚL ESTÉVEZ LORA (29) — 8 años por sedición — recluido en la prisión de Holguín
2. MIRTA GÓMEZ PAZ (41) — 6 años por sedición

La fiscal había pedido hasta 12 años por sedición.
",
        "2025-09-15",
    );
    assert!(
        kinds_of(&x, "RAÚL ESTÉVEZ LORA").contains(&"sentence"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "MIRTA GÓMEZ PAZ").contains(&"sentence"),
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
fn issue_13_a_timelines_they_detain_is_an_arrest() {
    let x = run(
        "12 September 2024 — KGB officers search a flat in Minsk. The same morning they detain our cameraman, Andrei Lapitski, at his parents' house in Barysau.",
        "2026-04-14",
    );
    assert_eq!(
        date_of(&x, "Andrei Lapitski", "arrest"),
        "2024-09-12",
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
fn issue_13_months_ago_date_the_month_and_a_timeline_s_lo_condena() {
    let x = run(
        "Rubén Ascanio Peña, ingeniero de 52 años, fue detenido hace 16 meses. Estos son los hitos del caso.

03/02/2025 — Ascanio es trasladado a Rodeo I.

19/06/2025 — Un tribunal lo condena a 20 años de prisión.
",
        "2025-11-28",
    );
    assert_eq!(
        date_of(&x, "Rubén Ascanio Peña", "arrest"),
        "2024-07",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Rubén Ascanio Peña", "sentence"),
        "2025-06-19",
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
        kinds_of(&x, "Carlos Iván Zepeda").contains(&"expulsion"),
        "{x:#?}"
    );
    assert!(person(&x, "Dissident Idania Ruiz Pozo").is_none(), "{x:#?}");
    assert!(person(&x, "Idania Ruiz Pozo").is_some(), "{x:#?}");
}

#[test]
fn issue_13_a_court_watch_record_with_a_birth_year_and_a_presiding_judge() {
    let x = run(
        "COURT WATCH — week of June 23–27, 2025

1) Moscow City Court
Case No. 2-0147/2025
Defendant: KOVALEVA, Irina Petrovna (b. 1979), translator
Charge: high treason (Art. 275 of the Criminal Code)
Detained: 14.02.2024
Presiding judge: Olga Melnikova

2) Lefortovo District Court, Moscow
Case No. 1-0982/2025
Defendant: SOROKIN, Pavel Igorevich (b. 1991), blogger
Charge: spreading \"fakes\" about the army (Art. 207.3)
In custody since 03.11.2024
",
        "2025-06-27",
    );
    assert_eq!(
        date_of(&x, "KOVALEVA, Irina Petrovna", "arrest"),
        "2024-02-14",
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "SOROKIN, Pavel Igorevich").contains(&"charge"),
        "{x:#?}"
    );
    assert!(
        person(&x, "Olga Melnikova").is_none_or(|p| p.events.is_empty()),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_court_record_goes_on_in_words_in_its_paragraph() {
    let x = run(
        "COURT WATCH — week of June 23–27, 2025

2) Lefortovo District Court, Moscow
Case No. 1-0982/2025
Defendant: SOROKIN, Pavel Igorevich (b. 1991), blogger
Charge: spreading \"fakes\" about the army (Art. 207.3)
Hearing of 25.06.2025: sentenced to 6 years in a general-regime penal colony.

3) Kazan, Vakhitovsky District Court
Defendant: ZAKIROV, Timur Rinatovich (b. 1988), engineer
Charge: participation in an \"extremist organization\" (Art. 282.2)
Under house arrest since 10.04.2025. Next hearing: 15.07.2025.
",
        "2025-06-27",
    );
    assert_eq!(
        date_of(&x, "SOROKIN, Pavel Igorevich", "sentence"),
        "2025-06-25",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "ZAKIROV, Timur Rinatovich", "house_arrest"),
        "2025-04-10",
        "{x:#?}"
    );
}
