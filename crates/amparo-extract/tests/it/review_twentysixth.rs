//! issue 13, twenty-sixth round: the misfires a reviewer who never read the source found in the
//! round's rules, each held to the reading it must give. Invented names and sentences only.

use crate::{kinds_of, person, run};

fn has(x: &amparo_extract::Extraction, name: &str, kind: &str) -> bool {
    person(x, name).is_some_and(|p| p.events.iter().any(|e| e.kind.as_str() == kind))
}

#[test]
fn issue_13_the_reviews_leavings_that_free_no_one() {
    for (text, name) in [
        (
            "El exdiputado Raúl Mogollán Díaz, excarcelado en 2023, salió el lunes hacia Caracas para reunirse con sus abogados.",
            "Raúl Mogollán Díaz",
        ),
        (
            "El periodista Ignacio Lares Matos, preso en Rodeo I, salió el viernes a una audiencia en el Palacio de Justicia y regresó a su celda esa noche.",
            "Ignacio Lares Matos",
        ),
        (
            "La madre del preso político Kevin Ojeda Saldaña salió el sábado de Tocuyito después de la visita.",
            "Kevin Ojeda Saldaña",
        ),
        (
            "El exdiputado Raúl Mogollán Díaz pasó dos años en la cárcel de Tocuyito. Mogollán salió el lunes hacia Caracas para reunirse con sus abogados.",
            "Raúl Mogollán Díaz",
        ),
    ] {
        let x = run(text, "2024-11-15");
        let releases = person(&x, name).map_or(0, |p| {
            p.events
                .iter()
                .filter(|e| e.kind.as_str() == "release" && e.date.as_deref() != Some("2023"))
                .count()
        });
        assert_eq!(releases, 0, "{text}: {x:#?}");
    }
    // (A travel ban is no leaving of the country.)
    let y = run(
        "Excarcelaron el sábado a varios presos. La defensora Naomi Benítez Lara estuvo 14 meses en la Crisálida y sale con prohibición de salida del país.",
        "2026-07-04",
    );
    assert!(
        has(&y, "Naomi Benítez Lara", "conditional_release"),
        "{y:#?}"
    );
}

#[test]
fn issue_13_the_reviews_transcripts_titles_and_groups() {
    // (A speaker label in mixed case, the turn one sentence.)
    let x = run(
        "[00:00:30] Lorenzo Quintero: I was arrested on 3 March 2023 in Maracay.",
        "2024-06-15",
    );
    assert!(has(&x, "Lorenzo Quintero", "arrest"), "{x:#?}");
    // ("Mr." over a given name that looks like a woman's.)
    let y = run(
        "Mr. Andrea Bellucci and Ms. Daniela Rossetti were arrested on 1 July in Caracas. He was released on 4 July.",
        "2024-07-15",
    );
    assert!(has(&y, "Andrea Bellucci", "release"), "{y:#?}");
    assert!(!has(&y, "Daniela Rossetti", "release"), "{y:#?}");
    // ("El Sr. A y la Sra. B": one list.)
    let z = run(
        "El Sr. Tomás Ríos Lander y la Sra. Daniela Rossetti fueron arrestados el 1 de julio en Caracas.",
        "2024-07-15",
    );
    assert!(
        kinds_of(&z, "Tomás Ríos Lander").contains(&"arrest"),
        "{z:#?}"
    );
    // (A group that remains in prison is not the group freed.)
    let w = run(
        "The government released 20 prisoners on 9 June. Among the group that remains in prison is journalist Pablo Ochoa Rivero.",
        "2024-06-15",
    );
    assert!(!has(&w, "Pablo Ochoa Rivero", "release"), "{w:#?}");
}

#[test]
fn issue_13_the_reviews_things_kept_and_errata() {
    let x = run(
        "Las donaciones que la ONG de la activista Daniela Yépez Marín envió desde Cúcuta fueron retenidas el lunes en la aduana.",
        "2024-05-10",
    );
    assert!(person(&x, "Daniela Yépez Marín").is_none(), "{x:#?}");
    let y = run(
        "FE DE ERRATAS: En la nota anterior se informó que el preso político Wilfredo Lugano Paz había sido excarcelado. Lugano sigue en Tocorón.",
        "2024-06-15",
    );
    assert!(!has(&y, "Wilfredo Lugano Paz", "release"), "{y:#?}");
}
