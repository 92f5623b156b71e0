//! issue 13, seventieth round: forms read from blind92 (spent), written anew with invented
//! names.

#[test]
fn issue_13_items_lettered_a_b_c_inherit_the_lead_s_arrest() {
    let x = crate::run(
        "1. On the night of last Friday, police arrested four residents of Colón who had taken \
part in a pot-banging protest. They are:\n   a. Raidel Ortiz Peñate, 35, bricklayer;\n   b. \
Yusimí Cano Roque, 29, hairdresser;\n   c. Ovidio Lam, 52, a former political prisoner;\n   d. \
Adrián Lam Cano, 19, Ovidio's son.",
        "2026-10-05",
    );
    for name in [
        "Raidel Ortiz Peñate",
        "Yusimí Cano Roque",
        "Ovidio Lam",
        "Adrián Lam Cano",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2026-10-02",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_heading_attempted_re_arrest_is_no_person() {
    let x = crate::run(
        "ATTEMPTED RE-ARREST\nOn Friday, officers came to the home of student Teodoro Lisboa \
in Cagua looking for him. He was not there.",
        "2026-09-19",
    );
    assert!(
        !x.not_detainees.iter().any(|n| n.name.contains("ARREST"))
            && !x.persons.iter().any(|p| p.name.contains("ARREST")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_walked_out_on_a_weekday_is_a_release() {
    let x = crate::run(
        "WHO WAS RELEASED\nTwo releases this week came with conditions.\n\nEngineer Ignacio \
Pérez Lugo, 39, detained since March 2025 and held at Rodeo I, walked out on Wednesday. He must \
report to a court every 30 days.",
        "2026-09-19",
    );
    assert_eq!(
        crate::date_of(&x, "Ignacio Pérez Lugo", "conditional_release"),
        "2026-09-16",
        "{x:#?}"
    );
}

#[test]
fn issue_13_he_in_a_fronted_clause_of_time_is_the_subject_after_it() {
    let x = crate::run(
        "Marisela Tovar Ruiz, 61, a retired teacher, was released on Thursday to house arrest. \
Her family had asked for it for months.\n\nYesterday, a week after he was freed from Tocorón, \
student Germán Salas Peña says officers came to his home looking for him.",
        "2026-09-19",
    );
    assert!(
        crate::kinds_of(&x, "Germán Salas Peña").contains(&"release"),
        "{x:#?}"
    );
    assert!(
        !crate::kinds_of(&x, "Marisela Tovar Ruiz").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_house_arrest_at_his_mother_s_home_is_his() {
    let x = crate::run(
        "His mother, Nelly Prieto, died four days after his arrest.\n\nOsmar Quintal Bravo, 33, \
a community radio host, had been hiding since March. On September 22 he surrendered in Caracas. \
He was presented before a judge that same afternoon and placed under house arrest at his \
mother's home in Guarenas.",
        "2025-10-02",
    );
    assert!(
        crate::kinds_of(&x, "Osmar Quintal Bravo").contains(&"house_arrest"),
        "{x:#?}"
    );
    assert!(crate::person(&x, "Nelly Prieto").is_none(), "{x:#?}");
}

#[test]
fn issue_13_people_detained_three_days_ago_keep_their_arrest_beside_a_charge() {
    let x = crate::run(
        "La Fiscalía imputó los delitos de instigación al odio y obstaculización de vías a tres \
personas detenidas hace tres días durante una protesta en Guanare.\n\nEsta es la situación de \
cada uno:\n\n1. Yorman Ramírez Colina, 41 años, comerciante. Medida privativa de libertad.\n2. \
Aurimar Téllez, 26 años, estudiante. Arresto domiciliario.\n3. Gilberto Sosa Peña, 35 años, \
mototaxista. Medida privativa de libertad.",
        "2026-02-26",
    );
    for name in [
        "Yorman Ramírez Colina",
        "Aurimar Téllez",
        "Gilberto Sosa Peña",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2026-02-23",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_day_without_its_year_after_a_story_s_dated_opening_keeps_that_year() {
    let x = crate::run(
        "On August 9, 2024, teacher Zoraida Finol was stopped at a checkpoint and detained.\n\n\
For the next forty days, no authority would say where Finol was. Her son, Eliseo Finol, went \
from station to station. On August 12 he was himself detained at a police station. He was \
released on August 15 without charge.",
        "2025-12-18",
    );
    assert_eq!(
        crate::date_of(&x, "Eliseo Finol", "arrest"),
        "2024-08-12",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Eliseo Finol", "release"),
        "2024-08-15",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_lawyer_who_requested_house_arrest_is_not_under_it() {
    let x = crate::run(
        "Teacher Yasmín Urdaneta was detained in August 2024.\n\nAnselmo Paz, a lawyer with a \
Zulia rights group, took over the case in February. He requested house arrest on medical grounds \
five times. It was refused four times.",
        "2025-12-18",
    );
    assert!(crate::person(&x, "Anselmo Paz").is_none(), "{x:#?}");
}

#[test]
fn issue_13_the_one_told_that_he_was_moved_is_not_moved() {
    let x = crate::run(
        "Otilia Carvajal keeps a notebook.\n\nHer son, Wilmer Pacheco, was arrested in July 2024 \
outside his house.\n\nThen Pacheco vanished from the system. Guards in San Cristóbal told Ms. \
Carvajal he had been \"moved.\"",
        "2025-11-20",
    );
    assert!(crate::person(&x, "Otilia Carvajal").is_none(), "{x:#?}");
    assert!(
        crate::kinds_of(&x, "Wilmer Pacheco").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_resolution_s_number_is_no_year() {
    let x = crate::run(
        "1. El Grupo de Trabajo sobre la Detención Arbitraria fue establecido en virtud de la \
resolución 1991/42 de la Comisión de Derechos Humanos.\n\n3. El Sr. Ovidio Rangel Pita, \
nacional de Venezuela, es defensor de derechos humanos en Maracaibo.\n\n4. Según la fuente, el 7 \
de enero de 2025, funcionarios de la DGCIM interceptaron al Sr. Rangel Pita cuando salía de su \
oficina.",
        "2026-03-04",
    );
    let person = crate::person(&x, "Ovidio Rangel Pita").expect("detainee");
    assert!(
        person
            .events
            .iter()
            .all(|e| e.date.as_deref() != Some("1991")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_arrest_tried_is_an_attempted_arrest() {
    for (text, name) in [
        (
            "La organización denunció que el sábado funcionarios de la PNB intentaron detener en \
Barcelona al activista ambiental Ramiro Escalante, quien ya había estado preso en 2024.",
            "Ramiro Escalante",
        ),
        (
            "Police tried to arrest student Kelvin Arocha at his parents' home in Maracay on \
Saturday. He was not there.",
            "Kelvin Arocha",
        ),
    ] {
        let x = crate::run(text, "2026-07-20");
        let e = crate::event_of(&x, name, "arrest").unwrap_or_else(|| panic!("{x:#?}"));
        assert_eq!(
            e.certainty,
            Some(amparo_extract::Certainty::Attempted),
            "{x:#?}"
        );
    }
}

#[test]
fn issue_13_conditions_end_before_the_next_one_named() {
    let x = crate::run(
        "Los otros dos excarcelados son el sindicalista Hernán Patiño, que salió el sábado de \
Rodeo I con régimen de presentación, y Yelitza Marcano Rojas, comerciante de Cumaná.",
        "2026-07-20",
    );
    let e = crate::event_of(&x, "Hernán Patiño", "conditional_release").expect("release");
    assert!(
        e.conditions
            .as_deref()
            .is_some_and(|c| !c.contains("Yelitza")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_one_named_as_an_example_of_people_held_for_common_crimes_is_out_of_scope() {
    let x = crate::run(
        "La lista incluye a la maestra Nohemí Sulbarán, detenida el 3 de enero. No se incluyen en \
el registro personas detenidas por delitos comunes, como el caso de Ramón Ereú Pinto, recluido \
en Tocorón junto a Sulbarán.",
        "2026-02-06",
    );
    assert!(crate::person(&x, "Ramón Ereú Pinto").is_none(), "{x:#?}");
    assert!(crate::person(&x, "Nohemí Sulbarán").is_some(), "{x:#?}");
}

#[test]
fn issue_13_a_false_release_of_one_never_held_leaves_her_no_custody() {
    let x = crate::run(
        "The claim that Octavio Brito was released is FALSE: he remains in El Helicoide. The \
claim that Marta Ugueto was freed is FALSE: she was never detained.",
        "2025-12-11",
    );
    assert!(crate::person(&x, "Marta Ugueto").is_none(), "{x:#?}");
    assert!(
        crate::kinds_of(&x, "Octavio Brito").contains(&"detention"),
        "{x:#?}"
    );
}
