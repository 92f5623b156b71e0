//! issue 13, sixty-sixth round: what the black-box reviews of the round's rules found, with
//! invented names.

#[test]
fn issue_13_his_daughter_telling_of_her_mother_is_not_telling_of_him() {
    let x = crate::run(
        "Teacher Germán Olivares was arrested on April 3 in Jinotepe. His daughter, Abril \
Olivares, said her mother was released on April 20.",
        "2024-05-20",
    );
    assert!(
        !crate::kinds_of(&x, "Germán Olivares").contains(&"release"),
        "{x:#?}"
    );
    // (Her daughter telling of her mother is telling of her.)
    let x = crate::run(
        "Teacher Elsa Olivares was arrested on April 3 in Jinotepe. Her daughter, Abril \
Olivares, said her mother was moved on May 2 to La Esperanza.",
        "2024-05-20",
    );
    assert!(
        crate::kinds_of(&x, "Elsa Olivares").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_lawyer_listed_among_detainees_is_one_of_them() {
    let x = crate::run(
        "Detenidos en Boaco esta semana:\n● El estudiante Iván Zeledón Ruiz.\n● La abogada Karla \
Vílchez Mora, que había denunciado torturas en La Esperanza.\n● El comerciante Rodolfo Blandón.",
        "2024-05-20",
    );
    assert!(crate::person(&x, "Karla Vílchez Mora").is_some(), "{x:#?}");
}

#[test]
fn issue_13_one_among_those_deprived_of_liberty_is_held() {
    let x = crate::run(
        "Rosibel Campos, una de los privados de libertad en La Esperanza, denunció que no reciben \
agua potable.",
        "2024-05-20",
    );
    assert!(crate::person(&x, "Rosibel Campos").is_some(), "{x:#?}");
}

#[test]
fn issue_13_a_black_market_criticised_or_a_smuggling_charge_for_protests_is_political() {
    let x = crate::run(
        "Blogger Yunier Carmona was arrested on May 3 after he posted a video criticizing the black \
market for medicines, and was charged with public disorder.",
        "2024-05-20",
    );
    assert!(crate::person(&x, "Yunier Carmona").is_some(), "{x:#?}");
    let x = crate::run(
        "Cinco manifestantes fueron condenados por sabotaje y contrabando tras las protestas del \
11J. Uno de ellos es el preso político Osmany Trujillo, condenado a nueve años.",
        "2024-05-20",
    );
    assert!(crate::person(&x, "Osmany Trujillo").is_some(), "{x:#?}");
}

#[test]
fn issue_13_overstaying_anything_but_a_visa_or_custody_at_home_is_no_foreign_custody() {
    let x = crate::run(
        "Union leader Hernán Palacios, who overstayed his welcome at the ministry, was arrested on \
May 12 for leading a strike.",
        "2024-05-20",
    );
    assert!(crate::person(&x, "Hernán Palacios").is_some(), "{x:#?}");
}

#[test]
fn issue_13_an_exile_that_followed_a_release_is_told() {
    let x = crate::run(
        "Journalist Ramiro Fonseca, who has lived in exile since his release in 2019, was arrested \
again on May 2 when he returned to Managua.",
        "2024-05-20",
    );
    assert!(
        crate::kinds_of(&x, "Ramiro Fonseca").contains(&"exile"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_an_unnamed_man_who_tells_of_the_move_is_not_the_one_moved() {
    let x = crate::run(
        "Eliécer Mairena, de 40 años, fue capturado el viernes. Un señor que estaba en la misma \
celda contó que lo trasladaron a La Modelo el sábado.",
        "2024-05-20",
    );
    assert!(
        crate::kinds_of(&x, "Eliécer Mairena").contains(&"transfer"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_conditions_label_that_lists_none_or_nothing_or_goes_on_below() {
    let x = crate::run(
        "▸ Telma Aráuz — teacher. Released from the INOF after 1 year. Conditions: none.\n▸ Isidro \
Centeno — student. Released from La Modelo after 2 years. Conditions:\n▸ Wendy Lacayo — nurse. \
Released from Tipitapa after 6 months. Conditions: report to court every 15 days.",
        "2024-03-10",
    );
    assert!(
        crate::kinds_of(&x, "Telma Aráuz").contains(&"release"),
        "{x:#?}"
    );
    assert!(
        crate::kinds_of(&x, "Isidro Centeno").contains(&"release"),
        "{x:#?}"
    );
    let x = crate::run(
        "▸ Wendy Lacayo — nurse. Released from Tipitapa after 6 months. Conditions:\nreport to \
court every 15 days.",
        "2024-03-10",
    );
    let e = crate::event_of(&x, "Wendy Lacayo", "conditional_release").expect("conditional");
    assert_eq!(
        e.conditions.as_deref(),
        Some("report to court every 15 days")
    );
}

#[test]
fn issue_13_overstaying_as_a_states_pretext_and_exile_after_release_abroad() {
    let x = crate::run(
        "Panamanian priest Julián Arosemena was arrested by Nicaraguan police on June 14, accused \
of overstaying his visa, and expelled to Panama two days later.",
        "2024-06-20",
    );
    assert!(crate::person(&x, "Julián Arosemena").is_some(), "{x:#?}");
    let x = crate::run(
        "Journalist Ramiro Fonseca, who has lived in exile in Costa Rica since his release in \
2019, was arrested again on May 2 when he returned to Managua.",
        "2024-05-20",
    );
    assert!(
        crate::kinds_of(&x, "Ramiro Fonseca").contains(&"exile"),
        "{x:#?}"
    );
}
