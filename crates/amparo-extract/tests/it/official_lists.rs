//! issue 13, ninth round: a refusal that denies only its own clause; those who "came out" in a
//! text of releases; the prison a list item prints beside its person (a custody that holds
//! as of the list's day); an official list run into one paragraph, each name printed surnames
//! first in capitals, a comma and the given names, the names set off by semicolons ("ACOSTA
//! MÉNDEZ, Juan Pablo; BRICEÑO LARA, Ana Victoria; … y PÉREZ QUIJADA, Johan Manuel"), as
//! prosecutors and gazettes read them out. Invented names and sentences only.

use crate::{kinds_of, run};

#[test]
fn issue_13_a_paragraph_of_surnames_first_names_one_person_per_semicolon() {
    let x = run(
        "El tribunal otorgó el martes medidas cautelares sustitutivas a cuatro detenidos, que salieron con régimen de presentación. La lista leída en la audiencia:\n\nARISMENDI POLO, Reinaldo José; BOLÍVAR LARA, Maité Coromoto; CÁRDENAS MÉRIDA, Wilfredo y DUQUE SALAS, Yusleidy Andreína.\n\nSus familias los esperaban en la puerta.",
        "2026-05-14",
    );
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "ARISMENDI POLO, Reinaldo José",
            "BOLÍVAR LARA, Maité Coromoto",
            "CÁRDENAS MÉRIDA, Wilfredo",
            "DUQUE SALAS, Yusleidy Andreína"
        ],
        "{x:#?}"
    );
    for name in names {
        assert_eq!(kinds_of(&x, name), ["conditional_release"], "{name}");
    }
}

#[test]
fn issue_13_two_names_surnames_first_and_a_comma_before_the_last_are_read_too() {
    for text in [
        "El tribunal liberó el martes a dos detenidos. La lista leída en la audiencia:\n\nARISMENDI POLO, Reinaldo José y BOLÍVAR LARA, Maité Coromoto.",
        "El tribunal liberó el martes a dos detenidos. La lista leída en la audiencia:\n\nARISMENDI POLO, Reinaldo José, y BLANCO DE LEÓN, Maité Coromoto.",
    ] {
        let x = run(text, "2026-05-14");
        let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names.len(), 2, "{text}: {names:?}");
        assert_eq!(names[0], "ARISMENDI POLO, Reinaldo José", "{text}");
        assert!(names[1].ends_with(", Maité Coromoto"), "{text}: {names:?}");
    }
}

#[test]
fn issue_13_a_dateline_before_a_comma_names_nobody() {
    let x = run(
        "MARACAIBO, Zulia. Funcionarios de la DGCIM detuvieron el lunes a la maestra Iraida Sulbarán Pino; a su vecino, Ovidio Lugo, y a un estudiante.",
        "2026-05-14",
    );
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("MARACAIBO")), "{names:?}");
    assert_eq!(
        kinds_of(&x, "Iraida Sulbarán Pino"),
        ["arrest", "detention"]
    );
}

#[test]
fn issue_13_a_list_item_prints_the_prison_its_person_is_held_in() {
    let held = |x: &amparo_extract::Extraction, name: &str| {
        crate::event_of(x, name, "detention").map(|e| (e.place.clone(), e.date.clone()))
    };
    let x = run(
        "La ONG publicó la lista de presos políticos de Lara.\n\n- Amanda Ruiz Tello, periodista, detenida desde agosto de 2024 en El Helicoide.\n- Ulises Ferrer Mata, detenido en marzo de 2025 (Tocorón)",
        "2026-03-20",
    );
    for (name, place) in [
        ("Amanda Ruiz Tello", "El Helicoide"),
        ("Ulises Ferrer Mata", "Tocorón"),
    ] {
        assert_eq!(
            held(&x, name),
            Some((Some(place.into()), Some("2026-03-20".into()))),
            "{name}"
        );
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}");
    }
    // Freed: the prison he left is no custody that holds.
    let x = run(
        "Foro Penal confirmó las excarcelaciones del lunes:\n\n- Remigio Salas Ortega, excarcelado de Rodeo I con régimen de presentación.\n- Iraida Montes Lugo, excarcelada de La Crisálida.",
        "2026-03-20",
    );
    assert_eq!(held(&x, "Remigio Salas Ortega"), None);
    assert_eq!(held(&x, "Iraida Montes Lugo"), None);
}

