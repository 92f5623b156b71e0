//! issue 13, twentieth round: a court watch's docket, where each record opens with its case
//! number and the defendant after a dash, and tells its status in short lines or fields.
//! Invented names only.

use crate::{date_of, kinds_of, person, run};

#[test]
fn issue_13_a_case_number_then_a_dash_opens_a_record_of_the_defendant() {
    let x = run(
        "COURT WATCH — Weekly docket of political trials

REGIONAL COURT
Case No. 3-77/2025 — KOLOSOV Arseny Petrovich (b. 1988), programmer
Article 280 (public calls to extremism). In custody since 02.04.2025.
Ruling 12.09.2025: guilty; 6 years in a general-regime colony.

Case No. 3-81/2025 — LUKINA Vera Sergeyevna (b. 2001)
Article 207.3. In custody since 19.05.2025, SIZO No. 4.
Hearing 12.09.2025: postponed to 30.09.2025; detention extended.

Case 4-12/2025 — Timofei Andreyevich Rusakov, 45, schoolteacher.
Charge: repeated discrediting of the army.
Outcome: sentenced to 3 years. Rusakov has been in SIZO-2 since his arrest on 9 January 2025.
",
        "2025-09-14",
    );
    assert_eq!(
        date_of(&x, "KOLOSOV Arseny Petrovich", "arrest"),
        "2025-04-02",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "KOLOSOV Arseny Petrovich", "sentence"),
        "2025-09-12",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "LUKINA Vera Sergeyevna", "arrest"),
        "2025-05-19",
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "LUKINA Vera Sergeyevna").contains(&"detention"),
        "{x:#?}"
    );
    // (The sentence is dated by its own sentence's day, not by the arrest told after it.)
    assert_eq!(
        date_of(&x, "Timofei Andreyevich Rusakov", "arrest"),
        "2025-01-09",
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Timofei Andreyevich Rusakov").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_case_studys_prose_under_its_case_line_is_read_as_prose() {
    let x = run(
        "Case 1 — Marisela Andrea Quintero Pabón, nurse, 41
On May 3, 2025, police officers detained Quintero at her clinic in Valencia and took her to the Zona 7 detention centre. She was charged with incitement to hatred and held there for eight months. She was released on January 12, 2026, under an order to report to court every month.

Case 2 — Wilfredo José Arcila Bastidas, union organiser, 55
Arcila was arrested on June 20, 2025, and has been held since then in Rodeo I, where his family has seen him twice. On December 1, 2025, he was transferred to Tocorón without notice to his lawyers.
",
        "2026-02-01",
    );
    assert_eq!(
        date_of(&x, "Marisela Andrea Quintero Pabón", "conditional_release"),
        "2026-01-12",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Wilfredo José Arcila Bastidas", "transfer"),
        "2025-12-01",
        "{x:#?}"
    );
    assert!(person(&x, "Marisela Andrea Quintero Pabón").is_some());
}

