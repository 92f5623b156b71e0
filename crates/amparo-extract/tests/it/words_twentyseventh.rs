//! issue 13, twenty-seventh round: what a bulletin's blocks and a move's words say — a paragraph
//! of names under a heading, a move home that is the house arrest. Invented names only.

use crate::{date_of, kinds_of};

#[test]
fn issue_13_names_set_off_by_semicolons_under_a_heading_are_its_list() {
    let x = crate::run(
        "BOLETÍN SEMANAL\n\nSIGUEN DETENIDOS (casos que seguimos de cerca)\nRamiro Ecarri Vale, dirigente vecinal, en el Rodeo I desde el 12/01/2025; Celeste Amaro Quintana, defensora de derechos humanos, en el INOF desde el 30/06/2025; y el estudiante Yorman Ibarra Lucena, en la Zona 7 de Boleíta desde marzo de 2026.\n\nNOTA METODOLÓGICA\nContamos a toda persona privada de libertad por motivos políticos.",
        "2026-10-30",
    );
    for name in [
        "Ramiro Ecarri Vale",
        "Celeste Amaro Quintana",
        "Yorman Ibarra Lucena",
    ] {
        assert!(kinds_of(&x, name).contains(&"detention"), "{name}: {x:#?}");
    }
    assert_eq!(
        date_of(&x, "Celeste Amaro Quintana", "arrest"),
        "2025-06-30"
    );
}

#[test]
fn issue_13_one_name_under_a_heading_is_no_list_of_it() {
    // A paragraph that opens with one name, no semicolons: the heading's people are not told.
    let x = crate::run(
        "NUEVAS DETENCIONES\nHilda Perozo Mena, directora del observatorio, denunció que las cifras siguen creciendo en todo el país.",
        "2026-10-30",
    );
    assert!(crate::person(&x, "Hilda Perozo Mena").is_none(), "{x:#?}");
}

#[test]
fn issue_13_moved_home_is_the_house_arrest() {
    let x = crate::run(
        "El dirigente sindical Wilmer Rangel Colmenares fue trasladado el martes desde la sede del SEBIN en Maracaibo a su vivienda en Cabimas, donde cumplirá la medida bajo custodia policial.",
        "2026-03-12",
    );
    let kinds = kinds_of(&x, "Wilmer Rangel Colmenares");
    assert!(kinds.contains(&"house_arrest"), "{x:#?}");
    assert!(!kinds.contains(&"transfer"), "{x:#?}");
    assert_eq!(
        date_of(&x, "Wilmer Rangel Colmenares", "house_arrest"),
        "2026-03-10"
    );
}

