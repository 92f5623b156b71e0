//! issue 13, twenty-third round: what words say of one person or a group — a participle that
//! describes people told of in an announcement. Invented names only.

use crate::kinds_of;

#[test]
fn issue_13_people_described_as_freed_in_an_announcement_were_freed() {
    let x = crate::run(
        "El tribunal anunció ayer que las 12 personas excarceladas el martes y trasladadas a Guatemala en un vuelo fletado pierden la nacionalidad.\n\nLa lista de desterrados incluye:\n\n· PERALTA NÚÑEZ, Abelardo José. Campesino, preso desde 2023.\n· ZAMORA CUADRA, Irma Lucía. Maestra.",
        "2025-10-10",
    );
    for name in ["PERALTA NÚÑEZ, Abelardo José", "ZAMORA CUADRA, Irma Lucía"] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"release"), "{name}: {x:#?}");
        assert!(kinds.contains(&"exile"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_cuban_measures_named_by_their_nouns() {
    let x = crate::run(
        "La activista Yanelis Ortega Brito cumple prisión domiciliaria desde el 14 de noviembre. La presa política Maritza Céspedes Llanes recibió una licencia extrapenal el 3 de noviembre.",
        "2025-12-10",
    );
    assert_eq!(
        crate::date_of(&x, "Yanelis Ortega Brito", "house_arrest"),
        "2025-11-14",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Maritza Céspedes Llanes", "conditional_release"),
        "2025-11-03",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_release_under_a_licencia_extrapenal_is_one_release() {
    let x = crate::run(
        "Havana activist Reinaldo Puentes Gil was released on February 16 under a \"licencia extrapenal\", a revocable prison leave.",
        "2026-02-20",
    );
    let kinds = kinds_of(&x, "Reinaldo Puentes Gil");
    assert_eq!(kinds.len(), 1, "{x:#?}");
}

#[test]
fn issue_13_deported_from_where_they_were_taken() {
    let x = crate::run(
        "Los ecuatorianos Wilson Andrés Quishpe y Fausto Mera Loor fueron excarcelados el sábado de la sede de la DGCIM y llevados directamente al aeropuerto internacional Simón Bolívar de Maiquetía, desde donde fueron expulsados en un vuelo comercial a Panamá.",
        "2025-12-22",
    );
    for name in ["Wilson Andrés Quishpe", "Fausto Mera Loor"] {
        assert_eq!(
            crate::date_of(&x, name, "expulsion"),
            "2025-12-20",
            "{x:#?}"
        );
    }
}

#[test]
fn issue_13_held_as_of_the_day_the_sentence_gives() {
    let x = crate::run(
        "Según el registro de la ONG, al 14 de enero seguían detenidos al menos 9 extranjeros, entre ellos el colombiano Andrés Felipe Ruiz Ossa, preso en Rodeo I.",
        "2026-01-15",
    );
    assert_eq!(
        crate::date_of(&x, "Andrés Felipe Ruiz Ossa", "detention"),
        "2026-01-14",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_release_sought_is_no_release() {
    let x = crate::run(
        "La cooperante italiana Giulia Ferrante Bassi está detenida desde noviembre de 2025 en El Helicoide.\n\n1. ¿Qué gestiones ha realizado la Comisión, junto con el Servicio Europeo de Acción Exterior, para obtener la liberación de Giulia Ferrante Bassi?",
        "2026-02-18",
    );
    let kinds = kinds_of(&x, "Giulia Ferrante Bassi");
    assert!(!kinds.contains(&"release"), "{x:#?}");
    assert!(kinds.contains(&"detention"), "{x:#?}");
}

#[test]
fn issue_13_a_claimed_release_the_next_sentence_calls_false() {
    let x = crate::run(
        "Rumour check: posts on X claim student leader Jesús Amado Torrealba was freed. His lawyer, Octavio Brizuela, tells us that is false: \"He is still in Rodeo I.\"",
        "2025-11-20",
    );
    let kinds = kinds_of(&x, "Jesús Amado Torrealba");
    assert!(!kinds.contains(&"release"), "{x:#?}");
}

#[test]
fn issue_13_a_measure_given_to_a_clitic_is_the_one_just_told_of() {
    let x = crate::run(
        "Sí, mi hijo, Yoandri Fuentes Castellón, salió ayer de la prisión de Guamajal. Le dieron libertad condicional: tiene que presentarse en la estación de policía cada quince días.",
        "2026-02-10",
    );
    let kinds = kinds_of(&x, "Yoandri Fuentes Castellón");
    assert!(kinds.contains(&"conditional_release"), "{x:#?}");
    assert!(!kinds.contains(&"release"), "{x:#?}");
}

#[test]
fn issue_13_a_release_appealed_for_is_no_release() {
    let x = crate::run(
        "The bishop's sister, Marta Elena Ruiz, who lives in Miami, appeals publicly for his release.\n\nHis mother, Rosa Ruiz, appealed for the release of her son, Tomás Ruiz Lara, who is held at La Modelo.",
        "2025-04-25",
    );
    assert!(crate::person(&x, "Marta Elena Ruiz").is_none(), "{x:#?}");
    assert_eq!(kinds_of(&x, "Tomás Ruiz Lara"), vec!["detention"], "{x:#?}");
}
