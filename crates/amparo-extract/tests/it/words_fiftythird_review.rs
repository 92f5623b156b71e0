//! issue 13, fifty-third round: what a black-box review of the round's rules found they
//! over-reached on, and near variants they missed; written anew with invented names.

#[test]
fn issue_13_families_or_authorities_opening_a_sentence_leave_the_group_in_focus() {
    // (Only others who may be held apart — migrants, deportees — take the focus: "Los
    // familiares se concentraron…" did, and "Fueron detenidos acusados de pertenecer a una
    // banda criminal" no longer told of the three.)
    let x = crate::run(
        "La policía detuvo el lunes en Maracay a Jhonny Rivas Lugo, Kelvin Suárez Mora y Yorman Pérez Gil.\n\nLos familiares se concentraron frente al comando. Fueron detenidos acusados de pertenecer a una banda criminal.",
        "2025-03-20",
    );
    assert!(x.persons.iter().all(|p| p.events.is_empty()), "{x:#?}");
    let x = crate::run(
        "Police arrested activists Jesús Marcano Ruiz, Omar Lugo Peña and Wilmer Paz Ortiz in Valencia on Monday.\n\nThe authorities did not disclose the charges. They were released on Wednesday and must report to court weekly.",
        "2025-03-20",
    );
    assert!(
        crate::kinds_of(&x, "Omar Lugo Peña").contains(&"conditional_release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_keycap_line_of_places_or_demands_in_capitals_is_no_name() {
    for text in [
        "Detenidos el 12 de enero tras la protesta, por estado:\n1️⃣ MARACAIBO, ZULIA\n2️⃣ VALENCIA, CARABOBO\n3️⃣ BARQUISIMETO, LARA\nSe trata de 14 personas.",
        "Exigencias de los familiares de los presos políticos detenidos el 12 de enero:\n1️⃣ FE DE VIDA, INMEDIATA\n2️⃣ DEFENSA PRIVADA, SIN TRABAS\n3️⃣ LIBERTAD PLENA, SIN CONDICIONES\n",
    ] {
        let x = crate::run(text, "2025-01-15");
        assert!(x.persons.iter().all(|p| p.events.is_empty()), "{x:#?}");
    }
}

#[test]
fn issue_13_a_leaving_of_others_or_feared_is_not_the_members() {
    for text in [
        "El régimen excarceló el jueves a 135 presos políticos. Dos de los excarcelados son extranjeros. Otros 30 presos fueron deportados a Guatemala. Se trata de Pedro Ulloa Ríos y Ana Cerna Mora.",
        "The government released 135 political prisoners on Thursday. Three of those freed are foreigners who fear being deported to Cuba, their lawyers said. They are Kevin Doyle Hart and Pedro Ulloa Ríos.",
    ] {
        let x = crate::run(text, "2024-09-06");
        assert_eq!(
            crate::kinds_of(&x, "Pedro Ulloa Ríos"),
            ["release"],
            "{x:#?}"
        );
    }
}

#[test]
fn issue_13_a_lawyer_told_held_himself_keeps_his_own_release() {
    let x = crate::run(
        "El preso político Andrés Molina Tovar sigue en Tocorón. Su abogado, Esteban Vidal Ruiz, detenido desde el viernes, celebró que el tribunal le otorgara la libertad plena este lunes.",
        "2024-11-12",
    );
    assert!(
        crate::kinds_of(&x, "Esteban Vidal Ruiz").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_one_unnamed_person_gives_no_event_to_another_named_in_the_sentence() {
    let x = crate::run(
        "Durante la salida de un detenido de la sede del Sebin el 3 de abril, la abogada Carla Méndez Lugo habló con la prensa.",
        "2024-04-09",
    );
    assert!(crate::no_events(&x, "Carla Méndez Lugo"), "{x:#?}");
    // (A cell is no person: "se lo llevaron a una celda de castigo" stays his.)
    let x = crate::run(
        "A Reinaldo Batista Cruz, que está en la misma causa, se lo llevaron el lunes pasado a una celda de castigo.",
        "2024-04-09",
    );
    assert!(!crate::no_events(&x, "Reinaldo Batista Cruz"), "{x:#?}");
}

#[test]
fn issue_13_a_plaque_or_a_bust_is_named_after_someone() {
    for text in [
        "Police detained six people at the Ramiro Lagos Ruiz plaque in Santa Clara on Saturday.",
        "Police detained two women near the Boris Lebedev Orlov bust in Perm on Friday.",
    ] {
        let x = crate::run(text, "2024-03-02");
        assert!(x.persons.iter().all(|p| p.events.is_empty()), "{x:#?}");
    }
}

#[test]
fn issue_13_one_of_those_who_protested_a_fraud_is_still_political() {
    // (Only those the sentence before accuses: "…detuvo a tres jóvenes que protestaban contra
    // un fraude electoral. Uno de ellos fue identificado como X" put X out of scope.)
    for text in [
        "La policía detuvo anoche a tres jóvenes que protestaban frente al CNE contra un fraude electoral. Uno de ellos fue identificado como Jesús Alberto Morales Díaz.",
        "Police detained three students protesting electoral fraud outside the electoral council. One of them was identified as Jesús Alberto Morales Díaz.",
    ] {
        let x = crate::run(text, "2024-08-02");
        assert!(
            !crate::no_events(&x, "Jesús Alberto Morales Díaz"),
            "{x:#?}"
        );
    }
    // (One "había estafado" tells of the town hall, not of the councillors arrested.)
    let x = crate::run(
        "Tres concejales opositores fueron arrestados tras denunciar que la alcaldía había estafado a los vecinos. Uno de ellos fue identificado como Ernesto Villalba Ruiz.",
        "2024-05-20",
    );
    assert!(!crate::no_events(&x, "Ernesto Villalba Ruiz"), "{x:#?}");
}

#[test]
fn issue_13_a_list_of_people_already_abroad_under_a_banishing_headline_is_not_freed() {
    let x = crate::run(
        "Nicaragua frees and banishes 222 political prisoners\nA week later, the government stripped the citizenship of another 94 Nicaraguans who already lived in exile, including writers and journalists:\nMen:\n1. VALDIVIESO SOLANO, Sergio Ramiro\n2. CHAMORRO BERRÍO, Andrés Felipe\nWomen:\n3. BELLO PEREIRA, Gloria Ester\n",
        "2023-02-16",
    );
    assert!(
        !crate::kinds_of(&x, "VALDIVIESO SOLANO, Sergio Ramiro").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_nationality_that_is_no_surname_stays_a_nationality_in_capitals() {
    let x = crate::run(
        "Extranjeros detenidos el 3 de marzo:\n1. ESTADOUNIDENSE CARTER, John\n2. PERUANO QUISPE, Luis Alberto\n3. CHILENO ROJAS, Ana María\n",
        "2024-05-02",
    );
    let carter = crate::person(&x, "CARTER, John").expect("Carter read");
    assert!(carter.nationality.iter().any(|n| n == "US"), "{x:#?}");
}
