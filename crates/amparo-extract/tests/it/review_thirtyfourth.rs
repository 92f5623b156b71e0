//! issue 13, thirty-fourth round: forms from the probes of an outside review (a helper who
//! wrote its own texts to the brief's conventions and ran a frozen binary), written anew with
//! invented names.

#[test]
fn issue_13_a_question_in_english_tells_no_event() {
    let x = crate::run(
        "FACT CHECK: Was journalist Teodoro Albarrán Lugo arrested in Caracas?\nClaim: Posts say Teodoro Albarrán Lugo was detained on 25 August.\nVerdict: FALSE. Albarrán Lugo has lived in Bogotá since 2021 and told us he was never detained.",
        "2025-08-28",
    );
    assert!(crate::no_events(&x, "Teodoro Albarrán Lugo"), "{x:#?}");
}

#[test]
fn issue_13_taken_from_home_or_by_agents_is_an_arrest() {
    let x = crate::run(
        "Familiares de Yohandry Cedeño Ruiz denuncian que fue sacado de su vivienda en Guarenas por hombres encapuchados el 11 de septiembre. Las autoridades niegan tenerlo bajo custodia.",
        "2025-09-15",
    );
    assert_eq!(
        crate::date_of(&x, "Yohandry Cedeño Ruiz", "arrest"),
        "2025-09-11",
        "{x:#?}"
    );
    let y = crate::run(
        "UN experts urged Venezuela to reveal the fate of Tomasa Quintero Rivas, who was taken by intelligence agents on 14 June in Barquisimeto and has not been seen since. The decision was taken by the court of Lara.",
        "2025-06-27",
    );
    assert_eq!(
        crate::date_of(&y, "Tomasa Quintero Rivas", "arrest"),
        "2025-06-14",
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_rumour_a_first_to_come_and_a_live_entry_after_its_update_stamp() {
    let x = crate::run(
        "Se rumora en redes que el concejal Walter Quiroz Tineo habría sido excarcelado anoche, pero ni su familia ni su defensa lo han confirmado.",
        "2025-03-03",
    );
    assert!(
        !crate::kinds_of(&x, "Walter Quiroz Tineo").contains(&"release"),
        "{x:#?}"
    );
    let y = crate::run(
        "LIVE: Prisoner releases\nUpdated 21:05 — Rights group confirms release of opposition activist Gonzalo Rivas Nieves from Tocorón.\n15:10 — Earlier on Saturday, lawyer Emilio Cárdenas had said his client, Hugo Perales Lanz, would be \"among the first freed\". No confirmation so far.",
        "2025-01-12",
    );
    assert_eq!(
        crate::kinds_of(&y, "Gonzalo Rivas Nieves"),
        vec!["release"],
        "{y:#?}"
    );
    assert!(crate::no_events(&y, "Hugo Perales Lanz"), "{y:#?}");
}

#[test]
fn issue_13_a_posts_handle_after_a_long_name_and_a_cutoff_on_the_first_line() {
    let x = crate::run(
        "Human Rights Now Venezuela @HRNowVE · Nov 10, 2025\nYesterday, security forces arrested union leader Carlos Quintero Peraza outside the Labor Ministry in Caracas.",
        "2025-11-12",
    );
    assert_eq!(
        crate::date_of(&x, "Carlos Quintero Peraza", "arrest"),
        "2025-11-09",
        "{x:#?}"
    );
    let y = crate::run(
        "BOLETÍN N.° 38 — Red de Familiares (corte: 25/09/2025)\n\nSIGUEN DETENIDOS\n• Freddy Gamboa Lugo, en Tocuyito.\n• Lisbeth Arenas Pinto, en La Ponderosa.\n",
        "2025-09-26",
    );
    assert_eq!(
        crate::date_of(&y, "Freddy Gamboa Lugo", "detention"),
        "2025-09-25",
        "{y:#?}"
    );
}

#[test]
fn issue_13_a_records_officer_lines_name_no_detainee() {
    let x = crate::run(
        "21:00\nMOSCOW. Activist Timur Zaripov Galeev, detained this afternoon near Pushkinskaya, was sentenced by the Tverskoy district court to 15 days of administrative arrest. He will serve them in the special detention centre on Mnevniki Street.\nJudge: Alexei Sarkisyan.\n\n23:15\nSummary for today: at least 27 people detained in 9 cities.",
        "2025-06-12",
    );
    assert!(
        crate::kinds_of(&x, "Timur Zaripov Galeev").contains(&"sentence"),
        "{x:#?}"
    );
    assert!(crate::no_events(&x, "Alexei Sarkisyan"), "{x:#?}");
    let y = crate::run(
        "IN THE MATTER OF: State v. Orlando Fermín Sánchez\nDate of hearing: 8 May 2025\nRuling: The defendant is sentenced to 12 years' imprisonment, to be served at Yare II.\nPresiding judge: Hon. Beatriz Mora\nDefense counsel: Rubén Castillo Lara",
        "2025-05-09",
    );
    assert!(crate::no_events(&y, "Rubén Castillo Lara"), "{y:#?}");
}

#[test]
fn issue_13_handed_to_another_states_authorities_is_no_foreign_custody() {
    let x = crate::run(
        "Two Colombian aid workers, Jorge Mejía Lozano and Camilo Restrepo Gil, detained in Apure on 20 May, were handed over to Colombian authorities at the border on Wednesday and barred from re-entering Venezuela.",
        "2025-06-06",
    );
    assert!(
        crate::kinds_of(&x, "Jorge Mejía Lozano").contains(&"expulsion"),
        "{x:#?}"
    );
}
