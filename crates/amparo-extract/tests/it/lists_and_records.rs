//! issue 13, sixteenth round (read from blind36 once spent): lists and records — a release
//! left, a legend's marks, a lead only announced, a section head's day and terms, what is told
//! after a list, a record's cut-off, labelled names. Invented names and sentences only.

use crate::{date_of, kinds_of, person, run};

#[test]
fn issue_13_leaving_detention_is_a_release_not_an_arrest() {
    let x = run(
        "Nine people held for political reasons left detention on Friday, March 6, the group said. They include:\n\n• Anselmo Pirela Quintero, 40, a baker\n• Rosaura Bitter Lanz, 33",
        "2026-03-07",
    );
    for name in ["Anselmo Pirela Quintero", "Rosaura Bitter Lanz"] {
        assert_eq!(kinds_of(&x, name), ["release"], "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "release"), "2026-03-06");
    }
    // (The detention of someone on a day is still an arrest.)
    let y = run(
        "The detention on Monday of Anselmo Pirela Quintero was confirmed by his lawyer.",
        "2026-03-07",
    );
    assert!(
        person(&y, "Anselmo Pirela Quintero").is_some_and(|_| kinds_of(
            &y,
            "Anselmo Pirela Quintero"
        )
        .contains(&"arrest")),
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_legend_defines_a_mark_and_tells_no_event() {
    let x = run(
        "Running list: political prisoners released this week\n\nEntries are surname first. \"HA\" means the person was moved to house arrest and is still detained.\n\n1. PIRELA QUINTERO, Anselmo (40) — Rodeo I — freed Feb. 16\n2. BITTER LANZ, Rosaura (33) — INOF — HA Feb. 17",
        "2026-02-21",
    );
    assert_eq!(
        kinds_of(&x, "PIRELA QUINTERO, Anselmo"),
        ["release"],
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "PIRELA QUINTERO, Anselmo", "release"),
        "2026-02-16"
    );
    assert_eq!(
        kinds_of(&x, "BITTER LANZ, Rosaura"),
        ["house_arrest"],
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "BITTER LANZ, Rosaura", "house_arrest"),
        "2026-02-17"
    );
}

#[test]
fn issue_13_a_release_only_announced_is_not_the_lists_lead() {
    let x = run(
        "Mientras en Caracas se anuncian nuevas excarcelaciones, en Uribana continúan recluidos al menos cinco hombres detenidos por razones políticas, según una lista actualizada al lunes 16 de marzo.\n\nEsta es la lista:\n\nNombre | Fecha de detención | Centro\nAnselmo Pirela Quintero | 05/08/2024 | Uribana\nRosendo Bitter Lanz | 30/07/2024 | Uribana",
        "2026-03-20",
    );
    for name in ["Anselmo Pirela Quintero", "Rosendo Bitter Lanz"] {
        let kinds = kinds_of(&x, name);
        assert!(!kinds.contains(&"release"), "{name}: {x:#?}");
        assert_eq!(date_of(&x, name, "detention"), "2026-03-16", "{x:#?}");
    }
    // (A release told as done beside the announced one is still the lead.)
    let y = run(
        "Se anuncian nuevas excarcelaciones, y el domingo salieron de Uribana estos presos:\n\n- Anselmo Pirela Quintero\n- Rosendo Bitter Lanz",
        "2026-03-20",
    );
    assert_eq!(
        kinds_of(&y, "Anselmo Pirela Quintero"),
        ["release"],
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_lists_section_head_gives_its_day_and_terms() {
    let x = run(
        "Al menos nueve presos políticos salieron entre la noche del lunes y este martes de cárceles de dos estados. El vocero dijo que el grupo incluye a dos personas que pasaron a casa por cárcel.\n\nZULIA — Retén de Cabimas, la noche del lunes. Todos con presentación cada 15 días.\nHombres:\n• Anselmo Pirela Quintero\n• Rosendo Bitter Lanz\n\nLARA — Centro Penitenciario Fénix, martes. No se conocen las condiciones.\nHombres:\n• Eladio Tirado Mogollón",
        "2026-09-23",
    );
    for name in ["Anselmo Pirela Quintero", "Rosendo Bitter Lanz"] {
        assert_eq!(
            kinds_of(&x, name),
            ["conditional_release"],
            "{name}: {x:#?}"
        );
        assert_eq!(date_of(&x, name, "conditional_release"), "2026-09-21");
    }
    assert_eq!(
        kinds_of(&x, "Eladio Tirado Mogollón"),
        ["release"],
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "Eladio Tirado Mogollón", "release"),
        "2026-09-22"
    );
    // (A sentence of prose before the list, not a head, dates nothing: "El comunicado se leyó el
    // domingo.")
    let y = run(
        "Foro Penal confirmó el lunes la excarcelación de dos presos políticos. El comunicado se leyó el domingo en la radio local.\n- Anselmo Pirela Quintero\n- Rosendo Bitter Lanz",
        "2026-09-23",
    );
    assert_eq!(
        date_of(&y, "Anselmo Pirela Quintero", "release"),
        "2026-09-21",
        "{y:#?}"
    );
}

#[test]
fn issue_13_the_day_after_who_the_freed_were_is_the_releases() {
    let x = run(
        "Authorities released 14 people convicted in politically motivated cases on Tuesday under a pardon.\n\nThe press service published the names of the other 12 pardoned prisoners:\n\n1. Anselmo Pirela Quintero, 61, pensioner\n2. Rosaura Bitter Lanz, 35, teacher",
        "2026-01-28",
    );
    assert_eq!(
        date_of(&x, "Anselmo Pirela Quintero", "release"),
        "2026-01-27",
        "{x:#?}"
    );
    // (Who was convicted on a day told after the release keeps it: "freed Anselmo Pirela
    // Quintero, who was convicted on Tuesday".)
    let y = run(
        "A court convicted Rosaura Bitter Lanz on Tuesday, and the police arrested Anselmo Pirela Quintero.",
        "2026-01-28",
    );
    assert_eq!(
        date_of(&y, "Rosaura Bitter Lanz", "sentence"),
        "2026-01-27",
        "{y:#?}"
    );
}

#[test]
fn issue_13_handed_to_another_states_border_guards_is_sent_out() {
    let x = run(
        "A Polish citizen, Anselmo Pirela Quintero, was also freed and handed to Polish border guards at the Terespol crossing.",
        "2026-01-28",
    );
    assert!(
        kinds_of(&x, "Anselmo Pirela Quintero").contains(&"expulsion"),
        "{x:#?}"
    );
    // (Not a second leaving after the one told: "driven to the border and handed to Colombian
    // migration officials".)
    let y = run(
        "Authorities expelled Rosaura Bitter Lanz, a Colombian aid worker. She was driven to the border and handed to Colombian migration officials.",
        "2026-01-28",
    );
    assert_eq!(kinds_of(&y, "Rosaura Bitter Lanz"), ["expulsion"], "{y:#?}");
}

#[test]
fn issue_13_all_of_them_or_those_told_after_a_list_are_its_people() {
    for after in [
        "All of them were arrested on March 17.",
        "Those given prison terms were arrested on March 17.",
        "Todos ellos fueron detenidos el 17 de marzo.",
    ] {
        let x = run(
            &format!(
                "A court on Tuesday sentenced two people over the protest. The sentences were:\n\n1. Anselmo Pirela Quintero, 27 — 12 years\n2. Rosaura Bitter Lanz, 34 — 10 years\n\n{after}"
            ),
            "2026-06-19",
        );
        for name in ["Anselmo Pirela Quintero", "Rosaura Bitter Lanz"] {
            assert_eq!(
                date_of(&x, name, "arrest"),
                "2026-03-17",
                "{after} {name}: {x:#?}"
            );
        }
    }
    // (Others told by what they do are not the people listed.)
    let y = run(
        "The court freed two people:\n\n1. Anselmo Pirela Quintero\n2. Rosaura Bitter Lanz\n\nThose waiting outside had been arrested before, said the police.",
        "2026-06-19",
    );
    assert!(
        !kinds_of(&y, "Anselmo Pirela Quintero").contains(&"arrest"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_records_cutoff_line_dates_who_it_holds() {
    let x = run(
        "RED DE MÉDICOS POR LOS PRESOS\nINFORME ESPECIAL\nCorte: 12 de marzo de 2026\n\nLa red documentó 2 casos de personas presas por razones políticas. Todas permanecían recluidas a la fecha de corte.\n\n1. ANSELMO PIRELA QUINTERO (61) — Rodeo I — hipertensión. Detenido desde 2022.\n2. ROSAURA BITTER LANZ (54) — INOF — insuficiencia renal.",
        "2026-03-14",
    );
    for name in ["ANSELMO PIRELA QUINTERO", "ROSAURA BITTER LANZ"] {
        assert_eq!(
            date_of(&x, name, "detention"),
            "2026-03-12",
            "{name}: {x:#?}"
        );
    }
    let z = run(
        "Political Prisoners Registry — Monthly list\nData cut-off: 31/03/2026 | Published: 14/04/2026\n\nThe following people were confirmed as imprisoned for political reasons at the cut-off date.\n\nName | Date of arrest | Facility\nAnselmo Pirela Quintero | 03/09/2024 | La Modelo\nRosaura Bitter Lanz | 17/11/2024 | La Esperanza",
        "2026-04-14",
    );
    assert_eq!(
        date_of(&z, "Anselmo Pirela Quintero", "detention"),
        "2026-03-31",
        "{z:#?}"
    );
    // (A page's own stamp is no record's day: "Actualizado: 12 de marzo".)
    let y = run(
        "Actualizado: 12 de marzo de 2026\n\nSiguen presos en Rodeo I Anselmo Pirela Quintero y Rosaura Bitter Lanz.",
        "2026-03-14",
    );
    assert_eq!(
        date_of(&y, "Anselmo Pirela Quintero", "detention"),
        "2026-03-14",
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_hospital_named_after_a_doctor_and_anyone_held_are_no_one() {
    let x = run(
        "El 10 de marzo, Anselmo Pirela Quintero fue trasladado de El Helicoide al Hospital Militar Dr. Eladio Custodio Rendón para una evaluación.\n\n\"El Estado debe garantizar la salud de toda persona privada de libertad\", recordó la doctora Rosaura Bitter Lanz, coordinadora de la red.",
        "2026-03-14",
    );
    assert!(person(&x, "Eladio Custodio Rendón").is_none(), "{x:#?}");
    assert!(person(&x, "Rosaura Bitter Lanz").is_none(), "{x:#?}");
    assert!(
        kinds_of(&x, "Anselmo Pirela Quintero").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_identity_cards_letter_is_no_given_name() {
    let x = run(
        "Imputados:\n1. ANSELMO PIRELA QUINTERO, V-15.204.887\n2. ROSAURA BITTER LANZ, V-24.558.102\n\nAmbos fueron detenidos el 13 de junio.",
        "2026-06-16",
    );
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"ANSELMO PIRELA QUINTERO"), "{names:?}");
    // (A given name after the comma still is one: "PIRELA QUINTERO, Anselmo".)
    let y = run(
        "Imputados:\n1. PIRELA QUINTERO, Anselmo\n2. BITTER LANZ, Rosaura\n\nAmbos fueron detenidos el 13 de junio.",
        "2026-06-16",
    );
    assert!(person(&y, "PIRELA QUINTERO, Anselmo").is_some(), "{y:#?}");
}
