//! issue 13, twenty-first round: what a list inherits and what a sentence's verbs of leaving say —
//! the purpose of what befell one person is not the group's news, and "sent home" is no move
//! between prisons. Invented names only.

use crate::{kinds_of, person};

fn run(text: &str) -> amparo_extract::Extraction {
    crate::run(text, "2026-06-22")
}

#[test]
fn issue_13_a_list_after_one_persons_move_inherits_the_groups_release() {
    let x = run(
        "El Gobierno excarceló este domingo a nueve presos políticos y los subió a un avión con destino a Guatemala. El costarricense es el pastor Arnoldo Bermúdez Rojas, detenido desde marzo de 2025, a quien las autoridades entregaron a su embajada para ser trasladado a San José.\n\nDel grupo de nicaragüenses, el medio pudo confirmar estos nombres:\n\nEstudiantes: Yeris Antonio Calderón y Maritza Obando Ruiz.\nPeriodistas: Julio César Ampié, de una radio de Estelí.",
    );
    for name in [
        "Yeris Antonio Calderón",
        "Maritza Obando Ruiz",
        "Julio César Ampié",
    ] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"release"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"transfer"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_sent_home_under_house_arrest_is_no_transfer() {
    let x = run(
        "Dos presos políticos detenidos juntos en Masaya, Rosendo Picado y Olga Marina Téllez, fueron enviados a sus casas bajo el régimen de convivencia familiar, una forma de casa por cárcel.",
    );
    for name in ["Rosendo Picado", "Olga Marina Téllez"] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"house_arrest"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"transfer"), "{name}: {x:#?}");
    }
    // (Sent to a prison is still a move.)
    let x = run("El dirigente Anselmo Jarquín fue enviado a La Modelo el lunes.");
    assert!(person(&x, "Anselmo Jarquín").is_some(), "{x:#?}");
    assert!(
        kinds_of(&x, "Anselmo Jarquín").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_line_freed_in_full_keeps_no_conditions_of_the_next_line() {
    let x = crate::run(
        "Nueve personas detenidas por razones políticas salieron la tarde del sábado del penal de Tocuyito. Los familiares se concentraron desde el mediodía frente al penal, a la espera de las boletas.\n\nLa lista:\nEn libertad plena: Ramón Alcalá Duque; Nereida Pinto Suárez; Wilfredo Arcila.\nCon régimen de presentación cada 30 días: Tulio Ibarra Quintana, y los hermanos Mijares, Yoel y Yandry.\n\nLa coordinadora de la red explicó que los tres primeros quedaron sin ninguna medida.",
        "2026-11-16",
    );
    for name in [
        "Ramón Alcalá Duque",
        "Nereida Pinto Suárez",
        "Wilfredo Arcila",
    ] {
        assert_eq!(kinds_of(&x, name), vec!["release"], "{name}: {x:#?}");
        // (The day they walked out, not the relatives' wait.)
        assert_eq!(crate::date_of(&x, name, "release"), "2026-11-14", "{name}");
    }
}

#[test]
fn issue_13_a_list_after_an_aside_about_some_of_the_group_is_the_release() {
    let x = crate::run(
        "Catorce personas detenidas por motivos políticos fueron excarceladas la noche del domingo desde el INOF y el Rodeo I. La organización precisó que cuatro de ellos deberán presentarse ante los tribunales y que otros tres pasaron a arresto domiciliario.\n\nEstos son sus nombres:\n\nMujeres: Yaritza Coromoto Belisario y Nelly Arraiz Pino.\nHombres: Aquiles Ramón Tineo; Wuilian José Parra.",
        "2026-01-12",
    );
    for name in [
        "Yaritza Coromoto Belisario",
        "Nelly Arraiz Pino",
        "Aquiles Ramón Tineo",
        "Wuilian José Parra",
    ] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"release"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"house_arrest"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_table_after_a_months_count_is_of_those_held() {
    let x = crate::run(
        "As of October 31, 2026, we count 61 women held for political reasons in Venezuela, down from 66 on September 30. Five were released or moved to house arrest during October, and no new arrests of women were recorded. The table below lists cases whose families authorised publication.\n\nName | ID | Date of arrest | Facility\nOriana Beatriz Salcedo | V-18.111.222 | 14/09/2024 | INOF\nMaira Celeste Villarroel | V-21.333.444 | 03/01/2025 | El Helicoide",
        "2026-11-10",
    );
    for name in ["Oriana Beatriz Salcedo", "Maira Celeste Villarroel"] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"detention"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"house_arrest"), "{name}: {x:#?}");
        // (As of the count's day, not the earlier figure's.)
        assert_eq!(
            crate::date_of(&x, name, "detention"),
            "2026-10-31",
            "{name}"
        );
    }
}

#[test]
fn issue_13_a_rule_line_does_not_part_a_group_arrest_from_its_docket() {
    let x = crate::run(
        "Tras una audiencia que se extendió hasta la madrugada, un tribunal ordenó mantener presos a dos de los tres adultos aprehendidos el sábado 15 de agosto en Valencia. Reproducimos el extracto del acta.\n\n---\nCAUSA N.º 2C-1189-26\nTribunal Segundo de Control con Competencia en Casos de Terrorismo\nFecha de la audiencia: 19/08/2026\n\nIMPUTADOS Y DECISIÓN:\n1) BRICEÑO TAPIA, ARMANDO JOSÉ – Delitos: conspiración.\n2) LUGO, MARBELIS DEL CARMEN – Delito: instigación al odio.\n\n---",
        "2026-08-20",
    );
    for name in ["BRICEÑO TAPIA, ARMANDO JOSÉ", "LUGO, MARBELIS DEL CARMEN"] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
        assert_eq!(crate::date_of(&x, name, "arrest"), "2026-08-15", "{name}");
    }
}

#[test]
fn issue_13_a_name_heading_may_carry_a_nickname_in_quotes() {
    let x = crate::run(
        "Estas son sus historias.\n\nLUCÍA MARGARITA VALERO\nAbogada de 44 años. Fue detenida el 2 de julio de 2025 en Maiquetía. Salió el sábado de El Helicoide con régimen de presentación cada 15 días.\n\nEUSEBIO ANDRADE, \"EL PROFE\"\nDocente jubilado de 67 años, detenido en diciembre de 2024 tras una protesta. Fue enviado el domingo a su casa bajo arresto domiciliario.\n\nMARIELA SOTO GIL\nEstudiante de 21 años, detenida en agosto de 2024. Salió del INOF el sábado en libertad plena.",
        "2026-03-16",
    );
    assert!(
        kinds_of(&x, "EUSEBIO ANDRADE").contains(&"house_arrest"),
        "{x:#?}"
    );
    assert!(
        !kinds_of(&x, "MARIELA SOTO GIL").contains(&"house_arrest"),
        "{x:#?}"
    );
}
