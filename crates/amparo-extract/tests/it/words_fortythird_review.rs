//! issue 13, forty-third round: misreadings a review (a helper that had not written the rules)
//! found in the round's rules, each kind mended and held here.

#[test]
fn issue_13_review_a_measure_in_capitals_is_no_part_of_a_name() {
    // ("…al ciudadano LUIS ALBERTO BRICEÑO LIBERTAD PLENA el 5 de mayo")
    let x = crate::run(
        "El tribunal acordó al ciudadano LUIS ALBERTO BRICEÑO LIBERTAD PLENA el 5 de mayo.\n",
        "2024-05-07",
    );
    assert_eq!(
        crate::date_of(&x, "LUIS ALBERTO BRICEÑO", "release"),
        "2024-05-05",
        "{x:#?}"
    );
    let x = crate::run(
        "Se decretó contra el ciudadano ANDRÉS ELOY BRICEÑO PRIVATIVA DE LIBERTAD el 5 de mayo.\n",
        "2024-05-07",
    );
    assert!(
        crate::event_of(&x, "ANDRÉS ELOY BRICEÑO", "detention").is_some(),
        "{x:#?}"
    );
}

#[test]
fn issue_13_review_taken_from_home_by_paramedics_is_no_arrest() {
    for text in [
        "Luis Ortega Prada fue sacado anoche de nuestra casa por paramédicos tras sufrir un infarto, contó su hija.\n",
        "Luis Ortega Prada fue sacado anoche de su casa por los bomberos tras el incendio que afectó el edificio.\n",
    ] {
        let x = crate::run(text, "2024-08-05");
        assert!(crate::no_events(&x, "Luis Ortega Prada"), "{x:#?}");
    }
}
