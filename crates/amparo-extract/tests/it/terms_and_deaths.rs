//! issue 13, tenth round: sentences told by what was given ("recibió 24 años de prisión",
//! "received 15 years each", "was handed a 15-year sentence", "impuso la pena máxima de 30 años
//! de prisión al exconcejal X"); a death in a prison's infirmary told a little further on; a
//! plural noun opening the sentence is no part of the names after it ("Biologists Omar
//! Tirado…"); freed as "quedó libre". Invented names and sentences only.

use crate::{dates_of, kinds_of, person, run};

#[test]
fn issue_13_a_term_received_or_imposed_is_a_sentence() {
    for (text, name) in [
        (
            "Ricardo Antonio Moreno recibió 24 años de prisión.",
            "Ricardo Antonio Moreno",
        ),
        (
            "Ricardo Antonio Moreno was handed a 15-year sentence on Monday.",
            "Ricardo Antonio Moreno",
        ),
        (
            "La jueza impuso la pena máxima de 30 años de prisión al exconcejal de Chacao Tomás Eduardo Miquilena.",
            "Tomás Eduardo Miquilena",
        ),
    ] {
        let x = run(text, "2026-03-10");
        assert_eq!(kinds_of(&x, name), ["sentence"], "{text}");
    }
}

#[test]
fn issue_13_those_who_received_terms_after_a_dated_trial_share_its_day_and_keep_their_names() {
    let x = run(
        "A special court on Tuesday sentenced five members of the environmental group Guardianes del Caroní to prison terms. Biologists Omar Tirado and Yanet Villarroel received 15 years each.",
        "2026-10-08",
    );
    assert!(person(&x, "Guardianes del Caroní").is_none());
    for name in ["Omar Tirado", "Yanet Villarroel"] {
        assert_eq!(kinds_of(&x, name), ["sentence"], "{name}");
        assert_eq!(dates_of(&x, name), ["2026-10-06"], "{name}");
    }
}

#[test]
fn issue_13_a_death_in_a_prisons_infirmary_and_quedo_libre() {
    let x = run(
        "Mirna Colina murió en marzo de este año en la enfermería del penal.",
        "2026-06-10",
    );
    assert_eq!(kinds_of(&x, "Mirna Colina"), ["death_in_custody"]);
    let x = run(
        "También quedó libre el hispano-venezolano Ricardo Eugenio Pardo Lander.",
        "2026-06-10",
    );
    assert_eq!(kinds_of(&x, "Ricardo Eugenio Pardo Lander"), ["release"]);
}

#[test]
fn issue_13_a_prelate_is_held_in_nicaragua_and_brokers_in_venezuela() {
    let x = run(
        "MANAGUA. El régimen de Nicaragua mantiene preso al obispo Bismarck Aráuz Téllez. Bishop Francisco Javier Montealegre has been under house arrest in Nicaragua since August 2025.",
        "2026-03-10",
    );
    assert!(person(&x, "Bismarck Aráuz Téllez").is_some(), "{x:#?}");
    assert_eq!(
        kinds_of(&x, "Francisco Javier Montealegre"),
        ["house_arrest"]
    );
    let x = run(
        "A Venezuelan priest jailed for a year was released on Saturday in Caracas, two days after the apostolic nuncio, Archbishop Stefano Marchetti, visited the prison where he was held.",
        "2026-02-15",
    );
    assert!(person(&x, "Stefano Marchetti").is_none(), "{x:#?}");
}

#[test]
fn issue_13_court_verbs_reach_far_deaths_told_as_nouns_and_names_that_end_in_a_rank() {
    let x = run(
        "Un tribunal de Caracas condenó el jueves a 30 años de prisión a tres dirigentes opositores, Alejandro Rangel León, Ernesto Zabala y Karla Terán Rivas, por los delitos de terrorismo.",
        "2026-03-10",
    );
    for name in [
        "Alejandro Rangel León",
        "Ernesto Zabala",
        "Karla Terán Rivas",
    ] {
        assert_eq!(kinds_of(&x, name), ["sentence"], "{name}");
    }
    let x = run(
        "El informe destaca además la muerte del sargento Henry Lucena, de 29 años, ocurrida el 27 de octubre en la sede de la DGCIM en Boleíta.",
        "2026-11-10",
    );
    assert_eq!(kinds_of(&x, "Henry Lucena"), ["death_in_custody"]);
    let x = run(
        "Fueron excarcelados 12 presos políticos. Entre ellos se encuentran el general de brigada retirado Ovidio Antonio Salazar Mireles y la exdiputada regional Nancy Josefina Ávila Coronel.",
        "2026-03-10",
    );
    assert!(
        person(&x, "Nancy Josefina Ávila Coronel").is_some(),
        "{x:#?}"
    );
    let x = run(
        "El viernes, el periodista Adrián Josué Villalobos, de la emisora Radio La Voz del Valle, fue interceptado por una comisión del Sebin a la salida de la emisora.",
        "2026-03-10",
    );
    assert_eq!(
        kinds_of(&x, "Adrián Josué Villalobos"),
        ["arrest", "detention"]
    );
    assert!(person(&x, "Voz del Valle").is_none());
}

#[test]
fn issue_13_taken_away_whereabouts_unknown_and_put_on_a_flight() {
    let x = run(
        "DGCIM se llevó de su casa al periodista Ángel Gabriel Lozada y su familia no sabe dónde está.",
        "2026-03-10",
    );
    assert_eq!(
        kinds_of(&x, "Ángel Gabriel Lozada"),
        ["arrest", "disappearance"]
    );
    let x = run(
        "Former lawmaker Heliodoro Zambrano Pulido was taken from Rodeo I directly to Maiquetía airport on Sunday and placed on a flight to Santo Domingo.",
        "2026-03-10",
    );
    assert_eq!(
        kinds_of(&x, "Heliodoro Zambrano Pulido"),
        ["release", "exile"]
    );
    let x = run(
        "Twelve political prisoners released from El Helicoide on Tuesday were put on a flight to Madrid the same night. Their names:\n\n1. ANTONIO JOSÉ BELLORÍN\n2. MARÍA ALEJANDRA GUZMÁN",
        "2026-03-12",
    );
    assert_eq!(dates_of(&x, "ANTONIO JOSÉ BELLORÍN")[0], "2026-03-10");
}
