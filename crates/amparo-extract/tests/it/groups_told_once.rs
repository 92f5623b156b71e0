//! issue 13, tenth round: what is told once of several people — "ambos"/"both" after two names,
//! "todos"/"all" after a list, a relative clause with "had" after a list that a plural word or a
//! count marks as the group's — and "had been detained during a protest", an arrest told by
//! when it happened rather than a stay. Invented names and sentences only.

use crate::{kinds_of, run};

#[test]
fn issue_13_ambos_and_all_after_names_are_about_each_of_them() {
    let x = run(
        "Fueron excarcelados el martes José Gregorio Linares Piña y su hijo, Jesús Linares Arteaga, ambos detenidos en Valencia en noviembre de 2024.",
        "2026-01-29",
    );
    for name in ["José Gregorio Linares Piña", "Jesús Linares Arteaga"] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
    }
    let x = run(
        "Three men left the Tocuyito prison this morning. They include truck driver Yonathan Rafael Colmenares and brothers Luis Ángel Sosa and Miguel Ángel Sosa Brito, all arrested during protests in Valencia in July 2024.",
        "2026-01-14",
    );
    for name in [
        "Yonathan Rafael Colmenares",
        "Luis Ángel Sosa",
        "Miguel Ángel Sosa Brito",
    ] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_a_relative_clause_with_had_is_the_groups_when_a_word_says_so() {
    let x = run(
        "The Federation welcomes the release last week of nurses Carmen Rosa Yánez and Deisy Margarita Lozada, members of our affiliate in Zulia, who had been detained since March.",
        "2026-09-01",
    );
    for name in ["Carmen Rosa Yánez", "Deisy Margarita Lozada"] {
        assert!(kinds_of(&x, name).contains(&"arrest"), "{name}: {x:#?}");
    }
    // Without such a word the clause is about the last name only.
    let x = run(
        "Freed on Monday were Ana Ruiz Pardo and retired general Tomás Ugueto Sifontes, who had been held since 2019.",
        "2026-09-01",
    );
    assert_eq!(kinds_of(&x, "Ana Ruiz Pardo"), ["release"]);
}

#[test]
fn issue_13_had_been_detained_during_a_protest_is_an_arrest() {
    let x = run(
        "Also freed were two students, Yana Markevich and Kiryl Savosik, who had been detained during a 2024 protest.",
        "2026-01-14",
    );
    for name in ["Yana Markevich", "Kiryl Savosik"] {
        assert_eq!(kinds_of(&x, name), ["arrest", "release"], "{name}");
    }
}

#[test]
fn issue_13_handed_over_at_the_border_is_freed_and_sent_out_the_same_day() {
    let x = run(
        "Confirmamos la excarcelación de cuatro colombianos el sábado.\n\nColombianos (entregados en el puente internacional Simón Bolívar, a las 4:40 pm):\n• Jhon Fredy Ospina Cárdenas\n• Luz Mery Quintero de Ospina",
        "2026-05-03",
    );
    for name in ["Jhon Fredy Ospina Cárdenas", "Luz Mery Quintero de Ospina"] {
        assert_eq!(kinds_of(&x, name), ["release", "expulsion"], "{name}");
        assert_eq!(
            crate::dates_of(&x, name),
            ["2026-05-02", "2026-05-02"],
            "{name}"
        );
    }
    // Handed to a consul is a release only.
    let x = run(
        "Jhon Fredy Ospina Cárdenas fue entregado el sábado al cónsul de Colombia en Caracas.",
        "2026-05-03",
    );
    assert_eq!(kinds_of(&x, "Jhon Fredy Ospina Cárdenas"), ["release"]);
}

#[test]
fn issue_13_members_named_after_a_release_and_deportation_share_both() {
    let x = run(
        "La Cancillería informa que ayer fueron excarcelados en Venezuela y deportados cuatro connacionales. Se trata de los señores Jhon Fredy Cárdenas Ospina y Andrés Felipe Gaviria Zuluaga.",
        "2026-03-20",
    );
    for name in [
        "Jhon Fredy Cárdenas Ospina",
        "Andrés Felipe Gaviria Zuluaga",
    ] {
        assert_eq!(kinds_of(&x, name), ["release", "expulsion"], "{name}");
    }
    // Two groups in one sentence: the exile is the other group's.
    let x = run(
        "Bogotá recibe a tres colombianos liberados y a un venezolano exiliado. Los colombianos son la enfermera Luz Dary Cañaveral y el ingeniero Jairo Humberto Restrepo Zuluaga.",
        "2026-03-20",
    );
    assert!(!kinds_of(&x, "Luz Dary Cañaveral").contains(&"exile"));
}

