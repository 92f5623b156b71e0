//! issue 13, timelines and the people of letters: a timeline's present and its entry dates,
//! verbs in every gender and number, the narrator's own relative, a given name alone, a thing
//! sent; with the near-misses of these rules. Invented names and sentences only.

use crate::{date_of, kinds_of, person, run};

#[test]
fn issue_13_a_timelines_present_sentences_and_moves() {
    let x = run(
        "TIMELINE\n\nFeb. 3 — DGCIM agents arrest Nicanor Lugo Paz at his home in Puerto Ordaz.\n\nFeb. 6 — Nicanor Lugo Paz is charged with treason.\n\nApril — Nicanor Lugo Paz and Tadeo Ferrer Gil are moved from DGCIM custody to Rodeo I prison.\n\nSept. 29 — Judge Hilario Montes sentences Nicanor Lugo Paz to 18 years in prison.",
        "2025-10-10",
    );
    let kinds = kinds_of(&x, "Nicanor Lugo Paz");
    assert!(
        kinds.contains(&"arrest") && kinds.contains(&"sentence") && kinds.contains(&"transfer"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Tadeo Ferrer Gil").contains(&"transfer"),
        "{x:#?}"
    );
    assert!(person(&x, "Hilario Montes").is_none(), "{x:#?}");
    // (Sentences handed down are a noun; an operation's name is no one.)
    let x = run(
        "The judge handed down sentences in the so-called \"Operación Cóndor Azul\" case on Wednesday.",
        "2025-10-10",
    );
    assert!(x.persons.is_empty(), "{x:#?}");
}

#[test]
fn issue_13_the_narrators_own_relative_is_whom_the_text_is_about() {
    let x = run(
        "Le escribe una madre. Mi hijo, Deibis José Oropeza Marín, tiene 19 años. Lo agarraron funcionarios de la PNB el 30 de julio en Petare.",
        "2026-02-12",
    );
    assert_eq!(
        kinds_of(&x, "Deibis José Oropeza Marín"),
        ["arrest", "detention"],
        "{x:#?}"
    );
    // (But "our reporter" is staff, not one held.)
    let x = run(
        "16:05 — Our reporter Abel Tunde Okoro says police are loading protesters onto two buses.",
        "2026-02-12",
    );
    assert!(person(&x, "Abel Tunde Okoro").is_none(), "{x:#?}");
}

#[test]
fn issue_13_sent_on_to_a_prison_is_a_transfer_but_sent_home_is_not() {
    let x = run(
        "A Gumersindo Ayala Pino lo tuvieron veinte días en la Zona 7 de Boleíta; después lo mandaron a Tocuyito. A su vecino, Eleuterio Mata Ruiz, lo mandaron a su casa con un policía en la puerta.",
        "2024-12-10",
    );
    assert!(
        kinds_of(&x, "Gumersindo Ayala Pino").contains(&"transfer"),
        "{x:#?}"
    );
    assert!(
        person(&x, "Eleuterio Mata Ruiz").is_none_or(|p| p
            .events
            .iter()
            .all(|e| e.kind != amparo_extract::EventType::Transfer)),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_letter_sent_by_a_mother_moves_no_one() {
    let x = run(
        "Esta carta fue enviada a nuestra redacción por Otilia Sánchez de Marcano, madre de Wilmer José Marcano Sánchez, detenido el 5 de agosto de 2024 en Valencia.",
        "2024-10-25",
    );
    assert!(person(&x, "Otilia Sánchez de Marcano").is_none(), "{x:#?}");
    assert!(
        kinds_of(&x, "Wilmer José Marcano Sánchez").contains(&"arrest"),
        "{x:#?}"
    );
    // (But a son who was moved was moved.)
    let x = run(
        "Su madre denunció que su hijo, Wilmer José Marcano Sánchez, fue trasladado sin aviso a Tocorón.",
        "2024-10-25",
    );
    assert!(
        kinds_of(&x, "Wilmer José Marcano Sánchez").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_timelines_entry_date_dates_its_whole_paragraph() {
    let x = run(
        "TIMELINE\n\nA nonprofit has seen two of its staff jailed since January.\n\nJan. 15, 2025 — Police raid the foundation's office. Director Evaristo Pulgar Lira and accountant Maritza Coa Ruiz are arrested. Computers are seized.\n\nJan. 17 — A terrorism court charges Evaristo Pulgar Lira and Maritza Coa Ruiz with money laundering. Pulgar is sent to Rodeo I.\n\nJan. 20 — The charges against them are read out; Coa Ruiz is released without charges.",
        "2025-11-20",
    );
    for name in ["Evaristo Pulgar Lira", "Maritza Coa Ruiz"] {
        assert_eq!(date_of(&x, name, "arrest"), "2025-01-15", "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "charge"), "2025-01-17", "{name}: {x:#?}");
    }
    assert_eq!(
        date_of(&x, "Evaristo Pulgar Lira", "transfer"),
        "2025-01-17",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_spanish_timelines_present_tells_its_events() {
    let x = run(
        "CRONOLOGÍA\n\n12/01/2025 — Funcionarios del SEBIN retienen en migración a la defensora Eloína Carvajal Ruiz y se la llevan.\n\n14/04/2025 — Trasladan a Eloína Carvajal Ruiz de El Helicoide al INOF.",
        "2025-06-09",
    );
    let kinds = kinds_of(&x, "Eloína Carvajal Ruiz");
    assert!(
        kinds.contains(&"arrest") && kinds.contains(&"transfer"),
        "{x:#?}"
    );
    assert_eq!(date_of(&x, "Eloína Carvajal Ruiz", "arrest"), "2025-01-12");
    assert_eq!(
        date_of(&x, "Eloína Carvajal Ruiz", "transfer"),
        "2025-04-14"
    );
}

#[test]
fn issue_13_every_gender_and_number_of_a_participle_tells_its_event() {
    let x = run(
        "El ministro mostró las fotos de tres personas capturadas el viernes en Los Teques: Nairobi Colmenares, Yusbelis Acosta Lira y Dilia Marcano Ruiz.",
        "2026-01-11",
    );
    for name in [
        "Nairobi Colmenares",
        "Yusbelis Acosta Lira",
        "Dilia Marcano Ruiz",
    ] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "arrest"), "2026-01-09");
    }
    // (Cattle thieves the police took are no political detainees.)
    let x = run(
        "La Policía del estado Lara capturó a Eudoro Ramón Sivira, señalado de hurtar seis reses en el caserío Los Cerritos.",
        "2026-01-11",
    );
    assert!(person(&x, "Eudoro Ramón Sivira").is_none(), "{x:#?}");
}

#[test]
fn issue_13_rarer_english_verbs_tell_their_events() {
    let x = run(
        "Union leader Osvaldo Pernía Lugo, incarcerated since March, was paroled on Friday. His colleague Marlene Tovar Ruiz was banished to Spain in 2024.",
        "2026-01-11",
    );
    let kinds = kinds_of(&x, "Osvaldo Pernía Lugo");
    assert!(
        kinds.contains(&"arrest") && kinds.contains(&"conditional_release"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Marlene Tovar Ruiz").contains(&"exile"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_time_between_leaving_and_the_prison_is_no_direction() {
    let x = run(
        "María Auxiliadora Peña salió anoche a las 11:00 p. m. del Rodeo I, sin ninguna medida.",
        "2025-12-05",
    );
    assert!(
        kinds_of(&x, "María Auxiliadora Peña").contains(&"release"),
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "María Auxiliadora Peña", "release"),
        "2025-12-04"
    );
}

#[test]
fn issue_13_the_arrests_of_a_day_told_as_the_news_date_the_list_under_them() {
    let x = run(
        "1/8 Lo que sabemos hasta ahora de las detenciones de ayer jueves en la protesta estudiantil frente al Rectorado.\n\n2/8 Estos son los que yo pude verificar:\n\n• Marisela Uzcátegui Paz (Derecho, 21 años)\n• Aliro José Contreras (Medicina)",
        "2025-12-05",
    );
    for name in ["Marisela Uzcátegui Paz", "Aliro José Contreras"] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "arrest"), "2025-12-04");
    }
    // (Relatives of the detainees are still no event.)
    let x = run(
        "Familiares de los detenidos protestaron frente al Rodeo I. La madre, Eulalia Pinto, habló con la prensa.",
        "2025-12-05",
    );
    assert!(x.persons.is_empty(), "{x:#?}");
}

#[test]
fn issue_13_a_given_name_alone_is_the_person_named_in_full_before() {
    let x = run(
        "Aliro José Contreras y Sebastián Moreno Dávila fueron detenidos el jueves en Mérida.\n\nAliro también fue liberado cerca de la medianoche del jueves.",
        "2025-12-05",
    );
    assert!(
        kinds_of(&x, "Aliro José Contreras").contains(&"release"),
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "Sebastián Moreno Dávila").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_taken_from_home_and_dead_in_custody_are_their_events() {
    let x = run(
        "Los hermanos Abundio Ríos Salas (31) y Leonardo Ríos Salas (28), mineros de El Callao, fueron sacados de su casa el viernes pasado por hombres armados.",
        "2025-09-30",
    );
    for name in ["Abundio Ríos Salas", "Leonardo Ríos Salas"] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
    }
    let x = run(
        "N.º | Nombre | Detenido | Lugar | Situación\n1 | Ovidio Sanz Mora | 07/11/2024 | Tocorón | Sigue detenido\n2 | Rubén Pérez Lara | 19/03/2025 | Tocorón | Fallecido bajo custodia el 21/08/2025",
        "2025-09-30",
    );
    assert!(
        kinds_of(&x, "Rubén Pérez Lara").contains(&"death_in_custody"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_age_in_a_relative_clause_does_not_end_a_list() {
    let x = run(
        "So yesterday two teenagers, Joel Armando Betancor, who is 17, and Anthony Ruiz Parra, 16, walked out of Tocorón.",
        "2025-06-10",
    );
    for name in ["Joel Armando Betancor", "Anthony Ruiz Parra"] {
        assert!(kinds_of(&x, name).contains(&"release"), "{name}: {x:#?}");
    }
}
