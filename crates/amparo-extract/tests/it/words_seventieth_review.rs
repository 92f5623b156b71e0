//! issue 13, seventieth round: the near-misses black-box reviewers found in the round's rules,
//! written anew with invented names.

#[test]
fn issue_13_a_relative_after_a_fronted_clause_of_time_takes_no_event() {
    let x = crate::run(
        "Trade unionist Rigoberto Anzola was held in Tocorón since March. Two days after he was \
released on October 10, his sister Yelitza Anzola said the family had received threats.",
        "2024-10-15",
    );
    assert_eq!(
        crate::date_of(&x, "Rigoberto Anzola", "release"),
        "2024-10-10",
        "{x:#?}"
    );
    assert!(crate::person(&x, "Yelitza Anzola").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_fronted_clause_of_the_other_gender_or_of_an_officer_is_not_theirs() {
    let x = crate::run(
        "Engineer Darío Mendible was arrested in March. Before he was arrested, teacher Olga \
Barrios says she saw him at the square.\n\nStudent Ciro Valbuena was taken in June. When he was \
arrested, police officer Ramón Tirado slapped him.",
        "2024-10-15",
    );
    assert!(crate::person(&x, "Olga Barrios").is_none(), "{x:#?}");
    assert!(crate::person(&x, "Ramón Tirado").is_none(), "{x:#?}");
}

#[test]
fn issue_13_walking_out_of_a_meeting_or_to_speak_is_no_release() {
    let x = crate::run(
        "Seven political prisoners were released this week. Defence lawyer Nereida Palma walked \
out on Monday from the hearing at the Caracas court in protest. Warden Rómulo Páez, director of \
Rodeo I, walked out on Wednesday to speak to the families gathered at the gate.",
        "2024-08-09",
    );
    assert!(crate::person(&x, "Nereida Palma").is_none(), "{x:#?}");
    assert!(crate::person(&x, "Rómulo Páez").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_list_of_lawyers_or_signatories_inherits_no_arrest() {
    let x = crate::run(
        "Police arrested five protesters in Mérida on June 25. They were defended by the \
following lawyers:\na. Celso Arvelo, of Foro Cívico;\nb. Maite Sosa Rincón, independent \
lawyer;\nc. Tobías Urdaneta.\n\nEl 14 de marzo fueron detenidos en Mérida varios estudiantes.\n\n\
Los firmantes del comunicado de rechazo son:\n1. Rector Amílcar Guillén;\n2. Profesora Edith \
Montilla;\n3. Defensor Marino Urbina.",
        "2024-07-01",
    );
    for name in [
        "Celso Arvelo",
        "Maite Sosa Rincón",
        "Tobías Urdaneta",
        "Amílcar Guillén",
        "Edith Montilla",
        "Marino Urbina",
    ] {
        assert!(
            !x.persons.iter().any(|p| p.name.contains(name)),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_mother_named_at_her_home_stays_a_relative() {
    let x = crate::run(
        "El tribunal de control otorgó el 8 de mayo arresto domiciliario al dirigente vecinal \
Joel Arismendi Pinto, quien cumplirá la medida en casa de su madre, Corina Pinto.",
        "2024-05-10",
    );
    assert_eq!(
        crate::date_of(&x, "Joel Arismendi Pinto", "house_arrest"),
        "2024-05-08"
    );
    assert!(
        x.not_detainees
            .iter()
            .any(|n| n.name == "Corina Pinto" && n.why == "relative"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_measure_granted_as_requested_is_still_granted() {
    let x = crate::run(
        "The court granted Teófilo Marín the requested house arrest on Monday. Ileana Sosa was, \
as her lawyers requested, released on bail on Tuesday.",
        "2025-10-01",
    );
    assert!(
        crate::kinds_of(&x, "Teófilo Marín").contains(&"house_arrest"),
        "{x:#?}"
    );
    let kinds = crate::kinds_of(&x, "Ileana Sosa");
    assert!(kinds.iter().any(|k| k.contains("release")), "{x:#?}");
}

#[test]
fn issue_13_a_story_s_year_stops_at_the_present_and_at_a_year_later() {
    let x = crate::run(
        "On May 2, 2024, Rosendo Cáceres was arrested in Masaya. A year later, on May 10, he was \
transferred to La Modelo.\n\nOn June 15, authorities released Anselma Ríos Vega and 80 other \
political prisoners.",
        "2026-06-20",
    );
    assert_eq!(
        crate::date_of(&x, "Rosendo Cáceres", "transfer"),
        "2026-05-10",
        "{x:#?}"
    );
    let kinds = crate::kinds_of(&x, "Anselma Ríos Vega");
    assert!(kinds.contains(&"release"), "{x:#?}");
    assert_eq!(
        crate::date_of(&x, "Anselma Ríos Vega", "release"),
        "2026-06-15"
    );
}

#[test]
fn issue_13_a_spanish_story_keeps_its_opening_year() {
    let x = crate::run(
        "El 9 de agosto de 2024, Eusebio Lacayo fue detenido en un retén en Masaya. El 12 de \
agosto fue trasladado a La Modelo.",
        "2025-10-01",
    );
    assert_eq!(
        crate::date_of(&x, "Eusebio Lacayo", "transfer"),
        "2024-08-12",
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_arrest_denied_tried_or_tried_on_a_thing_is_none() {
    let x = crate::run(
        "Nadie intentó arrestar al alcalde Rubén Quiroz Páez. Police never tried to arrest \
activist Nelly Arcaya. Los agentes intentaron detener el vehículo en que viajaba la diputada \
Luisa Ferrer Oviedo. Vecinos intentaron detener a los funcionarios que buscaban a Pedro Tello.",
        "2026-07-20",
    );
    for name in [
        "Rubén Quiroz Páez",
        "Nelly Arcaya",
        "Luisa Ferrer Oviedo",
        "Pedro Tello",
    ] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_the_actor_after_a_fused_clitic_is_not_the_one_tried() {
    let x = crate::run(
        "La concejala Irma Baptista denunció que el sábado intentó detenerla el comisario Jesús \
Ávila Parra en la puerta de su casa.",
        "2026-07-20",
    );
    assert!(crate::person(&x, "Jesús Ávila Parra").is_none(), "{x:#?}");
}

#[test]
fn issue_13_year_ranges_stay_dates_and_a_travel_ban_stays_a_condition() {
    let x = crate::run(
        "Activist Tobías Lander was arrested in the 2023-24 wave of raids in Lara.\n\nEl \
sindicalista Omar Bencomo salió el lunes con régimen de presentación ante el Tribunal Quinto de \
Control, y Prohibición de Salida del País.",
        "2026-03-01",
    );
    assert_eq!(
        crate::date_of(&x, "Tobías Lander", "arrest"),
        "2023",
        "{x:#?}"
    );
    let e = crate::event_of(&x, "Omar Bencomo", "conditional_release").expect("release");
    assert!(
        e.conditions
            .as_deref()
            .is_some_and(|c| c.contains("Prohibición")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_political_prisoners_charged_as_common_ones_stay_in_scope() {
    let x = crate::run(
        "La fiscalía imputa delitos comunes a presos políticos, como el caso de la activista \
Rocío Mendible, detenida en marzo en Valencia.",
        "2026-02-06",
    );
    assert!(crate::person(&x, "Rocío Mendible").is_some(), "{x:#?}");
}

#[test]
fn issue_13_a_fronted_clause_with_a_detainee_of_its_gender_in_focus_stays_hers() {
    let x = crate::run(
        "La activista Carmen Lugo fue detenida el lunes en Valencia. Cuando ella fue trasladada a \
El Helicoide, la periodista Ana Briceño Rivas denunció el hecho.",
        "2026-02-06",
    );
    assert!(crate::person(&x, "Ana Briceño Rivas").is_none(), "{x:#?}");
}

#[test]
fn issue_13_lettered_duties_and_demands_are_no_people() {
    let x = crate::run(
        "El tribunal excarceló el lunes a Gerardo Vílchez bajo las siguientes condiciones:\na. \
Presentarse cada 15 días ante el tribunal.\nb. No salir del país.\n\nThe Tinaco Rights Group \
demands the following:\na. That the authorities release all political prisoners.\nb. That the \
family of Pedro Aguilar Luna be allowed to visit him.\n\nProtesters tried to arrest Mayor Octavio \
Rizo Bermúdez at the town hall.",
        "2026-02-06",
    );
    assert!(
        crate::kinds_of(&x, "Gerardo Vílchez").contains(&"conditional_release"),
        "{x:#?}"
    );
    assert!(crate::person(&x, "Pedro Aguilar Luna").is_none(), "{x:#?}");
    assert!(
        crate::person(&x, "Octavio Rizo Bermúdez").is_none(),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_relative_named_at_her_home_without_a_comma_stays_a_relative() {
    let x = crate::run(
        "El tribunal otorgó el 8 de mayo arresto domiciliario al dirigente Joel Urbina, quien \
cumplirá la medida en casa de su hermana Yolanda Castillo.",
        "2024-05-10",
    );
    assert!(
        x.not_detainees
            .iter()
            .any(|n| n.name == "Yolanda Castillo" && n.why == "relative"),
        "{x:#?}"
    );
}
