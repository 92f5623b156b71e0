//! issue 13, sixteenth round: the near-misses a reviewer found in the round's rules, each held to
//! the reading the rule must leave alone. Invented names and sentences only.

use crate::{date_of, person, run};

fn kinds(x: &amparo_extract::Extraction, name: &str) -> Vec<String> {
    person(x, name).map_or(Vec::new(), |p| {
        p.events
            .iter()
            .map(|e| e.kind.as_str().to_string())
            .collect()
    })
}

#[test]
fn issue_13_the_reviews_near_misses_of_the_sixteenth_rounds_days() {
    // (Counted hours past a day are no same day.)
    let x = run(
        "Anselmo Pirela Quintero was arrested on March 2 in Valencia. He was brought before a judge 72 hours later and charged with treason.",
        "2026-03-10",
    );
    assert_ne!(
        date_of(&x, "Anselmo Pirela Quintero", "charge"),
        "2026-03-02",
        "{x:#?}"
    );
    // (The same Friday dates the verb after it, not a participle before it.)
    let y = run(
        "Rosaura Bitter Lanz, detenida por la DGCIM tras las protestas de 2024, fue excarcelada el mismo viernes en que Foro Penal publicó su balance.",
        "2026-03-10",
    );
    assert_ne!(
        date_of(&y, "Rosaura Bitter Lanz", "arrest"),
        "2026-03-06",
        "{y:#?}"
    );
    // ("The last night of the 2017 protests" is no yesterday.)
    let z = run(
        "Eladio Tirado Gil was arrested on the last night of the 2017 protests in Caracas.",
        "2026-03-10",
    );
    assert_ne!(
        date_of(&z, "Eladio Tirado Gil", "arrest"),
        "2026-03-09",
        "{z:#?}"
    );
    // ("Released with her" is the day of her release, not of her arrest told before.)
    let w = run(
        "Rosaura Bitter Lanz was arrested on February 2 and freed on Monday. Her husband, Anselmo Pirela Quintero, was released with her.",
        "2026-03-10",
    );
    assert_eq!(
        date_of(&w, "Anselmo Pirela Quintero", "release"),
        "2026-03-09",
        "{w:#?}"
    );
}

#[test]
fn issue_13_the_reviews_near_misses_of_the_sixteenth_rounds_events() {
    // (A plane to another prison is a move.)
    let x = run(
        "Los presos fueron sacados de sus celdas de madrugada y subidos a un avión de la Guardia Nacional rumbo a la cárcel de Tocorón. Entre ellos estaban Anselmo Pirela Quintero y Eladio Tirado Gil.",
        "2026-03-10",
    );
    assert!(
        !kinds(&x, "Anselmo Pirela Quintero").contains(&"release".into()),
        "{x:#?}"
    );
    // (Taken from a cell to a hospital is a move.)
    let y = run(
        "Detained activist Anselmo Pirela Quintero was taken from his cell to the Military Hospital after he fainted.",
        "2026-03-10",
    );
    assert!(
        kinds(&y, "Anselmo Pirela Quintero").contains(&"transfer".into()),
        "{y:#?}"
    );
    // ("Police jailed X on Monday" is an arrest.)
    let z = run(
        "Police jailed opposition leader Anselmo Pirela Quintero on Monday in Maracay.",
        "2026-03-10",
    );
    assert!(
        kinds(&z, "Anselmo Pirela Quintero").contains(&"arrest".into()),
        "{z:#?}"
    );
    // ("Those held in El Helicoide" after a list of the freed are others.)
    let w = run(
        "Freed on Monday were Anselmo Pirela Quintero and Rosaura Bitter Lanz. Those held in El Helicoide were moved to Rodeo I on Tuesday.",
        "2026-03-10",
    );
    assert!(
        !kinds(&w, "Anselmo Pirela Quintero").contains(&"transfer".into()),
        "{w:#?}"
    );
    // (A release before a re-arrest told after it stands.)
    let v = run(
        "Anselmo Pirela Quintero was released in June 2023. In January 2025 he was arrested again by the DGCIM. Anselmo Pirela Quintero has not been released and is still in El Helicoide.",
        "2026-03-10",
    );
    assert!(
        kinds(&v, "Anselmo Pirela Quintero").contains(&"release".into()),
        "{v:#?}"
    );
    // ("Leaving detention center Zona 7" is a visitor's.)
    let u = run(
        "Lawyer Rosaura Bitter Lanz, leaving detention center Zona 7 after visiting her client, said he had been beaten.",
        "2026-03-10",
    );
    assert!(kinds(&u, "Rosaura Bitter Lanz").is_empty(), "{u:#?}");
}

