//! issue 13, forty-eighth round: the last round's review probes and forms read from the spent
//! blind sets' errors, written anew with invented names.

#[test]
fn issue_13_where_a_thing_is_is_no_ones_disappearance() {
    // ("ninguna autoridad ha confirmado dónde está el expediente": a file, not a person; a
    // person after "dónde está" still is.)
    let x = crate::run(
        "El sindicalista Jacinto Pereda Ruiz fue excarcelado el lunes. Su abogado, Fermín Lugo, dijo que ninguna autoridad ha confirmado dónde está el expediente.\n\nLa activista Otilia Baena Sarmiento fue detenida el 2 de febrero en Caracas. Su abogado denunció el lunes que ninguna autoridad ha confirmado dónde está la joven.\n",
        "2026-03-01",
    );
    assert!(
        !crate::kinds_of(&x, "Jacinto Pereda Ruiz").contains(&"disappearance"),
        "{x:#?}"
    );
    assert!(
        crate::kinds_of(&x, "Otilia Baena Sarmiento").contains(&"disappearance"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_money_crime_charged_to_the_press_is_no_ordinary_crime() {
    // ("sentenced editor-in-chief X to nine years … on charges of smuggling": the charge states
    // use against the press; not a role a speaker's label gives, nor one denied, nor an
    // official's embezzlement.)
    let x = crate::run(
        "On Tuesday, the Baku Grave Crimes Court, presided over by Judge Ilkin Aliyev, sentenced editor-in-chief Lala Guliyeva to nine years, reporter Rauf Asgarov to eight years and camera operator Nigar Tagiyeva to seven and a half years in prison on charges of smuggling.\n\nREPORTER (Dunn): And Mr. Osvaldo Lince Parra, the former governor arrested last week in the oil company embezzlement investigation?\n\nRamiro Tovar Lis no es periodista ni preso político: fue detenido en enero, procesado por contrabando de combustible.\n",
        "2025-06-20",
    );
    for name in ["Lala Guliyeva", "Rauf Asgarov", "Nigar Tagiyeva"] {
        assert_eq!(
            crate::date_of(&x, name, "sentence"),
            "2025-06-17",
            "{name}: {x:#?}"
        );
    }
    for name in ["Ilkin Aliyev", "Osvaldo Lince Parra", "Ramiro Tovar Lis"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_channel_is_no_one() {
    // ("editor of Kanal Azad, sentenced … on smuggling charges": the outlet is no person.)
    let x = crate::run(
        "• Elmar Qasimzade, editor of Kanal Azad, sentenced on May 29 by the Baku Grave Crimes Court to 9 years on smuggling and money-laundering charges.\n\nAlmeida, de 46 años, reportero de la televisora regional Canal Andino, fue detenido en noviembre de 2024 en San Cristóbal.\n",
        "2025-06-02",
    );
    for name in ["Kanal Azad", "Canal Andino"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
    assert_eq!(
        crate::date_of(&x, "Elmar Qasimzade", "sentence"),
        "2025-05-29",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_lists_own_header_names_political_prisoners_held() {
    // ("Presos políticos en Ramo Verde:" over its names, the header the list's own line: held as
    // of the publication; ranks abbreviated in Spanish before the names, "Tte.", "Sgto.".)
    let x = crate::run(
        "Informe semanal.\n\nPresos políticos en Ramo Verde:\n- Cap. Ramón Alberto Tovar Lugo\n- Tte. Luis Ernesto Barrios Mena\n- Sgto. Pedro José Carvajal Ríos\n\nPresos políticos en El Rodeo I:\n- Yonny Alexander Pacheco Silva\n- Darwin Enrique Molina Urbano\n",
        "2026-01-03",
    );
    for name in [
        "Ramón Alberto Tovar Lugo",
        "Luis Ernesto Barrios Mena",
        "Pedro José Carvajal Ríos",
        "Yonny Alexander Pacheco Silva",
        "Darwin Enrique Molina Urbano",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "detention"),
            "2026-01-03",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_rank_of_two_abbreviations_opens_a_list_line() {
    // ("STILL BEHIND BARS / Lt. Col. X. The colonel, held in Ramo Verde since 2019, remains
    // there.")
    let x = crate::run(
        "FREED\n\nAnders Holm. The Swedish hiker was freed on Wednesday and deported via Bogotá.\n\nSTILL BEHIND BARS\n\nLt. Col. Rafael Paredes Velasco. The colonel, held in Ramo Verde military prison since 2019, remains there.\n\nSgt. Maj. Wilmer Antonio Cedeño. The sergeant, held in Ramo Verde since 2020, remains there.\n",
        "2026-01-10",
    );
    for name in ["Rafael Paredes Velasco", "Wilmer Antonio Cedeño"] {
        assert_eq!(
            crate::date_of(&x, name, "detention"),
            "2026-01-10",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_charges_called_false_in_the_next_sentence_keep_the_case_political() {
    // ("…charged with smuggling. His lawyer said the charges were fabricated."; "…acusado de
    // contrabando. Su abogada asegura que se trata de una represalia.")
    let x = crate::run(
        "Rustam Aliyev Karimov was arrested on June 2 in Baku and charged with smuggling. His lawyer said the charges were fabricated.\n\nRubén Pérez Lara fue detenido el 2 de junio y acusado de contrabando. Su abogada asegura que se trata de una represalia por sus denuncias.\n",
        "2025-06-20",
    );
    for name in ["Rustam Aliyev Karimov", "Rubén Pérez Lara"] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2025-06-02",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_who_does_not_know_is_the_missing_ones() {
    // ("…se lo llevaron. Desde entonces ni su esposa, X, ni sus abogados saben dónde está": the
    // one the text is on is missing, not the wife who does not know.)
    let x = crate::run(
        "No todos cruzaron. El exdiputado Aliaksei Marozau, condenado a 10 años en 2022, se negó a abandonar el país al llegar a la frontera. Según dos de los liberados, los agentes lo subieron de nuevo a un furgón y se lo llevaron. Desde entonces ni su esposa, Iryna Marozava, ni sus abogados saben dónde está.\n",
        "2025-12-10",
    );
    assert!(
        crate::kinds_of(&x, "Aliaksei Marozau").contains(&"disappearance"),
        "{x:#?}"
    );
    assert!(crate::person(&x, "Iryna Marozava").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_release_told_later_without_a_day_is_the_ledes() {
    // ("Bielorrusia excarceló el martes a 14 presos … / Los extranjeros liberados son los
    // lituanos A y B": the lede's Tuesday, three paragraphs on.)
    let x = crate::run(
        "VILNA, 10 dic. — Bielorrusia excarceló el martes a 14 presos, entre ellos cuatro ciudadanos de la Unión Europea, y los llevó en autobús hasta la frontera con Lituania.\n\nLa portavoz presidencial, Oksana Ramanchuk, dijo que el indulto fue un gesto humanitario.\n\nEl ministro lituano, Darius Kairys, acudió al puesto fronterizo. Habló con la prensa durante una hora. Dijo que era un día feliz.\n\nLa líder opositora Alena Tsikhan celebró las excarcelaciones. Recordó que quedan más de mil presos.\n\nLos extranjeros liberados son los lituanos Vytautas Balčiūnas y Eglė Stankutė, todos acusados de espionaje.\n",
        "2025-12-10",
    );
    for name in ["Vytautas Balčiūnas", "Eglė Stankutė"] {
        assert_eq!(
            crate::date_of(&x, name, "release"),
            "2025-12-09",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_sentence_told_after_the_ledes_verdict_takes_its_day() {
    // ("The court on Thursday delivered its verdict in the trial of nine employees … / Penal
    // colony (2). X was sentenced to seven years": the verdict's Thursday.)
    let x = crate::run(
        "Mahilyow, 22 August 2025\n\nThe Mahilyow Regional Court on Thursday delivered its verdict in the closed trial of five teachers of School No. 4, accused of forming an \"extremist formation\". The hearing had opened on Wednesday.\n\nAll five were detained in a wave of searches in October 2024. Judge Raisa Hlebka found all of them guilty, according to relatives who waited outside.\n\nPenal colony (2). Andrei Kavaliou was sentenced to six years in a penal colony. Iryna Sidarenka received five years.\n",
        "2025-08-22",
    );
    assert_eq!(
        crate::date_of(&x, "Andrei Kavaliou", "sentence"),
        "2025-08-21",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_semicolon_lists_segments_tell_their_own_events() {
    // ("We can confirm the first names: the activist A, sentenced in 2021 …; the journalist B,
    // detained in May 2022; and C, held since 2023": the first segment's sentence is A's alone;
    // a lead's event, "CONFIRMED released last night: …", is everyone's.)
    let x = crate::run(
        "First bus across. We can confirm the first names: the activist Maksim Lapko, sentenced in 2021 to seven years for \"mass riots\"; the journalist Volha Sidarava, detained in May 2022; and a Latvian citizen, Janis Berzins, held since 2023 on espionage charges.\n\nCONFIRMED released last night: student leader Arnaldo Vielma Ruiz; activist Carolina Sifontes Mata; and shopkeeper Manuel Tavares Pinto, who had been held since August.\n",
        "2025-11-25",
    );
    assert_eq!(
        crate::date_of(&x, "Maksim Lapko", "sentence"),
        "2021",
        "{x:#?}"
    );
    for name in ["Volha Sidarava", "Janis Berzins"] {
        assert!(
            !crate::kinds_of(&x, name).contains(&"sentence"),
            "{name}: {x:#?}"
        );
    }
    assert!(
        crate::kinds_of(&x, "Manuel Tavares Pinto").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_channels_day_rule_dates_its_posts_today() {
    // ("▬▬ December 10 ▬▬", "— 11 de diciembre —": a channel's day between rules; "tonight",
    // "hoy" in its posts are that day's, not the publication's.)
    let x = crate::run(
        "▬▬ December 10 ▬▬\n\nActivist Yekaterina Sorokina was released late tonight.\n\n▬▬ December 11 ▬▬\n\nStudent Ilya Vetrov was released today.\n\n— 11 de diciembre —\n\nLa maestra Nélida Paz Urquiola fue excarcelada hoy.\n",
        "2025-12-12",
    );
    assert_eq!(
        crate::date_of(&x, "Yekaterina Sorokina", "release"),
        "2025-12-10",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Ilya Vetrov", "release"),
        "2025-12-11",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Nélida Paz Urquiola", "release"),
        "2025-12-11",
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_agents_that_open_a_long_sentence_take_those_it_lists() {
    // ("…la Policía Nacional, acompañada de paramilitares encapuchados, allanó al menos nueve
    // viviendas en los barrios … y se llevó a las siguientes personas sin orden judicial. Las
    // autoridades no han informado a las familias dónde se encuentran:" over the names.)
    let x = crate::run(
        "El comité denuncia que en la madrugada del sábado 13 de septiembre la Policía Nacional, acompañada de paramilitares encapuchados, allanó al menos seis viviendas en los barrios Monimbó y San Jerónimo, en Masaya, y se llevó a las siguientes personas sin orden judicial. Las autoridades no han informado a las familias dónde se encuentran:\n\n1. LÓPEZ URBINA, MARVIN ANTONIO — 36 años — comerciante\n2. GAITÁN SOTO, ERVIN JOSÉ — 26 años — estudiante\n",
        "2025-09-15",
    );
    for name in ["LÓPEZ URBINA, MARVIN ANTONIO", "GAITÁN SOTO, ERVIN JOSÉ"] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2025-09-13",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_all_of_those_just_named_before_the_verb() {
    // ("Los condenados son A; B y C. Todos estaban presos desde el 21 de enero de 2025": all of
    // them; not "All 9 were taken", a count that may be more, nor "lift all restrictions on
    // released journalists".)
    let x = crate::run(
        "Fueron condenados el capitán Rommel Oquendo Infante y el teniente Joel Saavedra Bravo. Todos estaban presos desde el 21 de enero de 2025.\n\nHPFC calls on the authorities to lift all restrictions on released journalists such as Ana Lucía Parra Vélez, who remains at home.\n",
        "2026-04-11",
    );
    for name in ["Rommel Oquendo Infante", "Joel Saavedra Bravo"] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2025-01-21",
            "{name}: {x:#?}"
        );
    }
    assert!(
        !crate::kinds_of(&x, "Ana Lucía Parra Vélez").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_custody_not_owned_up_to_is_a_disappearance() {
    // ("Ni el SEBIN ni la Fiscalía admiten tenerlo"; "refuses to tell the family where he is or
    // whether he is alive"; not "does not acknowledge holding political prisoners".)
    let x = crate::run(
        "Norberto Guaiquirián Sosa fue detenido en mayo. Ni el SEBIN ni la Fiscalía admiten tenerlo.\n\nYauhen Pratasevich Lis was sentenced in 2021. The prison service refuses to tell the family where he is or whether he is alive.\n\nLukas Ferrer Imbert was released on Friday. The government does not acknowledge holding political prisoners.\n",
        "2026-01-30",
    );
    for name in ["Norberto Guaiquirián Sosa", "Yauhen Pratasevich Lis"] {
        assert!(
            crate::kinds_of(&x, name).contains(&"disappearance"),
            "{name}: {x:#?}"
        );
    }
    assert!(
        !crate::kinds_of(&x, "Lukas Ferrer Imbert").contains(&"disappearance"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_event_one_longs_to_see_is_none() {
    // ("his only wish is to see his brother X freed", "su único deseo es ver a X liberado"; not
    // "witnesses saw X released from El Helicoide on Monday".)
    let x = crate::run(
        "From Warsaw, Maksim Lahvinovich says his only wish is to see his brother Aleh Lahvinovich freed. His brother remains in Penal Colony No. 15.\n\nSu madre dice que su único deseo es ver a Pedro Luis Carrasco Mena liberado antes de Navidad.\n\nWitnesses said they saw Ana Lucía Pérez Mora released from El Helicoide on Monday.\n",
        "2026-01-30",
    );
    assert!(
        !crate::kinds_of(&x, "Aleh Lahvinovich").contains(&"release"),
        "{x:#?}"
    );
    assert!(
        crate::person(&x, "Pedro Luis Carrasco Mena").is_none(),
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Ana Lucía Pérez Mora", "release"),
        "2026-01-26",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_sentence_upheld_on_appeal_against_someone() {
    // ("the city court on Friday upheld an eight-year sentence against the artist X"; "el
    // Tribunal Supremo ratificó el jueves la condena de ocho años contra el activista Y").
    let x = crate::run(
        "In a separate case, the St. Petersburg city court on Friday upheld an eight-year sentence against the artist Nikita Sevastyanov, who has been in custody since April 2024.\n\nEl Tribunal Supremo ratificó el jueves la condena de ocho años contra el activista Pedro Lugo Vera.\n",
        "2026-02-16",
    );
    assert_eq!(
        crate::date_of(&x, "Nikita Sevastyanov", "sentence"),
        "2026-02-13",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Pedro Lugo Vera", "sentence"),
        "2026-02-12",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_timelines_present_tells_its_past() {
    // ("14 March 2022 — X, a municipal deputy in Pskov, is detained at his flat": an arrest on
    // the entry's day, not a custody now.)
    let x = crate::run(
        "One family, three cases.\n\n14 March 2022 — Pavel Sokolin, a municipal deputy in Pskov, is detained at his flat on Lenin Street after posting photographs.\n\n23 December 2022 — A judge of the Pskov City Court sentences him to seven years in a general-regime colony.\n",
        "2025-10-02",
    );
    assert_eq!(
        crate::date_of(&x, "Pavel Sokolin", "arrest"),
        "2022-03-14",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_name_among_a_counted_group_shares_its_event() {
    // ("X is among eleven Russian political prisoners released in an exchange"; "He was among
    // six foreigners freed Wednesday. They include A and B" leaves the six to the list.)
    let x = crate::run(
        "Pavel Sokolin is among eleven Russian political prisoners released in an exchange negotiated through Turkey.\n\nHe was among six foreigners freed Wednesday. They include Colombians Andrés Ramírez Bolívar and Luz Dary Cárdenas Ossa.\n",
        "2025-10-02",
    );
    for name in [
        "Pavel Sokolin",
        "Andrés Ramírez Bolívar",
        "Luz Dary Cárdenas Ossa",
    ] {
        assert!(
            crate::kinds_of(&x, name).contains(&"release"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_found_guilty_convicts_those_named_between() {
    // ("Judge X … found editor A, reporter B and camerawoman C guilty of smuggling": a
    // conviction of the three, not of the judge; "found no evidence" convicts no one.)
    let x = crate::run(
        "Judge Emin Rzayev of the Baku Grave Crimes Court on Friday found editor Leyla Mammadova, reporter Rauf Huseynli and camerawoman Gunel Abbasli guilty of smuggling and tax evasion.\n\nThe inspectors found no evidence that Kamran Aliyev Safarli was guilty of anything.\n",
        "2025-12-05",
    );
    for name in ["Leyla Mammadova", "Rauf Huseynli", "Gunel Abbasli"] {
        assert_eq!(
            crate::date_of(&x, name, "sentence"),
            "2025-12-05",
            "{name}: {x:#?}"
        );
    }
    assert!(crate::person(&x, "Emin Rzayev").is_none(), "{x:#?}");
    assert!(
        crate::person(&x, "Kamran Aliyev Safarli").is_none(),
        "{x:#?}"
    );
}
