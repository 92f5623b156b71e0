//! issue 13, twenty-fifth round: what words say of one person — whereabouts unknown after a
//! relative's aside. Invented names only.

use crate::kinds_of;

#[test]
fn issue_13_whereabouts_after_a_relatives_aside_are_the_one_taken() {
    let x = crate::run(
        "La Policía Nacional se llevó el lunes de su casa en Masaya al periodista Lisandro Ocón Tercero. Su hermana, Martha Ocón, dice que en la estación policial le respondieron que \"no está ahí\". Desde entonces se desconoce su paradero.",
        "2026-02-27",
    );
    let kinds = kinds_of(&x, "Lisandro Ocón Tercero");
    assert!(kinds.contains(&"disappearance"), "{x:#?}");
    assert!(!kinds.contains(&"detention"), "{x:#?}");
}

#[test]
fn issue_13_whereabouts_asked_after_an_aside_are_no_ones() {
    let x = crate::run(
        "They include the union leader Anselmo Quiroz Tellería, held since May 2025 in La Modelo prison. His brother, Ernesto Quiroz, says he has lost weight. Are there people whose whereabouts are unknown? Yes, several.",
        "2026-02-26",
    );
    assert!(
        !kinds_of(&x, "Anselmo Quiroz Tellería").contains(&"disappearance"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_relative_pronoun_object_is_the_one_arrested() {
    let x = crate::run(
        "Doce presos políticos fueron sacados de La Modelo el miércoles y llevados en avión a Ciudad de Guatemala. Entre los desterrados están la líder campesina Amparo Lagos Ruiz, detenida en mayo de 2024, y el sacerdote Anselmo Duarte Pineda, párroco de un pueblo de Matagalpa, a quien la policía arrestó en enero de este año.",
        "2025-10-16",
    );
    for name in ["Amparo Lagos Ruiz", "Anselmo Duarte Pineda"] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"exile"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"detention"), "{name}: {x:#?}");
    }
    assert_eq!(
        crate::date_of(&x, "Anselmo Duarte Pineda", "arrest"),
        "2025-01",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_move_a_relative_tells_of_is_the_held_ones() {
    let x = crate::run(
        "Según su registro, 73 personas siguen presas. Entre ellas el exdiputado Teodulo Arancibia Mairena, de 71 años, que continúa en El Chipote. Su hijo, Álvaro Arancibia, denunció que fue trasladado desde La Modelo el 2 de octubre y que no ha podido verlo.",
        "2025-10-16",
    );
    assert_eq!(
        crate::date_of(&x, "Teodulo Arancibia Mairena", "transfer"),
        "2025-10-02",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_pluperfect_custody_leaves_the_day_to_the_release() {
    let x = crate::run(
        "Belarus released 52 people it had jailed on political grounds on Thursday.\n\nAmong those freed was Ihar Lasitski.",
        "2025-09-12",
    );
    assert_eq!(
        crate::date_of(&x, "Ihar Lasitski", "release"),
        "2025-09-11",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_denial_of_holding_a_relative_reports_is_the_held_ones() {
    let x = crate::run(
        "El ciudadano español Iñaki Urdangarin Lasa fue detenido el 2 de septiembre de 2024 en Puerto Ayacucho. Desde entonces, su familia no ha recibido información sobre los cargos que se le imputan. Su hermana, Ainhoa Urdangarin, ha denunciado públicamente que las autoridades ni siquiera reconocen tenerlo bajo custodia.",
        "2025-06-20",
    );
    let kinds = kinds_of(&x, "Iñaki Urdangarin Lasa");
    assert!(kinds.contains(&"disappearance"), "{x:#?}");
    assert!(!kinds.contains(&"detention"), "{x:#?}");
}

#[test]
fn issue_13_custody_no_one_has_confirmed_is_a_disappearance() {
    let x = crate::run(
        "Poet Ales Kaliada, jailed since 2021, has vanished within the prison system. In October his family was told that he was \"no longer\" at the colony in Navapolatsk, and no institution has since confirmed holding him.",
        "2025-11-28",
    );
    let kinds = kinds_of(&x, "Ales Kaliada");
    assert!(kinds.contains(&"disappearance"), "{x:#?}");
    assert!(!kinds.contains(&"detention"), "{x:#?}");
}

#[test]
fn issue_13_whereabouts_no_one_gives_beside_a_relative_are_the_held_ones() {
    let x = crate::run(
        "12 de agosto de 2024 — Funcionarios de la PNB detienen a la periodista Leonora Bastardo Félix en Valencia. Durante nueve días nadie informa de su paradero; su esposo, Arturo Silveira, recorre sedes policiales sin respuesta.",
        "2026-03-03",
    );
    assert!(
        kinds_of(&x, "Leonora Bastardo Félix").contains(&"disappearance"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_present_passive_opening_the_next_sentence_is_the_one_just_told_of() {
    let x = crate::run(
        "19 de agosto de 2024 — Detienen en Valencia a su camarógrafo, Wilfredo Parraga Luna. Es liberado dos días después con régimen de presentación cada 15 días.",
        "2026-03-03",
    );
    let kinds = kinds_of(&x, "Wilfredo Parraga Luna");
    assert!(kinds.contains(&"conditional_release"), "{x:#?}");
    assert!(!kinds.contains(&"detention"), "{x:#?}");
}

#[test]
fn issue_13_a_day_before_may_is_the_month_and_counts_no_one() {
    let x = crate::run(
        "Journalist Ana Rivero Salas was arrested on 12 May and released two days later. Journalist Carlos Iturriaga was detained on May 14 and released on May 16 without charges.",
        "2025-05-20",
    );
    assert_eq!(
        crate::date_of(&x, "Ana Rivero Salas", "release"),
        "2025-05-14",
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "Ana Rivero Salas").contains(&"detention"),
        "{x:#?}"
    );
    assert!(x.counts.iter().all(|c| c.number != Some(14)), "{x:#?}");
}

#[test]
fn issue_13_whom_police_detained_is_an_arrest() {
    let x = crate::run(
        "Another case is that of Harold Benavente Ruiz, whom police detained in May.\n\nYuliya Marchankova, whom police detained in May, was sentenced on Tuesday.",
        "2025-06-20",
    );
    for name in ["Harold Benavente Ruiz", "Yuliya Marchankova"] {
        assert_eq!(crate::date_of(&x, name, "arrest"), "2025-05", "{x:#?}");
    }
}

#[test]
fn issue_13_among_those_who_did_something_else_are_no_members() {
    let x = crate::run(
        "Belarus released 52 people on Thursday. Among those who welcomed the move was opposition leader Yauhen Sakalenka, who lives in Vilnius.\n\nBelarus released 14 people on Friday. Among those who were freed was Ihar Lasouskin.",
        "2025-09-12",
    );
    assert!(crate::person(&x, "Yauhen Sakalenka").is_none(), "{x:#?}");
    assert!(
        kinds_of(&x, "Ihar Lasouskin").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_others_whereabouts_a_lawyer_tells_of_are_not_the_clients() {
    let x = crate::run(
        "Ernesto Baltazar Ruiz fue arrestado el viernes en Estelí. Su abogado, Julián Prados, dijo que se desconoce el paradero de otros detenidos en la región.",
        "2025-03-01",
    );
    assert!(
        !kinds_of(&x, "Ernesto Baltazar Ruiz").contains(&"disappearance"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_headlines_present_captura_a_is_an_arrest() {
    let x = crate::run(
        "Policía captura a opositor Kevin Altamira Ruiz en León\n\nLa Policía Nacional arresta al periodista Félix Mairena Solís.",
        "2025-06-20",
    );
    for name in ["Kevin Altamira Ruiz", "Félix Mairena Solís"] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_political_prisoner_is_no_politician() {
    let x = crate::run(
        "El preso político Norvin Tercero Aguilera cumple dos años en La Modelo.\n\nLa presa política Xiomara Gadea Rivas sigue en La Esperanza.\n\nPolitical prisoner Ales Kavalenkau remains in custody.\n\nEl dirigente político Orlando Sequeira Mena fue detenido el lunes.",
        "2025-06-20",
    );
    for name in [
        "Norvin Tercero Aguilera",
        "Xiomara Gadea Rivas",
        "Ales Kavalenkau",
    ] {
        let p = crate::person(&x, name).unwrap_or_else(|| panic!("{name}: {x:#?}"));
        assert!(!p.roles.iter().any(|r| r == "politician"), "{name}: {x:#?}");
    }
    let p = crate::person(&x, "Orlando Sequeira Mena").expect("the leader");
    assert!(p.roles.iter().any(|r| r == "politician"), "{x:#?}");
}

#[test]
fn issue_13_a_present_passive_after_a_relatives_aside_is_the_one_told_of() {
    let x = crate::run(
        "El estudiante Marvin Ocampo Rizo fue detenido el 10 de febrero en León. Su madre, Rosa Rizo, lo buscó en El Chipote. Es liberado dos días después con régimen de presentación.",
        "2025-02-20",
    );
    assert_eq!(
        crate::date_of(&x, "Marvin Ocampo Rizo", "conditional_release"),
        "2025-02-12",
        "{x:#?}"
    );
}
