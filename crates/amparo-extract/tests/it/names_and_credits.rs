//! issue 13, this round: names numbered on one line ("7. A; 8. B"), a lead that takes people to
//! a prison ("los llevaron a Tocorón:"), more of an announced group named later ("También fueron
//! nombrados…"), credits and staff lines that name no detainee, an office among students that is
//! no office, and "Domingo" as a given name. Invented names and sentences only.

use crate::{kinds, kinds_of, person, run};

#[test]
fn issue_13_names_numbered_on_one_line_are_each_an_item() {
    let x = run(
        "Detenidos el domingo en Zulia:\n\n7. ROBERTO CARLOS SILVA ARAQUE; 8. YURIMAR JOSEFA TORRES; 9. DAVID ANTONIO ABREU GONÇALVES, venezolano-portugués.",
        "2026-08-10",
    );
    for name in [
        "ROBERTO CARLOS SILVA ARAQUE",
        "YURIMAR JOSEFA TORRES",
        "DAVID ANTONIO ABREU GONÇALVES",
    ] {
        let p = person(&x, name).unwrap_or_else(|| panic!("{name} in {x:#?}"));
        assert_eq!(kinds(p), ["arrest", "detention"], "{name}");
    }
}

#[test]
fn issue_13_a_lead_that_takes_people_to_a_prison_is_their_transfer() {
    let x = run(
        "Denunciamos que ayer sacaron de Rodeo I a los siguientes presos políticos y los llevaron a Tocorón:\n\n1. JOSÉ RAMÓN ALVARADO MEDINA — V-18.455.221 — sargento\n2. DARWIN ALEXIS CHACÓN PEÑA — V-15.990.302",
        "2026-02-17",
    );
    for name in ["JOSÉ RAMÓN ALVARADO MEDINA", "DARWIN ALEXIS CHACÓN PEÑA"] {
        let p = person(&x, name).unwrap_or_else(|| panic!("{name} in {x:#?}"));
        assert_eq!(kinds(p), ["transfer", "detention"], "{name}");
    }
}

#[test]
fn issue_13_people_named_after_an_announcement_are_announced() {
    let x = run(
        "El Gobierno anunció este jueves que liberará a 30 personas detenidas. La vicepresidenta leyó una lista parcial de los beneficiarios. Entre ellos figura el cooperante Íñigo Ezquerra Aldaz. También fueron nombrados el periodista Juan Pablo Arreaza Toro y la dirigente sindical Luisa Elena Goitía de Salas.",
        "2026-09-03",
    );
    for name in ["Juan Pablo Arreaza Toro", "Luisa Elena Goitía de Salas"] {
        let p = person(&x, name).unwrap_or_else(|| panic!("{name} in {x:#?}"));
        assert_eq!(kinds(p), ["release", "detention"], "{name}");
        assert!(p.events[0].certainty.is_some(), "{name}: {p:?}");
    }
    // Relatives gathered where a release was announced are not its people.
    let x = run(
        "Relatives gathered outside El Helicoide after officials said more prisoners would be freed. Among them was Mercedes Lira Pardo, whose son, the student Andrés Lira Pardo, has been held there since August 2024.",
        "2026-01-09",
    );
    assert!(person(&x, "Mercedes Lira Pardo").is_none(), "{x:#?}");
}

#[test]
fn issue_13_credits_and_staff_lines_name_no_detainee() {
    let x = run(
        "Foro Penal confirmó la excarcelación de tres presos políticos: Ana Rivas Lugo, Pedro Mata Sosa y Luis Oria Pinto.\n\nVerificación: Abigaíl Turmero Paz y Santiago Lisboa Nieves.\n\nCoordinadores: Mercedes Lobo Díaz, Rosaura Peraza Gil.\n\n— Compiled by Hannah Seligsohn",
        "2026-02-12",
    );
    for name in ["Ana Rivas Lugo", "Pedro Mata Sosa", "Luis Oria Pinto"] {
        assert!(person(&x, name).is_some(), "{name} in {x:#?}");
    }
    for name in [
        "Abigaíl Turmero Paz",
        "Santiago Lisboa Nieves",
        "Mercedes Lobo Díaz",
        "Rosaura Peraza Gil",
        "Hannah Seligsohn",
    ] {
        assert!(person(&x, name).is_none(), "{name} in {x:#?}");
    }
}

