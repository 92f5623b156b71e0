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
