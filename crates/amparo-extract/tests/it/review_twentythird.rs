//! issue 13, twenty-third round: forms the round's outside review found misread. Invented names
//! only.


#[test]
fn issue_13_a_credit_past_the_lines_opening_is_no_one_held() {
    let x = crate::run(
        "Venezuelan journalist Daniela Ortiz Montilla has been missing since Saturday, when DGCIM agents detained her in Anzoátegui; authorities denied holding her.\n\n— Staff, with reporting by Ana Lucía Ferraro",
        "2025-09-29",
    );
    assert!(crate::person(&x, "Ana Lucía Ferraro").is_none(), "{x:#?}");
}
