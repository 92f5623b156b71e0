//! issue 13, fifty-fifth round: lists and the days of their items and of a live blog's entries,
//! found on read sets; written anew with invented names.

#[test]
fn issue_13_a_live_blog_s_entries_stamped_with_a_time_alone_cross_midnight() {
    // (Newest first, dated by its update: "11:20 p. m." under "00:10 a. m." is the day before.)
    let x = crate::run(
        "Las entradas más recientes aparecen primero.\n\n01:12 a. m.\nConfirmado: el ciudadano colombiano Andrés Felipe Cárdenas Ruiz salió de Rodeo I hace unos minutos.\n\n00:10 a. m.\nSalen de Rodeo I el capitán retirado Félix Arocha Mena y el sargento Nelson Pirela Uzcátegui.\n\n11:20 p. m.\nÚLTIMA HORA: liberado el periodista Gustavo Adolfo Lira Pons, detenido desde noviembre de 2024 en El Helicoide.",
        "2026-01-10",
    );
    assert_eq!(
        crate::date_of(&x, "Gustavo Adolfo Lira Pons", "release"),
        "2026-01-09",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Félix Arocha Mena", "release"),
        "2026-01-10",
        "{x:#?}"
    );
    // (Oldest first, dated by its opening: "00:20" after "22:50" is the day after.)
    let x = crate::run(
        "Live updates.\n\n21:15\nCrowds gather outside El Guatao prison.\n\n22:50\nProtester Marlene Cepero Guzmán walked out of El Guatao a few minutes ago.\n\n00:20\nTeacher Yoandy Reyes Calzadilla has been released from Combinado del Este.",
        "2025-01-15",
    );
    assert_eq!(
        crate::date_of(&x, "Marlene Cepero Guzmán", "release"),
        "2025-01-15",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Yoandy Reyes Calzadilla", "release"),
        "2025-01-16",
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_freed_named_after_a_dash_or_with_a_spouse_are_freed() {
    // (A count of nationals, an aside between the verb and it, a dash before the names.)
    let x = crate::run(
        "Also freed, according to Foro Penal, were three Colombians and an Argentine — Jhon Fredy Arenas, Wilson Giraldo Osorio, Deisy Marulanda Roa and Santiago Lorenzo Pagani, a backpacker detained near the border in October.",
        "2026-01-12",
    );
    for name in ["Jhon Fredy Arenas", "Deisy Marulanda Roa"] {
        assert!(crate::kinds_of(&x, name).contains(&"release"), "{x:#?}");
    }
    // (A wife named after her husband among the freed was freed with him.)
    let x = crate::run(
        "Also freed were journalist Ramón Urdaneta Gil and his wife, Elsy Contreras Lara, a schoolteacher. Both had been detained in Barinas in August 2024.",
        "2026-01-12",
    );
    assert!(
        crate::kinds_of(&x, "Elsy Contreras Lara").contains(&"release"),
        "{x:#?}"
    );
    // (A wife who speaks of a freed husband is still his relative.)
    let x = crate::run(
        "Journalist Ramón Urdaneta Gil was freed on Sunday, and his wife, Elsy Contreras Lara, said he was tired.",
        "2026-01-12",
    );
    assert!(crate::no_events(&x, "Elsy Contreras Lara"), "{x:#?}");
}

#[test]
fn issue_13_lines_of_a_name_and_an_age_under_a_heading_are_its_list() {
    // ("SIGUEN DETENIDOS" over "Name, 22 años, estudiante" lines, with no bullet.)
    let x = crate::run(
        "Balance semanal del Comité.\n\nSIGUEN DETENIDOS\nDeniz Karahan Gil, 22 años, estudiante\nMert Yıldız Paz, 23 años, estudiante\nLuis Pérez Gil, 40 años, docente",
        "2026-01-16",
    );
    for name in ["Deniz Karahan Gil", "Mert Yıldız Paz", "Luis Pérez Gil"] {
        assert!(crate::kinds_of(&x, name).contains(&"detention"), "{x:#?}");
    }
    // (Not a line that tells its own event: a paragraph, whose arrest is none of the list's.)
    let x = crate::run(
        "DETAINED\n- Ivan Petrov, 30, a teacher, detained on Monday in Tula.\n\nSENTENCED\nValentina Sorokina, 58, a nurse from Tula, was sentenced on Wednesday to seven years in a colony.",
        "2026-01-16",
    );
    assert_eq!(
        crate::kinds_of(&x, "Valentina Sorokina"),
        ["sentence"],
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_record_s_day_and_month_field_dates_its_release() {
    // ("…Rodeo I (Guatire). 15/01. Sin condiciones": a field of its own between full stops.)
    let x = crate::run(
        "Excarcelados:\n1. ARAUJO MENDOZA, Carlos Julio. V-14.562.883. 47 años. Rodeo I (Guatire). 15/01. Sin condiciones informadas.\n2. BRICEÑO DE LA ROSA, María Auxiliadora. V-9.874.201. 61 años. INOF (Los Teques). 16/01. Régimen de presentación cada 8 días.",
        "2026-01-20",
    );
    assert_eq!(
        crate::date_of(&x, "ARAUJO MENDOZA, Carlos Julio", "release"),
        "2026-01-15",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(
            &x,
            "BRICEÑO DE LA ROSA, María Auxiliadora",
            "conditional_release"
        ),
        "2026-01-16",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_running_total_since_a_day_gives_no_list_its_day() {
    // ("Viasna also counts 398 people released … since … July 2024" is no release of the
    // list below, nor its day.)
    let x = crate::run(
        "Viasna also counts 398 people released under pardon decrees since the first pardons of July 2024.\n\nPARDONED (16)\nThe head of state signed a pardon decree on Wednesday. We were able to confirm the names of three of those released.\n- Aksana Zhuk Barysava, 58, accountant from Baranavichy. Released from Homel women's colony No. 4 on 16 July.\n- Pavel Hrynko Lazar and Siarhei Dubina Sauch, both from Minsk, walked out of colony No. 2 in Babruisk on 17 July.",
        "2025-07-20",
    );
    assert!(
        !crate::dates_of(&x, "Pavel Hrynko Lazar").contains(&"2024-07".to_string()),
        "{x:#?}"
    );
}
