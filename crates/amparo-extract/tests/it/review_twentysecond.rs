//! issue 13, twenty-second round: misfires a reviewer who had not read the extractor found in
//! the round's readings, mended. Invented names only.

use crate::{kinds_of, person};

#[test]
fn issue_13_custody_acknowledged_by_no_one_in_the_perfect_or_with_a_name() {
    let x = crate::run(
        "El periodista Fabio Correa Llanos fue detenido el lunes y ninguna autoridad ha reconocido tenerlo bajo custodia.",
        "2026-02-12",
    );
    assert!(
        kinds_of(&x, "Fabio Correa Llanos").contains(&"disappearance"),
        "{x:#?}"
    );
    let x = crate::run(
        "Authorities have not acknowledged holding opposition member Víctor Aldana Ruiz, who was seized on Sunday.",
        "2026-02-12",
    );
    assert!(
        kinds_of(&x, "Víctor Aldana Ruiz").contains(&"disappearance"),
        "{x:#?}"
    );
    let x = crate::run(
        "Police finally acknowledged on Wednesday holding journalist Ana Gil Moreno, arrested on Saturday.",
        "2026-02-12",
    );
    assert!(
        !kinds_of(&x, "Ana Gil Moreno").contains(&"disappearance"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_freed_and_driven_to_the_border_by_a_pronoun() {
    for text in [
        "Nicaragua freed Nicaraguan student Kevin Solís Ubeda on Tuesday and drove him by force to the Costa Rican border.",
        "Nicaragua excarceló el martes al estudiante nicaragüense Kevin Solís Ubeda y lo llevó por la fuerza hasta la frontera con Costa Rica.",
    ] {
        let x = crate::run(text, "2026-02-12");
        assert_eq!(
            kinds_of(&x, "Kevin Solís Ubeda"),
            ["release", "exile"],
            "{x:#?}"
        );
    }
    // (Jailed at the border town: no leaving.)
    let x = crate::run(
        "El opositor Mauricio Bendaña Ruiz fue llevado hasta la frontera con Honduras y encarcelado en la prisión de Somoto.",
        "2026-02-12",
    );
    assert!(
        !kinds_of(&x, "Mauricio Bendaña Ruiz").contains(&"exile"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_arrest_and_disappearance_joined_share_the_person_after_them() {
    for text in [
        "Provea denunció la detención arbitraria y posterior desaparición forzada del dirigente sindical Ramón Tovar Uzcátegui el sábado 16 de agosto en Maracay.",
        "Rights groups denounced the arbitrary arrest and subsequent enforced disappearance of union leader Ramón Tovar Uzcátegui on Saturday, August 16.",
    ] {
        let x = crate::run(text, "2025-08-20");
        let kinds = kinds_of(&x, "Ramón Tovar Uzcátegui");
        assert!(kinds.contains(&"arrest"), "{x:#?}");
        assert!(kinds.contains(&"disappearance"), "{x:#?}");
    }
}

#[test]
fn issue_13_a_state_whose_subject_follows_it_is_not_the_one_named_before() {
    let x = crate::run(
        "El director de la cárcel, coronel Julián Prado Mora, negó malos tratos. Está detenido allí desde 2019 un grupo de 30 militares.",
        "2026-02-12",
    );
    assert!(person(&x, "Julián Prado Mora").is_none(), "{x:#?}");
}

#[test]
fn issue_13_a_semicolon_list_after_its_verb_reads_past_each_members_describer() {
    let x = crate::run(
        "Siguen presos en La Modelo el sindicalista Aurelio Matus Rivas; las hermanas María José y Ana Isabel Largaespada; y el pastor Elías Guevara Soto.",
        "2026-02-12",
    );
    for name in [
        "Aurelio Matus Rivas",
        "María José Largaespada",
        "Ana Isabel Largaespada",
        "Elías Guevara Soto",
    ] {
        assert_eq!(kinds_of(&x, name), ["detention"], "{name}: {x:#?}");
    }
    let x = crate::run(
        "Quedaron en libertad el martes el ingeniero Félix Marín Soto; la abogada Sara Ruiz Páez; y el médico Raúl Dávila Mora.",
        "2026-02-12",
    );
    for name in ["Félix Marín Soto", "Sara Ruiz Páez", "Raúl Dávila Mora"] {
        assert_eq!(kinds_of(&x, name), ["release"], "{name}: {x:#?}");
    }
    // (A participle after the last member is that member's alone.)
    let x = crate::run(
        "Entre los excarcelados están el exalcalde Gustavo Mata Ruiz; el dirigente vecinal Arnaldo Sequera Paz; los hermanos Jesús y Rafael Bracho Linares, detenidos en 2024 en Maracay.",
        "2026-02-12",
    );
    assert!(
        !kinds_of(&x, "Gustavo Mata Ruiz").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Rafael Bracho Linares").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_three_siblings_share_the_surname_given_last() {
    let x = crate::run(
        "Entre los excarcelados figuran el médico Raúl Dávila Mora; los hermanos campesinos Juan Ramón, Pedro Pablo y Luis Alberto Obando; y la maestra Irma Soza Páez.",
        "2026-02-12",
    );
    for name in [
        "Juan Ramón Obando",
        "Pedro Pablo Obando",
        "Luis Alberto Obando",
    ] {
        assert!(person(&x, name).is_some(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_list_that_does_not_include_someone_names_no_member() {
    let x = crate::run(
        "El gobierno excarceló el martes a 20 presos políticos, entre ellos Carlos Ruiz Pérez. La lista difundida por la Mesa de Reconocimiento no incluye a Mariela Ochoa Tinoco, que sigue presa.",
        "2026-02-12",
    );
    assert_eq!(
        kinds_of(&x, "Mariela Ochoa Tinoco"),
        ["detention"],
        "{x:#?}"
    );
    let x = crate::run(
        "Belarus freed 14 prisoners on Thursday. The list did not include opposition leader Mikhas Zhuk, who remains in Penal Colony No. 3.",
        "2026-02-12",
    );
    assert!(!kinds_of(&x, "Mikhas Zhuk").contains(&"release"), "{x:#?}");
}

#[test]
fn issue_13_a_timelines_court_sentences_in_the_present() {
    let x = crate::run(
        "El dirigente vecinal Elías Moncada Peña salió este miércoles de Rodeo I.\n\n20 de noviembre de 2025 – El Tribunal Tercero de Juicio, presidido por el juez Marcos Arévalo Soto, condena a Moncada a 12 años de prisión.",
        "2026-03-05",
    );
    assert_eq!(
        crate::date_of(&x, "Elías Moncada Peña", "sentence"),
        "2025-11-20",
        "{x:#?}"
    );
    assert!(person(&x, "Marcos Arévalo Soto").is_none(), "{x:#?}");
    // (The term first, and a case's name in quotes is no one.)
    let x = crate::run(
        "Condenan a 30 años a tres dirigentes del caso «Brazalete Blanco».",
        "2026-03-05",
    );
    assert!(person(&x, "Brazalete Blanco").is_none(), "{x:#?}");
}

#[test]
fn issue_13_put_on_a_plane_and_exiles_never_held() {
    let x = crate::run(
        "Venezuelan journalist Alicia Toro Paz was freed on Monday and put on a plane to Miami.",
        "2026-01-17",
    );
    assert!(
        kinds_of(&x, "Alicia Toro Paz").contains(&"release"),
        "{x:#?}"
    );
    assert!(kinds_of(&x, "Alicia Toro Paz").contains(&"exile"), "{x:#?}");
    // (Exiles who were never held are not freed.)
    let x = crate::run(
        "Entre los desterrados figuran el periodista Armando Velorio Paz y el poeta Basilio Turcios Gil, que viven en Costa Rica desde 2018 y nunca fueron detenidos.",
        "2026-01-17",
    );
    assert!(
        !kinds_of(&x, "Armando Velorio Paz").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_those_still_held_named_after_a_release_are_not_freed() {
    let x = crate::run(
        "El gobierno excarceló a siete presos la noche de este jueves. Entre los que siguen en La Modelo figuran el sindicalista Aarón Chévez Luna y la activista Belkis Aráuz Paz.",
        "2026-01-17",
    );
    for name in ["Aarón Chévez Luna", "Belkis Aráuz Paz"] {
        assert_eq!(kinds_of(&x, name), ["detention"], "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_three_siblings_with_one_given_name_each_share_the_surname() {
    let x = crate::run(
        "Los hermanos Ana, Rosa y Pedro Guzmán Ocón fueron detenidos el 2 de diciembre de 2025 en Masaya.",
        "2026-01-17",
    );
    for name in ["Ana Guzmán Ocón", "Rosa Guzmán Ocón", "Pedro Guzmán Ocón"] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2025-12-02",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_participle_after_a_semicolon_lists_last_member_is_that_members() {
    let x = crate::run(
        "Still held at Rodeo I are trade unionist Mauricio Lander Paz; the sisters Beatriz and Clara Sotillo; and pastor Damián Urdaneta Gil, arrested in 2024.",
        "2026-01-17",
    );
    assert!(
        kinds_of(&x, "Damián Urdaneta Gil").contains(&"arrest"),
        "{x:#?}"
    );
    assert!(!kinds_of(&x, "Clara Sotillo").contains(&"arrest"), "{x:#?}");
    // (A plural after one member is the whole list's.)
    let x = crate::run(
        "También fueron liberados el lunes los activistas Wilfredo Orozco Paz; Nancy Villalba de Orozco; y Jairo Mora Gil, arrestados el 30 de mayo durante una vigilia.",
        "2026-06-10",
    );
    assert_eq!(
        crate::date_of(&x, "Wilfredo Orozco Paz", "arrest"),
        "2026-05-30",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_one_word_heading_in_capitals_is_not_the_last_persons() {
    let x = crate::run(
        "El estudiante Abel Cordero Paz salió de Tocuyito el viernes.\n\nDESAPARECIDO\n\nDe Camilo Fariña Gil, detenido el 2 de enero, no se sabe nada.",
        "2026-01-17",
    );
    assert_eq!(kinds_of(&x, "Abel Cordero Paz"), ["release"], "{x:#?}");
}

#[test]
fn issue_13_a_plural_clitic_is_the_one_the_text_is_on_and_the_last_told_of() {
    let x = crate::run(
        "2 ago. 2024 — Funcionarios del SEBIN detienen a Rendón Paz en una panadería de Guanare. Junto a él es aprehendido su camarógrafo, Yonathan Mejía Luna.\n\n05/08/2024 — Audiencia de presentación por vía telemática. La Fiscalía les imputa terrorismo e incitación al odio.",
        "2025-08-05",
    );
    for name in ["Rendón Paz", "Yonathan Mejía Luna"] {
        assert_eq!(
            crate::date_of(&x, name, "charge"),
            "2024-08-05",
            "{name}: {x:#?}"
        );
    }
}
