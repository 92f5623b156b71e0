//! issue 13, sixty-seventh round: what the black-box reviews of the round's rules found, with
//! invented names.

#[test]
fn issue_13_a_name_before_a_clitic_whose_verb_has_its_own_subject_is_the_one_acted_on() {
    for (text, name, kind) in [
        (
            "Nelson Rafael Guaita lo liberó el juez el 12 de marzo, nueve días después de su arresto.",
            "Nelson Rafael Guaita",
            "release",
        ),
        (
            "Detenido el 2 de marzo, Wilmer Andrés Tovar lo condenó el Juzgado Décimo el 14 de \
marzo a diez años de cárcel.",
            "Wilmer Andrés Tovar",
            "sentence",
        ),
    ] {
        let x = crate::run(text, "2024-03-15");
        assert!(crate::kinds_of(&x, name).contains(&kind), "{x:#?}");
    }
}

#[test]
fn issue_13_one_killed_in_custody_or_a_list_s_member_killed_stays_a_detainee() {
    for (text, name) in [
        (
            "The following people were arrested on March 3 in Masaya: Hernán Sequeira; Karla \
Mairena, who was killed; and Osmar Téllez.",
            "Karla Mairena",
        ),
        (
            "The following people were arrested on March 3 in Masaya: Hernán Sequeira; Karla \
Mairena; Denis Ortiz, who was shot dead by a guard inside La Modelo prison on March 9; and Osmar \
Téllez.",
            "Denis Ortiz",
        ),
    ] {
        let x = crate::run(text, "2024-03-15");
        assert!(crate::person(&x, name).is_some(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_one_jailed_a_few_years_ago_who_died_on_a_weekday_stays_a_detainee() {
    let x = crate::run(
        "Gerardo Lacayo, who was jailed in 2021, died on Tuesday.",
        "2026-01-30",
    );
    assert!(crate::person(&x, "Gerardo Lacayo").is_some(), "{x:#?}");
}

#[test]
fn issue_13_custody_abroad_beside_a_home_arrest_leaves_the_home_arrest_in_scope() {
    let x = crate::run(
        "Rubén Ascanio fue detenido el 2 de marzo en Caracas por el SEBIN, mientras su hermano \
Tomás Ascanio permanece detenido en Estados Unidos por autoridades migratorias.",
        "2024-03-10",
    );
    assert!(
        crate::kinds_of(&x, "Rubén Ascanio").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_sedition_keeps_political_prisoners_in_scope_beside_a_common_prisoner() {
    let x = crate::run(
        "Yasiel Montano, preso común condenado por homicidio, fue trasladado el 2 de marzo a una \
celda con presos políticos, donde amenazó a Odalys Ferrer, condenada a 10 años por sedición.",
        "2024-03-10",
    );
    assert!(crate::person(&x, "Odalys Ferrer").is_some(), "{x:#?}");
}

#[test]
fn issue_13_every_capitalised_word_of_an_institution_s_name_is_the_institution_s() {
    let x = crate::run(
        "La hermana de Gilberto Salas, Rosa Mendoza, denunció que el 8 de marzo fue trasladado \
al Hospital Rivas Mendoza. Salas fue detenido el 2 de marzo.",
        "2024-03-10",
    );
    assert!(crate::person(&x, "Rosa Mendoza").is_none(), "{x:#?}");
}

#[test]
fn issue_13_fueron_with_a_subject_of_its_own_after_the_verb_is_not_the_pair_before() {
    let x = crate::run(
        "Iraida Castillo y Nelson Parra fueron detenidos el 1 de marzo en Caracas. El 8 de marzo \
fueron trasladados a Tocorón otros cinco presos políticos.",
        "2024-03-10",
    );
    assert!(
        !crate::kinds_of(&x, "Iraida Castillo").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_participle_after_x_kin_of_y_of_the_same_gender_stays_y_s() {
    let x = crate::run(
        "Gladys Quevedo, madre de Ana Karina Lugo, detenida desde el 3 de enero en el INOF, pidió \
una fe de vida.",
        "2024-03-10",
    );
    assert!(
        crate::kinds_of(&x, "Ana Karina Lugo").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(crate::person(&x, "Gladys Quevedo").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_legend_line_that_names_someone_still_tells_of_them() {
    let x = crate::run(
        "Leyenda: los nombres marcados con ⛓️ siguen presos; Ramiro Yépez fue excarcelado el 2 de \
marzo.\n⛓️ Ana Marcela Tovar — detenida el 3 de enero",
        "2024-03-10",
    );
    assert!(
        crate::kinds_of(&x, "Ramiro Yépez").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_entre_ellos_denied_or_inside_its_sentence_shares_no_transfer() {
    for text in [
        "Veintitrés presos políticos fueron trasladados a Tocorón el 5 de marzo. Entre ellos no \
estaban Rosalba Urbina y Efraín Malpica, ambos detenidos desde 2024.",
        "Veintitrés presos políticos fueron trasladados a Tocorón el 5 de marzo. Otros cinco, \
entre ellos Rosalba Urbina y Efraín Malpica, detenidos desde 2024, siguen en el Rodeo I.",
    ] {
        let x = crate::run(text, "2025-03-10");
        assert!(
            !crate::kinds_of(&x, "Rosalba Urbina").contains(&"transfer"),
            "{x:#?}"
        );
    }
}

#[test]
fn issue_13_a_name_before_a_clitic_with_its_subject_past_an_aside_is_the_one_acted_on() {
    let x = crate::run(
        "Eduardo Rivas lo condenó, tras un juicio de seis meses, el juez Ramón Ochoa a ocho años \
de prisión.",
        "2024-03-10",
    );
    assert!(crate::person(&x, "Eduardo Rivas").is_some(), "{x:#?}");
}

#[test]
fn issue_13_the_united_states_embassy_area_of_caracas_is_no_custody_abroad() {
    let x = crate::run(
        "Activist Dayana Suárez was detained in the United States Embassy area of Caracas on \
March 2.",
        "2024-03-10",
    );
    assert!(
        crate::kinds_of(&x, "Dayana Suárez").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_leaving_before_a_header_of_the_freed_is_not_shared_when_undone_partial_or_at_home() {
    for (text, name) in [
        (
            "Contrario a lo que informaron algunos medios, los cinco presos políticos no fueron \
sacados de la cárcel La Modelo, en Tipitapa, ni enviados en un vuelo a Guatemala.\n\nLos \
excarcelados son:\n\n1. Rigoberto Antonio Zelaya, exmilitar.\n2. Marlene del Socorro Aráuz.",
            "Marlene del Socorro Aráuz",
        ),
        (
            "Nueve presos políticos fueron enviados en un vuelo a Ciudad de Guatemala el jueves; \
cuatro de ellos no quisieron hablar.\n\nExcarcelados y en sus casas:\n\n1. Noel Humberto Tercero.\n2. \
Sayda Patricia Cerda.",
            "Sayda Patricia Cerda",
        ),
    ] {
        let x = crate::run(text, "2025-06-12");
        let kinds = crate::kinds_of(&x, name);
        assert!(
            !kinds.contains(&"expulsion") && !kinds.contains(&"exile"),
            "{x:#?}"
        );
    }
}
