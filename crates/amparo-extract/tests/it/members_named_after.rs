//! issue 13, seventeenth round: people named after the sentence that tells their group's event,
//! by titles, pronouns and wire forms. Invented names and sentences only.

use crate::{date_of, kinds_of, person, run};

#[test]
fn issue_13_a_group_named_as_clergy_after_its_release_and_flight_abroad() {
    let x = run(
        "Managua released a bishop and five other Catholic clergymen from prison and flew them to Rome on Thursday, the Holy See said.\n\nThe Vatican press office named them as Bishop Anselmo Rivera Toledo of Boaco; Monsignor Eliseo Prado Urbina; Fathers Teodoro Lacayo Ruiz and Fermín Galeano Soto; deacon Ismael Trujillo Vega; and seminarian Noel Baltodano Pérez.",
        "2026-05-22",
    );
    for name in [
        "Anselmo Rivera Toledo",
        "Eliseo Prado Urbina",
        "Teodoro Lacayo Ruiz",
        "Fermín Galeano Soto",
        "Ismael Trujillo Vega",
        "Noel Baltodano Pérez",
    ] {
        let k = kinds_of(&x, name);
        assert!(
            k.contains(&"release") && k.contains(&"exile"),
            "{name}: {k:?}"
        );
        assert_eq!(date_of(&x, name, "release"), "2026-05-21");
    }
    // (A statement released is no one freed: the flight is told, no exile of the freed.)
    let y = run(
        "The ministry released a statement on Thursday and flew the envoy Anselmo Rivera Toledo to Rome.",
        "2026-05-22",
    );
    assert!(
        person(&y, "Anselmo Rivera Toledo").is_none_or(|p| p.events.is_empty()),
        "{y:#?}"
    );
}

#[test]
fn issue_13_people_still_held_named_after_a_source_set_off_by_commas() {
    let x = run(
        "Siguen detenidos, según Foro Penal, el francés Étienne Morel Duval y el alemán Jakob Brenner Vogt, ambos en El Rodeo I.",
        "2026-01-12",
    );
    for name in ["Étienne Morel Duval", "Jakob Brenner Vogt"] {
        assert_eq!(date_of(&x, name, "detention"), "2026-01-12", "{x:#?}");
    }
    // (A subject before the verb keeps it; the source after it is no detainee.)
    let y = run(
        "Orlinda Barrios quedó bajo arresto domiciliario, según el coordinador regional de Foro Penal, Teodoro Lacayo Ruiz.",
        "2026-01-12",
    );
    assert!(person(&y, "Teodoro Lacayo Ruiz").is_none(), "{y:#?}");
}

#[test]
fn issue_13_one_more_who_also_came_out_after_a_long_list() {
    let mut text = String::from(
        "Al menos 14 personas fueron excarceladas la noche de este domingo desde el Rodeo I, según Foro Penal.\n\nEstos son sus nombres:\n\n",
    );
    for line in [
        "Con régimen de presentación cada 30 días y prohibición de salida del país: Yorman Alexis Castillo Briceño, Wilmer José Ugueto Pérez, Rafael Antonio Mijares Sosa y Jhonny Sanabria Lugo.",
        "Con arresto domiciliario: el coronel (r) Ismael Gutiérrez Lander; Héctor Manuel Piñango Díaz y Eudes Rafael Tovar Rojas.",
        "Mujeres: la periodista Nohelí del Carmen Arráiz; Yusmary Contreras Paz y la sindicalista Betsabé Lira Gómez, dirigente del sector salud del estado Lara desde hace quince años.",
    ] {
        text.push_str(line);
        text.push_str("\n\n");
    }
    text.push_str("Lee también: Las familias acampan frente a la Zona 7 a la espera de noticias de los suyos, con mantas, termos de café y pancartas hechas a mano que piden información sobre los traslados de la semana pasada hacia los penales del interior del país, donde las visitas se suspendieron sin aviso desde el mes de octubre.\n\n");
    text.push_str("También salió el estudiante Anselmo Rivera Toledo, de 22 años, aunque su familia no precisó bajo qué condiciones.");
    let x = run(&text, "2026-01-12");
    assert!(
        kinds_of(&x, "Anselmo Rivera Toledo").contains(&"release"),
        "{x:#?}"
    );
    // (With no release told before, "también salió" is no release.)
    let y = run(
        "También salió el estudiante Anselmo Rivera Toledo a protestar frente a la gobernación.",
        "2026-01-12",
    );
    assert!(person(&y, "Anselmo Rivera Toledo").is_none(), "{y:#?}");
}

