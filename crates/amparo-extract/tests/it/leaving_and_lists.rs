//! issue 13, eleventh round: "the last two" of a list, being driven to a border or handed over
//! at a bridge, members named after a group's leaving, numbered lines that join two names,
//! speakers after an office, exceptions, clitic openers, and the near-misses of these rules.
//! Invented names and sentences only.

use crate::{dates_of, event_of, kinds_of, person, run};

#[test]
fn issue_13_the_last_two_of_a_list_are_its_last_two_names() {
    let x = run(
        "Foro Penal confirmó el sábado cuatro excarcelaciones.\n\nLa lista: Amalia Requena Soto, Gilberto Parra Luque, Pastor Quintana Oviedo y Zoila Marcano Brito.\n\nLas dos últimas no recuperaron la libertad plena: un juez les dictó arresto domiciliario, dijo su abogada, la doctora Irene Salcedo Lugo.",
        "2026-02-08",
    );
    assert_eq!(kinds_of(&x, "Amalia Requena Soto"), ["release"]);
    assert_eq!(kinds_of(&x, "Gilberto Parra Luque"), ["release"]);
    assert!(kinds_of(&x, "Pastor Quintana Oviedo").contains(&"house_arrest"));
    assert!(kinds_of(&x, "Zoila Marcano Brito").contains(&"house_arrest"));
    assert!(!kinds_of(&x, "Zoila Marcano Brito").contains(&"detention"));
    assert!(person(&x, "Irene Salcedo Lugo").is_none(), "{x:#?}");
}

#[test]
fn issue_13_driven_to_a_border_or_handed_over_at_a_bridge_is_sent_out() {
    let x = run(
        "On the morning of Tuesday, 3 March, nine prisoners were released from the Vitebsk colony and driven under police escort to the Latvian border.\n\nThose identified include:\n\n1. Maksim Arlou, 40, teacher;\n2. Ina Savitskaya, 33, nurse;\n3. Pavel Daroshka and 4. Olga Daroshka, a married couple from Polotsk.",
        "2026-03-04",
    );
    for name in [
        "Maksim Arlou",
        "Ina Savitskaya",
        "Pavel Daroshka",
        "Olga Daroshka",
    ] {
        // (Nationals driven out are exiled, the gold sets' convention since blind37.)
        assert_eq!(kinds_of(&x, name), ["release", "exile"], "{name}");
        assert_eq!(dates_of(&x, name), ["2026-03-03", "2026-03-03"], "{name}");
    }
    let y = run(
        "Venezuela released six Ecuadorians it had jailed on charges of smuggling and handed them over at the Rumichaca bridge on Friday, the ministry said.\n\nThe ministry identified them as: Byron Tenesaca Lema, Nelly Guamán Pilco and Segundo Quishpe Toapanta.",
        "2026-03-09",
    );
    for name in [
        "Byron Tenesaca Lema",
        "Nelly Guamán Pilco",
        "Segundo Quishpe Toapanta",
    ] {
        assert_eq!(kinds_of(&y, name), ["release", "expulsion"], "{name}");
        assert_eq!(dates_of(&y, name), ["2026-03-06", "2026-03-06"], "{name}");
    }
}

