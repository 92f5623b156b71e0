//! issue 13, thirty-ninth round: forms read from the spent blind sets' errors, written anew
//! with invented names.

#[test]
fn issue_13_people_said_never_held_share_no_event_told_before() {
    // ("…had never been jailed. They include A and B": not the expulsion told before them.)
    let x = crate::run(
        "A court on Wednesday stripped 40 critics of their nationality, a week after the government expelled 135 political prisoners. Most of those named live abroad and had never been jailed. They include editor Anselmo Rivas Quiñónez, who left in 2020, and activist Lourdes Martel Obregón, who lives in Madrid.\n",
        "2024-05-09",
    );
    for name in ["Anselmo Rivas Quiñónez", "Lourdes Martel Obregón"] {
        assert!(crate::person(&x, name).is_none(), "{name}: {x:#?}");
    }
    // (Without the sentence that says so, they are of the expulsion.)
    let x = crate::run(
        "The government expelled 135 political prisoners on Wednesday. They include editor Anselmo Rivas Quiñónez and activist Lourdes Martel Obregón.\n",
        "2024-05-09",
    );
    for name in ["Anselmo Rivas Quiñónez", "Lourdes Martel Obregón"] {
        assert!(crate::person(&x, name).is_some(), "{name}: {x:#?}");
    }
}
