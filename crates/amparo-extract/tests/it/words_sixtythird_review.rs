//! issue 13, sixty-third round: what the black-box reviews of the round's rules found, written
//! anew with invented names.

#[test]
fn issue_13_a_relative_after_a_role_for_others_is_not_the_name_s() {
    for text in [
        "Fermín Ocanto, abogado de presos que siguen recluidos, denunció la situación.",
        "Fermín Ocanto, abogado de un preso que sigue detenido desde el 4 de enero, denunció \
torturas.",
        "Fermín Ocanto, defensor de un activista que sigue encarcelado desde el 4 de enero, habló.",
    ] {
        let x = crate::run(text, "2026-03-05");
        assert!(crate::no_events(&x, "Fermín Ocanto"), "{text}");
    }
    // (A role's adjective is still its own: "activista sindical que fue indultado".)
    let x = crate::run(
        "La foto muestra a Yuri Lobach, activista sindical que fue indultado en junio de 2024 y \
ya vive en Vilna.",
        "2026-03-05",
    );
    assert!(crate::kinds_of(&x, "Yuri Lobach").contains(&"release"));
}

#[test]
fn issue_13_what_was_not_carried_out_is_the_noun_its_verb_tells_of() {
    // (Another noun's verb: the event told before it happened.)
    let x = crate::run(
        "The arrest of Dalia Urbina on 2 February came after a planned meeting did not take place.",
        "2026-03-05",
    );
    assert!(crate::kinds_of(&x, "Dalia Urbina").contains(&"arrest"));
    let x = crate::run(
        "La excarcelación de Dalia Urbina el 1 de marzo se produjo porque el juicio no se concretó.",
        "2026-03-05",
    );
    assert!(crate::kinds_of(&x, "Dalia Urbina").contains(&"release"));
    // (Its own, in other words and orders.)
    for text in [
        "La excarcelación de Dalia Urbina nunca se concretó.",
        "La excarcelación de Dalia Urbina no llegó a concretarse.",
        "La excarcelación de Dalia Urbina quedó sin efecto.",
        "No se concretó la excarcelación de Dalia Urbina.",
        "La liberación de Dalia Urbina, prevista para el 1 de marzo, no se concretó.",
    ] {
        let x = crate::run(text, "2026-03-05");
        assert!(crate::no_events(&x, "Dalia Urbina"), "{text}");
    }
}

#[test]
fn issue_13_taken_to_the_airport_to_be_deported_keeps_what_happened() {
    let x = crate::run(
        "Jacinto Ferrer Olmos was taken to the airport on 1 March to be deported.",
        "2026-03-05",
    );
    assert!(crate::person(&x, "Jacinto Ferrer Olmos").is_some());
}

#[test]
fn issue_13_one_of_them_after_but_is_not_the_one_named_before() {
    let x = crate::run(
        "Ana Lucía Vega Ruiz fue excarcelada el lunes, pero una de las presas de la lista fue \
devuelta a la cárcel.",
        "2025-09-05",
    );
    assert!(!crate::kinds_of(&x, "Ana Lucía Vega Ruiz").contains(&"transfer"));
}

#[test]
fn issue_13_taken_to_the_airport_and_sent_out_keeps_the_leaving() {
    for (text, kind) in [
        (
            "Rigoberto Salazar Nieves fue detenido el 1 de febrero en Caracas. El 5 de marzo fue \
trasladado al aeropuerto de Maiquetía y expulsado del país.",
            "expulsion",
        ),
        (
            "Rigoberto Salazar Nieves fue detenido el 1 de febrero en Caracas. El 5 de marzo fue \
trasladado al aeropuerto de Maiquetía y desterrado a España.",
            "exile",
        ),
    ] {
        let x = crate::run(text, "2024-03-10");
        assert_eq!(
            crate::date_of(&x, "Rigoberto Salazar Nieves", kind),
            "2024-03-05",
            "{text}"
        );
        assert!(
            !crate::kinds_of(&x, "Rigoberto Salazar Nieves").contains(&"transfer"),
            "{text}"
        );
    }
}

#[test]
fn issue_13_not_done_until_a_day_is_done_then() {
    let x = crate::run(
        "Amparo Villegas Ruiz fue detenida el 1 de febrero en Caracas. La excarcelación de Amparo \
Villegas Ruiz no se concretó sino hasta el 7 de marzo.",
        "2024-03-10",
    );
    assert!(crate::kinds_of(&x, "Amparo Villegas Ruiz").contains(&"release"));
}

