//! issue 13, sixty-first round: forms read from blind83 (spent), written anew with invented names.

#[test]
fn issue_13_a_relative_whose_son_is_held_is_not_the_one_held() {
    let x = crate::run(
        "Outside the prison, dozens of relatives waited through the night. Among them was \
Herminia Salcedo, 61, whose son, a retired sergeant, has been held there since 2023. She would \
not give his name.",
        "2026-01-10",
    );
    assert!(crate::person(&x, "Herminia Salcedo").is_none(), "{x:#?}");
    let x = crate::run(
        "Frente a la cárcel esperaban varias madres. Entre ellas estaba Fidelina Rojas, cuyo hijo \
está detenido desde 2024.",
        "2026-01-10",
    );
    assert!(crate::person(&x, "Fidelina Rojas").is_none(), "{x:#?}");
}

#[test]
fn issue_13_after_relatives_among_them_names_a_relative_not_the_freed_told_before() {
    let x = crate::run(
        "Foro Penal said it had confirmed 40 releases since Thursday. The government says more \
are coming. Officials gave no list. Outside the prison, relatives waited with blankets. Among \
them was Casilda Ovalles, whose brother has been held since 2022.",
        "2026-01-10",
    );
    assert!(crate::person(&x, "Casilda Ovalles").is_none(), "{x:#?}");
    // (Not one the relatives wait with who is told of as held.)
    let x = crate::run(
        "On Thursday, 80 young men were bused from police stations to the Tocorón prison. Families \
waited on the highway. Among them was 19-year-old student leader Ruperto Lisandro Cova.",
        "2026-01-10",
    );
    assert!(
        crate::person(&x, "Ruperto Lisandro Cova").is_some(),
        "{x:#?}"
    );
}