#[test]
fn issue_13_a_table_of_prisoners_holds_as_of_its_own_day() {
    let x = run(
        "Situación al 15/03/2026\n\nNombre | Edad | Fecha de detención | Centro\nGilberto Andrade Poveda | 52 | 15/12/2024 | El Helicoide\nNoemí Castañeda Ríos | 47 | 14/11/2024 | Tocorón",
        "2026-03-18",
    );
    for (name, place) in [
        ("Gilberto Andrade Poveda", "El Helicoide"),
        ("Noemí Castañeda Ríos", "Tocorón"),
    ] {
        let d = crate::event_of(&x, name, "detention").unwrap_or_else(|| panic!("{name}: {x:#?}"));
        assert_eq!(d.place.as_deref(), Some(place));
        assert_eq!(d.date.as_deref(), Some("2026-03-15"), "{name}");
    }
}

#[test]
fn issue_13_a_refusal_told_before_and_or_in_a_relative_clause_denies_nothing_after() {
    let x = run(
        "Opposition politician Anatoli Vasilenka refused to sign the pardon request and remained in the prison colony in Hlybokaye, his wife told reporters.\n\nThe activist Siarhei Kavalenka, who has refused to write a request for a pardon, remains in the penal colony in Navapolatsk.",
        "2026-05-14",
    );
    for name in ["Anatoli Vasilenka", "Siarhei Kavalenka"] {
        assert_eq!(kinds_of(&x, name), ["detention"], "{name}");
    }
    // The refusal still denies its own verb.
    let x = run(
        "Los custodios se negaron a liberar a Eusebio Prada Lugo, que sigue en Tocorón.",
        "2026-05-14",
    );
    assert_eq!(kinds_of(&x, "Eusebio Prada Lugo"), ["detention"]);
}

#[test]
fn issue_13_those_who_came_out_in_a_text_of_releases_were_freed() {
    let x = run(
        "Venezuela freed dozens of political prisoners on Wednesday, rights groups said.\n\nAmong those who came out this morning was the union leader Octavio Ruiz Pardo, who hugged his wife at the gate.",
        "2026-05-14",
    );
    assert_eq!(kinds_of(&x, "Octavio Ruiz Pardo"), ["release"]);
    // Coming out for a cause is no release.
    let x = run(
        "Venezuela freed dozens of political prisoners on Wednesday.\n\nThe retired teacher Amparo Giménez Rey came out in support of the families.",
        "2026-05-14",
    );
    assert!(crate::person(&x, "Amparo Giménez Rey").is_none(), "{x:#?}");
}

#[test]
fn issue_13_the_round_s_rules_keep_to_their_own_cases() {
    // "and" after a modal, a future or a hope is one clause: nothing happened.
    for text in [
        "Ana Pérez Lugo could be arrested and deported if she returns to the country.",
        "Si regresa, Ana Pérez Lugo podría ser detenida y deportada.",
        "The family hopes Ana Pérez Lugo will be cleared and freed.",
        "Human rights groups called for Ana Pérez Lugo to be cleared and released.",
        "La madre, quien viajó desde Mérida, pidió que Ana Pérez Lugo sea, de inmediato, liberada.",
    ] {
        let x = run(text, "2026-05-14");
        assert!(
            crate::person(&x, "Ana Pérez Lugo").is_none(),
            "{text}: {x:#?}"
        );
    }
    // "Came out" in its other senses, and "leave" a cell, free nobody.
    for text in [
        "Venezuela freed dozens of political prisoners on Wednesday. Opposition leader Marta Quiroga Ledesma came out strongly against the deal.",
        "Venezuela freed dozens of political prisoners on Wednesday. When the list came out, lawyer Marta Quiroga Ledesma said names were missing.",
        "Guards do not let Marta Quiroga Ledesma leave her cell, her sister said.",
    ] {
        let x = run(text, "2026-05-14");
        assert!(
            crate::person(&x, "Marta Quiroga Ledesma").is_none(),
            "{text}: {x:#?}"
        );
    }
    // A list item that names another person too keeps its prison for nobody in particular.
    let x = run(
        "La ONG publicó la lista:\n\n- Ana Pérez Lugo, detenida el 2 de abril de 2025 y recluida en La Crisálida. Su esposo, Luis Rojas Mena, fue arrestado el 3 de abril de 2025.",
        "2026-05-14",
    );
    assert!(
        crate::event_of(&x, "Luis Rojas Mena", "detention").is_none_or(|e| e.place.is_none()),
        "{x:#?}"
    );
}