#[test]
fn issue_13_a_docket_acquittal_is_no_sentence() {
    let x = run(
        "Case No. 5-10/2025 — DEMIDOV Pavel Olegovich (b. 1975)
Article 207.3. In custody since 11.01.2025.
Ruling 03.09.2025: not guilty; released in the courtroom.

Case No. 5-14/2025 — SHUBINA Nina Viktorovna (b. 1980)
Article 280.3. In custody since 14.02.2025, SIZO No. 1.
Ruling 04.09.2025: guilty; 4 years in a general-regime colony.
",
        "2025-09-05",
    );
    let demidov = kinds_of(&x, "DEMIDOV Pavel Olegovich");
    assert!(!demidov.contains(&"sentence"), "{x:#?}");
    assert!(
        kinds_of(&x, "SHUBINA Nina Viktorovna").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_hearing_agenda_dates_its_records_and_an_editors_note_is_prose() {
    let x = run(
        "Reproducimos la agenda de audiencias del lunes 9 de marzo del Tribunal Segundo de Control, con las decisiones que nos hizo llegar la defensa.

ASUNTO 2C-0410-25
Imputado: RAMIRO ANTONIO BELLO SUÁREZ, V-10.222.333
Delitos: instigación al odio
Decisión: se sustituye la privativa por medida cautelar de arresto domiciliario.

ASUNTO 2C-0415-25
Imputada: LUCÍA ESTHER PARRA MORENO, V-14.555.666
Decisión: se decreta el sobreseimiento y la libertad plena.

—
Nota de la redacción: Bello Suárez, exconcejal de Carrizal, llevaba detenido desde el 4 de octubre de 2025.
",
        "2026-03-10",
    );
    assert_eq!(
        date_of(&x, "RAMIRO ANTONIO BELLO SUÁREZ", "house_arrest"),
        "2026-03-09",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "LUCÍA ESTHER PARRA MORENO", "release"),
        "2026-03-09",
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "RAMIRO ANTONIO BELLO SUÁREZ", "arrest"),
        "2025-10-04",
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_kin_named_in_an_apposition_is_not_the_subject() {
    let x = run(
        "Wilfredo Rafael Lugo, a delivery driver and the nephew of our member Teresa Lugo Benítez, was detained on March 7 after a video of him went viral.

Marisol Duarte, esposa del preso Germán Ochoa, fue detenida el lunes en Maracay.
",
        "2026-03-10",
    );
    assert!(
        kinds_of(&x, "Wilfredo Rafael Lugo").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(kinds_of(&x, "Marisol Duarte").contains(&"arrest"), "{x:#?}");
    for kin in ["Teresa Lugo Benítez", "Germán Ochoa"] {
        assert!(
            person(&x, kin).is_none_or(|p| p.events.is_empty()),
            "{kin}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_records_defendants_past_their_ages_are_all_read() {
    let x = run(
        "COURT RECORD — hearing of 10 September 2025
Defendants: Ivan Petrov, 34, and Olga Smirnova, 29
Charges: discrediting the army
Outcome: both remanded in custody for two more months.
",
        "2025-09-12",
    );
    for name in ["Ivan Petrov", "Olga Smirnova"] {
        assert!(kinds_of(&x, name).contains(&"detention"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_charges_the_text_disputes_are_no_ordinary_crime_and_an_outlet_is_no_one() {
    let x = run(
        "Two foreigners were also freed and deported: Lithuanian lorry driver Tomas Jurkus and Polish academic Andrzej Wiśniewski-Kot. Jurkus had been detained in March at the border on smuggling charges his family calls fabricated.

A court sentenced six journalists from the independent investigative outlet Vesti Baku to seven years in prison on smuggling charges that press groups describe as fabricated.
",
        "2025-09-12",
    );
    assert!(
        kinds_of(&x, "Tomas Jurkus").contains(&"expulsion"),
        "{x:#?}"
    );
    assert!(
        person(&x, "Vesti Baku").is_none_or(|p| p.events.is_empty()),
        "{x:#?}"
    );
}

#[test]
fn issue_13_back_in_a_penal_colony_is_held_there_and_back_in_a_year_is_not() {
    let x = run(
        "Veteran opposition politician Uladzimir Hrabouski declined to cross into Lithuania and is now back in Penal Colony No. 13 in Hlybokaye, his son said on Friday.

Teacher Alena Kuzmich, who was back in Minsk after a trip, was fined back in 2023.
",
        "2025-09-12",
    );
    assert_eq!(
        date_of(&x, "Uladzimir Hrabouski", "detention"),
        "2025-09-12",
        "{x:#?}"
    );
    assert!(
        person(&x, "Alena Kuzmich").is_none_or(|p| p.events.is_empty()),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_pronoun_after_a_time_and_a_hearsay_is_the_person_told_of() {
    let x = run(
        "The family of reporter Ronny Escalante Vera had been told he'd be on today's list. Tonight they say he's still in El Helicoide.
",
        "2026-01-12",
    );
    assert_eq!(
        date_of(&x, "Ronny Escalante Vera", "detention"),
        "2026-01-12",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_correspondents_turn_opens_past_the_host_it_calls_by_name() {
    let x = run(
        "DANA WHITFIELD, HOST: The releases continue. Our correspondent Juan Pablo Ochoa spoke in Caracas with one of the women freed last weekend. Juan Pablo?

JUAN PABLO OCHOA, CORRESPONDENT: Dana, Rosa Elvira Salcedo is a 52-year-old community organizer from Catia. She was arrested in September 2024 after a march, held for fifteen months at La Crisálida, and released on Saturday.

OCHOA: And yet you are speaking to us.
",
        "2026-01-15",
    );
    assert_eq!(
        date_of(&x, "Rosa Elvira Salcedo", "arrest"),
        "2024-09",
        "{x:#?}"
    );
    assert!(
        person(&x, "Juan Pablo Ochoa").is_none_or(|p| p.events.is_empty()),
        "{x:#?}"
    );
}

#[test]
fn issue_13_counted_companions_after_a_bare_with_share_the_event() {
    let x = run(
        "Mauricio Obregón was released on Friday with two other prisoners, Pedro Lara and Ana Ruiz.

El periodista Julio Meza fue excarcelado el sábado con otros dos presos, Luis Rada y Nelly Paz.

Ramiro Soto was arrested on Monday with two lawyers, Elena Vidal and Tomás Ibarra, present.
",
        "2025-06-16",
    );
    for name in ["Pedro Lara", "Ana Ruiz"] {
        assert_eq!(date_of(&x, name, "release"), "2025-06-13", "{name}: {x:#?}");
    }
    for name in ["Luis Rada", "Nelly Paz"] {
        assert_eq!(date_of(&x, name, "release"), "2025-06-14", "{name}: {x:#?}");
    }
    for name in ["Elena Vidal", "Tomás Ibarra"] {
        assert!(
            person(&x, name).is_none_or(|p| p.events.is_empty()),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_officers_arrested_a_named_activist_is_the_activists_arrest() {
    let x = run(
        "Crimean Solidarity: FSB officers arrested Crimean Tatar activist Enver Seitkhalilov at dawn on Monday at his home in Bakhchysarai.

Los agentes detenidos el lunes en Maracay, Rafael Mora y Luis Pinto, fueron puestos en libertad.

Two students arrested last week in Caracas were released on Friday.
",
        "2026-01-30",
    );
    assert_eq!(
        date_of(&x, "Enver Seitkhalilov", "arrest"),
        "2026-01-26",
        "{x:#?}"
    );
    assert!(person(&x, "Crimean Tatar").is_none(), "{x:#?}");
}

#[test]
fn issue_13_one_among_the_prisoners_freed_is_freed() {
    let x = run(
        "On Thursday, my friend Víctor Hugo Cárdenas Lira was among the prisoners freed in Caracas.

El sindicalista Omar Quintero figura entre los presos excarcelados el domingo.
",
        "2026-01-09",
    );
    assert_eq!(
        date_of(&x, "Víctor Hugo Cárdenas Lira", "release"),
        "2026-01-08",
        "{x:#?}"
    );
    assert!(kinds_of(&x, "Omar Quintero").contains(&"release"), "{x:#?}");
}

#[test]
fn issue_13_a_digest_by_country_keeps_each_countrys_prisoners_in_scope() {
    let x = run(
        "DETENTION DIGEST — Week ending 30 January 2026

VENEZUELA
El Tiempo: Trade unionist Emilio Ferrer Salas walked out of Rodeo I on Wednesday.

CUBA
Periodismo de Barrio: Independent journalist Yoel Pantoja Rey was freed on Sunday without charges after being held at Villa Marista, the State Security headquarters in Havana.
",
        "2026-01-30",
    );
    assert_eq!(
        date_of(&x, "Yoel Pantoja Rey", "release"),
        "2026-01-25",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_heading_after_a_table_opens_the_next_table_and_frees_no_one_above() {
    let x = run(
        "Trabajadores de la prensa privados de libertad en Venezuela

Nombre | Cédula | Fecha de detención | Centro
Jesús Armando Paredes Lira | V-14.556.201 | 12/08/2024 | Rodeo I
Nohelí Carolina Bastidas Pino | V-19.872.330 | 02/09/2024 | INOF

Excarcelados desde el 8 de enero

Nombre | Fecha de detención | Fecha de excarcelación | Observación
Édgar Leonel Manrique Ortiz | 17/08/2024 | 10/01/2026 | presentación cada 15 días
",
        "2026-01-16",
    );
    for name in [
        "Jesús Armando Paredes Lira",
        "Nohelí Carolina Bastidas Pino",
    ] {
        let kinds = kinds_of(&x, name);
        assert!(!kinds.contains(&"release"), "{name}: {x:#?}");
    }
    assert_eq!(
        date_of(&x, "Édgar Leonel Manrique Ortiz", "conditional_release"),
        "2026-01-10",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_docket_release_is_dated_after_its_word() {
    let x = run(
        "Case No. 7/2025 — NAVARRO Pedro (b. 1990), mechanic
Detained 11.03.2024; released on bail 15.03.2024

Case No. 8/2025 — BRANDT Elsa (b. 1993), journalist
In custody since 02.04.2025.
",
        "2025-09-01",
    );
    assert_eq!(
        date_of(&x, "NAVARRO Pedro", "conditional_release"),
        "2024-03-15",
        "{x:#?}"
    );
}
