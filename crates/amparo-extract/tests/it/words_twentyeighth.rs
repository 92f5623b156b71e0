//! issue 13, twenty-eighth round: Russian and Belarusian short terms, a correction told under a
//! heading of its own. Invented names only.

use crate::kinds_of;

#[test]
fn issue_13_days_of_administrative_arrest_are_a_sentence() {
    let x = crate::run(
        "MOSCOW. Yegor Filinov, 19, a student, was detained yesterday evening after laying flowers at a memorial. This morning Tverskoy court gave him 12 days of administrative arrest for \"violating the rules for public events\".",
        "2026-02-16",
    );
    assert!(
        kinds_of(&x, "Yegor Filinov").contains(&"sentence"),
        "{x:#?}"
    );
}

#[test]
fn issue_13_a_term_served_is_no_new_sentence() {
    let x = crate::run(
        "Activist Ihar Barsuk has been released today after serving 15 days of administrative arrest for \"distributing extremist materials\".",
        "2026-02-16",
    );
    assert!(!kinds_of(&x, "Ihar Barsuk").contains(&"sentence"), "{x:#?}");
}

#[test]
fn issue_13_a_correction_under_its_own_heading_denies_the_release() {
    let x = crate::run(
        "✏️ CORRECTION. Earlier today a forwarded post said Yulia Zaitova had been freed. That is wrong: her hearing was postponed to 2 March.",
        "2026-02-16",
    );
    assert!(
        crate::person(&x, "Yulia Zaitova").is_none_or(|p| !crate::kinds(p).contains(&"release")),
        "{x:#?}"
    );
}
