//! issue 13, seventieth round: forms read from blind92 (spent), written anew with invented
//! names.

#[test]
fn issue_13_items_lettered_a_b_c_inherit_the_lead_s_arrest() {
    let x = crate::run(
        "1. On the night of last Friday, police arrested four residents of Colón who had taken \
part in a pot-banging protest. They are:\n   a. Raidel Ortiz Peñate, 35, bricklayer;\n   b. \
Yusimí Cano Roque, 29, hairdresser;\n   c. Ovidio Lam, 52, a former political prisoner;\n   d. \
Adrián Lam Cano, 19, Ovidio's son.",
        "2026-10-05",
    );
    for name in [
        "Raidel Ortiz Peñate",
        "Yusimí Cano Roque",
        "Ovidio Lam",
        "Adrián Lam Cano",
    ] {
        assert_eq!(
            crate::date_of(&x, name, "arrest"),
            "2026-10-02",
            "{name}: {x:#?}"
        );
    }
}
