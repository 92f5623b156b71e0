//! issue 13, fifty-ninth round: what the black-box review of the round's rules found, written
//! anew with invented names.

#[test]
fn issue_13_two_releases_a_day_apart_with_a_rearrest_between_stay_two() {
    let x = crate::run(
        "Activist Gerardo Nuñez Palma was released on Monday, November 10. Police arrested him \
again that same night, and he was released a second time on Tuesday, November 11.",
        "2025-11-15",
    );
    let releases = crate::count_of(&x, "Gerardo Nuñez Palma", "release");
    assert_eq!(releases, 2, "{x:#?}");
}

#[test]
fn issue_13_a_table_of_prison_staff_holds_no_one() {
    let x = crate::run(
        "Lista de funcionarios de prisiones sancionados:\n\nNOMBRE | CARGO | CENTRO\nAbelino \
Castro Ríos | Director | Rodeo I\nMaryori Salcedo Paz | Subdirectora | El Helicoide\n",
        "2025-11-14",
    );
    for name in ["Abelino Castro Ríos", "Maryori Salcedo Paz"] {
        assert!(crate::no_events(&x, name), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_court_act_told_later_than_its_hearing_keeps_no_hearing_day() {
    let x = crate::run(
        "La audiencia preliminar se celebró el 3 de noviembre en Caracas. Una semana después, el \
juez admitió la acusación fiscal por terrorismo contra Yulimar Castañeda y Ovidio Mijares.",
        "2025-11-14",
    );
    for name in ["Yulimar Castañeda", "Ovidio Mijares"] {
        let d = crate::date_of(&x, name, "charge");
        assert_ne!(d, "2025-11-03", "{name}: {x:#?}");
    }
}
