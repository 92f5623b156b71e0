//! issue 13, twenty-fifth round: lists, digests and records — an outlet heading a digest's item.
//! Invented names only.

#[test]
fn issue_13_a_newscasts_name_heading_a_digest_item_is_no_one() {
    let x = crate::run(
        "RESUMEN SEMANAL\n\n▸ Noticiero del Sur: Periodista desaparecido en León\nLa Policía se llevó el lunes de su casa en León al periodista Evaristo Moncada Ruiz. Desde entonces se desconoce su paradero.",
        "2026-02-27",
    );
    assert!(
        !x.persons.iter().any(|p| p.name.contains("Noticiero")),
        "{x:#?}"
    );
    assert!(
        crate::person(&x, "Evaristo Moncada Ruiz").is_some(),
        "{x:#?}"
    );
}
