//! issue 13, tenth round: a list of one name a line whose lines print where the person was held
//! ("Crisanto Hevia (Rodeo I)"); titles that are names too ("Leonardo Coronel", "Pastor
//! Ojeda"); a describer after a comma that belongs to the next name of a list, not the one
//! before it; a pardon frees. Invented names and sentences only.

use crate::{kinds_of, person, run};

#[test]
fn issue_13_name_lines_with_the_prison_in_brackets_are_a_list_from_the_first() {
    let x = run(
        "Foro Penal informó que fueron excarcelados el domingo los presos políticos que siguen. La organización dijo que la lista estaba completa.\n\nCrisanto Hevia (Rodeo I)\nLigia Escobar Semprún\nPastor Guédez\nOswaldo Tineo Quintero\nDilan Gerardo Pirela Tapia (Rodeo I)\nLeonardo Coronel\nBenito Sosa\n\nFuente: Foro Penal.",
        "2025-12-29",
    );
    for name in [
        "Crisanto Hevia",
        "Ligia Escobar Semprún",
        "Pastor Guédez",
        "Oswaldo Tineo Quintero",
        "Dilan Gerardo Pirela Tapia",
        "Leonardo Coronel",
        "Benito Sosa",
    ] {
        assert_eq!(kinds_of(&x, name), ["release"], "{name}");
    }
}

