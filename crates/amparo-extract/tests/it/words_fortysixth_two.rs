//! issue 13, forty-sixth round (continued): forms read from the spent blind sets' errors,
//! written anew with invented names.

#[test]
fn issue_13_a_call_for_release_a_penitentiary_death_and_a_pledge() {
    // ("Take action: write … calling for the release of X"; "He died last Wednesday in the
    // Greater Tehran Central Penitentiary"; "released on 30 October after signing a pledge not
    // to take part in any gatherings")
    let x = crate::run(
        "Kourosh Azadbakht, 61, was arrested on 19 August 2025 in Tehran. He died last Wednesday in the Greater Tehran Central Penitentiary.\n\nArash Niknam was detained on 5 October 2025 and released on 30 October after signing a pledge not to take part in any gatherings.\n\nMahsa Rostami was arrested on 2 September 2025.\n\nTake action: write to the Head of the Judiciary calling for the release of Mahsa Rostami.\n",
        "2025-11-18",
    );
    assert!(
        crate::kinds_of(&x, "Kourosh Azadbakht").contains(&"death_in_custody"),
        "{x:#?}"
    );
    assert_eq!(
        crate::date_of(&x, "Arash Niknam", "conditional_release"),
        "2025-10-30",
        "{x:#?}"
    );
    assert!(
        !crate::kinds_of(&x, "Mahsa Rostami").contains(&"release"),
        "{x:#?}"
    );
}
