//! issue 13, thirty-second round: forms read from the spent blind sets' errors, written anew
//! with invented names.

#[test]
fn issue_13_a_wave_of_releases_a_sentence_counts_from_is_no_lists_day() {
    let x = crate::run(
        "Twelve people held for political reasons walked out of Tocorón prison on Sunday, the group Penal Watch said, the largest release since the wave of releases began on January 8.\n\nThey include:\n\n- Anselmo Rafael Quiroga Tapia, 52, bus driver\n- Dilcia Maribel Orozco Fermín, 31, nurse",
        "2026-01-26",
    );
    assert_eq!(
        crate::date_of(&x, "Dilcia Maribel Orozco Fermín", "release"),
        "2026-01-25",
        "{x:#?}"
    );
}
