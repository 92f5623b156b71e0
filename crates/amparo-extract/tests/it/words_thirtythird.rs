//! issue 13, thirty-third round: forms read from the spent blind sets' errors, written anew
//! with invented names.

#[test]
fn issue_13_a_name_between_a_sources_clause_and_the_verb_is_its_subject() {
    let x = crate::run(
        "Anselmo Quiroga Tapia fue trasladado a Tocorón. Según la abogada Dilcia Orozco Fermín, que asiste a varias de las familias, Quiroga Tapia cumple una condena de 12 años dictada en mayo de 2025.",
        "2026-02-27",
    );
    assert!(
        crate::kinds_of(&x, "Anselmo Quiroga Tapia").contains(&"sentence"),
        "{x:#?}"
    );
    assert!(crate::no_events(&x, "Dilcia Orozco Fermín"), "{x:#?}");
}