#[test]
fn issue_13_an_office_among_students_is_no_office_and_domingo_is_a_name() {
    let x = run(
        "Sigue preso, en cambio, Ricardo José Añez Villalobos, presidente del centro de estudiantes de Medicina.",
        "2026-03-10",
    );
    assert_eq!(kinds_of(&x, "Ricardo José Añez Villalobos"), ["detention"]);
    let x = run(
        "El empresario Domingo Acosta Hernández salió la noche del domingo de la cárcel de Rodeo I. Su hermana, Candelaria Acosta Hernández, lo esperaba.",
        "2026-03-10",
    );
    let p = person(&x, "Domingo Acosta Hernández").unwrap_or_else(|| panic!("{x:#?}"));
    assert_eq!(kinds(p), ["release"]);
    assert_eq!(p.events[0].date.as_deref(), Some("2026-03-08"));
    assert!(person(&x, "Candelaria Acosta Hernández").is_none());
}

#[test]
fn issue_13_the_rest_of_those_arrested_are_held_when_the_count_agrees() {
    let x = run(
        "Detenidos el sábado:\n\n1. ANA RIVAS LUGO.\n2. PEDRO MATA SOSA.\n3. LUIS ORIA PINTO.\n4. JUANA PAZ MORA.\n\nLiberada sin cargos el lunes: ANA RIVAS LUGO.\n\nLos otros tres compañeros permanecen en calabozos policiales.",
        "2026-08-12",
    );
    for name in ["PEDRO MATA SOSA", "LUIS ORIA PINTO", "JUANA PAZ MORA"] {
        let p = person(&x, name).unwrap_or_else(|| panic!("{name} in {x:#?}"));
        assert_eq!(kinds(p), ["arrest", "detention"], "{name}");
    }
    assert!(!kinds(person(&x, "ANA RIVAS LUGO").unwrap()).contains(&"detention"));
}

#[test]
fn issue_13_a_count_of_people_then_a_colon_names_them_and_an_initial_ends_no_sentence() {
    let x = run(
        "Justicia y Proceso confirmó que cuatro personas salieron la noche del viernes de El Helicoide: la activista María Ostos Lander, el periodista Jhonny Rafael Briceño, el comerciante Wilmer José Paredes y la defensora Ana Sifontes de Rivas.",
        "2026-01-10",
    );
    for name in [
        "María Ostos Lander",
        "Jhonny Rafael Briceño",
        "Wilmer José Paredes",
        "Ana Sifontes de Rivas",
    ] {
        assert_eq!(kinds_of(&x, name), ["release"], "{name}");
    }
    let x = run(
        "Con régimen de presentación: Carlos Mújica Rivas, Ángel R. Villamizar y Nohelí Josefina Barrios.",
        "2026-01-10",
    );
    assert!(person(&x, "Nohelí Josefina Barrios").is_some(), "{x:#?}");
    // A general may be held ("no fue excarcelado" of a retired general).
    let x = run(
        "El general retirado Clemente Antonio Balza no fue excarcelado.",
        "2026-01-10",
    );
    assert_eq!(kinds_of(&x, "Clemente Antonio Balza"), ["detention"]);
}

#[test]
fn issue_13_items_with_siblings_nicknames_and_a_table_with_a_dated_status() {
    let x = run(
        "They include:\n\n• Alberto José Campins, 61, a former mayor\n• twin brothers Luis and Manuel Farías Toro, both electricians\n• Pedro \"P.J.\" Landaeta, a student leader\n\nAll four were released on Wednesday from Tocorón.",
        "2026-03-19",
    );
    for name in [
        "Alberto José Campins",
        "Luis Farías Toro",
        "Manuel Farías Toro",
        "Pedro \"P.J.\" Landaeta",
    ] {
        assert!(person(&x, name).is_some(), "{name} in {x:#?}");
    }
    let x = run(
        "Los hermanos Yorman y Yeferson Paredes Lozada fueron detenidos otra vez este jueves.",
        "2026-02-20",
    );
    for name in ["Yorman Paredes Lozada", "Yeferson Paredes Lozada"] {
        assert_eq!(kinds_of(&x, name), ["arrest", "detention"]);
    }
    let x = run(
        "Nombre | Cédula | Fecha de detención | Lugar de detención | Estatus al 14/09/2026\nEliécer Antonio Guédez Mora | V-16.552.903 | 02/08/2026 | Guanare | Sin paradero desde la detención\nRafael \"Rafa\" Urdaneta Chourio | V-21.004.776 | 11/08/2026 | Maracaibo | Localizado el 10/09/2026 en Rodeo I",
        "2026-09-15",
    );
    assert_eq!(
        kinds_of(&x, "Eliécer Antonio Guédez Mora"),
        ["arrest", "disappearance"]
    );
    assert_eq!(
        kinds(person(&x, "Rafael \"Rafa\" Urdaneta Chourio").unwrap_or_else(|| panic!("{x:#?}"))),
        ["arrest", "detention"]
    );
}

