//! issue 13, fortieth round (second part): who is no detainee — corrections, speakers, common
//! crimes, relatives — and a few forms of custody, read from the spent blind sets' errors and
//! written anew with invented names.

#[test]
fn issue_13_a_banishments_list_under_a_frees_and_banishes_headline_is_released_too() {
    // ("Régimen excarcela y destierra…" then "San José, 22 de octubre de 2025 — … sacadas en la
    // madrugada de ayer martes … y subidas a un vuelo…" over the list: released and banished on
    // the lead's day, not the dateline's.)
    let x = crate::run(
        "Régimen excarcela y destierra a Guatemala a 19 presos políticos\n\nSan José, 22 de octubre de 2025 — Diecinueve personas presas por motivos políticos fueron sacadas en la madrugada de ayer martes de los penales La Modelo y La Esperanza, trasladadas en bus al aeropuerto de Managua y subidas a un vuelo con destino a Ciudad de Guatemala.\n\nEl Mecanismo difundió la siguiente lista:\n\n1. BALLADARES ROMÁN, Álvaro José — campesino, Matagalpa.\n2. OBANDO CASTILLO, Reyna Isabel — enfermera, León.\n",
        "2025-10-22",
    );
    for name in [
        "BALLADARES ROMÁN, Álvaro José",
        "OBANDO CASTILLO, Reyna Isabel",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "release"),
            "2025-10-21",
            "{name}: {x:#?}"
        );
        assert_eq!(
            crate::date_of(&x, name, "exile"),
            "2025-10-21",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_paragraph_per_person_opened_by_the_name_alone_in_title_case() {
    // ("They include:" / "JOURNALISTS" / "Mariela Lozano Ruiz. The freelance reporter…": each
    // paragraph is its person's.)
    let x = crate::run(
        "Venezuela freed 14 political prisoners this week, Justicia y Proceso said. They include:\n\nJOURNALISTS\n\nMariela Lozano Ruiz. The freelance reporter was arrested at the airport in August 2024. She walked out on Tuesday.\n\nACTIVISTS\n\nAna Lucía Bracho. The teachers' union leader was moved to house arrest on Tuesday, after 14 months in the women's prison known as INOF.\n\nYorgelis Andreína Mota. The student leader is still in El Helicoide.\n",
        "2026-01-16",
    );
    for name in [
        "Mariela Lozano Ruiz",
        "Ana Lucía Bracho",
        "Yorgelis Andreína Mota",
    ] {
        assert!(crate::person(&x, name).is_some(), "{name}: {x:#?}");
    }
    assert!(
        crate::kinds_of(&x, "Ana Lucía Bracho").contains(&"house_arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_charges_the_accused_deny_are_not_an_ordinary_crimes() {
    // ("sentenced three journalists … on currency smuggling charges they deny: A (9 years), …")
    let x = crate::run(
        "A Baku court on Monday sentenced three journalists from the independent outlet Kanal Tazeh on currency smuggling charges they deny: Rashad Guliyev (9 years), Aynur Ahmadova (8 years) and Kamal Huseynli (8 years).\n",
        "2026-01-14",
    );
    for name in ["Rashad Guliyev", "Aynur Ahmadova", "Kamal Huseynli"] {
        assert!(
            crate::kinds_of(&x, name).contains(&"sentence"),
            "{name}: {x:#?}"
        );
    }
    // (Smuggling charges told as such stay out of the record.)
    let x = crate::run(
        "A Baku court on Monday sentenced Rashad Guliyev to 9 years on currency smuggling charges.\n",
        "2026-01-14",
    );
    assert!(crate::person(&x, "Rashad Guliyev").is_none(), "{x:#?}");
}

#[test]
fn issue_13_who_asks_and_who_answers_in_a_parliaments_written_answers_are_no_detainees() {
    // ("Helen Marsh (Upton and Fell) (Lab):" / question / "Gareth Lowe (Minister for the Middle
    // East):" / answer, then "Helen Marsh:" and "Gareth Lowe:" on lines of their own.)
    let x = crate::run(
        "Iran: Detained Persons\nUIN 38412, tabled on 3 March 2025\n\nHelen Marsh (Upton and Fell) (Lab):\nTo ask the Secretary of State what representations he has made on the case of Dr Kamran Rostami-Hale, held in Evin Prison since October 2023.\n\nAnswered on 11 March 2025\nGareth Lowe (Minister for the Middle East):\nDr Rostami-Hale was sentenced in January to ten years' imprisonment.\n\n—\n\nIran: Detained Persons\nUIN 38413, tabled on 3 March 2025\n\nHelen Marsh:\nTo ask the Secretary of State what information he holds on the status of Ms Shirin Talebi-Rowe.\n\nAnswered on 11 March 2025\nGareth Lowe:\nMs Talebi-Rowe was granted temporary release from Qarchak Prison on 22 February. She must report to the prosecutor's office weekly.\n\nTom Ainsley (Westbridge) (LD):\nTo ask the Secretary of State what assessment he has made of the detention of the journalist Arash Nouri.\n\nGareth Lowe:\nMr Nouri was arrested in Tehran on 14 February.\n",
        "2025-03-11",
    );
    for name in ["Helen Marsh", "Gareth Lowe", "Tom Ainsley"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
    for name in ["Shirin Talebi-Rowe", "Arash Nouri"] {
        assert!(crate::person(&x, name).is_some(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_one_granted_a_release_is_released() {
    // ("Ms X, a researcher, was granted temporary release from Qarchak Prison on 22 February")
    let x = crate::run(
        "Ms Parisa Nadimi-Lowe, a British-Iranian researcher, was granted temporary release from Qarchak Prison on 22 February. Mr Omid Rahbar has been granted release on bail.\n",
        "2025-03-11",
    );
    assert_eq!(
        crate::date_of(&x, "Parisa Nadimi-Lowe", "release"),
        "2025-02-22",
        "{x:#?}"
    );
    assert!(crate::person(&x, "Omid Rahbar").is_some(), "{x:#?}");
}

#[test]
fn issue_13_a_reported_arrest_answered_in_the_same_sentence_is_none() {
    // ("Posts claimed actor X had been arrested; he told us he had been questioned as a witness
    // and went home the same day.")
    let x = crate::run(
        "Posts last week claimed actor Levan Gogoladze had been arrested; he told Caucasus Lens he had been questioned as a witness and went home the same day.\n\nWe also note reports that cameraman Emin Rasulov had been arrested last week; his family has told us he attended a voluntary interview as a witness, went home the same evening and was never detained.\n",
        "2026-01-09",
    );
    for name in ["Levan Gogoladze", "Emin Rasulov"] {
        assert!(crate::no_events(&x, name), "{name}: {x:#?}");
    }
    // (A report that is not answered stands.)
    let x = crate::run(
        "Posts last week reported that actor Levan Gogoladze had been arrested in Tbilisi.\n",
        "2026-01-09",
    );
    assert!(crate::person(&x, "Levan Gogoladze").is_some(), "{x:#?}");
}

#[test]
fn issue_13_a_cleft_correction_takes_back_the_one_it_denies() {
    // ("2/ activist X has been detained and taken to the isolator." … "4/ CORRECTION to 2/: it was
    // NOT X who was detained but his younger brother, Y.")
    let x = crate::run(
        "2/ Confirmed by his lawyer: activist Giorgi Beridze has been detained and taken to the temporary detention isolator.\n\n4/ CORRECTION to 2/: it was NOT Giorgi Beridze who was detained but his younger brother, Dato Beridze. Giorgi is at home and fine.\n",
        "2025-11-28",
    );
    assert!(crate::no_events(&x, "Giorgi Beridze"), "{x:#?}");
}

#[test]
fn issue_13_common_crimes_staff_lines_and_titles_take_no_one() {
    let cases = [
        // (A case the NGO calls a common crime in the next sentence.)
        (
            "Algunas cuentas incluyeron en listas de presos políticos a Jesús Ramiro Malpica, detenido en Cumaná por un robo a mano armada. La ONG aclara que se trata de un caso de delito común.\n",
            "Jesús Ramiro Malpica",
        ),
        // (A bar fight with a knife.)
        (
            "Marcos Iriarte Bermúdez sí está detenido desde el sábado en la estación de Infanta, pero por una riña en un bar con un herido por arma blanca.\n",
            "Marcos Iriarte Bermúdez",
        ),
        // (A spokeswoman's line.)
        (
            "Ocho presos fueron excarcelados ayer en Caracas. Para reportar un caso escriba al número de guardia. Vocera: Rosalba Mendoza Lira.\n",
            "Rosalba Mendoza Lira",
        ),
        // (A fact-check that found no record of the person.)
        (
            "El video se grabó en Cúcuta en 2019. No encontramos ningún registro, denuncia de familiares ni expediente de una persona llamada Josué Daniel Hernán detenida en el país.\n",
            "Josué Daniel Hernán",
        ),
        // (A newsletter's title.)
        (
            "\"Every name on these pages is somebody's child.\" — Mary Okonjo, Behind Bars Weekly reader, in a letter\n",
            "Mary Okonjo",
        ),
    ];
    for (text, name) in cases {
        let x = crate::run(text, "2026-01-15");
        assert!(crate::no_events(&x, name), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_remaining_in_regular_contact_holds_no_one() {
    // ("officials remain in regular contact with his wife, X, whom I met on 4 March")
    let x = crate::run(
        "I raised his case with the Ambassador on 27 February and officials remain in regular contact with his wife, Leila Navabi, whom I met on 4 March.\n",
        "2025-03-11",
    );
    assert!(crate::no_events(&x, "Leila Navabi"), "{x:#?}");
}

#[test]
fn issue_13_one_a_speaker_addresses_is_not_who_the_sentence_tells_of() {
    // ("PERIODISTA (X, en vivo): Gracias, Diana. …" / "Es una libertad condicional, Mirta.")
    let x = crate::run(
        "PRESENTADORA (Diana Carolina Vega): Buenas tardes. Abrimos con el regreso de tres colombianos. Nuestro periodista Héctor Manuel Rivas está allí.\n\nPERIODISTA (Héctor Manuel Rivas, en vivo): Gracias, Diana. Los tres habían sido excarcelados en la madrugada del jueves del Rodeo I.\n\nPRESENTADORA: ¿Y hay más colombianos detenidos allá, Héctor?\n",
        "2025-09-12",
    );
    assert!(crate::no_events(&x, "Héctor Manuel Rivas"), "{x:#?}");
    assert!(crate::no_events(&x, "Diana Carolina Vega"), "{x:#?}");
}

#[test]
fn issue_13_the_mother_of_a_prisoner_is_no_prisoner() {
    // ("Una señora, X, madre de un preso de Rodeo I, se desmayó en la cola.")
    let x = crate::run(
        "16:30 — Una señora, Luisa Amelia Prado, madre de un preso de Rodeo I, se desmayó en la cola. La atendieron voluntarios de Cruz Roja.\n",
        "2026-01-10",
    );
    assert!(crate::no_events(&x, "Luisa Amelia Prado"), "{x:#?}");
}

#[test]
fn issue_13_bodies_places_and_file_numbers_in_capitals_are_no_names() {
    // ("la ONG Rehenes Estatales", "la Base Aérea", "EXPEDIENTE TE3J", "NOMBRE RESERVADO",
    // "Tverskoy Boulevard", "el partido Voluntad Ciudadana", "Libertad Sindical").
    let x = crate::run(
        "Según la ONG Rehenes Estatales, tres presos fueron trasladados ayer a la Base Aérea de La Carlota. El partido Voluntad Ciudadana denunció la detención de su dirigente Alí Ramón Gutiérrez. Police detained six people on Tverskoy Boulevard.\n\nEXPEDIENTE TE3J — detenido el 02/12/2025\nNOMBRE RESERVADO — detenida el 03/12/2025\n",
        "2025-12-12",
    );
    for name in [
        "Rehenes Estatales",
        "Base Aérea",
        "Voluntad Ciudadana",
        "Tverskoy Boulevard",
        "EXPEDIENTE TE3J",
        "NOMBRE RESERVADO",
    ] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
    assert!(crate::person(&x, "Alí Ramón Gutiérrez").is_some(), "{x:#?}");
}

#[test]
fn issue_13_menus_outlets_and_bodies_in_title_case_are_no_names() {
    // ("Menú Buscar Suscríbete", "By Staff Writer", "the Guardian Unit", "Observa Lara",
    // "Sinergia Civil", "Voces del Norte", "COLECTIVO REJAS ABIERTAS", "MONTHLY FIGURE").
    let x = crate::run(
        "Menú   Buscar   Suscríbete\n\nBy Staff Writer\n\nSeven prisoners were released on Friday, the NGO Observa Lara and the group Sinergia Civil said, after the Guardian Unit moved them to Tocorón. Voces del Norte confirmed the releases.\n\nCOLECTIVO REJAS ABIERTAS\n\nMONTHLY FIGURE: 812 detained.\n",
        "2025-12-12",
    );
    for name in [
        "Menú   Buscar   Suscríbete",
        "Staff Writer",
        "Observa Lara",
        "Sinergia Civil",
        "Guardian Unit",
        "Voces del Norte",
        "COLECTIVO REJAS ABIERTAS",
        "MONTHLY FIGURE",
    ] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_custody_no_body_acknowledged_in_the_past_is_a_disappearance() {
    // ("Ni la PNB, ni el CICPC, ni el SEBIN reconocieron tenerlo"; "se la llevaron de madrugada
    // y nunca supimos a dónde".)
    let x = crate::run(
        "Detuvieron en Cabimas al concejal Orlando Javier Finol Rincón. Ni la PNB, ni el CICPC, ni el SEBIN reconocieron tenerlo.\n\nLa señora Carmen Luisa Zambrano se la llevaron de madrugada y nunca supimos a dónde.\n",
        "2025-12-10",
    );
    for name in ["Orlando Javier Finol Rincón", "Carmen Luisa Zambrano"] {
        assert!(
            crate::kinds_of(&x, name).contains(&"disappearance"),
            "{name}: {x:#?}"
        );
    }
    // (One a body does acknowledge is held.)
    let x = crate::run(
        "Detuvieron en Cabimas al concejal Orlando Javier Finol Rincón. El SEBIN reconoció tenerlo.\n",
        "2025-12-10",
    );
    assert!(
        !crate::kinds_of(&x, "Orlando Javier Finol Rincón").contains(&"disappearance"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_police_picked_him_up_is_an_arrest() {
    // ("was 16 when police picked him up in Barquisimeto on July 30, 2024")
    let x = crate::run(
        "Others were teenagers. Wuilmer Andrés Castro Pérez was 16 when police picked him up in Barquisimeto on July 30, 2024.\n",
        "2026-03-10",
    );
    assert_eq!(
        crate::date_of(&x, "Wuilmer Andrés Castro Pérez", "arrest"),
        "2024-07-30",
        "{x:#?}"
    );
}
