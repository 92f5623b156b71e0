//! issue 13, forty-seventh round: forms read from the spent blind sets' errors, written anew
//! with invented names.

#[test]
fn issue_13_a_disappearance_told_by_its_parts() {
    // (A negation, a verb of knowing or telling and where the person is: "ninguna autoridad ha
    // confirmado dónde está", "would not tell his family where he was", "tampoco se sabe nada
    // de ella", "le dijeron que no lo tenían"; dated by the arrest.)
    let x = crate::run(
        "El dirigente vecinal Anselmo Quiroga Dávila fue detenido el 3 de marzo en Maracay. Desde entonces ninguna autoridad ha confirmado dónde está.\n\nLa maestra Nélida Urbina Sarco fue detenida por militares en Siuna en mayo de 2024; tampoco se sabe nada de ella.\n\nA Baltasar Oquendo Rivas se lo llevaron de su casa el 20 de mayo. Su esposa recorrió el Cicpc y la Dgcim; en todas partes le dijeron que no lo tenían.\n\nThe engineer Corwin Ashby Lyle was detained on March 3 in Minsk. For three weeks, officials would not tell his family where he was.\n",
        "2025-06-10",
    );
    for (name, day) in [
        ("Anselmo Quiroga Dávila", "2025-03-03"),
        ("Nélida Urbina Sarco", "2024-05"),
        ("Baltasar Oquendo Rivas", "2025-05-20"),
        ("Corwin Ashby Lyle", "2025-03-03"),
    ] {
        assert_eq!(
            crate::date_of(&x, name, "disappearance"),
            day,
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_whereabouts_untold_of_others_or_by_who_speaks_name_no_one() {
    // (Who does not know or tell is not who is missing; the whereabouts of relatives in
    // general, or of no one in particular, are no one's disappearance; a fact-check's "no
    // record of the arrest" is none.)
    let x = crate::run(
        "Rigoberto Salcedo Mena fue detenido el 2 de junio en Cabimas.\n\nEl director de la ONG, Teodoro Landaeta Rey, añadió que decenas de familias no han podido confirmar el paradero de sus parientes tras los traslados.\n\nEl secretario de Seguridad, Aníbal Corredor, dijo que no tenía información sobre el paradero de ninguna persona en particular.\n\nWe found no record of the arrest of Dermot Keane Fallon.\n",
        "2025-06-10",
    );
    assert!(
        !crate::kinds_of(&x, "Rigoberto Salcedo Mena").contains(&"disappearance"),
        "{x:#?}"
    );
    for name in [
        "Teodoro Landaeta Rey",
        "Aníbal Corredor",
        "Dermot Keane Fallon",
    ] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_crime_called_a_reprisal_elsewhere_keeps_its_people_in_scope() {
    // ("…sentenced four journalists … on smuggling charges that press groups call retaliation
    // for their reporting" and later "All four … were convicted of smuggling foreign
    // currency": the same charge, political by what the text said of it before.)
    let x = crate::run(
        "A court in Baku on Tuesday sentenced two journalists of the outlet Dalga TV to nine years in prison on smuggling charges that press freedom groups call retaliation for their reporting. They include:\n\nSentenced to 9 years:\nSamira Huseynli, director\nOrkhan Babazade, editor\n\nBoth had been in custody since their arrest in November 2023 and were convicted of \"smuggling foreign currency\" and tax evasion.\n",
        "2025-05-28",
    );
    for name in ["Samira Huseynli", "Orkhan Babazade"] {
        assert_eq!(
            crate::date_of(&x, name, "sentence"),
            "2025-05-27",
            "{name}: {x:#?}"
        );
    }
    // (Without the reprisal, smuggling is an ordinary crime.)
    let x = crate::run(
        "A court in Baku on Tuesday sentenced the trader Ilgar Mammadli to nine years in prison. He was convicted of smuggling foreign currency and tax evasion.\n",
        "2025-05-28",
    );
    assert!(crate::person(&x, "Ilgar Mammadli").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_list_closing_on_others_and_a_custody_that_goes_on() {
    // ("A, B, C y otros dos jóvenes … fueron condenados": every name of the comma list; "…y
    // permanecerán en Rodeo I", "seguirá preso en Tocorón": held now.)
    let x = crate::run(
        "Audiencia del caso Ortiz: el tribunal resolvió ayer la situación de los acusados.\n\nNorkys Paola Ruiz, Luis Ángel Terán, Kendry José Mijares y otros dos jóvenes se acogieron al procedimiento y fueron condenados a seis años de prisión.\n\nWilmer Ramón Saldivia y Yorman Jesús Ochoa permanecerán en Rodeo I. Tras la audiencia, Evelio Castañeda seguirá preso en Tocorón.\n",
        "2025-11-21",
    );
    for name in [
        "Norkys Paola Ruiz",
        "Luis Ángel Terán",
        "Kendry José Mijares",
    ] {
        assert!(
            crate::kinds_of(&x, name).contains(&"sentence"),
            "{name}: {x:#?}"
        );
    }
    for name in [
        "Wilmer Ramón Saldivia",
        "Yorman Jesús Ochoa",
        "Evelio Castañeda",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "detention"),
            "2025-11-21",
            "{name}: {x:#?}"
        );
    }
    // (Not a town one stays in after a release.)
    let x = crate::run(
        "Evelio Castañeda fue excarcelado ayer y seguirá en Caracas con su familia.\n",
        "2025-11-21",
    );
    assert!(
        !crate::kinds_of(&x, "Evelio Castañeda").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_names_after_a_rank_and_its_branch_in_brackets() {
    // ("Los condenados son el capitán (Ej.) X; los primeros tenientes Y y Z": the branch in
    // brackets after the rank does not end the names.)
    let x = crate::run(
        "El tribunal condenó la noche del jueves a 30 años de prisión a tres militares.\n\nLos condenados son el capitán (Ej.) Reinaldo Opazo Infante; los primeros tenientes Jairo Sambrano Brito y Kelvin Andrés Toledo.\n",
        "2026-04-11",
    );
    for name in [
        "Reinaldo Opazo Infante",
        "Jairo Sambrano Brito",
        "Kelvin Andrés Toledo",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "sentence"),
            "2026-04-09",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_list_line_opening_on_a_rank_abbreviated_and_retired() {
    // ("My. (r) Tulio Anzola (Ramo Verde)", "(r) X" under "Con arresto domiciliario:": the
    // rank's abbreviation and its bracket open the name's line; a footnote's letter does not.)
    let x = crate::run(
        "Las autoridades excarcelaron este sábado a tres personas. Estos son sus nombres:\n\nCon arresto domiciliario:\nMy. (r) Teófilo Andrade Luque (Ramo Verde)\nRosalba Villamizar de Pino, 71 años (INOF)\n(r) Ezequiel Pino Villamizar (Rodeo I)\n",
        "2025-11-09",
    );
    for name in [
        "Teófilo Andrade Luque",
        "Rosalba Villamizar de Pino",
        "Ezequiel Pino Villamizar",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "house_arrest"),
            "2025-11-08",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_prison_named_before_its_capitalised_head_is_no_one() {
    // ("held … at the Baku Pre-Trial Detention Centre No. 1", "moved to the Baku Pretrial
    // Detention Center": the prison's name, the held person the one told of.)
    let x = crate::run(
        "Reporter Elmira Qasimova was detained on 12 March 2025. In May she was moved to the Ganja Pretrial Detention Center Number One.\n\nReporters Anar Talibov and Sevda Rahimli were detained four days later. Both have been held since then at the Baku Pre-Trial Detention Centre No. 1 in Kurdakhani.\n",
        "2025-06-02",
    );
    for prison in ["Baku Pre-Trial", "Ganja Pretrial"] {
        assert!(crate::person(&x, prison).is_none(), "{x:#?}");
        assert!(!x.not_detainees.iter().any(|n| n.name == prison), "{x:#?}");
    }
    assert!(
        crate::kinds_of(&x, "Elmira Qasimova").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_what_several_told_a_mother_is_not_hers() {
    // ("Su mamá, la señora X, está aquí en la puerta y los custodios le dijeron que sigue
    // adentro": told by several, of her son, not of her.)
    let x = crate::run(
        "NO es cierto que haya salido ROBERTO ANDRÉS PALMA. Su mamá, la señora Nelly Palma, está aquí en la puerta y los custodios le dijeron que sigue adentro.\n",
        "2026-01-10",
    );
    assert!(crate::person(&x, "Nelly Palma").is_none(), "{x:#?}");
}

#[test]
fn issue_13_yesterday_with_its_weekday_is_that_weekday() {
    // (A dispatch of the 17th reprinted on the 18th: "excarceló ayer jueves" is Thursday the
    // 16th; when the two agree nothing changes.)
    let x = crate::run(
        "El gobierno excarceló ayer jueves al sacerdote Marcelo Ubeda Sanz.\n",
        "2025-10-18",
    );
    assert_eq!(
        crate::date_of(&x, "Marcelo Ubeda Sanz", "release"),
        "2025-10-16",
        "{x:#?}"
    );
    let x = crate::run(
        "Freed yesterday Friday: teacher Marcelo Ubeda Sanz.\n",
        "2025-10-18",
    );
    assert_eq!(
        crate::date_of(&x, "Marcelo Ubeda Sanz", "release"),
        "2025-10-17",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_headline_dated_by_a_lede_whose_pluperfect_is_a_relative_clause() {
    // ("Five Americans freed … land in Texas" over "A chartered plane carrying five Americans
    // who had been imprisoned in Venezuela landed late Wednesday night": the pluperfect tells
    // who they are, the lede's day is the news's.)
    let x = crate::run(
        "Five Americans freed from Venezuelan prisons land in Texas\n\nSAN ANTONIO — A chartered plane carrying five Americans who had been imprisoned in Venezuela landed at Kelly Field late Wednesday night.\n\nThe State Department released the names of two of those on board:\n\n• Dwight Hollander, 42, a Navy veteran from Ohio;\n• Jerome Odinga, 38, a Houston engineer held since November 2024;\n",
        "2025-10-09",
    );
    for name in ["Dwight Hollander", "Jerome Odinga"] {
        assert_eq!(
            crate::date_of(&x, name, "release"),
            "2025-10-08",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_whereabouts_untold_of_several_in_the_plural() {
    // ("Las autoridades no han informado a las familias dónde se encuentran:" over the names:
    // the plural's whereabouts untold too.)
    let x = crate::run(
        "La Policía se llevó el sábado 13 de septiembre a dos vecinos de Monimbó. Las autoridades no han informado a las familias dónde se encuentran:\n\n1. LÓPEZ ARCE, MARTÍN ANTONIO — 36 años — comerciante\n2. GAITÁN MOLINA, ERICK JOSÉ — 26 años — estudiante\n",
        "2025-09-15",
    );
    for name in ["LÓPEZ ARCE, MARTÍN ANTONIO", "GAITÁN MOLINA, ERICK JOSÉ"] {
        assert!(
            crate::kinds_of(&x, name).contains(&"disappearance"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_prose_wrapped_in_a_narrow_column_reads_across_its_lines() {
    // (A newspaper column pasted at some thirty characters a line: the name broken across two
    // lines is one person's; a list of short lines stays a list.)
    let x = crate::run(
        "Fue excarcelado el sábado el periodista Ramiro Esteban\nLuque Parra, detenido desde\nagosto de 2024 en El Helicoide, según\ninformó su esposa, quien\npidió que no se publique\nsu nombre. También salió el dirigente\nsindical Wilfredo José Quevedo, que\nestaba preso en Tocorón.\n",
        "2026-01-10",
    );
    assert_eq!(
        crate::date_of(&x, "Ramiro Esteban Luque Parra", "arrest"),
        "2024-08",
        "{x:#?}"
    );
    assert!(crate::person(&x, "Luque Parra").is_none(), "{x:#?}");
    let x = crate::run(
        "Excarcelados este sábado:\nRamiro Esteban Luque Parra (Rodeo I)\nWilfredo José Quevedo (Tocorón)\nMaría Elena Salas de Páez (INOF)\nYorman Alexis Castillo (El Helicoide)\n",
        "2026-01-10",
    );
    for name in [
        "Ramiro Esteban Luque Parra",
        "Wilfredo José Quevedo",
        "María Elena Salas de Páez",
        "Yorman Alexis Castillo",
    ] {
        assert!(
            crate::kinds_of(&x, name).contains(&"release"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_jailed_for_a_term_is_a_sentence() {
    // ("a student jailed for 15 days on Sunday", "a worker jailed for five years over the
    // protests": a term given; "had been jailed for two years" is a stay; a heading "Jailed for
    // 15 days" over names keeps its lead's arrest.)
    let x = crate::run(
        "Iliá Tarasov, a student, was jailed for 15 days on Sunday.\n\nAlso freed was Dzmitry Hurak, a factory worker jailed for five years over the 2020 protests.\n",
        "2026-02-16",
    );
    assert_eq!(
        crate::date_of(&x, "Iliá Tarasov", "sentence"),
        "2026-02-15",
        "{x:#?}"
    );
    assert!(
        crate::kinds_of(&x, "Dzmitry Hurak").contains(&"sentence"),
        "{x:#?}"
    );
    let x = crate::run(
        "Marina Kuzmina had been jailed for two years when she was freed on Sunday.\n",
        "2026-02-16",
    );
    assert!(
        !crate::kinds_of(&x, "Marina Kuzmina").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_timeline_entry_dated_by_a_sentence_of_its_own() {
    // ("Marzo de 2022. El Tribunal … lo condena a nueve años": the date that opens the entry's
    // line dates what the line tells.)
    let x = crate::run(
        "Cronología del caso de Yoel Paredes Castañeda, pintor de 31 años.\n\n11 de julio de 2021. Yoel Paredes Castañeda es detenido en San Antonio de los Baños durante las protestas.\n\nMarzo de 2022. El Tribunal Provincial de Artemisa condena a Yoel Paredes Castañeda a nueve años de privación de libertad por sedición.\n",
        "2026-01-20",
    );
    assert_eq!(
        crate::date_of(&x, "Yoel Paredes Castañeda", "arrest"),
        "2021-07-11",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Yoel Paredes Castañeda", "sentence"),
        "2022-03",
        "{x:#?}"
    );
}