#[test]
fn issue_13_names_in_capitals_heading_their_lines_and_a_live_blogs_times() {
    let x = run(
        "Así quedó la situación de cada uno:\n\nRAMÓN ANTONIO GUILLÉN TORO. El exconcejal seguirá en Rodeo I.\n\nARMANDO RÍOS DE LA CRUZ. El ingeniero salió en libertad plena al terminar la audiencia.",
        "2026-03-27",
    );
    assert!(kinds_of(&x, "RAMÓN ANTONIO GUILLÉN TORO").contains(&"detention"));
    assert!(person(&x, "ARMANDO RÍOS DE LA CRUZ").is_some(), "{x:#?}");
    // One such line is a dateline, not a heading.
    let x = run(
        "SANTA CRUZ DE TENERIFE. El empresario Domingo Acosta Hernández salió el domingo de la cárcel de Rodeo I.",
        "2026-01-13",
    );
    assert!(person(&x, "SANTA CRUZ DE TENERIFE").is_none(), "{x:#?}");
    let x = run(
        "Fueron excarcelados esta mañana varios presos políticos de Tocorón.\n\n11:20 | La Red de Abogados confirma estos nombres de excarcelados en Tocorón: Kevin Andrés Marín Pulido, Eudes José Carvajal y Arnaldo Piñate Suárez.",
        "2026-04-23",
    );
    for name in ["Eudes José Carvajal", "Arnaldo Piñate Suárez"] {
        assert!(person(&x, name).is_some(), "{name} in {x:#?}");
    }
}

#[test]
fn issue_13_a_bare_heading_of_an_event_heads_the_lines_below() {
    let x = run(
        "Releases\n\n- Ana Rivas Lugo, freed on Monday.\n\nTransfers\n\n- Teodoro Gil Castañeda: Rodeo I → Tocuyito (May 8).\n- Alexander José Primera: El Helicoide → Rodeo II (May 15).",
        "2026-05-27",
    );
    for name in ["Teodoro Gil Castañeda", "Alexander José Primera"] {
        assert_eq!(kinds_of(&x, name), ["transfer", "detention"], "{name}");
    }
    // Inside a name, the word of a heading is no event.
    let x = run(
        "Édgar Finol Urdaneta fue excarcelado del Centro de Arrestos y Detenciones Preventivas de San Carlos.",
        "2026-01-31",
    );
    assert_eq!(kinds_of(&x, "Édgar Finol Urdaneta"), ["release"]);
}

#[test]
fn issue_13_a_live_blogs_time_opens_no_list_and_a_long_header_still_heads_its_names() {
    let x = run(
        "14:05 — Trasladados a Rodeo I desde El Helicoide: Marco Aurelio Salas y Jeremy Andrés Colina.",
        "2026-03-05",
    );
    for name in ["Marco Aurelio Salas", "Jeremy Andrés Colina"] {
        assert_eq!(kinds_of(&x, name), ["transfer", "detention"]);
    }
    let x = run(
        "⚠️ SIGUEN PRESOS pese a que a sus familias les dijeron que saldrían: Néstor Iván Carrillo Abreu y Rubén Darío Lugo, ambos en Rodeo I.",
        "2026-03-05",
    );
    for name in ["Néstor Iván Carrillo Abreu", "Rubén Darío Lugo"] {
        assert_eq!(kinds_of(&x, name), ["detention"]);
    }
}

#[test]
fn issue_13_a_noun_of_release_dated_between_commas_before_its_people() {
    let x = run(
        "La Cancillería celebra la liberación, el pasado jueves 26 de marzo, de los connacionales Jhon Fredy Carvajal Ospina, Luz Dary Mosquera y Wilson de Jesús Arango.",
        "2026-03-30",
    );
    for name in [
        "Jhon Fredy Carvajal Ospina",
        "Luz Dary Mosquera",
        "Wilson de Jesús Arango",
    ] {
        let p = person(&x, name).unwrap_or_else(|| panic!("{name} in {x:#?}"));
        assert_eq!(kinds(p), ["release"]);
        assert_eq!(p.events[0].date.as_deref(), Some("2026-03-26"));
    }
}

