//! issue 13, fifty-third round: forms found on read sets and by reviews; written anew with
//! invented names.

#[test]
fn issue_13_one_unnamed_person_inside_a_sentence_gives_no_list_an_event() {
    // ("…durante la salida de un detenido por un caso de hurto" in a fact-check's numbered
    // findings gave the lawyer of the next item an arrest.)
    let x = crate::run(
        "1. El video no corresponde. Es de julio de 2023, durante la salida de un detenido por un caso de hurto.\n2. La abogada Marisol Teresa Quintana habló con la prensa.\n3. El sindicato no ha reportado nada.",
        "2026-03-05",
    );
    assert!(crate::no_events(&x, "Marisol Teresa Quintana"), "{x:#?}");
    // (An act, not a person, still dates what follows: "the scene of an arrest. His son, X, was
    // detained…".)
    let x = crate::run(
        "His funeral on Tuesday was itself the scene of an arrest. His son, Rolando Ibarra Peña, was detained by plainclothes officers at the gate.",
        "2026-03-27",
    );
    assert_eq!(
        crate::date_of(&x, "Rolando Ibarra Peña", "arrest"),
        "2026-03-24",
        "{x:#?}"
    );
}
