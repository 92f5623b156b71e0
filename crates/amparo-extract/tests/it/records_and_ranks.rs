//! issue 13, records and ranks: a record that says the day it is as of, and the people it
//! holds on that day; with the near-misses of these rules. Invented names and sentences only.

use crate::{date_of, kinds_of, person, run};

#[test]
fn issue_13_a_records_heading_dates_who_is_held_on_its_day() {
    let x = run(
        "RED DE FAMILIARES DE PRESOS DE LARA\nSituación al 27 de septiembre de 2025\n\nSiguen detenidos en Fénix Lara: Anacleto Brizuela Mora, docente; Raiza Coromoto Pernalete, enfermera.",
        "2025-09-30",
    );
    for name in ["Anacleto Brizuela Mora", "Raiza Coromoto Pernalete"] {
        assert_eq!(kinds_of(&x, name), ["detention"], "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "detention"), "2025-09-27");
    }
    // (A prison's name with its state is no person.)
    assert!(person(&x, "Fénix Lara").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_prison_before_a_name_is_not_part_of_it() {
    let x = run(
        "Ese mismo día murió en Tocorón Anselmo Rafael Quevedo, de 71 años, detenido desde mayo de 2025.",
        "2025-10-20",
    );
    assert!(
        kinds_of(&x, "Anselmo Rafael Quevedo").contains(&"death_in_custody"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_counts_day_in_running_text_is_not_the_records() {
    let x = run(
        "The group said 412 people remained imprisoned for political reasons as of September 27, a figure the government disputes. Among them is Anacleto Brizuela Mora, a teacher still held at Fénix Lara.",
        "2025-09-30",
    );
    assert_eq!(
        date_of(&x, "Anacleto Brizuela Mora", "detention"),
        "2025-09-30",
        "{x:#?}"
    );
}

#[test]
fn issue_13_ranks_written_short_open_names_and_a_prison_before_a_colon_holds_them() {
    let x = run(
        "Comunicado de familiares de militares presos.\n\nEn la DGCIM de Boleíta: tcnel. Arsenio Bracho Lugo, detenido desde el 3 de marzo de 2024; my. Teodoro Luque Sanz; cap. Elías Ramón Pinto.\n\nEn Rodeo I: tte. Samuel Obando Ruiz; sgto. Fidel Castañeda Mora.",
        "2025-11-03",
    );
    assert_eq!(
        kinds_of(&x, "Arsenio Bracho Lugo"),
        ["arrest", "detention"],
        "{x:#?}"
    );
    for name in [
        "Teodoro Luque Sanz",
        "Elías Ramón Pinto",
        "Samuel Obando Ruiz",
        "Fidel Castañeda Mora",
    ] {
        assert_eq!(kinds_of(&x, name), ["detention"], "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "detention"), "2025-11-03");
    }
}

#[test]
fn issue_13_a_place_before_a_colon_with_an_event_word_keeps_its_event() {
    let x = run(
        "Excarcelados en Rodeo I: Teodoro Luque Sanz; Elías Ramón Pinto.",
        "2025-11-03",
    );
    for name in ["Teodoro Luque Sanz", "Elías Ramón Pinto"] {
        assert_eq!(kinds_of(&x, name), ["release"], "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_an_officials_own_we_arrested_names_the_arrested() {
    let x = run(
        "\"Capturamos el domingo en Puerto Cabello al ciudadano estadounidense Brent Alden Kowalski y a la venezolana Yoselin Marbella Tineo\", dijo el ministro Ubaldo Quintana en cadena nacional.",
        "2025-04-09",
    );
    for name in ["Brent Alden Kowalski", "Yoselin Marbella Tineo"] {
        assert_eq!(
            kinds_of(&x, name),
            ["arrest", "detention"],
            "{name}: {x:#?}"
        );
        assert_eq!(date_of(&x, name, "arrest"), "2025-04-06");
    }
    assert!(person(&x, "Ubaldo Quintana").is_none(), "{x:#?}");
    let x = run(
        "\"Nosotros no detuvimos a Yoselin Marbella Tineo\", dijo el ministro.",
        "2025-04-09",
    );
    assert!(person(&x, "Yoselin Marbella Tineo").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_date_told_of_the_last_two_of_a_list_is_theirs_alone() {
    let x = run(
        "Seis presos políticos fueron excarcelados este lunes en Coro.\n\nEstos son sus nombres: Abdón Rafael Chirinos, docente; Yelitza Carolina Perozo; Norberto Ruiz Lameda; Teresa Isabel Colina; Wilmer Antonio Sangronis y Wendy Andreína Sangronis. Los dos últimos son hermanos y estaban en el retén de Cabimas desde agosto de 2024.",
        "2026-01-20",
    );
    for name in ["Abdón Rafael Chirinos", "Teresa Isabel Colina"] {
        assert_eq!(kinds_of(&x, name), ["release"], "{name}: {x:#?}");
    }
    for name in ["Wilmer Antonio Sangronis", "Wendy Andreína Sangronis"] {
        assert_eq!(kinds_of(&x, name), ["arrest", "release"], "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "arrest"), "2024-08");
    }
}

#[test]
fn issue_13_a_month_of_last_year_is_last_years() {
    let x = run(
        "El docente Ramón Eliécer Tirado fue detenido en agosto del año pasado en Barinas.",
        "2025-09-30",
    );
    assert_eq!(
        date_of(&x, "Ramón Eliécer Tirado", "arrest"),
        "2024-08",
        "{x:#?}"
    );
}

#[test]
fn issue_13_my_relative_a_clause_says_was_taken_is_the_one_taken() {
    let x = run(
        "OYENTE: Quería preguntarle si sabe algo de mi sobrino, Fredy Antonio Salcedo, que lo detuvieron en diciembre en Mérida.",
        "2025-09-30",
    );
    assert_eq!(
        kinds_of(&x, "Fredy Antonio Salcedo"),
        ["arrest", "detention"],
        "{x:#?}"
    );
    // (A relative named before a clitic of another still speaks of the one held.)
    let x = run(
        "Según su hija, Dayana Palacios, cuatro funcionarios se lo llevaron de su casa el jueves.",
        "2025-09-30",
    );
    assert!(
        person(&x, "Dayana Palacios").is_none_or(|p| p.events.is_empty()),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_relative_joined_to_an_items_name_is_one_of_its_people() {
    let x = run(
        "Arrested this week:\n\n• Orlando Peraza Vivas, 31 — taxi driver. Arrested 20 May in Cumaná.\n• Rosalba Lucena Tovar, 24, and her brother Yeison Lucena Tovar, 27 — nursing students. Arrested 22 May in Barcelona.\n• Marlon Ruiz Acosta, 40 — teacher. Arrested 23 May in Carúpano.",
        "2025-05-30",
    );
    for name in ["Rosalba Lucena Tovar", "Yeison Lucena Tovar"] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "arrest"), "2025-05-22");
    }
}

#[test]
fn issue_13_a_line_that_opens_the_next_list_gives_its_release_to_no_earlier_one() {
    let x = run(
        "Estos son los casos documentados:\n\nMujeres:\n- RONDÓN PAZ, Yelitza Carolina. Detenida desde el 3 de agosto de 2024 en San Cristóbal.\n- LUGO DE SOSA, Marbella. Detenida desde el 29 de julio de 2024.\n\nExcarcelaciones registradas entre el 1 de febrero y el 10 de marzo:\n\nNombre | Fecha | Medida\nNelson Darío Uzcátegui | 07/02/2025 | régimen de presentación cada 30 días\n\nEl observatorio teme por la citación enviada al dirigente sindical Hermes Salas, de Ureña.",
        "2025-03-14",
    );
    for name in ["RONDÓN PAZ, Yelitza Carolina", "LUGO DE SOSA, Marbella"] {
        assert!(!kinds_of(&x, name).contains(&"release"), "{name}: {x:#?}");
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
    }
    assert_eq!(
        kinds_of(&x, "Nelson Darío Uzcátegui"),
        ["conditional_release"],
        "{x:#?}"
    );
    // (A summons sent is no one moved.)
    assert!(person(&x, "Hermes Salas").is_none(), "{x:#?}");
}

#[test]
fn issue_13_handed_over_at_a_bridge_named_after_a_hero_frees_and_sends_out_its_list() {
    let x = run(
        "Three Colombian nationals were released on Tuesday, Aug. 5, and handed over to Colombian migration officials at the Atanasio Girardot bridge in Cúcuta: Heriberto Lasso Pineda, Marleny Osorio Gil and Fabián Restrepo Ríos.",
        "2025-08-08",
    );
    for name in [
        "Heriberto Lasso Pineda",
        "Marleny Osorio Gil",
        "Fabián Restrepo Ríos",
    ] {
        let kinds = kinds_of(&x, name);
        assert!(
            kinds.contains(&"release") && kinds.contains(&"expulsion"),
            "{name}: {x:#?}"
        );
    }
    assert!(person(&x, "Atanasio Girardot").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_family_that_does_not_know_where_they_hold_him_tells_a_disappearance() {
    let x = run(
        "Cuatro días después de que hombres armados entraran a su casa en Cabudare, la familia de Ismael Antonio Goitía Pernalete, de 27 años, no sabe dónde lo tienen.",
        "2024-11-06",
    );
    assert!(
        kinds_of(&x, "Ismael Antonio Goitía Pernalete").contains(&"disappearance"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_judge_who_admits_the_indictment_against_them_charges_them() {
    let x = run(
        "On Tuesday the judge admitted the prosecution's indictment against Anselmo Ruiz Pardo and Teodora Lima Vence for terrorism and ordered them sent to trial.",
        "2025-08-06",
    );
    for name in ["Anselmo Ruiz Pardo", "Teodora Lima Vence"] {
        assert!(kinds_of(&x, name).contains(&"charge"), "{name}: {x:#?}");
    }
}

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