#[test]
fn issue_13_relatives_signing_with_their_relation_in_brackets_are_no_list() {
    let x = run(
        "Statement from the family of Daniel Esteban Ferrer Wilkinson\n\nDaniel was arrested on March 3 in Caracas and is still held at El Helicoide. We ask for his release.\n\nRebecca Ferrer (wife)\nMargaret Wilkinson (mother)\nTomás Ferrer Wilkinson (brother)",
        "2026-04-10",
    );
    for name in [
        "Rebecca Ferrer",
        "Margaret Wilkinson",
        "Tomás Ferrer Wilkinson",
    ] {
        assert!(person(&x, name).is_none(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_describer_after_a_comma_is_the_next_names() {
    let x = run(
        "Foro Penal confirmó que fueron excarcelados el viernes Ana Pérez Mora, el pastor Luis Guédez, Dilan Leañez y Crisanto Hevia.",
        "2026-01-10",
    );
    let roles = |name: &str| {
        person(&x, name)
            .map(|p| p.roles.clone())
            .unwrap_or_default()
    };
    assert_eq!(roles("Luis Guédez"), ["religious"]);
    for name in ["Ana Pérez Mora", "Dilan Leañez", "Crisanto Hevia"] {
        assert!(roles(name).is_empty(), "{name}: {:?}", roles(name));
    }
    // The same when the title is a name's first word in a list after a colon.
    let x = run(
        "Foro Penal informó que fueron excarcelados el viernes 4 presos políticos. La lista: Ana Pérez Mora, Pastor Ojeda, Dilan Leañez y Crisanto Hevia.",
        "2026-01-10",
    );
    assert_eq!(kinds_of(&x, "Pastor Ojeda"), ["release"]);
    assert!(roles("Ana Pérez Mora").is_empty());
}

#[test]
fn issue_13_the_pardoned_are_freed_and_those_pushed_across_the_border_expelled() {
    let x = run(
        "Nine Belarusian political prisoners were pardoned on Tuesday, the rights group said. Among them were journalist Ales Vornik and pensioner Halina Zhurava.",
        "2026-07-16",
    );
    assert_eq!(kinds_of(&x, "Ales Vornik"), ["release"]);
    assert_eq!(kinds_of(&x, "Halina Zhurava"), ["release"]);
    let x = run(
        "Ales Vornik and Halina Zhurava were taken across the border to Lithuania on Tuesday.",
        "2026-07-16",
    );
    assert_eq!(kinds_of(&x, "Ales Vornik"), ["expulsion"]);
}

#[test]
fn issue_13_a_bracketed_outcome_is_its_names_and_an_excepted_one_is_nobodys() {
    let x = run(
        "Foro Penal verificó la excarcelación de 28 presos políticos el martes 14 de abril. Todos quedaron sometidos a régimen de presentación cada 30 días, salvo uno que pasó a arresto domiciliario.\n\nLa lista, por estado:\n\nDistrito Capital (Rodeo I): Ángel David Ramos Tineo; Yorbis José Padrón; José Antonio Sanoja (con arresto domiciliario); Pedro Pablo Rengifo y Wuilmer Enrique Díaz.\n\nCarabobo (Tocuyito): Darwin Alexander Sequera; Nohely Carolina Tovar y Rafael Antonio Córdova.",
        "2026-04-15",
    );
    assert_eq!(kinds_of(&x, "José Antonio Sanoja"), ["house_arrest"]);
    for name in [
        "Ángel David Ramos Tineo",
        "Wuilmer Enrique Díaz",
        "Darwin Alexander Sequera",
        "Rafael Antonio Córdova",
    ] {
        assert_eq!(kinds_of(&x, name), ["conditional_release"], "{name}");
    }
}

#[test]
fn issue_13_released_or_moved_to_house_arrest_is_a_house_arrest() {
    let x = run(
        "Foro Penal confirmed the release of 14 political prisoners on Tuesday.\n\nReleased to house arrest: Zaida Lorena Fermín Barrios, Deivis Lozada and Andrés Paredes.\nMoved to house arrest: Genaro Loyo Medina and retired colonel Evelio Camacaro.",
        "2026-01-14",
    );
    for name in [
        "Zaida Lorena Fermín Barrios",
        "Deivis Lozada",
        "Andrés Paredes",
        "Genaro Loyo Medina",
        "Evelio Camacaro",
    ] {
        assert_eq!(kinds_of(&x, name), ["house_arrest"], "{name}");
    }
}

#[test]
fn issue_13_los_tres_in_an_item_are_the_items_three_names() {
    let x = run(
        "La situación de nuestros afiliados esta mañana es la siguiente:\n\nCon régimen de presentación cada 30 días (excarcelados esta madrugada):\nProf. Xiomara Coromoto Ledezma; Prof. Ángel Gabriel Rivas Olivares.\n\nPrivados de libertad, imputados por \"instigación al odio\":\nProf. ELÍAS JOSUÉ PANTOJA, secretario de reclamos de la FUTE Distrito Capital; Prof. MARISELA GONZÁLEZ DE TORO; y el Prof. JOSÉ ANTONIO BRAVO URDANETA. Los tres fueron trasladados esta mañana al Centro de Reclusión Zona 7 de Boleíta.",
        "2026-10-01",
    );
    for name in ["MARISELA GONZÁLEZ DE TORO", "JOSÉ ANTONIO BRAVO URDANETA"] {
        assert!(kinds_of(&x, name).contains(&"transfer"), "{name}: {x:#?}");
    }
    for name in ["Xiomara Coromoto Ledezma", "Ángel Gabriel Rivas Olivares"] {
        assert!(!kinds_of(&x, name).contains(&"transfer"), "{name}");
    }
    // "de la FUTE Distrito Capital" is a body, no one's name.
    assert!(person(&x, "FUTE Distrito Capital").is_none());
}

#[test]
fn issue_13_a_list_under_a_move_of_those_held_somewhere_is_of_the_move() {
    let x = run(
        "Nueve presos políticos que permanecían en la sede del Sebin en El Helicoide fueron trasladados la madrugada de este miércoles a distintos centros penitenciarios del país.\n\nLa lista difundida por el comité es la siguiente:\n\n1. JOSÉ GREGORIO MARCANO LEAL (32 años) – Tocorón\n2. YONATHAN ELÍAS RIVERO (27 años) – Tocuyito",
        "2026-02-19",
    );
    for name in ["JOSÉ GREGORIO MARCANO LEAL", "YONATHAN ELÍAS RIVERO"] {
        assert!(kinds_of(&x, name).contains(&"transfer"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_an_item_that_denies_its_persons_arrest_takes_nothing_of_the_lists() {
    let x = run(
        "Police detained six students at the vigil last night. Names so far:\n\n- Ana Ruiz Tello\n- Pedro Quintana Ruiz\n- Correction to my earlier post: student federation president Camila Andreína Sosa was NOT detained.",
        "2026-03-10",
    );
    assert!(person(&x, "Camila Andreína Sosa").is_none(), "{x:#?}");
    assert_eq!(kinds_of(&x, "Ana Ruiz Tello"), ["arrest", "detention"]);
}
