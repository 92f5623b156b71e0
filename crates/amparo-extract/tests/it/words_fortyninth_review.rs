//! issue 13, forty-ninth round: the mends of a black-box review of the round's own rules
//! (/work/review49's probes), written anew with invented names.

#[test]
fn issue_13_fallecida_elsewhere_is_no_death_in_custody() {
    // ("fallecida en noviembre en Madrid, donde vivía exiliada desde su excarcelación del
    // Helicoide": the prison is of a clause after the participle's own place.)
    let x = crate::run(
        "La dirigente Marta Lozada Ruiz, fallecida en noviembre en Madrid, donde vivía exiliada desde su excarcelación del Helicoide en 2019, fue recordada por sus compañeros.\n",
        "2025-04-10",
    );
    assert!(
        crate::person(&x, "Marta Lozada Ruiz")
            .is_none_or(|p| !crate::kinds(p).contains(&"death_in_custody")),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_violent_charge_said_to_be_political_stays_political() {
    // (A murder charge called fabricated stays ordinary; one the family says is politically
    // motivated does not.)
    let x = crate::run(
        "Opposition activist Rubén Carvajal was detained on April 2 in Barquisimeto and charged with murder. His family says the case is politically motivated.\n",
        "2025-04-10",
    );
    assert!(crate::person(&x, "Rubén Carvajal").is_some(), "{x:#?}");
}

#[test]
fn issue_13_a_verdict_overturning_an_acquittal_passes_a_sentence() {
    let x = crate::run(
        "The Supreme Court on Wednesday delivered its verdict in the appeal of blogger Andrei Savik, overturning his acquittal and sentencing him to five years.\n",
        "2025-06-20",
    );
    assert!(
        crate::kinds_of(&x, "Andrei Savik").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_leaving_told_a_year_back_is_not_the_list_s() {
    let x = crate::run(
        "Belarus released 25 political prisoners on Thursday; they returned to their homes in Gomel and Brest. A year ago, Belarus freed 18 prisoners and drove them to the Lithuanian border. Those freed were released from the Minsk detention center.\nAmong the Belarusians are:\n- Mikola Stankevich, politician.\n- Ihar Karneyeu, journalist.\n",
        "2025-09-12",
    );
    let kinds = crate::kinds_of(&x, "Ihar Karneyeu");
    assert!(
        kinds.contains(&"release") && !kinds.contains(&"exile"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_taken_to_the_police_on_a_day_of_its_own_stays_a_move() {
    let x = crate::run(
        "Police in Almaty detained three people on Monday. Yerlan Abenov and Dana Sultanova were taken to the city police department on Wednesday.\n",
        "2024-01-20",
    );
    assert_eq!(
        crate::date_of(&x, "Dana Sultanova", "transfer"),
        "2024-01-17",
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_united_states_side_of_a_swap_and_muerto_in_a_prison() {
    let x = crate::run(
        "Venezuela liberó el viernes a diez estadounidenses, entre ellos Tomás Grillo Vera, detenido en 2022 en Caracas. A cambio, Estados Unidos excarceló al empresario Álvaro Pulido Rey, que cumplía 20 años en una prisión de Florida.\n",
        "2024-06-01",
    );
    assert!(crate::person(&x, "Álvaro Pulido Rey").is_none(), "{x:#?}");
    assert!(crate::person(&x, "Tomás Grillo Vera").is_some(), "{x:#?}");
    let x = crate::run(
        "Entre los presos políticos muertos figuran Julián Barrios Mena, muerto en agosto en el Rodeo I, y Rodolfo Salcedo Pinto, quien falleció en septiembre en Tocorón.\n",
        "2024-10-01",
    );
    assert_eq!(
        crate::date_of(&x, "Julián Barrios Mena", "death_in_custody"),
        "2024-08",
        "{x:#?}"
    );
}

#[test]
fn issue_13_neither_nor_those_who_do_not_know_where_he_is_held() {
    let x = crate::run(
        "Trade unionist Rubén Carvajal was detained on April 2 in Barquisimeto. Since then, neither his wife, Lucía Méndez, nor his lawyer, Tomás Arreaza, know where he is being held.\n",
        "2025-04-10",
    );
    assert!(
        crate::kinds_of(&x, "Rubén Carvajal").contains(&"disappearance"),
        "{x:#?}"
    );
    for name in ["Lucía Méndez", "Tomás Arreaza"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_estacion_policial_after_a_group_s_arrest_and_an_arrests_label() {
    let x = crate::run(
        "La policía de Managua detuvo el martes a cuatro opositores. Julio Mairena Cruz y Ana Téllez Soto fueron llevados a la estación policial de El Chipote.\n",
        "2024-01-20",
    );
    assert_eq!(
        crate::date_of(&x, "Ana Téllez Soto", "arrest"),
        "2024-01-16",
        "{x:#?}"
    );
    let x = crate::run(
        "Arrests: on Monday, KGB officers detained musician Aliaksei Drozd in Brest.\n",
        "2026-05-20",
    );
    assert_eq!(
        crate::date_of(&x, "Aliaksei Drozd", "arrest"),
        "2026-05-18",
        "{x:#?}"
    );
}
