//! issue 13, twenty-first round: a court's words — Cuba's "sancionar a X a OCHO AÑOS de
//! privación de libertad", a term that is no custody, a term served in a prison, one acquitted
//! beside the sentenced. Invented names only.

use crate::kinds_of;

fn run(text: &str) -> amparo_extract::Extraction {
    crate::run(text, "2026-11-16")
}

#[test]
fn issue_13_a_cuban_court_sanctions_to_years_and_acquits_another() {
    let x = run(
        "FALLAMOS: Sancionar a Yoel Matos Hechavarría a OCHO AÑOS de privación de libertad, como autor del delito de desórdenes públicos; sancionar a Ariel Favier Chacón a TRES AÑOS de trabajo correccional sin internamiento; y ABSOLVER a Leonel Ortiz Galán.",
    );
    for name in ["Yoel Matos Hechavarría", "Ariel Favier Chacón"] {
        let kinds = kinds_of(&x, name);
        assert!(kinds.contains(&"sentence"), "{name}: {x:#?}");
        // (A term of years is no custody of its own.)
        assert!(!kinds.contains(&"detention"), "{name}: {x:#?}");
    }
    assert!(
        crate::person(&x, "Leonel Ortiz Galán")
            .is_none_or(|_| !kinds_of(&x, "Leonel Ortiz Galán").contains(&"sentence")),
        "{x:#?}"
    );
    // (Sanctions on an official are no sentence.)
    let x = run("EEUU sancionó a Pedro Pérez Gil por violaciones de derechos humanos.");
    assert!(crate::no_events(&x, "Pedro Pérez Gil"), "{x:#?}");
}

#[test]
fn issue_13_a_term_served_in_a_prison_is_a_custody() {
    let x = run(
        "Un tribunal condenó a Yasmani Pérez Canosa a 12 años de prisión por sedición. Yasmani Pérez Canosa cumple la pena en el Combinado del Este.",
    );
    let kinds = kinds_of(&x, "Yasmani Pérez Canosa");
    assert!(kinds.contains(&"sentence"), "{x:#?}");
    assert!(kinds.contains(&"detention"), "{x:#?}");
}

#[test]
fn issue_13_a_timelines_present_sentences_her() {
    let x = run(
        "La activista Zoraida Mogollón Araujo fue detenida el 12 de febrero de 2025.\n\n27/01/2026 — Un tribunal la condena a 16 años de prisión.",
    );
    assert!(
        kinds_of(&x, "Zoraida Mogollón Araujo").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_records_measure_is_not_dated_by_its_end() {
    let x = run(
        "Politzek Watch | Court roundup\n\nDefendant: Vera Lisitskaya\nCharge: spreading fakes about the army, over leaflets left in a supermarket.\nOutcome: pre-trial detention replaced with house arrest until June 15.",
    );
    assert!(
        kinds_of(&x, "Vera Lisitskaya").contains(&"house_arrest"),
        "{x:#?}"
    );
    assert_ne!(
        crate::date_of(&x, "Vera Lisitskaya", "house_arrest"),
        "2026-06-15",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_term_in_a_regimes_penal_colony_is_a_sentence() {
    let x = run("Artyom Sviridov got five years in a general-regime penal colony for his posts.");
    assert!(
        kinds_of(&x, "Artyom Sviridov").contains(&"sentence"),
        "{x:#?}"
    );
}
