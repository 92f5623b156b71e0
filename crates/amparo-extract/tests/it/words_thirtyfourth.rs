//! issue 13, thirty-fourth round: forms read from the spent blind sets' errors, written anew
//! with invented names.

#[test]
fn issue_13_a_wait_at_the_gate_is_no_stay_and_others_aside_do_not_lead_the_list() {
    let x = crate::run(
        "Excarcelan a cinco presos políticos y otorgan casa por cárcel a otros dos\n\nCinco personas detenidas por razones políticas salieron de distintos centros de reclusión este domingo. En la tarde, un tribunal concedió además arresto domiciliario a otras dos.\n\n\"Hay madres que pasaron la noche en la puerta del Rodeo sin saber nada\", dijo Marisela Quintero Aponte, vocera del comité.\n\nEstos son sus nombres:\n\nMujeres:\n- Yuleidy Carolina Pérez Ochoa, docente\n- Dalia Josefina Requena, estudiante\n\nHombres:\n- Jhoan Manuel Tovar Leal, mototaxista\n\nCon arresto domiciliario:\n- Teodoro Antonio Albarrán\n",
        "2026-01-12",
    );
    for name in [
        "Yuleidy Carolina Pérez Ochoa",
        "Dalia Josefina Requena",
        "Jhoan Manuel Tovar Leal",
    ] {
        assert_eq!(crate::kinds_of(&x, name), vec!["release"], "{name}: {x:#?}");
    }
    assert_eq!(
        crate::kinds_of(&x, "Teodoro Antonio Albarrán"),
        vec!["house_arrest"],
        "{x:#?}"
    );
    assert!(crate::no_events(&x, "Marisela Quintero Aponte"), "{x:#?}");
}

#[test]
fn issue_13_the_one_an_items_relation_points_to_is_not_of_the_list() {
    let x = crate::run(
        "Fueron excarcelados este lunes:\n\n- Yuleidy Carolina Pérez Ochoa, madre del dirigente Ramiro Ochoa Lander, quien vive en la clandestinidad\n- Dalia Josefina Requena, hija del concejal Efrén Requena Salas\n- Jhoan Manuel Tovar Leal, mototaxista\n",
        "2026-01-12",
    );
    assert_eq!(
        crate::kinds_of(&x, "Yuleidy Carolina Pérez Ochoa"),
        vec!["release"],
        "{x:#?}"
    );
    assert!(crate::no_events(&x, "Ramiro Ochoa Lander"), "{x:#?}");
    assert!(crate::no_events(&x, "Efrén Requena Salas"), "{x:#?}");
}