#[test]
fn issue_13_the_reviews_near_misses_of_the_sixteenth_rounds_people() {
    // (Wanted or in hiding is not disappeared.)
    let x = run(
        "A judge ordered the arrest of opposition deputy Anselmo Pirela Quintero, but police have been unable to find him since he went into hiding.",
        "2026-03-10",
    );
    assert!(kinds(&x, "Anselmo Pirela Quintero").is_empty(), "{x:#?}");
    // ("We know where he is" tells where.)
    let y = run(
        "Agents arrested Anselmo Pirela Quintero on March 2. \"We know where he is, he is in El Helicoide,\" his wife said.",
        "2026-03-10",
    );
    assert!(
        !kinds(&y, "Anselmo Pirela Quintero").contains(&"disappearance".into()),
        "{y:#?}"
    );
    // (A statement from someone is theirs, not a place's.)
    let z = run(
        "A statement from Yendri Velásquez Mora, who was also released on Sunday, thanked the church.",
        "2026-03-10",
    );
    assert!(
        kinds(&z, "Yendri Velásquez Mora").contains(&"release".into()),
        "{z:#?}"
    );
    // ("Every prisoner released on Sunday, including A" is those of that day.)
    let w = run(
        "Every prisoner released on Sunday, including Anselmo Pirela Quintero, must report to a court every 30 days.",
        "2026-03-10",
    );
    assert!(!kinds(&w, "Anselmo Pirela Quintero").is_empty(), "{w:#?}");
    // ("This means X … remains" is no legend.)
    let v = run(
        "This means Anselmo Pirela Quintero, arrested on January 9, remains in the Rodeo I prison.",
        "2026-03-10",
    );
    assert_eq!(
        date_of(&v, "Anselmo Pirela Quintero", "arrest"),
        "2026-01-09",
        "{v:#?}"
    );
}

#[test]
fn issue_13_an_aside_inside_a_denied_release_keeps_it_denied() {
    for text in [
        "Según su abogada, el dirigente sindical Anselmo Pirela Quintero no ha sido, hasta el momento, liberado.",
        "Union leader Anselmo Pirela Quintero has not, despite the government's announcement, been released.",
    ] {
        let x = run(text, "2026-03-10");
        assert_eq!(
            kinds(&x, "Anselmo Pirela Quintero"),
            ["detention"],
            "{text}: {x:#?}"
        );
    }
    // (An aside with no denial is no denial: "fue detenido el lunes y, tras dos días, liberado".)
    let y = run(
        "Anselmo Pirela Quintero fue detenido el lunes y, tras dos días, liberado sin cargos.",
        "2026-03-10",
    );
    assert!(
        kinds(&y, "Anselmo Pirela Quintero").contains(&"release".into()),
        "{y:#?}"
    );
}

#[test]
fn issue_13_the_second_reviews_near_misses_of_flights_and_asides() {
    // (Someone else who flies: a daughter, a foreign minister.)
    for text in [
        "Anselmo Pirela Quintero fue liberado el lunes en Caracas, mientras su hija voló a Madrid para pedir ayuda.",
        "Anselmo Pirela Quintero fue excarcelado el domingo, y el canciller voló a Roma al día siguiente.",
        "Lawyer Diego Paz released a statement saying his client, Anselmo Pirela Quintero, remains in custody, and then flew to Bogota.",
    ] {
        let x = run(text, "2026-03-10");
        let k = kinds(&x, "Anselmo Pirela Quintero");
        assert!(
            !k.contains(&"exile".into()) && !k.contains(&"expulsion".into()),
            "{text}: {x:#?}"
        );
    }
    // (A father's nationality is not the freed man's; the nearest release dates the flight.)
    let y = run(
        "Anselmo Pirela Quintero, hijo de padre colombiano, fue liberado el viernes y voló a Bogotá esa misma noche.",
        "2026-03-10",
    );
    assert_eq!(
        date_of(&y, "Anselmo Pirela Quintero", "exile"),
        "2026-03-06",
        "{y:#?}"
    );
    // (A release told in a relative clause does not date the leaving after it.)
    let w = run(
        "Human rights defender Anselmo Pirela Quintero, who was released in May 2025 after two years in La Crisálida, has left for exile in Spain, his organization said on Wednesday.",
        "2025-11-07",
    );
    assert_ne!(
        date_of(&w, "Anselmo Pirela Quintero", "exile"),
        "2025-05",
        "{w:#?}"
    );
    // ("No fue imputada, y tras declarar ante el juez, liberada": the "no" denies another verb.)
    let z = run(
        "La activista Rosaura Bitter Lanz no fue imputada, y tras declarar ante el juez, liberada sin cargos el jueves.",
        "2026-03-10",
    );
    assert!(
        kinds(&z, "Rosaura Bitter Lanz").contains(&"release".into()),
        "{z:#?}"
    );
}
