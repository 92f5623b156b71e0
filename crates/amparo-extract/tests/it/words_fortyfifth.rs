//! issue 13, forty-fifth round: events and their dates — forms read from the spent blind sets'
//! errors, written anew with invented names (who is a person is in words_fortyfifth_names.rs).

#[test]
fn issue_13_the_freed_a_list_names_back_are_those_of_the_lead() {
    // ("Los excarcelados son A, B…" after the lead and a judge's sentence: the lead's release,
    // its day and the group's arrest told with it.)
    let x = crate::run(
        "Tres de los cinco bachilleres detenidos el 12 de octubre durante una asamblea fueron excarcelados anoche del comando policial de Tinaquillo.\n\nEl juez acordó para los tres jóvenes una medida cautelar de régimen de presentación cada 15 días.\n\nLos excarcelados son Rosendo Aurelio Piñango Tapia, de 19 años; Yusmary del Valle Carrizales, de 20, y Ovidio Clemente Vielma Sotillo, de 22.\n",
        "2025-12-10",
    );
    for name in [
        "Rosendo Aurelio Piñango Tapia",
        "Yusmary del Valle Carrizales",
        "Ovidio Clemente Vielma Sotillo",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2025-10-12",
            "{name}: {x:#?}"
        );
        assert_eq!(
            crate::date_of(&x, name, "conditional_release"),
            "2025-12-09",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_days_header_then_the_events_header_heads_the_names() {
    // ("▪️ 26 de enero: Excarcelados del …: A y B." in a weekly bulletin: the names after the
    // event's own colon, printed surnames first.)
    let x = crate::run(
        "BOLETÍN SEMANAL\n\n▪️ 12 de marzo: Excarcelados del Retén de Cabimas: QUINTERO LUZARDO, Wilmer Antonio y SOCORRO BRACHO, Ana Karina. Ambos con régimen de presentación cada 30 días.\n\n▪️ 13 de marzo: Trasladado a Rodeo I el sindicalista Teodoro Chacín Meleán.\n",
        "2025-03-17",
    );
    for name in [
        "QUINTERO LUZARDO, Wilmer Antonio",
        "SOCORRO BRACHO, Ana Karina",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "conditional_release"),
            "2025-03-12",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_death_of_one_named_held_after_the_verb_is_in_custody() {
    // ("Falleció en el hospital el preso político X": he died in custody.)
    let x = crate::run(
        "El 30 de enero falleció en el Hospital Universitario el preso político Anacleto Rubén Paz Urdaneta, de 71 años.\n",
        "2025-02-02",
    );
    assert_eq!(
        crate::date_of(&x, "Anacleto Rubén Paz Urdaneta", "death_in_custody"),
        "2025-01-30",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_passive_clause_after_a_colon_goes_on_about_the_subject_before_it() {
    // ("Marcano y Lugo no corrieron la misma suerte: el 16 de septiembre fueron trasladados…").
    let x = crate::run(
        "Funcionarios se llevaron el 3 de septiembre a Wilfredo José Tovar Lira y a Nelson Andrés Guaina Pinto. Tovar y Guaina no corrieron la misma suerte que sus compañeros: el 16 de septiembre fueron trasladados en un avión militar a Caracas.\n",
        "2026-02-16",
    );
    for name in ["Wilfredo José Tovar Lira", "Nelson Andrés Guaina Pinto"] {
        assert_eq!(
            crate::date_of(&x, name, "transfer"),
            "2025-09-16",
            "{name}: {x:#?}"
        );
    }
    // (Not after a source's name: "Confirmado por su esposa, X: salió de Yare el capitán Y".)
    let x = crate::run(
        "Confirmado por su esposa, Milagros Rangel: salió de Yare III el capitán retirado Domingo Antonio Piñango Ortega, detenido desde marzo de 2024.\n",
        "2026-02-16",
    );
    assert!(crate::no_events(&x, "Milagros Rangel"), "{x:#?}");
}

#[test]
fn issue_13_that_morning_and_days_later_count_from_the_day_told_before() {
    // ("La historia había empezado el 14 de septiembre. Esa mañana … se llevaron a X … Y fue
    // liberado tres días después, sin cargos").
    let x = crate::run(
        "La historia había empezado el 14 de septiembre de 2025, tras el apagón. Esa mañana, funcionarios de la DGCIM se llevaron de la acería al técnico Onofre Rafael Guzmán Tineo y al supervisor Baudilio José Carrasco Mata.\n\nCarrasco fue liberado tres días después, sin cargos, y regresó a su puesto.\n",
        "2026-02-16",
    );
    assert_eq!(
        crate::date_of(&x, "Onofre Rafael Guzmán Tineo", "arrest"),
        "2025-09-14",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Baudilio José Carrasco Mata", "release"),
        "2025-09-17",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_members_description_does_not_date_the_groups_arrest() {
    // ("…terminó ayer con 23 jóvenes detenidos… Entre los aprehendidos está el profesor X,
    // ganador en 2019 del Premio…": arrested yesterday; a Title Case headline's "Día De La
    // Juventud" is no one.)
    let x = crate::run(
        "Detienen A 17 Jóvenes En La Marcha Del Día De La Juventud En Turmero\n\nLa marcha por el Día de la Juventud terminó ayer con 17 jóvenes detenidos en Turmero, informó una fundación que los asiste.\n\nEntre los aprehendidos está el profesor Anselmo Cruz Betancourt, de 58 años, docente de Historia y ganador en 2017 del Premio Municipal de Docencia.\n",
        "2026-02-13",
    );
    assert_eq!(
        crate::date_of(&x, "Anselmo Cruz Betancourt", "arrest"),
        "2026-02-12",
        "{x:#?}"
    );
    assert!(crate::person(&x, "De La Juventud").is_none(), "{x:#?}");
}

#[test]
fn issue_13_had_been_detained_at_a_place_on_a_day_is_an_arrest() {
    // ("She had been detained at Heydar Aliyev International Airport on December 29…").
    let x = crate::run(
        "Freelance reporter Leyla Orujova was released on Thursday after 30 days of administrative detention. She had been detained at the Baku airport on December 29 as she returned from Tbilisi.\n",
        "2026-01-30",
    );
    assert_eq!(
        crate::date_of(&x, "Leyla Orujova", "arrest"),
        "2025-12-29",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_suspended_sentence_is_a_sentence() {
    let x = crate::run(
        "A court in Baku on Tuesday gave cameraman Tural Abbasli a five-year suspended sentence.\n",
        "2026-01-30",
    );
    assert_eq!(
        crate::date_of(&x, "Tural Abbasli", "sentence"),
        "2026-01-27",
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_reviews_near_misses_of_the_colon_and_town_rules() {
    // (A lawyer who explains before the colon is no subject of what follows it.)
    let x = crate::run(
        "El abogado Rubén Cordero denunció la situación de su defendido, el sindicalista Alirio Méndez, detenido el 8 de septiembre. Cordero lo explicó así: el 14 de septiembre fue trasladado a Yare sin notificación.\n",
        "2023-09-20",
    );
    assert!(crate::no_events(&x, "Rubén Cordero"), "{x:#?}");
    // (A person after "en" in a clause that goes on about her is no town.)
    for text in [
        "La Fiscalía centró su acusación en Rosalba Quijada Ferrer, detenida el 2 de julio en su casa de Los Teques.\n",
        "Los vecinos confían en Gustavo Linares Pérez. Linares fue detenido el 2 de julio en su casa.\n",
    ] {
        let x = crate::run(text, "2024-07-08");
        assert_eq!(x.persons.len(), 1, "{x:#?}");
        assert!(!crate::kinds_of(&x, &x.persons[0].name).is_empty());
    }
}

#[test]
fn issue_13_a_days_line_with_the_events_header_gives_its_names_that_day() {
    // ("14 de enero: Excarcelados del Rodeo I: A y B." lines without bullets or a lead.)
    let x = crate::run(
        "Boletín semanal de excarcelaciones, 20 de enero de 2025.\n14 de enero: Excarcelados del Rodeo I: Anselmo Tovar Linares y Félix Guanipa Rojas.\n16 de enero: Excarcelada del INOF: Marisela Peña Urdaneta.\n",
        "2025-01-20",
    );
    assert_eq!(
        crate::date_of(&x, "Félix Guanipa Rojas", "release"),
        "2025-01-14",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Marisela Peña Urdaneta", "release"),
        "2025-01-16",
        "{x:#?}"
    );
    // (Not a credit line: "(Redacción: X; edición: Y)".)
    let x = crate::run(
        "Fue excarcelado ayer el periodista Anselmo Tovar Linares.\n\n(Redacción: María Fernanda Lugo; edición: Tomás Echeverría)\n",
        "2025-01-20",
    );
    assert!(
        crate::person(&x, "Tomás Echeverría")
            .is_none_or(|_| crate::no_events(&x, "Tomás Echeverría")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_english_edition_prints_day_and_month_day_first() {
    // ("Cut-off date: 07/04/2025 … 1. A – Released 02/04 from Yare III", an NGO's English
    // edition: the second of April.)
    let x = crate::run(
        "WEEKLY BULLETIN (ENGLISH EDITION)\nCut-off date: 07/04/2025\n\nRELEASED\n\n1. QUINTANA ROJAS, Carlos Javier – ID V-20.118.554 – 31 – Released 02/04 from Yare III (Miranda). Must report to court every 30 days.\n\nNEW ARRESTS\n\n2. ROA MENDOZA, Eudis Miguel – 34 – Arrested 01/04 in Puerto Ayacucho (Amazonas).\n",
        "2025-04-08",
    );
    assert_eq!(
        crate::date_of(&x, "QUINTANA ROJAS, Carlos Javier", "conditional_release"),
        "2025-04-02",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "ROA MENDOZA, Eudis Miguel", "arrest"),
        "2025-04-01",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_count_of_arrests_since_a_year_is_no_groups_arrest() {
    // ("Since 2014, the organization has registered 18,317 political arrests." over a list of
    // the week's releases: none of them arrested in 2014.)
    let x = crate::run(
        "During the week we verified 2 releases. Since 2014, the organization has registered 18,317 political arrests.\n\nRELEASED\n\n1. QUINTANA ROJAS, Carlos Javier – 31 – Released 02/04 from Yare III.\n2. FARÍAS LUGO, Ana Karina – 40 – Released 03/04 from INOF.\n",
        "2025-04-08",
    );
    assert!(
        !crate::kinds_of(&x, "QUINTANA ROJAS, Carlos Javier").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_died_while_he_was_in_custody_is_a_death_in_custody() {
    // ("…murió el 30 de diciembre de 2025 mientras se encontraba bajo custodia en…").
    let x = crate::run(
        "D. Considerando que el periodista Eleazar Quintero Mujica murió el 30 de diciembre de 2025 mientras se encontraba bajo custodia en la sede de la DGCIM en Boleíta;\n",
        "2026-01-22",
    );
    assert_eq!(
        crate::date_of(&x, "Eleazar Quintero Mujica", "death_in_custody"),
        "2025-12-30",
        "{x:#?}"
    );
}

#[test]
fn issue_13_one_compared_with_is_no_subject() {
    // ("…el motorizado X, detenido el mismo día que Gil, admitió los hechos y fue condenado a
    // tres años": X was sentenced, not Gil.)
    let x = crate::run(
        "El tribunal condenó anoche a ocho años de prisión a Richard Antonio Gil Carmona. En la misma audiencia, el motorizado Jean Pierre Hurtado Bello, de 24 años, detenido el mismo día que Gil, admitió los hechos y fue condenado a tres años y cuatro meses.\n",
        "2026-01-29",
    );
    assert!(
        crate::kinds_of(&x, "Jean Pierre Hurtado Bello").contains(&"sentence"),
        "{x:#?}"
    );
    assert_eq!(
        crate::kinds_of(&x, "Richard Antonio Gil Carmona")
            .iter()
            .filter(|k| **k == "sentence")
            .count(),
        1,
        "{x:#?}"
    );
}
