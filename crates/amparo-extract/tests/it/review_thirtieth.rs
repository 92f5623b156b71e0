//! issue 13, thirtieth round: what a reviewer who never read the source found in the round's
//! rules, mended (the source before a list, a line of facts needing a line of particulars, place
//! words before a surname, beatings, boarding, prose after a table, former and common prisoners,
//! squares and museums). Invented names only.

use crate::kinds_of;

#[test]
fn issue_13_the_source_before_a_list_is_no_member_of_it() {
    let x = crate::run(
        "Según el abogado Joel Garcés, Luis Rey Mora y Omar Gil Paz fueron liberados el lunes.",
        "2025-07-01",
    );
    assert!(crate::person(&x, "Joel Garcés").is_none(), "{x:#?}");
    let p = crate::person(&x, "Luis Rey Mora").expect("Luis Rey Mora");
    assert!(!p.roles.iter().any(|r| r == "lawyer"), "{x:#?}");
}

#[test]
fn issue_13_a_short_aside_in_brackets_keeps_a_list() {
    let x = crate::run(
        "Denunciamos la detención de la periodista Génesis Alejandra Marcos (@genesismarcos_), reportera de Radio Oriente, y del camarógrafo Luis Ángel Britto.",
        "2025-02-27",
    );
    assert!(
        kinds_of(&x, "Luis Ángel Britto").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_review_a_line_of_facts_needs_a_line_of_particulars() {
    for text in [
        "Olga Zhukava, the prisoner's mother, said she had not seen him. Detained on 3 June. Held in Akrestsina.",
        "Viktor Sasnovich, 41, Brest, said the raids were terrifying. Detained on 3 June, his neighbour remains in custody.",
        "Carmen Ruiloba (left) and her son Mikhail. Detained 3 June. Released 5 June.",
    ] {
        let x = crate::run(text, "2025-07-01");
        for name in ["Olga Zhukava", "Viktor Sasnovich", "Carmen Ruiloba"] {
            assert!(crate::person(&x, name).is_none(), "{name} {x:#?}");
        }
    }
}

#[test]
fn issue_13_review_a_state_named_after_a_surname_is_no_short_form() {
    let x = crate::run(
        "El concejal Ramón Bolívar Sanz fue detenido el 3 de mayo. En el estado Bolívar fueron detenidos además el 9 de mayo los mineros Hugo Larez y Saúl Ríos.",
        "2025-07-01",
    );
    assert!(kinds_of(&x, "Saúl Ríos").contains(&"arrest"), "{x:#?}");
    assert_eq!(
        crate::date_of(&x, "Ramón Bolívar Sanz", "arrest"),
        "2025-05-03"
    );
    assert_eq!(
        crate::person(&x, "Ramón Bolívar Sanz").map(|p| p.events.len()),
        Some(2),
        "{x:#?}"
    );
}

#[test]
fn issue_13_review_beaten_boarding_and_prose_are_no_events() {
    let x = crate::run(
        "Los policías Juan Artiles y Mario Cedillo llegaron a la plaza. Los agarraron a golpes los manifestantes.",
        "2025-07-01",
    );
    assert!(crate::person(&x, "Juan Artiles").is_none(), "{x:#?}");
    let y = crate::run(
        "El dirigente Freddy Superlano Ruiz, detenido desde el 30 de julio, fue subido el lunes a un vuelo hacia Madrid junto con su esposa, Aurora Silvera.",
        "2025-07-01",
    );
    assert!(crate::person(&y, "Aurora Silvera").is_none(), "{y:#?}");
    let z = crate::run(
        "Nombre Fecha de detención Centro de reclusión Excarcelación Medida\nAna Rivero Pérez 03/08/2024 Tocuyito 05/03/2025 Presentación cada 30 días\nLa madre de Ana Rivero, Carmen Pérez 05/03/2025 la recibió en la puerta. El director, Luis Díaz 05/03/2025 firmó el acta.",
        "2025-07-01",
    );
    assert_eq!(
        kinds_of(&z, "Ana Rivero Pérez")
            .iter()
            .filter(|k| **k == "arrest")
            .count(),
        1,
        "{z:#?}"
    );
}

#[test]
fn issue_13_review_former_and_common_prisoners_are_not_held_by_the_count() {
    for (text, name) in [
        (
            "Two former political prisoners, Siarhei Tsikhanau and Alena Mazurava, said conditions had worsened.",
            "Alena Mazurava",
        ),
        (
            "Dos presos comunes, Wilmer Rojano y Kevin Ortegano, murieron en el motín.",
            "Kevin Ortegano",
        ),
        (
            "The families of two political prisoners, Yahor Minich and Dzianis Shvedau, said they had not received letters since March.",
            "Dzianis Shvedau",
        ),
    ] {
        let x = crate::run(text, "2025-07-01");
        let held = |p: &amparo_extract::Person| {
            crate::kinds(p)
                .iter()
                .any(|k| *k == "detention" || *k == "arrest")
        };
        assert!(
            crate::person(&x, name).is_none_or(|p| !held(p)),
            "{name} {x:#?}"
        );
    }
}

#[test]
fn issue_13_review_squares_and_museums_are_no_people() {
    let x = crate::run(
        "El activista Tomás Rivera fue detenido el 2 de mayo cerca de la Plaza Van der Berg y trasladado a Zona 7. The activist Jan de Bruin was arrested near the Van Gogh Museum.",
        "2025-07-01",
    );
    for place in ["Plaza Van der Berg", "Van Gogh Museum"] {
        assert!(crate::person(&x, place).is_none(), "{place} {x:#?}");
    }
}