#[test]
fn issue_13_names_read_out_by_ordinals_and_charges_of_the_state() {
    let x = run(
        "El lunes fueron excarceladas cinco personas detenidas por razones políticas.\n\nPrimero, el capitán retirado Leonel Augusto Hidalgo Paz, detenido desde 2024 en Ramo Verde.\nSegundo, el teniente coronel Wilmer Rafael Salas Acosta, de la Aviación Militar.\nTercero, la ciudadana Dayana Carolina Pernalete, ingeniera de sistemas.",
        "2026-06-30",
    );
    for name in [
        "Leonel Augusto Hidalgo Paz",
        "Wilmer Rafael Salas Acosta",
        "Dayana Carolina Pernalete",
    ] {
        assert!(person(&x, name).is_some(), "{name} in {x:#?}");
    }
    let x = run(
        "Judge Ana Villamizar convicted Alfonso Ramón Guedez and Lorena Salaverría Paz. Both were found guilty of terrorism and attempted homicide against the head of state.",
        "2026-10-21",
    );
    assert!(x.out_of_scope_mentions.is_empty(), "{x:#?}");
}

#[test]
fn issue_13_a_judge_before_the_verb_acts_on_those_after() {
    let x = run(
        "Judge Marisol Coromoto Peña convicted former air force lieutenant Víctor Manuel Aranguren Solís of terrorism.",
        "2026-08-28",
    );
    assert_eq!(kinds_of(&x, "Víctor Manuel Aranguren Solís"), ["sentence"]);
    assert!(person(&x, "Marisol Coromoto Peña").is_none(), "{x:#?}");
}

#[test]
fn issue_13_headings_in_capitals_are_no_names() {
    let x = run(
        "Five prisoners were freed on Monday.\n\nSTILL INSIDE, DESPITE WHAT YOU MAY HAVE READ:\n\n- Ana Rivas Lugo, nurse\n\n📌 URGENTE – FAVOR DIFUNDIR 📌",
        "2026-03-10",
    );
    for name in ["STILL INSIDE", "HAVE READ", "FAVOR DIFUNDIR"] {
        assert!(person(&x, name).is_none(), "{name} in {x:#?}");
    }
}

#[test]
fn issue_13_a_subject_after_a_passive_verb_and_a_prison() {
    let x = run(
        "La Embajada informa que ayer fueron excarcelados del Centro Penitenciario Rodeo I los ciudadanos españoles Íñigo Aldasoro Etxeberria y Marta Cifuentes Roldán.",
        "2026-05-22",
    );
    for name in ["Íñigo Aldasoro Etxeberria", "Marta Cifuentes Roldán"] {
        assert_eq!(kinds_of(&x, name), ["release"]);
    }
}

#[test]
fn issue_13_a_cedula_abbreviation_ends_no_sentence() {
    let x = crate::run(
        "El fiscal informó que el pasado martes fueron aprehendidos cinco ciudadanos. Los aprehendidos fueron identificados como JOSÉ ANTONIO LUZARDO PAZ (C.I. V-14.556.789), alias \"El Profe\"; MARÍA FERNANDA CHIRINOS (C.I. V-19.002.345) y OSMEL DAVID ARAUJO (C.I. V-12.334.908).",
        "2026-09-18",
    );
    for name in [
        "JOSÉ ANTONIO LUZARDO PAZ",
        "MARÍA FERNANDA CHIRINOS",
        "OSMEL DAVID ARAUJO",
    ] {
        let p = crate::person(&x, name).unwrap_or_else(|| panic!("{name} in {x:#?}"));
        assert_eq!(crate::kinds(p), ["arrest", "detention"], "{name}");
    }
}

#[test]
fn issue_13_a_bare_surname_is_its_bearer_not_a_wife_who_took_it() {
    let x = crate::run(
        "Xiomara Sifuentes de Marcano busca a su hijo, Doménico Andrés Marcano Sifuentes, ingeniero de 29 años.\n\nEn julio de 2025 Marcano fue trasladado a Rodeo I.",
        "2026-04-10",
    );
    let p =
        crate::person(&x, "Doménico Andrés Marcano Sifuentes").unwrap_or_else(|| panic!("{x:#?}"));
    assert_eq!(crate::kinds(p), ["transfer", "detention"]);
    assert!(
        crate::person(&x, "Xiomara Sifuentes de Marcano")
            .is_none_or(|p| crate::kinds(p).is_empty()),
        "{x:#?}"
    );
}
