//! issue 13, fiftieth round: forms the last rounds' blind sets showed, written anew with
//! invented names.

#[test]
fn issue_13_a_group_header_over_a_table_of_its_own_changes_its_event() {
    // (Two tables under one list, the second under "Con arresto domiciliario:": its rows took
    // the first table's release with conditions.)
    let x = crate::run(
        "El martes 13 de enero fueron excarceladas cinco personas en Caracas.\n\nCon régimen de presentación (cada 30 días):\n\nNombre | Cédula | Fecha de detención | Centro\nRamiro Ezequiel Tolosa | V-14.111.222 | 02/08/2024 | Tocorón\nDalia Rosaura Pinango | V-19.333.444 | 29/07/2024 | Rodeo I\n\nCon arresto domiciliario:\n\nNombre | Cédula | Fecha de detención | Centro\nAníbal José Quenza | V-25.555.666 | 30/07/2024 | Tocuyito\nTeresa Lucila Bermúdez | V-6.777.888 | 12/01/2025 | El Helicoide\n",
        "2026-01-16",
    );
    for name in ["Aníbal José Quenza", "Teresa Lucila Bermúdez"] {
        let kinds = crate::kinds_of(&x, name);
        assert!(kinds.contains(&"house_arrest"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"conditional_release"), "{name}: {x:#?}");
    }
    assert!(
        crate::kinds_of(&x, "Ramiro Ezequiel Tolosa").contains(&"conditional_release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_register_of_the_still_held_dates_their_custody_by_its_cut_off_after_the_arrest() {
    // (The custody took "esta semana" of "incorporados esta semana", a month, and went before
    // the arrest of a day within it; a scorer that matches in order then paired it with the
    // arrest.)
    let x = crate::run(
        "BALANCE SEMANAL | Observatorio de Prisiones\nCorte: 17 de noviembre de 2025\n\nA continuación, el registro de casos incorporados esta semana que permanecen detenidos:\n\nNombre | Cédula | Fecha de detención | Centro\nOsmel Darío Quevedo | V-18.452.301 | 10/11/2025 | Rodeo I\nLidia Carolina Arismendi | V-20.114.872 | 11/11/2025 | La Crisálida\n",
        "2025-11-20",
    );
    assert_eq!(
        crate::kinds_of(&x, "Osmel Darío Quevedo"),
        ["arrest", "detention"],
        "{x:#?}"
    );
    assert_eq!(
        crate::dates_of(&x, "Osmel Darío Quevedo"),
        ["2025-11-10", "2025-11-17"],
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_bodys_town_after_its_name_is_no_one() {
    let x = crate::run(
        "Lidia Carolina Arismendi es profesora. Antes de su ingreso a La Crisálida estuvo recluida en la sede del Cicpc de San Francisco.\n",
        "2025-11-20",
    );
    assert!(
        x.persons.iter().all(|p| !p.name.contains("San Francisco")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_name_glued_to_the_figures_of_its_id_ends_where_they_begin() {
    // (A table pasted from a PDF without its cells: "Suárez Linares15.332.908…" made a person
    // "… Linares15".)
    let x = crate::run(
        "Trabajadores de la prensa privados de libertad\nCorte: 18 de noviembre de 2025\n\nAl 18 de noviembre el sindicato registra 19 trabajadores de la prensa tras las rejas.\n\nN°NombreC.I.DetenciónReclusiónSituación\n1Teodoro Ramiro Villasmil15.332.908Reportero12/08/2024Rodeo I — Privado de libertad\n2Marlene Inés Chirinos26.114.590Camarógrafa03/01/2025INOF — Privada de libertad\n",
        "2025-11-20",
    );
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Teodoro Ramiro Villasmil"), "{names:?}");
    assert!(names.iter().all(|n| !n.contains("15")), "{names:?}");
}

#[test]
fn issue_13_a_register_row_a_pdf_cut_keeps_its_status_and_its_id_out_of_the_name() {
    // ("… V-19.002.118 Portuguesa 30-Jul-2024 Tocuyito" then "HOUSE ARREST since 25 Jan.": the
    // status on the row's second line went to every row after it as a list's lead; the ID's
    // letter joined the name; "30-Jul-2024" read as a year; "Capital District" as a person.)
    let x = crate::run(
        "ANNEX II - STATUS OF PERSONS INCLUDED IN OUR PREVIOUS COMMUNICATION\n\nNo. Name ID no. State Arrested Facility Status\n\n1 Rigoberto Anselmo Tovar V-8.123.456 Capital District 02-Aug-2024 Rodeo I RELEASED 24 Jan.\n\n2 Evelio Ramón Carrizales V-19.002.118 Portuguesa 30-Jul-2024 Tocuyito\nHOUSE ARREST since 25 Jan.\n\n3 Nelson Adán Quiroz V-13.774.901 Capital District 09-Sep-2024 Rodeo I RELEASED 25 Jan.\n",
        "2026-01-27",
    );
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Rigoberto Anselmo Tovar",
            "Evelio Ramón Carrizales",
            "Nelson Adán Quiroz"
        ],
        "{x:#?}"
    );
    assert!(
        crate::kinds_of(&x, "Evelio Ramón Carrizales").contains(&"house_arrest"),
        "{x:#?}"
    );
    assert!(
        !crate::kinds_of(&x, "Nelson Adán Quiroz").contains(&"house_arrest"),
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Nelson Adán Quiroz", "arrest"),
        "2024-09-09",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_statements_signature_after_numbered_paragraphs_is_no_detainee() {
    let x = crate::run(
        "1. Este miércoles 19 de noviembre, el régimen desterró a Guatemala a 18 presos políticos, entre ellos Anselmo Quintanilla Rocha.\n\n2. Exigimos la liberación de las más de 70 personas que siguen presas.\n\nLic. Rubén Darío Zamora Pineda\nCoordinador general, RANE\n",
        "2025-11-21",
    );
    assert!(crate::no_events(&x, "Rubén Darío Zamora Pineda"), "{x:#?}");
    assert!(
        crate::kinds_of(&x, "Anselmo Quintanilla Rocha").contains(&"exile"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_bodys_acronym_with_its_seat_is_no_part_of_the_name_after_it() {
    let x = crate::run(
        "1. El miércoles 19 de noviembre el régimen desterró a Guatemala a 18 presos políticos.\n\n2. Hasta el momento la red ha confirmado la identidad de seis de los desterrados: Anselmo Quintanilla Rocha, productor de Nueva Guinea; el pastor Elías Solórzano, los estudiantes de la UNAN-León Marbelly Sofía Obando Ríos y Jeyson Adán Mairena -- y el exdiputado Ramón Ulloa.\n",
        "2025-11-21",
    );
    assert!(
        crate::kinds_of(&x, "Marbelly Sofía Obando Ríos").contains(&"exile"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_marked_header_without_its_colon_heads_the_bullets_below() {
    // ("▶ *Con régimen de presentación cada 30 días*" over bullets: its terms were nobody's;
    // "— 12/01" closing an item is its day.)
    let x = crate::run(
        "Entre el jueves 8 y el miércoles 14 de enero nuestro equipo verificó la excarcelación de 23 personas detenidas por razones políticas.\n\n▶ *Con régimen de presentación cada 30 días*\n• Amílcar José Betancourt, dirigente sindical. Excarcelado de Tocorón el 9/1.\n• Rosendo Iván Palencia — Rodeo I — 12/01\n\n▶ *Arresto domiciliario*\n• Zoraida Mercedes Landaeta, dirigente vecinal en Carabobo.\n",
        "2026-01-15",
    );
    assert_eq!(
        crate::kinds_of(&x, "Amílcar José Betancourt"),
        ["conditional_release"],
        "{x:#?}"
    );
    assert_eq!(
        crate::kinds_of(&x, "Rosendo Iván Palencia"),
        ["conditional_release"],
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Rosendo Iván Palencia", "conditional_release"),
        "2026-01-12",
        "{x:#?}"
    );
    assert_eq!(
        crate::kinds_of(&x, "Zoraida Mercedes Landaeta"),
        ["house_arrest"],
        "{x:#?}"
    );
}

#[test]
fn issue_13_under_a_house_arrest_heading_the_day_an_item_left_is_the_measures() {
    let x = crate::run(
        "Entre el 8 y el 15 de enero fueron excarceladas 14 personas.\n\nCON ARRESTO DOMICILIARIO\n- Coronel (r) Eleazar Quiñones Prado, 71 años, salió de Ramo Verde el 9 de enero.\n- Maritza Coromoto Linárez, defensora de derechos humanos, salió del INOF el 13 de enero.\n",
        "2026-01-16",
    );
    for (name, day) in [
        ("Eleazar Quiñones Prado", "2026-01-09"),
        ("Maritza Coromoto Linárez", "2026-01-13"),
    ] {
        assert_eq!(crate::kinds_of(&x, name), ["house_arrest"], "{x:#?}");
        assert_eq!(crate::date_of(&x, name, "house_arrest"), day, "{x:#?}");
    }
}

#[test]
fn issue_13_a_member_of_an_inverted_list_set_off_as_someones_wife_shares_its_event() {
    let x = crate::run(
        "Belarus released 31 people on Thursday.\n\nAlso expelled were blogger Dzianis Harbaty, anarchist activist Aliaksei Tsvirko and Hanna Pilipchuk, the wife of a jailed trade unionist, all three of whom had been held at the Zhodzina remand prison.\n",
        "2025-09-12",
    );
    assert!(
        crate::kinds_of(&x, "Hanna Pilipchuk").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_last_member_after_a_long_relative_clause_shares_the_groups_event() {
    let x = crate::run(
        "Venezuela released five Americans on Friday, U.S. officials said.\n\nAmong those released were Gregory Allen Whitfield, a 41-year-old former Marine from Ohio who had been held at El Helicoide since September 2024, and Dana Marie Oquendo, a dual U.S.-Venezuelan citizen and nurse who was arrested in Maracaibo last March.\n",
        "2026-01-17",
    );
    assert!(
        crate::kinds_of(&x, "Dana Marie Oquendo").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_judge_who_sentences_takes_no_sentence() {
    let x = crate::run(
        "Judge Horacio Belisario Quintal found Matías Ezequiel Tovar Cedeño, the students' spokesman, guilty of conspiracy and sentenced him to eight years in prison.\n",
        "2025-10-01",
    );
    assert!(crate::no_events(&x, "Horacio Belisario Quintal"), "{x:#?}");
    assert!(
        crate::kinds_of(&x, "Matías Ezequiel Tovar Cedeño").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_counted_group_of_workers_detained_is_not_the_one_who_counts_it() {
    let x = crate::run(
        "El secretario de organización del sindicato en el Zulia, Evaristo Quiñónez, contabilizó una decena de trabajadores de la prensa detenidos en el país en lo que va de año.\n\nRubén Omar Tirado y Lisbeth Carolina Pérez, trabajadores de la siderúrgica detenidos en junio de 2025, siguen recluidos en La Pica.\n",
        "2025-10-01",
    );
    assert!(crate::no_events(&x, "Evaristo Quiñónez"), "{x:#?}");
    assert!(
        crate::kinds_of(&x, "Rubén Omar Tirado").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_today_as_a_names_word_in_prose_is_no_date() {
    // ("of the regional newspaper Hrodna Today": the sentence was dated the publication.)
    let x = crate::run(
        "Police detained journalist Ilona Hlebik, of the regional newspaper Hrodna Today, after a raid on her flat.\n",
        "2025-09-21",
    );
    let arrest = crate::event_of(&x, "Ilona Hlebik", "arrest").expect("an arrest");
    assert_ne!(arrest.date.as_deref(), Some("2025-09-21"), "{x:#?}");
}

#[test]
fn issue_13_an_exiled_someone_unnamed_gives_no_one_an_exile() {
    let x = crate::run(
        "Pavlo Sidarchyk, the brother of an exiled television journalist, was detained in Minsk on Wednesday.\n",
        "2025-09-21",
    );
    assert!(
        !crate::kinds_of(&x, "Pavlo Sidarchyk").contains(&"exile"),
        "{x:#?}"
    );
    assert!(
        crate::kinds_of(&x, "Pavlo Sidarchyk").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_handed_to_their_countrys_delegation_is_a_release() {
    let x = crate::run(
        "Two U.S. citizens, Kyle Bernard Merriman and Thomas J. Okonjo, were handed to a State Department delegation and flown to Texas.\n",
        "2026-01-10",
    );
    assert!(
        crate::kinds_of(&x, "Kyle Bernard Merriman").contains(&"release"),
        "{x:#?}"
    );
}