#[test]
fn issue_13_a_year_heading_ends_at_another_heading_or_a_day_told_from_the_page() {
    for text in [
        "Cronología:\n\n2018\n5 de marzo: Gabriel Ordaz Peña es detenido en Caracas.\n\n2019\n10 \
de enero: es condenado a 8 años de prisión.\n\nActualidad\nEl 2 de marzo fue trasladado a El \
Rodeo I.",
        "Cronología:\n\n2018\nEl 5 de marzo Gabriel Ordaz Peña fue detenido en Caracas.\n\n2019\nEl \
10 de enero fue condenado a 8 años de prisión. El pasado 2 de marzo fue trasladado a El Rodeo I.",
    ] {
        let x = crate::run(text, "2024-03-10");
        assert_eq!(
            crate::date_of(&x, "Gabriel Ordaz Peña", "arrest"),
            "2018-03-05",
            "{text}"
        );
        assert_eq!(
            crate::date_of(&x, "Gabriel Ordaz Peña", "transfer"),
            "2024-03-02",
            "{text}"
        );
    }
}

#[test]
fn issue_13_accused_in_a_table_of_officials_is_no_detainee() {
    let x = crate::run(
        "Resultados del juicio contra el exalcalde Gervasio Pulido Lanz por corrupción:\n\n\
| Nombre | Situación |\n|---|---|\n| Gervasio Pulido Lanz | Acusado |\n| Nelson Paredes Rey | \
Testigo |",
        "2024-03-10",
    );
    assert!(crate::no_events(&x, "Gervasio Pulido Lanz"));
}

#[test]
fn issue_13_he_after_the_narrator_is_not_one_who_acts_for_others() {
    for (text, other) in [
        (
            "Andrés Liendo Paz fue detenido en enero. «Mi abogado Rafael Suárez no pudo verme \
durante semanas», contó. Él fue excarcelado el 4 de marzo.",
            "Rafael Suárez",
        ),
        (
            "Carmen Ruiz Toro fue arrestada el 2 de enero. «La jueza Laura Vega nunca me dejó \
hablar», contó. Ella fue trasladada al INOF el 5 de febrero.",
            "Laura Vega",
        ),
        (
            "Luis Mora Peña fue detenido el 2 de marzo. Yo lo conocí en 2019, cuando trabajaba con \
el periodista Óscar Blanco. Él fue liberado el 8 de marzo.",
            "Óscar Blanco",
        ),
    ] {
        let x = crate::run(text, "2024-03-10");
        assert!(crate::no_events(&x, other), "{text}");
    }
}

#[test]
fn issue_13_names_a_counted_trade_counts_do_not_take_the_first_s_trade() {
    let x = crate::run(
        "Las autoridades detuvieron el 5 de marzo al abogado Pedro Ramírez Sosa y dos estudiantes \
de la Universidad Central de Venezuela, Luis Mora Gil y Ana Téllez Ruiz.",
        "2024-03-10",
    );
    for name in ["Luis Mora Gil", "Ana Téllez Ruiz"] {
        let p = crate::person(&x, name).unwrap_or_else(|| panic!("{name}"));
        assert!(
            !p.roles.iter().any(|r| r == "lawyer"),
            "{name}: {:?}",
            p.roles
        );
    }
}

#[test]
fn issue_13_he_after_the_narrator_is_not_a_speaker_nor_staff() {
    for (text, detainee, other) in [
        (
            "Carlos Mejía Urbina fue detenido el 1 de enero. \"Mi hijo no ha hecho nada\", dijo su \
padre Luis Ruiz Toro. Él fue liberado el 3 de febrero.",
            "Carlos Mejía Urbina",
            "Luis Ruiz Toro",
        ),
        (
            "Carlos Mejía Urbina fue detenido el 1 de enero. El director del penal, Pedro Gómez \
Lara, me encerró en una celda con otros presos. Él fue liberado el 3 de febrero.",
            "Carlos Mejía Urbina",
            "Pedro Gómez Lara",
        ),
    ] {
        let x = crate::run(text, "2024-03-10");
        assert!(crate::no_events(&x, other), "{text}");
        assert!(crate::kinds_of(&x, detainee).contains(&"release"), "{text}");
    }
}

#[test]
fn issue_13_a_counted_trade_s_own_words_describe_those_it_counts() {
    let x = crate::run(
        "Fueron detenidos el 2 de marzo el periodista Julio Benavides Paz y dos periodistas de la \
Universidad Centroamericana, Kevin Solís Mena y Marcela Ruiz Lugo.",
        "2024-03-10",
    );
    for name in ["Kevin Solís Mena", "Marcela Ruiz Lugo"] {
        let p = crate::person(&x, name).unwrap_or_else(|| panic!("{name}"));
        assert!(
            p.roles.iter().any(|r| r == "journalist"),
            "{name}: {:?}",
            p.roles
        );
    }
}
