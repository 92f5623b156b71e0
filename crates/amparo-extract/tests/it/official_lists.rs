//! issue 13, ninth round: an official list run into one paragraph, each name printed surnames
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
fn issue_13_a_dateline_before_a_comma_names_nobody() {
    let x = run(
        "MARACAIBO, Zulia. Funcionarios de la DGCIM detuvieron el lunes a la maestra Iraida Sulbarán Pino; a su vecino, Ovidio Lugo, y a un estudiante.",
        "2026-05-14",
    );
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("MARACAIBO")), "{names:?}");
    assert_eq!(kinds_of(&x, "Iraida Sulbarán Pino"), ["arrest"]);
}
