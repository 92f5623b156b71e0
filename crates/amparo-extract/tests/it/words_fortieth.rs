//! issue 13, fortieth round: forms read from the spent blind sets' errors, written anew with
//! invented names.

#[test]
fn issue_13_a_defence_networks_table_headed_procesado_a_names_its_people() {
    // ("Procesado/a | … | Situación actual | Centro": a header written for either sex names the
    // column of names, printed surnames first.)
    let x = crate::run(
        "AGENDA DE AUDIENCIAS\n\nN.º | Procesado/a | Perfil | Tribunal | Fecha/hora | Situación actual | Centro de reclusión\n1 | VILLALBA ROSO, Ernesto Rafael | sindicalista | Trib. 2.º Control | 25/11 09:00 | Privado de libertad | Rodeo I\n2 | QUINTERO DE LIMA, Mariela | periodista | Trib. 4.º Juicio | 26/11 10:00 | Privada de libertad | La Crisálida\n",
        "2025-11-24",
    );
    for name in ["VILLALBA ROSO, Ernesto Rafael", "QUINTERO DE LIMA, Mariela"] {
        assert_eq!(crate::kinds_of(&x, name), ["detention"], "{x:#?}");
    }
}

#[test]
fn issue_13_a_day_and_month_alone_in_a_tables_cell_is_a_date_of_the_publications_year() {
    // ("| 19/11 | Sobreseimiento — libertad plena |": the day of the row's outcome.)
    let x = crate::run(
        "RESULTADOS DE LA SEMANA ANTERIOR\n\nProcesado/a | Tribunal | Fecha | Resultado\nVILLALBA ROSO, Ernesto Rafael | Trib. 1.º Control | 19/11 | Sobreseimiento, libertad plena\nQUINTERO DE LIMA, Mariela | Trib. 2.º Control | 21/11 | Excarcelada con presentación cada 8 días\n",
        "2025-11-24",
    );
    assert_eq!(
        crate::date_of(&x, "VILLALBA ROSO, Ernesto Rafael", "release"),
        "2025-11-19"
    );
    assert_eq!(
        crate::date_of(&x, "QUINTERO DE LIMA, Mariela", "conditional_release"),
        "2025-11-21"
    );
    // (In January, a December day in a cell is the last December's.)
    let x = crate::run(
        "Procesado/a | Tribunal | Fecha | Resultado\nVILLALBA ROSO, Ernesto Rafael | Trib. 1.º Control | 19/12 | Sobreseimiento, libertad plena\n",
        "2026-01-10",
    );
    assert_eq!(
        crate::date_of(&x, "VILLALBA ROSO, Ernesto Rafael", "release"),
        "2025-12-19"
    );
}

#[test]
fn issue_13_one_a_ministers_answer_says_was_not_detained_is_no_detainee() {
    // ("Reports that Mr X had been detained were incorrect; Mr Y was not detained": the custody
    // told of him is taken back, a surname alone after its title.)
    let x = crate::run(
        "Media reports this month that a British national, Mr Alistair Penhale, had been detained in Tabriz were incorrect; Mr Penhale was not detained and has returned to the UK.\n",
        "2026-03-20",
    );
    assert!(crate::no_events(&x, "Alistair Penhale"), "{x:#?}");
    // (Spanish too, with the name whole: "X no fue detenida".)
    let x = crate::run(
        "Varios medios dijeron el lunes que la activista Marisol Ugarte Peña había sido detenida en Maracay. Marisol Ugarte Peña no fue detenida: pasó la noche en casa de una hermana.\n",
        "2026-03-20",
    );
    assert!(crate::no_events(&x, "Marisol Ugarte Peña"), "{x:#?}");
    // (Told after the denial, a custody stands.)
    let x = crate::run(
        "Mr Alistair Penhale was not detained in March. He was arrested in Tabriz on 2 April.\n",
        "2026-04-20",
    );
    assert_eq!(
        crate::date_of(&x, "Alistair Penhale", "arrest"),
        "2026-04-02",
        "{x:#?}"
    );
}

