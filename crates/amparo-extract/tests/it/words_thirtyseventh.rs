//! issue 13, thirty-seventh round: forms read from the spent blind sets' errors, written anew
//! with invented names.

#[test]
fn issue_13_no_news_of_one_taken_and_whereabouts_kept_from_the_family_are_a_disappearance() {
    let x = crate::run(
        "La policía detuvo el domingo por la noche a tres vecinos de Palmarito tras la protesta.\n\nDe Ovidio Ramón Sequera no hay noticias. Su esposa recorrió tres unidades policiales.\n",
        "2026-02-03",
    );
    assert!(
        crate::kinds_of(&x, "Ovidio Ramón Sequera").contains(&"disappearance"),
        "{x:#?}"
    );
    let x = crate::run(
        "Lisandro Peralta Quijada fue detenido el martes en Barinas. Desde entonces su familia desconoce dónde se encuentra.\n",
        "2026-02-05",
    );
    assert!(
        crate::kinds_of(&x, "Lisandro Peralta Quijada").contains(&"disappearance"),
        "{x:#?}"
    );
    for told in [
        "For three weeks the authorities refused to disclose her fate or whereabouts.",
        "For weeks nobody would say where she was.",
        "Police would not say where she had been taken.",
    ] {
        let x = crate::run(
            &format!(
                "Teacher Nadia Korovina was arrested on 2 November 2025 at her home. {told}\n"
            ),
            "2025-11-30",
        );
        assert!(
            crate::kinds_of(&x, "Nadia Korovina").contains(&"disappearance"),
            "{told}: {x:#?}"
        );
    }
    // (News awaited of a release announced is no disappearance; nor a birthplace unknown.)
    let x = crate::run(
        "El ministro anunció la excarcelación de dos presos. Salió la dirigente Aurora Tellechea. Del periodista Gumersindo Alcalá todavía no hay noticias.\n",
        "2026-01-10",
    );
    assert!(
        crate::person(&x, "Gumersindo Alcalá")
            .is_none_or(|p| !crate::kinds(p).contains(&"disappearance")),
        "{x:#?}"
    );
    let x = crate::run(
        "Teacher Nadia Korovina was arrested on 2 November 2025. Her neighbour could not say where she was born.\n",
        "2025-11-30",
    );
    assert!(
        !crate::kinds_of(&x, "Nadia Korovina").contains(&"disappearance"),
        "{x:#?}"
    );
}