#[test]
fn issue_13_a_plural_verb_after_two_described_names_is_both_of_theirs() {
    let x = run(
        "El mayor del Ejército Franklin Alberto Caldera Pinto, detenido en mayo de 2018, y el sargento primero de la Guardia Nacional Jhonny Rafael Cova, detenido en enero de 2024, quedaron en libertad con la obligación de presentarse cada 30 días ante un tribunal militar.",
        "2026-02-24",
    );
    for name in ["Franklin Alberto Caldera Pinto", "Jhonny Rafael Cova"] {
        assert_eq!(
            kinds_of(&x, name),
            ["arrest", "conditional_release"],
            "{name}"
        );
    }
    // The body's name stops before the person's.
    assert_eq!(x.organizations, ["Guardia Nacional"]);
}

#[test]
fn issue_13_a_court_that_grants_freedom_with_a_ban_on_publishing_releases_on_conditions() {
    let x = run(
        "Este lunes, el Tribunal Tercero de Control otorgó libertad a Yamilet Cova y a Dervis Enrique Marín con régimen de presentación cada 8 días. Los hermanos Ángel David y Samuel Ignacio Rojas quedaron en libertad el lunes con prohibición de publicar contenido sobre funcionarios públicos.",
        "2026-01-27",
    );
    for name in [
        "Yamilet Cova",
        "Dervis Enrique Marín",
        "Ángel David Rojas",
        "Samuel Ignacio Rojas",
    ] {
        assert_eq!(kinds_of(&x, name), ["conditional_release"], "{name}");
    }
}

#[test]
fn issue_13_taken_to_the_border_is_sent_out_and_destierran_exiles() {
    let x = run(
        "Siete presos políticos fueron trasladados este lunes en un bus hasta la frontera de El Guasaule. La lista:\n\n– Ligia Mercedes Zamora, defensora de derechos humanos;\n– Rodrigo Arana Solís, estudiante.",
        "2026-01-13",
    );
    for name in ["Ligia Mercedes Zamora", "Rodrigo Arana Solís"] {
        assert_eq!(kinds_of(&x, name), ["expulsion"], "{name}");
    }
    let x = run(
        "El régimen destierra a Róger Alfredo Huete, que llegó el martes a Guatemala.",
        "2026-01-13",
    );
    assert_eq!(kinds_of(&x, "Róger Alfredo Huete"), ["exile"]);
}

#[test]
fn issue_13_the_n_freed_are_freed_on_the_conditions_told_before() {
    let x = run(
        "La federación informó este jueves que nueve de los 11 estudiantes detenidos el martes salieron en libertad ayer con régimen de presentación cada 15 días.\n\nLos nueve excarcelados son: Andrea Valentina Rondón Paredes, José Miguel Albarrán y Keyla Nazareth Torres.",
        "2026-04-30",
    );
    for name in [
        "Andrea Valentina Rondón Paredes",
        "José Miguel Albarrán",
        "Keyla Nazareth Torres",
    ] {
        // (And the arrest the lead dates, "detenidos el martes", since the day right after a
        // participle is its own.)
        assert_eq!(
            kinds_of(&x, name),
            ["arrest", "conditional_release"],
            "{name}"
        );
        assert_eq!(crate::date_of(&x, name, "arrest"), "2026-04-28", "{name}");
    }
}

#[test]
fn issue_13_the_dated_arrest_of_a_group_told_after_its_release_is_its_members() {
    let x = run(
        "La jueza del Tribunal Quinto de Control, Marisela Contreras Yánez, acordó este martes medidas cautelares sustitutivas de libertad para tres de los cuatro dirigentes sindicales detenidos en Ciudad Guayana en septiembre de 2025.\n\nLos beneficiados son Norberto Anselmi Quijada, delegado de la siderúrgica; Remigio Ventura Salazar Gil, secretario de reclamos de su sindicato; y Delia Maritza Charmell, trabajadora de la empresa de aluminio.",
        "2026-02-11",
    );
    for name in [
        "Norberto Anselmi Quijada",
        "Remigio Ventura Salazar Gil",
        "Delia Maritza Charmell",
    ] {
        assert_eq!(
            kinds_of(&x, name),
            ["arrest", "conditional_release"],
            "{name}"
        );
        assert_eq!(crate::dates_of(&x, name)[0], "2025-09", "{name}");
    }
}
