//! issue 13, twenty-second round: what a list inherits from its lead, and the names a list
//! line holds. Invented names only.

use crate::{kinds_of, person};

fn run(text: &str) -> amparo_extract::Extraction {
    crate::run(text, "2025-09-05")
}

#[test]
fn issue_13_freed_and_sent_to_a_country_abroad_is_an_exile_the_list_inherits() {
    let x = run(
        "Nicaragua excarceló y envió a Guatemala a doce presos políticos este jueves, confirmó la Cancillería guatemalteca.\n\nLa lista: el obispo Eusebio Marenco Díaz; la abogada Yelba Corrales Vado; y el exdiputado Amílcar Ruiz Estrada, entre otros.",
    );
    for name in [
        "Eusebio Marenco Díaz",
        "Yelba Corrales Vado",
        "Amílcar Ruiz Estrada",
    ] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"release"), "{name}: {x:#?}");
        assert!(kinds.contains(&"exile"), "{name}: {x:#?}");
    }
    // (Sent to a prison is no leaving: "y lo envió a La Modelo".)
    let x = run("La Policía excarceló a Eusebio Marenco Díaz y lo envió a la cárcel La Modelo.");
    assert!(
        !kinds_of(&x, "Eusebio Marenco Díaz").contains(&"exile"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_siblings_with_compound_given_names_are_both_in_the_list() {
    let x = run(
        "Nicaragua excarceló a nueve presos políticos este jueves. La lista: la abogada Yelba Corrales Vado; los hermanos campesinos Juan Pablo y José Ramón Urcuyo; y el estudiante Isaías Mendieta Rocha.",
    );
    for name in [
        "Yelba Corrales Vado",
        "Juan Pablo Urcuyo",
        "José Ramón Urcuyo",
        "Isaías Mendieta Rocha",
    ] {
        assert!(person(&x, name).is_some(), "{name}: {x:#?}");
        assert!(kinds_of(&x, name).contains(&"release"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_list_a_body_made_names_members_of_the_group() {
    let x = crate::run(
        "Un grupo de 22 presos políticos llegó la noche de este jueves a Guatemala. Entre los desterrados figuran la exdiputada Martha Elena Urroz y el periodista Tobías Rizo Lanza.\n\nLa lista difundida por la Mesa de Reconocimiento de Presos Políticos incluye además a Ulises Blandón Mairena, Rebeca del Socorro Tinoco y Jacinto Amador Pérez.",
        "2025-11-21",
    );
    for name in [
        "Ulises Blandón Mairena",
        "Rebeca del Socorro Tinoco",
        "Jacinto Amador Pérez",
    ] {
        assert!(person(&x, name).is_some(), "{name}: {x:#?}");
        assert!(kinds_of(&x, name).contains(&"exile"), "{name}: {x:#?}");
    }
    // (The members of a body that acts are still none of the group.)
    let x = crate::run(
        "Nicaragua excarceló a doce presos políticos este jueves. La comisión que los recibió incluye además a Ulises Blandón Mairena, Rebeca del Socorro Tinoco y Jacinto Amador Pérez.",
        "2025-11-21",
    );
    assert!(person(&x, "Jacinto Amador Pérez").is_none(), "{x:#?}");
}

#[test]
fn issue_13_relatives_waiting_for_the_detainees_after_a_release_tell_no_custody() {
    let x = crate::run(
        "Doce presos políticos fueron excarcelados en la madrugada de este domingo 11 de enero desde distintos centros de reclusión, confirmó la Coalición.\n\nNinguna autoridad anunció las excarcelaciones. Los familiares recibieron llamadas durante la noche del sábado y esperaron a los detenidos en las puertas del Centro Penitenciario Rodeo I.\n\nEstos son sus nombres:\n\nCon régimen de presentación cada 30 días: Anselmo Quero Gil, Dilia Sarmiento Ochoa y Eleazar Pinto Rubio.",
        "2026-01-12",
    );
    for name in [
        "Anselmo Quero Gil",
        "Dilia Sarmiento Ochoa",
        "Eleazar Pinto Rubio",
    ] {
        assert_eq!(
            kinds_of(&x, name),
            vec!["conditional_release"],
            "{name}: {x:#?}"
        );
        assert_eq!(
            crate::date_of(&x, name, "conditional_release"),
            "2026-01-11",
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_members_of_a_house_arrest_told_in_their_own_paragraph_inherit_it() {
    let x = crate::run(
        "Nicaragua's government released 13 political prisoners this week, sending two of them abroad and the rest home under house arrest. Here is what we know.\n\nWho was released?\n\nOn Tuesday, the government moved 11 people from prison to house arrest, a regime officials call \"family coexistence.\" They must stay at home and may receive visits only from close relatives. Among them are Miskitu leader Orvin Duarte Lacayo, Catholic priest Amancio Rizo Téllez and retired professor Genaro Ubau Mairena.",
        "2026-02-26",
    );
    for name in [
        "Orvin Duarte Lacayo",
        "Amancio Rizo Téllez",
        "Genaro Ubau Mairena",
    ] {
        assert_eq!(kinds_of(&x, name), vec!["house_arrest"], "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_names_under_arrested_and_disappeared_inherit_both_and_the_leads_day() {
    let x = crate::run(
        "El Colectivo denuncia la detención arbitraria y posterior desaparición forzada de dos personas en Matagalpa durante la madrugada del sábado 16 de agosto.\n\nDETENIDOS Y EN PARADERO DESCONOCIDO\n\n1. EVELIO RAYO MAIRENA, 34 años, periodista del canal local.\n2. CANDELARIA ZELEDÓN RUIZ, 58 años, catequista de la parroquia.\n\nDESTERRADO\n\nEl 12 de agosto, el exconcejal Fulgencio Blandón Ruiz fue excarcelado y llevado por la fuerza hasta la frontera con Honduras. Se encuentra en Choluteca.\n\nSIGUE PRESA\n\nRecordamos que la defensora Albertina Centeno Ruiz sigue en el penal de mujeres La Esperanza.",
        "2025-08-18",
    );
    for name in ["EVELIO RAYO MAIRENA", "CANDELARIA ZELEDÓN RUIZ"] {
        assert_eq!(
            kinds_of(&x, name),
            ["arrest", "disappearance"],
            "{name}: {x:#?}"
        );
        assert_eq!(crate::date_of(&x, name, "arrest"), "2025-08-16", "{name}");
    }
    // (The heading "SIGUE PRESA" is of the name under it, not of the one told before it.)
    assert!(
        !kinds_of(&x, "Fulgencio Blandón Ruiz").contains(&"detention"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Albertina Centeno Ruiz").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_live_blogs_marker_is_no_label_of_the_list_after_it() {
    let x = crate::run(
        "21:40 – NUEVO: Excarcelan en Tocuyito a tres presos políticos. La lista, confirmada por la ONG Defensa Activa: Wilmer Aular Pinto; Yesenia Tovar Luna; y Damián Ochoa Ruiz.",
        "2026-01-09",
    );
    for name in [
        "Wilmer Aular Pinto",
        "Yesenia Tovar Luna",
        "Damián Ochoa Ruiz",
    ] {
        assert_eq!(kinds_of(&x, name), ["release"], "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_the_banished_named_by_their_people_are_freed_on_the_storys_day() {
    let x = crate::run(
        "CIUDAD DE GUATEMALA, 21 nov (ACN).– Un grupo de 27 presos políticos nicaragüenses llegó la noche de este jueves a Guatemala en un vuelo fletado.\n\nLa canciller dijo que su país los recibió por razones humanitarias.\n\nEntre los desterrados figuran el obispo Anselmo Rugama Díaz y la exdiputada Teresa Icaza Vado.",
        "2025-11-21",
    );
    for name in ["Anselmo Rugama Díaz", "Teresa Icaza Vado"] {
        assert_eq!(kinds_of(&x, name), ["exile", "release"], "{name}: {x:#?}");
        assert_eq!(crate::date_of(&x, name, "exile"), "2025-11-20", "{name}");
    }
}

#[test]
fn issue_13_a_clause_of_its_own_after_the_custody_makes_no_agents_of_the_list() {
    let x = crate::run(
        "5/8 Siguen en El Helicoide, y sus familias esperaron en vano: Yonathan Rivera Paz, Leonel Aponte Gil y la sindicalista Migdalia Farías Ruiz.",
        "2026-01-20",
    );
    for name in [
        "Yonathan Rivera Paz",
        "Leonel Aponte Gil",
        "Migdalia Farías Ruiz",
    ] {
        assert_eq!(kinds_of(&x, name), ["detention"], "{name}: {x:#?}");
    }
    // (Those who waited are still the agents.)
    let x = crate::run(
        "Nueve presos fueron excarcelados el sábado. Esperaron en la puerta del penal: el diputado Ovidio Rengel Paz y la abogada Maura Tineo Gil.",
        "2026-01-20",
    );
    assert!(person(&x, "Ovidio Rengel Paz").is_none(), "{x:#?}");
}
