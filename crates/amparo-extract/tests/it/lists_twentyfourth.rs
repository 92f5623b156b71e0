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