#[test]
fn issue_13_outlets_regions_and_a_letters_salutation_are_no_detainees() {
    // ("Free Azerbaijan's jailed journalists", "Your Excellency,", "the outlet Meydan Media",
    // "across Eastern Europe", "United Arab Emirates", "the Convención Americana": none a person.)
    let x = crate::run(
        "Open letter: Free Azerbaijan's jailed journalists\n\nYour Excellency,\n\nWe write about three reporters of the outlet Meydan Media, sentenced on Wednesday to nine years. Reporter Samira Aliyeva Tagizade was arrested in March.\n",
        "2026-01-09",
    );
    for name in ["Free Azerbaijan", "Your Excellency", "Meydan Media"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
    assert!(
        crate::person(&x, "Samira Aliyeva Tagizade").is_some(),
        "{x:#?}"
    );
    let x = crate::run(
        "Our round-up of political arrests across Eastern Europe. Detainees: United Arab Emirates. The Relatora dijo que la detención de Yorman Aular Pinto es incompatible con la Convención Americana.\n",
        "2026-01-09",
    );
    for name in ["Eastern Europe", "Arab Emirates", "Convención Americana"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_one_charged_in_absentia_is_no_detainee() {
    // ("X, the founder of the outlet, who lives in Berlin, was charged in absentia": never held.)
    let x = crate::run(
        "Three reporters were sentenced on Wednesday. We note that Kamran Veliyev Ahmadli, the founder of the outlet, who lives in Berlin, was charged in absentia in the same case.\n",
        "2026-01-09",
    );
    assert!(
        crate::person(&x, "Kamran Veliyev Ahmadli").is_none(),
        "{x:#?}"
    );
    // (Charged while held, a charge.)
    let x = crate::run(
        "Kamran Veliyev Ahmadli, arrested in March, was charged with treason on Wednesday.\n",
        "2026-01-09",
    );
    assert!(
        crate::kinds_of(&x, "Kamran Veliyev Ahmadli").contains(&"charge"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_ordinary_crimes_and_notes_that_set_a_case_aside_keep_it_out_of_the_record() {
    // ("arrested in Dubai on drugs-related charges", "caught … accepting bribes", "a commercial debt
    // dispute", "a tender-rigging case", "Not political:", "falls outside the scope").
    let cases = [
        (
            "Mr Osric Fenwick was arrested in Dubai in June on drugs-related charges.",
            "Osric Fenwick",
        ),
        (
            "Not part of the case: police arrested Tarkan Oyal Demir, a parking attendant caught in a sting allegedly accepting bribes.",
            "Tarkan Oyal Demir",
        ),
        (
            "We understand Ms Parisa Nourbakhsh Vala is detained in connection with a commercial debt dispute.",
            "Parisa Nourbakhsh Vala",
        ),
        (
            "Separately, prosecutors detained the owner of a construction firm, Selim Kaya Erden, in a tender-rigging case.",
            "Selim Kaya Erden",
        ),
        (
            "Not political: a U.S. citizen, Dwight Harlan Coe, was sentenced in Sochi to two years for hitting a taxi driver.",
            "Dwight Harlan Coe",
        ),
        (
            "Readers asked about Oleg Sorokin Vasin, arrested in Thailand last month on an Interpol notice; his case falls outside the scope of this newsletter.",
            "Oleg Sorokin Vasin",
        ),
    ];
    for (text, name) in cases {
        let x = crate::run(&format!("{text}\n"), "2026-04-14");
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
    // ("charged with assaulting a police officer" at a rally is the state's charge against a
    // reporter: kept.)
    let x = crate::run(
        "Reporter Tamar Gelashvili Kobakhidze was detained at a rally on 3 March and charged with assaulting a police officer.\n",
        "2026-04-14",
    );
    assert!(
        crate::person(&x, "Tamar Gelashvili Kobakhidze").is_some(),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_pronoun_that_was_not_detained_takes_back_the_one_named_before() {
    // ("Reports … that X had also been detained. The experts have since confirmed that she was
    // not detained.")
    let x = crate::run(
        "Police detained the reporter Ilia Beridze Nadaraia in Batumi on Saturday. Reports circulated on Sunday that the lawyer Tamara Gelovani Tsereteli had also been detained. The experts have since confirmed that she was not detained.\n",
        "2026-03-10",
    );
    assert!(crate::no_events(&x, "Tamara Gelovani Tsereteli"), "{x:#?}");
    assert!(
        crate::person(&x, "Ilia Beridze Nadaraia").is_some(),
        "{x:#?}"
    );
    // (Not of another gender: "Agents seized the phone of X's fixer; she was not detained.")
    let x = crate::run(
        "Police arrested the reporter Gabriel Osuna Lander on Friday. Agents also seized the phone of Osuna's fixer; she was not detained.\n",
        "2026-03-10",
    );
    assert!(
        crate::person(&x, "Gabriel Osuna Lander").is_some(),
        "{x:#?}"
    );
    // (Nor of one named before the sentence before, nor "not detained since".)
    let x = crate::run(
        "Gabriel Osuna Lander was arrested in May. His lawyer, Tomás Requena, received threats on Friday. He has not been detained.\n",
        "2026-03-10",
    );
    assert!(
        crate::person(&x, "Gabriel Osuna Lander").is_some(),
        "{x:#?}"
    );
    let x = crate::run(
        "Gabriel Osuna Lander was arrested in 2023 and freed in 2024. He has not been detained since.\n",
        "2026-03-10",
    );
    assert!(
        crate::kinds_of(&x, "Gabriel Osuna Lander").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_group_headers_without_a_colon_keep_the_list_going() {
    // ("Estos son sus nombres:" / "Periodistas y trabajadores de prensa" / names / "" /
    // "Militares" / "Teniente coronel (Av) X" / …: each header a group of the one list.)
    let x = crate::run(
        "Once presos políticos fueron excarcelados este martes, confirmó la ONG.\n\nEstos son sus nombres:\n\nPeriodistas y trabajadores de prensa\nAnselmo Ruiz Valera, locutor\nDayana Coromoto Pérez, camarógrafa\n\nMilitares\nTeniente coronel (Av) Wilmer Ortega Salas\nSargento primero Keiber Luis Aponte\n\nActivistas y defensores\nMaryori Castillo, activista ambiental\nNelson Eduardo Ojeda, defensor de derechos humanos\n",
        "2026-01-20",
    );
    for name in [
        "Anselmo Ruiz Valera",
        "Dayana Coromoto Pérez",
        "Wilmer Ortega Salas",
        "Keiber Luis Aponte",
        "Maryori Castillo",
        "Nelson Eduardo Ojeda",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "release"),
            "2026-01-20",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_sentence_about_one_group_before_the_list_is_that_groups_event() {
    // ("Los venezolanos salieron con régimen de presentación… Los tres extranjeros fueron
    // expulsados…" over "Extranjeros": the foreigners' expulsion, the others' release.)
    let x = crate::run(
        "Once presos políticos salieron este martes de cárceles de Caracas, confirmó la ONG. Según la ONG, los venezolanos salieron con régimen de presentación cada 30 días. Los tres extranjeros fueron llevados al aeropuerto de Maiquetía y expulsados en un vuelo hacia Panamá.\n\nEstos son sus nombres:\n\nPeriodistas\nAnselmo Ruiz Valera, locutor\nDayana Coromoto Pérez, camarógrafa\n\nExtranjeros\nFacundo Ibarra, argentino\nRui Tavares Lobo, portugués\n",
        "2026-01-20",
    );
    for name in ["Anselmo Ruiz Valera", "Dayana Coromoto Pérez"] {
        let kinds = crate::kinds_of(&x, name);
        assert!(kinds.contains(&"conditional_release"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"expulsion"), "{name}: {x:#?}");
    }
    for name in ["Facundo Ibarra", "Rui Tavares Lobo"] {
        assert!(
            crate::kinds_of(&x, name).contains(&"expulsion"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_hearing_schedules_cell_of_two_accused_names_both() {
    // ("IMPUTADO(S)" heads the column; "A, B; C, D" in one cell is two people.)
    let x = crate::run(
        "AGENDA DE LA SEMANA\n\nFECHA/HORA\tTRIBUNAL\tIMPUTADO(S)\tDELITOS\tSITUACIÓN\nLun 24/11 09:00 | 1.º Control Terrorismo | VILLEGAS ORTA, Darwin José; MÉNDEZ LIRA, Johan Alberto | terrorismo | Ambos detenidos desde el 03/08/2024 en Rodeo I.\nMar 25/11 10:30 | 2.º Juicio | SALAS DE RIVERO, Nelly Josefina | conspiración | Detenida en La Crisálida.\n",
        "2025-11-20",
    );
    for name in [
        "VILLEGAS ORTA, Darwin José",
        "MÉNDEZ LIRA, Johan Alberto",
        "SALAS DE RIVERO, Nelly Josefina",
    ] {
        assert!(crate::person(&x, name).is_some(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_schedules_lines_of_fields_set_off_by_middle_dots_are_records() {
    // ("11:00 · Trib. 4.º de Control · Exp. … · Imputadas: A y B (hermanas) · Delitos: … ·
    // Recluidas en: INOF": past the hour and the court, the accused.)
    let x = crate::run(
        "AGENDA DE AUDIENCIAS\n\nLUNES 23/02\n11:00 · Trib. 4.º de Control · Exp. 4C-0988-25 · Imputadas: Gleidys Marina Pinto Ortiz y Rosa Elena Pinto Ortiz (hermanas) · Delitos: terrorismo · Acto: audiencia preliminar · Recluidas en: INOF (Los Teques)\n10:00 · Trib. 2.º de Juicio · Exp. 2J-0034-25 · Acusados: Pedro Ángel Yépez y Yoel Andrés Marín, dirigentes sindicales · Delitos: boicot · Acto: lectura de sentencia\n",
        "2026-02-22",
    );
    for name in [
        "Gleidys Marina Pinto Ortiz",
        "Rosa Elena Pinto Ortiz",
        "Pedro Ángel Yépez",
        "Yoel Andrés Marín",
    ] {
        assert!(crate::person(&x, name).is_some(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_dockets_result_column_tells_the_rows_events() {
    // ("Case … · Defendant: X" then "Result: VERDICT — 14 years. X has been in custody since
    // August 2023": the result is the record's status.)
    let x = crate::run(
        "MOSCOW CITY COURT · Tue 22 April · Judge Andrei Pavlov\nCase 2-0147/2025 · Defendant: Timofei Lazarev, 41, physicist\nCharge: high treason\nResult: VERDICT — 14 years in a strict-regime penal colony. Lazarev has been in custody since August 2023; his lawyer will appeal.\n",
        "2025-04-25",
    );
    assert_eq!(
        crate::date_of(&x, "Timofei Lazarev", "arrest"),
        "2023-08",
        "{x:#?}"
    );
    // (One tried in absentia is never held.)
    let x = crate::run(
        "Time | Case No. | Defendant | Article | Hearing | Judge | Result\n\n11:30 | 2-0147/2026 | ZAKHAROV, Denis Pavlovich | Art. 205.2 | Verdict | Bagrov R.N. | Guilty. 5 years in a general-regime colony. Taken back to SIZO-6.\n\n13:00 | 2-0139/2026 | KRYLOV, Vadim Olegovich (in absentia) | Art. 207.3 | Verdict | Bagrov R.N. | Guilty in absentia. 8 years. Defendant lives abroad; placed on the wanted list.\n",
        "2026-03-03",
    );
    assert!(
        crate::kinds_of(&x, "ZAKHAROV, Denis Pavlovich").contains(&"sentence"),
        "{x:#?}"
    );
    assert!(crate::no_events(&x, "KRYLOV, Vadim Olegovich"), "{x:#?}");
}