#[test]
fn issue_13_moved_to_another_prison_is_a_move() {
    let x = crate::run(
        "La periodista Nelly Cardozo Ibáñez fue trasladada el martes desde el INOF a El Helicoide, según su abogado.",
        "2026-03-12",
    );
    assert!(
        kinds_of(&x, "Nelly Cardozo Ibáñez").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_clitic_in_a_timeline_entry_is_the_one_it_follows() {
    let x = crate::run(
        "CRONOLOGÍA\n\nAnselmo Ramón Quiroz Lander, de 47 años, dirigía en Lara una red de apoyo a familias de presos. Esta es la secuencia de su caso.\n\n12 de diciembre de 2024\nFuncionarios del SEBIN lo detienen en el aeropuerto de Barquisimeto cuando iba a abordar un vuelo.\n\nMarzo de 2025\nEs trasladado a Rodeo I.",
        "2026-08-03",
    );
    assert_eq!(
        date_of(&x, "Anselmo Ramón Quiroz Lander", "arrest"),
        "2024-12-12"
    );
    assert_eq!(
        date_of(&x, "Anselmo Ramón Quiroz Lander", "transfer"),
        "2025-03"
    );
}

#[test]
fn issue_13_charges_called_fabricated_do_not_make_the_release_a_demand() {
    let x = crate::run(
        "American schoolteacher Dwight Connell Barrow, jailed in 2023 on drug charges that Washington calls fabricated, was released on Monday and flown to the US.",
        "2025-11-28",
    );
    let kinds = kinds_of(&x, "Dwight Connell Barrow");
    assert!(kinds.contains(&"release"), "{x:#?}");
    assert_eq!(
        date_of(&x, "Dwight Connell Barrow", "release"),
        "2025-11-24"
    );
}

#[test]
fn issue_13_handed_over_across_a_barrier_is_sent_out() {
    let x = crate::run(
        "También salió el ciudadano polaco Witold Zaremba Kowal, detenido en 2023 en Grodno, que fue entregado a los diplomáticos de su país al otro lado de la barrera.",
        "2025-09-16",
    );
    assert!(
        kinds_of(&x, "Witold Zaremba Kowal").contains(&"expulsion"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_name_after_a_town_with_its_article_is_a_person() {
    let x = crate::run(
        "19:05 | CONFIRMADO: el exalcalde de El Hatillo Rigoberto Salcedo Noguera salió de El Helicoide a las 6:40 p. m. Su esposa lo recibió en la avenida Victoria.",
        "2026-01-10",
    );
    assert!(
        kinds_of(&x, "Rigoberto Salcedo Noguera").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_put_on_a_plane_by_an_object_pronoun_is_the_one_told_of() {
    let x = crate::run(
        "Father Anselmo Ruiz Cárcamo, from Estelí, was arrested on Christmas Eve after a homily. In April they took him out of the Jorge Navarro prison and put him on a plane to Rome.",
        "2026-05-21",
    );
    assert!(
        kinds_of(&x, "Anselmo Ruiz Cárcamo")
            .iter()
            .any(|k| matches!(*k, "exile" | "expulsion")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_items_own_measure_after_its_dash_is_its_event() {
    let x = crate::run(
        "Tribunal dicta privativa a tres de los detenidos por la protesta del domingo. El abogado entregó la lista de los detenidos con la medida que recibió cada uno:\n\n1. MENDIETA ARRIAGA, LUIS ALFONSO — PRIVATIVA DE LIBERTAD\n2. RONDÓN CAMACHO, MARÍA AUXILIADORA — RÉGIMEN DE PRESENTACIÓN\n3. PIÑERO MATUTE, ROSAURA — RÉGIMEN DE PRESENTACIÓN",
        "2025-10-03",
    );
    for name in [
        "RONDÓN CAMACHO, MARÍA AUXILIADORA",
        "PIÑERO MATUTE, ROSAURA",
    ] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"conditional_release"), "{name}: {x:#?}");
        assert!(!kinds.contains(&"detention"), "{name}: {x:#?}");
    }
    assert!(
        kinds_of(&x, "MENDIETA ARRIAGA, LUIS ALFONSO").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_release_told_free_is_free_of_the_lists_conditions() {
    let x = crate::run(
        "EXCARCELACIONES DE LA SEMANA\n(Todas con régimen de presentación ante tribunales, salvo que se indique otra cosa.)\n\nLara: Elías Josué Crespón; Darwin Antonio Yépez Lugo.\nZulia: Alirio José Sembrano — libertad plena, sin medidas, tras el sobreseimiento de su causa el 24/10.",
        "2026-10-30",
    );
    assert!(
        kinds_of(&x, "Alirio José Sembrano").contains(&"release"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Darwin Antonio Yépez Lugo").contains(&"conditional_release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_surname_after_the_word_one_was_introduced_with_is_theirs() {
    let x = crate::run(
        "Nueve de ellos fueron presentados el miércoles ante la jueza Dalia Ocanto, que les imputó instigación pública.\n\n1. COLINA OCANTO, MARÍA AUXILIADORA — RÉGIMEN DE PRESENTACIÓN\n2. RIERA CAMACHO, OSWALDO JOSÉ — RÉGIMEN DE PRESENTACIÓN\n\nLa jueza Ocanto no es pariente de María Auxiliadora Colina Ocanto, aclaró el abogado.",
        "2025-10-03",
    );
    assert!(
        kinds_of(&x, "COLINA OCANTO, MARÍA AUXILIADORA").contains(&"conditional_release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_first_name_heading_under_a_colon_heads_its_paragraph() {
    let x = crate::run(
        "El régimen excarceló en la madrugada del miércoles a 18 presos políticos y los subió a un avión con destino a Ciudad de Guatemala.\n\nEste medio pudo confirmar la identidad de dos de los excarcelados:\n\nMARVIN ANTONIO OBREGÓN LACAYO\nPastor evangélico de Masaya, estaba preso desde el 12 de mayo de 2024. Su hija, Keyla Obregón, dijo que su padre la llamó desde Guatemala.\n\nFÁTIMA DEL SOCORRO ZELAYA\nLíder campesina de Nueva Guinea, detenida en septiembre de 2024 y recluida en el penal La Esperanza.",
        "2025-11-20",
    );
    for name in ["MARVIN ANTONIO OBREGÓN LACAYO", "FÁTIMA DEL SOCORRO ZELAYA"] {
        assert!(kinds_of(&x, name).contains(&"release"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_remains_inside_after_a_prison_is_held() {
    let x = crate::run(
        "Outside the Rodeo I prison east of Caracas, Luisa Amelia Cordero waited with a thermos of coffee. Her son, Daniel Cordero Pinto, a 26-year-old motorcycle courier, remains inside.",
        "2026-01-10",
    );
    assert!(
        kinds_of(&x, "Daniel Cordero Pinto").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_clause_after_a_semicolon_goes_on_with_the_one_named() {
    let x = crate::run(
        "Es lo que obtuvo el ingeniero Rubén Castañeda Parra, cuyo juez dictó el sobreseimiento de su causa el lunes; salió de Rodeo I esa misma tarde.",
        "2026-01-10",
    );
    assert!(
        kinds_of(&x, "Rubén Castañeda Parra").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_partner_named_after_a_trade_shares_the_plural_verb() {
    let x = crate::run(
        "Polish citizen Tomasz Wróbel Nowak, held since March 2024 on espionage charges, and Lithuanian truck driver Rimantas Kazlas Petras were handed over to their countries' officials at the Medininkai crossing.",
        "2025-09-12",
    );
    assert!(
        kinds_of(&x, "Tomasz Wróbel Nowak").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_singular_relative_clause_after_a_list_is_the_last_ones() {
    let x = crate::run(
        "Also freed were student leader Yeferson Morales Lugo and retired army general Hugo Landino Ruiz, 74, who will serve the rest of his sentence under house arrest.",
        "2025-11-20",
    );
    let first = kinds_of(&x, "Yeferson Morales Lugo");
    assert!(first.contains(&"release"), "{x:#?}");
    assert!(!first.contains(&"house_arrest"), "{x:#?}");
    assert!(
        kinds_of(&x, "Hugo Landino Ruiz").contains(&"house_arrest"),
        "{x:#?}"
    );
}
