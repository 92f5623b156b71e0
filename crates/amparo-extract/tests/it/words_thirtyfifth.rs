//! issue 13, thirty-fifth round: forms read from the spent blind sets' errors, written anew
//! with invented names.

#[test]
fn issue_13_a_role_in_apposition_makes_an_unknown_name_a_person() {
    let x = crate::run(
        "Yaraslau Dzemidovich, a teacher from Hrodna, was sentenced in March 2024 to six years in a penal colony. Local outlets reported in May that Mr Dzemidovich had been freed.",
        "2025-06-27",
    );
    assert_eq!(
        crate::kinds_of(&x, "Yaraslau Dzemidovich"),
        vec!["sentence", "release"],
        "{x:#?}"
    );
}
