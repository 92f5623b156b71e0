//! issue 13, thirty-first round. Invented names only.

#[test]
fn issue_13_the_freed_told_after_their_release_keep_its_day() {
    // Thursday 15 January 2026: released Tuesday night, at the court on Wednesday morning.
    let x = crate::run(
        "Al menos 23 presos políticos salieron la noche del martes de las cárceles de Tocuyito y Tocorón. Los excarcelados pasaron la madrugada del miércoles en la sede del Circuito Judicial, donde les impusieron medidas cautelares.\n\nEstos son sus nombres:\n\n- Ramiro Alfonzo Quiñones Tapia (Tocuyito)\n- Dilcia Maribel Orozco Fermín (Tocorón)",
        "2026-01-15",
    );
    assert_eq!(
        crate::date_of(&x, "Ramiro Alfonzo Quiñones Tapia", "conditional_release"),
        "2026-01-13",
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Dilcia Maribel Orozco Fermín", "conditional_release"),
        "2026-01-13",
        "{x:#?}"
    );
}