#[test]
fn issue_13_members_of_a_leaving_keep_it_beside_an_arrest_of_their_own() {
    let x = run(
        "Belarus freed 11 prisoners on Monday, and nine of them were driven across the border into Poland.\n\nThose deported include blogger Stas Varonka and teacher Alesia Hrynko, arrested in 2024.",
        "2026-05-05",
    );
    assert!(
        kinds_of(&x, "Stas Varonka").contains(&"expulsion"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Alesia Hrynko").contains(&"expulsion"),
        "{x:#?}"
    );
    assert!(kinds_of(&x, "Alesia Hrynko").contains(&"arrest"), "{x:#?}");
}

#[test]
fn issue_13_an_office_held_in_exile_and_a_speaker_after_an_office_are_not_detainees() {
    let x = run(
        "Eight Colombians were released on Thursday and flown home, the ministry said. They include Wilson Arboleda Gil and Yaneth Ocampo Ruiz, who were driven to the airport and will be put on a flight to Bogotá on Monday, consul Rodrigo Téllez Vanegas said.\n\nThe group's chair in exile, Mirta Lozano Paz, said: \"This is deportation.\"",
        "2026-06-12",
    );
    assert!(person(&x, "Rodrigo Téllez Vanegas").is_none(), "{x:#?}");
    assert!(person(&x, "Mirta Lozano Paz").is_none(), "{x:#?}");
    assert!(kinds_of(&x, "Wilson Arboleda Gil").contains(&"release"));
}

#[test]
fn issue_13_all_those_but_one_excepted_share_the_event() {
    let x = run(
        "A court in Bayamo sentenced five protesters on Friday:\n\n1. Reinaldo Soler Ortiz — 6 years.\n2. Mailín Cisneros Vega — 5 years.\n3. Yunieski Toledo Paz — 4 years, to be served at home; she was allowed to go home after the hearing.\n\nAll those sentenced to prison, except Toledo Paz, were taken to the Las Mangas prison on Saturday.",
        "2026-03-16",
    );
    assert!(
        kinds_of(&x, "Reinaldo Soler Ortiz").contains(&"transfer"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Mailín Cisneros Vega").contains(&"transfer"),
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "Yunieski Toledo Paz").contains(&"transfer"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Yunieski Toledo Paz").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_all_of_a_list_after_a_lead_that_names_nobody() {
    let x = run(
        "La Fiscalía otorgó medidas cautelares a tres personas este lunes:\n\nMORALES PÉREZ, Luis Ángel; SUÁREZ RIVAS, Ana Teresa; TOVAR LIMA, José Miguel.\n\nSegún el fiscal, todos fueron detenidos durante las protestas de marzo de 2026.",
        "2026-08-04",
    );
    for name in [
        "MORALES PÉREZ, Luis Ángel",
        "SUÁREZ RIVAS, Ana Teresa",
        "TOVAR LIMA, José Miguel",
    ] {
        let arrest = event_of(&x, name, "arrest").unwrap_or_else(|| panic!("{name}: {x:#?}"));
        assert_eq!(
            arrest.date.as_ref().map(|d| d.to_string()).as_deref(),
            Some("2026-03")
        );
    }
}

#[test]
fn issue_13_priests_named_with_their_title_and_members_past_a_semicolon() {
    let x = run(
        "Five priests who had been jailed in Nicaragua were released on Tuesday and sent to Rome.\n\nThe priests are Fr. Anselmo Rizo Paiz, pastor of Jinotega; Fr. Cándido Úbeda Sevilla; Fr. Mauricio Lanzas Oporta.",
        "2026-09-10",
    );
    for name in [
        "Anselmo Rizo Paiz",
        "Cándido Úbeda Sevilla",
        "Mauricio Lanzas Oporta",
    ] {
        assert!(kinds_of(&x, name).contains(&"release"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_clitic_opening_a_sentence_is_the_person_just_named() {
    let x = run(
        "—¿Quiénes quedaron adentro?\n—También Fredy Alonso Mejía, un colombiano que vendía frutas en Cúcuta. Lo agarraron en Ureña en 2025.",
        "2026-02-10",
    );
    let arrest = event_of(&x, "Fredy Alonso Mejía", "arrest").expect("arrested in Ureña");
    assert_eq!(
        arrest.date.as_ref().map(ToString::to_string).as_deref(),
        Some("2025")
    );
    let y = run(
        "La noche del martes salieron de Rodeo I 11 presos políticos. Los nombres: Irma Salas Díaz y Teodoro Mena Ruiz.",
        "2026-02-11",
    );
    assert_eq!(kinds_of(&y, "Irma Salas Díaz"), ["release"]);
}

#[test]
fn issue_13_members_named_after_a_release_and_a_leaving_told_in_one_breath_get_both() {
    let x = run(
        "Seven Belarusian prisoners were pardoned on Monday and driven straight to the Polish border, the rights centre said.\n\nAmong them were journalist Uladzimir Lapo, who had served two years; trade unionist Ales Krasko; and pensioners Halina Vitko and Mikola Rusak.",
        "2026-06-10",
    );
    for name in [
        "Uladzimir Lapo",
        "Ales Krasko",
        "Halina Vitko",
        "Mikola Rusak",
    ] {
        // (Belarusians sent out of Belarus, a text of Belarus: nationals exiled.)
        assert_eq!(kinds_of(&x, name), ["release", "exile"], "{name}");
    }
    let y = run(
        "Nicaragua liberó el jueves a diez presos políticos y los trasladó en autobús hasta la frontera con Honduras.\n\nEntre los liberados figuran el agrónomo Rigoberto Talavera Sáenz y la maestra Ninoska Ubau Pérez.",
        "2026-06-12",
    );
    for name in ["Rigoberto Talavera Sáenz", "Ninoska Ubau Pérez"] {
        assert!(kinds_of(&y, name).contains(&"expulsion"), "{name}: {y:#?}");
    }
    // (Two groups: the freed and one sent out.)
    let z = run(
        "Fueron excarcelados tres colombianos y un venezolano exiliado en Madrid: Jhon Edison Yepes, Wilmar Ocampo Ríos y Duberney Gil Toro.",
        "2026-06-12",
    );
    assert_eq!(kinds_of(&z, "Jhon Edison Yepes"), ["release"]);
}

#[test]
fn issue_13_numbered_lines_in_capitals_surname_first_are_one_name_each() {
    let x = run(
        "El ministerio publicó la lista de personas con medidas cautelares este lunes:\n\nCON RÉGIMEN DE PRESENTACIÓN:\n1. ARTEAGA BLANCO, JOSÉ GREGORIO\n2. GUTIÉRREZ OVALLES, LEIDY JOHANA\n\nCON ARRESTO DOMICILIARIO:\n3. MOLINA SUÁREZ, FRANCISCO JAVIER",
        "2026-01-20",
    );
    assert_eq!(
        kinds_of(&x, "ARTEAGA BLANCO, JOSÉ GREGORIO"),
        ["conditional_release"]
    );
    assert_eq!(
        kinds_of(&x, "GUTIÉRREZ OVALLES, LEIDY JOHANA"),
        ["conditional_release"]
    );
    assert_eq!(
        kinds_of(&x, "MOLINA SUÁREZ, FRANCISCO JAVIER"),
        ["house_arrest"]
    );
    assert!(person(&x, "JOSÉ GREGORIO").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_header_that_frees_without_conditions_and_a_release_today_of_us_citizens() {
    let x = run(
        "Foro Penal said all 5 people freed on Tuesday must report to a court every 30 days, except two.\n\nReleased without conditions:\nGerardo Lira Paz and Ana Ruth Villegas\n\nWith reporting duties:\nDeivy Bastidas Mora, Mildred Suniaga Ríos and César Olivo Lugo",
        "2026-05-14",
    );
    assert_eq!(kinds_of(&x, "Gerardo Lira Paz"), ["release"]);
    assert_eq!(kinds_of(&x, "Deivy Bastidas Mora"), ["conditional_release"]);
    let y = run(
        "Release of U.S. Citizens Wrongfully Detained in Venezuela\n\nThe United States welcomes the release today of U.S. citizens Kyle Patrick Brennan and Marisol Ortega-Vance.",
        "2026-03-10",
    );
    assert_eq!(kinds_of(&y, "Kyle Patrick Brennan"), ["release"]);
    assert_eq!(kinds_of(&y, "Marisol Ortega-Vance"), ["release"]);
    assert!(person(&y, "Citizens Wrongfully").is_none(), "{y:#?}");
}

#[test]
fn issue_13_near_misses_of_the_rounds_rules_take_nothing() {
    let x = run(
        "Irma Soler y Tobías Gil fueron detenidos el lunes. Todos los presos políticos deben ser liberados, exigió la ONU.",
        "2026-03-10",
    );
    assert_eq!(kinds_of(&x, "Irma Soler"), ["arrest", "detention"]);
    assert_eq!(kinds_of(&x, "Tobías Gil"), ["arrest", "detention"]);
    let y = run(
        "Entre los excarcelados del lunes figuran Marta Ibarra Soto, docente, y el periodista Julio Campos Vera, informó el sindicato.",
        "2026-03-10",
    );
    assert_eq!(kinds_of(&y, "Julio Campos Vera"), ["release"]);
    let z = run(
        "La defensora Elena Prado Ruiz informó que el tribunal le dictó arresto domiciliario al concejal Néstor Vivas Lugo.",
        "2026-03-10",
    );
    assert_eq!(kinds_of(&z, "Néstor Vivas Lugo"), ["house_arrest"]);
    assert!(person(&z, "Elena Prado Ruiz").is_none(), "{z:#?}");
    let w = run(
        "Ana Mora, Luis Paz y Pedro Soto Díaz fueron detenidos en 2024. Todos fueron liberados el lunes, salvo Pedro Soto Díaz, que sigue preso en Tocorón.",
        "2026-03-10",
    );
    assert!(
        !kinds_of(&w, "Pedro Soto Díaz").contains(&"release"),
        "{w:#?}"
    );
    assert!(
        kinds_of(&w, "Pedro Soto Díaz").contains(&"detention"),
        "{w:#?}"
    );
    let v = run(
        "El partido de gobierno expulsó a la diputada Yolanda Sierra Paz de sus filas. A Germán Lugo Díaz lo tienen en la mira desde 2023. Captain Luis Arévalo Rey, who had been serving in the National Guard for 12 years, was arrested on March 3. Opposition member Rafael Soto Gil was escorted to the border town of Ureña and jailed on Monday.",
        "2026-03-10",
    );
    assert!(person(&v, "Yolanda Sierra Paz").is_none(), "{v:#?}");
    assert!(person(&v, "Germán Lugo Díaz").is_none(), "{v:#?}");
    assert_eq!(kinds_of(&v, "Luis Arévalo Rey"), ["arrest", "detention"]);
    assert!(
        !kinds_of(&v, "Rafael Soto Gil").contains(&"expulsion"),
        "{v:#?}"
    );
    let u = run(
        "Ana Ruiz y Luis Gil fueron detenidos el lunes en Maracay.",
        "2026-03-10",
    );
    assert_eq!(kinds_of(&u, "Ana Ruiz"), ["arrest", "detention"]);
}

#[test]
fn issue_13_a_surname_first_list_with_brackets_a_published_list_and_people_coming_out() {
    let x = run(
        "El ministerio informó que fueron excarcelados este lunes:\n\nPÉREZ LARA, Ana María; OTERO SAIZ, Iñaki (España); GIL MORA, José Luis.",
        "2026-05-18",
    );
    assert!(
        kinds_of(&x, "OTERO SAIZ, Iñaki").contains(&"release"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "GIL MORA, José Luis").contains(&"release"),
        "{x:#?}"
    );
    assert!(person(&x, "Ana María").is_none(), "{x:#?}");
    let y = run(
        "Venezuela released 9 prisoners on Friday, the group said.\n\nThe full list released by the group:\n\n1. Ramiro Lara Paz\n2. Delia Ortiz Gil",
        "2026-06-13",
    );
    assert_eq!(dates_of(&y, "Ramiro Lara Paz"), ["2026-06-12"]);
    let z = run(
        "🔴 URGENTE: están saliendo compañeros del penal de Tocuyito. Confirmados hasta ahora:\n✅ Jhonny Perdomo Lira\n✅ Neomar Rangel Cisneros",
        "2026-02-03",
    );
    assert_eq!(kinds_of(&z, "Jhonny Perdomo Lira"), ["release"]);
}
