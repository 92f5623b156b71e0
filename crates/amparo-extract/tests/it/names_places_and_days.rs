//! issue 13, twelfth round: names that stop at a line break, fact-check verdicts on a quoted
//! claim, "hace dos semanas", people named before or after their group's noun, ranks with
//! bracketed branches, brothers sharing one surname, inline day headers, a later night that is
//! not the event's day, holidays and heading words that are no people, and leaving a prison
//! named in full; with the near-misses of these rules.
//! Invented names and sentences only.

use crate::{date_of, dates_of, kinds_of, person, run};

#[test]
fn issue_13_a_name_never_runs_across_a_line_break() {
    let x = run(
        "2. \"Liberaron a la periodista Yelitza Carrasquel Ortega\" — FALSO\nCarrasquel Ortega, detenida el 21 de agosto de 2025, sigue recluida en el INOF, en Los Teques.",
        "2026-02-05",
    );
    let kinds = kinds_of(&x, "Yelitza Carrasquel Ortega");
    assert!(!kinds.contains(&"release"), "{x:#?}");
    assert_eq!(
        date_of(&x, "Yelitza Carrasquel Ortega", "arrest"),
        "2025-08-21"
    );
    assert_eq!(
        date_of(&x, "Yelitza Carrasquel Ortega", "detention"),
        "2026-02-05"
    );
    assert!(
        !x.persons.iter().any(|p| p.name.starts_with("FALSO")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_out_of_context_judges_a_quoted_claim_false() {
    let x = run(
        "3. Foto de Héctor Manuel Bracamonte \"saliendo ayer de Tocorón\" — FUERA DE CONTEXTO\nLa imagen es de abril de 2022. Volvió a ser detenido en julio de 2025 y hoy sigue en Tocorón.",
        "2026-02-05",
    );
    let p = person(&x, "Héctor Manuel Bracamonte").expect("Bracamonte");
    assert!(
        !p.events.iter().any(|e| e.kind.as_str() == "release"
            && e.date
                .as_ref()
                .is_some_and(|d| d.to_string().starts_with("2026"))),
        "{x:#?}"
    );
    assert_eq!(date_of(&x, "Héctor Manuel Bracamonte", "arrest"), "2025-07");
    assert!(
        kinds_of(&x, "Héctor Manuel Bracamonte").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_two_weeks_ago_is_fourteen_days_back_and_about_three_weeks_stays_undated() {
    let x = run(
        "El periodista Anselmo Trujillo Vera fue detenido hace dos semanas en Guanare.",
        "2026-07-15",
    );
    assert_eq!(date_of(&x, "Anselmo Trujillo Vera", "arrest"), "2026-07-01");
    let y = run(
        "Union leader Brenda Okafor Lyle was arrested two weeks ago in Puerto Ordaz.",
        "2026-07-15",
    );
    assert_eq!(date_of(&y, "Brenda Okafor Lyle", "arrest"), "2026-07-01");
    let z = run(
        "Union leader Wendell Marsh Tobin was arrested about three weeks ago in Puerto Ordaz.",
        "2026-07-15",
    );
    assert_eq!(kinds_of(&z, "Wendell Marsh Tobin"), ["arrest", "detention"]);
    assert_eq!(date_of(&z, "Wendell Marsh Tobin", "arrest"), "");
}

#[test]
fn issue_13_names_before_their_groups_participle_share_its_arrest() {
    let x = run(
        "Ander Zubizarreta Goñi y Leire Etxeberria Lasa, turistas vascos detenidos en julio de 2025 en Barinas, ya se encuentran en la residencia diplomática.",
        "2026-02-05",
    );
    for name in ["Ander Zubizarreta Goñi", "Leire Etxeberria Lasa"] {
        assert_eq!(date_of(&x, name, "arrest"), "2025-07", "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_cameraman_along_with_the_reporter_shares_the_arrest() {
    let x = run(
        "La reportera chilena Constanza Ibarra Lagos fue detenida el viernes en Maracay junto a su camarógrafo, el venezolano Jhonatan Piñero Salas.",
        "2026-04-06",
    );
    assert_eq!(
        date_of(&x, "Constanza Ibarra Lagos", "arrest"),
        "2026-04-03"
    );
    assert_eq!(date_of(&x, "Jhonatan Piñero Salas", "arrest"), "2026-04-03");
}

#[test]
fn issue_13_whose_whereabouts_are_unknown_is_the_last_name_only_with_its_own_nationality() {
    let x = run(
        "Siguen detenidos el belga Pieter Claessens y el italiano Matteo Ferraresi, cuyo paradero se desconoce desde su arresto en octubre.",
        "2026-01-20",
    );
    assert!(
        kinds_of(&x, "Matteo Ferraresi").contains(&"disappearance"),
        "{x:#?}"
    );
    assert_eq!(date_of(&x, "Matteo Ferraresi", "arrest"), "2025-10");
    assert!(
        !kinds_of(&x, "Pieter Claessens").contains(&"disappearance"),
        "{x:#?}"
    );
    assert_eq!(person(&x, "Pieter Claessens").unwrap().nationality, ["BE"]);
    assert_eq!(person(&x, "Matteo Ferraresi").unwrap().nationality, ["IT"]);
}

#[test]
fn issue_13_military_ranks_with_a_bracketed_branch() {
    let x = run(
        "Los oficiales que quedaron presos son el teniente coronel (Ej) Arístides Ramón Colmenares Ortiz, el mayor (GNB) Nelson Said Abdala Torres y el capitán (Av) Oswaldo Enrique Suniaga.",
        "2026-03-02",
    );
    for name in [
        "Arístides Ramón Colmenares Ortiz",
        "Nelson Said Abdala Torres",
        "Oswaldo Enrique Suniaga",
    ] {
        assert!(kinds_of(&x, name).contains(&"detention"), "{name}: {x:#?}");
    }
    assert!(person(&x, "Abdala Torres").is_none(), "{x:#?}");
    assert!(person(&x, "Nelson").is_none(), "{x:#?}");
}

#[test]
fn issue_13_still_held_are_a_named_lawyer_at_a_prison_and_a_farmer() {
    let x = run(
        "Still held, according to their families, are lawyer Eduviges Ramona Talavera Sandino, who is at La Esperanza prison, and farmer Porfirio Abelardo Cerda Mairena.",
        "2026-03-02",
    );
    assert!(
        kinds_of(&x, "Eduviges Ramona Talavera Sandino").contains(&"detention"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_brothers_with_one_surname_are_two_people() {
    let x = run(
        "Two Polish brothers, Tomasz and Piotr Nowicki, arrested in a police raid in Barinas in 2025, remain at El Rodeo I.",
        "2026-03-02",
    );
    for name in ["Tomasz Nowicki", "Piotr Nowicki"] {
        assert_eq!(date_of(&x, name, "arrest"), "2025", "{name}: {x:#?}");
        assert!(kinds_of(&x, name).contains(&"detention"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_inline_day_headers_date_their_items() {
    let x = run(
        "Foro Penal certificó la excarcelación de 4 presos políticos entre el viernes 6 y el sábado 7 de marzo.\n\nViernes 6 (Rodeo I): Yorman Ezequiel Pacheco, Lisbeth Carolina Meléndez.\n\nSábado 7 (Tocorón): Wuilmer José Graterol; Dinorah Elena Quevedo.",
        "2026-03-09",
    );
    for name in ["Yorman Ezequiel Pacheco", "Lisbeth Carolina Meléndez"] {
        assert_eq!(date_of(&x, name, "release"), "2026-03-06", "{name}");
    }
    for name in ["Wuilmer José Graterol", "Dinorah Elena Quevedo"] {
        assert_eq!(date_of(&x, name, "release"), "2026-03-07", "{name}");
    }
}

#[test]
fn issue_13_by_a_later_night_is_not_the_events_day() {
    let x = run(
        "Twelve political prisoners were freed late on Wednesday. Here are their names. By Thursday night, Foro Penal had verified 12 releases, all of them late on Wednesday.\n\nReleased:\n- Xiomara Beatriz Landaeta\n- Rubén Darío Carpio",
        "2026-04-17",
    );
    for name in ["Xiomara Beatriz Landaeta", "Rubén Darío Carpio"] {
        assert_eq!(dates_of(&x, name), ["2026-04-15"], "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_holidays_and_heading_words_are_no_people() {
    let x = run(
        "En la madrugada del domingo 10 de mayo, Día de las Madres, siete presos políticos fueron trasladados de Rodeo I a Tocorón, denunciaron sus familiares.",
        "2026-05-12",
    );
    assert!(person(&x, "Día de las Madres").is_none(), "{x:#?}");
    assert!(
        !x.persons.iter().any(|p| p.name.contains("Madres")),
        "{x:#?}"
    );
    let y = run(
        "INFORME TRIMESTRAL\n\nMUERTES BAJO CUSTODIA\n\nEl preso político Gilberto Anzola Rivas murió el 2 de marzo en la cárcel de Tocuyito.\n\nNOTA METODOLÓGICA\n\nLas cifras provienen de denuncias de familiares.",
        "2026-04-01",
    );
    assert!(
        kinds_of(&y, "Gilberto Anzola Rivas").contains(&"death_in_custody"),
        "{y:#?}"
    );
    for heading in ["MUERTES BAJO CUSTODIA", "NOTA METODOLÓGICA"] {
        assert!(
            !y.persons.iter().any(|p| p.name.contains(heading)),
            "{heading}: {y:#?}"
        );
    }
}

#[test]
fn issue_13_leaving_a_prison_named_in_full_is_a_release_and_a_clinic_stay_no_custody() {
    let x = run(
        "Salieron del Instituto Nacional de Orientación Femenina la enfermera Marbelis Josefina Rangel, de 36 años, y la estudiante de la ULA Oriana Sofía Castellanos.",
        "2026-06-04",
    );
    assert!(
        kinds_of(&x, "Marbelis Josefina Rangel").contains(&"release"),
        "{x:#?}"
    );
    assert!(
        kinds_of(&x, "Oriana Sofía Castellanos").contains(&"release"),
        "{x:#?}"
    );
    let y = run(
        "— Salen del Internado Judicial de Barcelona los dirigentes sindicales Heriberto José Lanz y Nicanor Alfonso Brito.",
        "2026-06-04",
    );
    assert!(
        kinds_of(&y, "Heriberto José Lanz").contains(&"release"),
        "{y:#?}"
    );
    assert!(
        kinds_of(&y, "Nicanor Alfonso Brito").contains(&"release"),
        "{y:#?}"
    );
    let z = run(
        "El comerciante Evaristo Núñez Mata fue internado el lunes en una clínica de Puerto La Cruz por una neumonía.",
        "2026-06-04",
    );
    assert!(
        person(&z, "Evaristo Núñez Mata").is_none_or(|p| p.events.is_empty()),
        "{z:#?}"
    );
}