#[test]
fn issue_13_a_custody_told_with_still_inside_its_phrase() {
    let x = run(
        "Leyó los nombres: la dirigente Nelly Bracho Ávila, el sindicalista Emilio Pinto Salas y el estudiante Moisés Urdaneta Paz. Todos ellos permanecen por ahora en el Rodeo I.",
        "2026-02-25",
    );
    for name in [
        "Nelly Bracho Ávila",
        "Emilio Pinto Salas",
        "Moisés Urdaneta Paz",
    ] {
        assert_eq!(date_of(&x, name, "detention"), "2026-02-25", "{x:#?}");
    }
    for text in [
        "Ofelia Zambrano Ruiz sigue aún en Tocorón.",
        "Ofelia Zambrano Ruiz permanece todavía en el Rodeo I.",
        "Ofelia Zambrano Ruiz remains for now in Rodeo I.",
    ] {
        let y = run(text, "2026-02-25");
        assert_eq!(
            date_of(&y, "Ofelia Zambrano Ruiz", "detention"),
            "2026-02-25",
            "{y:#?}"
        );
    }
    // (A "still" before a release is no custody.)
    let z = run("Ofelia Zambrano Ruiz sigue hoy en libertad.", "2026-02-25");
    assert!(
        person(&z, "Ofelia Zambrano Ruiz")
            .is_none_or(|p| p.events.iter().all(|e| e.kind.as_str() != "detention")),
        "{z:#?}"
    );
}

#[test]
fn issue_13_a_name_after_a_one_word_municipality() {
    let x = run(
        "Distinta es la situación del concejal del municipio Mariño Rafael Eduardo Tovar, aprehendido en la misma concentración. Tovar permanece en la sede del SEBIN en La Asunción.",
        "2026-01-20",
    );
    assert!(
        kinds_of(&x, "Rafael Eduardo Tovar").contains(&"detention"),
        "{x:#?}"
    );
    // (A saint's parish keeps its name: no "Juan Bautista" held.)
    let y = run(
        "El presbítero Anselmo Rivera Toledo, párroco de la parroquia San Juan Bautista, de Tinaquillo, fue detenido el miércoles.",
        "2026-01-20",
    );
    assert!(person(&y, "Juan Bautista").is_none(), "{y:#?}");
    assert!(person(&y, "Anselmo Rivera Toledo").is_some(), "{y:#?}");
}

#[test]
fn issue_13_the_given_names_of_the_region_the_news_comes_from() {
    // ("Anderson", "Yeferson": given names that Spanish and British newswires rarely print.)
    let x = run(
        "Funcionarios del Sebin detuvieron el lunes al concejal del municipio Iribarren Anderson Josué Mendoza, cuando salía de una audiencia en Barquisimeto.",
        "2026-01-21",
    );
    assert!(
        kinds_of(&x, "Anderson Josué Mendoza").contains(&"arrest"),
        "{x:#?}"
    );
    // (A whole name before "y" keeps its own surnames: no "Clemente Ruiz Apolinar Moncada".)
    let y = run(
        "Fueron excarcelados Clemente Ruiz Apolinar y Dalia Moncada Pérez.",
        "2026-01-21",
    );
    assert!(person(&y, "Clemente Ruiz Apolinar").is_some(), "{y:#?}");
}

#[test]
fn issue_13_foreigners_handed_over_at_a_long_named_bridge_or_flown_home() {
    let x = run(
        "Venezuela freed 14 foreigners on Wednesday.\n\nThey include Colombians Jhon Fredy Ospina Cano and Wilson Arley Cárdenas Ruiz, who were handed over to Colombian officials at the Simón Bolívar International Bridge on Thursday morning.",
        "2026-01-12",
    );
    for name in ["Jhon Fredy Ospina Cano", "Wilson Arley Cárdenas Ruiz"] {
        assert!(kinds_of(&x, name).contains(&"expulsion"), "{x:#?}");
    }
    // (Driven to the bridge and handed over there: one leaving, not two.)
    let y = run(
        "Two others, Colombians Yeison Andrés Cárdenas and Wílmar Hurtado Mena, were driven to the Simón Bolívar International Bridge and handed over on Monday afternoon in what the migration authority described as an expulsion.",
        "2026-01-13",
    );
    assert!(person(&y, "Yeison Andrés Cárdenas").is_some(), "{y:#?}");
    let expulsions = person(&y, "Yeison Andrés Cárdenas").map_or(0, |p| {
        p.events
            .iter()
            .filter(|e| e.kind.as_str() == "expulsion")
            .count()
    });
    assert!(expulsions <= 1, "{y:#?}");
    let z = run(
        "El uruguayo Facundo Pereira Sosa fue excarcelado el lunes y voló a Montevideo esa misma noche.",
        "2026-01-13",
    );
    assert!(
        kinds_of(&z, "Facundo Pereira Sosa").contains(&"expulsion"),
        "{z:#?}"
    );
}

