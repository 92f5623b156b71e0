//! issue 13, fiftieth round: what a black-box reviewer of the round's rules found they did
//! wrong, mended. Invented names only.

#[test]
fn issue_13_a_status_line_between_register_rows_heads_the_rows_below() {
    // (The round's run-on rule glued "Arresto domiciliario" to the row above it.)
    let x = crate::run(
        "Registro de presos políticos — actualización 10 de febrero de 2025\n\n1 Casimiro Ruiz Peña V-14.223.901 Lara 29-Jul-2024\n2 Eloína Vílchez Soto V-20.118.345 Zulia 30-Jul-2024\nArresto domiciliario\n3 Baltasar Mavares V-8.123.456 Portuguesa 30-Jul-2024\n4 Gisela Pernía Lugo V-17.554.002 Distrito Capital 02-Aug-2024\n",
        "2025-02-10",
    );
    assert!(
        !crate::kinds_of(&x, "Eloína Vílchez Soto").contains(&"house_arrest"),
        "{x:#?}"
    );
    for name in ["Baltasar Mavares", "Gisela Pernía Lugo"] {
        assert!(
            crate::kinds_of(&x, name).contains(&"house_arrest"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_an_arrest_of_a_year_goes_before_the_days_within_it() {
    let x = crate::run(
        "Union leader Anselmo Loyo Parra was detained in 2024 and transferred to Tocorón on 5 June 2024.\n",
        "2025-12-01",
    );
    let kinds = crate::kinds_of(&x, "Anselmo Loyo Parra");
    assert_eq!(kinds.first(), Some(&"arrest"), "{x:#?}");
}

#[test]
fn issue_13_under_a_house_arrest_heading_anothers_leaving_dates_nothing() {
    let x = crate::run(
        "▶ *Arresto domiciliario*\n- Teodosio Bravo Ulloa salió de Tocuyito el 9 de enero.\n- Celinda Ortiz Mancera, cuya madre Luisa Mancera salió de Ramo Verde el 7 de enero tras visitarla, sigue en casa.\n",
        "2025-01-20",
    );
    assert_eq!(
        crate::date_of(&x, "Teodosio Bravo Ulloa", "house_arrest"),
        "2025-01-09",
        "{x:#?}"
    );
    assert_ne!(
        crate::date_of(&x, "Celinda Ortiz Mancera", "house_arrest"),
        "2025-01-07",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_student_of_a_bodys_seat_keeps_the_role() {
    let x = crate::run(
        "Managua. La policía detuvo el 10 de mayo a los estudiantes de la UNAN-León Kelvin Solís Díaz y Marta Icaza Brenes.\n",
        "2024-05-12",
    );
    let p = crate::person(&x, "Kelvin Solís Díaz").expect("listed");
    assert!(p.roles.iter().any(|r| r == "student"), "{x:#?}");
}

#[test]
fn issue_13_an_english_signature_after_prose_is_no_detainee() {
    let x = crate::run(
        "Arrested on 2 August 2024:\n- Elvio Cárdenas Maita, Vice-president of the Zulia Bar Association\n\nWe demand his immediate release.\n\nTeresa Albornoz Quiñones\nPresident of the Zulia Bar Association\n",
        "2024-08-10",
    );
    assert!(crate::no_events(&x, "Teresa Albornoz Quiñones"), "{x:#?}");
    assert!(
        crate::kinds_of(&x, "Elvio Cárdenas Maita").contains(&"arrest"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_dash_date_is_read_on_every_item_not_only_the_last() {
    // (The next line's bullet "-" read as a date's separator: "15/01" then "- B" was no day.)
    let x = crate::run(
        "▶ *Arresto domiciliario*\n- Osvaldo Lugo Parra — Rodeo I — 15/01\n- Marleny Ochoa Brito — Rodeo I — 30/12\n- Abelardo Quiroz Sanz — Rodeo I — 19/01.\n",
        "2025-01-20",
    );
    assert_eq!(
        crate::date_of(&x, "Osvaldo Lugo Parra", "house_arrest"),
        "2025-01-15",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Marleny Ochoa Brito", "house_arrest"),
        "2024-12-30",
        "{x:#?}"
    );
}
