//! issue 13, twenty-fourth round: lists and their lines — a press digest's outlets at the head
//! of its items. Invented names only.

#[test]
fn issue_13_a_digest_s_outlets_are_no_one_held() {
    let x = crate::run(
        "RESUMEN DE PRENSA — MARTES 20 DE ENERO DE 2026\n\n▪ La Brújula Llanera (portal, Barinas) — La abogada Teolinda Marrufo Pinto fue trasladada el lunes de El Helicoide al INOF, en Los Teques.\n\n▪ El Faro de Levante (Barcelona) — El activista Nelson Arévalo Quintana fue excarcelado el domingo.\n\n▪ Semanario Contrapeso (Caracas) — Foro Penal registra 689 presos políticos.",
        "2026-01-20",
    );
    // (Not people at all: not even named as ones never held.)
    for name in ["Brújula Llanera", "Faro de Levante", "Semanario Contrapeso"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
        assert!(
            !x.not_detainees.iter().any(|n| n.name == name),
            "{name}: {x:#?}"
        );
    }
    assert!(
        crate::kinds_of(&x, "Teolinda Marrufo Pinto").contains(&"transfer"),
        "{x:#?}"
    );
    assert!(
        crate::kinds_of(&x, "Nelson Arévalo Quintana").contains(&"release"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_the_paper_identifies_members_of_the_group_freed() {
    let x = crate::run(
        "Cuatro periodistas salieron el domingo en la noche, dos del INOF y dos del Rodeo I. El diario identifica a Eustaquio Bermúdez Lara, reportero de sucesos, y a la fotógrafa Yuraima Colmenter; las otras dos familias pidieron reserva.",
        "2026-01-20",
    );
    for name in ["Eustaquio Bermúdez Lara", "Yuraima Colmenter"] {
        assert!(
            crate::kinds_of(&x, name).contains(&"release"),
            "{name}: {x:#?}"
        );
    }
}

#[test]
fn issue_13_a_hometown_after_the_age_is_no_one_and_a_never_is_no_name() {
    let x = crate::run(
        "The Rev. Wendell Ray Pruitt, 58, of Tulsa, Oklahoma, and Carla Jean Dombrowski, 31, of Grand Rapids, Michigan, were arrested on April 2 while running a clinic, according to their mission organization. His wife has not been told where he is being held, according to the human rights collective Nicaragua Nunca Más.",
        "2025-04-25",
    );
    for name in ["Wendell Ray Pruitt", "Carla Jean Dombrowski"] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2025-04-02",
            "{name}: {x:#?}"
        );
    }
    for name in ["Grand Rapids", "Nunca Más"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
}

#[test]
fn issue_13_one_of_them_named_after_a_colon_and_held_as_of_the_post() {
    let x = crate::run(
        "14 Feb 2026, 18:40\nMinsk: riot police detained at least nine people who were laying flowers near the memorial. We know the name of one of them: student Yauhen Drazdou, 20. He is being held at the Akrestsina detention centre.\n\n16 Feb 2026, 08:00\nWe recognise 1,112 political prisoners.",
        "2026-02-16",
    );
    let kinds = crate::kinds_of(&x, "Yauhen Drazdou");
    assert!(kinds.contains(&"arrest"), "{x:#?}");
    assert_eq!(
        crate::date_of(&x, "Yauhen Drazdou", "arrest"),
        "2026-02-14",
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_demonym_surname_and_a_priest_s_title_inside_a_list() {
    let x = crate::run(
        "Opposition activist Mauricio Alemán Pineda died in custody in August 2025.",
        "2026-03-01",
    );
    assert_eq!(
        crate::kinds_of(&x, "Mauricio Alemán Pineda"),
        ["death_in_custody"],
        "{x:#?}"
    );
    let x = crate::run(
        "Lithuanian citizens Tomas Vaitkevičius and Rūta Jankūnaitė, Polish priest Father Grzegorz Nowicki and Japanese teacher Kenji Morimoto were also freed on Friday.",
        "2025-09-13",
    );
    for name in [
        "Tomas Vaitkevičius",
        "Rūta Jankūnaitė",
        "Grzegorz Nowicki",
        "Kenji Morimoto",
    ] {
        assert!(
            crate::kinds_of(&x, name).contains(&"release"),
            "{name}: {x:#?}"
        );
    }
}