#[test]
fn issue_13_nationals_of_the_country_told_are_exiled_once_not_expelled() {
    let x = run(
        "Nicaragua's government freed political prisoners Félix Pedro Castillo Obando and Marvin Antonio Somarriba Ruiz on Thursday and put them on a flight to Washington, then stripped them of their Nicaraguan citizenship. A statement read on state television in Managua said the group had been deported.",
        "2026-02-02",
    );
    for name in [
        "Félix Pedro Castillo Obando",
        "Marvin Antonio Somarriba Ruiz",
    ] {
        let k = kinds_of(&x, name);
        assert!(
            k.contains(&"exile") && !k.contains(&"expulsion"),
            "{name}: {k:?}"
        );
    }
    // (Foreigners in Venezuela are still expelled.)
    let y = run(
        "Venezuela freed Colombians Félix Pedro Castillo Obando and Marvin Antonio Somarriba Ruiz on Thursday and put them on a flight to Bogotá.",
        "2026-02-02",
    );
    assert!(
        kinds_of(&y, "Félix Pedro Castillo Obando").contains(&"expulsion"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_taken_from_cells_onto_a_plane_abroad_lead_a_list_past_one_counted_aside() {
    let x = run(
        "Catorce presos políticos nicaragüenses fueron sacados de sus celdas durante la madrugada del sábado y trasladados directamente al aeropuerto de Managua, donde los subieron a un avión con destino a Ciudad de Guatemala. Trece de ellos son nicaragüenses y, según el comunicado oficial, fueron \"deportados\". El decimocuarto, un ciudadano costarricense, fue expulsado del país.\n\nEstos son sus nombres:\n\n1. JOSÉ DOLORES GUTIÉRREZ MAYORGA (58), La Modelo\n2. FÉLIX PEDRO CASTILLO OBANDO (43), La Modelo\n3. MARTHA ELENA OCÓN PICADO (39), La Esperanza",
        "2026-02-02",
    );
    for name in [
        "JOSÉ DOLORES GUTIÉRREZ MAYORGA",
        "FÉLIX PEDRO CASTILLO OBANDO",
        "MARTHA ELENA OCÓN PICADO",
    ] {
        let k = kinds_of(&x, name);
        assert!(
            k.contains(&"release") && k.contains(&"exile"),
            "{name}: {k:?}"
        );
        assert_eq!(date_of(&x, name, "release"), "2026-01-31");
    }
    // (Foreigners the home state's authorities hand over stay expelled.)
    let y = run(
        "Seis colombianos, Jhon Jairo Castaño Osorio y Óscar Iván Rincón Patiño entre ellos, fueron excarcelados el jueves y trasladados hasta la frontera. Las autoridades venezolanas los entregaron a Migración Colombia en calidad de expulsados.",
        "2026-01-17",
    );
    let k = kinds_of(&y, "Jhon Jairo Castaño Osorio");
    assert!(!k.contains(&"exile"), "{y:#?}");
}

#[test]
fn issue_13_he_and_she_after_a_woman_and_a_man() {
    let x = run(
        "Ana Pérez Gil y su esposo, Luis Mora Díaz, fueron detenidos en marzo. Ella fue excarcelada el lunes. Él sigue en Tocorón.",
        "2026-02-16",
    );
    assert_eq!(
        kinds_of(&x, "Ana Pérez Gil"),
        ["arrest", "release"],
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Luis Mora Díaz").contains(&"detention"),
        "{x:#?}"
    );
    // (A stressed pronoun fronted: "A ella la excarcelaron".)
    let y = run(
        "Ana Pérez Gil y su esposo, Luis Mora Díaz, fueron detenidos en marzo. A ella la excarcelaron el lunes.",
        "2026-02-16",
    );
    assert!(kinds_of(&y, "Ana Pérez Gil").contains(&"release"), "{y:#?}");
    assert!(
        !kinds_of(&y, "Luis Mora Díaz").contains(&"release"),
        "{y:#?}"
    );
    // (A wife named after "su esposa" and taken with him is no mere relative to it.)
    let z = run(
        "Gerardo Rincón y su esposa, Marbella Soto de Rincón, fueron detenidos juntos en septiembre. A ella la excarcelaron el 10 de enero con presentación cada 15 días. Él sigue en Rodeo I.",
        "2026-02-16",
    );
    assert_eq!(
        kinds_of(&z, "Marbella Soto de Rincón"),
        ["arrest", "conditional_release"],
        "{z:#?}"
    );
}

#[test]
fn issue_13_a_release_asked_of_a_court_is_no_release() {
    let x = run(
        "Rocío Peña Valbuena y Eduardo Marcano Gil siguen en La Crisálida. Las familias de Peña Valbuena y de Marcano pidieron al Tribunal Supremo de Justicia su excarcelación por razones de salud; no han recibido respuesta.",
        "2026-02-16",
    );
    assert_eq!(kinds_of(&x, "Rocío Peña Valbuena"), ["detention"], "{x:#?}");
    // (A clause of its own after "y" keeps the event: "… para exigir salarios dignos, y
    // denuncia la detención de once compañeros".)
    let y = run(
        "La federación rechaza la represión de la marcha realizada este miércoles en Caracas para exigir salarios dignos, y denuncia la detención de la maestra Xiomara Ledezma Rivas.",
        "2026-10-01",
    );
    assert!(
        kinds_of(&y, "Xiomara Ledezma Rivas").contains(&"arrest"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_release_denied_by_the_next_short_sentence() {
    let x = run(
        "Last week, state television reported that Froilán Betancourt Mejías had been freed. He had not. His lawyer said Betancourt is still in Tocorón.",
        "2026-02-16",
    );
    assert_eq!(
        kinds_of(&x, "Froilán Betancourt Mejías"),
        ["detention"],
        "{x:#?}"
    );
    // (A short sentence that denies something else keeps the release.)
    let y = run(
        "Froilán Betancourt Mejías was freed on Monday. He had not eaten for days.",
        "2026-02-16",
    );
    assert!(
        kinds_of(&y, "Froilán Betancourt Mejías").contains(&"release"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_table_row_whose_surname_is_a_place() {
    let x = run(
        "Nombre | Cédula | Fecha de detención | Centro | Situación\nRIVAS DE LA TORRE, Julio César | V-18.223.901 | 29/07/2025 | Rodeo I | Detenido\nGIL BOLÍVAR, Marcos | V-25.330.818 | 30/07/2025 | Tocorón | Trasladado desde Tocuyito el 15/10/2025",
        "2025-11-03",
    );
    assert_eq!(
        date_of(&x, "GIL BOLÍVAR, Marcos", "arrest"),
        "2025-07-30",
        "{x:#?}"
    );
    assert_eq!(date_of(&x, "GIL BOLÍVAR, Marcos", "transfer"), "2025-10-15");
    // (No name across a table's cells.)
    assert!(x.persons.iter().all(|p| !p.name.contains('|')), "{x:#?}");
}

#[test]
fn issue_13_the_one_an_active_verb_frees_then_flown_abroad() {
    let x = run(
        "Nicaragua released activist Carmen Sáenz Cano on September 5 and flew her to Rome.",
        "2024-09-10",
    );
    assert_eq!(
        kinds_of(&x, "Carmen Sáenz Cano"),
        ["release", "exile"],
        "{x:#?}"
    );
    // (Another subject who flies is no one sent out.)
    let y = run(
        "Nicaragua released activist Carmen Sáenz Cano on September 5 and Foreign Minister Denis Moncada Ruiz flew to Rome.",
        "2024-09-10",
    );
    assert_eq!(kinds_of(&y, "Carmen Sáenz Cano"), ["release"], "{y:#?}");
}

#[test]
fn issue_13_among_those_still_held_is_no_member_of_the_freed() {
    let x = run(
        "Venezuela released at least 21 people on Saturday, Foro Penal said.\n\nAmong those still detained is Venezuelan-American pilot Kevin Arturo Lander, 51, held at the Rodeo I prison, his sister told Reuters.",
        "2026-01-10",
    );
    assert_eq!(kinds_of(&x, "Kevin Arturo Lander"), ["detention"], "{x:#?}");
    // (Among those freed still is.)
    let y = run(
        "Venezuela released at least 21 people on Saturday, Foro Penal said.\n\nAmong those freed was pilot Kevin Arturo Lander, 51.",
        "2026-01-10",
    );
    assert!(
        kinds_of(&y, "Kevin Arturo Lander").contains(&"release"),
        "{y:#?}"
    );
}
