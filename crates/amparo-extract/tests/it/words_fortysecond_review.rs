//! issue 13, forty-second round: what a review (a helper who had not written the rules, 87
//! probes of its own) found the round's new rules misread, each probe kept as a test.

/// Runs a probe published on 15 January 2026.
fn probe(text: &str) -> amparo_extract::Extraction {
    crate::run(text, "2026-01-15")
}

#[test]
fn issue_13_a_counted_noun_names_no_group_it_did_not_count() {
    for text in [
        "Tres agentes de la PNB detuvieron el lunes en Maracay a los activistas Carla Ruiz Peña y Jorge Salas Vera. Los agentes fueron trasladados el martes a otra unidad, según el Ministerio.\n",
        "Cinco estudiantes de la UCV ganaron el premio nacional de ciencias en 2023. Este lunes fueron detenidos en Caracas los dirigentes Carla Ruiz Peña y Jorge Salas Vera. Los estudiantes fueron liberados el 10 de enero, según la universidad.\n",
    ] {
        let x = probe(text);
        for name in ["Carla Ruiz Peña", "Jorge Salas Vera"] {
            let kinds = crate::kinds_of(&x, name);
            assert!(
                !kinds.contains(&"transfer") && !kinds.contains(&"release"),
                "{name}: {x:#?}"
            );
        }
    }
}

#[test]
fn issue_13_the_held_as_a_noun_with_a_day_are_no_group_event() {
    for text in [
        "Las madres esperaron a los detenidos el 14 de marzo frente a la Zona 7 de Boleíta. Entre ellas estaban Carmen Azócar Pérez y Betsy Rondón Lira.\n",
        "Activistas que ayudaron a los detenidos el 14 de marzo: Carmen Azócar Pérez y Betsy Rondón Lira, ambas de la ONG Provea.\n",
    ] {
        let x = probe(text);
        for name in ["Carmen Azócar Pérez", "Betsy Rondón Lira"] {
            assert!(crate::no_events(&x, name), "{name}: {x:#?}");
        }
    }
}

