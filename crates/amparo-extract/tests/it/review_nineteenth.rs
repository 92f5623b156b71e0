//! issue 13, nineteenth round: misfires a reviewer who had not written the round's rules found
//! in them, each held here. Invented names only.

use crate::{date_of, kinds, kinds_of, person, run};

fn no_events(x: &amparo_extract::Extraction, name: &str) -> bool {
    person(x, name).is_none_or(|p| kinds(p).is_empty())
}

#[test]
fn issue_13_a_scene_caption_heads_no_list() {
    let x = run(
        "Canal 4 transmitió este martes el reportaje.

[VIDEO DE ARCHIVO: DETENCIÓN DE MANIFESTANTES EN 2018]
ERNESTO LUGO PAZ (45) — MASAYA
ROSA DÍAZ MEJÍA (50) — LEÓN
",
        "2024-09-10",
    );
    assert!(no_events(&x, "ERNESTO LUGO PAZ"), "{x:#?}");
}

#[test]
fn issue_13_a_relative_on_screen_is_no_detainee() {
    let x = run(
        "Canal 10 transmitió este jueves el reportaje.

ROSA AMELIA CASTRO DÍAZ (68) — MADRE DE DETENIDO
ERNESTO LUGO PAZ (45) — HERMANO DE DETENIDO
\"Queremos saber si está vivo\", dijo Castro.
",
        "2024-09-06",
    );
    assert!(no_events(&x, "ROSA AMELIA CASTRO DÍAZ"), "{x:#?}");
    assert!(no_events(&x, "ERNESTO LUGO PAZ"), "{x:#?}");
}

#[test]
fn issue_13_a_past_banishment_or_others_banished_is_no_leaving_of_the_list() {
    let items = "- Juan Carlos Rivera Molina, estudiante.\n- Marta Elena Solís Vega, enfermera.\n";
    for lead in [
        "En febrero de 2023, el régimen excarceló y desterró a 222 presos políticos a Estados Unidos. Este jueves, las autoridades liberaron a otros tres presos políticos, que regresaron a sus hogares en Masaya:",
        "Excarcelan a tres presos en Masaya y destierran a otros nueve\n\nLos tres excarcelados volvieron a sus casas en Masaya y no salieron del país. Las autoridades liberaron el jueves a:",
        "Excarcelan a doce presos que temían ser desterrados\n\nLas autoridades liberaron el jueves a doce presos políticos. Entre ellos:",
    ] {
        let x = run(&format!("{lead}\n\n{items}"), "2024-09-06");
        let kinds = kinds_of(&x, "Juan Carlos Rivera Molina");
        assert!(kinds.contains(&"release"), "{lead}: {x:#?}");
        assert!(!kinds.contains(&"exile"), "{lead}: {x:#?}");
    }
}

