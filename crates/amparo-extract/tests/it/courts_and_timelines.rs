//! issue 13, nineteenth round: court records and timelines — a record's sanction and the day
//! its ruling was read, a term after a list line's dash, a court watch's dockets, and the
//! present tense timelines tell in. Invented names only.

use crate::{date_of, kinds_of, person, run};

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
