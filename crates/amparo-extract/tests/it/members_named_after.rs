//! issue 13, seventeenth round: people named after the sentence that tells their group's event,
//! by titles, pronouns and wire forms. Invented names and sentences only.

use crate::{date_of, kinds_of, person, run};

#[test]
fn issue_13_a_group_named_as_clergy_after_its_release_and_flight_abroad() {
    let x = run(
        "Managua released a bishop and five other Catholic clergymen from prison and flew them to Rome on Thursday, the Holy See said.\n\nThe Vatican press office named them as Bishop Anselmo Rivera Toledo of Boaco; Monsignor Eliseo Prado Urbina; Fathers Teodoro Lacayo Ruiz and Fermín Galeano Soto; deacon Ismael Trujillo Vega; and seminarian Noel Baltodano Pérez.",
        "2026-05-22",
    );
    for name in [
        "Anselmo Rivera Toledo",
        "Eliseo Prado Urbina",
        "Teodoro Lacayo Ruiz",
        "Fermín Galeano Soto",
        "Ismael Trujillo Vega",
        "Noel Baltodano Pérez",
    ] {
        let k = kinds_of(&x, name);
        assert!(
            k.contains(&"release") && k.contains(&"exile"),
            "{name}: {k:?}"
        );
        assert_eq!(date_of(&x, name, "release"), "2026-05-21");
    }
    // (A statement released is no one freed: the flight is told, no exile of the freed.)
    let y = run(
        "The ministry released a statement on Thursday and flew the envoy Anselmo Rivera Toledo to Rome.",
        "2026-05-22",
    );
    assert!(
        person(&y, "Anselmo Rivera Toledo").is_none_or(|p| p.events.is_empty()),
        "{y:#?}"
    );
}

#[test]
fn issue_13_people_still_held_named_after_a_source_set_off_by_commas() {
    let x = run(
        "Siguen detenidos, según Foro Penal, el francés Étienne Morel Duval y el alemán Jakob Brenner Vogt, ambos en El Rodeo I.",
        "2026-01-12",
    );
    for name in ["Étienne Morel Duval", "Jakob Brenner Vogt"] {
        assert_eq!(date_of(&x, name, "detention"), "2026-01-12", "{x:#?}");
    }
    // (A subject before the verb keeps it; the source after it is no detainee.)
    let y = run(
        "Orlinda Barrios quedó bajo arresto domiciliario, según el coordinador regional de Foro Penal, Teodoro Lacayo Ruiz.",
        "2026-01-12",
    );
    assert!(person(&y, "Teodoro Lacayo Ruiz").is_none(), "{y:#?}");
}