#[test]
fn issue_13_a_describer_with_its_own_of_and_sending_somewhere_take_no_one() {
    for (text, name) in [
        (
            "Habló también Ramón Pérez Lira, el abogado de los estudiantes que arrestaron el lunes en Mérida, quien pidió su libertad.\n",
            "Ramón Pérez Lira",
        ),
        (
            "Al periodista Raúl Ortiz Vega lo enviaron a Maracay a cubrir las protestas del lunes, según el diario.\n",
            "Raúl Ortiz Vega",
        ),
        (
            "Tras la reunión en la empresa, a Luis Mena Gil lo enviaron a su casa porque se sentía mal.\n",
            "Luis Mena Gil",
        ),
        (
            "Los padres de Marcos Rivas Lara lo enviaron a Madrid en 2019 para estudiar; allí vive desde entonces.\n",
            "Marcos Rivas Lara",
        ),
        (
            "Tras la protesta, el diputado Jorge Salas Vera seguía en la sede del partido el domingo por la noche.\n",
            "Jorge Salas Vera",
        ),
    ] {
        let x = probe(text);
        assert!(crate::no_events(&x, name), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_among_them_after_families_guards_or_a_named_source_is_not_the_held() {
    for (text, names) in [
        (
            "Decenas de familiares esperan frente a El Helicoide, donde siguen presos sus hijos. Entre ellos, la señora Carmen Azócar Pérez y el señor Tomás Rey Lira.\n",
            ["Carmen Azócar Pérez", "Tomás Rey Lira"],
        ),
        (
            "Los policías que custodian Tocorón siguen presos del miedo. Entre ellos, el sargento Luis Mena Gil y el cabo Pedro Salas Rey.\n",
            ["Luis Mena Gil", "Pedro Salas Rey"],
        ),
        (
            "Cuarenta presos políticos siguen detenidos en Rodeo I. Entre ellos, según informaron los abogados Rosa Vera Luna y Tomás Ortiz Rey, hay once extranjeros.\n",
            ["Rosa Vera Luna", "Tomás Ortiz Rey"],
        ),
    ] {
        let x = probe(text);
        for name in names {
            assert!(crate::no_events(&x, name), "{name}: {x:#?}");
        }
    }
    let x = probe(
        "Decenas de presos políticos siguen en Tocorón. Entre ellos, según la abogada Rosa Gil Paz, el sindicalista Pedro Ríos Mena y el teniente Iván Soto Lara.\n",
    );
    assert!(crate::no_events(&x, "Rosa Gil Paz"), "{x:#?}");
}

#[test]
fn issue_13_deaths_near_a_prison_or_of_its_guards_are_no_deaths_in_custody() {
    for text in [
        "Los presos políticos Luis Mena Gil y Pedro Salas Rey fueron excarcelados en 2024. Ambos murieron en un accidente de tránsito cerca de la cárcel de Tocorón en diciembre.\n",
        "Murieron Luis Mena Gil y Pedro Salas Rey, dos custodios de la cárcel de Tocuyito, durante el motín del lunes.\n",
        "Dos guardias murieron en el motín de la cárcel de Tocuyito: Luis Mena Gil y Pedro Salas Rey.\n",
    ] {
        let x = probe(text);
        for name in ["Luis Mena Gil", "Pedro Salas Rey"] {
            assert!(
                crate::person(&x, name).is_none_or(|p| p
                    .events
                    .iter()
                    .all(|e| e.kind.as_str() != "death_in_custody")),
                "{name}: {x:#?}"
            );
        }
    }
}

#[test]
fn issue_13_a_denial_of_someone_else_leaves_the_one_named_held() {
    for (text, name) in [
        (
            "Luis Mena Gil fue arrestado el lunes en Barinas junto a su chofer. El chofer fue interrogado y no quedó detenido.\n",
            "Luis Mena Gil",
        ),
        (
            "Ana Gil Paz fue detenida el 3 de enero en Valencia. Su hermano la acompañó a la sede del Cicpc. No quedó detenido.\n",
            "Ana Gil Paz",
        ),
        (
            "Police arrested the opposition activist Tom Reyes in Minsk on Monday. His son was also questioned. We are not aware that he has been detained, the son's lawyer said.\n",
            "Tom Reyes",
        ),
        (
            "Reports say journalist Anna Belova was arrested on Monday in Minsk. Her colleague was questioned for two hours and allowed to go home.\n",
            "Anna Belova",
        ),
        (
            "Es falsa la información de que Luis Mena Gil, detenido el 3 de enero en Caracas, haya sido liberado; sigue en El Helicoide, dijo su abogada.\n",
            "Luis Mena Gil",
        ),
        (
            "Reports that Anna Belova, who was arrested on Monday in Minsk, had been released are incorrect, her lawyer said.\n",
            "Anna Belova",
        ),
        (
            "El abogado de Ana Gil Paz, detenida desde marzo en Tocorón, no ha sido detenido, aclaró el Colegio de Abogados.\n",
            "Ana Gil Paz",
        ),
    ] {
        let x = probe(text);
        assert!(
            crate::kinds_of(&x, name).contains(&"arrest"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_shifted_table_row_a_dateline_and_a_columnists_line_read_as_before() {
    // (A row shifted off its header keeps its own day.)
    let x = probe(
        "Registro de detenciones (actualizado)\n\nNOMBRE                     NACIONALIDAD     FECHA DE DETENCIÓN     CENTRO        ESTADO\nGIL PAZ, Ana Sofía         Venezolana       3 ene 2025             Rodeo I       Detenida\nMENA GIL, Luis Alberto Rafael Venezolano 5 ene 2025   INOF          Liberado\nSALAS REY, Pedro           Colombiano       7 ene 2025             Tocorón       Detenido\n",
    );
    assert!(
        x.persons.iter().all(|p| p
            .events
            .iter()
            .all(|e| e.date.as_ref().is_none_or(|d| *d != "2025-01"))),
        "{x:#?}"
    );
    let x = probe(
        "KAZAN, Yegor Pavlovich said on Monday that his neighbour Ivan Orlov had been detained on 12 January.\n\nCARACAS, Andrés Heinrich fue detenido el lunes por funcionarios del Sebin.\n",
    );
    let names: Vec<&str> = x
        .persons
        .iter()
        .map(|p| p.name.as_str())
        .chain(x.not_detainees.iter().map(|n| n.name.as_str()))
        .collect();
    assert!(
        !names
            .iter()
            .any(|n| n.starts_with("KAZAN") || n.starts_with("CARACAS")),
        "{x:#?}"
    );
    let x = probe(
        "Court diary | 15 Jan 2026 | Sarah Collins\nDetained overnight in Minsk were three students and a teacher, lawyers said.\nReleased on bail later were two of them.\n",
    );
    assert!(crate::no_events(&x, "Sarah Collins"), "{x:#?}");
}

#[test]
fn issue_13_read_from_blind65_place_and_body_words_and_identity_cards() {
    // (Streets, bakeries, unions, rules and gates named in Title Case are no people.)
    let x = probe(
        "Detuvieron a Ana Gil Paz frente a la Sanandaj Bakery, en la Nevsky Prospekt. La Federación de Trade Unions y los Guayana Steelworkers protestaron. Las Reglas Nelson Mandela prohíben el aislamiento en la Puerta Negra de Tocorón. La Zona Educativa de Educación del Zulia no respondió.\n",
    );
    for word in ["Bakery", "Prospekt", "Unions", "Steelworkers", "Educación"] {
        assert!(
            !x.persons.iter().any(|p| p.name.contains(word)),
            "{word}: {x:#?}"
        );
    }
    // (A court's order over names that each carry an identity card in brackets.)
    let x = probe(
        "Este Tribunal DECRETA MEDIDA PRIVATIVA JUDICIAL PREVENTIVA DE LIBERTAD a los ciudadanos ORLANDO JOSÉ MEDINA FARÍAS (V-13.455.210), RICHARD ENRIQUE BOLÍVAR TORO (V-17.640.558) y GABRIEL ANTONIO HIDALGO NÚÑEZ (V-26.118.402).\n",
    );
    for name in [
        "RICHARD ENRIQUE BOLÍVAR TORO",
        "GABRIEL ANTONIO HIDALGO NÚÑEZ",
    ] {
        assert!(!crate::no_events(&x, name), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_read_from_blind65_a_signature_a_vocative_and_an_event_not_had() {
    // (A newsletter's signature over its stories, each under a name in capitals.)
    let x = probe(
        "This month we tell five stories.\n\n— Elena Margarita Sojo Ledezma, Executive Director\n\nMARÍA FERNANDA ECHEZURÍA BLANCO\nA political scientist, Echezuría was arrested at Maiquetía airport on September 2, 2024. She was released on December 15 on condition that she report to court.\n",
    );
    assert!(
        crate::no_events(&x, "Elena Margarita Sojo Ledezma"),
        "{x:#?}"
    );
    // (Whom a guest addresses, set off inside the sentence.)
    let x = probe(
        "Conduce: Marisela Quintero\n\n[00:00] MARISELA QUINTERO: Buenos días. Tenemos en el estudio a la señora Carmen Briceño de Yánez, madre de Luis Alfredo Yánez Briceño.\n\n[00:21] CARMEN BRICEÑO: A mi hijo lo detuvieron el 30 de julio de 2024. Y sigue allá, Marisela, hoy sigue allá.\n",
    );
    assert!(crate::no_events(&x, "Marisela Quintero"), "{x:#?}");
    // (A demand for a release without exile is no exile.)
    let x = probe(
        "Su directora, Carmen Teresa Villafañe, exigió \"la libertad plena, sin medidas ni destierro\" de todas ellas.\n",
    );
    assert!(crate::no_events(&x, "Carmen Teresa Villafañe"), "{x:#?}");
}

#[test]
fn issue_13_a_second_review_of_the_blind65_rules() {
    // (Surnames that are words too: "Puerta", "Reglas".)
    let x = probe(
        "La dirigente estudiantil Rosa Puerta Gil fue detenida el 5 de enero en Mérida. La maestra Carmen Reglas fue arrestada el 9 de enero.\n",
    );
    for name in ["Rosa Puerta Gil", "Carmen Reglas"] {
        assert_eq!(crate::kinds_of(&x, name)[0], "arrest", "{x:#?}");
    }
    // (Posts of detainees in a dash list are no signatures.)
    let x = probe(
        "Siguen presos desde el 2 de enero:\n- Luis Mora Paz, Vocero Estudiantil\n- Pedro Díaz Rey, Director\n",
    );
    for name in ["Luis Mora Paz", "Pedro Díaz Rey"] {
        assert!(!crate::no_events(&x, name), "{name}: {x:#?}");
    }
    // (A name repeated after a time phrase is the subject, not an addressee.)
    let x = probe(
        "Marisela Rangel Paz fue detenida el 2 de enero. Ese mismo día, Marisela, como le dicen sus vecinos, fue trasladada a El Helicoide.\n",
    );
    assert!(
        crate::kinds_of(&x, "Marisela Rangel Paz").contains(&"transfer"),
        "{x:#?}"
    );
    // ("ni exiliados como Ana Ríos" still says she is in exile.)
    let x = probe(
        "No votaron ni presos políticos como Pedro Díaz Rey ni exiliados como Ana Ríos Paz.\n",
    );
    assert!(
        crate::kinds_of(&x, "Ana Ríos Paz").contains(&"exile"),
        "{x:#?}"
    );
}