#[test]
fn issue_13_a_term_asked_for_and_a_hearing_to_come_give_no_sentence_or_day() {
    let x = run(
        "La audiencia de apelación está prevista para el 20 de septiembre de 2024.

Acusado: RIVERA MOLINA, Juan Carlos
Fecha de detención: 14/03/2024
Delitos: terrorismo
Pena solicitada: 15 años de prisión

Acusado: GARCÍA RUIZ, Pedro Antonio
Fecha de detención: 20/03/2024
Delitos: terrorismo
Sentencia: 12 años de prisión
",
        "2024-09-06",
    );
    assert!(
        !kinds_of(&x, "RIVERA MOLINA, Juan Carlos").contains(&"sentence"),
        "{x:#?}"
    );
    assert_eq!(
        date_of(&x, "GARCÍA RUIZ, Pedro Antonio", "sentence"),
        "",
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_english_records_terms_and_date_of_detention() {
    let x = run(
        "Viasna published the following case summaries after the hearing held on 2 September 2024.

Defendant: KAVALIOU, Aliaksei
Date of detention: 11/01/2024
Charges: Article 342
Sentence: 4 years in a penal colony

Defendant: HRYNEVICH, Volha
Date of detention: 15/01/2024
Charges: Article 361-1
Sentence: 3 years of restricted freedom
",
        "2024-09-06",
    );
    for name in ["KAVALIOU, Aliaksei", "HRYNEVICH, Volha"] {
        assert_eq!(date_of(&x, name, "sentence"), "2024-09-02", "{x:#?}");
        assert!(kinds_of(&x, name).contains(&"arrest"), "{x:#?}");
    }
}

#[test]
fn issue_13_iran_is_a_given_name() {
    let x = run(
        "La activista Irán Castillo Mendoza fue arrestada el martes en Caracas.",
        "2024-09-06",
    );
    assert!(person(&x, "Irán Castillo Mendoza").is_some(), "{x:#?}");
}

#[test]
fn issue_13_counted_companions_past_a_clause_or_lawyers_share_nothing() {
    let x = run(
        "Fr. Nemesio Aráuz, who was released on March 2, traveled to Rome along with two other priests, Fr. Bayardo Cuadra and Fr. Ulises Pineda.

Dionisio Larreta was released on March 5. He walked out of La Modelo together with two lawyers, Marcela Quintanilla and Óscar Fajardo.
",
        "2025-03-10",
    );
    for name in [
        "Bayardo Cuadra",
        "Ulises Pineda",
        "Marcela Quintanilla",
        "Óscar Fajardo",
    ] {
        assert!(
            person(&x, name).is_none_or(|p| !kinds(p).contains(&"release")),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_dash_term_is_the_lines_own_person_s_unless_asked_for() {
    let x = run(
        "Lista de manifestantes del 11J en Holguín:

1. ARIEL SOCARRÁS FUENTES (29), hermano de Yanet Socarrás — 8 años por sedición
2. ROBERTO LEYVA CASTRO (33) — 8 años por sedición (petición fiscal)
3. OSMEL RUIZ VERA (38) — 10 años por sabotaje según la solicitud fiscal
",
        "2025-03-10",
    );
    assert!(
        kinds_of(&x, "ARIEL SOCARRÁS FUENTES").contains(&"sentence"),
        "{x:#?}"
    );
    assert!(no_events(&x, "Yanet Socarrás"), "{x:#?}");
    for name in ["ROBERTO LEYVA CASTRO", "OSMEL RUIZ VERA"] {
        assert!(
            person(&x, name).is_none_or(|p| !kinds(p).contains(&"sentence")),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_leaving_header_of_another_time_or_of_relatives_frees_no_one() {
    let x = run(
        "On Thursday the authorities released 14 political prisoners. We confirmed these names:

Released and at home:
— Siarhei Kavalenka, a teacher;

Previously deported in 2024 (not part of this release):
— Pavel Hrynko, a blogger;

Familiares expulsados junto con ellos:
— Rita Larreta (esposa).
",
        "2025-09-12",
    );
    for name in ["Pavel Hrynko", "Rita Larreta"] {
        assert!(
            person(&x, name).is_none_or(|p| !kinds(p).contains(&"release")),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_an_apposition_naming_a_relative_or_a_guard_s_years_tell_no_custody() {
    let x = run(
        "Carmen Ruiz Olivares, la madre del preso que lleva tres años en Tocorón, pidió clemencia. Rosa Bermúdez, la esposa del dirigente sindical que fue detenido el 4 de febrero, habló con la prensa. El custodio Wilmer Paredes cumple 20 años de servicio en la cárcel de Tocorón. La custodia Marlene Rojas cumple cinco años en el Helicoide como jefa de guardia.",
        "2025-03-10",
    );
    for name in [
        "Carmen Ruiz Olivares",
        "Rosa Bermúdez",
        "Wilmer Paredes",
        "Marlene Rojas",
    ] {
        assert!(no_events(&x, name), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_years_served_told_in_the_past_and_an_illness_s_confinement() {
    let x = run(
        "Hoy se cumplen dos años de la excarcelación de Pedro Lobo Mena. Lobo cumplía cinco años en Tocorón cuando fue liberado el 10 de marzo de 2023. His mother, Lucía Ramírez Soto, has been confined to her house by illness for years.",
        "2025-03-10",
    );
    assert_eq!(date_of(&x, "Pedro Lobo Mena", "detention"), "", "{x:#?}");
    assert!(no_events(&x, "Lucía Ramírez Soto"), "{x:#?}");
}
